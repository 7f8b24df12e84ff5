#!/usr/bin/env node
// The peers of the browser page benchmark (run by tests/bench/run.mjs, suite 'Browser page', after
// bench_page.mjs): Pyodide and MicroPython's webassembly build, from their npm packages
// (devDependencies `pyodide` and `@micropython/micropython-webassembly-pyscript`), measured in the
// same headless chromium as the page so that the table can show ratios.
//
// A small page (tests/bench/peers/) loads one peer from a static server on 127.0.0.1 that serves
// the page and the two packages (symlinked into a temporary directory: no CDN, no other host) and
// exposes it as window.peer. The metrics are bench_page.mjs's, measured the same way where the
// peer allows it, one `NAME value` line each:
//
//   W1  KB gzip (level 9) of the runtime: every file the peer fetches from its package to start
//       (Pyodide: pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip,
//       pyodide-lock.json; MicroPython: micropython.mjs, micropython.wasm)
//   W2  KB gzip of the whole first load: every response until the network is idle
//   W3  ms from navigation to the output of print("hello") on the page, best of 3 fresh pages
//   W4  ms of B1 (gather of 10,000 tasks awaiting sleep(0)), timed inside the program
//   W5  ms of B2 (20,000 items through Queue(maxsize=1)); only for a peer whose asyncio has Queue
//       B1 and B2 are the very code of bench_asyncio.py (as bench_page.mjs runs it), but run with
//       a top-level `await` instead of asyncio.run() (neither peer's asyncio.run drives a loop in
//       the page); best of up to RUNS runs in one page within RUNS_BUDGET_MS
//   W6  the largest main-thread gap (ms) of a 5 ms setInterval heartbeat while B1 and B2 run
//   W7  mean and W8 largest |actual - 100 ms| of 30 sequential asyncio.sleep(0.1), measured inside
//       the program with time.monotonic()
// MicroPython's time has neither perf_counter nor monotonic: a prelude defines both as the page's
// performance.now() (the clock Tulip's page uses), and says so on stderr.
//
// Informational, on stderr only: what the peer's Python has (asyncio.Queue, asyncio.wait,
// asyncio.run, threading, socket), whether print('x', end='') reaches the page before the program
// ends (with the peer's default output set-up and with unbuffered output), and what
// web/scenarios/spinner_thread.py does under it.
//
// Usage: node tests/bench/bench_peers.mjs pyodide|micropython [scale]
//   (scale multiplies the B1/B2/W7 counts, as for bench_page.mjs)
//   TULIP_CHROMIUM=path   another chromium than `which chromium`
//
// A benchmark, not a test: every measurement has its own time limit, a metric that cannot be
// measured is left out (the reason on stderr), and the exit status is non-zero only when nothing
// could be measured at all.
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../web/serve.mjs';
import { launchOptions } from '../web/helpers.mjs';
import { asyncioHelpers, freshPage, helloReport, parseValues, underHeartbeat, withTimeout } from './page_common.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const KB = 1000;
const HELLO_PAGES = 3;
const RUNS = 3;
const RUNS_BUDGET_MS = 20_000;
const TOTAL_TIMEOUT_MS = 450_000; // tests/bench/run.mjs gives the program a little more
const LOAD_TIMEOUT_MS = 90_000;
const RUN_TIMEOUT_MS = 120_000;
const CHECK_TIMEOUT_MS = 30_000;

const PEERS = {
  pyodide: { dir: path.join(ROOT, 'node_modules', 'pyodide'), files: ['pyodide.mjs', 'pyodide.asm.wasm'] },
  micropython: {
    dir: path.join(ROOT, 'node_modules', '@micropython', 'micropython-webassembly-pyscript'),
    files: ['micropython.mjs', 'micropython.wasm'],
    // loadMicroPython's defaults (pystack 2048, heap 1 MiB) cannot run B1: gather(*10,000 tasks)
    // exhausts the pystack. When they fail, the runs are made again with these (noted on stderr).
    enlarged: {
      query: '&pystack=65536&heapsize=33554432',
      what: 'pystack 65536, heapsize 32 MiB',
      fails: /pystack exhausted|MemoryError/,
    },
  },
};

/** The runs failed with the peer's default configuration in a way that a larger one may fix. */
class NeedsEnlarged extends Error {}

const peerName = process.argv[2];
const scale = process.argv[3] === undefined ? 1 : Number(process.argv[3]);

function fail(message) {
  console.error(`bench_peers: ${message}`);
  process.exit(1);
}

const note = (message) => console.error(`bench_peers: ${peerName}: ${message}`);

if (!PEERS[peerName]) fail(`usage: node tests/bench/bench_peers.mjs pyodide|micropython [scale]`);
if (!(scale > 0)) fail(`the scale must be a positive number, got '${process.argv[3]}'`);
const PEER = PEERS[peerName];

// --- the programs ------------------------------------------------------------------------------

const n = (count) => Math.max(1, Math.floor(count * scale));

// For a time module without perf_counter/monotonic (MicroPython's): the page's clock.
const CLOCK_PRELUDE = `import time
if not hasattr(time, "perf_counter") or not hasattr(time, "monotonic"):
    import js

    def _page_clock():
        return js.performance.now() / 1000

    time.perf_counter = _page_clock
    time.monotonic = _page_clock
`;

const b1b2Source = (withB2) => `${CLOCK_PRELUDE}
${asyncioHelpers()}
async def page_main():
    await timed("B1", b1, ${n(10_000)})
${withB2 ? `    await timed("B2", b2, ${n(20_000)})\n` : ''}

await page_main()
`;

const SLEEPS_SOURCE = `${CLOCK_PRELUDE}
import asyncio
import time


async def main(n):
    deviations = []
    for _ in range(n):
        t0 = time.monotonic()
        await asyncio.sleep(0.1)
        deviations.append(abs((time.monotonic() - t0) * 1000 - 100))
    print("W7", round(sum(deviations) / len(deviations), 3))
    print("W8", round(max(deviations), 3))


await main(${n(30)})
`;

const FEATURES_SOURCE = `import time


def has(module, name=None):
    try:
        m = __import__(module)
    except ImportError:
        return False
    return name is None or hasattr(m, name)


for module, name in [("asyncio", "Queue"), ("asyncio", "wait"), ("asyncio", "run"), ("threading", None),
                     ("socket", None), ("time", "perf_counter"), ("time", "monotonic")]:
    print("has", module + ("." + name if name else ""), has(module, name))
`;

const STREAM_SOURCE = `import asyncio
print("x", end="")
await asyncio.sleep(1)
print("done")
`;

function checkResult(what, result) {
  if (!result.ok) throw new Error(`${what} failed: ${result.error}\n${result.stdout}`);
}

// --- the browser -------------------------------------------------------------------------------

const pageUrl = (base, query = '') => `${base}?peer=${peerName}${query}`;

async function openAndWait(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.peer !== undefined);
  const info = await withTimeout(
    page.evaluate(() => window.peer.ready),
    LOAD_TIMEOUT_MS,
    'loading the interpreter',
  );
  return info;
}

// W1, W2: the responses of a first load, gzipped.
async function measureLoad(browser, base) {
  const { page, close } = await freshPage(browser, note);
  try {
    const responses = [];
    page.on('response', (response) => responses.push(response));
    const info = await openAndWait(page, pageUrl(base));
    note(`version ${info.version.split('\n')[0]}`);
    await page.waitForLoadState('networkidle');
    let total = 0;
    let runtime = 0;
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const gz = gzipSync(body, { level: 9 }).length;
      const where = new URL(response.url()).pathname;
      total += gz;
      const inPackage = where.startsWith(`/${peerName}/`);
      if (inPackage) runtime += gz;
      note(
        `${(gz / KB).toFixed(1).padStart(7)} KB gzip ${(body.length / KB).toFixed(1).padStart(8)} KB raw  ${where}${inPackage ? '  (runtime)' : ''}`,
      );
    }
    if (runtime === 0) throw new Error(`the first load fetched nothing from /${peerName}/`);
    return { W1: runtime / KB, W2: total / KB };
  } finally {
    await close();
  }
}

// W3: navigation to hello; the page runs print("hello") as soon as the interpreter is ready.
async function measureHello(browser, base) {
  const times = [];
  for (let i = 0; i < HELLO_PAGES; i++) {
    const { page, close } = await freshPage(browser, note);
    try {
      const reported = helloReport(page, LOAD_TIMEOUT_MS);
      await page.goto(pageUrl(base, '&hello=1'), { waitUntil: 'commit' });
      const hello = await reported;
      if (hello.error) throw new Error(`print("hello") failed: ${hello.error}`);
      checkResult('print("hello")', hello.result);
      if (hello.result.stdout !== 'hello\n')
        throw new Error(`print("hello") printed ${JSON.stringify(hello.result.stdout)}`);
      times.push(hello.at);
    } finally {
      await close();
    }
  }
  note(`W3: hello after ${times.map((ms) => ms.toFixed(0)).join(', ')} ms from navigation`);
  return { W3: Math.min(...times) };
}

const runIn = (page, source, what, timeout = RUN_TIMEOUT_MS) =>
  withTimeout(
    page.evaluate((src) => window.peer.run(src), source),
    timeout,
    what,
  );

// What the peer's Python has; informational, except that W5 needs asyncio.Queue.
let featuresNoted = false;
async function probeFeatures(page) {
  const result = await runIn(page, FEATURES_SOURCE, 'the feature probe', CHECK_TIMEOUT_MS);
  checkResult('the feature probe', result);
  const features = {};
  for (const line of result.stdout.split('\n')) {
    const m = /^has (\S+) (True|False)$/.exec(line.trim());
    if (m) features[m[1]] = m[2] === 'True';
  }
  if (featuresNoted) return features;
  featuresNoted = true;
  const list = (want) =>
    Object.keys(features)
      .filter((k) => features[k] === want)
      .join(', ') || 'none';
  note(`has ${list(true)}; lacks ${list(false)}`);
  if (!features['time.perf_counter'] || !features['time.monotonic']) {
    note('time.perf_counter/time.monotonic are missing: the programs define them as performance.now() / 1000');
  }
  return features;
}

// W4, W5, W6 (B1 and B2 under a heartbeat), W7, W8: in one page, once it is loaded.
async function measureRuns(browser, base, values, query = '') {
  const { page, close } = await freshPage(browser, note);
  try {
    await openAndWait(page, pageUrl(base, query));
    await page.waitForTimeout(1500);
    const features = await probeFeatures(page);
    const withB2 = features['asyncio.Queue'] === true;
    if (!withB2 && query === '')
      note('W5 not measured: its asyncio has no Queue, so B2 cannot run (W6 covers B1 only)');
    const best = { W4: Infinity, W5: Infinity, W6: 0 };
    const started = Date.now();
    const source = b1b2Source(withB2);
    try {
      for (let i = 0; i < RUNS && (i === 0 || Date.now() - started < RUNS_BUDGET_MS); i++) {
        const { result, maxGap } = await withTimeout(
          underHeartbeat(page, (src) => window.peer.run(src), source),
          RUN_TIMEOUT_MS,
          'B1/B2',
        );
        checkResult('B1/B2', result);
        const got = parseValues(result.stdout);
        if (got.B1 === undefined || (withB2 && got.B2 === undefined)) {
          throw new Error(`B1/B2 printed no timings:\n${result.stdout}`);
        }
        note(
          `run ${i + 1}: B1 ${got.B1} ms${withB2 ? `, B2 ${got.B2} ms` : ''}, heartbeat gap ${maxGap.toFixed(1)} ms, run ${result.ms.toFixed(0)} ms`,
        );
        best.W4 = Math.min(best.W4, got.B1);
        if (withB2) best.W5 = Math.min(best.W5, got.B2);
        best.W6 = Math.max(best.W6, maxGap);
        values.W4 = best.W4;
        if (withB2) values.W5 = best.W5;
        values.W6 = best.W6;
        await page.waitForTimeout(200);
      }
    } catch (error) {
      if (values.W4 === undefined && query === '' && PEER.enlarged?.fails.test(error.message)) {
        throw new NeedsEnlarged(error.message);
      }
      note(`W4/W5/W6 not measured (or only partly): ${error.message}`);
    }
    try {
      const result = await runIn(page, SLEEPS_SOURCE, 'the sleeps');
      checkResult('the sleeps', result);
      const got = parseValues(result.stdout);
      if (got.W7 === undefined || got.W8 === undefined) throw new Error(`the sleeps printed:\n${result.stdout}`);
      values.W7 = got.W7;
      values.W8 = got.W8;
    } catch (error) {
      note(`W7/W8 not measured: ${error.message}`);
    }
  } finally {
    await close();
  }
}

// Informational: does print("x", end="") reach the page while the program still runs?
async function checkStreaming(browser, base, mode) {
  const { page, close } = await freshPage(browser, note);
  try {
    await openAndWait(page, pageUrl(base, mode === 'raw' ? '&stdout=raw' : ''));
    const result = await runIn(page, STREAM_SOURCE, 'the streaming check', CHECK_TIMEOUT_MS);
    checkResult('the streaming check', result);
    const first = result.chunks.find(([, text]) => text.includes('x'));
    const how = mode === 'raw' ? 'unbuffered output' : 'its default output set-up';
    if (!first) {
      note(`streaming (${how}): print("x", end="") never reached the page (${JSON.stringify(result.stdout)})`);
      return;
    }
    const at = first[0] - result.started;
    const streamed = at < result.ms - 500; // before the program's 1 s sleep was over
    note(
      `streaming (${how}): print("x", end="") reached the page after ${at.toFixed(0)} ms of a ` +
        `${result.ms.toFixed(0)} ms program: ${streamed ? 'streamed' : 'held back until the end'}`,
    );
  } finally {
    await close();
  }
}

// Informational: what web/scenarios/spinner_thread.py does under the peer.
async function checkSpinner(browser, base) {
  const file = path.join(ROOT, 'web', 'scenarios', 'spinner_thread.py');
  if (!existsSync(file)) return;
  const { page, close } = await freshPage(browser, note);
  try {
    await openAndWait(page, pageUrl(base));
    const result = await runIn(page, readFileSync(file, 'utf8'), 'spinner_thread.py', CHECK_TIMEOUT_MS);
    if (result.ok) {
      note(
        `spinner_thread.py ran in ${result.ms.toFixed(0)} ms; its output: ${JSON.stringify(result.stdout.slice(-120))}`,
      );
    } else {
      const lines = String(result.error).trim().split('\n');
      note(`spinner_thread.py cannot run: ${lines[lines.length - 1]}`);
    }
  } finally {
    await close();
  }
}

const values = {};

function printValues() {
  const digits = { W7: 3, W8: 3 };
  let printed = 0;
  for (const name of ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8']) {
    if (values[name] === undefined || !Number.isFinite(values[name])) continue;
    console.log(`${name} ${Number(values[name].toFixed(digits[name] ?? 1))}`);
    printed++;
  }
  return printed;
}

async function step(what, fn) {
  try {
    await fn();
  } catch (error) {
    note(`${what} not measured: ${error?.message ?? error}`);
  }
}

async function main() {
  for (const file of PEER.files) {
    if (!existsSync(path.join(PEER.dir, file))) {
      fail(`${path.join(PEER.dir, file)} is missing: install the devDependencies (npm install)`);
    }
  }
  // The served tree: the peer page and the two packages, nothing else of the repository.
  const root = mkdtempSync(path.join(tmpdir(), 'tulip-bench-peers-'));
  symlinkSync(path.join(HERE, 'peers', 'index.html'), path.join(root, 'index.html'));
  symlinkSync(path.join(HERE, 'peers', 'peer.mjs'), path.join(root, 'peer.mjs'));
  symlinkSync(PEER.dir, path.join(root, peerName));

  let server = null;
  let browser = null;
  const watchdog = setTimeout(() => {
    note(`gave up after ${TOTAL_TIMEOUT_MS / 1000} s`);
    const printed = printValues();
    rmSync(root, { recursive: true, force: true });
    process.exit(printed > 0 ? 0 : 1);
  }, TOTAL_TIMEOUT_MS);
  try {
    server = await startStaticServer({ root });
    browser = await chromium.launch(launchOptions());
    await step('W1/W2', async () => Object.assign(values, await measureLoad(browser, server.url)));
    await step('W3', async () => Object.assign(values, await measureHello(browser, server.url)));
    await step('W4-W8', async () => {
      try {
        await measureRuns(browser, server.url, values);
      } catch (error) {
        if (!(error instanceof NeedsEnlarged)) throw error;
        const lines = error.message.trim().split('\n');
        note(
          `B1/B2 fail with the default configuration (${lines[lines.length - 1]}): measuring W4-W8 again with ${PEER.enlarged.what}`,
        );
        await measureRuns(browser, server.url, values, PEER.enlarged.query);
      }
    });
    await step('the streaming check', () => checkStreaming(browser, server.url, 'default'));
    await step('the streaming check', () => checkStreaming(browser, server.url, 'raw'));
    await step('the spinner_thread.py check', () => checkSpinner(browser, server.url));
  } finally {
    clearTimeout(watchdog);
    if (browser) await browser.close().catch(() => {});
    if (server) await server.close();
    rmSync(root, { recursive: true, force: true });
  }
  if (printValues() === 0) fail(`${peerName}: nothing could be measured`);
}

try {
  await main();
} catch (error) {
  fail(error?.stack ?? String(error));
}
