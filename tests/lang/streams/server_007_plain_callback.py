# The client_connected_cb may be a plain function: it is called (not awaited) on each
# connection; here it hands the streams to a worker through a queue.
import asyncio


def on_connect(reader, writer):
    print('callback called with', type(reader).__name__, type(writer).__name__)
    incoming.put_nowait((reader, writer))


async def worker():
    for i in range(2):
        reader, writer = await incoming.get()
        line = await reader.readline()
        writer.write(b'worker ' + str(i).encode() + b' got ' + line)
        writer.close()


async def main():
    global incoming
    incoming = asyncio.Queue()
    server = await asyncio.start_server(on_connect, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    w = asyncio.create_task(worker())
    for name in [b'first\n', b'second\n']:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(name)
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
    await w
    server.close()
    await server.wait_closed()


asyncio.run(main())
