import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, 'never printed (soon)')
    t = loop.call_later(0.01, print, 'never printed (later)')
    keep = loop.call_later(0.02, print, 'printed (later)')
    print(h.cancelled(), t.cancelled())
    h.cancel()
    t.cancel()
    t.cancel()
    print(h.cancelled(), t.cancelled(), keep.cancelled())
    await asyncio.sleep(0.04)
    keep.cancel()
    print('cancel after run:', keep.cancelled())


asyncio.run(main())
