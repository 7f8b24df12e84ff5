import asyncio


async def answer():
    await asyncio.sleep(0.01)
    return 42


async def fails():
    raise LookupError('inside run')


print(asyncio.run(answer()))
try:
    asyncio.run(fails())
except LookupError as e:
    print('asyncio.run re-raised', repr(e))
try:
    asyncio.run(answer)
except ValueError as e:
    print('ValueError:', str(e).startswith('a coroutine was expected, got <function answer'))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
