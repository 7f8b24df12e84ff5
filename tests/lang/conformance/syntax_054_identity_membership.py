# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None)
print(True is True, (1 == 1) is True)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "el" in "hello", "" in "abc")
print("a" in {"a": 1}, 1 in {"a": 1}, "a" in {1: "a"}.values())
print(1 in {1, 2}, (1, 2) in [(1, 2)], [1] in [[1]])
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(5))
print(1.0 in [1], True in [1], 0 in [False])
class Bag:
    def __contains__(self, item):
        return item == "magic"
print("magic" in Bag(), "other" in Bag(), "other" not in Bag())
class Seq:
    def __iter__(self):
        return iter([5, 6])
print(6 in Seq(), 7 in Seq())
nan = float("nan")
print(nan in [nan], nan == nan)
