// Streams in the page through the WebSocket-to-TCP bridge (web/bridge/), and the reverse mode.
// Each test starts what it needs on 127.0.0.1 (a bridge on port 0, in this process; a CPython
// asyncio echo server, a python3 child that prints its port) and stops it at its end. The page
// gets the bridge's URL from its own: ?bridge=ws://127.0.0.1:PORT, and ?reverse=1.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBridge } from '../../web/bridge/bridge.mjs';
import { until } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures');
const scenarios = path.join(here, '..', '..', 'web', 'scenarios');

/** A fixture script with its PORT set. */
const script = (name, port) => readFileSync(path.join(fixtures, name), 'utf8').replace(/^PORT = 0$/m, `PORT = ${port}`);

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs what each test started, last first, whatever happened. */
class Cleanup {
  constructor() {
    this.steps = [];
  }
  defer(step) {
    this.steps.push(step);
  }
  async run() {
    for (const step of this.steps.reverse()) {
      try {
        await withTimeout(Promise.resolve(step()), 5000, 'cleanup');
      } catch (error) {
        console.log(`     cleanup: ${error.message}`);
      }
    }
  }
}

async function test(fn) {
  const cleanup = new Cleanup();
  try {
    await fn(cleanup);
  } finally {
    await cleanup.run();
  }
}

/** The CPython echo server (fixtures/bridge_echo_server.py): its port, once it prints it. */
async function echoServer(cleanup) {
  const child = spawn('python3', [path.join(fixtures, 'bridge_echo_server.py')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL');
  process.once('exit', kill);
  cleanup.defer(() => {
    process.off('exit', kill);
    kill();
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const port = await withTimeout(
    new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(Number(out.trim()));
      });
      child.on('exit', (code) => reject(new Error(`the echo server exited (${code}): ${stderr}`)));
      child.on('error', reject);
    }),
    10000,
    'the python3 echo server',
  );
  assert.ok(port > 0, `echo server port ${port}`);
  return port;
}

async function bridge(cleanup, options = {}) {
  const b = await startBridge({ port: 0, ...options });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await b.close();
  };
  cleanup.defer(close);
  return { ...b, close };
}

/** A port with nothing listening on it. */
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** python3 runs `source`: its stdout. */
async function python(source) {
  const child = spawn('python3', ['-c', source], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await withTimeout(new Promise((resolve) => child.on('exit', resolve)), 15000, 'python3').catch(
    (error) => {
      child.kill('SIGKILL');
      throw error;
    },
  );
  assert.equal(code, 0, `python3 failed: ${stderr}`);
  return stdout;
}

/** The page, its runtime using the bridge at `bridgePort` (and reverse mode if asked). */
async function openPage(t, bridgePort, { reverse = false } = {}) {
  const query = `?bridge=${encodeURIComponent(`ws://127.0.0.1:${bridgePort}`)}${reverse ? '&reverse=1' : ''}`;
  return t.open(await t.page(), `${t.baseUrl}${query}`);
}

/** Runs `source` in the page on the real clock; resolves with the run's result. */
async function run(page, source, ms = 15000) {
  await page.evaluate((text) => window.tulip.setSource(text), source);
  return withTimeout(
    page.evaluate(() => window.tulip.run({ clock: 'real' })),
    ms,
    'the run in the page',
  );
}

/** Starts `source` in the page on the real clock, without waiting for its end. */
async function start(page, source) {
  await page.evaluate((text) => {
    window.tulip.setSource(text);
    window.bridgeRun = window.tulip.run({ clock: 'real' });
  }, source);
  return () =>
    withTimeout(
      page.evaluate(() => window.bridgeRun),
      10000,
      'the run in the page',
    );
}

const terminalHas = (page, text, what) =>
  until(() => page.evaluate((text) => window.tulip.terminalAllText().includes(text), text), {
    timeout: 10000,
    what,
  });

/** A TCP client: sends `line`, resolves with what comes back up to the first newline. */
function tcpEcho(port, line) {
  return withTimeout(
    new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let got = '';
      socket.setEncoding('utf8');
      socket.on('connect', () => socket.write(line));
      socket.on('data', (chunk) => {
        got += chunk;
        if (got.includes('\n')) {
          socket.end();
          resolve(got);
        }
      });
      socket.on('error', reject);
      socket.on('close', () => reject(new Error(`closed after ${JSON.stringify(got)}`)));
    }),
    10000,
    'the reverse TCP client',
  );
}

/** Whether a TCP client of `port` is closed without an answer (no page serving there). */
function tcpRefused(port) {
  return withTimeout(
    new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let got = '';
      socket.on('connect', () => socket.write('anyone?\n'));
      socket.on('data', (chunk) => (got += chunk));
      socket.on('error', () => {});
      socket.on('close', () => resolve(got === ''));
    }),
    10000,
    'a TCP client with nobody serving',
  );
}

// The wasm build's errno numbers are WASI's (ECONNREFUSED is 14 there, 111 on Linux), and the
// language passes them on as they are: compared without the number.
const anyErrno = (text) => text.replace(/\[Errno \d+\]/g, '[Errno N]');

const echoExpected = readFileSync(path.join(scenarios, 'expected', 'echo_server.out'), 'utf8');

export const tests = [
  {
    name: 'open_connection through the bridge to a CPython echo server prints what python3 prints',
    runtime: true,
    timeout: 40000,
    fn: (t) =>
      test(async (cleanup) => {
        const echo = await echoServer(cleanup);
        const b = await bridge(cleanup);
        const source = script('bridge_echo_client.py', echo);
        const want = await python(source);
        const page = await openPage(t, b.port);
        const result = await run(page, source);
        assert.equal(result.stderr, '');
        assert.equal(result.exitCode, 0);
        assert.equal(result.stdout, want);
        assert.ok((await page.evaluate(() => window.tulip.terminalAllText())).includes("'danish blue ✓\\n'"));
      }),
  },
  {
    name: 'no bridge: ConnectionRefusedError says how to start one',
    runtime: true,
    fn: (t) =>
      test(async () => {
        const nobody = await freePort();
        const page = await openPage(t, nobody);
        const result = await run(page, script('bridge_refused.py', 7));
        assert.equal(result.exitCode, 0, result.stderr);
        assert.equal(
          anyErrno(result.stdout),
          `refused: [Errno N] Connect call failed ('127.0.0.1', 7): no bridge at ws://127.0.0.1:${nobody} ` +
            '(start one with: npm run bridge)\ndone\n',
        );
        assert.match(result.stdout, /npm run bridge/);
      }),
  },
  {
    name: 'a target outside the allow list: ConnectionRefusedError says it is not allowed',
    runtime: true,
    fn: (t) =>
      test(async (cleanup) => {
        const echo = await echoServer(cleanup);
        const other = await freePort();
        const b = await bridge(cleanup, { allow: [`127.0.0.1:${other}`] });
        const page = await openPage(t, b.port);
        const result = await run(page, script('bridge_refused.py', echo));
        assert.equal(result.exitCode, 0, result.stderr);
        assert.match(result.stdout, /not allowed/);
        assert.equal(
          anyErrno(result.stdout),
          `refused: [Errno N] Connect call failed ('127.0.0.1', ${echo}): ` +
            `target 127.0.0.1:${echo} is not allowed by the bridge\ndone\n`,
        );
      }),
  },
  {
    name: 'the bridge stops mid-session: ConnectionResetError, then the next run works',
    runtime: true,
    timeout: 40000,
    fn: (t) =>
      test(async (cleanup) => {
        const echo = await echoServer(cleanup);
        const b = await bridge(cleanup);
        const page = await openPage(t, b.port);
        const finished = await start(page, script('bridge_reset.py', echo));
        await terminalHas(page, 'waiting', 'the script waiting on readline()');
        await b.close();
        const result = await finished();
        assert.equal(result.exitCode, 0, result.stderr);
        assert.equal(result.stdout, "b'ping\\n'\nwaiting\nConnectionResetError\ndone\n");
        // the same page, the same instance: the loopback echo of the gallery
        await page.evaluate(() => window.tulip.load('echo_server'));
        const next = await withTimeout(
          page.evaluate(() => window.tulip.run({ clock: 'real' })),
          15000,
          'the second run',
        );
        assert.equal(next.exitCode, 0, next.stderr);
        assert.equal(next.stdout, echoExpected);
      }),
  },
  {
    name: 'reverse mode: a TCP client of the bridge reaches the echo server in the page',
    runtime: true,
    timeout: 40000,
    fn: (t) =>
      test(async (cleanup) => {
        const b = await bridge(cleanup, { reverse: 0 });
        assert.ok(b.reversePort > 0, `reverse port ${b.reversePort}`);
        const page = await openPage(t, b.port, { reverse: true });
        const registered = page.waitForEvent('console', {
          predicate: (message) => message.text().includes('reverse mode: tcp 127.0.0.1:'),
          timeout: 10000,
        });
        const finished = await start(page, readFileSync(path.join(fixtures, 'bridge_reverse_server.py'), 'utf8'));
        cleanup.defer(() => page.evaluate(() => window.tulip.stop()).catch(() => {}));
        await terminalHas(page, "serving on ('127.0.0.1', 2323)", 'the server in the page');
        const ready = await registered;
        assert.match(ready.text(), new RegExp(`tcp 127\\.0\\.0\\.1:${b.reversePort} .* port 2323`));
        assert.equal(await tcpEcho(b.reversePort, 'hello from nc\n'), 'hello from nc\n');
        assert.equal(await tcpEcho(b.reversePort, 'and again\n'), 'and again\n');
        await terminalHas(page, 'client from 127.0.0.1', 'the handler in the page');
        assert.ok(await page.evaluate(() => window.tulip.running()), 'still serving');
        await page.evaluate(() => window.tulip.stop());
        const result = await finished();
        assert.equal(result.stopped, true);
        // the run is over: its registration is closed, and the bridge turns TCP clients away
        assert.ok(
          await until(() => tcpRefused(b.reversePort), { timeout: 5000, what: 'the registration to close' }),
          'a client after the run is refused',
        );
      }),
  },
  {
    name: 'the gallery echo_server over the loopback prints its expected output (real clock)',
    runtime: true,
    fn: async (t) => {
      const page = await t.open(await t.page());
      await page.evaluate(() => window.tulip.load('echo_server'));
      const result = await withTimeout(
        page.evaluate(() => window.tulip.run({ clock: 'real' })),
        15000,
        'the run',
      );
      assert.equal(result.exitCode, 0, result.stderr);
      assert.equal(result.stdout, echoExpected);
    },
  },
];
