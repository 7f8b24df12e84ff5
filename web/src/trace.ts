// The trace events the runtime streams to the page (schema: core/lang/asyncio/trace.md, version 1,
// written by core/lang/asyncio/trace_recorder.cpp), typed, and the one place that knows their field names:
// the task log and the timeline read events only through `parseEvent`.
import type { TraceEvent } from './runtime/runtime';

export type { TraceEvent };

/** Fields every event carries. */
interface EventBase {
  /** The event's number in the run, from 0. */
  seq: number;
  /** Loop time, seconds (virtual or real, as the loop's clock). */
  t: number;
  /** Real time since the run started, milliseconds. */
  ms: number;
  /** The loop, from 1; 0 when absent. */
  loop: number;
  /** The task concerned; 0 when there is none. */
  task: number;
}

export interface LoopCreated extends EventBase {
  kind: 'loop_created';
}
export interface TaskCreated extends EventBase {
  kind: 'task_created';
  name: string; // "Task-2"
  coro: string; // the coroutine's qualified name: "spin"
  parent: number; // the task that created it, 0 if none
}
export interface TaskStep extends EventBase {
  kind: 'task_started' | 'task_resumed';
}
export interface TaskSuspended extends EventBase {
  kind: 'task_suspended';
  on: string; // a category: sleep, task, future, gather, wait, wait_for, Queue.get, ...
  label: string; // in words: sleep(0.1), Task-3, wait_for(Task-3), Queue.get, ...
  delay: number | null; // sleep's delay, when known
  target: number; // the task awaited, 0 if none
  where: string; // file:line of the await in the script
  in: string; // the qualified name of the coroutine making that await
}
export interface TaskDone extends EventBase {
  kind: 'task_done';
  result: string; // repr of the result
}
export interface TaskCancelled extends EventBase {
  kind: 'task_cancelled';
  message: string | null;
}
export interface TaskRaised extends EventBase {
  kind: 'task_raised';
  type: string;
  message: string;
}
/** A CancelledError thrown into the coroutine at its await (from task.cancel(), or because what
 *  it awaits was cancelled); the coroutine may catch it and go on. */
export interface TaskCancelDelivered extends EventBase {
  kind: 'task_cancel_delivered';
  message: string | null;
}
export interface TaskUnretrieved extends EventBase {
  kind: 'task_unretrieved';
}
export interface TimerArmed extends EventBase {
  kind: 'timer_armed';
  timer: number;
  when: number; // the deadline, loop seconds
  delay: number;
  purpose: string; // sleep, wait_for, wait, as_completed, callback
}
export interface TimerFired extends EventBase {
  kind: 'timer_fired';
  timer: number;
  when: number;
}
export interface QueueEvent extends EventBase {
  kind: 'queue_put' | 'queue_get';
  queue: number;
}
export interface LockEvent extends EventBase {
  kind: 'lock_acquire' | 'lock_release';
  lock: number;
}
/** The recorder stopped after `events` events (the page's cap on a streamed trace) while the
 *  program ran on: nothing after it is in the trace. Its last event. */
export interface TraceStopped extends EventBase {
  kind: 'trace_stopped';
  events: number;
}
/** A call that blocked the loop (time.sleep in a coroutine), from since_t to t. */
export interface Blocked extends EventBase {
  kind: 'blocked';
  call: string;
  sinceT: number;
  sinceMs: number;
}

/** A connection's transport was made (open_connection's, or one a server accepted). `conn` numbers the
 *  transport: the two ends of a loopback connection are two transports, `local` and `peer` swapped. */
export interface StreamOpened extends EventBase {
  kind: 'stream_opened';
  conn: number;
  transport: string; // loopback, tcp, websocket
  side: 'client' | 'server';
  local: string; // host:port
  peer: string; // host:port
}
/** Bytes written to (`stream_write`) or read from (`stream_read`: 0 bytes is EOF) a transport, by
 *  the task given. */
export interface StreamData extends EventBase {
  kind: 'stream_write' | 'stream_read';
  conn: number;
  bytes: number;
  how: string; // write; read, readline, readexactly, readuntil
  data: string; // the start of the bytes as Python shows them: b'oxford\n', cut after 48 with ...
}
/** A transport closed (connection_lost). */
export interface StreamClosed extends EventBase {
  kind: 'stream_closed';
  conn: number;
}

export type TulipEvent =
  | LoopCreated
  | TaskCreated
  | TaskStep
  | TaskSuspended
  | TaskDone
  | TaskCancelled
  | TaskRaised
  | TaskCancelDelivered
  | TaskUnretrieved
  | TimerArmed
  | TimerFired
  | QueueEvent
  | LockEvent
  | StreamOpened
  | StreamData
  | StreamClosed
  | Blocked
  | TraceStopped;

export type TraceKind = TulipEvent['kind'];

function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function optNum(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function optStr(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A raw event as a typed one; null for kinds the page does not know. (One object per event:
 *  a trace may hold hundreds of thousands.) */
export function parseEvent(e: TraceEvent): TulipEvent | null {
  const seq = num(e['seq']);
  const t = num(e['t']);
  const ms = num(e['ms']);
  const loop = num(e['loop']);
  const task = num(e['task']);
  const kind = str(e['kind']);
  switch (kind) {
    case 'loop_created':
    case 'task_unretrieved':
    case 'task_started':
    case 'task_resumed':
      return { seq, t, ms, loop, task, kind };
    case 'task_created':
      return { seq, t, ms, loop, task, kind, name: str(e['name']), coro: str(e['coro']), parent: num(e['parent']) };
    case 'task_suspended':
      return {
        seq,
        t,
        ms,
        loop,
        task,
        kind,
        on: str(e['on']),
        label: str(e['label']) || str(e['on']),
        delay: optNum(e['delay']),
        target: num(e['target']),
        where: str(e['where']),
        in: str(e['in']),
      };
    case 'task_done':
      return { seq, t, ms, loop, task, kind, result: str(e['result']) };
    case 'task_cancelled':
      return { seq, t, ms, loop, task, kind, message: optStr(e['message']) };
    case 'task_cancel_delivered':
    case 'task_cancel': // the name in the page's first fake runtime
      return { seq, t, ms, loop, task, kind: 'task_cancel_delivered', message: optStr(e['message']) };
    case 'task_raised':
      return { seq, t, ms, loop, task, kind, type: str(e['type']), message: str(e['message']) };
    case 'timer_armed':
      return {
        seq,
        t,
        ms,
        loop,
        task,
        kind,
        timer: num(e['timer']),
        when: num(e['when']),
        delay: num(e['delay']),
        purpose: str(e['for']),
      };
    case 'timer_fired':
      return { seq, t, ms, loop, task, kind, timer: num(e['timer']), when: num(e['when']) };
    case 'queue_put':
    case 'queue_get':
      return { seq, t, ms, loop, task, kind, queue: num(e['queue']) };
    case 'lock_acquire':
    case 'lock_release':
      return { seq, t, ms, loop, task, kind, lock: num(e['lock']) };
    case 'stream_opened':
      return {
        seq,
        t,
        ms,
        loop,
        task,
        kind,
        conn: num(e['conn']),
        transport: str(e['transport']),
        side: e['side'] === 'server' ? 'server' : 'client',
        local: str(e['local']),
        peer: str(e['peer']),
      };
    case 'stream_write':
    case 'stream_read':
      return {
        seq,
        t,
        ms,
        loop,
        task,
        kind,
        conn: num(e['conn']),
        bytes: num(e['bytes']),
        how: str(e['how']),
        data: str(e['data']),
      };
    case 'stream_closed':
      return { seq, t, ms, loop, task, kind, conn: num(e['conn']) };
    case 'blocked':
      return {
        seq,
        t,
        ms,
        loop,
        task,
        kind,
        call: str(e['call']),
        sinceT: num(e['since_t'], t),
        sinceMs: num(e['since_ms'], ms),
      };
    case 'trace_stopped':
      return { seq, t, ms, loop, task, kind, events: num(e['events'], seq) };
    default:
      return null;
  }
}

/** The event with its times counted from the run's first event: loop time from `tOrigin` (under
 *  the real clock, loop time is the monotonic clock), real time from `msOrigin`. Shifts `event`
 *  in place (a fresh object from `parseEvent`) and returns it. */
export function shiftTimes(event: TulipEvent, tOrigin: number, msOrigin: number): TulipEvent {
  if (tOrigin === 0 && msOrigin === 0) return event;
  event.t -= tOrigin;
  event.ms -= msOrigin;
  switch (event.kind) {
    case 'timer_armed':
    case 'timer_fired':
      event.when -= tOrigin;
      break;
    case 'blocked':
      event.sinceT -= tOrigin;
      event.sinceMs -= msOrigin;
      break;
  }
  return event;
}
