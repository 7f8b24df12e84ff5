# Three clients on one server, taking turns: every print is caused by the one before it, so the
# interleaving across the three connections is fixed.
import asyncio

left = []


async def handle(reader, writer):
    hello = await reader.readline()
    name = hello.decode().split()[1]
    print('server: hello from', name)
    writer.write(('welcome ' + name + '\n').encode())
    async for line in reader:
        print('server:', name, 'says', line.decode().strip())
        writer.write(b'ack ' + line)
    print('server:', name, 'left')
    writer.close()
    left.append(name)
    gone.set()


async def main():
    global gone
    gone = asyncio.Event()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    clients = []
    for i in range(3):
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(('hello c' + str(i) + '\n').encode())
        print('client', i, 'got', await reader.readline())
        clients.append((reader, writer))
    for rnd in range(2):
        for i, (reader, writer) in enumerate(clients):
            writer.write(('round ' + str(rnd) + '\n').encode())
            print('client', i, 'got', await reader.readline())
    for i in [2, 0, 1]:
        reader, writer = clients[i]
        gone.clear()
        writer.close()
        await writer.wait_closed()
        await gone.wait()
        print('client', i, 'closed; left so far:', left)
    server.close()
    await server.wait_closed()


asyncio.run(main())
