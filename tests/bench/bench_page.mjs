#!/usr/bin/env node
// The browser page benchmark (run by tests/bench/run.mjs, suite 'Browser page').
//
// Serves the built site (dist/) on 127.0.0.1, drives it in Debian's chromium through
// playwright-core (the launch options of tests/web/helpers.mjs) and its window.tulip hook
// (web/src/automation.ts), and prints one `NAME value` line per metric:
//
//   W1  KB gzip (level 9) of the runtime: the .wasm plus the JS chunk that holds the emscripten
//       glue. When the glue is bundled into the page's entry chunk (as now: vite inlines
//       web/src/runtime/wasm/tulip.mjs into index-*.js), it cannot be told apart from the app's
//       own code, so W1 counts the .wasm only (a note says so on stderr).
//   W2  KB gzip of the whole first load: every response until the network is idle
//   W3  ms from navigation to the output of print("hello") (virtual clock), best of 3 fresh pages
//   W4  ms of B1 (gather of 10,000 tasks awaiting sleep(0)), real clock, timed by the program
//   W5  ms of B2 (20,000 items through Queue(maxsize=1)), likewise
//       B1 and B2 are the very code of bench_asyncio.py, timed inside the event loop as the CLI
//       bench does (its `timed` helper); the best of up to RUNS runs in one page (no further run
//       once RUNS_BUDGET_MS have been spent, so that a slow page does not make the bench crawl)
//   W6  the largest main-thread gap (ms) seen by a 5 ms setInterval heartbeat while B1 and B2 run
//       (the largest over all those runs)
//   W9  loopback echo round trips per second: bench_streams.py run in the page (real clock)
//   W7  mean and W8 largest |actual - 100 ms| of 30 sequential asyncio.sleep(0.1) under the real
//       clock, measured inside the program with time.monotonic() (the page's clock), as B3 does
//
// Usage: node tests/bench/bench_page.mjs [scale]     (scale multiplies the B1/B2/W7 counts)
//   TULIP_WEB_DIST=path   another build of the site than dist/
//   TULIP_CHROMIUM=path   another chromium than `which chromium`
//
// A benchmark, not a test: the exit status is non-zero only when something fails to run.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../web/serve.mjs';
import { launchOptions } from '../web/helpers.mjs';
import { asyncioHelpers, freshPage, HELLO_TAG, helloReport, parseValues, underHeartbeat } from './page_common.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(process.env.TULIP_WEB_DIST ?? path.join(HERE, '..', '..', 'dist'));
const KB = 1000;
const HELLO_PAGES = 3;
const RUNS = 3;
const RUNS_BUDGET_MS = 20_000;
const TOTAL_TIMEOUT_MS = 450_000; // tests/bench/run.mjs gives the program a little more

const scale = process.argv[2] === undefined ? 1 : Number(process.argv[2]);
if (!(scale > 0)) fail(`the scale must be a positive number, got '${process.argv[2]}'`);

function fail(message) {
  console.error(`bench_page: ${message}`);
  process.exit(1);
}

const note = (message) => console.error(`bench_page: ${message}`);

// --- the programs ------------------------------------------------------------------------------

const n = (count) => Math.max(1, Math.floor(count * scale));

const B1_B2_SOURCE = `${asyncioHelpers()}
async def page_main():
    await timed("B1", b1, ${n(10_000)})
    await timed("B2", b2, ${n(20_000)})


asyncio.run(page_main())
`;

// W9: bench_streams.py itself; in the page its server and client meet on the loopback.
const STREAMS_SOURCE = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench_streams.py'),
  'utf8',
);

const SLEEPS_SOURCE = `import asyncio
import time


async def main(n):
    deviations = []
    for _ in range(n):
        t0 = time.monotonic()
        await asyncio.sleep(0.1)
        deviations.append(abs((time.monotonic() - t0) * 1000 - 100))
    print("W7", round(sum(deviations) / len(deviations), 3))
    print("W8", round(max(deviations), 3))


asyncio.run(main(${n(30)}))
`;

function checkResult(what, result) {
  if (result.exitCode !== 0 || result.stopped) {
    throw new Error(`${what} failed (exit code ${result.exitCode}):\n${result.stderr || result.stdout}`);
  }
}

// --- the browser -------------------------------------------------------------------------------

async function openAndWait(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.tulip !== undefined);
  await page.evaluate(() => window.tulip.ready);
  await page.evaluate(() => window.tulip.loaded);
  if (await page.evaluate(() => window.tulip.runtimeInfo().fake)) {
    throw new Error('the page runs the fake runtime: build the wasm runtime (npm run build:wasm) and the site');
  }
}

// W1, W2: the responses of a first load, gzipped.
async function measureLoad(browser, url) {
  const { context, page } = await freshPage(browser, note);
  try {
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await openAndWait(page, url);
    await page.waitForLoadState('networkidle');
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => path.basename(m[1]));
    let total = 0;
    let wasm = 0;
    let glue = null;
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const gz = gzipSync(body, { level: 9 }).length;
      const name = path.basename(new URL(response.url()).pathname);
      total += gz;
      note(`${(gz / KB).toFixed(1).padStart(7)} KB gzip  ${response.url().replace(url, '') || '(index.html)'}`);
      if (name.endsWith('.wasm')) wasm += gz;
      // The emscripten glue: the factory's name, or its hook for tulip_js_wait.
      else if (name.endsWith('.js') && /createTulipModule|tulipWait/.test(body.toString('utf8'))) {
        glue = { name, gz, entry: entries.includes(name) };
      }
    }
    if (wasm === 0) throw new Error('the first load fetched no .wasm');
    let runtime = wasm;
    if (glue && !glue.entry) runtime += glue.gz;
    else if (glue) note(`W1: the glue is bundled into the entry chunk ${glue.name}: W1 counts the .wasm only`);
    else note('W1: no chunk with the emscripten glue found: W1 counts the .wasm only');
    return { W1: runtime / KB, W2: total / KB };
  } finally {
    await context.close();
  }
}

// W3: navigation to hello, through an init script that runs as soon as window.tulip is ready.
async function measureHello(browser, url) {
  const times = [];
  for (let i = 0; i < HELLO_PAGES; i++) {
    const { context, page } = await freshPage(browser, note);
    try {
      await page.addInitScript((tag) => {
        const report = (value) => console.debug(`${tag} ${JSON.stringify(value)}`);
        const start = (tulip) =>
          tulip.ready
            .then(() => {
              tulip.setSource('print("hello")\n');
              return tulip.run({ clock: 'virtual' });
            })
            .then((result) => {
              const shown = () => {
                if (tulip.terminalText().includes('hello')) report({ result, at: performance.now() });
                else requestAnimationFrame(shown);
              };
              shown();
            })
            .catch((error) => report({ error: String(error) }));
        // Catch the page's `window.tulip = hook` as it happens (no polling delay).
        Object.defineProperty(window, 'tulip', {
          configurable: true,
          get: () => undefined,
          set(hook) {
            Object.defineProperty(window, 'tulip', { value: hook, writable: true, configurable: true });
            start(hook);
          },
        });
      }, HELLO_TAG);
      const reported = helloReport(page, 30_000);
      await page.goto(url, { waitUntil: 'commit' });
      const hello = await reported;
      if (hello.error) throw new Error(`print("hello") failed: ${hello.error}`);
      checkResult('print("hello")', hello.result);
      if (hello.result.stdout !== 'hello\n')
        throw new Error(`print("hello") printed ${JSON.stringify(hello.result.stdout)}`);
      times.push(hello.at);
    } finally {
      await context.close();
    }
  }
  note(`W3: hello after ${times.map((ms) => ms.toFixed(0)).join(', ')} ms from navigation`);
  return { W3: Math.min(...times) };
}

// W4, W5, W6 (B1 and B2 under a heartbeat), W7, W8: in one page, once it is fully loaded and its
// own warm-up run is over.
async function measureRuns(browser, url) {
  const { context, page } = await freshPage(browser, note);
  try {
    await openAndWait(page, url);
    await page.waitForTimeout(1500);
    const best = { W4: Infinity, W5: Infinity, W6: 0 };
    const started = Date.now();
    for (let i = 0; i < RUNS && (i === 0 || Date.now() - started < RUNS_BUDGET_MS); i++) {
      const { result, maxGap } = await underHeartbeat(
        page,
        (source) => {
          window.tulip.setSource(source);
          return window.tulip.run({ clock: 'real' });
        },
        B1_B2_SOURCE,
      );
      checkResult('B1/B2', result);
      const values = parseValues(result.stdout);
      if (values.B1 === undefined || values.B2 === undefined) {
        throw new Error(`B1/B2 printed no timings:\n${result.stdout}`);
      }
      note(
        `run ${i + 1}: B1 ${values.B1} ms, B2 ${values.B2} ms, heartbeat gap ${maxGap.toFixed(1)} ms, run ${result.ms.toFixed(0)} ms`,
      );
      best.W4 = Math.min(best.W4, values.B1);
      best.W5 = Math.min(best.W5, values.B2);
      best.W6 = Math.max(best.W6, maxGap);
      await page.waitForTimeout(200);
    }
    await page.evaluate((source) => window.tulip.setSource(source), SLEEPS_SOURCE);
    const result = await page.evaluate(() => window.tulip.run({ clock: 'real' }));
    checkResult('the sleeps', result);
    const values = parseValues(result.stdout);
    if (values.W7 === undefined || values.W8 === undefined) throw new Error(`the sleeps printed:\n${result.stdout}`);
    await page.evaluate((source) => window.tulip.setSource(source), STREAMS_SOURCE);
    const echo = await page.evaluate(() => window.tulip.run({ clock: 'real' }));
    checkResult('the loopback echo', echo);
    const rates = parseValues(echo.stdout);
    if (rates.S1rate === undefined) throw new Error(`the loopback echo printed:\n${echo.stdout}`);
    return { ...best, W7: values.W7, W8: values.W8, W9: rates.S1rate };
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    fail(
      `${path.join(DIST, 'index.html')} is missing: build the site first ` +
        '(npx vite build --config web/vite.config.ts, with the wasm runtime in web/src/runtime/wasm/)',
    );
  }
  let server = null;
  let browser = null;
  let watchdog = null;
  try {
    server = await startStaticServer({ root: DIST });
    browser = await chromium.launch(launchOptions());
    const measure = async () => ({
      ...(await measureLoad(browser, server.url)),
      ...(await measureHello(browser, server.url)),
      ...(await measureRuns(browser, server.url)),
    });
    const timeout = new Promise((_, reject) => {
      watchdog = setTimeout(() => reject(new Error(`gave up after ${TOTAL_TIMEOUT_MS / 1000} s`)), TOTAL_TIMEOUT_MS);
    });
    const values = await Promise.race([measure(), timeout]);
    const digits = { W7: 3, W8: 3, W9: 0 };
    for (const name of ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8', 'W9']) {
      console.log(`${name} ${Number(values[name].toFixed(digits[name] ?? 1))}`);
    }
  } finally {
    clearTimeout(watchdog);
    if (browser) await browser.close().catch(() => {});
    if (server) await server.close();
  }
}

try {
  await main();
} catch (error) {
  fail(error?.stack ?? String(error));
}
