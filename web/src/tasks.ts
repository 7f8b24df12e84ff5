// The tasks of a run, built up from its trace events: for each task its life (created, awaits,
// resumed, cancellation delivered, done), its running slices, its waits, its timers. The task log and
// the timeline draw from this model.
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
  /** The slice or the wait in progress. */
  openSlice: Span | null;
  openWait: Span | null;
}

const MAX_LOG_ENTRIES = 2000;
const MAX_SPANS = 50000;
const MAX_EVENTS = 500000;
/** Task 0: what runs outside any task (a blocking call at the top level of the loop). */
const NO_TASK = 0;

function seconds(t: number): string {
  return `${t.toFixed(3)} s`;
}

export class TaskModel {
  readonly tasks = new Map<number, TaskInfo>();
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

  reset(): void {
    this.tasks.clear();
    this.stepping.clear();
    this.origin = null;
    this.events.length = 0;
    this.eventsDropped = 0;
    this.tMax = 0;
    this.msMax = 0;
    this.version++;
  }

  add(batch: readonly TraceEvent[]): void {
    for (const raw of batch) {
      if (this.events.length < MAX_EVENTS) this.events.push(raw);
      else this.eventsDropped++;
      const event = parseEvent(raw);
      if (!event) continue;
      this.origin ??= { t: event.t, ms: event.ms };
      this.apply(shiftTimes(event, this.origin.t, this.origin.ms));
    }
    // What is still in progress reaches the latest time seen, so a live timeline shows it.
    for (const task of this.tasks.values()) {
      for (const open of [task.openSlice, task.openWait]) {
        if (!open) continue;
        open.t1 = Math.max(open.t0, this.tMax);
        open.ms1 = Math.max(open.ms0, this.msMax);
      }
    }
    this.version++;
  }

  /** Closes what is still open at the end of a run. */
  finish(): void {
    for (const task of this.tasks.values()) {
      if (task.openSlice) this.closeSlice(task, this.tMax, this.msMax);
      if (task.openWait) this.closeWait(task, this.tMax, this.msMax);
    }
    this.version++;
  }

  /** Tasks in creation order. */
  list(): TaskInfo[] {
    return [...this.tasks.values()];
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
      };
      this.tasks.set(id, task);
    }
    return task;
  }

  private log(task: TaskInfo, event: TulipEvent, text: string): void {
    if (task.log.length < MAX_LOG_ENTRIES) task.log.push({ t: event.t, ms: event.ms, kind: event.kind, text });
    else task.logDropped++;
  }

  private closeSlice(task: TaskInfo, t: number, ms: number): void {
    const open = task.openSlice;
    if (!open) return;
    open.t1 = t;
    open.ms1 = ms;
    task.openSlice = null;
  }

  private closeWait(task: TaskInfo, t: number, ms: number): void {
    const open = task.openWait;
    if (!open) return;
    open.t1 = t;
    open.ms1 = ms;
    task.openWait = null;
  }

  private openSlice(task: TaskInfo, t: number, ms: number): void {
    this.closeWait(task, t, ms);
    if (task.openSlice) return;
    const slice: Span = { t0: t, t1: t, ms0: ms, ms1: ms, label: '' };
    if (task.slices.length < MAX_SPANS) task.slices.push(slice);
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
    if (task.marks.length < MAX_SPANS) task.marks.push({ t: event.t, ms: event.ms, kind: mark, label: outcome });
  }

  private apply(event: TulipEvent): void {
    if (event.t > this.tMax) this.tMax = event.t;
    if (event.ms > this.msMax) this.msMax = event.ms;
    switch (event.kind) {
      case 'loop_created':
      case 'timer_fired':
        return;
      case 'task_created': {
        const task = this.task(event.task, event.t, event.ms);
        task.name = event.name || task.name;
        task.coro = event.coro;
        task.parent = event.parent;
        task.createdT = event.t;
        task.createdMs = event.ms;
        const by = event.parent ? (this.tasks.get(event.parent)?.name ?? `Task-${event.parent}`) : '';
        this.log(task, event, `created${event.coro ? ` ${event.coro}()` : ''}${by ? ` by ${by}` : ''}`);
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
        else {
          const after = waited ? ` after ${seconds(event.t - waited.t0)}` : '';
          this.log(task, event, `resumed${after}`);
        }
        return;
      }
      case 'task_suspended': {
        const task = this.task(event.task, event.t, event.ms);
        this.closeSlice(task, event.t, event.ms);
        this.closeWait(task, event.t, event.ms);
        const wait: Span = { t0: event.t, t1: event.t, ms0: event.ms, ms1: event.ms, label: event.label };
        if (task.waits.length < MAX_SPANS) task.waits.push(wait);
        task.openWait = wait;
        task.state = 'waiting';
        const where = event.where ? ` at ${event.where.replace(/^.*\//, '')}` : '';
        this.log(task, event, `awaits ${event.label}${where}`);
        return;
      }
      case 'task_cancel_delivered': {
        const task = this.task(event.task, event.t, event.ms);
        task.cancels++;
        const label = event.message ? `CancelledError('${event.message}') delivered` : 'CancelledError delivered';
        if (task.marks.length < MAX_SPANS) task.marks.push({ t: event.t, ms: event.ms, kind: 'cancel', label });
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
        if (task.marks.length < MAX_SPANS) task.marks.push({ t: event.when, ms: event.ms, kind: 'timer', label });
        return;
      }
      case 'queue_put':
      case 'queue_get': {
        const task = this.task(event.task, event.t, event.ms);
        this.log(task, event, `${event.kind === 'queue_put' ? 'put on' : 'got from'} queue ${event.queue}`);
        return;
      }
      case 'lock_acquire':
      case 'lock_release': {
        const task = this.task(event.task, event.t, event.ms);
        this.log(task, event, `${event.kind === 'lock_acquire' ? 'acquired' : 'released'} lock ${event.lock}`);
        return;
      }
      case 'blocked': {
        const task = this.task(event.task, event.sinceT, event.sinceMs);
        const span: Span = { t0: event.sinceT, t1: event.t, ms0: event.sinceMs, ms1: event.ms, label: event.call };
        if (task.blocks.length < MAX_SPANS) task.blocks.push(span);
        const text = `blocked the loop in ${event.call} for ${seconds(event.t - event.sinceT)}`;
        this.log(task, { ...event, t: event.sinceT, ms: event.sinceMs }, text);
        return;
      }
    }
  }
}
