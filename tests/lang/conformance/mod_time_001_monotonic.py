# time.monotonic and time.perf_counter never go backwards (no values printed).
import time
m1 = time.monotonic()
p1 = time.perf_counter()
total = sum(range(10000))
m2 = time.monotonic()
p2 = time.perf_counter()
print(total)
print(m2 >= m1, p2 >= p1)
print(type(m1).__name__, type(p1).__name__)
readings = [time.monotonic() for _ in range(100)]
print(all(b >= a for a, b in zip(readings, readings[1:])))
counters = [time.perf_counter() for _ in range(100)]
print(all(b >= a for a, b in zip(counters, counters[1:])))
print(round(m2 - m1) == 0)
