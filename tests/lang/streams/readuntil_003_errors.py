# readuntil errors: an empty separator (ValueError), and EOF before the separator
# (IncompleteReadError with expected None, the partial data possibly ending with part of the
# separator; the buffer is emptied).
import asyncio


async def handle(reader, writer):
    writer.write(b'first|rest of it-')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    try:
        await reader.readuntil(b'')
    except ValueError as e:
        print('ValueError:', e)
    print(await reader.readuntil(b'|'))
    try:
        await reader.readuntil(b'-->')
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected)
        print(e)
        print(repr(e))
    print('at_eof:', reader.at_eof())
    try:
        await reader.readuntil(b'|')
    except asyncio.IncompleteReadError as e:
        print('again:', e.partial, e.expected, e)
    try:
        await reader.readuntil(b'')
    except ValueError as e:
        print('still ValueError:', e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
