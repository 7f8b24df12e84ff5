# readexactly: zero bytes, a read that ends exactly at the end of what was sent, and reads that
# span several writes of the peer.
import asyncio


async def handle(reader, writer):
    writer.write(b'0123456789')
    await reader.readline()
    for piece in [b'x', b'yz', b'', b'w']:
        writer.write(piece)
        await asyncio.sleep(0.01)
    await reader.readline()
    writer.write(b'ABCDEFGH')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('at_eof before anything:', reader.at_eof())
    print('zero:', await reader.readexactly(0))
    print('four:', await reader.readexactly(4))
    print('six:', await reader.readexactly(6))
    print('zero again:', await reader.readexactly(0))
    writer.write(b'more\n')
    print('across writes:', await reader.readexactly(4))
    writer.write(b'more\n')
    print('3:', await reader.readexactly(3))
    print('5, exactly to EOF:', await reader.readexactly(5))
    print('then:', await reader.read())
    print('at_eof:', reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
