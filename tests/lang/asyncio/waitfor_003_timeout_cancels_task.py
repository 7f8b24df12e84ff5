import asyncio


async def slow():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.02)
    except TimeoutError:
        print('timed out')
    print('task cancelled:', t.cancelled(), 'done:', t.done())


asyncio.run(main())
