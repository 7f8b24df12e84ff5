# tulip: book
import asyncio

# The tutorial's three notebook cells (server, clients, closing the server) in one file, as
# written: bare coroutines in asyncio.wait, which book mode accepts. echo_server.py is its
# Python 3.11 twin.

async def handle_echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()


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


async def run_clients():
    await asyncio.wait([
        echo_client("oxford"),
        echo_client("stilton"),
        echo_client("kikorangi"),
        echo_client("danish"),
        echo_client("cheddar"),
        echo_client("roquefort"),
        echo_client("gorgonzola"),
    ])
   

loop.run_until_complete(run_clients())

# Close the server
server.close()
loop.run_until_complete(server.wait_closed())
