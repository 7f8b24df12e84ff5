// The timeline: a lane per task, drawn on a canvas from the task model. Running slices are solid
// bars, waits are thin bars labelled with what the task awaits, calls that block the loop are
// amber, timers are ticks at their deadline, and the ends of tasks (done, cancelled, raised) and
// cancellations delivered are marked. After the tasks, a lane per connection (asyncio streams): a
// bar from its opening to its closing, the bytes written client → server as ticks above it and
// server → client below it, a dot at a tick's tip for the read that took them. The axis is loop time, or real time (how long the steps
// really took: the only one that spreads a virtual-clock run that never sleeps); 'auto' picks loop
// time unless the whole run took no loop time. The wheel zooms around the pointer, shift+wheel
// or a drag pans, a double click fits; hovering shows the details of what is under the pointer.
//
// Drawing costs what is in view, not what the run holds: the canvas is the pane's height and sticks
// to its top while the pane scrolls over all lanes (a spacer below it), only the lanes in view are
// drawn, and in each the spans in the visible range are found by binary search, those closer than
// a pixel drawn as one. It redraws at most once per animation frame.
import {
  byteCount,
  callName,
  partition,
  type ByteEvent,
  type ConnectionInfo,
  type Mark,
  type Span,
  type TaskInfo,
  type TaskModel,
  type TraceStop,
} from './tasks';

export type AxisChoice = 'auto' | 'loop' | 'real';
type Axis = 'loop' | 'real';

const GUTTER = 132;
const AXIS = 22;
const LANE = 26;
const BAR = 12;
const MIN_SPAN_S = 0.001;
/** While a run streams its trace, the timeline follows at most this often (ms). */
const FOLLOW_MS = 50;

interface Colors {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  stripe: string;
  run: string;
  wait: string;
  block: string;
  cancel: string;
  timer: string;
  done: string;
  raised: string;
  conn: string;
  send: string;
  back: string;
}

function readColors(element: HTMLElement): Colors {
  const style = getComputedStyle(element);
  const v = (name: string) => style.getPropertyValue(name).trim() || '#888';
  return {
    bg: v('--panel'),
    fg: v('--fg'),
    muted: v('--muted'),
    border: v('--border'),
    stripe: v('--tl-stripe'),
    run: v('--tl-run'),
    wait: v('--tl-wait'),
    block: v('--tl-block'),
    cancel: v('--tl-cancel'),
    timer: v('--tl-timer'),
    done: v('--tl-done'),
    raised: v('--tl-raised'),
    conn: v('--tl-conn'),
    send: v('--tl-send'),
    back: v('--tl-back'),
  };
}

/** A "nice" step for about `count` ticks over `range`. */
function tickStep(range: number, count: number): number {
  const raw = range / Math.max(1, count);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const unit = raw / power;
  const nice = unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10;
  return nice * power;
}

function formatTick(t: number, step: number, axis: Axis): string {
  if (axis === 'real' || step < 0.01) {
    const ms = t * 1000;
    const digits = Math.max(0, Math.min(3, -Math.floor(Math.log10(step * 1000))));
    return `${ms.toFixed(digits)}ms`;
  }
  const digits = Math.max(0, Math.min(6, -Math.floor(Math.log10(step))));
  return `${t.toFixed(digits)}s`;
}

/** A span in words; `end`: where it ends now (a span in progress: the latest time seen). */
function spanText(kind: string, span: Span, end: { t1: number; ms1: number }): string {
  const loop = (end.t1 - span.t0) * 1000;
  const real = end.ms1 - span.ms0;
  const label = span.label ? ` ${span.label}` : '';
  return (
    `${kind}${label}\n` +
    `loop time ${span.t0.toFixed(4)} → ${end.t1.toFixed(4)} s (${loop.toFixed(1)} ms)\n` +
    `real time ${span.ms0.toFixed(2)} → ${end.ms1.toFixed(2)} ms (${real.toFixed(2)} ms)`
  );
}

function markText(mark: Mark): string {
  const names: Record<Mark['kind'], string> = {
    cancel: 'cancellation',
    cancelled: 'ended cancelled',
    raised: 'ended with an exception',
    done: 'ended',
    timer: 'timer',
  };
  const real = mark.kind === 'timer' ? '' : `, real time ${mark.ms.toFixed(2)} ms`;
  return `${names[mark.kind]}: ${mark.label}\nloop time ${mark.t.toFixed(4)} s${real}`;
}

/** Positions on the axis now drawn (seconds), and where they fall on the canvas. */
class Scale {
  /** Seconds per pixel. */
  readonly perPx: number;

  constructor(
    readonly loop: boolean,
    /** The latest time seen: where a slice or a wait in progress ends. */
    readonly max: number,
    readonly t0: number,
    readonly t1: number,
    readonly plot: number,
  ) {
    this.perPx = (t1 - t0) / plot;
  }

  x(t: number): number {
    return GUTTER + (t - this.t0) / this.perPx;
  }

  start(span: Span): number {
    return this.loop ? span.t0 : span.ms0 / 1000;
  }

  end(task: TaskInfo, span: Span): number {
    if (span === task.openSlice || span === task.openWait) return Math.max(this.start(span), this.max);
    return this.loop ? span.t1 : span.ms1 / 1000;
  }

  /** Where a mark goes; null if it has no place on this axis (a timer's deadline in real time). */
  mark(mark: Mark): number | null {
    if (this.loop) return mark.t;
    return mark.kind === 'timer' ? null : mark.ms / 1000;
  }
}

/**
 * Calls `draw` for what of `spans` (one task's slices, waits or blocking calls: in time order,
 * never overlapping) meets the visible range: a span `wide` pixels wide or more on its own
 * (`single` is then the span), and narrower spans less than `gap` pixels apart as one run
 * (`single` null if the run holds more than one). Binary searches skip what is out of view and
 * what falls within a run, so the work is in proportion to the pixels, not to the spans.
 */
function eachRun(
  task: TaskInfo,
  spans: readonly Span[],
  scale: Scale,
  gap: number,
  wide: number,
  draw: (x0: number, x1: number, single: Span | null) => void,
): void {
  const n = spans.length;
  if (!n) return;
  const { t0, t1 } = scale;
  if (!task.ordered) {
    for (const span of spans) {
      const a = scale.start(span);
      const b = scale.end(task, span);
      if (b >= t0 && a <= t1) draw(scale.x(a), scale.x(b), span);
    }
    return;
  }
  const join = gap * scale.perPx;
  const wideT = wide * scale.perPx;
  const isWide = (span: Span) => scale.end(task, span) - scale.start(span) >= wideT;
  let i = partition(spans, (span) => scale.end(task, span) < t0);
  while (i < n) {
    const first = spans[i];
    const a = scale.start(first);
    if (a > t1) break;
    let b = scale.end(task, first);
    let j = i + 1;
    if (!isWide(first)) {
      while (j < n) {
        const limit = b + join;
        if (scale.start(spans[j]) > limit) break;
        // all of spans[j..k) start within `gap` of the run: only the last can be wide (the
        // others end before the next starts), and a wide span is drawn on its own
        let k = partition(spans, (span) => scale.start(span) <= limit, j);
        if (isWide(spans[k - 1])) k--;
        if (k === j) break;
        b = Math.max(b, scale.end(task, spans[k - 1]));
        j = k;
      }
    }
    draw(scale.x(a), scale.x(b), j === i + 1 ? first : null);
    i = j;
  }
}

/** Which way, in words. */
const DIRECTION = { c2s: 'client → server', s2c: 'server → client' } as const;

/** `host:port ⇄ host:port` made short: the ports alone when both ends are on one host. */
function shortLabel(link: ConnectionInfo): string {
  const [client, server] = link.label.split(' ⇄ ');
  const host = (end: string) => end.slice(0, end.lastIndexOf(':'));
  if (server !== undefined && host(client) === host(server) && client.includes(':')) {
    return `${client.slice(client.lastIndexOf(':'))} ⇄ ${server.slice(server.lastIndexOf(':'))}`;
  }
  return link.label;
}

function stoppedText(stop: TraceStop): string {
  return `trace stopped after ${new Intl.NumberFormat('en-US').format(stop.events)} events; the program ran on`;
}

export class Timeline {
  private readonly canvas: HTMLCanvasElement;
  /** Below the canvas (which sticks to the top of the pane): makes the pane scroll over all lanes. */
  private readonly space: HTMLElement;
  private readonly tooltip: HTMLElement;
  /** Read from the CSS variables at the first draw (reading them forces a style pass). */
  private colors: Colors | null = null;
  private axisChoice: AxisChoice = 'auto';
  /** The visible range (seconds on the axis); null: fit the whole run. */
  private range: { t0: number; t1: number } | null = null;
  private renderedVersion = -1;
  private frame = 0;
  private followTimer = 0;
  private lastRender = 0;
  private drag: { x: number; t0: number; t1: number } | null = null;
  private width = 0;
  /** The canvas's height: the pane's. */
  private height = 0;
  /** How far the pane is scrolled down the lanes (px), as last drawn. */
  private scrollTop = 0;
  /** The pane's size and scroll position, as last reported; -1: not yet known. */
  private paneWidth = -1;
  private paneHeight = -1;
  private paneScroll = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly model: TaskModel,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'timeline-canvas';
    this.space = document.createElement('div');
    this.space.className = 'timeline-space';
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'timeline-tooltip';
    this.tooltip.hidden = true;
    root.append(this.canvas, this.space, this.tooltip);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.colors = readColors(this.root);
      this.redraw();
    });
    // The pane's size and scroll position are kept as they change, so that drawing reads no layout.
    new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      this.paneWidth = box.width;
      this.paneHeight = box.height;
      this.redraw();
    }).observe(root);
    root.addEventListener(
      'scroll',
      () => {
        this.paneScroll = root.scrollTop;
        this.redraw();
      },
      { passive: true },
    );
    this.canvas.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    this.canvas.addEventListener('mousedown', (e) => this.onMouseDown(e));
    window.addEventListener('mousemove', (e) => this.onMouseMove(e));
    window.addEventListener('mouseup', () => (this.drag = null));
    this.canvas.addEventListener('mouseleave', () => (this.tooltip.hidden = true));
    this.canvas.addEventListener('dblclick', () => this.fit());
  }

  /** Redraws on the next frame if the model changed. */
  schedule(): void {
    if (this.renderedVersion !== this.model.version) this.redraw();
  }

  /** Redraws soon if the model changed: on the next frame at most every FOLLOW_MS (a run's trace
   *  comes in a batch per slice of its work; a live timeline needs no more). */
  follow(): void {
    if (this.renderedVersion === this.model.version || this.frame || this.followTimer) return;
    const wait = this.lastRender + FOLLOW_MS - performance.now();
    if (wait <= 0) this.redraw();
    else {
      this.followTimer = window.setTimeout(() => {
        this.followTimer = 0;
        this.schedule();
      }, wait);
    }
  }

  /** Redraws on the next frame (at most once per frame). */
  redraw(): void {
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
    }
  }

  fit(): void {
    this.range = null;
    this.redraw();
  }

  setAxis(choice: AxisChoice): void {
    this.axisChoice = choice;
    this.fit();
  }

  /** The axis drawn now. */
  axis(): Axis {
    if (this.axisChoice !== 'auto') return this.axisChoice;
    return this.model.tMax > 0 || this.model.msMax === 0 ? 'loop' : 'real';
  }

  zoom(factor: number, atX?: number): void {
    const { t0, t1 } = this.visibleRange();
    const plot = this.plotWidth();
    const x = atX ?? GUTTER + plot / 2;
    const anchor = t0 + ((x - GUTTER) / plot) * (t1 - t0);
    const span = Math.max(MIN_SPAN_S / 1000, (t1 - t0) * factor);
    const ratio = (anchor - t0) / (t1 - t0);
    const n0 = anchor - ratio * span;
    this.range = { t0: n0, t1: n0 + span };
    this.redraw();
  }

  private palette(): Colors {
    this.colors ??= readColors(this.root);
    return this.colors;
  }

  private scale(): Scale {
    const loop = this.axis() === 'loop';
    const { t0, t1 } = this.visibleRange();
    return new Scale(loop, loop ? this.model.tMax : this.model.msMax / 1000, t0, t1, this.plotWidth());
  }

  private lifeline(task: TaskInfo, loop: boolean): [number, number] {
    if (loop) return [task.createdT, task.endT ?? this.model.tMax];
    return [task.createdMs / 1000, (task.endMs ?? this.model.msMax) / 1000];
  }

  private plotWidth(): number {
    return Math.max(10, this.width - GUTTER - 8);
  }

  private fullRange(): { t0: number; t1: number } {
    const max = this.axis() === 'loop' ? this.model.tMax : this.model.msMax / 1000;
    const end = Math.max(max, this.axis() === 'loop' ? MIN_SPAN_S : MIN_SPAN_S / 10);
    return { t0: 0, t1: end * 1.02 };
  }

  private visibleRange(): { t0: number; t1: number } {
    return this.range ?? this.fullRange();
  }

  private xOf(t: number, t0: number, t1: number): number {
    return GUTTER + ((t - t0) / (t1 - t0)) * this.plotWidth();
  }

  /** The lanes: the tasks', then the connections'. */
  private laneCount(): number {
    return this.model.list().length + this.model.connections().length;
  }

  // ---- drawing: the axis, then only the lanes in view ----
  private render(): void {
    this.renderedVersion = this.model.version;
    this.lastRender = performance.now();
    const tasks = this.model.list();
    const links = this.model.connections();
    const lanes = tasks.length + links.length;
    const dpr = window.devicePixelRatio || 1;
    if (this.paneWidth < 0) {
      this.paneWidth = this.root.clientWidth;
      this.paneHeight = this.root.clientHeight;
    }
    this.width = this.paneWidth;
    const total = Math.max(AXIS + LANE * Math.max(lanes, 1) + 6, 60);
    // the pane's height whatever the lanes: resizing a canvas costs a new backing store
    this.height = Math.max(this.paneHeight, 60);
    const space = `${Math.max(0, total - this.height)}px`;
    if (this.space.style.height !== space) this.space.style.height = space;
    this.scrollTop = Math.max(0, Math.min(this.paneScroll, total - this.height));
    const pixelWidth = Math.round(this.width * dpr);
    const pixelHeight = Math.round(this.height * dpr);
    if (this.canvas.width !== pixelWidth || this.canvas.height !== pixelHeight) {
      this.canvas.width = pixelWidth;
      this.canvas.height = pixelHeight;
      this.canvas.style.width = `${this.width}px`;
      this.canvas.style.height = `${this.height}px`;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    const c = this.palette();
    if (!lanes) {
      ctx.fillStyle = c.muted;
      ctx.fillText('Run a program: its tasks appear here, one lane each.', 12, AXIS + 12);
      return;
    }
    const scale = this.scale();
    this.drawAxis(ctx, scale.t0, scale.t1);
    const first = Math.max(0, Math.floor(this.scrollTop / LANE));
    const last = Math.min(lanes - 1, Math.floor((this.scrollTop + this.height - AXIS) / LANE));
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, AXIS, this.width, this.height - AXIS);
    ctx.clip();
    for (let index = first; index <= last; index++) {
      if (index < tasks.length) this.drawLane(ctx, tasks[index], index, scale);
      else this.drawConnection(ctx, links[index - tasks.length], index, scale);
    }
    ctx.restore();
    this.drawStop(ctx, scale);
  }

  private drawAxis(ctx: CanvasRenderingContext2D, t0: number, t1: number): void {
    const c = this.palette();
    const axis = this.axis();
    const step = tickStep(t1 - t0, Math.floor(this.plotWidth() / 80));
    ctx.strokeStyle = c.border;
    ctx.fillStyle = c.muted;
    ctx.lineWidth = 1;
    ctx.textAlign = 'center';
    for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
      const x = Math.round(this.xOf(t, t0, t1)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(x, AXIS - 4);
      ctx.lineTo(x, this.height);
      ctx.stroke();
      ctx.fillText(formatTick(t, step, axis), x, AXIS / 2 - 1);
    }
    ctx.textAlign = 'left';
    ctx.fillText(axis === 'loop' ? 'loop time' : 'real time', 6, AXIS / 2 - 1);
  }

  /** Where the recorder stopped (`trace_stopped`): a dashed line over the lanes, and a note. */
  private drawStop(ctx: CanvasRenderingContext2D, scale: Scale): void {
    const stop = this.model.stopped;
    if (!stop) return;
    const c = this.palette();
    const at = scale.loop ? stop.t : stop.ms / 1000;
    const right = GUTTER + this.plotWidth();
    const x = Math.round(Math.max(GUTTER, Math.min(right, scale.x(at)))) + 0.5;
    ctx.save();
    ctx.strokeStyle = c.cancel;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x, AXIS - 6);
    ctx.lineTo(x, this.height);
    ctx.stroke();
    ctx.restore();
    const text = 'trace stopped: the program ran on';
    const width = ctx.measureText(text).width;
    const textX = x - 6 - width >= GUTTER ? x - 6 - width : Math.min(x + 6, this.width - width - 2);
    ctx.fillStyle = c.bg;
    ctx.fillRect(textX - 3, 1, width + 6, AXIS - 4);
    ctx.fillStyle = c.cancel;
    ctx.textAlign = 'left';
    ctx.fillText(text, textX, AXIS / 2 - 1);
  }

  private drawLane(ctx: CanvasRenderingContext2D, task: TaskInfo, index: number, scale: Scale): void {
    const c = this.palette();
    const top = AXIS + index * LANE - this.scrollTop;
    const mid = top + LANE / 2 + 4; // the bars; labels of waits above them
    if (index % 2 === 0) {
      ctx.fillStyle = c.stripe;
      ctx.fillRect(0, top, this.width, LANE);
    }
    const { t0, t1 } = scale;
    const left = GUTTER;
    const right = GUTTER + this.plotWidth();
    const clampX = (x: number) => Math.max(left, Math.min(right, x));

    const [born, died] = this.lifeline(task, scale.loop);
    if (died >= t0 && born <= t1) {
      ctx.strokeStyle = c.muted;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(clampX(scale.x(born)), Math.round(mid) + 0.5);
      ctx.lineTo(clampX(scale.x(died)), Math.round(mid) + 0.5);
      ctx.stroke();
    }

    eachRun(task, task.waits, scale, 1, 3, (a, b, wait) => {
      const x0 = clampX(a);
      const x1 = clampX(b);
      ctx.fillStyle = c.wait;
      ctx.fillRect(x0, mid - 3, Math.max(1, x1 - x0), 6);
      if (wait && x1 - x0 > 60 && wait.label) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(x0, top, x1 - x0, LANE);
        ctx.clip();
        ctx.fillStyle = c.fg;
        ctx.fillText(wait.label, x0 + 4, top + 6);
        ctx.restore();
      }
    });

    ctx.fillStyle = c.run;
    eachRun(task, task.slices, scale, 1, 3, (a, b) => {
      const x0 = Math.max(left, a - 0.75);
      const x1 = Math.min(right + 1, b);
      ctx.fillRect(x0, mid - BAR / 2, Math.max(1.5, x1 - x0), BAR);
    });

    // blocking calls, over the slice that made them
    eachRun(task, task.blocks, scale, 1, 3, (a, b, block) => {
      const x0 = clampX(a);
      const x1 = clampX(b);
      ctx.fillStyle = c.block;
      ctx.fillRect(x0, mid - BAR / 2, Math.max(2, x1 - x0), BAR);
      if (block && x1 - x0 > 60) {
        ctx.fillStyle = c.fg;
        ctx.fillText(`blocked: ${block.label}`, x0 + 4, mid);
      }
    });

    // timers (loop time only), one per pixel: after one is drawn, the search skips to the next pixel
    const timers = task.timers;
    if (scale.loop && timers.length) {
      let i = partition(timers, (m) => m.t < t0);
      while (i < timers.length && timers[i].t <= t1) {
        const x = Math.round(scale.x(timers[i].t)) + 0.5;
        this.drawMark(ctx, timers[i], x, mid);
        const next = t0 + (x + 0.5 - GUTTER) * scale.perPx;
        i = partition(timers, (m) => m.t < next, i + 1);
      }
    }
    // cancellations and ends
    const points = task.points;
    let lastKind = '';
    let lastX = NaN;
    const from = task.ordered ? partition(points, (m) => (scale.mark(m) ?? 0) < t0) : 0;
    for (let i = from; i < points.length; i++) {
      const t = scale.mark(points[i]);
      if (t === null || t < t0) continue;
      if (t > t1) {
        if (task.ordered) break;
        continue;
      }
      const x = Math.round(scale.x(t)) + 0.5;
      if (x === lastX && points[i].kind === lastKind) continue;
      lastX = x;
      lastKind = points[i].kind;
      this.drawMark(ctx, points[i], x, mid);
    }

    // the label, over everything at the left
    ctx.clearRect(0, top, GUTTER - 2, LANE);
    if (index % 2 === 0) {
      ctx.fillStyle = c.stripe;
      ctx.fillRect(0, top, GUTTER - 2, LANE);
    }
    ctx.fillStyle = task.state === 'cancelled' ? c.cancel : task.state === 'raised' ? c.raised : c.fg;
    const label = task.coro ? `${task.name} ${task.coro}` : task.name;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, top, GUTTER - 6, LANE);
    ctx.clip();
    ctx.fillText(label, 6, top + LANE / 2);
    ctx.restore();
  }

  /** Where a byte event goes on the axis now drawn. */
  private static at(scale: Scale, event: ByteEvent): number {
    return scale.loop ? event.t : event.ms / 1000;
  }

  /** A connection's lane: a bar from its opening to its closing (to the latest time seen while
   *  it is open), a tick where each end closed, and its byte events, one per pixel per track. */
  private drawConnection(ctx: CanvasRenderingContext2D, link: ConnectionInfo, index: number, scale: Scale): void {
    const c = this.palette();
    const top = AXIS + index * LANE - this.scrollTop;
    const mid = Math.round(top + LANE / 2);
    if (index % 2 === 0) {
      ctx.fillStyle = c.stripe;
      ctx.fillRect(0, top, this.width, LANE);
    }
    const { t0, t1 } = scale;
    const left = GUTTER;
    const right = GUTTER + this.plotWidth();
    const clampX = (x: number) => Math.max(left, Math.min(right, x));
    const opened = scale.loop ? link.openedT : link.openedMs / 1000;
    const closed =
      link.closedT === null || link.closedMs === null
        ? Math.max(opened, scale.max)
        : scale.loop
          ? link.closedT
          : link.closedMs / 1000;
    if (closed >= t0 && opened <= t1) {
      const x0 = clampX(scale.x(opened));
      const x1 = clampX(scale.x(closed));
      ctx.fillStyle = c.conn;
      ctx.fillRect(x0, mid - 2, Math.max(2, x1 - x0), 4);
    }
    ctx.fillStyle = c.done;
    for (const end of [link.client, link.server]) {
      if (!end || end.closedT === null || end.closedMs === null) continue;
      const at = scale.loop ? end.closedT : end.closedMs / 1000;
      if (at < t0 || at > t1) continue;
      ctx.fillRect(Math.round(scale.x(at)) - 0.75, mid - 5, 1.5, 10);
    }
    // the byte events: writes are ticks out of the bar (client → server above it, server → client
    // below), reads a dot at the tip (hollow: EOF)
    for (let k = 0; k < 4; k++) {
      const events = link.tracks[k];
      if (!events.length) continue;
      const up = k < 2;
      const read = k % 2 === 1;
      ctx.fillStyle = ctx.strokeStyle = up ? c.send : c.back;
      ctx.lineWidth = 1;
      const draw = (event: ByteEvent, x: number) => {
        if (!read) ctx.fillRect(x - 1, up ? mid - 10 : mid + 3, 2, 7);
        else {
          ctx.beginPath();
          ctx.arc(x, up ? mid - 10 : mid + 10, event.bytes ? 2 : 2.5, 0, 2 * Math.PI);
          if (event.bytes) ctx.fill();
          else ctx.stroke();
        }
      };
      if (!link.ordered) {
        for (const event of events) {
          const t = Timeline.at(scale, event);
          if (t >= t0 && t <= t1) draw(event, Math.round(scale.x(t)));
        }
        continue;
      }
      // one per pixel: after one is drawn, the search skips to the next pixel
      let i = partition(events, (e) => Timeline.at(scale, e) < t0);
      while (i < events.length && Timeline.at(scale, events[i]) <= t1) {
        const x = Math.round(scale.x(Timeline.at(scale, events[i])));
        draw(events[i], x);
        const next = t0 + (x + 0.5 - GUTTER) * scale.perPx;
        i = partition(events, (e) => Timeline.at(scale, e) < next, i + 1);
      }
    }
    // the label, over everything at the left: the connection and its client, then its ends
    ctx.clearRect(0, top, GUTTER - 2, LANE);
    if (index % 2 === 0) {
      ctx.fillStyle = c.stripe;
      ctx.fillRect(0, top, GUTTER - 2, LANE);
    }
    const client = this.model.endTask(link.client);
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, top, GUTTER - 6, LANE);
    ctx.clip();
    ctx.fillStyle = c.fg;
    ctx.fillText(`conn ${link.id}${client ? ` · ${client.name}` : ''}`, 6, top + 8);
    ctx.fillStyle = c.muted;
    ctx.font = '10px system-ui, sans-serif';
    ctx.fillText(shortLabel(link), 6, top + 19);
    ctx.restore();
    if (index === this.model.list().length) {
      // a rule between the tasks and the connections
      ctx.fillStyle = c.border;
      ctx.fillRect(0, top, this.width, 1);
    }
  }

  private drawMark(ctx: CanvasRenderingContext2D, mark: Mark, x: number, mid: number): void {
    const c = this.palette();
    ctx.lineWidth = 1.5;
    switch (mark.kind) {
      case 'timer':
        ctx.fillStyle = c.timer;
        ctx.beginPath();
        ctx.moveTo(x - 3.5, mid - BAR / 2 - 5);
        ctx.lineTo(x + 3.5, mid - BAR / 2 - 5);
        ctx.lineTo(x, mid - BAR / 2);
        ctx.closePath();
        ctx.fill();
        return;
      case 'cancel':
        ctx.strokeStyle = c.cancel;
        ctx.beginPath();
        ctx.moveTo(x - 4, mid - 4);
        ctx.lineTo(x + 4, mid + 4);
        ctx.moveTo(x + 4, mid - 4);
        ctx.lineTo(x - 4, mid + 4);
        ctx.stroke();
        return;
      case 'cancelled':
      case 'raised':
      case 'done':
        ctx.strokeStyle = mark.kind === 'cancelled' ? c.cancel : mark.kind === 'raised' ? c.raised : c.done;
        ctx.beginPath();
        ctx.moveTo(x, mid - BAR / 2 - 2);
        ctx.lineTo(x, mid + BAR / 2 + 2);
        ctx.stroke();
        return;
    }
  }

  // ---- hover, zoom, pan ----
  /** What is under (x, y) (canvas pixels), in words; null if nothing. */
  private hitAt(x: number, y: number): string | null {
    const scale = this.scale();
    const stop = this.model.stopped;
    const nearStop = stop !== null && Math.abs(scale.x(scale.loop ? stop.t : stop.ms / 1000) - x) <= 4;
    if (y < AXIS) return nearStop && stop ? stoppedText(stop) : null;
    const tasks = this.model.list();
    const index = Math.floor((y - AXIS + this.scrollTop) / LANE);
    if (index < 0 || index >= this.laneCount()) return nearStop && stop ? stoppedText(stop) : null;
    if (index >= tasks.length) {
      const link = this.model.connections()[index - tasks.length];
      const mid = AXIS + index * LANE - this.scrollTop + LANE / 2;
      return this.connectionHit(link, scale, x, y - mid) ?? (nearStop && stop ? stoppedText(stop) : null);
    }
    const task = tasks[index];
    if (x < GUTTER) {
      const created = `created at ${task.createdT.toFixed(4)} s`;
      const end = task.endT !== null ? ` at ${task.endT.toFixed(4)} s` : '';
      const outcome = task.outcome ? `, ${task.outcome}${end}` : `, ${task.state}`;
      return `${task.name}${task.coro ? ` ${callName(task.coro)}` : ''}\n${created}${outcome}`;
    }
    const near = (t: number | null, px: number) => t !== null && Math.abs(scale.x(t) - x) <= px;
    /** The span of `spans` under x (within `pad` pixels), found by binary search. */
    const under = (spans: readonly Span[], pad: number): Span | null => {
      const within = (span: Span) => {
        const x0 = scale.x(scale.start(span)) - pad;
        const x1 = Math.max(scale.x(scale.end(task, span)), x0 + 2 * pad) + pad;
        return x >= x0 && x <= x1;
      };
      if (!task.ordered) return spans.find(within) ?? null;
      // spans ending before x - 2 pad cannot hold it, nor spans starting after x + pad
      const from = partition(spans, (span) => scale.x(scale.end(task, span)) < x - 2 * pad);
      for (let i = from; i < spans.length && scale.x(scale.start(spans[i])) - pad <= x; i++) {
        if (within(spans[i])) return spans[i];
      }
      return null;
    };
    /** A mark of `marks` (sorted by their place on the axis) within `px` pixels of x. */
    const markNear = (marks: readonly Mark[], px: number, sorted: boolean): Mark | null => {
      if (!sorted) return marks.find((mark) => near(scale.mark(mark), px)) ?? null;
      const lo = scale.t0 + (x - px - GUTTER) * scale.perPx;
      const from = partition(marks, (mark) => (scale.mark(mark) ?? -Infinity) < lo);
      for (let i = from; i < marks.length; i++) {
        const t = scale.mark(marks[i]);
        if (t !== null && scale.x(t) > x + px) break;
        if (near(t, px)) return marks[i];
      }
      return null;
    };
    const point = markNear(task.points, 4, task.ordered);
    if (point) return `${task.name}: ${markText(point)}`;
    const block = under(task.blocks, 0);
    if (block) return `${task.name}: ${spanText('blocked the loop:', block, this.spanEnd(task, block))}`;
    const slice = under(task.slices, 2);
    if (slice) return `${task.name}: ${spanText('running', slice, this.spanEnd(task, slice))}`;
    if (scale.loop) {
      const timer = markNear(task.timers, 4, true);
      if (timer) return `${task.name}: ${markText(timer)}`;
    }
    const wait = under(task.waits, 0);
    if (wait) return `${task.name}: ${spanText('awaits', wait, this.spanEnd(task, wait))}`;
    return nearStop && stop ? stoppedText(stop) : null;
  }

  /** What of a connection's lane is at x (`dy`: pixels below the lane's middle), in words: the byte
   *  event nearest x (those above the bar if the pointer is above it, below if below), else the
   *  connection itself; null past its ends. */
  private connectionHit(link: ConnectionInfo, scale: Scale, x: number, dy: number): string | null {
    const head = `connection ${link.id}: ${link.label}`;
    if (x >= GUTTER) {
      let best: ByteEvent | null = null;
      let bestDx = 5;
      for (let k = 0; k < 4; k++) {
        if ((dy < -2 && k >= 2) || (dy > 2 && k < 2)) continue;
        const events = link.tracks[k];
        const consider = (event: ByteEvent | undefined) => {
          if (!event) return;
          const dx = Math.abs(scale.x(Timeline.at(scale, event)) - x);
          if (dx < bestDx) {
            bestDx = dx;
            best = event;
          }
        };
        if (!link.ordered) events.forEach(consider);
        else {
          const at = scale.t0 + (x - GUTTER) * scale.perPx;
          const i = partition(events, (e) => Timeline.at(scale, e) < at);
          consider(events[i - 1]);
          consider(events[i]);
        }
      }
      if (best) return `connection ${link.id}: ${this.byteText(best)}`;
      const opened = scale.loop ? link.openedT : link.openedMs / 1000;
      const closed =
        link.closedT === null || link.closedMs === null ? scale.max : scale.loop ? link.closedT : link.closedMs / 1000;
      if (x < scale.x(opened) - 3 || x > scale.x(closed) + 3) return null;
    }
    const over = link.transport ? ` (${link.transport})` : '';
    const when = (t: number, ms: number) => `loop time ${t.toFixed(4)} s, real time ${ms.toFixed(2)} ms`;
    const opened = `opened at ${when(link.openedT, link.openedMs)}`;
    const closed =
      link.closedT === null || link.closedMs === null ? 'still open' : `closed at ${when(link.closedT, link.closedMs)}`;
    const bytes = `${byteCount(link.sent.c2s)} ${DIRECTION.c2s}, ${byteCount(link.sent.s2c)} ${DIRECTION.s2c}`;
    return `${head}${over}\n${this.model.connectionParties(link)}\n${opened}\n${closed}\n${bytes}`;
  }

  /** A byte event in words: who, how many bytes, which way, and the bytes. */
  private byteText(event: ByteEvent): string {
    const who = event.task ? `${this.model.taskName(event.task)} ` : '';
    const what =
      event.op === 'write'
        ? `wrote ${byteCount(event.bytes)}`
        : event.bytes
          ? `read ${byteCount(event.bytes)} (${event.how})`
          : `read EOF (${event.how})`;
    const data = event.bytes ? `\n${event.data}` : '';
    return (
      `${who}${what} ${DIRECTION[event.dir]}${data}\n` +
      `loop time ${event.t.toFixed(4)} s, real time ${event.ms.toFixed(2)} ms`
    );
  }

  /** Where a span ends for now: one still in progress reaches the latest time seen. */
  private spanEnd(task: TaskInfo, span: Span): { t1: number; ms1: number } {
    if (!this.model.isOpen(task, span)) return span;
    return { t1: Math.max(span.t0, this.model.tMax), ms1: Math.max(span.ms0, this.model.msMax) };
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const rect = this.canvas.getBoundingClientRect();
    if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      const { t0, t1 } = this.visibleRange();
      const delta = ((e.shiftKey ? e.deltaY : e.deltaX) / this.plotWidth()) * (t1 - t0);
      this.range = { t0: t0 + delta, t1: t1 + delta };
      this.redraw();
      return;
    }
    this.zoom(Math.pow(1.0015, e.deltaY), e.clientX - rect.left);
  }

  private onMouseDown(e: MouseEvent): void {
    const { t0, t1 } = this.visibleRange();
    this.drag = { x: e.clientX, t0, t1 };
  }

  private onMouseMove(e: MouseEvent): void {
    const rect = this.canvas.getBoundingClientRect();
    if (this.drag) {
      const { x, t0, t1 } = this.drag;
      const delta = ((x - e.clientX) / this.plotWidth()) * (t1 - t0);
      if (delta !== 0) this.range = { t0: t0 + delta, t1: t1 + delta };
      this.tooltip.hidden = true;
      this.redraw();
      return;
    }
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    if (x < 0 || y < 0 || x > rect.width || y > rect.height) {
      this.tooltip.hidden = true;
      return;
    }
    const hit = this.hitAt(x, y);
    if (!hit) {
      this.tooltip.hidden = true;
      return;
    }
    this.tooltip.textContent = hit;
    this.tooltip.hidden = false;
    const rootRect = this.root.getBoundingClientRect();
    const left = Math.min(e.clientX - rootRect.left + 12, this.root.clientWidth - this.tooltip.offsetWidth - 4);
    this.tooltip.style.left = `${Math.max(0, left)}px`;
    this.tooltip.style.top = `${e.clientY - rootRect.top + this.root.scrollTop + 14}px`;
  }
}
