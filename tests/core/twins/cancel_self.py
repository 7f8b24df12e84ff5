import asyncio


async def body():
    me = asyncio.current_task()
    print("cancel self ->", me.cancel())
    print("still running after self-cancel")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("CancelledError at sleep(0)")
    fut = asyncio.get_running_loop().create_future()
    me.cancel("again")
    try:
        await fut
    except asyncio.CancelledError as e:
        # The future is cancelled as soon as the task parks on it.
        print("CancelledError at the future:", e, "future cancelled:", fut.cancelled())
    return "finished"


async def main():
    t = asyncio.create_task(body())
    print("result:", await t)
    print("cancelled", t.cancelled(), "cancelling", t.cancelling())


asyncio.run(main())
