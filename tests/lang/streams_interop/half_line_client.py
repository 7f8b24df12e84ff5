# Interop fault client (runs under python3 and under `tulip run`): against half_line_server.py
# on 127.0.0.1:<port> (argv[1]), shows what readline, readexactly and readuntil return or raise
# when the peer closes in the middle of a line; exits 0.
import asyncio
import sys


async def main(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('readline:', await reader.readline())
    print('readline:', await reader.readline())
    print('readline at EOF:', await reader.readline(), reader.at_eof())
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('readline:', await reader.readline())
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print('readexactly: IncompleteReadError', e.partial, e.expected, str(e))
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    try:
        await reader.readuntil(b'\r\n')
    except asyncio.IncompleteReadError as e:
        print('readuntil: IncompleteReadError', e.partial, e.expected)
    print('read after:', await reader.read())
    writer.close()
    await writer.wait_closed()
    print('done')


asyncio.run(main(int(sys.argv[1])))
