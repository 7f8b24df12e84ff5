# One client, one echo server: each line comes back as sent, the empty line too.
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        print('server got', line)
        writer.write(line)
        await writer.drain()
    print('server: client closed its end')
    writer.close()
    await writer.wait_closed()
    done.set()


async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for line in [b'hello\n', b'world\n', b'\n', b'last one\n']:
        writer.write(line)
        await writer.drain()
        reply = await reader.readline()
        print('client got', reply, reply == line)
    writer.close()
    await writer.wait_closed()
    await done.wait()
    print('server done; is_closing:', writer.is_closing())
    server.close()
    await server.wait_closed()
    print('bye')


asyncio.run(main())
