import asyncio


async def nop():
    return 1


loop = asyncio.new_event_loop()
loop.call_soon(print, "never runs")
loop.close()
print("closed:", loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    loop.call_later(1, print, "x")
except RuntimeError as e:
    print(type(e).__name__, e)
coro = nop()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print(type(e).__name__, e)
coro.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print(type(e).__name__, e)
loop.close()  # closing twice is harmless
print("end")
