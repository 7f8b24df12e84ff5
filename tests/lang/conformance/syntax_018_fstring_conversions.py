# !r and !s conversions inside f-strings and str.format.
class V:
    def __repr__(self):
        return "V(repr)"
    def __str__(self):
        return "V(str)"
v = V()
s = "text"
print(f"{v} {v!s} {v!r}")
print(f"{s} {s!s} {s!r}")
print(f"{[s, v]}")
print(f"{s!r:>10}|{s!s:<8}|")
print("{} {!r} {!s}".format(v, v, v))
print("{0!r} {0}".format("q'uote"))
print(f"{'é'!r} {chr(9)!r}")
print(f"{3.5!r} {3.5!s} {None!r}")
print(f"{b'ab'!r} {b'ab'}")
