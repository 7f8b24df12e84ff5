#!/usr/bin/env python3

# tcp_charfinder.py (Fluent Python, 1st edition, Examples 18-14 and 18-15) in one file, with the
# part of its charfinder.py that the server uses, and a demo client so that the run comes to an end.
# What changed from the printed listing, and why:
# - async def / await instead of @asyncio.coroutine / yield from, and no loop= argument
#   (Python 3.11 has neither; tcp_charfinder_book.py is the listing as printed).
# - UnicodeNameIndex is defined here (the playground has no second module), without the pickle
#   file it is saved to and the word report; it indexes the blocks of CHAR_RANGES instead of
#   range(32, sys.maxunicode), and splits words without the re module (see tokenize).
# - The server prints the client's host, not its (host, port) peername: the port is chosen by
#   the system, and would make the output differ from run to run.
# - A demo client stands for the user at the telnet prompt (see SERVE_FOREVER).

import sys
import asyncio
import functools
import itertools
import unicodedata
from collections import namedtuple

# Set it to True to keep serving after the demo: then `nc 127.0.0.1 2323` (or telnet) talks to
# the server from the command line, and in the page `npm run bridge -- --reverse 2323` connects a
# real port to it. Hit CTRL-C (the page: Stop) to end.
SERVE_FOREVER = False

# BEGIN CHARFINDER (the part of charfinder.py that tcp_charfinder.py uses)
# The book indexes every character, range(32, sys.maxunicode). The playground's unicodedata
# holds a bounded table of names, so the index covers these blocks, which it holds in full
# (CPython names them the same way): Basic Latin to Latin Extended-A, Letterlike Symbols to
# Mathematical Operators, Box Drawing to Dingbats, Miscellaneous Symbols and Pictographs and
# Emoticons.
CHAR_RANGES = [range(32, 0x180), range(0x2100, 0x2300),
               range(0x2500, 0x2800), range(0x1F300, 0x1F650)]

CharDescription = namedtuple('CharDescription', 'code_str char name')

QueryResult = namedtuple('QueryResult', 'count items')


def tokenize(text):
    """return iterable of uppercased words"""
    # The book: RE_WORD = re.compile(r'\w+') and RE_WORD.finditer(text); the same words
    # (letters, digits, underscore) without the re module, which the playground lacks.
    chars = [c if c.isalnum() or c == '_' else ' ' for c in text]
    for word in ''.join(chars).split():
        yield word.upper()


class UnicodeNameIndex:

    def __init__(self, chars=None):
        self.build_index(chars)

    def build_index(self, chars=None):
        if chars is None:
            chars = (chr(i) for i in itertools.chain(*CHAR_RANGES))
        index = {}
        for char in chars:
            name = unicodedata.name(char, '')
            if not name:
                continue
            for word in name.replace('-', ' ').split():  # tokenize(name), faster
                index.setdefault(word, set()).add(char)

        self.index = index

    def find_chars(self, query, start=0, stop=None):
        stop = sys.maxsize if stop is None else stop
        result_sets = []
        for word in tokenize(query):
            chars = self.index.get(word)
            if chars is None:  # shortcut: no such word
                result_sets = []
                break
            result_sets.append(chars)

        if not result_sets:
            return QueryResult(0, ())

        result = functools.reduce(set.intersection, result_sets)
        result = sorted(result)  # must sort to support start, stop
        result_iter = itertools.islice(result, start, stop)
        return QueryResult(len(result),
                           (char for char in result_iter))

    def describe(self, char):
        code_str = 'U+{:04X}'.format(ord(char))
        name = unicodedata.name(char)
        return CharDescription(code_str, char, name)

    def describe_str(self, char):
        return '{:7}\t{}\t{}'.format(*self.describe(char))

    def find_description_strs(self, query, start=0, stop=None):
        for char in self.find_chars(query, start, stop).items:
            yield self.describe_str(char)

    @staticmethod  # not an instance method due to concurrency
    def status(query, counter):
        if counter == 0:
            msg = 'No match'
        elif counter == 1:
            msg = '1 match'
        else:
            msg = '{} matches'.format(counter)
        return '{} for {!r}'.format(msg, query)
# END CHARFINDER

# BEGIN TCP_CHARFINDER_TOP
CRLF = b'\r\n'
PROMPT = b'?> '

index = UnicodeNameIndex()  # <2>

async def handle_queries(reader, writer):  # <3>
    while True:  # <4>
        writer.write(PROMPT)  # can't await!  # <5>
        await writer.drain()  # must await!  # <6>
        data = await reader.readline()  # <7>
        try:
            query = data.decode().strip()
        except UnicodeDecodeError:  # <8>
            query = '\x00'
        client = writer.get_extra_info('peername')  # <9>
        # the book prints the whole peername, ('127.0.0.1', 54321): its port varies
        print('Received from {}: {!r}'.format(client[0], query))  # <10>
        if query:
            if ord(query[:1]) < 32:  # <11>
                break
            lines = list(index.find_description_strs(query)) # <12>
            if lines:
                writer.writelines(line.encode() + CRLF for line in lines) # <13>
            writer.write(index.status(query, len(lines)).encode() + CRLF) # <14>

            await writer.drain()  # <15>
            print('Sent {} results'.format(len(lines)))  # <16>

    print('Close the client socket')  # <17>
    writer.close()  # <18>
# END TCP_CHARFINDER_TOP

# BEGIN DEMO_CLIENT (not in the book: the user at the telnet prompt)
DEMO_QUERIES = ['chess black', 'sun', "jabberwocky's vest"]

async def demo_client(address, port):
    reader, writer = await asyncio.open_connection(address, port)
    await reader.readuntil(PROMPT)
    for query in DEMO_QUERIES:
        print(PROMPT.decode() + query)  # what the user sees, and types
        writer.write(query.encode() + CRLF)
        data = await reader.readuntil(PROMPT)  # the answer, up to the next prompt
        for line in data[:-len(PROMPT)].decode().splitlines():
            print(line)
    # CTRL-C at the telnet prompt sends IAC IP, b'\xff\xf4', which is not UTF-8: the server
    # takes it for '\x00', a control character, and ends the session (as in the book's run)
    print(PROMPT.decode() + '^C')
    writer.write(b'\xff\xf4' + CRLF)
    await reader.read()  # until the server closes the connection
    print('Connection closed by foreign host.')
    writer.close()
    await writer.wait_closed()
# END DEMO_CLIENT

# BEGIN TCP_CHARFINDER_MAIN
def main(address='127.0.0.1', port=2323):  # <1>
    port = int(port)
    loop = asyncio.get_event_loop()
    server_coro = asyncio.start_server(handle_queries, address, port) # <2>
    server = loop.run_until_complete(server_coro) # <3>

    host = server.sockets[0].getsockname()  # <4>
    print('Serving on {}. Hit CTRL-C to stop.'.format(host))  # <5>
    loop.run_until_complete(demo_client(address, port))  # not in the book
    if SERVE_FOREVER:
        try:
            loop.run_forever()  # <6>
        except KeyboardInterrupt:  # CTRL+C pressed
            pass

    print('Server shutting down.')
    server.close()  # <7>
    loop.run_until_complete(server.wait_closed())  # <8>
    loop.close()  # <9>


if __name__ == '__main__':
    main(*sys.argv[1:])  # <10>
# END TCP_CHARFINDER_MAIN
