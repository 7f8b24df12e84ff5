import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result again:", type(e).__name__)
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", type(e).__name__)
    print("cancel a done future:", fut.cancel())
    print("result still", fut.result())
    c = loop.create_future()
    print("cancel a pending future:", c.cancel())
    try:
        c.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result on cancelled:", type(e).__name__)


asyncio.run(main())
