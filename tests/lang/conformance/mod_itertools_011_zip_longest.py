# itertools.zip_longest with the default None and with fillvalue.
from itertools import zip_longest
print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest("abc", [1, 2], fillvalue=0)))
print(list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue="-")))
print(list(zip_longest()), list(zip_longest([], [])), list(zip_longest("ab")))
left = ["alpha", "beta", "gamma"]
right = ["one", "two"]
for l, r in zip_longest(left, right, fillvalue=""):
    print(f"{l:<6}|{r:>4}")
def chunks(items, n, fill=None):
    args = [iter(items)] * n
    return list(zip_longest(*args, fillvalue=fill))
print(chunks(range(7), 3), chunks("abcd", 2, "x"))
a = [1, 2, 3]
b = [10, 20]
print([x + y for x, y in zip_longest(a, b, fillvalue=0)])
