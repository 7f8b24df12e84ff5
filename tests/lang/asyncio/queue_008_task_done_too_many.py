import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError again:', e)
    await q.join()
    print('join returns at once when nothing unfinished')


asyncio.run(main())
