# close() semantics, and a generator still suspended when the program ends: CPython closes it
# during shutdown, so its finally block and its context manager's __exit__ run after the
# last statement.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
def reader(name):
    with Resource(name):
        try:
            for i in range(3):
                yield f"{name}-{i}"
        finally:
            print("finally", name)
closed = reader("closed")
print(next(closed))
closed.close()
print(closed.gi_frame is None, list(closed))
done = reader("done")
print(list(done))
pending = reader("pending")
print(next(pending), next(pending))
def counter():
    n = 0
    try:
        while True:
            n = n + (yield n)
    except GeneratorExit:
        print("counter closing at", n)
        raise
c = counter()
next(c)
print(c.send(5), c.send(2))
c.close()
print("last statement")
