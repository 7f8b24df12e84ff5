# math.sqrt, floor, ceil, trunc: return types and negative values.
import math
for x in [0, 1, 2, 16, 0.25, 1e-10, 2 ** 52]:
    print(x, math.sqrt(x))
for x in [2.5, -2.5, 2.0, -0.5, 0.5, 1e15 + 0.5, -7, 3.999999]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), int(x), round(x))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
print(math.isqrt(17), math.isqrt(16), math.isqrt(0), math.isqrt(10 ** 18))
print(math.floor(-0.0), math.ceil(-0.5), math.sqrt(-0.0))
print(math.sqrt(2) ** 2, math.sqrt(2) * math.sqrt(2) == 2)
try:
    math.sqrt(-4)
except ValueError as e:
    print("ValueError:", e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
