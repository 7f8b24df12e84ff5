import asyncio


async def main():
    ev = asyncio.Event()

    async def body(name):
        print(name, "waits")
        try:
            await ev.wait()
        except asyncio.CancelledError:
            print(name, "cancelled in wait")
            raise
        print(name, "woken")

    a = asyncio.create_task(body("A"))
    b = asyncio.create_task(body("B"))
    await asyncio.sleep(0)
    print("cancel A ->", a.cancel())
    ev.set()
    await asyncio.gather(a, b, return_exceptions=True)
    print("A cancelled", a.cancelled(), "B cancelled", b.cancelled())


asyncio.run(main())
