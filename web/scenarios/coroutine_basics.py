# A notebook shows each cell's exception and goes on; a script stops at the first one, so each
# cell that raises is wrapped in try/except and prints the exception as the notebook shows it.

async def foo():
    print("hello")
    
c = foo()
print(repr(c).split(' at ')[0] + '>')  # print(c): <coroutine object foo at 0x7f97043e9d58>

try:
    next(c)
except TypeError as e:
    print('TypeError:', e)

try:
    c.send(None)
except StopIteration as e:
    print('StopIteration:', e)

# Returning Values

async def foo():
    print("running")
    return "hello"

c = foo()
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration:', e)
