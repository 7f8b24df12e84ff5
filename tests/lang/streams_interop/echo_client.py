# Interop echo client (runs under python3 and under `tulip run`): connects to 127.0.0.1:<port>
# (argv[1]), sends a few lines, an empty one and a 100 KB one, prints what comes back (the big
# line as its length and a checksum), half-closes, reads to EOF and closes.
import asyncio
import sys


async def main(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=1_000_000)
    print('connected to', writer.get_extra_info('peername')[0])
    big = (b'0123456789abcdefghijklmnopqrstuvwxyz' * 3000)[:100_000 - 1] + b'\n'
    for line in [b'hello\n', b'\n', b'tulip and cpython\n', big, b'last line\n']:
        writer.write(line)
        await writer.drain()
        back = await reader.readline()
        if len(back) > 100:
            print('got', len(back), 'bytes, checksum', sum(back) % 65521, 'same:', back == line)
        else:
            print('got', back, 'same:', back == line)
    writer.writelines([b'one\n', b'two\n', b'three\n'])
    print('pipelined:', [await reader.readline() for i in range(3)])
    writer.write_eof()
    print('after write_eof:', await reader.read())
    writer.close()
    await writer.wait_closed()
    print('closed')


asyncio.run(main(int(sys.argv[1])))
