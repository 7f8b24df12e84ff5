# limit= and readuntil: the separator found beyond `limit` raises LimitOverrunError('Separator
# is found, but chunk is longer than limit') with .consumed = its offset; exactly `limit` bytes
# before the separator is fine.
import asyncio


async def handle(reader, writer):
    writer.write(b'0123456789;01234567;x')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=8)
    try:
        await reader.readuntil(b';')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e.consumed, e)
    print('skip:', await reader.readexactly(11))
    print('at the limit:', await reader.readuntil(b';'))
    try:
        await reader.readuntil(b';')
    except asyncio.IncompleteReadError as e:
        print('then EOF:', e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
