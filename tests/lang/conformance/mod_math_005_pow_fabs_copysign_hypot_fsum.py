# math.pow, fabs, copysign, hypot, fsum, modf, fmod.
import math
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0), type(math.pow(2, 2)).__name__)
print(math.fabs(-3), math.fabs(-0.0), math.fabs(2.5), type(math.fabs(-3)).__name__)
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(math.inf, -2))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(), math.hypot(3, 4, 12))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(math.fsum([]), math.fsum([0.1, 0.2, 0.3]), math.fsum(range(5)))
print(math.modf(3.75), math.modf(-2.5), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.hypot(-3, -4), math.hypot(0.1, 0.2) == (0.1 ** 2 + 0.2 ** 2) ** 0.5)
try:
    math.pow(0, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.pow(-8, 1 / 3)
except ValueError as e:
    print("ValueError:", e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print("OverflowError:", e)
