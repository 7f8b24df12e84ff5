import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * 10


async def main():
    t = asyncio.create_task(compute(4))
    print('done before:', t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    r = await t
    print('awaited:', r)
    print('done after:', t.done(), 'cancelled:', t.cancelled())
    print('result():', t.result(), 'exception():', t.exception())


asyncio.run(main())
