# Lines assembled from many small writes, some carrying several lines, one splitting '\r\n'.
import asyncio


async def handle(reader, writer):
    pieces = [b'he', b'llo', b'\nwor', b'ld\nfoo\nbar', b'\r', b'\n', b'', b'b', b'az\n', b'end']
    for piece in pieces:
        writer.write(piece)
        await asyncio.sleep(0.01)
    writer.write_eof()
    print('server saw:', await reader.read())
    writer.close()
    done.set()


async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    lines = []
    while True:
        line = await reader.readline()
        if not line:
            break
        lines.append(line)
    print(lines)
    writer.write(b'thanks')
    writer.close()
    await writer.wait_closed()
    await done.wait()
    server.close()
    await server.wait_closed()


asyncio.run(main())
