// Running one program in a fresh instance of the wasm runtime (wasm/: tulip.mjs + tulip.wasm),
// shared by the page (runtime.ts) and the wasm-under-node tests (tests/wasm/).
//
// Every run gets its own instance of the compiled module: a stopped run is simply never resumed
// and its instance dropped, and no state leaks from one run to the next.
//
// Where the JS engine has WebAssembly's promise integration (JSPI: Chromium 137+), the runtime's
// import tulip_js_wait(ms) returns a promise and suspends the run until it resolves: a zero delay
// continues through a MessageChannel task, a real delay through one setTimeout. Where it has none
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
 * @param {{factory: Function, module: WebAssembly.Module,
 *   loadModuleSource?: (name: string) => string | Promise<string>}} runtime the module factory
 *   (createTulipModule from tulip.mjs), the compiled tulip.wasm, and where the source of a module
 *   the runtime does not embed comes from (unicodedata.py), when a program imports it: the text,
 *   or (with promise integration only) a promise of it; throwing or rejecting fails the import
 *   (ImportError) with the error's message
 * @returns {Promise<{session: object, run: Function, sink: object}>}
 */
export async function createInstance(runtime) {
  const suspend = hasPromiseIntegration();
  let exports = null;
  // Where the session's output goes; runProgram points it at the run's own.
  const sink = { output() {}, trace() {} };
  const sources = moduleSources(runtime.loadModuleSource, suspend);
  const instance = await runtime.factory({
    tulipWait: suspend ? suspendingWait : blockingWait,
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
  return { session, run, sink };
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
  const { session, run, sink } = await (control.instance ?? createInstance(runtime));
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
  // A stopped run stays suspended forever; dropping the instance collects it.
  const exitCode = await Promise.race([Promise.resolve(run()), stopped.then(() => null)]);
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
