# zip: equal and unequal lengths, many iterables, unzipping, dict building.
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("abc", range(3))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
z = zip("xy", [1, 2])
print(next(z), list(z), list(z))
calls = []
def gen(name, n):
    for i in range(n):
        calls.append((name, i))
        yield i
print(list(zip(gen("a", 3), gen("b", 1))), calls)
a = [1, 2, 3]
print([x + y for x, y in zip(a, a[1:])])
print(list(zip(*[iter(range(6))] * 2)))
