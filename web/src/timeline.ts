// The timeline: a lane per task, drawn on a canvas from the task model. Running slices are solid
// bars, waits are thin bars labelled with what the task awaits, calls that block the loop are
// amber, timers are ticks at their deadline, and the ends of tasks (done, cancelled, raised) and
// cancellations delivered are marked. The axis is loop time, or real time (how long the steps
// really took: the only one that spreads a virtual-clock run that never sleeps); 'auto' picks loop
// time unless the whole run took no loop time. The wheel zooms around the pointer, shift+wheel
// or a drag pans, a double click fits; hovering shows the details of what is under the pointer.
import type { Mark, Span, TaskInfo, TaskModel } from './tasks';

export type AxisChoice = 'auto' | 'loop' | 'real';
type Axis = 'loop' | 'real';

const GUTTER = 132;
const AXIS = 22;
const LANE = 26;
const BAR = 12;
const MIN_SPAN_S = 0.001;

interface Colors {
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
}

function readColors(element: HTMLElement): Colors {
  const style = getComputedStyle(element);
  const v = (name: string) => style.getPropertyValue(name).trim() || '#888';
  return {
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

function spanText(kind: string, span: Span): string {
  const loop = (span.t1 - span.t0) * 1000;
  const real = span.ms1 - span.ms0;
  const label = span.label ? ` ${span.label}` : '';
  return (
    `${kind}${label}\n` +
    `loop time ${span.t0.toFixed(4)} → ${span.t1.toFixed(4)} s (${loop.toFixed(1)} ms)\n` +
    `real time ${span.ms0.toFixed(2)} → ${span.ms1.toFixed(2)} ms (${real.toFixed(2)} ms)`
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

export class Timeline {
  private readonly canvas: HTMLCanvasElement;
  private readonly tooltip: HTMLElement;
  /** Read from the CSS variables at the first draw (reading them forces a style pass). */
  private colors: Colors | null = null;
  private axisChoice: AxisChoice = 'auto';
  /** The visible range (seconds on the axis); null: fit the whole run. */
  private range: { t0: number; t1: number } | null = null;
  private renderedVersion = -1;
  private frame = 0;
  private drag: { x: number; t0: number; t1: number } | null = null;
  private width = 0;
  private height = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly model: TaskModel,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'timeline-canvas';
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'timeline-tooltip';
    this.tooltip.hidden = true;
    root.append(this.canvas, this.tooltip);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.colors = readColors(this.root);
      this.redraw();
    });
    new ResizeObserver(() => this.redraw()).observe(root);
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

  // ---- positions on the axis (seconds) ----
  private start(span: Span): number {
    return this.axis() === 'loop' ? span.t0 : span.ms0 / 1000;
  }

  private end(span: Span): number {
    return this.axis() === 'loop' ? span.t1 : span.ms1 / 1000;
  }

  /** Where a mark goes; null if it has no place on this axis (a timer's deadline in real time). */
  private markAt(mark: Mark): number | null {
    if (this.axis() === 'loop') return mark.t;
    return mark.kind === 'timer' ? null : mark.ms / 1000;
  }

  private lifeline(task: TaskInfo): [number, number] {
    if (this.axis() === 'loop') return [task.createdT, task.endT ?? this.model.tMax];
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

  private lanes(): TaskInfo[] {
    return this.model.list();
  }

  // ---- drawing ----
  private render(): void {
    this.renderedVersion = this.model.version;
    const lanes = this.lanes();
    const dpr = window.devicePixelRatio || 1;
    this.width = this.root.clientWidth;
    this.height = Math.max(AXIS + LANE * Math.max(lanes.length, 1) + 6, 60);
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
    if (!lanes.length) {
      ctx.fillStyle = c.muted;
      ctx.fillText('Run a program: its tasks appear here, one lane each.', 12, AXIS + 12);
      return;
    }
    const { t0, t1 } = this.visibleRange();
    this.drawAxis(ctx, t0, t1);
    lanes.forEach((task, index) => this.drawLane(ctx, task, index, t0, t1));
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

  private drawLane(ctx: CanvasRenderingContext2D, task: TaskInfo, index: number, t0: number, t1: number): void {
    const c = this.palette();
    const top = AXIS + index * LANE;
    const mid = top + LANE / 2 + 4; // the bars; labels of waits above them
    if (index % 2 === 0) {
      ctx.fillStyle = c.stripe;
      ctx.fillRect(0, top, this.width, LANE);
    }
    const left = GUTTER;
    const right = GUTTER + this.plotWidth();
    const clampX = (x: number) => Math.max(left, Math.min(right, x));
    const visible = (a: number, b: number) => b >= t0 && a <= t1;

    const [born, died] = this.lifeline(task);
    if (visible(born, died)) {
      ctx.strokeStyle = c.muted;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(clampX(this.xOf(born, t0, t1)), Math.round(mid) + 0.5);
      ctx.lineTo(clampX(this.xOf(died, t0, t1)), Math.round(mid) + 0.5);
      ctx.stroke();
    }

    for (const wait of task.waits) {
      const a = this.start(wait);
      const b = this.end(wait);
      if (!visible(a, b)) continue;
      const x0 = clampX(this.xOf(a, t0, t1));
      const x1 = clampX(this.xOf(b, t0, t1));
      ctx.fillStyle = c.wait;
      ctx.fillRect(x0, mid - 3, Math.max(1, x1 - x0), 6);
      if (x1 - x0 > 60 && wait.label) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(x0, top, x1 - x0, LANE);
        ctx.clip();
        ctx.fillStyle = c.fg;
        ctx.fillText(wait.label, x0 + 4, top + 6);
        ctx.restore();
      }
    }

    ctx.fillStyle = c.run;
    for (const slice of task.slices) {
      const a = this.start(slice);
      const b = this.end(slice);
      if (!visible(a, b)) continue;
      const x0 = this.xOf(a, t0, t1);
      const x1 = this.xOf(b, t0, t1);
      ctx.fillRect(Math.max(left, x0 - 0.75), mid - BAR / 2, Math.max(1.5, x1 - x0), BAR);
    }

    // blocking calls, over the slice that made them
    for (const block of task.blocks) {
      const a = this.start(block);
      const b = this.end(block);
      if (!visible(a, b)) continue;
      const x0 = clampX(this.xOf(a, t0, t1));
      const x1 = clampX(this.xOf(b, t0, t1));
      ctx.fillStyle = c.block;
      ctx.fillRect(x0, mid - BAR / 2, Math.max(2, x1 - x0), BAR);
      if (x1 - x0 > 60) {
        ctx.fillStyle = c.fg;
        ctx.fillText(`blocked: ${block.label}`, x0 + 4, mid);
      }
    }

    for (const mark of task.marks) {
      const t = this.markAt(mark);
      if (t === null || t < t0 || t > t1) continue;
      this.drawMark(ctx, mark, Math.round(this.xOf(t, t0, t1)) + 0.5, mid);
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
  private hitAt(x: number, y: number): string | null {
    const lanes = this.lanes();
    const index = Math.floor((y - AXIS) / LANE);
    if (index < 0 || index >= lanes.length) return null;
    const task = lanes[index];
    if (x < GUTTER) {
      const created = `created at ${task.createdT.toFixed(4)} s`;
      const end = task.endT !== null ? ` at ${task.endT.toFixed(4)} s` : '';
      const outcome = task.outcome ? `, ${task.outcome}${end}` : `, ${task.state}`;
      return `${task.name}${task.coro ? ` ${task.coro}()` : ''}\n${created}${outcome}`;
    }
    const { t0, t1 } = this.visibleRange();
    const near = (t: number | null, px: number) => t !== null && Math.abs(this.xOf(t, t0, t1) - x) <= px;
    const within = (span: Span, pad: number) => {
      const x0 = this.xOf(this.start(span), t0, t1) - pad;
      const x1 = Math.max(this.xOf(this.end(span), t0, t1), x0 + 2 * pad) + pad;
      return x >= x0 && x <= x1;
    };
    for (const mark of task.marks) {
      if (mark.kind !== 'timer' && near(this.markAt(mark), 4)) return `${task.name}: ${markText(mark)}`;
    }
    for (const block of task.blocks) {
      if (within(block, 0)) return `${task.name}: ${spanText('blocked the loop:', block)}`;
    }
    for (const slice of task.slices) {
      if (within(slice, 2)) return `${task.name}: ${spanText('running', slice)}`;
    }
    for (const mark of task.marks) {
      if (mark.kind === 'timer' && near(this.markAt(mark), 4)) return `${task.name}: ${markText(mark)}`;
    }
    for (const wait of task.waits) {
      if (within(wait, 0)) return `${task.name}: ${spanText('awaits', wait)}`;
    }
    return null;
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
