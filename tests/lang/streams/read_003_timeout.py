# A read that times out (wait_for) or is cancelled leaves the reader usable: the next read gets
# the data that arrives later.
import asyncio


async def handle(reader, writer):
    async for line in reader:
        writer.write(b'reply to ' + line)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    try:
        await asyncio.wait_for(reader.readline(), 0.1)
    except asyncio.TimeoutError as e:
        print('timed out:', type(e).__name__)
    writer.write(b'one\n')
    print(await reader.readline())
    task = asyncio.create_task(reader.readexactly(5))
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled:', task.cancelled())
    writer.write(b'two\n')
    print(await reader.readline())
    try:
        async with asyncio.timeout(0.1):
            await reader.read(10)
    except TimeoutError:
        print('timeout() expired too')
    writer.write(b'three\n')
    print(await asyncio.wait_for(reader.readline(), 5))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
