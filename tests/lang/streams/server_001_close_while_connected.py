# server.close() while a client is connected (3.11): the listening socket goes away
# (is_serving() False, sockets empty, new connections refused) but the open connection keeps
# working, and wait_closed() returns at once without waiting for it.
import asyncio


async def handle(reader, writer):
    async for line in reader:
        writer.write(b'echo ' + line)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print('serving:', server.is_serving(), 'sockets:', len(server.sockets))
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'one\n')
    print(await reader.readline())
    print('close() returns', server.close())
    print('serving:', server.is_serving(), 'sockets:', server.sockets)
    await server.wait_closed()
    print('wait_closed returned with the connection still open')
    writer.write(b'two\n')
    print('still works:', await reader.readline())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('new connection:', type(e).__name__, e.errno, isinstance(e, OSError))
    server.close()
    print('close() twice is fine')
    writer.write(b'three\n')
    print('and still:', await reader.readline())
    writer.close()
    await writer.wait_closed()


asyncio.run(main())
