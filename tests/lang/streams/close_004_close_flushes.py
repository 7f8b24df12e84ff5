# close() right after a large write (no drain): the transport still sends everything it
# buffered before closing, and wait_closed() returns only after that.
import asyncio


async def handle(reader, writer):
    await reader.readline()
    writer.write(b'w' * 3_000_000)
    writer.write(b'END')
    writer.close()
    await writer.wait_closed()
    flushed.append(writer.transport.get_write_buffer_size())


async def main():
    global flushed
    flushed = []
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'send\n')
    await asyncio.sleep(0.1)
    data = await reader.read()
    print('client got', len(data), data[-5:])
    while not flushed:
        await asyncio.sleep(0.01)
    print('server buffer when closed:', flushed)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
