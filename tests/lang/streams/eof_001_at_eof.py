# at_eof() is True only once EOF has been received and the buffer is empty: not before any
# data, not while data is buffered, and not after reading everything sent so far.
import asyncio

at_start = []


async def handle(reader, writer):
    at_start.append(reader.at_eof())
    writer.write(b'abc\n')
    line = await reader.readline()
    print('server got', line, reader.at_eof())
    writer.write(b'xyz')
    print('server reads to EOF:', await reader.read(), reader.at_eof())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('client at_eof at start:', reader.at_eof())
    print(await reader.readline(), reader.at_eof())
    writer.write(b'hello\n')
    print(await reader.readexactly(3), reader.at_eof())
    writer.write_eof()
    print('client reads:', await reader.read(), reader.at_eof())
    print('still:', reader.at_eof(), await reader.read(), reader.at_eof())
    print('server at_eof at start:', at_start)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
