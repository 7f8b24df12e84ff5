# A coroutine object that is never awaited: CPython warns on stderr when it is destroyed.
# The exit status is 0; the last stderr line is the tracemalloc hint that follows the warning.
async def job():
    print("never runs")
    return 1
c = job()
print("created:", type(c).__name__, c.__name__)
print("not awaited, now dropping the only reference")
del c
print("after del")
finished = job()
try:
    finished.send(None)
except StopIteration as e:
    print("this one ran to completion:", e.value)
