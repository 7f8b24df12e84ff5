# The scenario language's benchmark: the same file runs under `tulip run` and under python3, and
# prints one line per shape: NAME <milliseconds> (timed inside, so start-up is not counted).
import sys
import time


def timed(name, fn, *args):
    t0 = time.perf_counter()
    fn(*args)
    print(name, round((time.perf_counter() - t0) * 1000, 1))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def arithmetic_loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7
        i += 1
    return total


def string_building(n):
    parts = []
    for i in range(n):
        parts.append("item %d: %s" % (i, str(i * 2)))
        parts.append(f"{i:>6}|{i / 7:.3f}")
    return len("".join(parts))


WORDS = "the quick brown fox jumps over the lazy dog and the cat sat on the mat".split()


def word_count(n):
    counts = {}
    for i in range(n):
        for w in WORDS:
            key = w + str(i % 100)
            counts[key] = counts.get(key, 0) + 1
    return len(counts)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


def method_calls(n):
    p = Point(0, 0)
    total = 0
    for i in range(n):
        p = p.moved(1)
        total += p.norm1()
    return total


scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
timed("L1", fib, 27)
timed("L2", arithmetic_loop, int(10_000_000 * scale))
timed("L3", string_building, int(300_000 * scale))
timed("L4", word_count, int(100_000 * scale))
timed("L5", method_calls, int(1_000_000 * scale))
