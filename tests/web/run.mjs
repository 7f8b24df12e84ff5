// Runs the browser tests of tests/web/*.test.mjs against the built site (dist/): starts a static
// server on 127.0.0.1 (a free port), launches Debian's chromium through playwright-core, runs
// each test in a fresh browser context, prints ok / FAIL / skip per test, and exits non-zero on
// a failure. The server and the browser are always stopped.
//
//   node tests/web/run.mjs [substring...]     only the tests whose "file: name" contains one
//   TULIP_WEB_DIST=path                       test another build of the site than dist/
//
// A test file exports `tests`: [{ name, runtime?: boolean, timeout?: ms, fn: async (t) => {} }].
// `runtime: true` marks a test that needs the real wasm runtime: it is skipped while the page
// runs the fake one (window.tulip.runtimeInfo().fake). `t` is described in helpers.mjs.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { TestContext, launchOptions } from './helpers.mjs';
import { startStaticServer } from '../../web/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.env.TULIP_WEB_DIST ?? path.join(here, '..', '..', 'dist'));
const DEFAULT_TIMEOUT = 30_000;

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function loadTests(filters) {
  const files = (await readdir(here)).filter((f) => f.endsWith('.test.mjs')).sort();
  const all = [];
  for (const file of files) {
    const module = await import(pathToFileURL(path.join(here, file)).href);
    for (const test of module.tests ?? []) {
      const id = `${file.replace(/\.test\.mjs$/, '')}: ${test.name}`;
      if (filters.length && !filters.some((f) => id.includes(f))) continue;
      all.push({ ...test, id });
    }
  }
  return all;
}

async function pageRunsFakeRuntime(browser, baseUrl) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.tulip !== undefined);
    await page.evaluate(() => window.tulip.ready);
    return await page.evaluate(() => window.tulip.runtimeInfo().fake);
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error('tests/web: dist/index.html is missing: run `npm run build:web` first');
    return 2;
  }
  const tests = await loadTests(process.argv.slice(2));
  let server = null;
  let browser = null;
  let failed = 0;
  let passed = 0;
  let skipped = 0;
  try {
    server = await startStaticServer({ root: dist });
    browser = await chromium.launch(launchOptions());
    const fake = await pageRunsFakeRuntime(browser, server.url);
    if (fake) console.log('# the page runs the fake runtime: tests that need the wasm runtime are skipped');
    for (const test of tests) {
      if (test.runtime && fake) {
        skipped++;
        console.log(`skip ${test.id} (needs the wasm runtime)`);
        continue;
      }
      const t = new TestContext({ browser, baseUrl: server.url, dist });
      const start = performance.now();
      try {
        await withTimeout(test.fn(t), test.timeout ?? DEFAULT_TIMEOUT, test.id);
        t.checkClean();
        passed++;
        console.log(`ok   ${test.id} (${Math.round(performance.now() - start)} ms)`);
      } catch (error) {
        failed++;
        console.log(`FAIL ${test.id} (${Math.round(performance.now() - start)} ms)`);
        console.log(String(error?.stack ?? error).replace(/^/gm, '     '));
        for (const line of t.pageLog.slice(-20)) console.log(`     | ${line}`);
      } finally {
        await t.dispose();
      }
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.close();
  }
  console.log(`# ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
}
process.exit(exitCode);
