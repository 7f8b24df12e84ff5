# itertools.chain and chain.from_iterable.
from itertools import chain, islice
print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain()), list(chain([], [])), list(chain("x")))
print(list(chain.from_iterable([[1, 2], [3], []])))
print(list(chain.from_iterable(["ab", "cd"])))
print("".join(chain.from_iterable(zip("abc", "123"))))
def gen_of_lists():
    for i in range(3):
        print("making list", i)
        yield [i] * i
lazy = chain.from_iterable(gen_of_lists())
print(next(lazy))
print(list(lazy))
matrix = [[1, 2, 3], [4, 5, 6]]
print(sum(chain.from_iterable(matrix)), max(chain(*matrix)))
print(list(islice(chain(range(3), range(10, 13)), 2, 5)))
print(sorted(chain({3, 1}, {2})), dict(chain({"a": 1}.items(), {"b": 2}.items())))
