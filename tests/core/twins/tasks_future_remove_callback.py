import asyncio


def first(f):
    print("first")


def second(f):
    print("second")


def third(f):
    print("third")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(third)
    print("removed", fut.remove_done_callback(second))
    print("removed again", fut.remove_done_callback(second))
    fut.set_result(None)
    # Once scheduled, a callback can no longer be removed.
    print("removed after set_result", fut.remove_done_callback(third))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
