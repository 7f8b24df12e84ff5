# read(n) returns what is buffered, at most n bytes, waiting only when the buffer is empty;
# read(0) returns b'' at once, even with nothing received; after EOF read(n) returns b''.
import asyncio


async def handle(reader, writer):
    writer.write(b'abcdefghij')
    await reader.readline()
    writer.write(b'klm')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('read(0) first:', await reader.read(0))
    await asyncio.sleep(0.05)  # let the whole first write arrive
    print('read(4):', await reader.read(4))
    print('read(100):', await reader.read(100))
    print('read(0):', await reader.read(0))
    pending = asyncio.create_task(reader.read(100))
    await asyncio.sleep(0)
    print('waiting:', pending.done())
    writer.write(b'more\n')
    print('then:', await pending)
    print('after EOF:', await reader.read(100), await reader.read(1), await reader.read(0))
    print('at_eof:', reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
