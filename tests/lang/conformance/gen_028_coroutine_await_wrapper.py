# coro.__await__() is an iterator over the coroutine (a coroutine_wrapper): a custom __await__
# may return it, and a plain generator may `yield from` it, but not the coroutine itself.


class Step:
    def __await__(self):
        got = yield 'step'
        return got


async def add(a, b):
    extra = await Step()
    return a + b + (extra or 0)


class Delayed:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __await__(self):
        return add(self.a, self.b).__await__()


async def main():
    return await Delayed(2, 3)


def drive(coro, *sends):
    values = iter(sends)
    value = None
    try:
        while True:
            print('yielded', coro.send(value))
            value = next(values, None)
    except StopIteration as stop:
        return stop.value


print('main ->', drive(main(), 10))

w = add(4, 5).__await__()
print(type(w).__name__, iter(w) is w)
print('next', next(w))
try:
    w.send(1)
except StopIteration as stop:
    print('returned', stop.value)
try:
    w.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)


def plain():
    total = yield from add(1, 2).__await__()
    return total * 10


print('plain ->', drive(plain()))

w = add(0, 0).__await__()
print('next', next(w))
try:
    w.throw(ValueError('into the wrapper'))
except ValueError as e:
    print('thrown back:', e)

w = add(0, 0).__await__()
next(w)
print('close ->', w.close())


async def no_await():
    return 'direct'


def bad():
    yield from no_await().__await__()
    coro = no_await()
    try:
        yield from coro
    finally:
        coro.close()


try:
    print(list(bad()))
except TypeError as e:
    print('TypeError:', e)
