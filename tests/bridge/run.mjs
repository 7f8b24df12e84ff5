// The WebSocket-to-TCP bridge's tests (web/bridge/bridge.mjs): every server is started on
// 127.0.0.1 port 0 by the check that uses it and stopped by it. One line per check; exit status 1
// on any failure. Run: node tests/bridge/run.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBridge } from '../../web/bridge/bridge.mjs';
import { EOF, Runner, freePort, sleep, tcpClient, tcpServer, within, wsClient } from './helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BRIDGE = path.join(ROOT, 'web/bridge/bridge.mjs');

// Nothing here may hang: a last resort, should a check's own timeouts fail.
setTimeout(() => {
  console.log('FAIL the whole run took more than 120 s');
  process.exit(1);
}, 120000).unref();

/** Starts a bridge for one check (port 0, quiet) and stops it at the check's end. */
async function bridge(scope, options = {}) {
  const b = await startBridge({ port: 0, ...options });
  scope.defer(() => b.close());
  return b;
}

const connectUrl = (b, host, port) => `ws://127.0.0.1:${b.port}/connect?host=${host}&port=${port}`;

/** An echo server, a bridge and a relayed WebSocket that got its open message. */
async function echoSession(scope, bridgeOptions = {}) {
  const echo = await tcpServer(scope, (sock) => sock.pipe(sock));
  const b = await bridge(scope, bridgeOptions);
  const ws = wsClient(scope, connectUrl(b, '127.0.0.1', echo.port));
  const open = await ws.expectText('open');
  return { echo, b, ws, open };
}

// A crash in a handler (the bridge's or a test's) is a failure, never a silent exit.
process.on('uncaughtException', (err) => {
  console.log(`FAIL uncaught exception: ${err && err.stack ? err.stack.split('\n').slice(0, 3).join(' | ') : err}`);
  process.exit(1);
});

const runner = new Runner();
const check = runner.check.bind(runner);

await check('relay: open message, binary echo, eof both ways, close 1000', async (scope) => {
  const { echo, ws, open } = await echoSession(scope);
  assert.deepEqual(open.peername, ['127.0.0.1', echo.port]);
  assert.equal(open.sockname[0], '127.0.0.1');
  assert.ok(Number.isInteger(open.sockname[1]) && open.sockname[1] > 0, `sockname ${open.sockname}`);
  const hello = Buffer.from('hello, tulip\n');
  ws.ws.send(hello);
  assert.deepEqual(await ws.readBinary(hello.length), hello);
  ws.ws.send(EOF); // the echo server sees the end of its input, ends its side: eof, then close
  await ws.expectText('eof');
  await ws.expectClose(1000, 'closed by peer');
  assert.equal(echo.accepted, 1);
});

await check(
  'relay: 4 MiB each way through the flow control, in order',
  async (scope) => {
    const { ws } = await echoSession(scope);
    const piece = 64 * 1024;
    const total = 4 * 1024 * 1024;
    const data = Buffer.alloc(total);
    for (let i = 0; i < total; i++) data[i] = (i * 7 + (i >> 13)) & 0xff;
    for (let off = 0; off < total; off += piece) ws.ws.send(data.subarray(off, off + piece));
    const back = await ws.readBinary(total, 8000);
    assert.ok(back.equals(data), 'the echoed bytes differ');
  },
  15000,
);

await check(
  'flow control: a page that stops reading stops the TCP reads (and back again)',
  async (scope) => {
    const total = 48 * 1024 * 1024;
    let server = null;
    const srv = await tcpServer(scope, (sock) => {
      server = sock;
    });
    const b = await bridge(scope);
    const ws = wsClient(scope, connectUrl(b, '127.0.0.1', srv.port));
    await ws.expectText('open');
    ws.ws.pause(); // the page stops reading
    server.write(Buffer.alloc(total, 3));
    await sleep(300);
    assert.ok(server.writableLength > total / 2, `only ${server.writableLength} bytes held back at the TCP server`);
    ws.ws.resume();
    assert.equal((await ws.readBinary(total, 10000)).length, total);

    // The other way: a TCP server that stops reading holds the page's messages back at the page.
    server.pause();
    const piece = Buffer.alloc(256 * 1024, 4);
    for (let i = 0; i < total / piece.length; i++) ws.ws.send(piece);
    await sleep(300);
    assert.ok(ws.ws.bufferedAmount > total / 2, `only ${ws.ws.bufferedAmount} bytes held back at the page`);
    let got = 0;
    server.on('data', (chunk) => (got += chunk.length));
    server.resume();
    await within(
      10000,
      waitUntil(() => got === total),
      `${total} bytes at the TCP server`,
    );
  },
  20000,
);

await check(
  'relay: a TCP server that speaks first, then ends: data, eof, and the page may still send',
  async (scope) => {
    let got = Buffer.alloc(0);
    const srv = await tcpServer(
      scope,
      (sock) => {
        sock.end('banner\n'); // half-closes: the server still reads
        sock.on('data', (chunk) => {
          got = Buffer.concat([got, chunk]);
        });
      },
      { allowHalfOpen: true },
    );
    const b = await bridge(scope);
    const ws = wsClient(scope, connectUrl(b, '127.0.0.1', srv.port));
    await ws.expectText('open');
    assert.equal((await ws.readBinary(7)).toString(), 'banner\n');
    await ws.expectText('eof');
    ws.ws.send(Buffer.from('late reply'));
    ws.ws.send(EOF);
    await ws.expectClose(1000, 'closed by peer');
    assert.equal(got.toString(), 'late reply');
  },
);

await check('allow list: a port not on the list is refused with 4003, no TCP attempt', async (scope) => {
  const counting = await tcpServer(scope);
  const other = await tcpServer(scope);
  const b = await bridge(scope, { allow: ['127.0.0.1:' + other.port] });
  assert.deepEqual(b.allow, ['127.0.0.1:' + other.port]);
  const ws = wsClient(scope, connectUrl(b, '127.0.0.1', counting.port));
  await ws.expectClose(4003, `target 127.0.0.1:${counting.port} is not allowed by the bridge`);
  await sleep(100);
  assert.equal(counting.accepted, 0, 'the refused target saw a connection');
  const far = wsClient(scope, connectUrl(b, '10.0.0.1', 80));
  await far.expectClose(4003, 'target 10.0.0.1:80 is not allowed by the bridge', 1000);
  const ok = wsClient(scope, connectUrl(b, '127.0.0.1', other.port)); // the allowed one goes through
  await ok.expectText('open');
});

await check('allow list: hosts exact and case-insensitive, ports and ranges', async (scope) => {
  const target = await tcpServer(scope);
  const p = target.port;
  const b = await bridge(scope, { allow: [`LOCALHOST:${p - 1}-${p}`, '127.0.0.1:1'] });
  const upper = wsClient(scope, connectUrl(b, 'LocalHost', p));
  const e = await upper.next(3000, 'open or a connect failure');
  // localhost may resolve to ::1, where nothing listens: either way the allow check let it through.
  assert.ok(
    (e.kind === 'text' && e.json.type === 'open') || (e.kind === 'close' && e.code === 4002),
    `got ${e.kind} ${e.code || e.text}`,
  );
  for (const [host, port] of [
    ['127.0.0.1', p],
    ['localhost', p + 1],
    ['localhost.', p],
    ['sub.localhost', p],
  ]) {
    const ws = wsClient(scope, connectUrl(b, host, port));
    await ws.expectClose(4003, /is not allowed by the bridge$/);
  }
  assert.equal(target.accepted, e.kind === 'text' ? 1 : 0);
  await assert.rejects(startBridge({ port: 0, allow: ['*:80'] }), /--allow/);
  await assert.rejects(startBridge({ port: 0, allow: ['127.0.0.1:9-3'] }), /--allow/);
});

await check('bad requests: missing or bad host/port give 4400, other paths 4404', async (scope) => {
  const b = await bridge(scope);
  const base = `ws://127.0.0.1:${b.port}`;
  const cases = [
    ['/connect?port=80', 4400, /missing host/],
    ['/connect?host=127.0.0.1', 4400, /missing port/],
    ['/connect?host=127.0.0.1&port=0', 4400, /bad port/],
    ['/connect?host=127.0.0.1&port=65536', 4400, /bad port/],
    ['/connect?host=127.0.0.1&port=8x', 4400, /bad port/],
    ['/connect?host=a%20b&port=80', 4400, /bad host/],
    ['/', 4404, /no such path/],
    ['/connectx?host=127.0.0.1&port=80', 4404, /no such path/],
    ['/reverse?port=1', 4404, /reverse mode is off/],
  ];
  for (const [url, code, reason] of cases) {
    const ws = wsClient(scope, base + url);
    await ws.expectClose(code, reason);
  }
});

await check('connect failure: nothing listening gives 4002 with ECONNREFUSED', async (scope) => {
  const port = await freePort();
  const b = await bridge(scope);
  const ws = wsClient(scope, connectUrl(b, '127.0.0.1', port));
  await ws.expectClose(4002, new RegExp(`^connect to 127\\.0\\.0\\.1:${port} failed: ECONNREFUSED$`));
});

await check('caps: --max-connections 1 closes the second with 4008, frees the slot on close', async (scope) => {
  const { echo, b, ws } = await echoSession(scope, { maxConnections: 1 });
  const echoPort = echo.port;
  const second = wsClient(scope, connectUrl(b, '127.0.0.1', echoPort));
  await second.expectClose(4008, 'too many connections (limit 1)');
  ws.ws.close(1000);
  await ws.expectClose(1000);
  await sleep(50);
  const third = wsClient(scope, connectUrl(b, '127.0.0.1', echoPort));
  await third.expectText('open');
});

await check('caps: --max-message 1000: 1000 bytes pass, 1001 close with 1009', async (scope) => {
  const { ws } = await echoSession(scope, { maxMessage: 1000 });
  ws.ws.send(Buffer.alloc(1000, 1));
  assert.equal((await ws.readBinary(1000)).length, 1000);
  ws.ws.send(Buffer.alloc(1001, 2));
  await ws.expectClose(1009, 'message too big (limit 1000 bytes)');
});

await check('caps: --idle 1 closes a quiet connection with 4000 after ~1 s', async (scope) => {
  const { ws } = await echoSession(scope, { idle: 1 });
  await sleep(600);
  ws.ws.send(Buffer.from('ping')); // traffic restarts the count
  await ws.readBinary(4);
  const start = Date.now();
  await ws.expectClose(4000, 'idle for 1 s', 2000);
  const quiet = Date.now() - start;
  assert.ok(quiet >= 850 && quiet <= 1500, `closed after ${quiet} ms of quiet`);
});

await check('peer reset: the TCP server resets after data: close 4001', async (scope) => {
  const srv = await tcpServer(scope, (sock) => sock.once('data', () => sock.resetAndDestroy()));
  const b = await bridge(scope);
  const ws = wsClient(scope, connectUrl(b, '127.0.0.1', srv.port));
  await ws.expectText('open');
  ws.ws.send(Buffer.from('boom'));
  await ws.expectClose(4001, 'connection reset by peer');
});

await check('page closes: the bridge destroys the TCP socket', async (scope) => {
  const { echo, ws } = await echoSession(scope);
  await sleep(20);
  assert.equal(echo.sockets.size, 1);
  ws.ws.close(1000);
  await ws.expectClose(1000);
  await within(
    2000,
    waitUntil(() => echo.closedSockets === 1),
    'the TCP socket to close',
  );
});

await check('bridge close() mid-session: the page sees 1001 (or 1006), the TCP side is destroyed', async (scope) => {
  const { echo, b, ws } = await echoSession(scope);
  ws.ws.send(Buffer.from('x'));
  await ws.readBinary(1);
  const start = Date.now();
  await within(2500, b.close(), 'close()');
  assert.ok(Date.now() - start < 2000, 'close() took too long');
  await ws.expectClose([1001, 1006], /^(bridge shutting down)?$/);
  await within(
    2000,
    waitUntil(() => echo.closedSockets === 1),
    'the TCP socket to close',
  );
  const late = wsClient(scope, connectUrl(b, '127.0.0.1', echo.port));
  await assert.rejects(within(2000, late.opened, 'a refused connection'), /ECONNREFUSED/);
});

async function waitUntil(pred) {
  while (!pred()) await sleep(10);
}

await check('reverse: register, accept, relay both ways, eof, 4009, refusals', async (scope) => {
  const b = await bridge(scope, { reverse: 0 });
  assert.ok(Number.isInteger(b.reversePort) && b.reversePort > 0);
  // No page registered: a TCP client is closed at once.
  const early = tcpClient(scope, b.reversePort);
  await early.waitFor((c) => c.ended || c.closed, 'the unserved client to close', 1000);
  assert.equal(early.data.length, 0);

  const page = wsClient(scope, `ws://127.0.0.1:${b.port}/reverse?port=2323`);
  assert.deepEqual(await page.expectText('ready'), { type: 'ready', port: b.reversePort });
  const nc = tcpClient(scope, b.reversePort);
  await nc.connected;
  nc.sock.write('hi from nc\n'); // before the page opens its data socket: buffered
  const accept = await page.expectText('accept');
  assert.equal(accept.id, 1);
  assert.deepEqual(accept.peername, ['127.0.0.1', nc.sock.localPort]);
  assert.deepEqual(accept.sockname, ['127.0.0.1', b.reversePort]);
  await sleep(50);
  const conn = wsClient(scope, `ws://127.0.0.1:${b.port}/reverse/${accept.id}`);
  assert.equal((await conn.readBinary(11)).toString(), 'hi from nc\n');
  conn.ws.send(Buffer.from('hello back\n'));
  await nc.waitFor((c) => c.data.toString() === 'hello back\n', 'the reply at the TCP client');

  const second = wsClient(scope, `ws://127.0.0.1:${b.port}/reverse?port=2324`);
  await second.expectClose(4009, `a page is already serving on ${b.reversePort}`);
  const taken = wsClient(scope, `ws://127.0.0.1:${b.port}/reverse/${accept.id}`);
  await taken.expectClose(4404, `no pending connection ${accept.id}`);

  nc.sock.end(); // the TCP client's FIN: eof at the page
  await conn.expectText('eof');
  conn.ws.send(EOF); // the page's eof: the TCP client sees its end, the connection closes
  await nc.waitFor((c) => c.ended, 'the end at the TCP client');
  await conn.expectClose(1000, 'closed by peer');

  // A second client gets the next id.
  const nc2 = tcpClient(scope, b.reversePort);
  assert.equal((await page.expectText('accept')).id, 2);
  nc2.sock.destroy();

  // The page stops serving: new clients are refused again.
  page.ws.close(1000);
  await page.expectClose(1000);
  await sleep(50);
  const after = tcpClient(scope, b.reversePort);
  await after.waitFor((c) => c.ended || c.closed, 'the client after the page left to close', 1000);
});

await check('reverse: a connection goes on after the page unregisters; unclaimed ones are dropped', async (scope) => {
  const b = await bridge(scope, { reverse: 0, acceptTimeout: 0.3 });
  const page = wsClient(scope, `ws://127.0.0.1:${b.port}/reverse?port=7`);
  await page.expectText('ready');
  const nc = tcpClient(scope, b.reversePort);
  const { id } = await page.expectText('accept');
  const conn = wsClient(scope, `ws://127.0.0.1:${b.port}/reverse/${id}`);
  await conn.opened;
  page.ws.close(1000);
  await page.expectClose(1000);
  nc.sock.write('still here');
  assert.equal((await conn.readBinary(10)).toString(), 'still here');

  const page2 = wsClient(scope, `ws://127.0.0.1:${b.port}/reverse`);
  await page2.expectText('ready');
  const unclaimed = tcpClient(scope, b.reversePort);
  await page2.expectText('accept');
  const start = Date.now();
  await unclaimed.waitFor((c) => c.ended || c.closed, 'the unclaimed client to be dropped', 2000);
  assert.ok(Date.now() - start >= 200, 'dropped too early');
});

await check('reverse: caps apply (max-connections, idle)', async (scope) => {
  const b = await bridge(scope, { reverse: 0, maxConnections: 1, idle: 0.5 });
  const page = wsClient(scope, `ws://127.0.0.1:${b.port}/reverse?port=7`);
  await page.expectText('ready');
  const nc = tcpClient(scope, b.reversePort);
  const { id } = await page.expectText('accept');
  const over = tcpClient(scope, b.reversePort);
  await over.waitFor((c) => c.ended || c.closed, 'the client over the cap to close', 1000);
  const conn = wsClient(scope, `ws://127.0.0.1:${b.port}/reverse/${id}`);
  await conn.expectClose(4000, 'idle for 0.5 s', 2000);
  await nc.waitFor((c) => c.ended || c.closed, 'the idle TCP client to close', 1000);
});

/** Runs the CLI; resolves with { code, signal, stdout, stderr } (killed after `ms`). */
function runCli(scope, args, { ms = 5000, onLine = null } = {}) {
  const child = spawn(process.execPath, [BRIDGE, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  scope.defer(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
    if (onLine && stdout.includes('\n')) {
      const line = stdout.split('\n')[0];
      const f = onLine;
      onLine = null;
      f(line, child);
    }
  });
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done: within(ms, done, `node bridge.mjs ${args.join(' ')}`) };
}

await check('CLI: bad options exit 2 naming the option', async (scope) => {
  for (const [args, name] of [
    [['--port', '0', '--allow', 'nonsense'], '--allow'],
    [['--port', 'x'], '--port'],
    [['--max-connections', '0'], '--max-connections'],
    [['--idle'], '--idle'],
    [['--bogus'], '--bogus'],
  ]) {
    const r = await runCli(scope, args).done;
    assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}, stderr ${r.stderr}`);
    assert.ok(r.stderr.includes(name), `${args.join(' ')}: stderr does not name ${name}: ${r.stderr}`);
  }
});

await check('CLI: --port 0 prints the real port, serves, exits 0 on SIGTERM', async (scope) => {
  let port = null;
  const run = runCli(scope, ['--port', '0', '--reverse', '0'], {
    onLine: (line, child) => {
      const m = line.match(
        /^tulip bridge: ws:\/\/127\.0\.0\.1:(\d+)\/ relaying to 127\.0\.0\.1:\*, localhost:\*; reverse: tcp 127\.0\.0\.1:(\d+)$/,
      );
      if (!m) {
        child.kill('SIGKILL');
        throw new Error(`unexpected startup line ${JSON.stringify(line)}`);
      }
      port = Number(m[1]);
      assert.ok(port > 0 && Number(m[2]) > 0);
      const ws = wsClient(scope, `ws://127.0.0.1:${port}/nowhere`);
      ws.expectClose(4404).then(
        () => child.kill('SIGTERM'),
        () => child.kill('SIGKILL'),
      );
    },
  });
  const r = await run.done;
  assert.ok(port, `no startup line; stdout ${JSON.stringify(r.stdout)} stderr ${JSON.stringify(r.stderr)}`);
  assert.equal(r.code, 0, `exit ${r.code} ${r.signal}; stderr ${r.stderr}`);
});

await check('CLI: a port in use exits 1 with a clear message', async (scope) => {
  const busy = await tcpServer(scope);
  const r = await runCli(scope, ['--port', String(busy.port)]).done;
  assert.equal(r.code, 1, `exit ${r.code}; stderr ${r.stderr}`);
  assert.ok(
    r.stderr.includes(`port ${busy.port} is in use: is another bridge running? use --port`),
    `stderr: ${r.stderr}`,
  );
});

await check('no sockets, servers or processes left behind', async () => {
  await sleep(50);
  const left = process.getActiveResourcesInfo().filter((r) => /TCP|Process/.test(r));
  assert.deepEqual(left, []);
});

process.exit(runner.summary() ? 1 : 0);
