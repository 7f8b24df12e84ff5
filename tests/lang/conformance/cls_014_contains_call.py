# __contains__ for `in` and __call__ for making instances callable.
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
r = Range(10, 20)
print(10 in r, 20 in r, 15.5 in r, 5 not in r)
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *more, scale=1):
        self.calls += 1
        return [v * self.k * scale for v in (x,) + more]
double = Multiplier(2)
print(double(5), double(1, 2, 3), double(4, scale=10), double.calls)
print(callable(double), callable(Range(0, 1)), callable(Multiplier))
print(list(map(Multiplier(3), [1, 2])))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, v):
        self.total += v
        return self.total
acc = Accumulator()
print([acc(v) for v in [1, 2, 3, 4]], acc.total)
print(sorted([3, 1, 2], key=Multiplier(-1)))
