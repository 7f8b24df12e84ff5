# math.log (with base), log2, log10, exp — printed exactly where exact, rounded otherwise.
import math
print(math.log(1), math.log(math.e), math.log2(8), math.log2(1024), math.log10(1000), math.log10(0.001))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(81, 3))
print(round(math.log(10), 12), round(math.log(2), 12), round(math.log(0.5), 12))
print(math.exp(0), round(math.exp(1), 12), round(math.exp(-1), 12), round(math.exp(10), 6))
print(math.e, math.pi, math.tau)
print(round(math.log(2, 10), 12), round(math.log(10, 2), 12), math.log2(0.5))
print(math.log2(2 ** 50), math.log10(10 ** 15), math.exp(-1000), math.log(math.inf))
print(round(math.log(2 ** 62), 10), round(math.log(12345, 7), 10))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log(10, 1)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
