import asyncio


async def child(label):
    t = asyncio.current_task()
    print(label, 'current task is', t.get_name())
    await asyncio.sleep(0)
    print(label, 'still', asyncio.current_task().get_name())
    return t


async def main():
    print('in main:', asyncio.current_task().get_name())
    t = asyncio.create_task(child('spawned'), name='kid')
    same = await t
    print('returned task is the task:', same is t)
    direct = await child('awaited directly')
    print('awaited coroutine runs in main task:', direct is asyncio.current_task())


asyncio.run(main())
print('outside loop current_task raises:', end=' ')
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
