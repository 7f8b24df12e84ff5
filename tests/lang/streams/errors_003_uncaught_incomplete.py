# An IncompleteReadError nobody catches ends the program: status 1, and the traceback's last
# line names asyncio.exceptions.IncompleteReadError.
import asyncio


async def handle(reader, writer):
    writer.write(b'abc')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('reading 8 bytes')
    try:
        await reader.readexactly(8)
    finally:
        writer.close()
        server.close()
        print('cleaned up')


asyncio.run(main())
