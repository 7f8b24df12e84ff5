# start_server(start_serving=False): the socket is bound (it has a port) but refuses
# connections until start_serving(); start_serving() twice is harmless.
import asyncio


async def handle(reader, writer):
    writer.write(b'welcome\n')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print('bound:', port > 0, 'serving:', server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('before start_serving:', type(e).__name__, e.errno)
    print('start_serving returns', await server.start_serving())
    print('serving:', server.is_serving())
    await server.start_serving()
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print('serving:', server.is_serving())


asyncio.run(main())
