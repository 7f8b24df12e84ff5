import asyncio


async def job(n):
    await asyncio.sleep(0.03 * n)
    return n


async def main():
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(3))
    done, pending = await asyncio.wait({a, b}, return_when=asyncio.FIRST_COMPLETED)
    print(a in done, b in pending, a in pending)
    print(isinstance(done, set), isinstance(pending, set))
    done2, _ = await asyncio.wait(pending)
    print(b in done2, len(done2))


asyncio.run(main())
