# Integer functions: gcd, lcm, factorial, comb, perm, prod (results within 64 bits).
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(17, 5), math.gcd())
print(math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5))
print([math.factorial(n) for n in range(11)])
print(math.factorial(20))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5))
print(math.perm(5, 2), math.perm(5), math.perm(4, 0), math.perm(3, 4))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=10))
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
for bad in [lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
