# With a small limit the reader pauses the transport when its buffer passes 2 * limit, and the
# reads that are not bound by the limit (readexactly, read(-1)) still get everything.
import asyncio


async def handle(reader, writer):
    data = bytes(range(256)) * 40
    writer.write(data)
    await writer.drain()
    await reader.readline()
    writer.write(b'second part ' * 1000)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=10)
    first = await reader.readexactly(10240)
    print('readexactly(10240):', len(first), first == bytes(range(256)) * 40)
    writer.write(b'next\n')
    rest = await reader.read(-1)
    print('read(-1):', len(rest), rest[:24], rest == b'second part ' * 1000)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
