// The page's runtime: the wasm build of the scheduler and the scenario language (wasm/), loaded
// once. Programs run one after the other in one instance (session.mjs): each run builds its own
// interpreter, and an instance whose memory is already mapped runs faster than a fresh one. A run
// that was stopped stays suspended in its instance, so then a fresh instance takes over; it is
// made after that run, so a run starts without waiting for one.
import createTulipModule from './wasm/tulip.mjs';
import { createInstance, runProgram } from './session.mjs';

// One event of the trace (schema: core/lang/asyncio/trace.md); typed in ../trace.ts.
export type TraceEvent = Record<string, unknown>;

export type ClockMode = 'real' | 'virtual' | 'slow';

export interface RunOptions {
  clock: ClockMode;
  speed?: number /* slow motion factor 0.1..1 */;
  book?: boolean;
  filename?: string /* 'main.py' */;
}

export interface RunCallbacks {
  output(stream: 'stdout' | 'stderr', text: string): void; // batches, as they come
  trace(events: TraceEvent[]): void; // batches of trace events
}

export interface ErrorLocation {
  line: number;
  message: string;
  kind: 'syntax' | 'runtime';
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  ms: number;
  error: ErrorLocation | null;
  stopped: boolean;
}

export interface Runtime {
  run(source: string, options: RunOptions, callbacks: RunCallbacks): Promise<RunResult>;
  stop(): void;
}

const wasmUrl = new URL('./wasm/tulip.wasm', import.meta.url);

async function compileWasm(): Promise<WebAssembly.Module> {
  // Started by an inline script at the top of the built page (web/vite.config.ts).
  const early = (window as { tulipWasm?: Promise<WebAssembly.Module> }).tulipWasm;
  if (early) {
    try {
      return await early;
    } catch {
      // compiled below
    }
  }
  try {
    return await WebAssembly.compileStreaming(fetch(wasmUrl));
  } catch {
    // A server that does not say application/wasm: compile from the bytes.
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`cannot load ${wasmUrl}: HTTP ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

// The sources of the modules the runtime does not embed (unicodedata: its table of names would
// weigh 22 KB of the gzipped tulip.wasm), fetched when a program first imports one, once per page;
// the run waits meanwhile. Vite emits each file as an asset with a relative URL.
const moduleSourceUrls = new Map([['unicodedata', new URL('./wasm/unicodedata.py', import.meta.url)]]);
const moduleSources = new Map<string, Promise<string>>();

async function fetchModuleSource(url: URL): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`cannot fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.text();
}

function loadModuleSource(name: string): Promise<string> {
  const url = moduleSourceUrls.get(name);
  if (!url) return Promise.reject(new Error('the page has no source for it'));
  let source = moduleSources.get(name);
  if (!source) {
    source = fetchModuleSource(url);
    moduleSources.set(name, source);
    source.catch(() => moduleSources.delete(name)); // tried again on the next import
  }
  return source;
}

interface RuntimeFiles {
  factory: Function;
  module: WebAssembly.Module;
  loadModuleSource(name: string): Promise<string>;
  bridge?: string;
  reverse?: boolean;
}

// The page's URL parameters for the network (web/bridge/README.md). A program reaches a host:port
// outside the page (one its own servers do not listen on) through the WebSocket-to-TCP bridge
// (`npm run bridge`):
//   ?bridge=ws://HOST:PORT   where the bridge listens (default ws://127.0.0.1:8765)
//   ?reverse=1               reverse mode: the first server each run starts in the page is offered
//                            to the bridge's reverse port (`npm run bridge -- --reverse 2323`), so
//                            that `nc 127.0.0.1 2323` talks to it
function networkOptions(): { bridge?: string; reverse: boolean } {
  const params = new URLSearchParams(window.location.search);
  const bridge = params.get('bridge') || undefined;
  const reverse = ['1', 'true', 'yes', 'on'].includes((params.get('reverse') ?? '').toLowerCase());
  return { bridge, reverse };
}

type Instance = ReturnType<typeof createInstance>;

// Run once in the background after loading, on a throwaway instance: the engine compiles wasm
// lazily and optimizes what runs often, so the reader's first run would otherwise pay for it.
// It goes through the parser, the compiler, the VM and asyncio's tasks, sleeps and queues.
const WARM_UP_SOURCE = `
import asyncio

async def worker(queue, n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0.01)
        total += await queue.get()
    return total

async def main():
    queue = asyncio.Queue()
    for i in range(400):
        queue.put_nowait(i)
    results = await asyncio.gather(*(worker(queue, 20) for _ in range(20)))
    print(sum(results), f"{len(results)} workers", [str(x) for x in results[:3]])

asyncio.run(main())
`;
const WARM_UP_DELAY_MS = 300;

/** The background warm-up while it runs: how to stop it (once known), whether a run took over. */
interface WarmUpRun {
  stop: (() => void) | null;
  cancelled: boolean;
}

class WasmRuntime implements Runtime {
  private instance: Instance;
  private stopCurrent: (() => void) | null = null;

  private running = false;
  // The background warm-up: one run, at load.
  private warmUpDone = false;
  private warmUpRun: WarmUpRun | null = null;

  constructor(private readonly wasm: RuntimeFiles) {
    this.instance = createInstance(wasm);
    setTimeout(() => this.warmUp(), WARM_UP_DELAY_MS);
  }

  // Not while a run is going (it would share the page's turns): then after that run. A run that
  // starts meanwhile stops it and takes a fresh instance.
  private warmUp(): void {
    if (this.warmUpDone || this.running) return;
    this.warmUpDone = true;
    const warmUp: WarmUpRun = { stop: null, cancelled: false };
    this.warmUpRun = warmUp;
    runProgram(
      this.wasm,
      WARM_UP_SOURCE,
      { clock: 'virtual', trace: false },
      {},
      {
        instance: this.instance,
        onStop: (stop: () => void) => {
          if (warmUp.cancelled) stop();
          else warmUp.stop = stop;
        },
      },
    )
      .catch(() => {
        if (!warmUp.cancelled) this.instance = createInstance(this.wasm);
      })
      .finally(() => (this.warmUpRun = null));
  }

  async run(source: string, options: RunOptions, callbacks: RunCallbacks): Promise<RunResult> {
    // One instance runs one program at a time (the page's Run becomes Stop meanwhile).
    if (this.running) throw new Error('a program is already running: stop it first');
    const warmUp = this.warmUpRun;
    if (warmUp && !warmUp.cancelled) {
      warmUp.cancelled = true;
      warmUp.stop?.(); // its instance stays suspended in the warm-up
      this.instance = createInstance(this.wasm);
    }
    this.running = true;
    let reusable = false;
    try {
      const result = (await runProgram(this.wasm, source, options, callbacks, {
        instance: this.instance,
        onStop: (stop: () => void) => (this.stopCurrent = stop),
      })) as RunResult;
      reusable = !result.stopped;
      return result;
    } finally {
      this.stopCurrent = null;
      this.running = false;
      // Made after the run, not during it: instantiating takes the page's turn for a while.
      if (!reusable) this.instance = createInstance(this.wasm);
      setTimeout(() => this.warmUp(), 0);
    }
  }

  stop(): void {
    this.stopCurrent?.();
  }
}

export async function loadRuntime(): Promise<Runtime> {
  const module = await compileWasm();
  return new WasmRuntime({ factory: createTulipModule, module, loadModuleSource, ...networkOptions() });
}
