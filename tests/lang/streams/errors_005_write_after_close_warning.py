# Writes after close() are dropped silently, but from the fifth one on the transport logs the
# warning "socket.send() raised exception." (to stderr, once per write).
import asyncio


async def handle(reader, writer):
    await reader.read()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.close()
    await writer.wait_closed()
    for i in range(6):
        writer.write(b'x')
        print('write', i, 'returned')
    server.close()
    await server.wait_closed()


asyncio.run(main())
