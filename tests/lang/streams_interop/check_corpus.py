#!/usr/bin/env python3
"""Determinism check of the streams corpus (tests/lang/streams/*.py) under CPython.

Each program must print the same stdout, exit with the same status and write the same last
stderr line on every run, whatever the hash seed and however loaded the machine is. This script
runs every program:

  1. once as the reference (PYTHONHASHSEED=0);
  2. --runs more times (default 5), cycling PYTHONHASHSEED through 0, 4242 and random;
  3. --runs more times while --load copies (default 4) of the whole corpus run in a loop in the
     background, also cycling the hash seeds.

and reports every program whose stdout, status or last stderr line differs from its reference
(the whole of stderr is compared too, and reported apart, since logged reprs hold fds and paths
and only the last line is compared by tests/lang/test_streams.cpp). It also reports programs
slower than --slow seconds (default 1) in an unloaded run. Exit status: 0 if nothing differs.

  python3 tests/lang/streams_interop/check_corpus.py [--runs 5] [--load 4] [FILE.py ...]

This is plain CPython (not the scenario subset); it uses subprocess and threads freely.
"""
import argparse
import os
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), 'streams')
SEEDS = ['0', '4242', 'random']


def run(python, name, seed, timeout=60):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONUTF8='1', PYTHONIOENCODING='utf-8')
    start = time.monotonic()
    try:
        p = subprocess.run([python, name], cwd=CORPUS, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
        out, err, status = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out, err, status = e.stdout or b'', e.stderr or b'', 124
    elapsed = time.monotonic() - start
    lines = err.rstrip(b'\n').split(b'\n')
    return {'out': out, 'err': err, 'last': lines[-1] if lines else b'', 'status': status,
            'time': elapsed}


def background(python, files, stop, counter):
    i = 0
    while not stop.is_set():
        for name in files:
            if stop.is_set():
                return
            run(python, name, SEEDS[i % 3])
            i += 1
            counter[0] += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--python', default=sys.executable)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--load', type=int, default=4)
    ap.add_argument('--slow', type=float, default=1.0)
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()
    files = args.files or sorted(f for f in os.listdir(CORPUS) if f.endswith('.py'))
    files = [os.path.basename(f) for f in files]

    failures = {}
    stderr_only = {}

    def compare(name, ref, got, label):
        diffs = [k for k in ('out', 'status', 'last') if ref[k] != got[k]]
        if diffs:
            failures.setdefault(name, []).append((label, diffs, got))
        elif ref['err'] != got['err']:
            stderr_only.setdefault(name, []).append(label)

    print(f'{len(files)} programs, python {args.python}', flush=True)
    refs = {}
    total = 0.0
    for name in files:
        refs[name] = run(args.python, name, '0')
        total += refs[name]['time']
        if refs[name]['time'] > args.slow:
            print(f'  slow: {name} took {refs[name]["time"]:.2f} s', flush=True)
    print(f'reference pass: {total:.1f} s', flush=True)

    for i in range(args.runs):
        seed = SEEDS[i % 3]
        for name in files:
            compare(name, refs[name], run(args.python, name, seed), f'quiet run {i} seed={seed}')
    print(f'{args.runs} quiet runs done', flush=True)

    if args.load > 0 and args.runs > 0:
        stop = threading.Event()
        counter = [0]
        threads = []
        for k in range(args.load):
            rotated = files[k * len(files) // args.load:] + files[:k * len(files) // args.load]
            t = threading.Thread(target=background, args=(args.python, rotated, stop, counter))
            t.start()
            threads.append(t)
        try:
            time.sleep(1.0)
            for i in range(args.runs):
                seed = SEEDS[i % 3]
                for name in files:
                    compare(name, refs[name], run(args.python, name, seed),
                            f'loaded run {i} seed={seed}')
        finally:
            stop.set()
            for t in threads:
                t.join()
        print(f'{args.runs} loaded runs done ({counter[0]} background runs alongside)', flush=True)

    for name, labels in sorted(stderr_only.items()):
        print(f'note: {name}: whole stderr differed (last line same) in {len(labels)} run(s)')
    for name, items in sorted(failures.items()):
        print(f'DIFFERS: {name} in {len(items)} run(s)')
        for label, diffs, got in items[:3]:
            print(f'  {label}: {", ".join(diffs)}')
            if 'out' in diffs:
                ref_lines = refs[name]['out'].decode(errors='replace').splitlines()
                got_lines = got['out'].decode(errors='replace').splitlines()
                for a, b in zip(ref_lines + [''] * 99, got_lines + [''] * 99):
                    if a != b:
                        print(f'    expected: {a!r}\n    got:      {b!r}')
                        break
            if 'status' in diffs:
                print(f'    status {refs[name]["status"]} -> {got["status"]}')
            if 'last' in diffs:
                print(f'    last stderr {refs[name]["last"]!r} -> {got["last"]!r}')
    print('OK: every program deterministic' if not failures else
          f'FAILED: {len(failures)} program(s) vary')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
