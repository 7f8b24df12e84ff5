# Several tasks writing and draining the same writer while the peer is slow to read: every drain
# returns, and the peer gets every frame, each whole (each frame is one write).
import asyncio


async def handle(reader, writer):
    await asyncio.sleep(0.1)
    counts = {}
    total = 0
    while True:
        try:
            frame = await reader.readuntil(b'|')
        except asyncio.IncompleteReadError as e:
            print('server: leftover', e.partial)
            break
        name = frame[:1].decode()
        counts[name] = counts.get(name, 0) + 1
        total += len(frame)
    writer.write(str(sorted(counts.items())).encode() + b' ' + str(total).encode())
    writer.close()


async def producer(writer, name, n):
    for i in range(n):
        writer.write(name.encode() + b'.' * 100_000 + b'|')
        await writer.drain()
    return name + ' done'


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, limit=200_000)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    results = await asyncio.gather(producer(writer, 'a', 10), producer(writer, 'b', 7),
                                   producer(writer, 'c', 3))
    print(results)
    writer.write_eof()
    print('server says', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
