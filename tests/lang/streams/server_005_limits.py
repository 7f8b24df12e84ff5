# start_server(limit=) sets the limit of the readers handed to the callback; open_connection(
# limit=) that of the client's reader; a limit <= 0 is refused.
import asyncio


async def handle(reader, writer):
    try:
        line = await reader.readline()
        writer.write(b'ok ' + line)
    except ValueError as e:
        writer.write(b'server ValueError: ' + str(e).encode() + b'\n')
    writer.write(b'0123456789012345678901234567890123456789\n')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, limit=16)
    port = server.sockets[0].getsockname()[1]
    for line, limit in [(b'short\n', 100), (b'a line that is longer than sixteen\n', 100),
                        (b'short\n', 16)]:
        reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=limit)
        writer.write(line)
        print(await reader.readline())
        try:
            print(await reader.readline())
        except ValueError as e:
            print('client ValueError:', e)
        writer.close()
        await writer.wait_closed()
    for bad in [0, -1]:
        try:
            await asyncio.open_connection('127.0.0.1', port, limit=bad)
        except ValueError as e:
            print(bad, 'ValueError:', e)
    server.close()
    await server.wait_closed()


asyncio.run(main())
