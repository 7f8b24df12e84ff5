// Running one program in a fresh instance of the wasm runtime (wasm/: tulip.mjs + tulip.wasm),
// shared by the page (runtime.ts) and the wasm-under-node tests (tests/wasm/).
//
// Every run gets its own instance of the compiled module: a stopped run is simply never resumed
// and its instance dropped, and no state leaks from one run to the next.
//
// Where the JS engine has WebAssembly's promise integration (JSPI: Chromium 137+), the runtime's
// import tulip_js_wait(ms) returns a promise and suspends the run until it resolves: a zero delay
// continues through a MessageChannel task, a real delay through one setTimeout; a WebSocket of the
// run that has news ends the wait early (the bridge: see webSockets below). Where it has none
// (Node 20), the import waits in place and the run is synchronous. The same goes for the source of
// a module the runtime does not embed (unicodedata): the page fetches it while the run waits,
// Node reads the file in place.
//
// The runtime is plain exports and imports (wasm/session.cpp, wasm/library_tulip.js): strings
// cross as UTF-8 bytes in wasm memory.

/** @returns {boolean} */
export function hasPromiseIntegration() {
  return typeof WebAssembly.Suspending === 'function' && typeof WebAssembly.promising === 'function';
}

// Zero-delay continuations through one MessageChannel: not clamped to 4 ms as a nested
// setTimeout(0) is.
let channel = null;
const channelWaiters = [];
function nextTask() {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => channelWaiters.shift()?.();
  }
  return new Promise((resolve) => {
    channelWaiters.push(resolve);
    channel.port2.postMessage(0);
  });
}

// setTimeout fires a millisecond or more after its delay; a sleep(0.1) should end within a
// fraction of one. So the timeout is set this much early and the rest is waited out on zero-delay
// tasks, which leave the page its turns.
const TIMER_EARLY_MS = 3;

// The suspending tulip_js_wait of one instance: a wait of `ms` milliseconds (0: the next task;
// negative: no timeout) that ends early when `wake()` is called (a WebSocket of the run has news).
// After `halt()` (the run was stopped) no wait ends: the run stays suspended until it is dropped.
function wakeableWait() {
  let wake = null;
  let halted = false;
  return {
    wait(ms) {
      return new Promise((resolve) => {
        let timer = null;
        const done = () => {
          if (wake !== done || halted) return;
          wake = null;
          clearTimeout(timer);
          resolve();
        };
        wake = done;
        if (ms < 0) return;
        if (ms === 0) {
          nextTask().then(done);
          return;
        }
        const due = performance.now() + ms;
        const finish = () => (performance.now() >= due ? done() : wake === done && nextTask().then(finish));
        timer = setTimeout(finish, Math.max(0, ms - TIMER_EARLY_MS));
      });
    },
    wake: () => wake?.(),
    halt: () => (halted = true),
  };
}

let sleepCell = null;
function blockingWait(ms) {
  if (ms <= 0) return;
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, ms);
}

// ---- WebSockets through the bridge (web/bridge/README.md) ----------------------------------------
// The page cannot open TCP sockets: the runtime's network (wasm/web_network.cpp) keeps a program's
// own servers and clients in the page and reaches any other host:port through the bridge, one
// WebSocket per connection. Here are those WebSockets: what each received waits in its queue, and
// the runtime reads it through the synchronous imports tulip_js_ws_* (wasm/library_tulip.js); each
// event wakes the run's wait. In reverse mode the first server a run starts is registered with
// the bridge, and each TCP client of the bridge's reverse port becomes one of its connections.
// Everything closes when the run ends or is stopped.

export const DEFAULT_BRIDGE = 'ws://127.0.0.1:8765';

// The state bits of tulip_js_ws_state (wasm/web_network.cpp).
const WRITABLE = 1;
const READABLE = 2;
const FAILED = 4;

const address = (pair) => (Array.isArray(pair) ? [String(pair[0] ?? ''), Number(pair[1]) || 0] : ['', 0]);

/**
 * The run's WebSockets, for Module.tulipNet.
 * @param {{bridge: string, reverse: boolean, usable: boolean, news: () => void}} options
 *   `usable`: whether this engine can wait for a WebSocket (WebSocket and promise integration);
 *   `news`: called on every event (it wakes the run)
 */
function webSockets({ bridge, reverse, usable, news }) {
  bridge = bridge.replace(/\/+$/, '');
  const sockets = new Map(); // id -> socket; ids are never reused
  let nextId = 1;
  const accepted = []; // reverse connections open and waiting for their in-page listener
  let registration = null; // the reverse registration's WebSocket
  let offered = false; // a server of this run was offered to the bridge already

  function add(socket) {
    const id = nextId++;
    sockets.set(id, socket);
    return id;
  }
  const socket = (fields) => ({
    ws: null,
    phase: 'connecting', // then 'open', and 'closed'; or 'failed' (closed before it opened)
    chunks: [],
    head: 0, // bytes of chunks[0] already read
    queued: 0,
    eof: false,
    reset: false, // reported once by recv, then EOF
    wasReset: false,
    detail: '',
    peer: ['', 0],
    own: ['', 0],
    listener: 0,
    ...fields,
  });
  const fail = (s, detail) => {
    s.phase = 'failed';
    s.detail = detail;
  };
  function open(url) {
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    return ws;
  }
  function forget(ws) {
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    if (ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN) ws.close(1000);
  }

  // A connection's events. A forward one is open when the bridge's open message comes; a reverse
  // one (`onOpen` given) when the WebSocket opens, and if it closes before, nobody saw it.
  function attach(id, s, ws, onOpen) {
    s.ws = ws;
    if (onOpen)
      ws.onopen = () => {
        s.phase = 'open';
        onOpen();
        news();
      };
    ws.onmessage = (event) => {
      if (typeof event.data === 'string') {
        let message;
        try {
          message = JSON.parse(event.data);
        } catch {
          return;
        }
        if (message?.type === 'open' && s.phase === 'connecting') {
          s.phase = 'open';
          s.peer = address(message.peername);
          s.own = address(message.sockname);
        } else if (message?.type === 'eof') s.eof = true;
        else return;
      } else {
        const bytes = new Uint8Array(event.data);
        if (!bytes.length) return;
        s.chunks.push(bytes);
        s.queued += bytes.length;
      }
      news();
    };
    ws.onerror = () => {}; // a close follows
    ws.onclose = (event) => {
      s.ws = null;
      if (s.phase === 'connecting' && onOpen) {
        sockets.delete(id);
      } else if (s.phase === 'connecting') {
        fail(
          s,
          event.code >= 4000 && event.reason
            ? `: ${event.reason}`
            : `: no bridge at ${bridge} (start one with: npm run bridge)`,
        );
      } else if (event.code === 1000) {
        s.phase = 'closed';
        s.eof = true;
      } else {
        // 4001: the TCP connection was reset; 1001, 1006: the bridge went away
        s.phase = 'closed';
        s.reset = s.wasReset = true;
      }
      news();
    };
  }

  // Reverse mode: a TCP client of the bridge's reverse port, for the in-page listener on `port`.
  function acceptReverse(message, port) {
    const s = socket({ listener: port, peer: address(message.peername), own: address(message.sockname) });
    const id = add(s);
    try {
      attach(id, s, open(`${bridge}/reverse/${encodeURIComponent(message.id)}`), () => accepted.push(id));
    } catch {
      sockets.delete(id);
    }
  }

  function register(port) {
    let ws;
    try {
      ws = open(`${bridge}/reverse?port=${port}`);
    } catch (error) {
      console.warn(`tulip: reverse mode: bad bridge URL ${bridge}: ${error.message}`);
      return;
    }
    registration = ws;
    ws.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message?.type === 'ready')
        console.info(`tulip: reverse mode: tcp 127.0.0.1:${message.port} reaches the page's server on port ${port}`);
      else if (message?.type === 'accept') acceptReverse(message, port);
    };
    ws.onerror = () => {};
    ws.onclose = (event) => {
      if (registration === ws) registration = null;
      console.warn(
        `tulip: reverse mode: the bridge at ${bridge} ended the registration` +
          (event.reason ? `: ${event.reason}` : ` (code ${event.code}; is it running with --reverse?)`),
      );
      news();
    };
  }

  return {
    connect(host, port) {
      const s = socket({});
      const id = add(s);
      if (!usable) {
        fail(s, ': this page cannot reach a bridge (it needs WebSocket and JS promise integration)');
        return id;
      }
      let ws;
      try {
        ws = open(`${bridge}/connect?host=${encodeURIComponent(host)}&port=${port}`);
      } catch (error) {
        fail(s, `: bad bridge URL ${bridge} (${error.message})`);
        return id;
      }
      attach(id, s, ws, null);
      return id;
    },
    state(id) {
      const s = sockets.get(id);
      if (!s) return WRITABLE | READABLE;
      if (s.phase === 'connecting') return 0;
      if (s.phase === 'failed') return WRITABLE | READABLE | FAILED;
      return WRITABLE | (s.queued || s.eof || s.reset || s.phase === 'closed' ? READABLE : 0);
    },
    recv(id, view) {
      const s = sockets.get(id);
      if (!s) return -3;
      if (s.queued) {
        if (!view) return s.queued;
        let n = 0;
        while (n < view.length && s.chunks.length) {
          const chunk = s.chunks[0];
          const take = Math.min(view.length - n, chunk.length - s.head);
          view.set(chunk.subarray(s.head, s.head + take), n);
          n += take;
          s.head += take;
          if (s.head === chunk.length) {
            s.chunks.shift();
            s.head = 0;
          }
        }
        s.queued -= n;
        return n;
      }
      if (s.reset) {
        s.reset = false;
        return -2;
      }
      return s.eof || s.phase !== 'open' ? -1 : 0;
    },
    send(id, view) {
      const s = sockets.get(id);
      if (!s) return -3;
      if (s.phase !== 'open' || !s.ws) return s.wasReset ? -2 : -1;
      s.ws.send(view.slice());
      return view.length;
    },
    shutdown(id) {
      const s = sockets.get(id);
      if (s?.ws && s.phase === 'open') s.ws.send('{"type":"eof"}');
    },
    close(id) {
      const s = sockets.get(id);
      if (!s) return;
      sockets.delete(id);
      if (s.ws) forget(s.ws);
      s.ws = null;
    },
    text(id, what) {
      const s = sockets.get(id);
      if (!s) return '';
      return what === 0 ? s.detail : what === 1 ? s.peer[0] : what === 2 ? s.own[0] : '';
    },
    port(id, what) {
      const s = sockets.get(id);
      if (!s) return 0;
      return what === 0 ? s.peer[1] : what === 1 ? s.own[1] : what === 2 ? s.listener : 0;
    },
    live() {
      let n = registration ? 1 : 0;
      for (const s of sockets.values()) if (s.ws) n++;
      return n;
    },
    accepted() {
      while (accepted.length) {
        const id = accepted.shift();
        if (sockets.has(id)) return id;
      }
      return 0;
    },
    listening(port) {
      if (!reverse || offered || !usable) return;
      offered = true;
      register(port);
    },
    /** Closes every WebSocket of the run (and the reverse registration). */
    closeAll() {
      for (const s of sockets.values()) if (s.ws) forget(s.ws);
      sockets.clear();
      accepted.length = 0;
      if (registration) forget(registration);
      registration = null;
      offered = false;
    },
  };
}

/**
 * Where the program failed, from its traceback: the line in the program's own file of the last
 * frame (a runtime error) or of the SyntaxError, and the last line of stderr.
 * @param {string} stderr
 * @param {string} filename
 * @returns {{line: number, message: string, kind: 'syntax' | 'runtime'} | null}
 */
export function errorLocation(stderr, filename) {
  const lines = stderr.trimEnd().split('\n');
  const message = lines[lines.length - 1] ?? '';
  if (!message) return null;
  const quoted = JSON.stringify(filename);
  let line = 0;
  for (const text of lines) {
    const m = /^ {2}File "(.*)", line (\d+)/.exec(text);
    if (m && JSON.stringify(m[1]) === quoted) line = Number(m[2]);
  }
  if (!line) return null;
  const kind = /^(SyntaxError|IndentationError|TabError)\b/.test(message) ? 'syntax' : 'runtime';
  return { line, message, kind };
}

/**
 * A fresh instance of the runtime, ready to run one program.
 * @param {{factory: Function, module: WebAssembly.Module,
 *   loadModuleSource?: (name: string) => string | Promise<string>,
 *   bridge?: string, reverse?: boolean}} runtime the module factory
 *   (createTulipModule from tulip.mjs), the compiled tulip.wasm, and where the source of a module
 *   the runtime does not embed comes from (unicodedata.py), when a program imports it: the text,
 *   or (with promise integration only) a promise of it; throwing or rejecting fails the import
 *   (ImportError) with the error's message. `bridge`: the bridge's WebSocket URL (default
 *   DEFAULT_BRIDGE), through which a program reaches any host:port outside the page; `reverse`:
 *   offer the first server each run starts to the bridge's reverse port (web/bridge/README.md)
 * @returns {Promise<{session: object, run: Function, sink: object, net: object, waits: object}>}
 */
export async function createInstance(runtime) {
  const suspend = hasPromiseIntegration();
  let exports = null;
  // Where the session's output goes; runProgram points it at the run's own.
  const sink = { output() {}, trace() {} };
  const sources = moduleSources(runtime.loadModuleSource, suspend);
  const waits = wakeableWait();
  // Without promise integration a run cannot wait for a WebSocket: then every connect fails.
  const net = webSockets({
    bridge: typeof runtime.bridge === 'string' && runtime.bridge ? runtime.bridge : DEFAULT_BRIDGE,
    reverse: runtime.reverse === true,
    usable: suspend && typeof WebSocket === 'function',
    news: waits.wake,
  });
  const instance = await runtime.factory({
    tulipWait: suspend ? waits.wait : blockingWait,
    tulipNet: net,
    tulipOutput: (stream, text) => sink.output(stream === 1 ? 'stdout' : 'stderr', text),
    tulipTrace: (json) => sink.trace(json),
    tulipLoadSource: sources.load,
    tulipTakeSource: sources.take,
    print: () => {},
    printErr: (text) => console.warn('tulip runtime:', text),
    instantiateWasm(imports, receive) {
      if (suspend) wrapSuspendingImports(imports, ['tulipWait', 'tulipLoadSource']);
      WebAssembly.instantiate(runtime.module, imports).then((inst) => {
        exports = inst.exports;
        receive(inst, runtime.module);
      });
      return {};
    },
  });
  const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
  if (!memory) throw new Error('tulip runtime: the memory export is missing');
  const session = { load: (source, options) => loadProgram(instance, memory, source, options) };
  // Promise integration suspends only a stack entered through a promising export.
  const exported = runExport(instance, exports);
  const run = suspend ? WebAssembly.promising(exported) : exported;
  return { session, run, sink, net, waits };
}

// The raw wasm export tulip_run (promise integration wraps only wasm functions, not the glue's
// JS wrapper). Optimized builds minify export names; the glue's wrapper names the minified one.
function runExport(instance, exports) {
  if (exports.tulip_run) return exports.tulip_run;
  // `Module["asm"]["Q"]`, or `Module.asm.Q` once a bundler has minified the glue
  const minified = /asm(?:"\]\["|\.)(\w+)/.exec(String(instance._tulip_run));
  const fn = minified && exports[minified[1]];
  if (typeof fn !== 'function') throw new Error('tulip runtime: the tulip_run export is missing');
  return fn;
}

const CLOCKS = { real: 0, virtual: 1, slow: 2 }; // as session.cpp's tulip_load numbers them

// Hands the program to the runtime's tulip_load: source and file name as UTF-8 in one buffer
// allocated in wasm memory (the runtime copies them), the options as numbers.
function loadProgram(instance, memory, source, options) {
  const encoder = new TextEncoder();
  const text = encoder.encode(source);
  const filename = encoder.encode(typeof options.filename === 'string' ? options.filename : 'main.py');
  const ptr = instance._malloc(text.length + filename.length + 1);
  try {
    const heap = new Uint8Array(memory.buffer); // after the malloc, which may have grown memory
    heap.set(text, ptr);
    heap.set(filename, ptr + text.length);
    const speed = typeof options.speed === 'number' ? options.speed : 1;
    const clock = CLOCKS[options.clock] ?? CLOCKS.real;
    instance._tulip_load(
      ptr,
      text.length,
      ptr + text.length,
      filename.length,
      clock,
      speed,
      options.book === true ? 1 : 0,
      options.trace === false ? 0 : 1,
    );
  } finally {
    instance._free(ptr);
  }
}

// The imports tulip_js_load_source and tulip_js_take_source: the first asks `loadModuleSource` for
// a module's source and keeps the answer (the source, or why it could not load) as UTF-8 bytes,
// returning their length, or a promise of it that suspends the run; the runtime then allocates
// that much and the second copies the answer in. Whatever goes wrong becomes the answer, so the
// program gets an ImportError, never a trap.
function moduleSources(loadModuleSource, suspend) {
  let answer = null;
  const keep = (ok, text) => {
    answer = { ok, bytes: new TextEncoder().encode(text) };
    return answer.bytes.length;
  };
  const fail = (error) => keep(false, error instanceof Error ? error.message : String(error));
  return {
    load(name) {
      if (!loadModuleSource) return fail('this runtime was given no way to load module sources');
      let result;
      try {
        result = loadModuleSource(name);
      } catch (error) {
        return fail(error);
      }
      if (typeof result === 'string') return keep(true, result);
      if (!suspend) {
        Promise.resolve(result).catch(() => {});
        return fail('the loader answered with a promise, and this engine cannot wait for one (no promise integration)');
      }
      return Promise.resolve(result).then(
        (text) => (typeof text === 'string' ? keep(true, text) : fail(`the loader answered ${typeof text}, not text`)),
        fail,
      );
    },
    take(view) {
      view.set(answer.bytes);
      const ok = answer.ok;
      answer = null;
      return ok ? 1 : 0;
    },
  };
}

/**
 * Runs `source` to its end (or until the function given to `control.onStop` is called).
 * @param {{factory: Function, module: WebAssembly.Module, loadModuleSource?: Function}} runtime as for createInstance
 * @param {string} source
 * @param {{clock?: 'real'|'virtual'|'slow', speed?: number, book?: boolean, filename?: string,
 *   trace?: boolean}} options  `trace: false` records no trace (the callback is never called)
 * @param {{output?: (stream: 'stdout' | 'stderr', text: string) => void, trace?: (events: Record<string, unknown>[]) => void}} callbacks
 * @param {{onStop?: (stop: () => void) => void, instance?: Promise<object>}} [control]
 *   `instance`: one made beforehand by createInstance (else one is made now)
 * @returns {Promise<{stdout: string, stderr: string, exitCode: number, ms: number,
 *   error: object|null, stopped: boolean}>}
 */
export async function runProgram(runtime, source, options, callbacks, control = {}) {
  const { session, run, sink, net, waits } = await (control.instance ?? createInstance(runtime));
  const filename = options.filename ?? 'main.py';
  let stdout = '';
  let stderr = '';
  sink.output = (stream, text) => {
    if (stream === 'stdout') stdout += text;
    else stderr += text;
    callbacks.output?.(stream, text);
  };
  sink.trace = (json) => callbacks.trace?.(JSON.parse(json));
  session.load(source, {
    clock: options.clock ?? 'real',
    speed: options.speed ?? 1,
    book: options.book ?? false,
    filename,
    trace: options.trace ?? true,
  });
  const start = performance.now();
  const result = (exitCode, stopped) => ({
    stdout,
    stderr,
    exitCode,
    ms: performance.now() - start,
    error: stopped ? null : errorLocation(stderr, filename),
    stopped,
  });
  let stop;
  const stopped = new Promise((resolve) => (stop = resolve));
  control.onStop?.(() => stop());
  // A stopped run stays suspended forever (no wait of it ends); dropping the instance collects it.
  // Either way the run's WebSockets close: nothing of them reaches the next run.
  net.closeAll();
  let exitCode;
  try {
    exitCode = await Promise.race([
      Promise.resolve(run()),
      stopped.then(() => {
        waits.halt();
        return null;
      }),
    ]);
  } finally {
    net.closeAll();
  }
  return exitCode === null ? result(130, true) : result(exitCode, false);
}

// The imports that may suspend the run, found by the Module function each calls (tulipWait for
// tulip_js_wait, tulipLoadSource for tulip_js_load_source, see wasm/library_tulip.js): the build
// minifies import names, not the glue's Module["..."] property names.
function wrapSuspendingImports(imports, callees) {
  const found = new Map(callees.map((callee) => [callee, []]));
  for (const table of Object.values(imports)) {
    for (const [name, fn] of Object.entries(table)) {
      if (typeof fn !== 'function') continue;
      const code = String(fn);
      for (const callee of callees) if (code.includes(callee)) found.get(callee).push([table, name]);
    }
  }
  for (const [callee, places] of found) {
    if (places.length !== 1)
      throw new Error(`tulip runtime: ${places.length} imports call Module.${callee}, expected one`);
    const [table, name] = places[0];
    table[name] = new WebAssembly.Suspending(table[name]);
  }
}
