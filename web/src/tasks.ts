// The tasks of a run, built up from its trace events: for each task its life (created, awaits,
// resumed, cancellation delivered, done), its running slices, its waits, its timers; and the run's
// connections (asyncio streams): for each its ends, when it opened and closed, and the bytes that
// went each way. The task log and the timeline draw from this model.
//
// Adding a batch costs in proportion to the batch, whatever the number of tasks: a slice or a wait
// still in progress keeps its start as its end (`t1 == t0`) until it closes; the views draw it up
// to the latest time seen (`tMax`, `msMax`; see `isOpen`). Each task's slices, waits and blocking
// calls are in time order and never overlap, so the views find what is in view by binary search;
// so are a connection's byte events.
import { parseEvent, shiftTimes, type StreamData, type StreamOpened, type TraceEvent, type TulipEvent } from './trace';

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

/** Which way bytes went on a connection. */
export type Direction = 'c2s' | 's2c';

/** Bytes written to or read from one end of a connection. */
export interface ByteEvent {
  t: number;
  ms: number;
  dir: Direction;
  op: 'write' | 'read';
  /** How many (a read of 0 is EOF). */
  bytes: number;
  /** write; read, readline, readexactly, readuntil. */
  how: string;
  /** The start of the bytes as Python shows them (b'oxford\n'). */
  data: string;
  /** The task that wrote or read them (0: none). */
  task: number;
}

/** One end of a connection: a transport of the trace. */
export interface ConnectionEnd {
  /** The transport's number in the trace. */
  conn: number;
  side: 'client' | 'server';
  local: string;
  peer: string;
  /** The task current when it opened (0: none), and the first task that wrote or read on it. */
  opener: number;
  user: number;
  openedT: number;
  openedMs: number;
  closedT: number | null;
  closedMs: number | null;
}

/** The byte events of a connection's tracks: `tracks[TRACK[dir][op]]`. */
export const TRACK: Record<Direction, Record<ByteEvent['op'], number>> = {
  c2s: { write: 0, read: 1 },
  s2c: { write: 2, read: 3 },
};

export interface ConnectionInfo {
  /** Its number: the trace's number of the first of its ends to open. */
  id: number;
  transport: string;
  /** client ⇄ server: "127.0.0.1:40001 ⇄ 127.0.0.1:40000". */
  label: string;
  /** Its ends, as seen (a connection seen from one end has one; loopback ones have both). */
  client: ConnectionEnd | null;
  server: ConnectionEnd | null;
  openedT: number;
  openedMs: number;
  /** When its last end closed; null while an end is open. */
  closedT: number | null;
  closedMs: number | null;
  /** The byte events, in time order (both loop and real time, unless `ordered` is false). */
  events: ByteEvent[];
  /** The same per direction and operation (see TRACK), for drawing. */
  tracks: [ByteEvent[], ByteEvent[], ByteEvent[], ByteEvent[]];
  /** Byte events left out past MAX_SPANS. */
  dropped: number;
  /** Bytes written each way. */
  sent: Record<Direction, number>;
  ordered: boolean;
  /** Bumped whenever anything about the connection changes. */
  rev: number;
}

/** A coroutine's name as called: `spin()`; the runtime's own tasks' `(asyncio internals)` as is. */
export function callName(coro: string): string {
  return !coro || coro.startsWith('(') ? coro : `${coro}()`;
}

/** The number of bytes in words: "1 byte", "7 bytes". */
export function byteCount(n: number): string {
  return n === 1 ? '1 byte' : `${n} bytes`;
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
  /** The connections in the order they opened. */
  private readonly links: ConnectionInfo[] = [];
  /** Each transport of the trace: its connection and its end. */
  private readonly ends = new Map<number, { link: ConnectionInfo; end: ConnectionEnd }>();
  /** Ends waiting for their other end, by `transport|local|peer`. */
  private readonly lonely = new Map<string, ConnectionInfo>();

  reset(): void {
    this.tasks.clear();
    this.order.length = 0;
    this.links.length = 0;
    this.ends.clear();
    this.lonely.clear();
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

  /** Connections in the order they opened (the model's own array: not to be changed). */
  connections(): readonly ConnectionInfo[] {
    return this.links;
  }

  /** A task's name, "Task-3" if the trace never named it. */
  taskName(id: number): string {
    return this.tasks.get(id)?.name ?? `Task-${id}`;
  }

  /** The task behind an end of a connection: the first that wrote or read on it, else the one
   *  that opened it; null if none. */
  endTask(end: ConnectionEnd | null): TaskInfo | null {
    const id = end ? end.user || end.opener : 0;
    return id ? (this.tasks.get(id) ?? null) : null;
  }

  /** Who is at each end of a connection, in words: "Task-4 echo_client() ⇄ Task-18 handle_echo()". */
  connectionParties(link: ConnectionInfo): string {
    const party = (end: ConnectionEnd | null) => {
      if (!end) return link.transport === 'loopback' ? '(not seen)' : '(remote)';
      const task = this.endTask(end);
      if (!task) return `(no task)`;
      return task.coro ? `${task.name} ${callName(task.coro)}` : task.name;
    };
    return `${party(link.client)} ⇄ ${party(link.server)}`;
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
          return `created${event.coro ? ` ${callName(event.coro)}` : ''}${by ? ` by ${by}` : ''}`;
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
      case 'stream_opened':
        this.streamOpened(event);
        return;
      case 'stream_write':
      case 'stream_read':
        this.streamData(event);
        return;
      case 'stream_closed': {
        const known = this.ends.get(event.conn);
        if (!known) return;
        const { link, end } = known;
        end.closedT = event.t;
        end.closedMs = event.ms;
        const other = end === link.client ? link.server : link.client;
        if (!other) {
          // an end alone no longer waits for its other end
          const key = `${link.transport}|${end.local}|${end.peer}`;
          if (this.lonely.get(key) === link) this.lonely.delete(key);
        }
        if (!other || other.closedT !== null) {
          link.closedT = event.t;
          link.closedMs = event.ms;
        }
        link.rev++;
        if (event.task) {
          this.log(this.task(event.task, event.t, event.ms), event, `closed connection ${link.id} (${end.side} end)`);
        }
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
  /** A transport opened: a new connection, or the other end of one whose first end is known
   *  (same transport, `local` and `peer` swapped, the other side). */
  private streamOpened(event: StreamOpened): void {
    const end: ConnectionEnd = {
      conn: event.conn,
      side: event.side,
      local: event.local,
      peer: event.peer,
      opener: event.task,
      user: 0,
      openedT: event.t,
      openedMs: event.ms,
      closedT: null,
      closedMs: null,
    };
    const otherKey = `${event.transport}|${event.peer}|${event.local}`;
    let link = this.lonely.get(otherKey);
    if (link && !link[event.side]) {
      this.lonely.delete(otherKey);
      link[event.side] = end;
      link.closedT = link.closedMs = null; // open again until this end closes
    } else {
      const [client, server] = event.side === 'client' ? [event.local, event.peer] : [event.peer, event.local];
      link = {
        id: event.conn,
        transport: event.transport,
        label: `${client} ⇄ ${server}`,
        client: event.side === 'client' ? end : null,
        server: event.side === 'server' ? end : null,
        openedT: event.t,
        openedMs: event.ms,
        closedT: null,
        closedMs: null,
        events: [],
        tracks: [[], [], [], []],
        dropped: 0,
        sent: { c2s: 0, s2c: 0 },
        ordered: true,
        rev: 0,
      };
      this.links.push(link);
      this.lonely.set(`${event.transport}|${event.local}|${event.peer}`, link);
    }
    link.rev++;
    this.ends.set(event.conn, { link, end });
    if (event.task) {
      const task = this.task(event.task, event.t, event.ms);
      const how = event.side === 'client' ? 'opened' : 'accepted';
      const over = event.transport && event.transport !== 'loopback' ? ` over ${event.transport}` : '';
      this.log(task, event, () => `${how} connection ${link.id}: ${link.label}${over}`);
    }
  }

  /** Bytes written or read on a transport: a byte event of its connection, and an entry in the
   *  log of the task that wrote or read them. */
  private streamData(event: StreamData): void {
    const known = this.ends.get(event.conn);
    const id = known ? known.link.id : event.conn;
    const write = event.kind === 'stream_write';
    if (known) {
      const { link, end } = known;
      if (!end.user && event.task) end.user = event.task;
      // a write on the client end and a read on the server end go client → server
      const dir: Direction = (end.side === 'client') === write ? 'c2s' : 's2c';
      const op = write ? 'write' : 'read';
      if (link.events.length < MAX_SPANS) {
        const bytes: ByteEvent = {
          t: event.t,
          ms: event.ms,
          dir,
          op,
          bytes: event.bytes,
          how: event.how,
          data: event.data,
          task: event.task,
        };
        const last = link.events[link.events.length - 1];
        if (last && (bytes.t < last.t || bytes.ms < last.ms)) link.ordered = false;
        link.events.push(bytes);
        link.tracks[TRACK[dir][op]].push(bytes);
        if (write) link.sent[dir] += event.bytes;
      } else link.dropped++;
      link.rev++;
    }
    if (!event.task) return;
    const task = this.task(event.task, event.t, event.ms);
    this.log(task, event, () => {
      if (write) return `wrote ${byteCount(event.bytes)} ${event.data} to connection ${id}`;
      if (!event.bytes) return `read EOF (${event.how}) on connection ${id}`;
      return `read ${byteCount(event.bytes)} ${event.data} (${event.how}) from connection ${id}`;
    });
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
