import asyncio

state = []


async def step(n):
    await asyncio.sleep(0.005)
    state.append(n)
    return len(state)


loops = []
for n in range(3):
    r = asyncio.run(step(n))
    print('run', n, 'returned', r)
print(state)


async def grab():
    return asyncio.get_running_loop()

a = asyncio.run(grab())
b = asyncio.run(grab())
print('each run uses a fresh loop:', a is not b, a.is_closed(), b.is_closed())
