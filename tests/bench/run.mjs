#!/usr/bin/env node
// Benchmark driver (`npm run bench`).
//
// Runs every program of every suite once, one after the other (never in
// parallel, so they do not compete for cores), parses their `NAME value`
// stdout lines and prints a comparison table against Tulip plus the targets.
//
// Usage: node tests/bench/run.mjs [--scale X] [--json FILE] [--suite TEXT]
//   --scale X    pass scale factor X (multiplies operation counts) to every program
//   --json FILE  also write {"M1": {"tulip": v, "asio": v, "cpython": v}, ...}
//   --suite TEXT only run the suites whose title contains TEXT (case-insensitive; repeatable)
//
// Benchmarks report numbers; they are not tests. The exit status is non-zero
// only when a program is missing, fails, or prints no value for a metric,
// never because a target is missed.
//
// Adding a benchmark group: append a suite to SUITES below. Each suite lists
// the programs to run (the first is the baseline the others are compared to)
// and the metrics expected from their output, with unit and Tulip target (a metric
// without `target` is reported only). A program may set `timeout` (ms): if it runs
// longer it is killed and its rows are reported as failed. A program with `partial: true`
// (a peer that cannot run every benchmark) may leave metrics out: they show as '-' and do
// not make the exit status non-zero.

import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const BUILD = path.join(ROOT, 'build/release');

const SUITES = [
  {
    title: 'Scheduler core',
    programs: [
      // `binary: true` means: built by CMake; check it exists before running.
      { name: 'tulip', command: [path.join(BUILD, 'tulip_bench')], binary: true },
      { name: 'asio', command: [path.join(BUILD, 'tulip_bench_asio')], binary: true },
      { name: 'cpython', command: ['python3', path.join(HERE, 'bench_cpython.py')] },
    ],
    metrics: [
      { name: 'M1', unit: 'ns/op', target: 250, what: 'spawn + complete a task' },
      { name: 'M2q', unit: 'ns/op', target: 60, what: 'item through a capacity-1 queue' },
      { name: 'M2y', unit: 'ns/op', target: 30, what: 'yield to the scheduler' },
      { name: 'M3', unit: 'ns/op', target: 700, what: 'timer insert + fire in order' },
      { name: 'M4', unit: 'B/task', target: 256, what: 'memory per suspended task' },
    ],
  },
  {
    // The same Python file under both interpreters; targets relative to CPython (`per`).
    title: 'Scenario language (tulip run vs python3)',
    programs: [
      {
        name: 'tulip',
        command: [path.join(BUILD, 'tulip'), 'run', path.join(HERE, 'bench_lang.py')],
        binary: true,
      },
      { name: 'cpython', command: ['python3', path.join(HERE, 'bench_lang.py')] },
    ],
    metrics: [
      { name: 'L1', unit: 'ms', target: 2, per: 'cpython', what: 'recursive fib(27)' },
      { name: 'L2', unit: 'ms', target: 1, per: 'cpython', what: '10,000,000-iteration loop' },
      { name: 'L3', unit: 'ms', target: 2, per: 'cpython', what: 'string building, formatting' },
      { name: 'L4', unit: 'ms', target: 2, per: 'cpython', what: 'dict-heavy word count' },
      { name: 'L5', unit: 'ms', target: 1, per: 'cpython', what: 'method calls on instances' },
    ],
  },
  {
    // asyncio on the real clock (no --clock=virtual): the same file under both interpreters.
    title: 'asyncio (tulip run vs python3)',
    programs: [
      {
        name: 'tulip',
        command: [path.join(BUILD, 'tulip'), 'run', path.join(HERE, 'bench_asyncio.py')],
        binary: true,
        timeout: 300_000,
      },
      { name: 'cpython', command: ['python3', path.join(HERE, 'bench_asyncio.py')], timeout: 300_000 },
    ],
    metrics: [
      { name: 'B1', unit: 'ms', target: 1, per: 'cpython', what: 'gather of 10,000 tasks awaiting sleep(0)' },
      { name: 'B2', unit: 'ms', target: 1, per: 'cpython', what: '20,000 items through Queue(maxsize=1)' },
      { name: 'B3', unit: 'ms', target: 1, what: 'mean |sleep(0.1) - 100 ms| over 30 sleeps' },
      // Reported only: no target.
      { name: 'B3max', unit: 'ms', what: 'largest |sleep(0.1) - 100 ms| over 30 sleeps' },
    ],
  },
  {
    // Echo round trips, one 32-byte line at a time, client and server in one program, over TCP on
    // 127.0.0.1 under both interpreters (S1); the next suite runs it over Tulip's in-process
    // loopback (S2: what the page uses for a scenario's own server; CPython has none).
    title: 'Streams (tulip run vs python3)',
    programs: [
      {
        name: 'tulip',
        command: [path.join(BUILD, 'tulip'), 'run', path.join(HERE, 'bench_streams.py')],
        binary: true,
        timeout: 120_000,
      },
      { name: 'cpython', command: ['python3', path.join(HERE, 'bench_streams.py')], timeout: 120_000 },
    ],
    metrics: [
      { name: 'S1', unit: 'us/rt', target: 0.5, per: 'cpython', what: 'TCP echo round trip (target: 2x CPython)' },
      { name: 'S1rate', unit: 'rt/s', what: 'TCP echo round trips per second' },
    ],
  },
  {
    title: 'Streams over the loopback (tulip run --clock=virtual)',
    programs: [
      {
        name: 'tulip',
        command: [path.join(BUILD, 'tulip'), 'run', '--clock=virtual', path.join(HERE, 'bench_streams.py'), 'loopback'],
        binary: true,
        timeout: 120_000,
      },
    ],
    metrics: [
      { name: 'S2', unit: 'us/rt', what: 'loopback echo round trip (CPU time)' },
      { name: 'S2rate', unit: 'rt/s', what: 'loopback echo round trips per second' },
    ],
  },
  {
    // The built site (dist/) in headless chromium, driven through window.tulip, then its two
    // peers in the same chromium, from their npm packages (devDependencies): Pyodide and
    // MicroPython's webassembly build (bench_peers.mjs; W1 there is every file the peer's
    // package serves to start). The targets are Tulip's; the peer/tulip columns are the ratios.
    // MicroPython has no asyncio.Queue, so no W5 (B2), and its W6 covers B1 only; its default
    // pystack cannot hold gather(*10,000 tasks), so its W4, W6-W8 come from a page with a larger
    // pystack and heap. A ratio above 1x means that Tulip is ahead.
    title: 'Browser page',
    programs: [
      { name: 'tulip', command: ['node', path.join(HERE, 'bench_page.mjs')], timeout: 480_000 },
      {
        name: 'pyodide',
        command: ['node', path.join(HERE, 'bench_peers.mjs'), 'pyodide'],
        timeout: 480_000,
        partial: true,
      },
      {
        name: 'micropython',
        command: ['node', path.join(HERE, 'bench_peers.mjs'), 'micropython'],
        timeout: 480_000,
        partial: true,
      },
    ],
    metrics: [
      { name: 'W1', unit: 'KB', target: 250, what: 'gzip size of the runtime (wasm + glue chunk)' },
      { name: 'W2', unit: 'KB', target: 700, what: 'gzip size of the whole first load' },
      { name: 'W3', unit: 'ms', target: 150, what: 'navigation to the output of print("hello")' },
      { name: 'W4', unit: 'ms', target: 100, what: 'B1 in the page (real clock)' },
      { name: 'W5', unit: 'ms', target: 120, what: 'B2 in the page (real clock)' },
      { name: 'W6', unit: 'ms', target: 50, what: 'largest main-thread gap during B1 and B2' },
      { name: 'W7', unit: 'ms', target: 1, what: 'mean |sleep(0.1) - 100 ms| over 30 sleeps in the page' },
      { name: 'W8', unit: 'ms', target: 5, what: 'largest |sleep(0.1) - 100 ms| over 30 sleeps in the page' },
      // The peers cannot run it: Pyodide and MicroPython have no asyncio streams in the browser.
      { name: 'W9', unit: 'rt/s', what: 'loopback echo round trips per second in the page (bench_streams.py)' },
    ],
  },
];

function parseArgs(argv) {
  const opts = { scale: null, json: null, suites: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--scale') {
      const s = value();
      if (!(Number(s) > 0)) usage(`--scale must be a positive number, got '${s}'`);
      opts.scale = s;
    } else if (arg === '--json') {
      opts.json = value();
    } else if (arg === '--suite') {
      opts.suites.push(value().toLowerCase());
    } else if (arg === '-h' || arg === '--help') {
      usage();
    } else {
      usage(`unknown argument '${arg}'`);
    }
  }
  return opts;
}

function usage(error) {
  const text = 'usage: node tests/bench/run.mjs [--scale X] [--json FILE] [--suite TEXT]';
  if (error) {
    console.error(`run.mjs: ${error}\n${text}`);
    process.exit(2);
  }
  console.log(text);
  process.exit(0);
}

// Runs one program; returns {NAME: number} or null if it failed to run.
function runProgram(program, scale) {
  const [cmd, ...args] = program.command;
  if (scale !== null) args.push(scale);
  console.error(
    `bench: running ${path.relative(ROOT, cmd) || cmd} ${args.map((a) => (path.isAbsolute(a) ? path.relative(ROOT, a) || a : a)).join(' ')}`.trimEnd(),
  );
  const result = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    timeout: program.timeout, // milliseconds; undefined means no limit
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) {
    console.error(`bench: ${program.name}: could not run ${cmd}: ${result.error.message}`);
    return null;
  }
  if (result.status !== 0) {
    const how = result.signal ? `signal ${result.signal}` : `exit status ${result.status}`;
    console.error(`bench: ${program.name}: failed with ${how}`);
    return null;
  }
  const values = {};
  for (const line of result.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const m = /^(\S+)\s+(\S+)$/.exec(line.trim());
    if (m && Number.isFinite(Number(m[2]))) values[m[1]] = Number(m[2]);
    else console.error(`bench: ${program.name}: ignoring unexpected output line: ${line}`);
  }
  return values;
}

const fmtValue = (v) => (v === undefined ? '-' : v.toFixed(1));
// Two significant digits below 0.1 (a peer far ahead of Tulip), else one decimal.
const fmtRatio = (v, base) => {
  if (v === undefined || base === undefined || base <= 0) return '-';
  const r = v / base;
  return `${r > 0 && r < 0.1 ? r.toPrecision(2) : r.toFixed(1)}x`;
};

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

function runSuite(suite, scale, json) {
  const missing = suite.programs.filter((p) => p.binary && !existsSync(p.command[0]));
  if (missing.length > 0) {
    for (const p of missing) {
      console.error(
        `bench: ${path.relative(ROOT, p.command[0])} not found; build first ` +
          '(configure and build the CMake release build in build/release).',
      );
    }
    return false;
  }

  let ok = true;
  const results = {};
  for (const program of suite.programs) {
    results[program.name] = runProgram(program, scale) ?? {};
    if (Object.keys(results[program.name]).length === 0) ok = false;
  }

  const [base, ...others] = suite.programs.map((p) => p.name);
  const header = ['benchmark', 'unit', base, ...others, ...others.map((o) => `${o}/${base}`), 'target', 'status'];
  const rows = [header];
  for (const metric of suite.metrics) {
    const v = Object.fromEntries(suite.programs.map((p) => [p.name, results[p.name][metric.name]]));
    for (const p of suite.programs) {
      if (v[p.name] === undefined && Object.keys(results[p.name]).length > 0 && !p.partial) {
        console.error(`bench: ${p.name}: no value for ${metric.name}`);
        ok = false;
      } else if (v[p.name] === undefined && Object.keys(results[p.name]).length > 0) {
        console.error(`bench: ${p.name}: no value for ${metric.name} (shown as '-')`);
      }
    }
    // An absolute target, or (with `per`) at most `target` times the peer's value; none: report only.
    const limit =
      metric.target === undefined ? NaN : metric.per ? (v[metric.per] ?? NaN) * metric.target : metric.target;
    const status = v[base] === undefined ? 'failed' : Number.isNaN(limit) ? '' : v[base] <= limit ? 'ok' : 'over';
    rows.push([
      metric.name,
      metric.unit,
      ...[base, ...others].map((n) => fmtValue(v[n])),
      ...others.map((o) => fmtRatio(v[o], v[base])),
      metric.target === undefined ? '-' : metric.per ? `<= ${metric.target}x ${metric.per}` : `<= ${metric.target}`,
      status,
    ]);
    json[metric.name] = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x ?? null]));
  }

  console.log(`\n${suite.title}${scale !== null ? ` (scale ${scale})` : ''}`);
  printTable(rows);
  return ok;
}

const opts = parseArgs(process.argv.slice(2));
const json = {};
let ok = true;
const chosen = SUITES.filter(
  (s) => opts.suites.length === 0 || opts.suites.some((t) => s.title.toLowerCase().includes(t)),
);
if (chosen.length === 0) usage(`no suite matches ${opts.suites.map((t) => `'${t}'`).join(', ')}`);
for (const suite of chosen) {
  if (!runSuite(suite, opts.scale, json)) ok = false;
}
if (opts.json) {
  writeFileSync(opts.json, JSON.stringify(json, null, 2) + '\n');
  console.error(`bench: wrote ${opts.json}`);
}
process.exit(ok ? 0 : 1);
