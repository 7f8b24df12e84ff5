import asyncio

finished = []


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    finished.append(name)
    return name


async def main():
    try:
        await asyncio.gather(job('a', 0.01), job('b', 0.02, True), job('c', 0.03))
    except ValueError as e:
        print('caught', e, 'finished so far', finished)
    await asyncio.sleep(0.03)
    print('after waiting, finished', finished)


asyncio.run(main())
