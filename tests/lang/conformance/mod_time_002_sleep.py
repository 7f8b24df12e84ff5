# time.sleep blocks at least the requested time (only comparisons are printed).
import time
start = time.monotonic()
time.sleep(0.02)
elapsed = time.monotonic() - start
print(elapsed >= 0.015, elapsed < 5)
p0 = time.perf_counter()
time.sleep(0)
print(time.perf_counter() >= p0)
print(time.sleep(0.001))
steps = []
for i in range(3):
    t0 = time.perf_counter()
    time.sleep(0.005)
    steps.append(time.perf_counter() - t0 >= 0.004)
print(steps)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
