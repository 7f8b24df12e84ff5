# write() and writelines() want bytes-like objects: the TypeError messages; nothing is sent for
# a rejected write.
import asyncio


async def handle(reader, writer):
    writer.write(await reader.read())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for bad in ['text', 42, None, [b'a']]:
        try:
            writer.write(bad)
        except TypeError as e:
            print('write:', e)
    try:
        writer.writelines(['a', 'b'])
    except TypeError as e:
        print('writelines:', e)
    try:
        writer.writelines([b'ok', 5])
    except TypeError as e:
        print('writelines:', e)
    writer.write(b'good')
    writer.write_eof()
    print('echoed:', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
