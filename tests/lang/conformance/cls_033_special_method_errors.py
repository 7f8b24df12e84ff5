# What the interpreter checks about special methods' results, and their fallbacks.
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 5
class InitReturns:
    def __init__(self):
        return 5
class Unhashable:
    __hash__ = None
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
class Index:
    def __index__(self):
        return 2
class NoEq:
    pass
checks = [lambda: bool(BadBool()), lambda: len(BadLen()), lambda: InitReturns(),
          lambda: hash(Unhashable()), lambda: {Unhashable(): 1}, lambda: bool(BigLen()),
          lambda: 2 in OnlyIter(), lambda: 5 in OnlyIter(), lambda: "abcdef"[Index()],
          lambda: [10, 20, 30][Index()], lambda: hex(Index()), lambda: range(Index()),
          lambda: "ab" * Index(), lambda: [0][Index():], lambda: NoEq() == NoEq(),
          lambda: NoEq() != NoEq(), lambda: NoEq() < NoEq(), lambda: iter(NoEq()),
          lambda: len(NoEq()), lambda: NoEq()[0], lambda: NoEq()(), lambda: -NoEq()]
for i, check in enumerate(checks):
    try:
        print(i, check())
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__ + ":", e)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Eq):
            return NotImplemented
        return self.v == other.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) == 1, 1 == Eq(1), Eq(1) != "x")
print(Eq(1) in [Eq(0), Eq(1)], [Eq(2)].index(Eq(2)), [Eq(3)].count(Eq(3)))
try:
    hash(Eq(1))
except TypeError as e:
    print("TypeError:", e)
