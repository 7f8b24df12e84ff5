# A small line protocol: numbered upper-cased replies, pipelined requests, 'quit' closes the
# connection from the server side, and the client then reads EOF.
import asyncio


async def handle(reader, writer):
    n = 0
    while True:
        line = await reader.readline()
        if not line:
            break
        n += 1
        if line == b'quit\n':
            writer.write(b'bye after ' + str(n).encode() + b'\n')
            await writer.drain()
            break
        writer.write(str(n).encode() + b': ' + line.upper())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'alpha\nbeta\ngamma\n')
    for i in range(3):
        print(await reader.readline())
    writer.write(b'delta\n')
    print(await reader.readline())
    writer.write(b'quit\n')
    print(await reader.readline())
    print('eof:', await reader.readline(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
