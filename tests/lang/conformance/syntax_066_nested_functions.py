# Nested function definitions, recursion, functions as values.
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    def fib(k):
        a, b = 0, 1
        for _ in range(k):
            a, b = b, a + b
        return a
    return fact(n), fib(n)
print(outer(10), outer(20))
def compose(f, g):
    def h(x):
        return f(g(x))
    h.__name__ = f"{f.__name__}_of_{g.__name__}"
    return h
def inc(x): return x + 1
def dbl(x): return x * 2
c = compose(inc, dbl)
print(c(5), c.__name__, compose(dbl, inc)(5))
print(outer.__qualname__, compose(inc, inc).__qualname__)
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([inc, dbl, str, float], 3))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(5, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
