import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    pending = {asyncio.create_task(job(n, d), name=n) for n, d in
               (('slow', 0.15), ('fast', 0.03), ('mid', 0.09))}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        print('round', rounds, 'done', sorted(t.result() for t in done),
              'pending', sorted(t.get_name() for t in pending))


asyncio.run(main())
