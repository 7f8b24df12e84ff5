import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []

    def later():
        order.append('later')
        loop.call_soon(order.append, 'soon-from-later')

    loop.call_later(0.01, later)
    loop.call_later(0.01 + 0.02, order.append, 'later2')
    await asyncio.sleep(0.05)
    print(order)
    done = loop.create_future()
    loop.call_later(0.01, done.set_result, 'timer result')
    print(await done)


asyncio.run(main())
