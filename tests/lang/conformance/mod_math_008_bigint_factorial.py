# math functions whose results exceed 64 bits (arbitrary precision required).
import math
print(math.factorial(25))
print(math.factorial(50))
print(math.comb(100, 50), math.perm(25, 20))
print(math.prod(range(1, 31)))
print(math.lcm(*range(1, 41)))
print(math.isqrt(2 ** 127), math.isqrt(10 ** 40))
print(math.gcd(2 ** 100, 3 ** 50 * 2 ** 70))
print(math.log2(2 ** 100), math.log10(10 ** 30))
