# A handler task cancelled while it waits in readline(): its `finally` closes the writer and the
# client reads EOF; the server keeps serving others.
import asyncio

handlers = []


async def handle(reader, writer):
    handlers.append(asyncio.current_task())
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            writer.write(b'ok ' + line)
    except asyncio.CancelledError:
        writer.write(b'cancelled, bye\n')
        raise
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'one\n')
    print(await reader.readline())
    handlers[0].cancel()
    print(await reader.readline())
    print(await reader.readline(), reader.at_eof())
    await asyncio.sleep(0)
    print('handler cancelled:', handlers[0].cancelled())
    r2, w2 = await asyncio.open_connection('127.0.0.1', port)
    w2.write(b'two\n')
    print(await r2.readline())
    for w in [writer, w2]:
        w.close()
        await w.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
