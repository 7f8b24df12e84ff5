# `async with server:` closes the server on the way out (even after an exception); the
# connection made inside keeps working after the block.
import asyncio


async def handle(reader, writer):
    async for line in reader:
        writer.write(b'[' + line.strip() + b']\n')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server as s:
        print('same object:', s is server, 'serving:', server.is_serving())
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(b'inside\n')
        print(await reader.readline())
    print('after the block:', server.is_serving(), server.sockets)
    writer.write(b'after\n')
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)
    server2 = await asyncio.start_server(handle, '127.0.0.1', 0)
    try:
        async with server2:
            print('serving 2:', server2.is_serving())
            raise KeyError('boom')
    except KeyError as e:
        print('KeyError', e, 'serving 2:', server2.is_serving())


asyncio.run(main())
