import asyncio

counter = 0


async def increment(lock, name):
    global counter
    for _ in range(3):
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
            print(name, 'wrote', counter)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(increment(lock, 'a'), increment(lock, 'b'))
    print('final', counter)


asyncio.run(main())
