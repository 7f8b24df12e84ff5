import asyncio


async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(d, print, 'timer', d) for d in (0.03, 0.01, 0.02)]
    base = handles[1].when()
    print([round(h.when() - base, 2) for h in handles])
    print(sorted(handles, key=lambda h: h.when()) == [handles[1], handles[2], handles[0]])
    print(handles[1] < handles[0], handles[0] > handles[2])
    handles[2].cancel()
    await asyncio.sleep(0.04)


asyncio.run(main())
