import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print('inner finally')


async def main():
    t = asyncio.create_task(inner())
    w = asyncio.create_task(asyncio.wait_for(t, timeout=1))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('wait_for propagated the inner cancellation')
    print('w cancelled', w.cancelled(), 't cancelled', t.cancelled())


asyncio.run(main())
