# readexactly asking for more than the peer sends before closing: IncompleteReadError with the
# bytes read so far (.partial) and the size asked for (.expected); the buffer is left empty.
import asyncio


async def handle(reader, writer):
    writer.write(b'abcde')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected)
        print(str(e))
        print(repr(e))
        print(e.args)
        print(isinstance(e, EOFError), isinstance(e, asyncio.IncompleteReadError))
    print('at_eof:', reader.at_eof())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print('again:', e.partial, e.expected, str(e))
    print('read:', await reader.read(), await reader.read(5))
    print('readline:', await reader.readline())
    print('zero still fine:', await reader.readexactly(0))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
