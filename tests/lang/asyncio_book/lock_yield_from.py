# tulip: book
# `with (yield from lock):` around a read-modify-write that yields in the middle.
import asyncio

balance = {'value': 100}


@asyncio.coroutine
def withdraw(lock, amount, name):
    with (yield from lock):
        current = balance['value']
        yield from asyncio.sleep(.005)
        if current >= amount:
            balance['value'] = current - amount
            print(name, 'withdrew', amount, 'balance', balance['value'])
        else:
            print(name, 'refused', amount, 'balance', current)


loop = asyncio.get_event_loop()
lock = asyncio.Lock(loop=loop)
jobs = [asyncio.async(withdraw(lock, amt, n)) for n, amt in (('ann', 60), ('bob', 30), ('cy', 20))]
loop.run_until_complete(asyncio.wait(jobs, loop=loop))
loop.close()
print('final balance', balance['value'])
