# Exact messages of common TypeErrors, caught and printed.
def f(x): return x
def g(a, b=1, *, c): return a
five, text, pair, nothing, fl = 5, "abc", (1, 2), None, 1.0
class K:
    def m(self, x): return x
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: nothing[0],
    lambda: five(), lambda: len(5), lambda: f(), lambda: f(1, 2), lambda: f(y=1),
    lambda: g(1), lambda: K().m(), lambda: K().m(1, 2), lambda: "x" * "y",
    lambda: [1, 2] < "ab", lambda: {} < {}, lambda: -"x", lambda: ~1.5,
    lambda: iter(5), lambda: next([]), lambda: {[]: 1}, lambda: text[fl],
    lambda: pair[nothing], lambda: "a" in 5, lambda: int(None), lambda: 1 - None,
    lambda: sum([[]]), lambda: "{}".format, lambda: ("a",) + "b", lambda: 3 % "x",
    lambda: b"a" + "b", lambda: abs(None), lambda: max(None),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
