# A tiny round-robin scheduler for coroutines, without asyncio.
class Yield:
    def __await__(self):
        yield
async def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await Yield()
    return f"{name} finished"
def run(coros):
    ready = list(coros)
    results = {}
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results[coro.__name__ + str(len(results))] = e.value
            print("->", e.value)
        else:
            ready.append(coro)
    return results
out = run([task("A", 3), task("B", 1), task("C", 2)])
print(sorted(out.values()))
async def main():
    a = await task("inner", 2)
    return a + " inside main"
print(run([main()]))
