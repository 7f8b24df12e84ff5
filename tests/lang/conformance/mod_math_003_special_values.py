# math.inf, math.nan, isnan, isinf, isfinite, isclose.
import math
print(math.inf, -math.inf, math.nan, math.inf == float("inf"))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(-1, 1))
print(math.inf > 10 ** 18, -math.inf < -10 ** 18, math.inf - math.inf)
print(math.nan != math.nan, min(1.0, math.inf), max(-math.inf, -1))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
