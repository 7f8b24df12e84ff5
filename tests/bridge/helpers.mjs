// Helpers for the bridge's tests: a check runner with timeouts and cleanup, TCP servers and
// clients on 127.0.0.1, and a WebSocket client whose events are read one at a time.
import net from 'node:net';
import WebSocket from 'ws';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects with `what` timed out after `ms`, unless `promise` settles first. */
export function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Things to undo at the end of a check, last first; every one runs even if another fails. */
export class Scope {
  constructor() {
    this.undo = [];
  }
  defer(fn) {
    this.undo.push(fn);
  }
  async close() {
    while (this.undo.length) {
      const fn = this.undo.pop();
      try {
        await within(3000, Promise.resolve().then(fn), 'cleanup');
      } catch (err) {
        console.error(`  (cleanup: ${err.message})`);
      }
    }
  }
}

/** Runs checks one after another, one line each; `summary()` returns the number of failures. */
export class Runner {
  constructor() {
    this.passed = 0;
    this.failed = 0;
  }
  async check(name, fn, timeoutMs = 10000) {
    const scope = new Scope();
    const start = Date.now();
    try {
      await within(
        timeoutMs,
        Promise.resolve().then(() => fn(scope)),
        name,
      );
      this.passed++;
      console.log(`ok   ${name} (${Date.now() - start} ms)`);
    } catch (err) {
      this.failed++;
      console.log(`FAIL ${name}: ${err && err.message ? err.message.split('\n').join(' | ') : err}`);
    } finally {
      await scope.close();
    }
  }
  summary() {
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed;
  }
}

/**
 * A TCP server on 127.0.0.1:0 whose connections go to `onSocket`; it counts and tracks them,
 * and `close()` destroys them all. `closedSockets` counts server-side sockets that closed.
 */
export async function tcpServer(scope, onSocket = () => {}, options = {}) {
  const sockets = new Set();
  const srv = {
    accepted: 0,
    closedSockets: 0,
    sockets,
    port: 0,
    server: null,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        if (srv.server.listening) srv.server.close(() => resolve());
        else resolve();
      }),
  };
  srv.server = net.createServer(options, (sock) => {
    srv.accepted++;
    sockets.add(sock);
    sock.on('error', () => {});
    sock.on('close', () => {
      sockets.delete(sock);
      srv.closedSockets++;
    });
    onSocket(sock);
  });
  await new Promise((resolve, reject) => {
    srv.server.once('error', reject);
    srv.server.listen(0, '127.0.0.1', resolve);
  });
  srv.port = srv.server.address().port;
  scope.defer(() => srv.close());
  return srv;
}

/** A TCP port on 127.0.0.1 with nothing listening (bound, noted, closed). */
export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A TCP client whose data, end and close are recorded; `waitFor(pred)` waits on them. */
export function tcpClient(scope, port) {
  const sock = net.connect({ host: '127.0.0.1', port, allowHalfOpen: true });
  const client = { sock, data: Buffer.alloc(0), ended: false, closed: false, error: null, waiters: [] };
  const notify = () => {
    for (const w of [...client.waiters]) w();
  };
  client.waitFor = (pred, what, ms = 3000) =>
    within(
      ms,
      new Promise((resolve) => {
        const test = () => {
          if (pred(client)) {
            client.waiters.splice(client.waiters.indexOf(test), 1);
            resolve();
          }
        };
        client.waiters.push(test);
        test();
      }),
      what,
    );
  client.connected = new Promise((resolve, reject) => {
    sock.once('connect', resolve);
    sock.once('error', reject);
  });
  client.connected.catch(() => {});
  sock.on('data', (chunk) => {
    client.data = Buffer.concat([client.data, chunk]);
    notify();
  });
  sock.on('end', () => {
    client.ended = true;
    notify();
  });
  sock.on('error', (err) => {
    client.error = err;
  });
  sock.on('close', () => {
    client.closed = true;
    notify();
  });
  scope.defer(() => sock.destroy());
  return client;
}

/**
 * A WebSocket client; `next()` resolves with its next event, one of
 * { kind: 'text', text, json }, { kind: 'binary', data }, { kind: 'close', code, reason }.
 */
export function wsClient(scope, url, options = {}) {
  const ws = new WebSocket(url, options);
  const events = [];
  const waiters = [];
  const push = (event) => {
    if (waiters.length) waiters.shift()(event);
    else events.push(event);
  };
  ws.on('message', (data, isBinary) => {
    if (isBinary) return push({ kind: 'binary', data: Buffer.from(data) });
    const text = data.toString();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      // left null
    }
    push({ kind: 'text', text, json });
  });
  ws.on('close', (code, reason) => push({ kind: 'close', code, reason: reason.toString() }));
  ws.on('error', () => {});
  const client = {
    ws,
    opened: new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    }),
    next(ms = 3000, what = 'the next WebSocket event') {
      if (events.length) return Promise.resolve(events.shift());
      let waiter;
      const p = new Promise((resolve) => {
        waiter = resolve;
        waiters.push(resolve);
      });
      return within(ms, p, what).catch((err) => {
        const i = waiters.indexOf(waiter);
        if (i >= 0) waiters.splice(i, 1);
        throw err;
      });
    },
    /** The next event must be a text message of this type; returns its JSON. */
    async expectText(type, ms = 3000) {
      const e = await client.next(ms, `a ${type} message`);
      if (e.kind !== 'text' || !e.json || e.json.type !== type) {
        throw new Error(`expected a ${type} message, got ${describeEvent(e)}`);
      }
      return e.json;
    },
    /** Reads binary messages until `length` bytes have come; returns them. */
    async readBinary(length, ms = 3000) {
      const chunks = [];
      let have = 0;
      const deadline = Date.now() + ms;
      while (have < length) {
        const e = await client.next(Math.max(1, deadline - Date.now()), `${length} bytes (have ${have})`);
        if (e.kind !== 'binary') throw new Error(`expected binary data, got ${describeEvent(e)}`);
        chunks.push(e.data);
        have += e.data.length;
      }
      return Buffer.concat(chunks);
    },
    /** The next event must be the close; checks its code (a number or a list) and reason. */
    async expectClose(codes, reason, ms = 3000) {
      const e = await client.next(ms, `a close with ${codes}`);
      const ok = Array.isArray(codes) ? codes.includes(e.code) : e.code === codes;
      if (e.kind !== 'close' || !ok) throw new Error(`expected close ${codes}, got ${describeEvent(e)}`);
      if (reason instanceof RegExp ? !reason.test(e.reason) : reason !== undefined && e.reason !== reason) {
        throw new Error(`close ${e.code}: reason ${JSON.stringify(e.reason)} does not match ${reason}`);
      }
      return e;
    },
  };
  client.opened.catch(() => {});
  scope.defer(() => ws.terminate());
  return client;
}

export function describeEvent(e) {
  if (e.kind === 'close') return `close ${e.code} ${JSON.stringify(e.reason)}`;
  if (e.kind === 'text') return `text ${e.text.slice(0, 100)}`;
  return `binary (${e.data.length} bytes)`;
}

export const EOF = JSON.stringify({ type: 'eof' });
