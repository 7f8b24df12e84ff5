# Large factorials and Fibonacci numbers (arbitrary precision, beyond 64 bits).
import math
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
for n in (50, 92, 93, 100, 150):
    print(n, fib(n))
print(math.factorial(20), math.factorial(21), math.factorial(25))
print(len(str(math.factorial(100))), sum(int(c) for c in str(math.factorial(100))))
print(math.comb(100, 50), math.perm(30, 20))
print(math.gcd(2 ** 90, 6 ** 40), math.isqrt(10 ** 40 + 1))
print(str(2 ** 200)[:20], str(2 ** 200)[-10:])
print(sum(2 ** i for i in range(70)))
print(math.prod(range(1, 26)))
