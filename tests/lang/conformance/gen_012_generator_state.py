# Generators keep local state between yields; each call creates an independent one.
def counter(name):
    count = 0
    while True:
        count += 1
        command = yield f"{name}:{count}"
        if command == "reset":
            count = 0
a = counter("a")
b = counter("b")
print(next(a), next(a), next(b), next(a))
print(a.send("reset"), next(a), next(b))
def running_max():
    best = None
    while True:
        value = yield best
        if best is None or value > best:
            best = value
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def window(seq, n):
    buf = []
    for item in seq:
        buf.append(item)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
print(list(window("ab", 3)))
