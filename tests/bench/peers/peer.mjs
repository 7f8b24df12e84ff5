// The page that tests/bench/bench_peers.mjs drives: loads one peer interpreter (Pyodide or
// MicroPython's webassembly build, from the npm packages served beside this page as ./pyodide/ and
// ./micropython/, never a CDN) and exposes it as window.peer:
//
//   window.peer.ready            resolves once the interpreter can run code (rejects on failure)
//   await window.peer.run(src)   runs `src` with top-level await allowed; resolves with
//                                { ok, error, stdout, chunks: [[ms, text], ...], ms }
//                                (chunks: each piece of output as the page received it, with
//                                performance.now(); ms: the run's duration)
//
// Query: ?peer=pyodide|micropython    which interpreter
//        &stdout=raw                  unbuffered output (Pyodide: setStdout({write}) and
//                                     PYTHONUNBUFFERED=1; MicroPython: linebuffer: false); by default each peer's own default, which
//                                     hands output over a line at a time
//        &pystack=N&heapsize=N        MicroPython only: loadMicroPython's pystack and heapsize
//                                     (its defaults: 2048 and 1 MiB)
//        &hello=1                     as soon as the interpreter is ready, run print("hello") and
//                                     once "hello" is on the page report { result, at } (at:
//                                     performance.now(), i.e. ms from navigation) in a console.debug
//                                     line after HELLO_TAG of ../page_common.mjs
const params = new URLSearchParams(location.search);
const name = params.get('peer');
const raw = params.get('stdout') === 'raw';
const out = document.getElementById('out');

let chunks = [];
let captured = [];
function write(text) {
  chunks.push([performance.now(), text]);
  captured.push(text);
  out.append(text);
}

function bytesWriter() {
  const decoder = new TextDecoder();
  return (bytes) => write(decoder.decode(bytes, { stream: true }));
}

async function loadPyodidePeer() {
  const { loadPyodide } = await import('./pyodide/pyodide.mjs');
  const indexURL = new URL('./pyodide/', location.href).href;
  // Unbuffered: Python's own sys.stdout buffers too (python -u's PYTHONUNBUFFERED turns that off).
  const py = await loadPyodide({ indexURL, ...(raw ? { env: { PYTHONUNBUFFERED: '1' } } : {}) });
  if (raw) {
    const writeBytes = bytesWriter();
    py.setStdout({ write: (buffer) => (writeBytes(buffer), buffer.length), isatty: true });
    py.setStderr({ write: (buffer) => (writeBytes(buffer), buffer.length), isatty: true });
  } else {
    // Pyodide's default (what loadPyodide({stdout}) sets up): whole lines only.
    py.setStdout({ batched: (line) => write(`${line}\n`) });
    py.setStderr({ batched: (line) => write(`${line}\n`) });
  }
  return {
    version: py.version,
    runAsync: (source) => py.runPythonAsync(source),
    runSync: (source) => py.runPython(source),
  };
}

async function loadMicroPythonPeer() {
  const { loadMicroPython } = await import('./micropython/micropython.mjs');
  const options = { url: new URL('./micropython/micropython.wasm', location.href).href };
  for (const key of ['pystack', 'heapsize']) {
    if (params.get(key)) options[key] = Number(params.get(key));
  }
  let mp;
  if (raw) {
    const writeBytes = bytesWriter();
    mp = await loadMicroPython({ ...options, stdout: writeBytes, stderr: writeBytes, linebuffer: false });
  } else {
    // MicroPython's default (linebuffer: true): whole lines only.
    const line = (text) => write(`${text}\n`);
    mp = await loadMicroPython({ ...options, stdout: line, stderr: line });
  }
  const sys = mp.pyimport('sys');
  return {
    version: String(sys.version),
    runAsync: (source) => mp.runPythonAsync(source),
    runSync: (source) => mp.runPython(source),
  };
}

const loaders = { pyodide: loadPyodidePeer, micropython: loadMicroPythonPeer };

async function start() {
  if (!loaders[name]) throw new Error(`unknown peer '${name}' (pyodide or micropython)`);
  const interpreter = await loaders[name]();
  return interpreter;
}

const interpreterPromise = start();

async function run(source, { sync = false } = {}) {
  const interpreter = await interpreterPromise;
  chunks = [];
  captured = [];
  const t0 = performance.now();
  let error = null;
  try {
    await (sync ? interpreter.runSync(source) : interpreter.runAsync(source));
  } catch (e) {
    error = String(e?.message ?? e);
  }
  const ms = performance.now() - t0;
  return { ok: error === null, error, stdout: captured.join(''), chunks, started: t0, ms };
}

window.peer = {
  name,
  ready: interpreterPromise.then((interpreter) => ({ version: interpreter.version })),
  run,
};

if (params.get('hello')) {
  const report = (value) => console.debug(`tulip-bench:hello ${JSON.stringify(value)}`);
  run('print("hello")\n', { sync: true })
    .then((result) => {
      const shown = () => {
        if (out.textContent.includes('hello')) report({ result, at: performance.now() });
        else requestAnimationFrame(shown);
      };
      shown();
    })
    .catch((error) => report({ error: String(error) }));
}
