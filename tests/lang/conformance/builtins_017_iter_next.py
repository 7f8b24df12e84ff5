# iter() and next(): default values, StopIteration, iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(iter("abc")), list(iter({"k": 1, "j": 2})), sorted(iter({3, 1})))
values = [5, 4, 3, 0, 2]
pos = -1
def read():
    global pos
    pos += 1
    return values[pos]
print(list(iter(read, 0)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
count = 0
def tick():
    global count
    count += 1
    return count
for n in iter(tick, 4):
    print("tick", n)
i2 = iter(range(3))
print(iter(i2) is i2, next(i2), list(i2))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
