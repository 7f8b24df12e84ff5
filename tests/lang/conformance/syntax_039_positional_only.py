# Positional-only parameters before /.
def pos(a, b, /, c, *, d=4):
    return (a, b, c, d)
print(pos(1, 2, 3))
print(pos(1, 2, c=3, d=5))
try:
    pos(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def name_reuse(x, /, **kw):
    return x, kw
print(name_reuse(1, x=2))
def only(x, y=10, /):
    return x + y
print(only(1), only(1, 2))
try:
    only(1, y=3)
except TypeError as e:
    print("TypeError:", e)
print(pos.__defaults__, pos.__kwdefaults__)
print(divmod(7, 2), pow(2, 5))
try:
    divmod(a=7, b=2)
except TypeError as e:
    print("TypeError:", e)
