# readuntil with one-byte and multi-byte separators: each result ends with the separator, and
# what follows stays buffered for the next call.
import asyncio


async def handle(reader, writer):
    writer.write(b'alpha\r\nbeta\r\n\r\ngamma--END--delta--END--x\ny\n;;z')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for sep in [b'\r\n', b'\r\n', b'\r\n', b'--END--', b'--END--']:
        print(sep, await reader.readuntil(sep))
    print('default:', await reader.readuntil())
    print('positional:', await reader.readuntil(b'\n'))
    print('keyword:', await reader.readuntil(separator=b';;'))
    print('rest:', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
