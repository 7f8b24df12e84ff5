# Small recipes mixing several itertools functions.
from itertools import accumulate, chain, combinations, count, cycle, groupby, islice, product, repeat, zip_longest
def take(n, it):
    return list(islice(it, n))
def pairwise(it):
    a = list(it)
    return list(zip(a, a[1:]))
def powerset(items):
    s = list(items)
    return list(chain.from_iterable(combinations(s, r) for r in range(len(s) + 1)))
def roundrobin(*iterables):
    sentinel = object()
    return [x for x in chain.from_iterable(zip_longest(*iterables, fillvalue=sentinel)) if x is not sentinel]
print(take(4, count(7)), pairwise("abcd"))
print(powerset([1, 2, 3]))
print(roundrobin("ABC", "D", "EF"))
print(take(6, cycle(repeat("z", 2))))
print([k for k, _ in groupby(sorted("mississippi"))])
print(list(accumulate(chain([1], repeat(2, 3)), lambda a, b: a * b)))
print(len(list(product("ACGT", repeat=3))))
running = list(accumulate(x for x in range(1, 11) if x % 2))
print(running, running[-1] == sum(range(1, 11, 2)))
