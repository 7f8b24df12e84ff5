// What the browser benchmarks share (bench_page.mjs for Tulip's page, bench_peers.mjs for Pyodide
// and MicroPython): the asyncio programs they run, the parsing of their `NAME value` lines, and a
// fresh page that may fetch from 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** bench_asyncio.py's helpers (one, b1, producer, consumer, b2, b3, timed): everything before its
 *  `async def main(`, which runs all three shapes with a command-line scale. */
export function asyncioHelpers() {
  const file = path.join(HERE, 'bench_asyncio.py');
  const text = readFileSync(file, 'utf8');
  const at = text.search(/^async def main\(/m);
  if (at < 0 || !/^async def b1\(/m.test(text) || !/^async def b2\(/m.test(text) || !/^async def timed\(/m.test(text)) {
    throw new Error(`${file} no longer has b1, b2, timed and main: update tests/bench/page_common.mjs`);
  }
  return text.slice(0, at);
}

/** The `NAME value` lines of a program's stdout. */
export function parseValues(stdout) {
  const values = {};
  for (const line of stdout.split('\n')) {
    const m = /^(\S+)\s+(\S+)$/.exec(line.trim());
    if (m && Number.isFinite(Number(m[2]))) values[m[1]] = Number(m[2]);
  }
  return values;
}

/** `promise`, or an error naming `what` once `ms` have passed. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs `fn(arg)` in `page` while a 5 ms setInterval heartbeat beats there, both in one
 *  page.evaluate (fn is sent as its source, arg as JSON); resolves with { result, maxGap }: fn's
 *  result and the largest gap (ms) between two beats. */
export function underHeartbeat(page, fn, arg) {
  return page.evaluate(`(async () => {
    let last = performance.now();
    let maxGap = 0;
    const beat = () => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    };
    const timer = setInterval(beat, 5);
    try {
      const result = await (${fn})(${JSON.stringify(arg)});
      beat();
      return { result, maxGap };
    } finally {
      clearInterval(timer);
    }
  })()`);
}

/** What a page's console.debug line starts with when print("hello") has shown its output (W3).
 *  A console message reaches the bench without any script of its own in the page: polling with
 *  page.waitForFunction would first evaluate Playwright's injected script there (some 20 ms of
 *  the main thread, in the middle of the measured run). */
export const HELLO_TAG = 'tulip-bench:hello';

/** Resolves with the JSON value that `page` reports after HELLO_TAG (listen before navigating). */
export function helloReport(page, ms) {
  const message = page.waitForEvent('console', {
    predicate: (m) => m.type() === 'debug' && m.text().startsWith(`${HELLO_TAG} `),
    timeout: ms,
  });
  return message.then((m) => JSON.parse(m.text().slice(HELLO_TAG.length + 1)));
}

function isLocal(url) {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** A page in a context of its own, whose requests outside 127.0.0.1 are blocked (and noted);
 *  `close()` closes the context and never hangs. */
export async function freshPage(browser, note) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    note(`blocked a request outside 127.0.0.1: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => note(`uncaught error in the page: ${error.message}`));
  const close = () => withTimeout(context.close(), 30_000, 'closing the page').catch(() => {});
  return { context, page, close };
}
