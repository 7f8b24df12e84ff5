# transport.abort() closes at once: is_closing() is True, wait_closed() returns, and the peer
# (which has read everything sent to it) sees EOF.
import asyncio

notes = []


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b'ok ' + line)
    await writer.drain()
    writer.transport.abort()
    notes.append(('aborted', writer.is_closing()))
    await writer.wait_closed()
    notes.append(('wait_closed returned',))
    done.set()


async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'ping\n')
    print(await reader.readline())
    print(await reader.readline(), reader.at_eof())
    await done.wait()
    for n in notes:
        print(*n)
    writer.transport.abort()
    print('client aborted:', writer.is_closing())
    await writer.wait_closed()
    print('client wait_closed returned')
    server.close()
    await server.wait_closed()


asyncio.run(main())
