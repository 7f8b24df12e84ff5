import asyncio

loop = asyncio.new_event_loop()


async def body():
    print("body stops the loop")
    loop.stop()
    await asyncio.sleep(0.02)
    print("body finished")
    return "late"


task = loop.create_task(body())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print(type(e).__name__, e)
print("task done:", task.done())
print("resumed:", loop.run_until_complete(task))
loop.close()
