# The peer disconnects in the middle of a line: readline returns the partial line, readexactly
# raises IncompleteReadError with it, readuntil too (expected None), and read() returns it.
import asyncio

PAYLOADS = [b'partial li', b'12345', b'abc\r', b'no newline at all']


async def handle(reader, writer):
    which = int((await reader.readline()).decode())
    writer.write(PAYLOADS[which])
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    for which in range(4):
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(str(which).encode() + b'\n')
        if which == 0:
            print('readline:', await reader.readline(), reader.at_eof())
        elif which == 1:
            try:
                await reader.readexactly(10)
            except asyncio.IncompleteReadError as e:
                print('readexactly:', e.partial, e.expected, e)
        elif which == 2:
            try:
                await reader.readuntil(b'\r\n')
            except asyncio.IncompleteReadError as e:
                print('readuntil:', e.partial, e.expected, e)
        else:
            print('read:', await reader.read())
        print('then:', await reader.readline())
        writer.close()
        await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
