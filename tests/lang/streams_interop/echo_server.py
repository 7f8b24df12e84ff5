# Interop echo server (runs under python3 and under `tulip run`): binds 127.0.0.1 on a free
# port, prints "PORT <n>" as its first line (flushed), then echoes every line of every client
# until it is killed. Lines up to 1 MB are accepted (limit=), so the 100 KB line comes back.
import asyncio
import sys


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, limit=1_000_000)
    port = server.sockets[0].getsockname()[1]
    print('PORT', port, flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
