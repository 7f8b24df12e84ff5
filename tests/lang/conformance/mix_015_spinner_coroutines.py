# The chapter's spinner idea with hand-driven coroutines: a spinner runs while "slow work" proceeds.
import itertools
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield
async def spin(msg, state):
    for char in itertools.cycle("|/-\\"):
        if state["done"]:
            break
        print(f"{char} {msg}")
        await Sleep(1)
    print(" " * (len(msg) + 2) + "|cleared")
async def slow_function(state):
    await Sleep(5)
    state["done"] = True
    return 42
def run(*coros):
    results = [None] * len(coros)
    ready = list(enumerate(coros))
    while ready:
        i, coro = ready.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results[i] = e.value
        else:
            ready.append((i, coro))
    return results
state = {"done": False}
_, answer = run(spin("thinking!", state), slow_function(state))
print("Answer:", answer)
