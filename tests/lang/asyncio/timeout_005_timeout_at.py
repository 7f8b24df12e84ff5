import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.2
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print('when matches:', cm.when() == deadline)
            for i in range(10):
                await asyncio.sleep(0.08)
                print('step', i)
    except TimeoutError:
        print('deadline reached')
    async with asyncio.timeout_at(loop.time() + 1):
        print('generous deadline ok')


asyncio.run(main())
