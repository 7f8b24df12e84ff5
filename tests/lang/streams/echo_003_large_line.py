# A 100 KB line and a 300 KB line echoed, with limit= raised on both ends (the default 64 KiB
# limit would refuse them).
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, limit=400_000)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=400_000)
    for size in [100_000, 300_000, 5]:
        payload = (b'0123456789abcdef' * (size // 16 + 1))[:size - 1] + b'\n'
        writer.write(payload)
        await writer.drain()
        back = await reader.readline()
        print(size, len(back), back == payload)
    writer.write_eof()
    print('rest:', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
