import asyncio


async def source(out, words):
    for w in words:
        await out.put(w)
        await asyncio.sleep(0.002)
    await out.put(None)


async def stage(name, inq, outq, fn):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            return name
        await outq.put(fn(item))


async def sink(inq):
    got = []
    while True:
        item = await inq.get()
        if item is None:
            return got
        got.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue(2)
    words = 'asyncio makes pipelines easy to build'.split()
    results = await asyncio.gather(
        source(q1, words),
        stage('upper', q1, q2, str.upper),
        stage('len', q2, q3, lambda w: f'{w}:{len(w)}'),
        sink(q3),
    )
    print(results[1], results[2])
    print(results[3])


asyncio.run(main())
