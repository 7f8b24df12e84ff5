# limit= and readuntil: more than `limit` bytes buffered without the separator raises
# LimitOverrunError('Separator is not found, and chunk exceed the limit') with .consumed =
# len(buffer) + 1 - len(separator); the data stays in the buffer.
import asyncio


async def handle(reader, writer):
    writer.write(b'abcdefghijklmnop')
    await reader.readline()
    writer.write(b'0123456789ab')
    await reader.readline()
    writer.write(b'ABCDEFGH')
    await reader.readline()
    writer.write(b'IJ;')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=8)
    await asyncio.sleep(0.05)  # let the 16 bytes arrive: .consumed counts what is buffered
    try:
        await reader.readuntil(b';')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e.consumed, e.args)
        print(isinstance(e, Exception), isinstance(e, EOFError))
    print('still buffered:', await reader.readexactly(16))
    writer.write(b'next\n')
    await asyncio.sleep(0.05)
    try:
        await reader.readuntil(b'END')
    except asyncio.LimitOverrunError as e:
        print('3-byte separator:', e.consumed, e)
    print('still buffered:', await reader.readexactly(12))
    writer.write(b'next\n')
    pending = asyncio.create_task(reader.readuntil(b';'))
    await asyncio.sleep(0.05)
    print('8 bytes buffered, still waiting:', pending.done())
    writer.write(b'next\n')
    try:
        await pending
    except asyncio.LimitOverrunError as e:
        print('found late:', e.consumed, e)
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
