// The wasm runtime under Node: the same programs as the native suites, run one after the other in
// one instance through web/src/runtime/session.mjs (the page's own run path, synchronous here
// since Node 20 has no promise integration), must print what the native `tulip run` prints: stdout, exit status and
// the last line of stderr. The gallery must print its expected output, and a module source the
// runtime cannot load must raise ImportError.
//
// usage: node --no-experimental-fetch tests/wasm/run.mjs [--build=build/wasm] [--native=build/release/tulip]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createInstance, runProgram } from '../../web/src/runtime/session.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return path.resolve(root, hit ? hit.slice(name.length + 3) : fallback);
};
const wasmDir = path.join(arg('build', 'build/wasm'), 'wasm');
const nativeTulip = arg('native', 'build/release/tulip');

for (const needed of [path.join(wasmDir, 'tulip.mjs'), path.join(wasmDir, 'tulip.wasm'), nativeTulip]) {
  if (!existsSync(needed)) {
    console.error(`wasm tests: ${needed} is missing (build it first: npm run build)`);
    process.exit(2);
  }
}

const { default: factory } = await import(pathToFileURL(path.join(wasmDir, 'tulip.mjs')).href);
const module = await WebAssembly.compile(readFileSync(path.join(wasmDir, 'tulip.wasm')));
// The sources the runtime does not embed (unicodedata.py) ship next to tulip.wasm; Node reads them
// in place, the page fetches them (web/src/runtime/runtime.ts).
const loadModuleSource = (name) => readFileSync(path.join(wasmDir, `${name}.py`), 'utf8');
const runtime = { factory, module, loadModuleSource };

const lastLine = (text) => text.trimEnd().split('\n').pop() ?? '';

// One instance runs program after program, as the page reuses its instance after a run that
// ended: a state that leaks from one run into the next shows as a difference. A fresh one is made
// only after a run that failed in JS (a trap).
let instance = createInstance(runtime);
async function runWasm(file, clock, filename = path.resolve(file)) {
  const source = readFileSync(file, 'utf8');
  const book = source.startsWith('# tulip: book');
  try {
    return await runProgram(runtime, source, { clock, book, filename }, {}, { instance });
  } catch (error) {
    instance = createInstance(runtime);
    throw error;
  }
}

function runNative(file, clock) {
  const r = spawnSync(nativeTulip, ['run', `--clock=${clock}`, path.basename(file)], {
    cwd: path.dirname(file),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  if (r.status === null) throw new Error(`${file}: the native tulip did not finish (${r.signal ?? r.error})`);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
}

// Programs whose output differs in the wasm build, each with why. Each must still differ, so the
// list only shrinks.
const knownDifferences = new Map([
  // musl's log() (emscripten's libc) rounds log(3) one ulp away from glibc's, so log(81, 3) is
  // 4.000000000000001 there.
  ['conformance/mod_math_004_log_exp.py', "musl's log rounds differently from glibc's"],
  // math.hypot calls the C library's hypot; CPython has its own algorithm (vector_norm).
  ['conformance/mod_math_005_pow_fabs_copysign_hypot_fsum.py', "musl's hypot rounds differently"],
]);

const failures = [];
let passed = 0;
function check(name, got, want) {
  if (knownDifferences.has(name)) {
    const same = got.stdout === want.stdout && got.exitCode === want.exitCode;
    if (same) failures.push(`${name}: listed as a known difference but now passes: remove it from the list`);
    else passed++;
    return;
  }
  const diffs = [];
  if (got.stdout !== want.stdout) diffs.push('stdout differs');
  if (got.exitCode !== want.exitCode) diffs.push(`exit ${got.exitCode}, expected ${want.exitCode}`);
  if (want.stderr !== undefined && lastLine(got.stderr) !== lastLine(want.stderr))
    diffs.push(
      `stderr ends ${JSON.stringify(lastLine(got.stderr))}, expected ${JSON.stringify(lastLine(want.stderr))}`,
    );
  if (diffs.length) failures.push(`${name}: ${diffs.join('; ')}`);
  else passed++;
}

const pyFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => path.join(dir, f));

// 1. The language's conformance corpus and the asyncio suite, against the native build.
const suites = [
  ['conformance', 'tests/lang/conformance', 'virtual'],
  ['asyncio', 'tests/lang/asyncio', 'virtual'],
  ['asyncio_book', 'tests/lang/asyncio_book', 'virtual'],
];
for (const [suite, dir, clock] of suites) {
  const before = passed;
  const files = pyFiles(path.join(root, dir));
  for (const file of files) {
    const want = runNative(file, clock);
    const got = await runWasm(file, clock);
    check(`${suite}/${path.basename(file)}`, got, want);
  }
  console.log(`${suite}: ${passed - before}/${files.length} as the native build`);
}

// 2. The gallery, against its expected output.
const scenarios = path.join(root, 'web/scenarios');
const index = JSON.parse(readFileSync(path.join(scenarios, 'index.json'), 'utf8'));
const available = index.filter((entry) => entry.available);
const before = passed;
for (const entry of available) {
  const file = path.join(scenarios, entry.file);
  const got = await runWasm(file, 'virtual', entry.file); // named as the page names it
  const want = {
    stdout: readFileSync(path.join(scenarios, 'expected', `${entry.id}.out`), 'utf8'),
    exitCode: Number(readFileSync(path.join(scenarios, 'expected', `${entry.id}.status`), 'utf8')),
  };
  check(`gallery/${entry.id}`, got, want);
}
console.log(`gallery: ${passed - before}/${available.length} print their expected output`);

// 3. A module source that cannot be loaded: ImportError naming the module and the loader's reason,
// and a later import asks again (no half-made module left in sys.modules).
{
  let asked = 0;
  const failing = {
    factory,
    module,
    loadModuleSource: () => {
      asked++;
      throw new Error('HTTP 404 for http://example.test/unicodedata.py');
    },
  };
  const source = [
    'try:',
    '    import unicodedata',
    'except ImportError as e:',
    '    print(type(e).__name__, e.name, e)',
    'import unicodedata',
    '',
  ].join('\n');
  const message = "cannot load module 'unicodedata': HTTP 404 for http://example.test/unicodedata.py";
  const got = await runProgram(failing, source, { clock: 'virtual' }, {});
  check('loader/failing', got, {
    stdout: `ImportError unicodedata ${message}\n`,
    exitCode: 1,
    stderr: `ImportError: ${message}\n`,
  });
  if (asked !== 2) failures.push(`loader/failing: the loader was asked ${asked} times, expected 2`);
  const none = await runProgram({ factory, module }, 'import unicodedata\n', { clock: 'virtual' }, {});
  check('loader/none', none, {
    stdout: '',
    exitCode: 1,
    stderr: "ImportError: cannot load module 'unicodedata': this runtime was given no way to load module sources\n",
  });
  console.log('loader: a module source that cannot load raises ImportError');
}

for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`wasm: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
