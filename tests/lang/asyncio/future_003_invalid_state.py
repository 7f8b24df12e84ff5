import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for meth in ('result', 'exception'):
        try:
            getattr(f, meth)()
        except asyncio.InvalidStateError as e:
            print(meth, '->', type(e).__name__, e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print('set_result twice:', e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print('set_exception after result:', e)
    print('cancel a done future:', f.cancel(), f.result())
    print(issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
