# drain() against a reader that does not read for a while: 4 MB in 64 KB writes, each followed by
# drain(); whatever the socket buffers hold, everything arrives, in order, and only totals print.
import asyncio

CHUNK = bytes(range(256)) * 256
COUNT = 64


async def handle(reader, writer):
    await asyncio.sleep(0.1)
    total = 0
    ok = True
    while True:
        data = await reader.read(100_000)
        if not data:
            break
        for start in range(0, len(data), 65536):
            piece = data[start:start + 65536]
            offset = (total + start) % len(CHUNK)
            if piece != (CHUNK + CHUNK)[offset:offset + len(piece)]:
                ok = False
        total += len(data)
    writer.write(str(total).encode() + b' ' + str(ok).encode())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    sent = 0
    for i in range(COUNT):
        writer.write(CHUNK)
        await writer.drain()
        sent += len(CHUNK)
    print('client sent', sent)
    print('buffer after drain within the high-water mark:',
          writer.transport.get_write_buffer_size() <= writer.transport.get_write_buffer_limits()[1])
    writer.write_eof()
    print('server says', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
