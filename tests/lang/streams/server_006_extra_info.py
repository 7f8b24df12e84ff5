# get_extra_info: peername and sockname on both ends (hosts printed, ports only compared), a
# default for unknown names; server.sockets[0].getsockname().
import asyncio

server_side = []


async def handle(reader, writer):
    server_side.append((writer.get_extra_info('peername'), writer.get_extra_info('sockname')))
    writer.write(b'x')
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    name = server.sockets[0].getsockname()
    port = name[1]
    print('server socket:', name[0], len(name), len(server.sockets))
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    await reader.read()
    peer = writer.get_extra_info('peername')
    mine = writer.get_extra_info('sockname')
    print('client peername host:', peer[0], 'port is the server port:', peer[1] == port)
    print('client sockname host:', mine[0], 'port differs:', mine[1] != port)
    print('types:', type(peer).__name__, type(peer[1]).__name__)
    s_peer, s_mine = server_side[0]
    print('server sees the client address:', s_peer == mine, 'and its own:', s_mine == peer)
    print('transport agrees:', writer.transport.get_extra_info('peername') == peer)
    print('unknown:', writer.get_extra_info('no such thing'),
          writer.get_extra_info('no such thing', 'fallback'))
    writer.close()
    await writer.wait_closed()
    print('after close:', writer.get_extra_info('peername') == peer)
    server.close()
    await server.wait_closed()


asyncio.run(main())
