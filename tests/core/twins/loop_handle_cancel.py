import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "soon 1")
    h2 = loop.call_soon(print, "soon 2")
    h1.cancel()
    h3 = loop.call_later(0.02, print, "later 0.02")
    h4 = loop.call_later(0.04, print, "later 0.04")
    h3.cancel()
    print("cancelled:", h1.cancelled(), h2.cancelled(), h3.cancelled(), h4.cancelled())
    h1.cancel()  # twice is harmless
    await asyncio.sleep(0.06)
    # A callback cancels one scheduled after it in the same iteration: that one never runs.
    handles = []
    handles.append(loop.call_soon(lambda: (print("X cancels Y"), handles[1].cancel())))
    handles.append(loop.call_soon(print, "Y"))
    handles.append(loop.call_soon(print, "Z"))
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
