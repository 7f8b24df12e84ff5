# time.time is a float of seconds since the epoch; elapsed timings formatted safely.
import time
t = time.time()
print(type(t).__name__, t > 1.6e9, t < 4.2e9)
t0 = time.perf_counter()
fib = [0, 1]
for _ in range(50):
    fib.append(fib[-1] + fib[-2])
elapsed = time.perf_counter() - t0
print(fib[-1], elapsed >= 0)
msg = f"done in {elapsed:.2f}s"
print(msg.startswith("done in "), msg.endswith("s"))
t1 = time.time()
time.sleep(0.01)
t2 = time.time()
print(t2 >= t1)
def timed(func):
    def wrapper(*args):
        start = time.perf_counter()
        result = func(*args)
        wrapper.last = time.perf_counter() - start
        return result
    return wrapper
@timed
def work(n):
    return sum(i * i for i in range(n))
print(work(1000), work.last >= 0)
