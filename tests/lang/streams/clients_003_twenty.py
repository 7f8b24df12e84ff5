# Twenty clients at once, five round trips each; the server keeps a running sum, and the totals
# and each client's last reply are printed once everyone is done.
import asyncio

total = 0
connections = 0


async def handle(reader, writer):
    global total, connections
    connections += 1
    async for line in reader:
        value = int(line.decode())
        total += value
        writer.write(str(value * value).encode() + b'\n')
    writer.close()


async def client(port, cid):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    replies = []
    for k in range(5):
        writer.write(str(cid + k).encode() + b'\n')
        replies.append(int((await reader.readline()).decode()))
    writer.write_eof()
    tail = await reader.read()
    writer.close()
    await writer.wait_closed()
    return cid, replies, tail


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*[client(port, i) for i in range(20)])
    for cid, replies, tail in results:
        if cid % 5 == 0 or cid == 19:
            print('client', cid, replies, tail)
    print('all squares right:', all(r == [(c + k) ** 2 for k in range(5)] for c, r, t in results))
    print('connections', connections, 'total', total)
    server.close()
    await server.wait_closed()


asyncio.run(main())
