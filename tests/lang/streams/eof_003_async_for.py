# `async for line in reader` yields each line (a last partial line too) and stops at EOF; on
# the server side it ends when the client calls write_eof().
import asyncio


async def handle(reader, writer):
    count = 0
    async for line in reader:
        count += 1
        writer.write(b'> ' + line)
    writer.write(b'count ' + str(count).encode())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'a\nbb\n\nccc\n')
    writer.write_eof()
    async for line in reader:
        print(line)
    print('loop over, at_eof:', reader.at_eof())
    async for line in reader:
        print('never printed', line)
    print('aiter is the reader:', reader.__aiter__() is reader)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
