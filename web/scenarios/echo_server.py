import asyncio

# The tutorial's three notebook cells (server, clients, closing the server) in one file.

async def handle_echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()  # added: the client has gone, close our end of the connection too


loop = asyncio.get_event_loop()
coro = asyncio.start_server(handle_echo, "127.0.0.1")
server = loop.run_until_complete(coro)
port = server.sockets[0].getsockname()[-1]
# The tutorial prints the port ('Serving on 34949'): with no port given the system chooses a
# free one, which differs from run to run, so the host is printed instead.
print('Serving on {}'.format(server.sockets[0].getsockname()[0]))


async def echo_client(message):   
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for i in range(4):
        writer.write(message.encode() + b"\n")
        line = await reader.readline()
        print('{!r} [{}]'.format(line.decode().strip(), i))
    writer.close()
    await writer.wait_closed()  # added: wait until the connection is closed


async def run_clients():
    # Python 3.11 no longer accepts bare coroutines in asyncio.wait: wrap each in a Task
    await asyncio.wait([
        asyncio.create_task(echo_client("oxford")),
        asyncio.create_task(echo_client("stilton")),
        asyncio.create_task(echo_client("kikorangi")),
        asyncio.create_task(echo_client("danish")),
        asyncio.create_task(echo_client("cheddar")),
        asyncio.create_task(echo_client("roquefort")),
        asyncio.create_task(echo_client("gorgonzola")),
    ])
   

loop.run_until_complete(run_clients())

# Close the server
server.close()
loop.run_until_complete(server.wait_closed())
