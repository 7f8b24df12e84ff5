# wait() on a set event returns at once, without yielding; set() then clear() before the waiters
# run still wakes them.
import asyncio


async def other():
    print("other ran")


async def waiter(name, ev):
    print(name, "waiting")
    print(name, "woke", await ev.wait(), "is_set", ev.is_set())


async def main():
    ev = asyncio.Event()
    ev.set()
    t = asyncio.create_task(other())
    print("before wait")
    print("wait returned", await ev.wait())
    print("after wait")
    await t

    ev.clear()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in "AB"]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("set and cleared")
    await asyncio.gather(*tasks)


asyncio.run(main())
