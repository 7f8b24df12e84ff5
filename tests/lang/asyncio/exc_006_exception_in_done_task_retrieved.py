import asyncio


class CustomError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code


async def fail(code):
    await asyncio.sleep(0.001 * code)
    raise CustomError(code)


async def main():
    ts = [asyncio.create_task(fail(c)) for c in (3, 1, 2)]
    await asyncio.wait(ts)
    for t in ts:
        e = t.exception()
        print(type(e).__name__, e.code, str(e), isinstance(e, Exception))


asyncio.run(main())
