# Async generators with aiter()/anext(), driven by hand.
async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen done")
async def collect():
    out = []
    async for v in agen(3):
        out.append(v)
    it = aiter(agen(2))
    out.append(await anext(it))
    out.append(await anext(it))
    out.append(await anext(it, "default"))
    return out
try:
    collect().send(None)
except StopIteration as e:
    print(e.value)
async def comprehension():
    return [v async for v in agen(4) if v != 20]
try:
    comprehension().send(None)
except StopIteration as e:
    print(e.value)
async def exhausted():
    it = aiter(agen(0))
    try:
        await anext(it)
    except StopAsyncIteration:
        return "StopAsyncIteration raised"
try:
    exhausted().send(None)
except StopIteration as e:
    print(e.value)
print(type(agen(1)).__name__)
