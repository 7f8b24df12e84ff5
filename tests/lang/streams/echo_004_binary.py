# All 256 byte values through readexactly, in both directions, with length-prefixed frames.
import asyncio


async def handle(reader, writer):
    while True:
        header = await reader.readexactly(2)
        size = header[0] * 256 + header[1]
        if size == 0:
            break
        body = await reader.readexactly(size)
        reply = bytes(reversed(body))
        writer.write(bytes([len(reply) // 256, len(reply) % 256]) + reply)
    writer.close()


def frame(body):
    return bytes([len(body) // 256, len(body) % 256]) + body


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    bodies = [bytes(range(256)), b'\x00\r\n\xff', b'x' * 1000]
    writer.write(b''.join(frame(b) for b in bodies))
    for body in bodies:
        header = await reader.readexactly(2)
        size = header[0] * 256 + header[1]
        back = await reader.readexactly(size)
        print(size, back[:6], back == bytes(reversed(body)))
    writer.write(frame(b''))
    print('after end frame:', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
