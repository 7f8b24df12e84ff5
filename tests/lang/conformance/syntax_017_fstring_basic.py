# f-strings: expressions, calls, attribute and item access, nested quotes.
name = "Tulip"
n = 3
items = {"a": 1, "b": [10, 20]}
class P:
    x = 5
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{name.upper()} {name[0]} {name[-1]}")
print(f"{items['a']} {items['b'][1]} {items}")
print(f"{P.x * 2}")
print(f"{[i * i for i in range(n)]}")
print(f"{'nested' if n > 2 else 'no'}")
print(f"{len(name)} chars")
print(f"{ n }|{n:3}|")
print(f"{{literal braces}} {{{n}}}")
print(f"{3.0}, {1e16}, {0.1 + 0.2}, {None}, {True}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{'a' + 'b'}" f"{n}")
print(f"{name!r:>10}")
