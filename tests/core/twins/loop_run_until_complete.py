import asyncio


async def compute():
    await asyncio.sleep(0.02)
    return 42


async def fail():
    await asyncio.sleep(0)
    raise ValueError("no luck")


loop = asyncio.new_event_loop()
print("result", loop.run_until_complete(compute()))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from future")
print("result", loop.run_until_complete(fut))
task = loop.create_task(compute())
print("result", loop.run_until_complete(task), task.done())
try:
    loop.run_until_complete(fail())
except ValueError as e:
    print("raised", type(e).__name__, e)
print("running:", loop.is_running())
loop.close()
