# set_write_buffer_limits / get_write_buffer_limits through writer.transport: the defaults, high
# alone, low alone, the ValueError; with high=0, drain() returns only once the buffer is empty.
import asyncio


async def handle(reader, writer):
    await asyncio.sleep(0.1)
    data = await reader.read()
    writer.write(str(len(data)).encode())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    t = writer.transport
    print('default:', t.get_write_buffer_limits())
    t.set_write_buffer_limits(high=1000)
    print('high=1000:', t.get_write_buffer_limits())
    t.set_write_buffer_limits(low=100)
    print('low=100:', t.get_write_buffer_limits())
    t.set_write_buffer_limits(5000, 10)
    print('5000, 10:', t.get_write_buffer_limits())
    try:
        t.set_write_buffer_limits(high=10, low=20)
    except ValueError as e:
        print('ValueError:', e)
    try:
        t.set_write_buffer_limits(low=-1)
    except ValueError as e:
        print('ValueError:', e)
    t.set_write_buffer_limits(high=0)
    print('high=0:', t.get_write_buffer_limits())
    print('size before:', t.get_write_buffer_size())
    sent = 0
    for i in range(8):
        writer.write(b'q' * 262144)
        sent += 262144
        await writer.drain()
        if t.get_write_buffer_size() != 0:
            print('not empty after drain!')
    print('sent', sent, 'size after drains:', t.get_write_buffer_size())
    writer.write_eof()
    print('server received', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
