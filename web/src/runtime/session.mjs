// Running one program in a fresh instance of the wasm runtime (wasm/: tulip.mjs + tulip.wasm),
// shared by the page (runtime.ts) and the wasm-under-node tests (tests/wasm/).
//
// Every run gets its own instance of the compiled module: a stopped run is simply never resumed
// and its instance dropped, and no state leaks from one run to the next.
//
// Where the JS engine has WebAssembly's promise integration (JSPI: Chromium 137+), the runtime's
// one import, tulip_js_wait(ms), returns a promise and suspends the run until it resolves: a
// zero delay continues through a MessageChannel task, a real delay through one setTimeout. Where
// it has none (Node 20), the import waits in place and the run is synchronous.

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

function suspendingWait(ms) {
  if (ms <= 0) return nextTask();
  const due = performance.now() + ms;
  return new Promise((resolve) => {
    const finish = () => (performance.now() >= due ? resolve() : nextTask().then(finish));
    setTimeout(finish, Math.max(0, ms - TIMER_EARLY_MS));
  });
}

let sleepCell = null;
function blockingWait(ms) {
  if (ms <= 0) return;
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, ms);
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
 * @param {{factory: Function, module: WebAssembly.Module}} runtime the module factory
 *   (createTulipModule from tulip.mjs) and the compiled tulip.wasm
 * @returns {Promise<{session: object, run: Function, sink: object}>}
 */
export async function createInstance(runtime) {
  const suspend = hasPromiseIntegration();
  let exports = null;
  // Where the session's callbacks go; runProgram points it at the run's own.
  const sink = { output() {}, trace() {} };
  const instance = await runtime.factory({
    tulipWait: suspend ? suspendingWait : blockingWait,
    print: () => {},
    printErr: (text) => console.warn('tulip runtime:', text),
    instantiateWasm(imports, receive) {
      if (suspend) wrapWaitImport(imports);
      WebAssembly.instantiate(runtime.module, imports).then((inst) => {
        exports = inst.exports;
        receive(inst, runtime.module);
      });
      return {};
    },
  });
  const session = new instance.Session({
    output: (stream, text) => sink.output(stream, text),
    trace: (json) => sink.trace(json),
    exit() {},
  });
  return { session, run: runExport(instance, exports), sink };
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

/**
 * Runs `source` to its end (or until the function given to `control.onStop` is called).
 * @param {{factory: Function, module: WebAssembly.Module}} runtime
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
  const { session, run: runExported, sink } = await (control.instance ?? createInstance(runtime));
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
  const run = hasPromiseIntegration() ? WebAssembly.promising(runExported) : runExported;
  let stop;
  const stopped = new Promise((resolve) => (stop = resolve));
  control.onStop?.(() => stop());
  // A stopped run stays suspended forever; dropping the instance collects it.
  const exitCode = await Promise.race([Promise.resolve(run()), stopped.then(() => null)]);
  return exitCode === null ? result(130, true) : result(exitCode, false);
}

// The import is found by its name, tulip_js_wait, or (where the build minified import names) as
// the only import whose code calls Module.tulipWait.
function wrapWaitImport(imports) {
  for (const moduleName of Object.keys(imports)) {
    const table = imports[moduleName];
    for (const name of Object.keys(table)) {
      const fn = table[name];
      if (typeof fn !== 'function') continue;
      if (name === 'tulip_js_wait' || String(fn).includes('tulipWait')) {
        table[name] = new WebAssembly.Suspending(fn);
        return;
      }
    }
  }
  throw new Error('tulip runtime: the tulip_js_wait import is missing');
}
