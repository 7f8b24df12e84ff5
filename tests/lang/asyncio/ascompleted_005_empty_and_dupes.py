import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    print(list(asyncio.as_completed([])))
    t = asyncio.create_task(job(1))
    results = [await f for f in asyncio.as_completed([t, t, t])]
    print(results)
    done_f = asyncio.get_running_loop().create_future()
    done_f.set_result('already')
    print([await f for f in asyncio.as_completed([asyncio.create_task(job(2)), done_f])])


asyncio.run(main())
