// The tasks of a run, built up from its trace events: for each task its life (created, awaits,
// resumed, cancellation delivered, done), its running slices, its waits, its timers. The task log and
// the timeline draw from this model.
//
// Adding a batch costs in proportion to the batch, whatever the number of tasks: a slice or a wait
// still in progress keeps its start as its end (`t1 == t0`) until it closes; the views draw it up
// to the latest time seen (`tMax`, `msMax`; see `isOpen`). Each task's slices, waits and blocking
// calls are in time order and never overlap, so the views find what is in view by binary search.
import { parseEvent, shiftTimes, type TraceEvent, type TulipEvent } from './trace';

export type TaskState = 'pending' | 'running' | 'waiting' | 'done' | 'cancelled' | 'raised';

/** An interval of loop time (and of real time) with a label. */
export interface Span {
  t0: number;
  t1: number;
  ms0: number;
  ms1: number;
  label: string;
}

export type MarkKind = 'cancel' | 'cancelled' | 'raised' | 'done' | 'timer';

/** An instant on a task's lane. */
export interface Mark {
  t: number;
  ms: number;
  kind: MarkKind;
  label: string;
}

export interface LogEntry {
  t: number;
  ms: number;
  kind: TulipEvent['kind'];
  text: string;
}

export interface TaskInfo {
  id: number;
  name: string;
  coro: string;
  parent: number;
  createdT: number;
  createdMs: number;
  state: TaskState;
  /** What it ended with, in words ("done: 42", "cancelled"), or ''. */
  outcome: string;
  endT: number | null;
  endMs: number | null;
  /** How many times a CancelledError was delivered to its coroutine. */
  cancels: number;
  slices: Span[];
  waits: Span[];
  blocks: Span[];
  marks: Mark[];
  log: LogEntry[];
  /** Log entries left out past MAX_LOG_ENTRIES. */
  logDropped: number;
  /** The slice or the wait in progress (the last of `slices`, `waits`): until it closes, its
   *  `t1`, `ms1` are its start, and it is drawn up to the model's `tMax`, `msMax`. */
  openSlice: Span | null;
  openWait: Span | null;
  /** The marks other than timers, in time order (both loop and real time). */
  points: Mark[];
  /** The timer marks, sorted by their deadline. */
  timers: Mark[];
  /** False if a span or mark came out of time order (a view then scans instead of searching). */
  ordered: boolean;
  /** Bumped whenever anything about the task changes: a view redraws the tasks that moved. */
  rev: number;
}

/** The recorder stopped (its cap on a streamed trace) while the program ran on. */
export interface TraceStop {
  t: number;
  ms: number;
  events: number;
}

const MAX_LOG_ENTRIES = 2000;
const MAX_SPANS = 50000;
const MAX_EVENTS = 500000;
/** Task 0: what runs outside any task (a blocking call at the top level of the loop). */
const NO_TASK = 0;

function seconds(t: number): string {
  return `${t.toFixed(3)} s`;
}

/** Index of the first of `items` (sorted so that `before` is true of a prefix) for which
 *  `before` is false; `from`..`to` bounds the search. */
export function partition<T>(items: readonly T[], before: (item: T) => boolean, from = 0, to = items.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TaskModel {
  readonly tasks = new Map<number, TaskInfo>();
  /** The tasks in creation order (what `list()` returns). */
  private readonly order: TaskInfo[] = [];
  /** Set when the recorder stopped before the end of the run (`trace_stopped`). */
  stopped: TraceStop | null = null;
  /** The raw events, as they came (up to MAX_EVENTS). */
  readonly events: TraceEvent[] = [];
  eventsDropped = 0;
  /** The latest loop time and real time seen. */
  tMax = 0;
  msMax = 0;
  /** Bumped on every change: views redraw when it moves. */
  version = 0;
  /** The loop time and real time of the first event: times are counted from them. */
  private origin: { t: number; ms: number } | null = null;
  /** The task whose step runs, per loop. */
  private readonly stepping = new Map<number, TaskInfo>();
  private readonly places = new Map<string, string>();

  reset(): void {
    this.tasks.clear();
    this.order.length = 0;
    this.stopped = null;
    this.stepping.clear();
    this.origin = null;
    this.events.length = 0;
    this.eventsDropped = 0;
    this.tMax = 0;
    this.msMax = 0;
    this.version++;
  }

  /** Adds events (`batch[from..to)`): in time proportional to their number. */
  add(batch: readonly TraceEvent[], from = 0, to = batch.length): void {
    for (let i = from; i < to; i++) {
      const raw = batch[i];
      if (this.events.length < MAX_EVENTS) this.events.push(raw);
      else this.eventsDropped++;
      const event = parseEvent(raw);
      if (!event) continue;
      this.origin ??= { t: event.t, ms: event.ms };
      this.apply(shiftTimes(event, this.origin.t, this.origin.ms));
    }
    this.version++;
  }

  /** Whether `span` is the task's slice or wait in progress: it ends at `tMax`, `msMax` for now. */
  isOpen(task: TaskInfo, span: Span): boolean {
    return span === task.openSlice || span === task.openWait;
  }

  /** Closes what is still open at the end of a run. */
  finish(): void {
    for (const task of this.tasks.values()) {
      if (task.openSlice) this.closeSlice(task, this.tMax, this.msMax);
      if (task.openWait) this.closeWait(task, this.tMax, this.msMax);
    }
    this.version++;
  }

  /** Tasks in creation order (the model's own array: not to be changed). */
  list(): readonly TaskInfo[] {
    return this.order;
  }

  private task(id: number, t: number, ms: number): TaskInfo {
    let task = this.tasks.get(id);
    if (!task) {
      task = {
        id,
        name: id === NO_TASK ? 'loop' : `Task-${id}`,
        coro: '',
        parent: 0,
        createdT: t,
        createdMs: ms,
        state: 'pending',
        outcome: '',
        endT: null,
        endMs: null,
        cancels: 0,
        slices: [],
        waits: [],
        blocks: [],
        marks: [],
        log: [],
        logDropped: 0,
        openSlice: null,
        openWait: null,
        points: [],
        timers: [],
        ordered: true,
        rev: 0,
      };
      this.tasks.set(id, task);
      this.order.push(task);
    }
    task.rev++;
    return task;
  }

  /** Appends a span (its list in time order, unless it comes out of order). */
  private pushSpan(task: TaskInfo, list: Span[], span: Span): boolean {
    if (list.length >= MAX_SPANS) return false;
    const last = list[list.length - 1];
    if (last && (span.t0 < last.t0 || span.ms0 < last.ms0)) task.ordered = false;
    list.push(span);
    return true;
  }

  private addMark(task: TaskInfo, mark: Mark): void {
    if (task.marks.length >= MAX_SPANS) return;
    task.marks.push(mark);
    if (mark.kind === 'timer') {
      // deadlines mostly come in order: usually an append
      const timers = task.timers;
      const at = timers.length && timers[timers.length - 1].t > mark.t ? partition(timers, (m) => m.t <= mark.t) : -1;
      if (at < 0) timers.push(mark);
      else timers.splice(at, 0, mark);
    } else {
      const last = task.points[task.points.length - 1];
      if (last && (mark.t < last.t || mark.ms < last.ms)) task.ordered = false;
      task.points.push(mark);
    }
  }

  /** Adds a log entry; the text is made only if the task's log has room (else counted dropped). */
  private log(task: TaskInfo, event: TulipEvent, text: string | ((event: TulipEvent) => string)): void {
    if (task.log.length >= MAX_LOG_ENTRIES) {
      task.logDropped++;
      return;
    }
    const entry = typeof text === 'string' ? text : text(event);
    task.log.push({ t: event.t, ms: event.ms, kind: event.kind, text: entry });
  }

  /** `file:line` without the directories (memoized: a few places, many events). */
  private place(where: string): string {
    let short = this.places.get(where);
    if (short === undefined) {
      short = where.replace(/^.*\//, '');
      if (this.places.size < 10000) this.places.set(where, short);
    }
    return short;
  }

  private closeSlice(task: TaskInfo, t: number, ms: number): void {
    this.close(task, 'openSlice', t, ms);
  }

  private closeWait(task: TaskInfo, t: number, ms: number): void {
    this.close(task, 'openWait', t, ms);
  }

  /** Ends the task's slice or wait in progress, if any, at (t, ms). */
  private close(task: TaskInfo, which: 'openSlice' | 'openWait', t: number, ms: number): void {
    const open = task[which];
    if (!open) return;
    open.t1 = t;
    open.ms1 = ms;
    task[which] = null;
    task.rev++;
  }

  private openSlice(task: TaskInfo, t: number, ms: number): void {
    this.closeWait(task, t, ms);
    if (task.openSlice) return;
    const slice: Span = { t0: t, t1: t, ms0: ms, ms1: ms, label: '' };
    this.pushSpan(task, task.slices, slice);
    task.openSlice = slice;
    task.state = 'running';
  }

  private end(task: TaskInfo, event: TulipEvent, state: TaskState, outcome: string, mark: MarkKind): void {
    this.closeSlice(task, event.t, event.ms);
    this.closeWait(task, event.t, event.ms);
    task.state = state;
    task.outcome = outcome;
    task.endT = event.t;
    task.endMs = event.ms;
    this.addMark(task, { t: event.t, ms: event.ms, kind: mark, label: outcome });
  }

  private apply(event: TulipEvent): void {
    if (event.t > this.tMax) this.tMax = event.t;
    if (event.ms > this.msMax) this.msMax = event.ms;
    switch (event.kind) {
      case 'loop_created':
      case 'timer_fired':
        return;
      case 'trace_stopped':
        this.stopped = { t: event.t, ms: event.ms, events: event.events };
        return;
      case 'task_created': {
        const task = this.task(event.task, event.t, event.ms);
        task.name = event.name || task.name;
        task.coro = event.coro;
        task.parent = event.parent;
        task.createdT = event.t;
        task.createdMs = event.ms;
        this.log(task, event, () => {
          const by = event.parent ? (this.tasks.get(event.parent)?.name ?? `Task-${event.parent}`) : '';
          return `created${event.coro ? ` ${event.coro}()` : ''}${by ? ` by ${by}` : ''}`;
        });
        return;
      }
      case 'task_started':
      case 'task_resumed': {
        const task = this.task(event.task, event.t, event.ms);
        // Steps never nest: a step of this task ends the previous task's open slice on its loop.
        const previous = this.stepping.get(event.loop);
        if (previous && previous !== task && previous.openSlice) {
          this.closeSlice(previous, event.t, event.ms);
          if (previous.state === 'running') previous.state = 'pending';
        }
        this.stepping.set(event.loop, task);
        const waited = task.openWait;
        this.openSlice(task, event.t, event.ms);
        if (event.kind === 'task_started') this.log(task, event, 'started');
        else this.log(task, event, () => (waited ? `resumed after ${seconds(event.t - waited.t0)}` : 'resumed'));
        return;
      }
      case 'task_suspended': {
        const task = this.task(event.task, event.t, event.ms);
        this.closeSlice(task, event.t, event.ms);
        this.closeWait(task, event.t, event.ms);
        const wait: Span = { t0: event.t, t1: event.t, ms0: event.ms, ms1: event.ms, label: event.label };
        this.pushSpan(task, task.waits, wait);
        task.openWait = wait;
        task.state = 'waiting';
        this.log(task, event, () => `awaits ${event.label}${event.where ? ` at ${this.place(event.where)}` : ''}`);
        return;
      }
      case 'task_cancel_delivered': {
        const task = this.task(event.task, event.t, event.ms);
        task.cancels++;
        const label = event.message ? `CancelledError('${event.message}') delivered` : 'CancelledError delivered';
        this.addMark(task, { t: event.t, ms: event.ms, kind: 'cancel', label });
        this.log(task, event, label);
        return;
      }
      case 'task_done': {
        const task = this.task(event.task, event.t, event.ms);
        const outcome = event.result ? `done: ${event.result}` : 'done';
        this.end(task, event, 'done', outcome, 'done');
        this.log(task, event, outcome);
        return;
      }
      case 'task_cancelled': {
        const task = this.task(event.task, event.t, event.ms);
        const outcome = event.message ? `cancelled (${event.message})` : 'cancelled';
        this.end(task, event, 'cancelled', outcome, 'cancelled');
        this.log(task, event, outcome);
        return;
      }
      case 'task_raised': {
        const task = this.task(event.task, event.t, event.ms);
        const outcome = `raised ${event.type}${event.message ? `: ${event.message}` : ''}`;
        this.end(task, event, 'raised', outcome, 'raised');
        this.log(task, event, outcome);
        return;
      }
      case 'task_unretrieved': {
        const task = this.task(event.task, event.t, event.ms);
        this.log(task, event, 'its exception was never retrieved');
        return;
      }
      case 'timer_armed': {
        const task = this.task(event.task, event.t, event.ms);
        const label = `${event.purpose || 'timer'} timer for ${seconds(event.when)}`;
        this.addMark(task, { t: event.when, ms: event.ms, kind: 'timer', label });
        return;
      }
      case 'queue_put':
      case 'queue_get': {
        const task = this.task(event.task, event.t, event.ms);
        this.log(task, event, () => `${event.kind === 'queue_put' ? 'put on' : 'got from'} queue ${event.queue}`);
        return;
      }
      case 'lock_acquire':
      case 'lock_release': {
        const task = this.task(event.task, event.t, event.ms);
        this.log(task, event, () => `${event.kind === 'lock_acquire' ? 'acquired' : 'released'} lock ${event.lock}`);
        return;
      }
      case 'blocked': {
        const task = this.task(event.task, event.sinceT, event.sinceMs);
        const span: Span = { t0: event.sinceT, t1: event.t, ms0: event.sinceMs, ms1: event.ms, label: event.call };
        this.pushSpan(task, task.blocks, span);
        const text = `blocked the loop in ${event.call} for ${seconds(event.t - event.sinceT)}`;
        this.log(task, { ...event, t: event.sinceT, ms: event.sinceMs }, text);
        return;
      }
    }
  }
}

/** Events added per call of `TaskModel.add` by a feed, between looks at the clock. */
const FEED_CHUNK = 256;

/**
 * Feeds trace events to a model off the turns that bring them: `push` queues a batch, and the
 * model takes them in tasks of their own of at most `sliceMs` each (the page stays responsive
 * whatever the batches' sizes, and a run's slice of work is not made longer by the page's).
 */
export class TraceFeed {
  private queue: { events: readonly TraceEvent[]; at: number }[] = [];
  private timer = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly model: TaskModel,
    private readonly sliceMs: number,
    /** Called after each task that added events. */
    private readonly progress: () => void,
  ) {}

  push(events: readonly TraceEvent[]): void {
    if (!events.length) return;
    this.queue.push({ events, at: 0 });
    this.timer ||= window.setTimeout(() => this.pump(), 0);
  }

  /** Events queued and not yet in the model. */
  pending(): number {
    return this.queue.reduce((sum, batch) => sum + batch.events.length - batch.at, 0);
  }

  /** Drops what is queued (the model is about to be reset). */
  cancel(): void {
    this.queue = [];
    window.clearTimeout(this.timer);
    this.timer = 0;
    this.settle();
  }

  /** Resolves once everything pushed so far is in the model (or was cancelled). */
  drained(): Promise<void> {
    if (!this.queue.length) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private pump(): void {
    this.timer = 0;
    const until = performance.now() + this.sliceMs;
    do {
      const batch = this.queue[0];
      const end = Math.min(batch.events.length, batch.at + FEED_CHUNK);
      this.model.add(batch.events, batch.at, end);
      batch.at = end;
      if (end === batch.events.length) this.queue.shift();
    } while (this.queue.length && performance.now() < until);
    this.progress();
    if (this.queue.length) this.timer = window.setTimeout(() => this.pump(), 0);
    else this.settle();
  }

  private settle(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
