# The server counts open connections; clients come and go one at a time, and each new client is
# told how many connections are open, itself included.
import asyncio

active = 0


async def handle(reader, writer):
    global active
    active += 1
    await reader.readline()
    writer.write(('active ' + str(active) + '\n').encode())
    await reader.read()
    active -= 1
    writer.close()
    await writer.wait_closed()
    departed.put_nowait(active)


async def connect(port, name):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hi\n')
    print(name, 'connected:', (await reader.readline()).decode().strip())
    return writer


async def disconnect(writer, name):
    writer.close()
    await writer.wait_closed()
    print(name, 'disconnected; active now', await departed.get())


async def main():
    global departed
    departed = asyncio.Queue()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    a = await connect(port, 'a')
    b = await connect(port, 'b')
    await disconnect(a, 'a')
    c = await connect(port, 'c')
    d = await connect(port, 'd')
    await disconnect(c, 'c')
    await disconnect(b, 'b')
    e = await connect(port, 'e')
    await disconnect(d, 'd')
    await disconnect(e, 'e')
    print('sockets:', len(server.sockets), 'serving:', server.is_serving())
    server.close()
    await server.wait_closed()


asyncio.run(main())
