# Unpacking inside list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print((*"ab",))
print({*a, *b, 1})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({**d1, "y": 0, **{"w": 9}})
print([*range(3), *"hi", *{7: 0}])
print(d1 | d2, d2 | d1)
d3 = dict(d1)
d3 |= {"q": 1}
print(d3)
first, *_ = [*b, *a]
print(first)
print(*a, *b, sep=",")
print(len([*[]]), {**{}})
