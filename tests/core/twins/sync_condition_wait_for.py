# Condition.wait_for(predicate): the predicate is checked first, then after each wake-up.
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}

    def pred():
        print("predicate n =", state["n"])
        return state["n"] >= 3

    async def consumer():
        async with cond:
            r = await cond.wait_for(pred)
            print("wait_for returned", r)

    t = asyncio.create_task(consumer())
    for _ in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("n ->", state["n"])
            cond.notify_all()
    await t


asyncio.run(main())
