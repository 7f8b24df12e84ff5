# yield is an expression: its value is what send() passes in (None for next()).
def recorder():
    log = []
    while True:
        item = yield len(log)
        log.append(item)
        if item == "stop":
            return log
r = recorder()
print(next(r))
print(next(r))
print(r.send("a"))
print(r.send([1, 2]))
try:
    r.send("stop")
except StopIteration as e:
    print(e.value)
def double_yield():
    x = yield (yield 1)
    yield x
d = double_yield()
print(next(d), d.send("inner"), d.send("outer"))
def tuple_yield():
    a, b = yield "pair please"
    yield a + b
t = tuple_yield()
print(next(t), t.send((3, 4)))
def early_exit():
    got = yield "ready"
    if got == "quit":
        return "quit early"
    yield "continued"
e = early_exit()
print(next(e))
try:
    e.send("quit")
except StopIteration as stop:
    print(stop.value)
