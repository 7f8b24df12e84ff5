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
