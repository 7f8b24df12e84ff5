# yield from delegates iteration and returns the subgenerator's return value.
def inner(tag):
    yield f"{tag}-1"
    yield f"{tag}-2"
    return f"{tag} done"
def outer():
    result_a = yield from inner("a")
    print("inner returned:", result_a)
    result_b = yield from inner("b")
    print("inner returned:", result_b)
    yield from [10, 20]
    yield from range(2)
    yield from "xy"
    return "outer done"
g = outer()
while True:
    try:
        print("yielded", next(g))
    except StopIteration as e:
        print("final:", e.value)
        break
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", (1, 2), {"k": 0})))
