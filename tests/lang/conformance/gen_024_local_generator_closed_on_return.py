# A generator held only by a local is closed when the function returns or the local is rebound.
def resource(name):
    print("  open", name)
    try:
        yield name + ":1"
        yield name + ":2"
    finally:
        print("  release", name)
def peek(name):
    r = resource(name)
    value = next(r)
    print("peeked", value)
    return value
print("result", peek("a"))
def drive():
    r = resource("b")
    print(r.send(None))
    r = resource("c")
    print(next(r, "none"))
    del r
    print("deleted")
    return "drive done"
print(drive())
def nested(depth):
    r = resource("d%d" % depth)
    next(r)
    if depth:
        nested(depth - 1)
    print("leaving", depth)
nested(2)
def wrapper():
    r = resource("e")
    yield next(r)
    print("wrapper resumes")
for v in wrapper():
    print("wrapper gave", v)
w = wrapper()
print("first", next(w))
w.close()
print("wrapper closed")
def unstarted():
    r = resource("never started")
    return 1
print("unstarted", unstarted())
def loop_over_local():
    r = resource("f")
    for item in r:
        print("item", item)
        break
    print("loop left, local still holds it")
    return next(r)
print("last", loop_over_local())
