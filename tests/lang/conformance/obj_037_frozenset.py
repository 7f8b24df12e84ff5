# frozenset: immutable, hashable, repr, mixing with set.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset(range(3)), repr(frozenset({1})))
print(f | {4}, f & {1, 9}, f - {1}, type(f | {4}).__name__, type({4} | f).__name__)
print(f == {1, 2, 3}, f <= {1, 2, 3, 4}, hash(f) == hash(frozenset([1, 2, 3])))
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
sets = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(sets))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = {frozenset({1, 2}), frozenset({3})}
print(sorted(sorted(x) for x in nested))
print(f.union([9]), f.issubset(range(10)), f.isdisjoint([7]))
print(sorted(frozenset("banana")))
print(frozenset([1, 2]) == frozenset([2, 1]), frozenset() == set())
