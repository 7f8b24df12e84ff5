# Writing after close() is silently dropped (the peer never sees it), and drain() after close()
# raises ConnectionResetError('Connection lost').
import asyncio

received = []


async def handle(reader, writer):
    received.append(await reader.read())
    writer.close()
    done.set()


async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'before close')
    writer.close()
    print('write after close returns', writer.write(b' after close'))
    try:
        await writer.drain()
    except ConnectionResetError as e:
        print(type(e).__name__, e, e.args)
    await writer.wait_closed()
    writer.write(b' after wait_closed')
    writer.writelines([b' and', b' more'])
    try:
        await writer.drain()
    except ConnectionResetError as e:
        print('again:', type(e).__name__, e)
    await done.wait()
    print('server received', received)
    server.close()
    await server.wait_closed()


asyncio.run(main())
