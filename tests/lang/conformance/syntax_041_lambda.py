# lambda expressions: defaults, closures, immediate calls, as keys.
square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, x=3))
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
make_adder = lambda n: lambda x: x + n
print(make_adder(5)(10))
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
cond = lambda x: "even" if x % 2 == 0 else "odd"
print(cond(4), cond(5))
print((lambda x, /, *, y: x - y)(10, y=3))
