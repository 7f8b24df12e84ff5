# Two coroutines waiting on one StreamReader: the second one gets RuntimeError, named after the
# method that waits (readline waits inside readuntil).
import asyncio


async def handle(reader, writer):
    await reader.readline()
    writer.write(b'data\n')
    await reader.read()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    first = asyncio.create_task(reader.read(100))
    await asyncio.sleep(0)
    for name, coro in [('read', reader.read(5)), ('readline', reader.readline()),
                       ('readexactly', reader.readexactly(3)),
                       ('readuntil', reader.readuntil(b'!'))]:
        try:
            await coro
        except RuntimeError as e:
            print(name, '->', e)
    print('zero-size reads do not wait:', await reader.read(0), await reader.readexactly(0))
    writer.write(b'go\n')
    print('first reader got', await first)
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
