# Copies: slicing, list(), dict(), copy() are shallow.
original = {"nums": [1, 2], "name": "x"}
shallow = original.copy()
shallow["nums"].append(3)
shallow["name"] = "y"
print(original, shallow)
deepish = {k: (v[:] if isinstance(v, list) else v) for k, v in original.items()}
deepish["nums"].append(4)
print(original["nums"], deepish["nums"])
a = [[1], [2]]
b = a[:]
c = list(a)
d = [x[:] for x in a]
a[0].append("shared")
print(b, c, d)
print(b is a, b[0] is a[0], d[0] is a[0])
s1 = {1, 2}
s2 = set(s1)
s2.add(3)
print(s1, s2)
t = (1, [2])
u = tuple(t)
u[1].append(3)
print(t, u == t)
def modify(lst):
    lst.append("changed")
    lst = ["rebound"]
    return lst
mine = ["orig"]
print(modify(mine), mine)
