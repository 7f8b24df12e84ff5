# The iterator protocol: __iter__ returning self, __next__ raising StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
print(iter(c) is c)
for x in Countdown(2):
    print("loop", x)
class Repeatable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Repeatable([1, 2])
print(list(r), list(r), 2 in r)
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
out = []
for v in Fib():
    if v > 50:
        break
    out.append(v)
print(out)
print(dict(zip(Countdown(3), "abc")), sum(Countdown(4)))
it = iter(Countdown(5))
print(next(it), list(it))
