# The asyncio benchmark: the same file runs under `tulip run` and under python3 (real time, not
# the virtual clock) and prints one line per shape: NAME <milliseconds> (timed inside the event
# loop, so start-up is not counted).
#   B1     asyncio.gather of 10,000 tasks that each await asyncio.sleep(0)
#   B2     20,000 items through asyncio.Queue(maxsize=1), producer -> consumer
#   B3     30 sequential asyncio.sleep(0.1): mean |actual - 100 ms| (B3max: the largest)
import asyncio
import sys
import time


async def one():
    await asyncio.sleep(0)


async def b1(n):
    tasks = [asyncio.create_task(one()) for _ in range(n)]
    await asyncio.gather(*tasks)


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    count = 0
    while True:
        item = await q.get()
        if item is None:
            return count
        count += 1


async def b2(n):
    q = asyncio.Queue(maxsize=1)
    p = asyncio.create_task(producer(q, n))
    got = await consumer(q)
    await p
    assert got == n, got


async def b3(n):
    deviations = []
    for _ in range(n):
        t0 = time.perf_counter()
        await asyncio.sleep(0.1)
        deviations.append(abs((time.perf_counter() - t0) * 1000 - 100))
    return sum(deviations) / len(deviations), max(deviations)


async def timed(name, fn, *args):
    t0 = time.perf_counter()
    await fn(*args)
    print(name, round((time.perf_counter() - t0) * 1000, 1))


async def main(scale):
    await timed("B1", b1, max(1, int(10_000 * scale)))
    await timed("B2", b2, max(1, int(20_000 * scale)))
    mean, worst = await b3(max(1, int(30 * scale)))
    print("B3", round(mean, 3))
    print("B3max", round(worst, 3))


scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
asyncio.run(main(scale))
