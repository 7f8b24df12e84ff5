# Half-close: the client sends its request and write_eof(); the server reads to EOF, then
# replies on the still-open direction and closes; the client reads the reply to EOF.
import asyncio


async def handle(reader, writer):
    request = await reader.read()
    lines = request.split(b'\n')
    print('server got', len(request), 'bytes,', len(lines), 'pieces, at_eof', reader.at_eof())
    writer.write(b'lines=' + str(len(lines)).encode() + b'\n')
    writer.write(b'upper=' + request.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('can_write_eof:', writer.can_write_eof())
    writer.write(b'first\nsecond\nthird')
    writer.write_eof()
    print('after write_eof: is_closing', writer.is_closing())
    writer.write_eof()
    print('write_eof twice is fine')
    try:
        writer.write(b'too late')
    except RuntimeError as e:
        print('RuntimeError:', e)
    reply = await reader.read()
    print('client got', reply)
    print('at_eof', reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
