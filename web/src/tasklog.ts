// The task log: for each task, what happened to it and when (created, awaits what, resumed,
// cancellation delivered, done), drawn from the task model. Entries are appended as they come.
//
// What it builds stays small whatever the run: a section per task, the first FIRST_TASKS of them,
// then "… N more tasks" (more sections are made, TASK_STEP at a time, as that line scrolls into
// view or its button is clicked); the first OPEN_FIRST sections open, the others collapsed, their
// entries built only once opened; up to ENTRY_STEP entries per section (then "… N more entries",
// with a button for more). The work is done per animation frame, at most FRAME_BUDGET_MS of it,
// the rest at the next frames; while a run streams its trace, at most every FOLLOW_MS.
//
// A run's connections (asyncio streams) are listed at the top, in a section of their own, collapsed:
// a line each (who is at each end, the bytes each way); their reads and writes are in the log of
// the task that made them.
import { byteCount, callName, type ConnectionInfo, type TaskInfo, type TaskModel } from './tasks';

/** Sections open at first: the first tasks (a run of a few tasks shows everything). */
const OPEN_FIRST = 10;
/** Sections made at first (enough to fill the pane), then per step of "show more". */
const FIRST_TASKS = 30;
const TASK_STEP = 100;
/** Entries shown per section, then per click on "show more". */
const ENTRY_STEP = 300;
/** The DOM work per animation frame, ms. */
const FRAME_BUDGET_MS = 4;
/** While a run streams its trace, the log follows at most this often (ms). */
const FOLLOW_MS = 50;
/** Connections listed (the count says how many more). */
const MAX_CONNECTIONS = 200;

interface TaskView {
  task: TaskInfo;
  root: HTMLDetailsElement;
  summary: HTMLElement;
  /** The entries: made when the section is first open. */
  list: HTMLOListElement | null;
  /** Entries built, and the most to build. */
  rendered: number;
  limit: number;
  /** "… N more entries" (and a button while there are more to show). */
  more: HTMLLIElement | null;
  /** The task's `rev` last shown; -1: to draw. */
  rev: number;
}

function formatTime(t: number): string {
  return t.toFixed(3);
}

const numbers = new Intl.NumberFormat('en-US');

/** 12,345 (one formatter: toLocaleString makes one per call, slow). */
function count(n: number): string {
  return numbers.format(n);
}

function summaryText(task: TaskInfo): string {
  const coro = task.coro ? ` ${callName(task.coro)}` : '';
  const state = task.outcome || task.state;
  const cancels = task.cancels && task.state !== 'cancelled' ? ', after a cancellation' : '';
  return `${task.name}${coro} — ${state}${cancels}`;
}

/** A connection's line: its label, who is at each end, the bytes each way, whether it closed. */
function connectionText(model: TaskModel, link: ConnectionInfo): string {
  const over = link.transport && link.transport !== 'loopback' ? ` (${link.transport})` : '';
  const bytes = `${byteCount(link.sent.c2s)} →, ${byteCount(link.sent.s2c)} ←`;
  const state = link.closedT === null ? 'open' : `closed at ${formatTime(link.closedT)}`;
  return `connection ${link.id}: ${link.label}${over} — ${model.connectionParties(link)} — ${bytes}, ${state}`;
}

function moreButton(text: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'more';
  button.textContent = text;
  button.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return button;
}

export class TaskLog {
  /** The sections built, in the model's task order. */
  private views: TaskView[] = [];
  /** How many sections to show. */
  private taskLimit = FIRST_TASKS;
  /** Shows more sections when "… N more tasks" scrolls into view. */
  private readonly watcher: IntersectionObserver;
  /** Where the sections' updates resume at the next frame (when a frame ran out of time). */
  private cursor = 0;
  /** The notice of a trace that stopped before the end of the run. */
  private notice: HTMLElement | null = null;
  /** "… N more tasks", and how many it says. */
  private moreTasks: HTMLElement | null = null;
  private moreTasksShown = -1;
  /** The connections' section, its lines and the `rev` each shows. */
  private links: HTMLDetailsElement | null = null;
  private linkItems: { item: HTMLLIElement; rev: number }[] = [];
  private renderedVersion = -1;
  /** Work is left for the next frame. */
  private pending = false;
  private frame = 0;
  private followTimer = 0;
  private lastRender = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly model: TaskModel,
  ) {
    this.watcher = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.showMore();
      },
      { root, rootMargin: '0px 0px 200px 0px' },
    );
  }

  /** Makes TASK_STEP more sections. */
  private showMore(): void {
    if (this.views.length < this.taskLimit) return; // the last step is still being made
    this.taskLimit += TASK_STEP;
    this.pending = true;
    this.schedule();
  }

  /** Redraws on the next frame if the model changed. */
  schedule(): void {
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
    }
  }

  /** Redraws soon if the model changed: on the next frame at most every FOLLOW_MS (a run's
   *  trace comes in a batch per slice of its work, a live log needs no more). */
  follow(): void {
    if (this.frame || this.followTimer) return;
    const wait = this.lastRender + FOLLOW_MS - performance.now();
    if (wait <= 0) this.schedule();
    else {
      this.followTimer = window.setTimeout(() => {
        this.followTimer = 0;
        this.schedule();
      }, wait);
    }
  }

  clear(): void {
    this.watcher.disconnect();
    this.views = [];
    this.taskLimit = FIRST_TASKS;
    this.cursor = 0;
    this.notice = null;
    this.moreTasks = null;
    this.moreTasksShown = -1;
    this.links = null;
    this.linkItems = [];
    this.root.replaceChildren();
    this.renderedVersion = -1;
    this.pending = false;
  }

  /** Brings the log up to the model, for at most FRAME_BUDGET_MS; schedules the rest. */
  render(): void {
    if (this.renderedVersion === this.model.version && !this.pending) return;
    this.renderedVersion = this.model.version;
    this.lastRender = performance.now();
    const tasks = this.model.list();
    const links = this.model.connections();
    if (
      tasks.length < this.views.length ||
      (tasks.length && this.views.length && tasks[0] !== this.views[0].task) ||
      links.length < this.linkItems.length
    ) {
      this.clear(); // the model was reset under us
      this.renderedVersion = this.model.version;
    }
    if (tasks.length === 0 && links.length === 0 && !this.model.stopped) {
      if (this.root.firstChild) this.clear();
      return;
    }
    const deadline = performance.now() + FRAME_BUDGET_MS;
    this.pending = false;
    this.showStopped();
    this.showConnections(links);
    // new sections, in order, up to the limit
    const wanted = Math.min(tasks.length, this.taskLimit);
    const stepping = this.views.length < wanted;
    if (stepping) {
      const fragment = document.createDocumentFragment();
      while (this.views.length < wanted) {
        const view = this.createView(tasks[this.views.length], this.views.length < OPEN_FIRST);
        this.views.push(view);
        fragment.append(view.root);
        this.update(view, deadline);
        if (performance.now() > deadline) break;
      }
      this.root.insertBefore(fragment, this.moreTasks);
    }
    // the sections whose task moved, from where the previous frame stopped
    const n = this.views.length;
    for (let done = 0; done < n; done++) {
      if (performance.now() > deadline) {
        this.pending = true;
        break;
      }
      const view = this.views[this.cursor];
      this.cursor = (this.cursor + 1) % n;
      if (view.rev !== view.task.rev) this.update(view, deadline);
    }
    if (this.views.length < wanted) this.pending = true;
    this.showMoreTasks(tasks.length);
    if (stepping && this.views.length === this.taskLimit && this.moreTasks) {
      // a step is made: if "… N more tasks" is still in view, the next one (observing anew
      // reports whether it is)
      this.watcher.unobserve(this.moreTasks);
      this.watcher.observe(this.moreTasks);
    }
    if (this.pending) this.schedule();
  }

  private showStopped(): void {
    const stop = this.model.stopped;
    if (!stop || this.notice) return;
    this.notice = document.createElement('p');
    this.notice.className = 'trace-stopped';
    this.notice.textContent = `Trace stopped after ${count(stop.events)} events; the program ran on.`;
    this.root.prepend(this.notice);
  }

  /** The connections' section: its count, and (open) a line per connection, redrawn as they change. */
  private showConnections(links: readonly ConnectionInfo[]): void {
    if (!links.length) return;
    if (!this.links) {
      this.links = document.createElement('details');
      this.links.className = 'connections';
      this.links.append(document.createElement('summary'), document.createElement('ol'));
      this.links.addEventListener('toggle', () => {
        this.pending = true;
        this.schedule();
      });
      this.root.insertBefore(this.links, this.notice ? this.notice.nextSibling : this.root.firstChild);
    }
    const summary = this.links.firstChild as HTMLElement;
    const head = links.length === 1 ? '1 connection' : `${count(links.length)} connections`;
    if (summary.textContent !== head) summary.textContent = head;
    if (!this.links.open) return;
    const list = this.links.lastChild as HTMLOListElement;
    const shown = Math.min(links.length, MAX_CONNECTIONS);
    for (let i = 0; i < shown; i++) {
      const link = links[i];
      let line = this.linkItems[i];
      if (!line) {
        const item = document.createElement('li');
        item.dataset.conn = String(link.id);
        line = { item, rev: -1 };
        this.linkItems.push(line);
        list.append(item);
      }
      if (line.rev === link.rev) continue;
      line.rev = link.rev;
      const time = document.createElement('time');
      time.textContent = formatTime(link.openedT);
      time.title = `opened at loop time ${link.openedT} s, real time ${link.openedMs.toFixed(1)} ms`;
      line.item.replaceChildren(time, ` ${connectionText(this.model, link)}`);
    }
    const hidden = links.length - shown;
    let more = list.querySelector<HTMLLIElement>(':scope > li.dropped');
    if (hidden > 0) {
      if (!more) {
        more = document.createElement('li');
        more.className = 'dropped';
      }
      if (list.lastChild !== more) list.append(more); // stays last
      const text = `… ${count(hidden)} more connections`;
      if (more.textContent !== text) more.textContent = text;
    } else more?.remove();
  }

  private showMoreTasks(total: number): void {
    const hidden = total - this.views.length;
    if (hidden <= 0 || this.views.length < this.taskLimit) {
      if (this.moreTasks) {
        this.watcher.unobserve(this.moreTasks);
        this.moreTasks.remove();
      }
      this.moreTasks = null;
      this.moreTasksShown = -1;
      return;
    }
    if (!this.moreTasks) {
      this.moreTasks = document.createElement('p');
      this.moreTasks.className = 'more-tasks';
      this.root.append(this.moreTasks);
      this.watcher.observe(this.moreTasks);
    }
    if (this.moreTasksShown !== hidden) {
      this.moreTasksShown = hidden;
      this.moreTasks.replaceChildren(
        `… ${count(hidden)} more tasks `,
        moreButton(`show ${count(Math.min(hidden, TASK_STEP))} more`, () => this.showMore()),
      );
    }
  }

  private createView(task: TaskInfo, open: boolean): TaskView {
    const root = document.createElement('details');
    root.className = 'task';
    root.open = open;
    root.dataset.task = String(task.id);
    const summary = document.createElement('summary');
    root.append(summary);
    const view: TaskView = { task, root, summary, list: null, rendered: 0, limit: ENTRY_STEP, more: null, rev: -1 };
    root.addEventListener('toggle', () => {
      if (root.open && view.rendered < Math.min(view.limit, task.log.length)) {
        view.rev = -1;
        this.pending = true;
        this.schedule();
      }
    });
    return view;
  }

  /** Draws a section: its summary, and its new entries if it is open (until the deadline). */
  private update(view: TaskView, deadline: number): void {
    const task = view.task;
    const summary = summaryText(task);
    if (view.summary.textContent !== summary) view.summary.textContent = summary;
    const root = view.root;
    if (root.dataset.state !== task.state) root.dataset.state = task.state;
    if (root.dataset.name !== task.name) root.dataset.name = task.name;
    if (root.dataset.coro !== task.coro) root.dataset.coro = task.coro;
    root.classList.toggle('cancel-requested', task.cancels > 0);
    view.rev = task.rev;
    if (!root.open) return;
    if (!view.list) {
      view.list = document.createElement('ol');
      root.append(view.list);
    }
    const end = Math.min(task.log.length, view.limit);
    if (view.rendered < end) {
      const fragment = document.createDocumentFragment();
      for (let i = view.rendered; i < end; i++) {
        const entry = task.log[i];
        const item = document.createElement('li');
        item.dataset.kind = entry.kind;
        const time = document.createElement('time');
        time.textContent = formatTime(entry.t);
        time.title = `loop time ${entry.t} s, real time ${entry.ms.toFixed(1)} ms`;
        item.append(time, ` ${entry.text}`);
        fragment.append(item);
        view.rendered = i + 1;
        // a long list is built over several frames
        if ((i & 63) === 63 && performance.now() > deadline) break;
      }
      view.list.insertBefore(fragment, view.more);
      if (view.rendered < end) {
        view.rev = -1;
        this.pending = true;
      }
    }
    this.showMoreEntries(view);
  }

  private showMoreEntries(view: TaskView): void {
    const task = view.task;
    const unshown = task.log.length - Math.min(task.log.length, view.limit);
    const hidden = unshown + task.logDropped;
    if (!hidden || !view.list) return;
    if (!view.more) {
      view.more = document.createElement('li');
      view.more.className = 'dropped';
      view.list.append(view.more);
    }
    const text = `… ${count(hidden)} more entries `;
    if (view.more.firstChild?.textContent === text) return;
    const parts: (string | Node)[] = [text];
    if (unshown) {
      parts.push(
        moreButton('show more', () => {
          view.limit += ENTRY_STEP;
          view.rev = -1;
          this.pending = true;
          this.schedule();
        }),
      );
    }
    view.more.replaceChildren(...parts);
  }
}
