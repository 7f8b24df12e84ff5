# 3.11: wait_closed() awaited *before* close() waits until the server is closed and its last
# connection is gone; awaited after close() it returns at once.
import asyncio


async def handle(reader, writer):
    await reader.read()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    waiter = asyncio.create_task(server.wait_closed())
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'x')
    await asyncio.sleep(0.05)
    print('before close:', waiter.done())
    server.close()
    await asyncio.sleep(0.05)
    print('closed, connection open:', waiter.done())
    await server.wait_closed()
    print('a wait_closed after close() returned at once')
    writer.write_eof()
    await waiter
    print('the early waiter returned once the connection was gone')
    writer.close()
    await writer.wait_closed()


asyncio.run(main())
