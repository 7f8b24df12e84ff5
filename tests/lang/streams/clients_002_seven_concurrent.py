# Seven clients at once (gather), each sending three requests and reading the replies; each
# client's transcript is printed in client order after they all finish.
import asyncio

seen = []


async def handle(reader, writer):
    count = 0
    while True:
        line = await reader.readline()
        if not line:
            break
        count += 1
        who, n = line.decode().split()
        seen.append(who)
        writer.write((who + ' #' + str(count) + ' -> ' + str(int(n) * 10) + '\n').encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, cid):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    transcript = []
    for k in range(3):
        writer.write(('c' + str(cid) + ' ' + str(cid * 100 + k) + '\n').encode())
        await writer.drain()
        transcript.append((await reader.readline()).decode().strip())
        await asyncio.sleep(0)
    writer.close()
    await writer.wait_closed()
    return transcript


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*[client(port, i) for i in range(7)])
    for i, transcript in enumerate(results):
        print('client', i, transcript)
    print('server saw', len(seen), 'requests from', sorted(set(seen)))
    server.close()
    await server.wait_closed()


asyncio.run(main())
