# Constants and rounding-related helpers used in everyday scripts.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(round(math.pi, 2), f"{math.pi:.5f}", f"{math.e:.3e}", "%.4f" % math.tau)
print(math.floor(math.pi * 100) / 100, math.ceil(math.e * 10) / 10)
def circle_area(r):
    return math.pi * r ** 2
print([round(circle_area(r), 3) for r in (1, 2, 0.5)])
print(math.trunc(-math.pi), math.floor(-math.pi), math.ceil(-math.pi))
print(math.gcd(*[48, 180, 64]), math.factorial(5) // math.factorial(3))
def mean_std(values):
    m = math.fsum(values) / len(values)
    var = math.fsum((v - m) ** 2 for v in values) / len(values)
    return m, math.sqrt(var)
print(mean_std([2, 4, 4, 4, 5, 5, 7, 9]))
print(math.isclose(math.sqrt(2) ** 2, 2), math.copysign(1, -math.inf))
print(math.floor(7 / 2), 7 // 2, math.floor(-7 / 2), -7 // 2)
