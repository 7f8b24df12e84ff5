# Messages for unpacking errors and bad function calls.
def f(a, b, /, c, *, d): return a
tests = [
    "a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, b = 1", "a, *b, c = [1]",
    "x, = ()", "(a, b), c = [1, 2], 3",
]
for src in tests:
    try:
        if src == "a, b = [1, 2, 3]":
            a, b = [1, 2, 3]
        elif src == "a, b, c = [1, 2]":
            a, b, c = [1, 2]
        elif src == "a, b = 1":
            a, b = 1
        elif src == "a, *b, c = [1]":
            a, *b, c = [1]
        elif src == "x, = ()":
            x, = ()
        else:
            (a, b), c = [1, 2], 3
    except (ValueError, TypeError) as e:
        print(f"{src:<22} {type(e).__name__}: {e}")
calls = [lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4), lambda: f(1, b=2, c=3, d=4),
         lambda: f(1, 2, 3, d=4, e=5), lambda: f(1, 2, c=3, c2=3, d=1)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
