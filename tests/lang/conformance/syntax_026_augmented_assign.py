# Augmented assignment for every operator; in-place on lists, rebinding on tuples.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 5; print(x)
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
d = {"n": 1}
d["n"] += 10
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
lst = [1, 2, 3]
lst[-1] *= 10
print(lst)
