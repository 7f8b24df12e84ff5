import asyncio

calls = []


async def mul(i, j):
    calls.append((i, j))
    await asyncio.sleep(0.01)
    return i * j


async def row(n):
    await asyncio.sleep(0)
    return list(range(n))


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    # the inner comprehension awaits, so the outer one is asynchronous as well
    table = [[await mul(i, j) for j in range(3)] for i in range(1, 3)]
    print(table)
    print(calls)
    # await in the iterable of an inner comprehension, which runs in the outer one's scope
    print([[x * 10 for x in await row(i)] for i in range(4)])
    # three levels, dict of sets of lists
    deep = {i: {sum([await mul(i, k) for k in range(j)]) for j in range(3)} for i in range(3)}
    print(deep)
    # async for nested inside a plain comprehension, and closures over the outer variable
    print([[i + v async for v in numbers(i)] for i in range(4)])
    print([[await mul(i, j) for j in range(i)] async for i in numbers(4)])
    # a synchronous inner comprehension inside an asynchronous outer one
    print([[j for j in range(i)] for i in await row(3) if await mul(i, 1) > 0])
    # a generator expression with await inside a list comprehension stays an async generator
    gens = [(await mul(i, j) for j in range(2)) for i in range(2)]
    print([type(g).__name__ for g in gens])
    print([[v async for v in g] for g in gens])


asyncio.run(main())
