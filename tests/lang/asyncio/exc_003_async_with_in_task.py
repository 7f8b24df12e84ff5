import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print('enter', self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ValueError


async def use(name, fail):
    async with Resource(name) as r:
        if fail:
            raise fail('from ' + r.name)
        return 'ok ' + r.name
    return 'suppressed ' + name


async def main():
    print(await asyncio.create_task(use('a', None)))
    print(await asyncio.create_task(use('b', ValueError)))
    try:
        await asyncio.create_task(use('c', TypeError))
    except TypeError as e:
        print('propagated', e)


asyncio.run(main())
