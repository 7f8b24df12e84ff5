# Less common math functions, kept apart so the common ones are tested on their own.
import math
print(round(math.log1p(1e-10), 20), round(math.expm1(1e-10), 20), round(math.log1p(1), 12))
print(round(math.sinh(1), 10), round(math.cosh(1), 10), round(math.tanh(0.5), 10))
print(math.dist((0, 0), (3, 4)), math.dist((1, 1, 1), (1, 1, 1)))
print(math.modf(3.75), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(5, 2))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.frexp(0.0))
print(math.lcm(4, 6, 10), math.isqrt(99), math.tau == 2 * math.pi)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(1e16))
print(math.erf(0.0), round(math.erf(1.0), 10), round(math.gamma(5.5), 10), math.gamma(6))
print(math.isfinite(1e308), math.isfinite(1e308 * 10), math.trunc(-0.9))
try:
    math.gamma(0)
except ValueError as e:
    print("ValueError:", e)
