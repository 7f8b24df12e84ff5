# read() and read(-1) read until EOF, however much comes (here 300 KB in uneven writes, far more
# than the 64 KiB limit), then return b''.
import asyncio

totals = []


async def handle(reader, writer):
    sent = 0
    for size in [1, 70_000, 13, 150_000, 79_986]:
        writer.write(b'z' * size)
        sent += size
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    totals.append(sent)


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    data = await reader.read()
    print('client read', len(data), data == b'z' * 300_000)
    print('read(-1):', await reader.read(-1))
    print('read():', await reader.read())
    print('read(-7):', await reader.read(-7))
    while not totals:
        await asyncio.sleep(0.01)
    print('server sent', totals)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
