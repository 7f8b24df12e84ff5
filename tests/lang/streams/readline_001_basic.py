# readline: whole lines with their newline, an empty line, a last line without a newline
# returned as it is at EOF, then b'' for ever.
import asyncio


async def handle(reader, writer):
    writer.write(b'line one\nline two\n\n  indented\r\nlast without newline')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for i in range(7):
        line = await reader.readline()
        print(i, line, len(line), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
