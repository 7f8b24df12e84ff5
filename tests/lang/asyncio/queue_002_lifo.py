import asyncio


async def main():
    q = asyncio.LifoQueue()
    for word in 'one two three four'.split():
        q.put_nowait(word)
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)
    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait(1)
    lq.put_nowait(2)
    print(lq.full(), lq.get_nowait(), lq.full())


asyncio.run(main())
