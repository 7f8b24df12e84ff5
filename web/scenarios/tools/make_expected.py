"""Regenerate expected/<id>.out and expected/<id>.status from CPython 3.11 (see ../README.md).

    python3 tools/make_expected.py [ID ...]

- a modern scenario that CPython prints the same way every run: python3's stdout (three runs must
  agree);
- a timing-dependent one (the spinners): its run under tools/virtual_clock.py, i.e. what a virtual
  clock prints exactly (a normal CPython run prints the same unless the machine is slow);
- another non-deterministic one (wait_done: set order): a normal python3 run;
- a book listing: its modern twin's output, with the twin's file name and line in coroutine reprs
  (`coro=<spin() running at spinner_asyncio.py:6>`) replaced by the book file's own.
Stdout is stored with the scenarios' absolute directory removed (python3 names the script by its
absolute path), as tests/lang/test_gallery.cpp compares it.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECTED = os.path.join(HERE, 'expected')
VIRTUAL_CLOCK = {'spinner_thread', 'spinner_thread_cr', 'spinner_asyncio', 'spinner_asyncio_cr'}


def run(argv):
    env = dict(os.environ, PYTHONUTF8='1', PYTHONIOENCODING='utf-8')
    p = subprocess.run(argv, cwd=HERE, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env,
                       timeout=120)
    out = p.stdout
    for d in {HERE, os.path.realpath(HERE)}:
        out = out.replace((d + '/').encode(), b'')
    return out, p.returncode


def def_line(path, name):
    """The line CPython reports for a function not yet started: its first decorator, else its def."""
    lines = open(path, encoding='utf-8').read().split('\n')
    for i, line in enumerate(lines):
        if re.match(r'\s*(async\s+)?def\s+' + re.escape(name) + r'\b', line):
            while i > 0 and lines[i - 1].lstrip().startswith('@'):
                i -= 1
            return i + 1
    raise SystemExit(f'{path}: no def {name}')


def main():
    index = json.load(open(os.path.join(HERE, 'index.json'), encoding='utf-8'))
    only = set(sys.argv[1:])
    results = {}
    # modern scenarios first: the book listings take their twins' output
    for e in sorted((e for e in index if e['available']), key=lambda e: e['book']):
        sid, f = e['id'], e['file']
        if only and sid not in only and not (e['book'] and e['twin'] in only):
            continue
        if e['book']:
            twin = next(t for t in index if t['id'] == e['twin'])
            out, status = results.get(twin['id']) or (
                open(os.path.join(EXPECTED, twin['id'] + '.out'), 'rb').read(),
                int(open(os.path.join(EXPECTED, twin['id'] + '.status')).read()))

            def relocate(m):
                return f'{m.group(1)}() running at {f}:{def_line(os.path.join(HERE, f), m.group(1))}'

            text = re.sub(re.escape(twin['file']).join([r'(\w+)\(\) running at ', r':\d+']),
                          relocate, out.decode('utf-8'))
            out = text.encode('utf-8')
        elif sid in VIRTUAL_CLOCK:
            out, status = run([sys.executable, os.path.join('tools', 'virtual_clock.py'), f])
        elif e['cpython_deterministic']:
            runs = [run([sys.executable, f]) for _ in range(3)]
            if any(r != runs[0] for r in runs):
                raise SystemExit(f'{sid}: python3 printed different outputs; is it deterministic?')
            out, status = runs[0]
        else:
            out, status = run([sys.executable, f])
        results[sid] = (out, status)
        with open(os.path.join(EXPECTED, sid + '.out'), 'wb') as o:
            o.write(out)
        with open(os.path.join(EXPECTED, sid + '.status'), 'w') as o:
            o.write(f'{status}\n')
        print(f'{sid}: {len(out)} bytes, status {status}')


if __name__ == '__main__':
    main()
