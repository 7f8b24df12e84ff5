# close() runs finally blocks; ignoring GeneratorExit is a RuntimeError.
def resource():
    print("open")
    try:
        yield "data 1"
        yield "data 2"
    finally:
        print("release")
r = resource()
print(next(r))
r.close()
print("after close")
for item in resource():
    print(item)
def partial_loop():
    for item in resource():
        print("using", item)
        break
    print("loop broken")
partial_loop()
def stubborn():
    try:
        yield "still here"
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield "yielding after GeneratorExit is an error"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup then return")
        return
q = returns_on_exit()
next(q)
q.close()
print("closed quietly")
unstarted = resource()
unstarted.close()
print("closing an unstarted generator runs nothing")
