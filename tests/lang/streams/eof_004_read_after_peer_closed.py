# After the peer closed: the buffered data is still read, then every read method reports EOF in
# its own way, as many times as asked.
import asyncio


async def handle(reader, writer):
    writer.write(b'bye\nand')
    writer.close()
    await writer.wait_closed()
    closed.set()


async def main():
    global closed
    closed = asyncio.Event()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    await closed.wait()
    print(await reader.readline())
    print(await reader.readline())
    for i in range(2):
        print('readline', await reader.readline())
        print('read()', await reader.read())
        print('read(10)', await reader.read(10))
        print('readexactly(0)', await reader.readexactly(0))
        try:
            await reader.readexactly(1)
        except asyncio.IncompleteReadError as e:
            print('readexactly(1)', e.partial, e.expected)
        try:
            await reader.readuntil(b'x')
        except asyncio.IncompleteReadError as e:
            print('readuntil', e.partial, e.expected)
        print('at_eof', reader.at_eof(), 'exception', reader.exception())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
