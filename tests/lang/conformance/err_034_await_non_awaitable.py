# Uncaught TypeError from awaiting an int inside a coroutine driven by send(None).
async def compute():
    print("compute started")
    value = await 42
    return value

coro = compute()
print("driving coroutine")
coro.send(None)
print("never printed")
