# The streams benchmark: echo round trips between a client and a server of the same program,
# one short line at a time (write, then readline). The same file runs under `tulip run` and
# python3 over TCP on 127.0.0.1 (S1, S1rate), and under `tulip run --clock=virtual loopback`
# over the in-process loopback (S2, S2rate; the virtual clock stands still, so it is timed with
# the process's CPU time, which is all a loopback round trip costs). Prints NAME value lines.
import asyncio
import sys
import time

ROUND_TRIPS = 20_000
LINE = b'x' * 31 + b'\n'


async def echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
    writer.close()


async def main(names, clock, n):
    server = await asyncio.start_server(echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for _ in range(100):  # warm up
        writer.write(LINE)
        await reader.readline()
    t0 = clock()
    for _ in range(n):
        writer.write(LINE)
        await reader.readline()
    elapsed = clock() - t0
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(names[0], round(elapsed / n * 1e6, 2))
    print(names[1], round(n / elapsed))


if __name__ == '__main__':
    args = sys.argv[1:]
    numbers = [a for a in args if a != 'loopback']
    scale = float(numbers[0]) if numbers else 1.0  # run.mjs's --scale
    n = max(100, int(ROUND_TRIPS * scale))
    if 'loopback' in args:
        asyncio.run(main(('S2', 'S2rate'), time.process_time, n))
    else:
        asyncio.run(main(('S1', 'S1rate'), time.perf_counter, n))
