# A generator's return value travels in StopIteration.value.
def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
    return total / count if count else None
g = averager()
next(g)
for v in [10, 20, 60]:
    g.send(v)
try:
    g.send(None)
except StopIteration as e:
    print("average:", e.value)
def countdown(n):
    while n:
        yield n
        n -= 1
    return "liftoff"
g2 = countdown(3)
print(list(g2))
g3 = countdown(2)
results = []
while True:
    try:
        results.append(next(g3))
    except StopIteration as stop:
        results.append(stop.value)
        break
print(results)
