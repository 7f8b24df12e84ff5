# A generator still referenced elsewhere survives the loop or the function that used it.
def counter(tag):
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print("  finally", tag)
g = counter("module")
for x in g:
    break
print("next after break", next(g))
def take_one(it):
    for x in it:
        return x
print("take", take_one(g), take_one(g))
kept = []
def register(it):
    kept.append(it)
def make_and_register():
    c = counter("registered")
    next(c)
    register(c)
    return "registered"
print(make_and_register(), next(kept[0]))
def factory():
    c = counter("returned")
    next(c)
    return c
f = factory()
print("returned gen continues", next(f))
class Holder:
    def __init__(self):
        self.source = counter("attribute")
    def items(self):
        return self.source
h = Holder()
for x in h.items():
    if x == 2:
        break
print("attribute gen continues", next(h.source))
def alias():
    c = counter("alias")
    d = c
    next(d)
    return d
a = alias()
print("alias continues", next(a))
def drain(it, n):
    return [next(it) for _ in range(n)]
shared = counter("shared")
print(drain(shared, 2), drain(shared, 2))
g.close()
kept[0].close()
f.close()
h.source.close()
a.close()
shared.close()
print("end")
