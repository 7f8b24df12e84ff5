# readline and limit=: a line longer than the limit raises ValueError. If its newline was in the
# buffer, the whole line (newline included) is dropped and the next line is intact; if not, the
# whole buffer is dropped. A line of exactly `limit` bytes plus newline is fine.
import asyncio


async def handle(reader, writer):
    writer.write(b'short\n' + b'x' * 20 + b'\n' + b'after\n' + b'0123456789\n')
    await reader.readline()
    writer.write(b'y' * 25)
    await reader.readline()
    writer.write(b'yyy tail\nnext line\n')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=10)
    await asyncio.sleep(0.05)  # let the whole first write arrive
    print(await reader.readline())
    try:
        await reader.readline()
    except ValueError as e:
        print(type(e).__name__, e, e.args)
    print('next:', await reader.readline())
    print('exactly the limit:', await reader.readline())
    writer.write(b'go\n')
    await asyncio.sleep(0.05)  # let all 25 bytes arrive: what is dropped is what is buffered
    try:
        await reader.readline()
    except ValueError as e:
        print(type(e).__name__, e)
    writer.write(b'go\n')
    print('what follows:', await reader.readline())
    print('then:', await reader.readline())
    print('eof:', await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
