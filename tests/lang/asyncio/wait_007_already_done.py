import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    f1.set_result('one')
    done, pending = await asyncio.wait([f1, f2], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [f.result() for f in done])
    done, pending = await asyncio.wait([f1, f2], timeout=0)
    print(len(done), len(pending))
    loop.call_later(0.01, f2.set_result, 'two')
    done, pending = await asyncio.wait([f1, f2])
    print(sorted(f.result() for f in done))


asyncio.run(main())
