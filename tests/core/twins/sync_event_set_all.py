# Event.set() wakes every waiter, in order; clear() makes wait() block again.
import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in "ABC"]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print("is_set", ev.is_set())
    await asyncio.gather(*tasks)
    ev.clear()
    print("is_set", ev.is_set())
    d = asyncio.create_task(waiter("D", ev))
    await asyncio.sleep(0.02)
    print("D done", d.done())
    ev.set()
    await d


asyncio.run(main())
