// What a browser test gets (`t`), and the browser's launch options.
//
//   t.baseUrl                 the site's URL (http://127.0.0.1:PORT/)
//   t.dist                    the path of dist/
//   await t.page()            a page in a fresh context (own storage); the same one on each call
//   await t.newContext()      another fresh context (closed at the end of the test)
//   await t.open(page, url?, {loaded})  goes to url (default baseUrl) and waits for
//                             window.tulip.ready, and for window.tulip.loaded (CodeMirror and
//                             xterm.js up) unless loaded is false
//   await t.serve({prefix})   another static server of dist/, stopped at the end of the test
//   t.pageLog                 console errors and page errors seen so far
// A test fails if a page asks for anything outside 127.0.0.1 or throws an uncaught error.
import { execFileSync } from 'node:child_process';
import { startStaticServer } from '../../web/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function chromiumPath() {
  if (process.env.TULIP_CHROMIUM) return process.env.TULIP_CHROMIUM;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || '/usr/bin/chromium';
  } catch {
    return '/usr/bin/chromium';
  }
}

export function launchOptions() {
  return { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS };
}

function isLocal(url) {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export class TestContext {
  constructor({ browser, baseUrl, dist }) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.dist = dist;
    this.contexts = [];
    this.servers = [];
    this.pageLog = [];
    this.problems = [];
    this.mainPage = null;
  }

  async newContext(options = {}) {
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      this.problems.push(`request outside 127.0.0.1: ${url}`);
      return route.abort();
    });
    context.on('page', (page) => this.watch(page));
    this.contexts.push(context);
    return context;
  }

  watch(page) {
    page.on('pageerror', (error) => {
      this.pageLog.push(`pageerror: ${error.message}`);
      this.problems.push(`uncaught error in the page: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageLog.push(`console.error: ${message.text()}`);
    });
  }

  async page() {
    if (!this.mainPage) {
      const context = await this.newContext();
      this.mainPage = await context.newPage();
    }
    return this.mainPage;
  }

  async open(page, url = this.baseUrl, { loaded = true } = {}) {
    await page.goto(url);
    await page.waitForFunction(() => window.tulip !== undefined);
    await page.evaluate(() => window.tulip.ready);
    if (loaded) await page.evaluate(() => window.tulip.loaded);
    return page;
  }

  async serve(options = {}) {
    const server = await startStaticServer({ root: this.dist, ...options });
    this.servers.push(server);
    return server;
  }

  checkClean() {
    if (this.problems.length) throw new Error(this.problems.join('\n'));
  }

  async dispose() {
    for (const context of this.contexts) await context.close().catch(() => {});
    for (const server of this.servers) await server.close();
  }
}

/** Polls `fn` until it returns a truthy value; returns it (or throws after `timeout` ms). */
export async function until(fn, { timeout = 5000, interval = 25, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
