// The WebSocket-to-TCP bridge: a browser page cannot open TCP sockets, so scripts running in the
// page reach TCP servers through this small server, which relays WebSocket connections to TCP
// (forward: /connect?host=H&port=P) and, with --reverse, TCP clients to a server running inside
// the page (reverse: /reverse?port=N, then /reverse/ID). The protocol is in web/bridge/README.md.
//
//   import { startBridge } from './bridge.mjs';
//   const bridge = await startBridge({ port: 0, allow: ['127.0.0.1:7000-7010'], reverse: 0 });
//   ... ws://127.0.0.1:${bridge.port}/connect?host=127.0.0.1&port=7000 ... bridge.reversePort ...
//   await bridge.close();
//
// Command line: node web/bridge/bridge.mjs [--host 127.0.0.1] [--port 8765] [--allow SPEC]...
//   [--max-connections 64] [--max-message 1048576] [--idle 300] [--reverse TCPPORT]
import { createServer } from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';

export const DEFAULTS = Object.freeze({
  host: '127.0.0.1',
  port: 8765,
  allow: Object.freeze(['127.0.0.1:*', 'localhost:*']),
  maxConnections: 64,
  maxMessage: 1048576,
  idle: 300,
  reverse: null,
  acceptTimeout: 10,
});

/** Above this many bytes queued on a WebSocket, the TCP socket feeding it is paused. */
const HIGH_WATER = 1024 * 1024;

/** Close codes, as documented in README.md. */
export const CLOSE = Object.freeze({
  NORMAL: 1000,
  GOING_AWAY: 1001,
  TOO_BIG: 1009,
  IDLE: 4000,
  RESET: 4001,
  CONNECT_FAILED: 4002,
  NOT_ALLOWED: 4003,
  TOO_MANY: 4008,
  ALREADY_SERVING: 4009,
  BAD_REQUEST: 4400,
  NOT_FOUND: 4404,
});

const USAGE = `usage: npm run bridge -- [--host 127.0.0.1] [--port 8765] [--allow SPEC]...
         [--max-connections 64] [--max-message 1048576] [--idle 300] [--reverse TCPPORT]
  --allow SPEC   HOST:PORT, HOST:* or HOST:LOW-HIGH; repeatable; replaces the default
                 (127.0.0.1:* and localhost:*)
  --idle S       close a relayed connection after S seconds without traffic (0: never)
  --reverse P    expose the page's server on TCP 127.0.0.1:P (0 picks a free port)`;

/** An error in the options: the CLI prints its message and exits with status 2. */
export class UsageError extends Error {}

/** "[::1]" and "::1" compare equal, as do "LocalHost" and "localhost". */
function normalizeHost(host) {
  let h = String(host).trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  return h;
}

function formatHost(host) {
  return host.includes(':') ? `[${host}]` : host;
}

function formatTarget(host, port) {
  return `${formatHost(host)}:${port}`;
}

const HOST_RE = /^[a-z0-9._:-]+$/;

function parsePortNumber(text) {
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n <= 65535 ? n : null;
}

/** Parses one allow-list entry (HOST:PORT, HOST:* or HOST:LOW-HIGH) into { host, low, high, text }. */
export function parseAllowSpec(spec) {
  const bad = (why) =>
    new UsageError(`bad --allow ${JSON.stringify(spec)}: ${why} (expected HOST:PORT, HOST:* or HOST:LOW-HIGH)`);
  if (typeof spec !== 'string') throw bad('not a string');
  const colon = spec.lastIndexOf(':');
  if (colon <= 0) throw bad('no HOST:');
  const host = normalizeHost(spec.slice(0, colon));
  const ports = spec.slice(colon + 1).trim();
  if (!host || !HOST_RE.test(host)) throw bad('bad host (no wildcards)');
  if (host.includes(':') && !spec.trim().startsWith('[')) throw bad('write an IPv6 host in brackets, as [::1]:*');
  let low;
  let high;
  if (ports === '*') {
    low = 1;
    high = 65535;
  } else if (ports.includes('-')) {
    const [a, b, ...rest] = ports.split('-');
    low = parsePortNumber(a);
    high = parsePortNumber(b);
    if (rest.length || low === null || high === null || low < 1 || high < low) throw bad('bad port range');
  } else {
    low = high = parsePortNumber(ports);
    if (low === null || low < 1) throw bad('bad port');
  }
  const text = `${formatHost(host)}:${ports === '*' ? '*' : low === high ? low : `${low}-${high}`}`;
  return { host, low, high, text };
}

function isAllowed(allow, host, port) {
  const h = normalizeHost(host);
  return allow.some((a) => a.host === h && port >= a.low && port <= a.high);
}

/** Close reasons must fit in a close frame: at most 123 bytes of UTF-8. */
function fitReason(reason) {
  let r = String(reason);
  if (Buffer.byteLength(r) <= 123) return r;
  while (Buffer.byteLength(`${r}...`) > 123) r = r.slice(0, -1);
  return `${r}...`;
}

function closeWs(ws, code, reason) {
  if (ws.readyState === ws.OPEN) ws.close(code, fitReason(reason));
}

function errorCode(err) {
  return (err && (err.code || err.message)) || 'error';
}

function checkNumber(name, value, { min, max = Infinity, integer = true }) {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
    const range = max === Infinity ? `${min} or more` : `${min} to ${max}`;
    throw new UsageError(
      `bad ${name} ${JSON.stringify(String(value))}: expected ${integer ? 'an integer' : 'a number'}, ${range}`,
    );
  }
  return n;
}

/** Validates startBridge's options; throws UsageError naming the option. */
function resolveOptions(options) {
  const o = { ...DEFAULTS, ...options };
  if (typeof o.host !== 'string' || !o.host.trim()) throw new UsageError('bad --host: expected an address');
  const allowList = o.allow === undefined || o.allow === null ? DEFAULTS.allow : o.allow;
  if (!Array.isArray(allowList) || allowList.length === 0)
    throw new UsageError('bad --allow: expected at least one SPEC');
  return {
    host: normalizeHost(o.host),
    port: checkNumber('--port', o.port, { min: 0, max: 65535 }),
    allow: allowList.map(parseAllowSpec),
    maxConnections: checkNumber('--max-connections', o.maxConnections, { min: 1 }),
    maxMessage: checkNumber('--max-message', o.maxMessage, { min: 1 }),
    idle: checkNumber('--idle', o.idle, { min: 0, integer: false }),
    reverse:
      o.reverse === null || o.reverse === undefined
        ? null
        : checkNumber('--reverse', o.reverse, { min: 0, max: 65535 }),
    acceptTimeout: checkNumber('acceptTimeout', o.acceptTimeout, { min: 0, integer: false }),
    log: typeof o.log === 'function' ? o.log : () => {},
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the bridge; resolves with { port, reversePort, url, allow, close() } once it listens.
 * Options (all optional): host, port (0: any free port), allow (array of SPEC strings),
 * maxConnections, maxMessage (bytes), idle (seconds, 0: never), reverse (TCP port or null),
 * acceptTimeout (seconds a reverse TCP client waits for the page, default 10), log (function).
 * Rejects with a UsageError on bad options, with the listen error (code EADDRINUSE, ...) otherwise;
 * the error's `option` says which port failed ('--port' or '--reverse').
 */
export async function startBridge(options = {}) {
  const opts = resolveOptions(options);
  const { maxConnections, maxMessage, log } = opts;
  const idleMs = opts.idle * 1000;

  let closing = false;
  let active = 0; // relayed connections: forward ones from the allow check on, reverse ones from accept
  const sockets = new Set(); // every TCP socket the bridge holds
  const pending = new Map(); // reverse id -> pending TCP client waiting for the page's /reverse/ID
  let registration = null; // the page serving in reverse mode
  let nextId = 1;
  let reverseServer = null; // reverse mode's TCP server, on 127.0.0.1:reversePort
  let reversePort = null;

  const http = createServer((req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain; charset=utf-8', upgrade: 'websocket' });
    res.end('tulip bridge: WebSocket only (see web/bridge/README.md)\n');
  });
  const wss = new WebSocketServer({ server: http, maxPayload: maxMessage });
  wss.on('error', () => {}); // the http server's errors are reported by listen()

  function track(sock) {
    sockets.add(sock);
    sock.once('close', () => sockets.delete(sock));
  }

  /**
   * Relays `ws` <-> `sock` as the protocol says. `sock` may still be connecting (forward) or may
   * have buffered data, ended or even closed before the page attached (reverse: `early`).
   * `release` is called once when the relayed connection is over.
   */
  function relay(ws, sock, { release, target = 'peer', early = null, onConnect = null }) {
    let connected = !onConnect;
    let done = false;
    let sockEnded = false; // the page sent eof: we half-closed the TCP socket
    let sockError = null;
    let tcpPausedForWs = false;
    let last = Date.now();
    let idleTimer = null;

    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(idleTimer);
      release();
    };

    const onIdle = () => {
      idleTimer = null;
      if (done) return;
      const quiet = Date.now() - last;
      if (quiet < idleMs) {
        idleTimer = setTimeout(onIdle, idleMs - quiet);
      } else if (!connected) {
        closeWs(ws, CLOSE.CONNECT_FAILED, `connect to ${target} failed: ETIMEDOUT`);
        sock.destroy();
      } else {
        closeWs(ws, CLOSE.IDLE, `idle for ${opts.idle} s`);
        sock.destroy();
      }
    };
    const touch = () => {
      last = Date.now();
    };
    if (idleMs > 0) idleTimer = setTimeout(onIdle, idleMs);

    const maybeResumeTcp = () => {
      if (tcpPausedForWs && ws.bufferedAmount <= HIGH_WATER) {
        tcpPausedForWs = false;
        sock.resume();
      }
    };
    const sendData = (chunk) => {
      if (ws.readyState !== ws.OPEN) return;
      ws.send(chunk, { binary: true }, maybeResumeTcp);
      if (!tcpPausedForWs && ws.bufferedAmount > HIGH_WATER) {
        tcpPausedForWs = true;
        sock.pause();
      }
    };
    const sendEof = () => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'eof' }));
    };
    const closeForSocket = (err) => {
      if (ws.isPaused) ws.resume(); // lets the closing handshake through
      if (!connected) {
        closeWs(ws, CLOSE.CONNECT_FAILED, `connect to ${target} failed: ${errorCode(err)}`);
      } else if (err) {
        const code = errorCode(err);
        closeWs(ws, CLOSE.RESET, code === 'ECONNRESET' ? 'connection reset by peer' : `connection error: ${code}`);
      } else {
        closeWs(ws, CLOSE.NORMAL, 'closed by peer');
      }
      finish();
    };

    // The page's side.
    ws.on('message', (data, isBinary) => {
      touch();
      if (isBinary) {
        if (sockEnded) {
          closeWs(ws, CLOSE.BAD_REQUEST, 'binary data after eof');
          sock.destroy();
          return;
        }
        if (!sock.destroyed && !sock.write(data) && !ws.isPaused) {
          ws.pause();
          sock.once('drain', () => ws.resume());
        }
        return;
      }
      let msg = null;
      try {
        msg = JSON.parse(data.toString());
      } catch {
        // not JSON: ignored, as every unknown text message is
      }
      if (msg && msg.type === 'eof' && !sockEnded) {
        sockEnded = true;
        sock.end();
      }
    });
    ws.on('close', () => {
      sock.destroy();
      finish();
    });

    // The TCP side.
    sock.on('data', (chunk) => {
      touch();
      sendData(chunk);
    });
    sock.on('end', sendEof);
    sock.on('error', (err) => {
      sockError = err;
    });
    sock.on('close', () => closeForSocket(sockError));
    if (onConnect) {
      sock.once('connect', () => {
        connected = true;
        touch();
        onConnect();
      });
    }

    // What a reverse TCP client did before the page attached.
    if (early) {
      for (const chunk of early.chunks) sendData(chunk);
      if (early.ended) sendEof();
      if (early.closed) closeForSocket(early.error);
      else if (early.paused) sock.resume();
    }
  }

  function reserve(ws) {
    if (active >= maxConnections) {
      closeWs(ws, CLOSE.TOO_MANY, `too many connections (limit ${maxConnections})`);
      return null;
    }
    active++;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        active--;
      }
    };
  }

  function handleConnect(ws, params) {
    const host = params.get('host');
    const portText = params.get('port');
    if (host === null || host.trim() === '') return closeWs(ws, CLOSE.BAD_REQUEST, 'missing host');
    if (!HOST_RE.test(normalizeHost(host))) return closeWs(ws, CLOSE.BAD_REQUEST, `bad host ${JSON.stringify(host)}`);
    if (portText === null || portText === '') return closeWs(ws, CLOSE.BAD_REQUEST, 'missing port');
    const port = parsePortNumber(portText);
    if (port === null || port < 1) return closeWs(ws, CLOSE.BAD_REQUEST, `bad port ${JSON.stringify(portText)}`);
    const h = normalizeHost(host);
    const target = formatTarget(h, port);
    if (!isAllowed(opts.allow, h, port)) {
      log(`refused ${target}: not allowed`);
      return closeWs(ws, CLOSE.NOT_ALLOWED, `target ${target} is not allowed by the bridge`);
    }
    const release = reserve(ws);
    if (!release) return log(`refused ${target}: too many connections`);
    const sock = net.connect({ host: h, port, allowHalfOpen: true });
    track(sock);
    relay(ws, sock, {
      release,
      target,
      onConnect: () => {
        log(`open ${target}`);
        if (ws.readyState !== ws.OPEN) return;
        const open = {
          type: 'open',
          peername: [sock.remoteAddress, sock.remotePort],
          sockname: [sock.localAddress, sock.localPort],
        };
        ws.send(JSON.stringify(open));
      },
    });
  }

  function handleRegister(ws, params) {
    if (reverseServer === null) {
      return closeWs(ws, CLOSE.NOT_FOUND, 'reverse mode is off (start the bridge with --reverse TCPPORT)');
    }
    const portText = params.get('port');
    const pagePort = portText === null || portText === '' ? null : parsePortNumber(portText);
    if (portText !== null && portText !== '' && pagePort === null) {
      return closeWs(ws, CLOSE.BAD_REQUEST, `bad port ${JSON.stringify(portText)}`);
    }
    if (registration) return closeWs(ws, CLOSE.ALREADY_SERVING, `a page is already serving on ${reversePort}`);
    registration = ws;
    log(`page serving${pagePort === null ? '' : ` its port ${pagePort}`} on tcp 127.0.0.1:${reversePort}`);
    ws.on('close', () => {
      if (registration === ws) registration = null;
      log('page stopped serving');
    });
    ws.send(JSON.stringify({ type: 'ready', port: reversePort }));
  }

  function handleAttach(ws, idText) {
    if (!/^\d{1,15}$/.test(idText))
      return closeWs(ws, CLOSE.BAD_REQUEST, `bad connection id ${JSON.stringify(idText)}`);
    const entry = pending.get(Number(idText));
    if (!entry) return closeWs(ws, CLOSE.NOT_FOUND, `no pending connection ${idText}`);
    pending.delete(entry.id);
    clearTimeout(entry.timer);
    entry.sock.removeListener('data', entry.onData);
    entry.sock.removeListener('end', entry.onEnd);
    entry.sock.removeListener('error', entry.onError);
    entry.sock.removeListener('close', entry.onClose);
    relay(ws, entry.sock, { release: entry.release, early: entry });
  }

  wss.on('connection', (ws, req) => {
    ws.on('error', () => {}); // ws closes the socket itself (with 1009 for a message over maxPayload)
    if (closing) return closeWs(ws, CLOSE.GOING_AWAY, 'bridge shutting down');
    // ws closes with 1009 and no reason when a message exceeds maxPayload: give it one.
    const close = ws.close.bind(ws);
    ws.close = (code, reason) =>
      close(code, code === CLOSE.TOO_BIG && !reason ? `message too big (limit ${maxMessage} bytes)` : reason);
    let url;
    try {
      url = new URL(req.url, 'ws://bridge');
    } catch {
      return closeWs(ws, CLOSE.NOT_FOUND, 'bad path');
    }
    const path = url.pathname;
    if (path === '/connect') return handleConnect(ws, url.searchParams);
    if (path === '/reverse') return handleRegister(ws, url.searchParams);
    if (path.startsWith('/reverse/') && reverseServer !== null) return handleAttach(ws, path.slice('/reverse/'.length));
    return closeWs(ws, CLOSE.NOT_FOUND, `no such path ${path.slice(0, 60)} (use /connect?host=H&port=P)`);
  });

  // Reverse mode: TCP clients of 127.0.0.1:reversePort are handed to the registered page.
  if (opts.reverse !== null) {
    reverseServer = net.createServer({ allowHalfOpen: true, pauseOnConnect: false }, (sock) => {
      track(sock);
      if (closing || !registration || registration.readyState !== registration.OPEN) {
        log('reverse client refused: no page is serving');
        sock.destroy();
        return;
      }
      if (active >= maxConnections) {
        log(`reverse client refused: too many connections (limit ${maxConnections})`);
        sock.destroy();
        return;
      }
      active++;
      let released = false;
      const entry = {
        id: nextId++,
        sock,
        chunks: [],
        size: 0,
        paused: false,
        ended: false,
        closed: false,
        error: null,
        release: () => {
          if (!released) {
            released = true;
            active--;
          }
        },
      };
      entry.onData = (chunk) => {
        entry.chunks.push(chunk);
        entry.size += chunk.length;
        if (entry.size >= maxMessage && !entry.paused) {
          entry.paused = true;
          sock.pause();
        }
      };
      entry.onEnd = () => {
        entry.ended = true;
      };
      entry.onError = (err) => {
        entry.error = err;
      };
      entry.onClose = () => {
        entry.closed = true;
      };
      sock.on('data', entry.onData);
      sock.on('end', entry.onEnd);
      sock.on('error', entry.onError);
      sock.on('close', entry.onClose);
      entry.timer = setTimeout(() => {
        if (pending.get(entry.id) !== entry) return;
        pending.delete(entry.id);
        log(`reverse client ${entry.id} dropped: the page did not take it within ${opts.acceptTimeout} s`);
        sock.destroy();
        entry.release();
      }, opts.acceptTimeout * 1000);
      pending.set(entry.id, entry);
      log(`reverse client ${entry.id} from ${formatTarget(sock.remoteAddress, sock.remotePort)}`);
      registration.send(
        JSON.stringify({
          type: 'accept',
          id: entry.id,
          peername: [sock.remoteAddress, sock.remotePort],
          sockname: [sock.localAddress, sock.localPort],
        }),
      );
    });
  }

  let port;
  try {
    port = await listen(http, opts.port, opts.host);
  } catch (err) {
    err.option = '--port';
    err.bridgePort = opts.port;
    throw err;
  }
  if (reverseServer) {
    try {
      reversePort = await listen(reverseServer, opts.reverse, '127.0.0.1');
    } catch (err) {
      await new Promise((resolve) => http.close(resolve));
      err.option = '--reverse';
      err.bridgePort = opts.reverse;
      throw err;
    }
  }

  let closed = null;
  async function close() {
    if (closed) return closed;
    closing = true;
    closed = (async () => {
      for (const ws of wss.clients) closeWs(ws, CLOSE.GOING_AWAY, 'bridge shutting down');
      for (const entry of pending.values()) clearTimeout(entry.timer);
      pending.clear();
      for (const sock of sockets) sock.destroy();
      const servers = [new Promise((resolve) => http.close(resolve))];
      if (reverseServer) servers.push(new Promise((resolve) => reverseServer.close(resolve)));
      // Give the pages a moment to answer the close frames, then cut what is left.
      const deadline = Date.now() + 1000;
      while ([...wss.clients].some((ws) => ws.readyState !== ws.CLOSED) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      for (const ws of wss.clients) ws.terminate();
      http.closeAllConnections();
      await new Promise((resolve) => wss.close(resolve));
      await Promise.all(servers);
    })();
    return closed;
  }

  const hostPart = formatHost(opts.host);
  return {
    port,
    reversePort,
    url: `ws://${hostPart}:${port}/`,
    allow: opts.allow.map((a) => a.text),
    close,
  };
}

/** Parses the command line into startBridge's options, or { help: true }. Throws UsageError. */
export function parseArgs(argv) {
  const options = {};
  const allow = [];
  const names = {
    '--host': 'host',
    '--port': 'port',
    '--max-connections': 'maxConnections',
    '--max-message': 'maxMessage',
    '--idle': 'idle',
    '--reverse': 'reverse',
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg !== '--allow' && !(arg in names)) throw new UsageError(`unknown option ${arg}`);
    if (value === undefined) {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new UsageError(`${arg} needs a value`);
      value = argv[++i];
    }
    if (arg === '--allow') {
      parseAllowSpec(value);
      allow.push(value);
    } else if (arg === '--host') {
      options.host = value;
    } else {
      options[names[arg]] = checkNumber(arg, value, {
        min: arg === '--max-connections' || arg === '--max-message' ? 1 : 0,
        max: arg === '--port' || arg === '--reverse' ? 65535 : Infinity,
        integer: arg !== '--idle',
      });
    }
  }
  if (allow.length) options.allow = allow;
  return options;
}

async function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`tulip bridge: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  let bridge;
  try {
    bridge = await startBridge({ ...options, log: (line) => console.error(`tulip bridge: ${line}`) });
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`tulip bridge: ${err.message}\n${USAGE}`);
      process.exit(2);
    }
    if (err.code === 'EADDRINUSE') {
      console.error(
        err.option === '--reverse'
          ? `tulip bridge: port ${err.bridgePort} is in use: pick another --reverse port (0 picks a free one)`
          : `tulip bridge: port ${err.bridgePort} is in use: is another bridge running? use --port`,
      );
    } else {
      console.error(`tulip bridge: cannot listen (${err.option || 'listen'}): ${err.message}`);
    }
    process.exit(1);
  }
  const reverse = bridge.reversePort === null ? '' : `; reverse: tcp 127.0.0.1:${bridge.reversePort}`;
  console.log(`tulip bridge: ${bridge.url} relaying to ${bridge.allow.join(', ')}${reverse}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(0);
    stopping = true;
    await bridge.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`tulip bridge: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  });
}
