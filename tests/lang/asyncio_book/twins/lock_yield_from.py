# Modern twin of asyncio_book/lock_yield_from.py.
import asyncio

balance = {'value': 100}


async def withdraw(lock, amount, name):
    async with lock:
        current = balance['value']
        await asyncio.sleep(.005)
        if current >= amount:
            balance['value'] = current - amount
            print(name, 'withdrew', amount, 'balance', balance['value'])
        else:
            print(name, 'refused', amount, 'balance', current)


async def main():
    lock = asyncio.Lock()
    jobs = [asyncio.create_task(withdraw(lock, amt, n)) for n, amt in (('ann', 60), ('bob', 30), ('cy', 20))]
    await asyncio.wait(jobs)


asyncio.run(main())
print('final balance', balance['value'])
