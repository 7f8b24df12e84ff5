// window.tulip: the page's automation hook, for browser tests and benchmarks.
//
//   ready: Promise<void>            resolves once the runtime is loaded and the UI is up (the
//                                   source shown as plain text, output in a plain pane)
//   loaded: Promise<void>           resolves once CodeMirror and xterm.js have taken over
//   examples(): string[]            ids of the available examples, in gallery order
//   load(id)                        opens an example (its autosave if any)
//   source() / setSource(text)      the editor's text; setSource is an edit (autosaved)
//   run({clock, speed}?)            runs the editor's program; resolves with
//                                   {stdout, stderr, exitCode, ms, stopped, error}
//   stop()                          stops the running program
//   running(): boolean              whether a program runs
//   trace(): TraceEvent[]           the raw trace events of the latest run
//   showTrace(trace): number        shows a recorded trace (a `tulip run --trace` document or its
//                                   events) in the task log and the timeline; returns the count
//   tasks(): TaskSummary[]          the task model the log and the timeline draw
//   terminalText(): string          the terminal's visible lines
//   terminalAllText(): string       every line of the terminal, scrollback included
//   diagnostics(): EditorDiagnostic[]  the errors underlined in the editor ({line, message, ...})
//   taskLogText(): string           the task log as text
//   timelineAxis(): 'loop' | 'real' the timeline's axis now
//   share(): Promise<string>        makes the share link (also put in the address bar)
//   reset()                         restores the example's original source
//   current(): string | null        the example being edited
//   runtimeInfo(): {fake: boolean}  fake: the temporary stand-in runtime, which runs nothing
import type { App, RunRequest } from './app';
import type { EditorDiagnostic } from './editor';
import type { ErrorLocation, TraceEvent } from './runtime/runtime';
import { scenarios } from './scenarios';
import type { Mark, Span, TaskState } from './tasks';

export interface AutomationResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  ms: number;
  stopped: boolean;
  error: ErrorLocation | null;
}

export interface TaskSummary {
  id: number;
  name: string;
  coro: string;
  parent: number;
  state: TaskState;
  outcome: string;
  createdT: number;
  endT: number | null;
  cancels: number;
  slices: [number, number][];
  waits: { t0: number; t1: number; label: string }[];
  blocks: { t0: number; t1: number; label: string }[];
  marks: Mark[];
  log: { t: number; kind: string; text: string }[];
}

export interface TulipHook {
  ready: Promise<void>;
  loaded: Promise<void>;
  examples(): string[];
  load(id: string): void;
  source(): string;
  setSource(text: string): void;
  run(request?: RunRequest): Promise<AutomationResult>;
  stop(): void;
  running(): boolean;
  trace(): TraceEvent[];
  showTrace(trace: unknown): number;
  tasks(): TaskSummary[];
  terminalText(): string;
  terminalAllText(): string;
  diagnostics(): EditorDiagnostic[];
  taskLogText(): string;
  timelineAxis(): 'loop' | 'real';
  share(): Promise<string>;
  reset(): void;
  current(): string | null;
  runtimeInfo(): { fake: boolean };
}

declare global {
  interface Window {
    tulip: TulipHook;
  }
}

function span(s: Span): { t0: number; t1: number; label: string } {
  return { t0: s.t0, t1: s.t1, label: s.label };
}

export function installHook(ready: Promise<void>, loaded: Promise<void>, app: () => App | null): TulipHook {
  const need = (): App => {
    const current = app();
    if (!current) throw new Error('the page is not up yet: await window.tulip.ready');
    return current;
  };
  const hook: TulipHook = {
    ready,
    loaded,
    examples: () => scenarios.filter((s) => s.available).map((s) => s.id),
    load: (id) => need().load(id),
    source: () => need().editor.source(),
    setSource: (text) => need().setSource(text),
    run: async (request) => {
      const result = await need().run(request ?? {});
      if (!result) throw new Error('no run: the runtime is not loaded or failed');
      return {
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: result.exitCode,
        ms: result.ms,
        stopped: result.stopped,
        error: result.error,
      };
    },
    stop: () => need().stop(),
    running: () => need().isRunning(),
    trace: () => [...need().model.events],
    showTrace: (trace) => need().showTrace(trace),
    tasks: () =>
      need()
        .model.list()
        .map((task) => ({
          id: task.id,
          name: task.name,
          coro: task.coro,
          parent: task.parent,
          state: task.state,
          outcome: task.outcome,
          createdT: task.createdT,
          endT: task.endT,
          cancels: task.cancels,
          slices: task.slices.map((s): [number, number] => [s.t0, s.t1]),
          waits: task.waits.map(span),
          blocks: task.blocks.map(span),
          marks: task.marks.map((m) => ({ ...m })),
          log: task.log.map((e) => ({ t: e.t, kind: e.kind, text: e.text })),
        })),
    terminalText: () => need().terminal.visibleText(),
    terminalAllText: () => need().terminal.allText(),
    diagnostics: () => need().editor.diagnostics(),
    taskLogText: () => document.getElementById('tasklog')?.innerText ?? '',
    timelineAxis: () => need().timelineAxis(),
    share: () => need().share(),
    reset: () => need().reset(),
    current: () => need().currentExample(),
    runtimeInfo: () => ({ fake: need().isFakeRuntime() }),
  };
  window.tulip = hook;
  return hook;
}
