# Interop fault server (runs under python3): prints "PORT <n>" (flushed), then on every
# connection sends a complete line and half of another, and closes: a peer that disconnects in
# the middle of a line.
import asyncio


async def handle(reader, writer):
    writer.write(b'a complete line\nhalf a li')
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print('PORT', port, flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
