// The task log: for each task, what happened to it and when (created, awaits what, resumed,
// cancellation delivered, done), drawn from the task model. Entries are appended as they come.
import type { TaskInfo, TaskModel } from './tasks';

interface TaskView {
  root: HTMLDetailsElement;
  summary: HTMLElement;
  list: HTMLOListElement;
  rendered: number;
  dropped: HTMLLIElement | null;
}

function formatTime(t: number): string {
  return t.toFixed(3);
}

function summaryText(task: TaskInfo): string {
  const coro = task.coro ? ` ${task.coro}()` : '';
  const state = task.outcome || task.state;
  const cancels = task.cancels && task.state !== 'cancelled' ? ', after a cancellation' : '';
  return `${task.name}${coro} — ${state}${cancels}`;
}

export class TaskLog {
  private readonly views = new Map<number, TaskView>();
  private renderedVersion = -1;
  private frame = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly model: TaskModel,
  ) {}

  /** Redraws on the next frame if the model changed. */
  schedule(): void {
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
    }
  }

  clear(): void {
    this.views.clear();
    this.root.replaceChildren();
    this.renderedVersion = -1;
  }

  render(): void {
    if (this.renderedVersion === this.model.version) return;
    this.renderedVersion = this.model.version;
    if (this.model.tasks.size === 0) {
      if (this.views.size) this.clear();
      return;
    }
    for (const task of this.model.tasks.values()) {
      let view = this.views.get(task.id);
      if (!view) {
        view = this.createView(task);
        this.views.set(task.id, view);
        this.root.append(view.root);
      }
      this.update(view, task);
    }
  }

  private createView(task: TaskInfo): TaskView {
    const root = document.createElement('details');
    root.className = 'task';
    root.open = true;
    root.dataset.task = String(task.id);
    const summary = document.createElement('summary');
    const list = document.createElement('ol');
    root.append(summary, list);
    return { root, summary, list, rendered: 0, dropped: null };
  }

  private update(view: TaskView, task: TaskInfo): void {
    view.summary.textContent = summaryText(task);
    view.root.dataset.state = task.state;
    view.root.dataset.name = task.name;
    view.root.dataset.coro = task.coro;
    view.root.classList.toggle('cancel-requested', task.cancels > 0);
    const fragment = document.createDocumentFragment();
    for (let i = view.rendered; i < task.log.length; i++) {
      const entry = task.log[i];
      const item = document.createElement('li');
      item.dataset.kind = entry.kind;
      const time = document.createElement('time');
      time.textContent = formatTime(entry.t);
      time.title = `loop time ${entry.t} s, real time ${entry.ms.toFixed(1)} ms`;
      item.append(time, ` ${entry.text}`);
      fragment.append(item);
    }
    view.rendered = task.log.length;
    if (fragment.childNodes.length) view.list.append(fragment);
    if (task.logDropped) {
      if (!view.dropped) {
        view.dropped = document.createElement('li');
        view.dropped.className = 'dropped';
        view.list.append(view.dropped);
      }
      view.dropped.textContent = `… ${task.logDropped} more entries`;
    }
  }
}
