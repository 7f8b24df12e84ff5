# A connection handler that raises (3.11.7): the loop's exception handler logs "Unhandled
# exception in client_connected_cb" with the traceback to stderr (its last line is the
# exception) and closes the transport, so the client reads EOF; other connections are fine.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    if line == b'bad\n':
        raise ValueError('bad request')
    writer.write(b'fine\n')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    for request in [b'good\n', b'bad\n', b'good\n']:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(request)
        print(request, '->', await reader.read())
        writer.close()
        await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print('main done')


asyncio.run(main())
