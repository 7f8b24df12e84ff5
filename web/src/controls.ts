// The toolbar: Run (Stop while running), the clock (real, virtual, slow motion with its speed),
// Reset, Share, and the status line.
import type { ClockMode } from './runtime/runtime';

export interface ClockChoice {
  clock: ClockMode;
  /** The slow motion factor, 0.1..1 (only for 'slow'). */
  speed: number;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`missing #${id}`);
  return found as T;
}

function isClockMode(value: string): value is ClockMode {
  return value === 'real' || value === 'virtual' || value === 'slow';
}

export class Controls {
  readonly runButton = element<HTMLButtonElement>('run');
  private readonly clockSelect = element<HTMLSelectElement>('clock');
  private readonly speedLabel = element<HTMLLabelElement>('speed-label');
  private readonly speedInput = element<HTMLInputElement>('speed');
  private readonly speedValue = element<HTMLOutputElement>('speed-value');
  private readonly resetButton = element<HTMLButtonElement>('reset');
  private readonly shareButton = element<HTMLButtonElement>('share');
  private readonly status = element<HTMLElement>('status');
  private running = false;

  constructor(handlers: {
    run: () => void;
    stop: () => void;
    reset: () => void;
    share: () => void;
    clockChanged: (choice: ClockChoice) => void;
  }) {
    this.runButton.addEventListener('click', () => (this.running ? handlers.stop() : handlers.run()));
    this.resetButton.addEventListener('click', handlers.reset);
    this.shareButton.addEventListener('click', handlers.share);
    this.clockSelect.addEventListener('change', () => {
      this.showSpeed();
      handlers.clockChanged(this.clock());
    });
    this.speedInput.addEventListener('input', () => {
      this.showSpeed();
      handlers.clockChanged(this.clock());
    });
    this.showSpeed();
  }

  private showSpeed(): void {
    this.speedLabel.hidden = this.clockSelect.value !== 'slow';
    this.speedValue.textContent = `${Number(this.speedInput.value).toFixed(1)}×`;
  }

  clock(): ClockChoice {
    const value = this.clockSelect.value;
    return { clock: isClockMode(value) ? value : 'real', speed: Number(this.speedInput.value) };
  }

  setClock(clock: string, speed?: number): void {
    if (isClockMode(clock)) this.clockSelect.value = clock;
    if (speed !== undefined && Number.isFinite(speed)) {
      this.speedInput.value = String(Math.min(1, Math.max(0.1, speed)));
    }
    this.showSpeed();
  }

  enableRun(enabled: boolean): void {
    this.runButton.disabled = !enabled;
  }

  setRunning(running: boolean): void {
    this.running = running;
    this.runButton.textContent = running ? 'Stop' : 'Run';
    this.runButton.title = running ? 'Stop the program' : 'Run (Ctrl+Enter)';
    this.runButton.classList.toggle('running', running);
    this.runButton.setAttribute('aria-pressed', String(running));
  }

  setStatus(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle('error', error);
  }
}
