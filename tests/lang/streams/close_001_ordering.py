# Closing a writer: is_closing() turns True at once (on the writer and its transport), close()
# returns None and may be repeated, wait_closed() returns once the connection is gone (twice is
# fine), and the peer reads EOF.
import asyncio

events = []


async def handle(reader, writer):
    line = await reader.readline()
    events.append(('server got', line))
    events.append(('server then got', await reader.readline(), reader.at_eof()))
    writer.close()
    await writer.wait_closed()
    done.set()


async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('before close:', writer.is_closing(), writer.transport.is_closing())
    writer.write(b'last words\n')
    print('close() returns', writer.close())
    print('after close:', writer.is_closing(), writer.transport.is_closing())
    writer.close()
    print('second close is a no-op')
    await writer.wait_closed()
    print('after wait_closed:', writer.is_closing())
    await writer.wait_closed()
    print('wait_closed again returns at once')
    await done.wait()
    for e in events:
        print(*e)
    print('reader after own close:', reader.at_eof(), await reader.read())
    server.close()
    await server.wait_closed()


asyncio.run(main())
