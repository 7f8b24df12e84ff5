# str.format field names: attributes, indexes, nested specs, auto/explicit numbering.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return f"({self.x:{spec}}, {self.y:{spec}})"
p = Point(1.5, -2.25)
print("{0.x} {0.y} {p.x}".format(p, p=p))
print("{0[1]} {0[2]} {d[key]} {d[2]}".format([10, 20, 30], d={"key": "v", 2: "two"}))
print("{:>8}|{:<6}|{:^7}|".format("r", "l", "c"))
print("{0:{1}.{2}f}|{x:{w}}|".format(3.14159, 10, 3, x="k", w=4))
print("{} {} {}".format(*"abc"), "{2}{1}{0}".format(*"abc"), "{0}{0}".format("ab"))
print("{!r} {!s}".format("q", "q"), "{0!r:>6}".format("q"))
print("{:.5}".format(p), "{:polar}".format(p), format(p, "5.1f"))
print("{:+d} {: d} {:,} {:_} {:08.3f} {:.2%} {:e}".format(5, 5, 1234567, 1234567, -3.14159, 0.256, 12345.678))
print("{:#x} {:#o} {:#b} {:X} {:c}".format(255, 8, 5, 255, 65))
print("{{literal}} {}".format("ok"), "{:*^9}".format("mid"), "{:=+8}".format(42))
print(f"{p:.1f}", f"{'abc'!r:>7}", f"{'nested':>{3 + 5}}", f"{3 + 4 = }")
for bad in ["{0} {}", "{", "{:d}", "{x}"]:
    try:
        print(bad.format(1.5) if bad == "{:d}" else bad.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print("{0:>{1}}".format("ab", 5), "%s-%r-%5.1f" % ("s", "r", 2.25), "%(a)s" % {"a": 1})
