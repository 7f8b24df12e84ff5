# The server closes first: the client reads the last data and then EOF; the server's own
# writer reports is_closing, and its wait_closed returns.
import asyncio

notes = []


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    writer.write(('goodbye ' + name + '\n').encode())
    writer.close()
    notes.append(('server writer closing', writer.is_closing()))
    await writer.wait_closed()
    notes.append(('server wait_closed returned', writer.transport.is_closing()))
    done.set()


async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'ann\n')
    print(await reader.readline())
    print(await reader.readline(), reader.at_eof())
    print('client writer closing?', writer.is_closing())
    await done.wait()
    for n in notes:
        print(*n)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
