# Builtin iterators: their type names, __next__/__iter__ called directly, exhaustion.
samples = [[1, 2], (1, 2), "ab", "é", b"ab", range(2), {1: "a"}, {1: "a"}.values(),
           {1: "a"}.items(), {1}, frozenset({2})]
for s in samples:
    it = iter(s)
    print(type(it).__name__, it.__iter__() is it, it.__next__())
print(type(reversed([1])).__name__, type(reversed((1,))).__name__)
print(type(reversed(range(3))).__name__, type(reversed({1: 2})).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
it = iter([10])
print(it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
print(next(it, "default"))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
ci = iter(tick, 4)
print(type(ci).__name__, list(ci), counter[0])
e = enumerate("xy", 5)
print(e.__next__(), next(e), next(e, None))
z = zip([1, 2], "ab")
print(z.__iter__() is z, z.__next__(), list(z))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(m.__next__(), list(m))
f = filter(None, [0, 1, "", "x"])
print(f.__next__(), list(f))
r = reversed([1, 2, 3])
print(r.__next__(), list(r), list(r))
ks = iter({"a": 1, "b": 2})
print(next(ks), list(ks))
