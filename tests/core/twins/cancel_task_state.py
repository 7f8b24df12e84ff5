import asyncio


async def body():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel()
    print("after cancel(): cancelled", t.cancelled(), "done", t.done())
    await asyncio.sleep(0)
    print("one iteration later: cancelled", t.cancelled(), "done", t.done())
    for name, method in [("result", t.result), ("exception", t.exception)]:
        try:
            method()
        except asyncio.CancelledError as e:
            print(name + "() raised", type(e).__name__)


asyncio.run(main())
