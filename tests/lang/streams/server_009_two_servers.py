# Two servers on two ports in one loop, one client connected to each; closing one leaves the
# other serving.
import asyncio


def make_handler(tag):
    async def handle(reader, writer):
        async for line in reader:
            writer.write(tag + b': ' + line)
        writer.close()
    return handle


async def main():
    s1 = await asyncio.start_server(make_handler(b'one'), '127.0.0.1', 0)
    s2 = await asyncio.start_server(make_handler(b'two'), '127.0.0.1', 0)
    p1 = s1.sockets[0].getsockname()[1]
    p2 = s2.sockets[0].getsockname()[1]
    print('different ports:', p1 != p2)
    r1, w1 = await asyncio.open_connection('127.0.0.1', p1)
    r2, w2 = await asyncio.open_connection('127.0.0.1', p2)
    for w in [w2, w1]:
        w.write(b'hello\n')
    print(await r1.readline(), await r2.readline())
    s1.close()
    await s1.wait_closed()
    print('serving:', s1.is_serving(), s2.is_serving())
    r3, w3 = await asyncio.open_connection('127.0.0.1', p2)
    w3.write(b'third\n')
    print(await r3.readline())
    for w in [w1, w2, w3]:
        w.close()
        await w.wait_closed()
    s2.close()
    await s2.wait_closed()


asyncio.run(main())
