# str.format with positional, numbered, named, attribute and index fields.
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
class P:
    x = 3
    y = 4
print("({0.x}, {0.y})".format(P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:.2%} {:e}".format(3.14159, 5, 1234567, 0.1234, 1234.5))
print("{!r} {!s}".format("q", "q"))
print("{{}} {{{}}}".format(7))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{0:*^{1}}".format("mid", 11))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data))
print("{}{}{}".format(*"xyz"))
print("{:d} {:5d} {:<5d}| {:x} {:o} {:b}".format(42, 42, 42, 255, 8, 5))
print("{:.3} {:.3s} {:10.4f}|".format("abcdef", "abcdef", 3.14159265))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
