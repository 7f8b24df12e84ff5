# __enter__ / __exit__: return value of enter, exception info, suppression.
class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress
with Manager("plain") as m:
    print("inside", m.name)
with Manager("suppressing", suppress=True):
    raise KeyError("gone")
print("after suppressed error")
try:
    with Manager("passing"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", repr(e))
def early():
    with Manager("in function"):
        return "returned value"
print(early())
for i in range(3):
    with Manager(f"loop {i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class Timer:
    def __enter__(self):
        return "enter result"
    def __exit__(self, *args):
        print("args:", [a is None for a in args])
with Timer() as t:
    print(t)
