import asyncio


async def answer():
    print("answer runs")
    return 42


async def other():
    print("other runs")


async def main():
    t = asyncio.create_task(answer())
    await asyncio.sleep(0)
    print("t done:", t.done())
    o = asyncio.create_task(other())
    # Awaiting a done task does not yield: `other` cannot run in between.
    print("got", await t)
    print("got again", await t)
    await o
    print("done")


asyncio.run(main())
