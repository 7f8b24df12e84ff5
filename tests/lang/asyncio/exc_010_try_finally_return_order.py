import asyncio

log = []


async def step(name):
    await asyncio.sleep(0)
    log.append(name)


async def flow(fail):
    try:
        await step('try')
        if fail:
            raise ValueError('x')
    except ValueError:
        await step('except')
        return 'from except'
    else:
        await step('else')
        return 'from else'
    finally:
        await step('finally')


async def override():
    try:
        return 'try value'
    finally:
        await step('finally override')
        return 'finally value'


async def main():
    print(await flow(False), log)
    log.clear()
    print(await flow(True), log)
    log.clear()
    print(await asyncio.create_task(override()), log)


asyncio.run(main())
