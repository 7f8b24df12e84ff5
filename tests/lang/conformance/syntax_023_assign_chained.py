# Chained assignment binds the same object to every target, left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = j = 0
i += 1
print(i, j)
data = {}
data["a"] = data["b"] = "shared"
print(data)
lst = [0, 0, 0]
k = 1
lst[k] = k = 2
print(k, lst)
p, q = r = (3, 4)
print(p, q, r)
class O:
    pass
o = O()
o.a = o.b = 7
print(o.a, o.b)
