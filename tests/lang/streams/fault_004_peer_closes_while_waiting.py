# Readers blocked in each read method when the peer closes: each wakes up with its EOF result.
import asyncio


async def handle(reader, writer):
    await reader.readline()
    await asyncio.sleep(0.05)
    writer.write(b'tail')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    for method in ['read', 'read(3)', 'readline', 'readuntil', 'readexactly']:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(b'go\n')
        try:
            if method == 'read':
                result = await reader.read()
            elif method == 'read(3)':
                result = [await reader.read(3), await reader.read(3), await reader.read(3)]
            elif method == 'readline':
                result = await reader.readline()
            elif method == 'readuntil':
                result = await reader.readuntil(b'\n')
            else:
                result = await reader.readexactly(100)
        except asyncio.IncompleteReadError as e:
            result = ('IncompleteReadError', e.partial, e.expected)
        print(method, result)
        writer.close()
        await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
