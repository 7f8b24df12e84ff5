import asyncio


async def coro():
    return 1


c = coro()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print('RuntimeError:', e)
finally:
    c.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.create_task(42)
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ':', e)
print(asyncio.run(coro()))
