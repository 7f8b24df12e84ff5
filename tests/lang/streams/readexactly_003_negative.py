# readexactly(-1) raises ValueError at once (before looking at the buffer), and the data stays
# there for the next read.
import asyncio


async def handle(reader, writer):
    writer.write(b'payload\n')
    await reader.read()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for n in [-1, -100]:
        try:
            await reader.readexactly(n)
        except ValueError as e:
            print(n, type(e).__name__, e)
    print(await reader.readexactly(8))
    writer.write_eof()
    try:
        await reader.readexactly(-5)
    except ValueError as e:
        print('after EOF too:', e)
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
