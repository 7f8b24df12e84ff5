# readline's ValueError for a line over the limit, uncaught: status 1, last stderr line
# "ValueError: Separator is found, but chunk is longer than limit".
import asyncio


async def handle(reader, writer):
    writer.write(b'x' * 40 + b'\n')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=20)
    await asyncio.sleep(0.05)  # let the whole line arrive
    try:
        print(await reader.readline())
    finally:
        writer.close()
        server.close()


asyncio.run(main())
