# serve_forever() in a task: cancelling it raises CancelledError in the awaiter and closes the
# server; existing connections live on; serve_forever() on a closed server is a RuntimeError.
import asyncio


async def handle(reader, writer):
    async for line in reader:
        writer.write(line.upper())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print('serving before:', server.is_serving())
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print('serving in serve_forever:', server.is_serving())
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hi\n')
    print(await reader.readline())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('second serve_forever:', type(e).__name__)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('serve_forever cancelled:', task.cancelled())
    print('serving after:', server.is_serving(), 'sockets:', len(server.sockets))
    writer.write(b'still here\n')
    print(await reader.readline())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)
    writer.close()
    await writer.wait_closed()


asyncio.run(main())
