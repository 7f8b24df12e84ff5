# The client sends half a request and closes: the server's readexactly and readline see the
# partial data; the server records what happened and the main task prints it.
import asyncio

log = []


async def handle(reader, writer):
    kind = await reader.readexactly(1)
    try:
        if kind == b'F':
            log.append(('frame', await reader.readexactly(8)))
        else:
            log.append(('line', await reader.readline()))
    except asyncio.IncompleteReadError as e:
        log.append(('incomplete', e.partial, e.expected))
    writer.close()
    await writer.wait_closed()
    finished.put_nowait(1)


async def main():
    global finished
    finished = asyncio.Queue()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    for request in [b'FHEAD', b'Lhalf a li', b'F12345678', b'Lwhole\n']:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(request)
        writer.close()
        await writer.wait_closed()
        await finished.get()
        print(request, '->', *log[-1])
    server.close()
    await server.wait_closed()


asyncio.run(main())
