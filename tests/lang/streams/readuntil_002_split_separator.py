# A separator that arrives split across the peer's writes (and a buffer ending with a prefix of
# the separator) is still found once the rest comes in.
import asyncio


async def handle(reader, writer):
    for piece in [b'one\r', b'\ntwo<', b'<>', b'>three<<>', b'x>>', b'<<>>', b'<', b'<', b'>', b'>']:
        writer.write(piece)
        await asyncio.sleep(0.01)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.readuntil(b'\r\n'))
    print(await reader.readuntil(b'<<>>'))
    print(await reader.readuntil(b'<<>>'))
    print(await reader.readuntil(b'<<>>'))
    print('at EOF:', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
