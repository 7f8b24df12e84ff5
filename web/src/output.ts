// The output pane: a plain text terminal at first (plain_terminal.ts), then xterm.js once its
// chunk is loaded (terminal.ts), which is handed what the current run printed so far. The page is
// usable, and runs print, before xterm.js is up.
import { PlainTerminal } from './plain_terminal';
import type { XtermTerminal } from './terminal';

type XtermModule = typeof import('./terminal');

/** Past this many characters of the current run's output, the replay keeps only the tail. */
const MAX_HISTORY = 1 << 20;
const KEEP_HISTORY = 256 * 1024;
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

export class Output {
  private plain: PlainTerminal | null;
  private xterm: XtermTerminal | null = null;
  /** What the current run printed, as terminal text, for the switch to xterm. */
  private history = '';

  constructor(private readonly parent: HTMLElement) {
    this.plain = new PlainTerminal(parent);
  }

  /** Replaces the plain terminal with xterm.js. */
  attach(module: XtermModule): void {
    if (this.xterm) return;
    const host = document.createElement('div');
    host.className = 'xterm-host';
    this.parent.append(host);
    this.xterm = new module.XtermTerminal(host);
    this.plain?.remove();
    this.plain = null;
    if (this.history) this.xterm.writeRaw(this.history);
    this.history = '';
  }

  isXterm(): boolean {
    return this.xterm !== null;
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    if (this.xterm) {
      this.xterm.write(stream, text);
      return;
    }
    this.plain?.write(text);
    this.history += stream === 'stderr' ? RED + text + RESET : text;
    if (this.history.length > MAX_HISTORY) this.history = this.history.slice(-KEEP_HISTORY);
  }

  /** Resolves when what was written is in the terminal. */
  flush(): Promise<void> {
    return this.xterm ? this.xterm.flush() : Promise.resolve();
  }

  clear(): void {
    this.history = '';
    this.xterm?.clear();
    this.plain?.clear();
  }

  visibleText(): string {
    if (this.xterm) return this.xterm.visibleText();
    return this.plain?.text() ?? '';
  }

  allText(): string {
    if (this.xterm) return this.xterm.allText();
    return this.plain?.text() ?? '';
  }
}
