# writelines() joins its pieces (a list, a generator, a tuple, an empty list) and writes them
# as one; write(b'') does nothing.
import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print('server got', data)
    writer.writelines([b'reply ', str(len(data)).encode(), b'\n'])
    writer.writelines(x.encode() for x in ['g', 'e', 'n', '\n'])
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.writelines([b'one\n', b'two\n'])
    writer.writelines([])
    writer.write(b'')
    writer.writelines((b'three', b'\n'))
    writer.writelines([b'x'] * 5)
    print('returns:', writer.writelines([b'!']))
    await writer.drain()
    writer.write_eof()
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
