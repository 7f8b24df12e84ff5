// The playground: the example being edited, its autosave and share links, and runs of the
// program with their output, trace and errors routed to the terminal, task log, timeline and
// editor.
import { Controls, type ClockChoice } from './controls';
import { EditorHost } from './editor_host';
import { Gallery } from './gallery';
import type { ClockMode, RunResult, Runtime, TraceEvent } from './runtime/runtime';
import { defaultScenario, findScenario, isBookSource, type Scenario } from './scenarios';
import { readHash, setHash, shareUrl } from './share';
import * as storage from './storage';
import { TaskLog } from './tasklog';
import { TaskModel, TraceFeed } from './tasks';
import { Output } from './output';
import { Timeline, type AxisChoice } from './timeline';

/** A trace of up to this many events is shown at once (a few ms); a longer one in slices. */
const SHOW_AT_ONCE = 20_000;
/** The longest the page spends at a time taking trace events into the model (ms). */
const FEED_SLICE_MS = 4;

export interface RunRequest {
  clock?: ClockMode;
  speed?: number;
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`missing #${id}`);
  return found;
}

function describeResult(result: RunResult): { text: string; error: boolean } {
  const ms = `${Math.round(result.ms)} ms`;
  if (result.stopped) return { text: `stopped after ${ms}`, error: false };
  if (result.error) {
    const what = result.error.kind === 'syntax' ? 'syntax error' : 'error';
    return { text: `${what} at line ${result.error.line} · ${ms}`, error: true };
  }
  return { text: `exit ${result.exitCode} · ${ms}`, error: result.exitCode !== 0 };
}

export class App {
  readonly editor: EditorHost;
  readonly terminal: Output;
  readonly model = new TaskModel();
  readonly controls: Controls;
  private readonly gallery: Gallery;
  private readonly taskLog: TaskLog;
  private readonly timeline: Timeline;
  private runtime: Runtime | null = null;
  /** The example being edited; null for shared code that names none. */
  private exampleId: string | null = null;
  /** What Reset restores. */
  private original = '';
  private running: Promise<RunResult | null> | null = null;
  /** Takes the trace's events into the model, in slices of its own. */
  private readonly feed: TraceFeed;
  /** Counts the traces fed to the model (runs and shown traces): one still being read stops when
   *  another begins. */
  private feedCount = 0;
  private hashIsShared = false;

  constructor() {
    const first = defaultScenario();
    this.exampleId = first.id;
    this.original = first.source;
    this.controls = new Controls({
      run: () => void this.run(),
      stop: () => this.stop(),
      reset: () => this.reset(),
      share: () => void this.share(),
      clockChanged: (choice: ClockChoice) => storage.saveClock(`${choice.clock}:${choice.speed}`),
    });
    const [clock, speed] = (storage.savedClock() ?? 'real').split(':');
    this.controls.setClock(clock, speed ? Number(speed) : undefined);
    this.gallery = new Gallery(element('gallery'), (id) => this.load(id));
    this.editor = new EditorHost(element('editor'), storage.savedSource(first.id) ?? first.source);
    this.editor.onChange((source) => this.edited(source));
    this.terminal = new Output(element('terminal'));
    this.taskLog = new TaskLog(element('tasklog'), this.model);
    this.timeline = new Timeline(element('timeline'), this.model);
    this.feed = new TraceFeed(this.model, FEED_SLICE_MS, () => {
      this.taskLog.follow();
      this.timeline.follow();
    });
    element('zoom-in').addEventListener('click', () => this.timeline.zoom(1 / 1.5));
    element('zoom-out').addEventListener('click', () => this.timeline.zoom(1.5));
    element('zoom-fit').addEventListener('click', () => this.timeline.fit());
    const axis = element('axis') as HTMLSelectElement;
    axis.addEventListener('change', () => this.timeline.setAxis(axis.value as AxisChoice));
    this.acceptTraceDrops(element('timeline'));
    this.acceptTraceDrops(element('tasklog'));
    this.showNote(first);
    this.gallery.select(first.id);
    // Ctrl/Cmd+Enter runs wherever the focus is (the capture phase comes before the editor).
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
          event.preventDefault();
          event.stopPropagation();
          if (!event.repeat) void this.run();
        }
      },
      { capture: true },
    );
    window.addEventListener('hashchange', () => void this.openHash());
    this.timeline.redraw();
  }

  /** Opens what the URL's hash holds (a share link or an example), else the last example. */
  async openHash(): Promise<void> {
    const shared = await readHash();
    if (shared?.source != null) {
      const scenario = shared.exampleId ? findScenario(shared.exampleId) : undefined;
      this.open(scenario ?? null, shared.source);
      this.hashIsShared = true;
      this.controls.setStatus('opened a shared link');
      return;
    }
    const id = shared?.exampleId ?? storage.lastExample();
    const scenario = id ? findScenario(id) : undefined;
    if (scenario?.available && scenario.id !== this.exampleId) this.load(scenario.id);
  }

  /** CodeMirror is loaded: it replaces the plain text. */
  attachEditor(module: typeof import('./editor')): void {
    this.editor.attach(module);
  }

  /** xterm.js is loaded: it replaces the plain output. */
  attachTerminal(module: typeof import('./terminal')): void {
    this.terminal.attach(module);
  }

  attachRuntime(runtime: Runtime): void {
    this.runtime = runtime;
    this.controls.enableRun(true);
    this.controls.setStatus(this.isFakeRuntime() ? 'ready (fake runtime: the wasm build is missing)' : 'ready');
  }

  runtimeFailed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.controls.setStatus(`the runtime failed to load: ${message}`, true);
    this.terminal.write('stderr', `The runtime failed to load: ${message}\n`);
  }

  isFakeRuntime(): boolean {
    return (this.runtime as { fake?: unknown } | null)?.fake === true;
  }

  timelineAxis(): 'loop' | 'real' {
    return this.timeline.axis();
  }

  currentExample(): string | null {
    return this.exampleId;
  }

  isRunning(): boolean {
    return this.running !== null;
  }

  /** Resolves once no program is running (at once if none is). */
  async runsDone(): Promise<void> {
    while (this.running) await this.running.catch(() => null);
  }

  /** Opens an example: its autosaved source if any, else its listing. */
  load(id: string): void {
    const scenario = findScenario(id);
    if (!scenario) throw new Error(`no example ${id}`);
    if (!scenario.available) throw new Error(`example ${id} is not available: ${scenario.reason}`);
    this.open(scenario, storage.savedSource(id) ?? scenario.source);
    storage.saveLastExample(id);
    setHash(`#example=${encodeURIComponent(id)}`);
    this.hashIsShared = false;
  }

  private open(scenario: Scenario | null, source: string): void {
    if (this.running) this.stop();
    this.exampleId = scenario?.id ?? null;
    this.original = scenario?.source ?? source;
    this.editor.setSource(source);
    this.showNote(scenario);
    this.gallery.select(this.exampleId);
    this.clearOutput();
  }

  private showNote(scenario: Scenario | null): void {
    const note = element('note');
    const title = document.createElement('h2');
    const watch = document.createElement('p');
    if (scenario) {
      title.textContent = scenario.title;
      watch.textContent = scenario.watch;
    } else {
      title.textContent = 'Shared code';
      watch.textContent = 'Opened from a share link.';
    }
    note.replaceChildren(title, watch);
  }

  private edited(source: string): void {
    if (this.exampleId) storage.saveSource(this.exampleId, source);
    if (this.hashIsShared) {
      // The link's code is now edited: a reload shows the autosave, not the link.
      setHash(this.exampleId ? `#example=${encodeURIComponent(this.exampleId)}` : '');
      this.hashIsShared = false;
    }
  }

  /** Replaces the source as an edit (autosaved). */
  setSource(source: string): void {
    this.editor.edit(source);
  }

  reset(): void {
    if (this.exampleId) storage.clearSavedSource(this.exampleId);
    this.editor.setSource(this.original);
    this.editor.clearDiagnostics();
    this.controls.setStatus('restored the original source');
  }

  async share(): Promise<string> {
    const url = await shareUrl(this.editor.source(), this.exampleId);
    history.replaceState(null, '', url);
    this.hashIsShared = true;
    try {
      await navigator.clipboard.writeText(url);
      this.controls.setStatus('link copied to the clipboard');
    } catch {
      this.controls.setStatus('link in the address bar');
    }
    return url;
  }

  private clearOutput(): void {
    this.feedCount++;
    this.feed.cancel();
    this.terminal.clear();
    this.model.reset();
    this.taskLog.clear();
    this.timeline.fit();
    this.editor.clearDiagnostics();
  }

  stop(): void {
    this.runtime?.stop();
  }

  /** Shows a recorded trace (`tulip run --trace=FILE.json`: the document or its events) in the
   *  task log and the timeline, as if a run had just made it. A trace of up to SHOW_AT_ONCE events
   *  is in the model when this returns; a longer one is read in slices of FEED_SLICE_MS (the
   *  status says when it is all shown), so that the page stays responsive. Returns the number
   *  of events. */
  showTrace(trace: unknown): number {
    const events = Array.isArray(trace)
      ? trace
      : trace && typeof trace === 'object' && Array.isArray((trace as { events?: unknown }).events)
        ? (trace as { events: unknown[] }).events
        : null;
    if (!events) throw new Error('not a trace: expected a trace document or an array of events');
    const records = events.filter((e): e is TraceEvent => e !== null && typeof e === 'object' && !Array.isArray(e));
    const count = ++this.feedCount;
    this.feed.cancel();
    this.model.reset();
    this.taskLog.clear();
    this.timeline.fit();
    const done = () => {
      this.model.finish();
      this.taskLog.schedule();
      this.timeline.schedule();
      this.controls.setStatus(`showing a trace of ${records.length} events`);
    };
    if (records.length <= SHOW_AT_ONCE) {
      this.model.add(records);
      done();
      return records.length;
    }
    this.controls.setStatus(`reading a trace of ${records.length} events…`);
    this.feed.push(records);
    void this.feed.drained().then(() => {
      if (count === this.feedCount) done(); // else another trace or a run took over
    });
    return records.length;
  }

  /** A trace file dropped on the timeline or the task log is shown there. */
  private acceptTraceDrops(target: HTMLElement): void {
    target.addEventListener('dragover', (event) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    });
    target.addEventListener('drop', (event) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void file
        .text()
        .then((text) => this.showTrace(JSON.parse(text)))
        .catch((error: unknown) => this.controls.setStatus(`could not read ${file.name}: ${String(error)}`, true));
    });
  }

  /** Runs the editor's program; a run in progress is stopped first. */
  async run(request: RunRequest = {}): Promise<RunResult | null> {
    if (!this.runtime) return null;
    if (this.running) {
      this.stop();
      await this.running;
    }
    if (request.clock) this.controls.setClock(request.clock, request.speed);
    const choice = this.controls.clock();
    const runtime = this.runtime;
    const source = this.editor.source();
    const scenario = this.exampleId ? findScenario(this.exampleId) : undefined;
    this.clearOutput();
    const count = this.feedCount;
    this.controls.setRunning(true);
    const label =
      choice.clock === 'slow'
        ? `slow motion ${choice.speed}×`
        : choice.clock === 'virtual'
          ? 'virtual clock'
          : 'real time';
    this.controls.setStatus(`running (${label})…`);
    const run = (async (): Promise<RunResult | null> => {
      let result: RunResult | null = null;
      try {
        result = await runtime.run(
          source,
          {
            clock: choice.clock,
            speed: choice.clock === 'slow' ? choice.speed : undefined,
            book: isBookSource(source) || (scenario?.book ?? false),
            filename: scenario?.file ?? 'main.py',
          },
          {
            output: (stream, text) => this.terminal.write(stream, text),
            trace: (events) => {
              if (count === this.feedCount) this.feed.push(events); // else a trace shown meanwhile took over
            },
          },
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.terminal.write('stderr', `\nThe runtime failed: ${message}\n`);
        this.controls.setStatus(`the runtime failed: ${message}`, true);
      }
      await this.feed.drained();
      if (count === this.feedCount) this.model.finish(); // else a trace shown meanwhile took over
      this.taskLog.schedule();
      this.timeline.schedule();
      await this.terminal.flush();
      if (result) {
        if (result.error) this.editor.showDiagnostics([result.error]);
        const status = describeResult(result);
        this.controls.setStatus(status.text, status.error);
      }
      return result;
    })();
    this.running = run;
    try {
      return await run;
    } finally {
      if (this.running === run) {
        this.running = null;
        this.controls.setRunning(false);
      }
    }
  }
}
