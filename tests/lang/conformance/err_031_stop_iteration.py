# Uncaught StopIteration from next() on an exhausted iterator: the last line has no colon.
tasks = iter(["build", "test"])
print(next(tasks))
print(next(tasks))
print(next(tasks, "no more (default)"))
print(next(tasks, None))
print("now without a default")
print(next(tasks))
print("never printed")
# the bare class name is printed because StopIteration() has no args
