# Coroutine objects driven by hand with send(None), as in a coroutine tutorial.
async def foo():
    print("hello")
c = foo()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration, value:", e.value)
async def returns():
    print("running")
    return "hello"
try:
    returns().send(None)
except StopIteration as e:
    print("StopIteration:", e.value)
async def double(x):
    return x * 2
async def compute(x, y):
    return await double(x) + y
async def print_result():
    result = await compute(2, 3)
    print("result: ", result)
try:
    print_result().send(None)
except StopIteration:
    pass
c2 = foo()
try:
    next(c2)
except TypeError as e:
    print("TypeError:", e)
c2.close()
