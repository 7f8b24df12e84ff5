# inf, -inf, nan and negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, float("-inf"), float("Infinity"), float("NaN"))
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, inf / inf)
print(nan == nan, nan != nan, nan is nan, nan > 0, nan < 0)
print(1 / inf, -1 / inf, inf + 1, inf * -1)
print(-0.0, 0.0, -0.0 == 0.0, str(-0.0), repr(-0.0), -0.0 * 1, 0.0 * -1)
print(-0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0), 0 * -1.0)
print(max(inf, 1), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(int(-0.0), round(-0.4), round(-0.4, 1), round(-0.0, 2))
print(f"{inf} {-inf:.2f} {nan:.3f} {-0.0:+.1f} {inf:e}")
print("%f %e %g" % (inf, -inf, nan))
import math
print(math.isinf(inf), math.isnan(nan), math.isnan(inf), math.isfinite(1.0))
print(math.copysign(1.0, -0.0), math.copysign(3, -1), math.copysign(2.0, 0.0))
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
