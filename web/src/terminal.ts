// The output terminal: xterm.js, so that '\x08' and '\r' redraw the spinner in place. Output is
// gathered and written once per animation frame; a flood is cut to its tail so the page stays
// responsive. Loaded after the page is up (see output.ts), in its own chunk.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';

/** Past this many pending characters, only the tail is kept. */
const MAX_PENDING = 1 << 20;
const KEEP_TAIL = 256 * 1024;
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

const LIGHT: ITheme = {
  background: '#ffffff',
  foreground: '#1f2328',
  cursor: '#ffffff',
  selectionBackground: '#b6d4fe',
  red: '#c62828',
};

const DARK: ITheme = {
  background: '#16181c',
  foreground: '#d8dde3',
  cursor: '#16181c',
  selectionBackground: '#2f4f7f',
  red: '#ff7b72',
};

export class XtermTerminal {
  private readonly term: Terminal;
  private readonly fit = new FitAddon();
  private pending = '';
  private frame = 0;
  private flushed: Promise<void> = Promise.resolve();
  private readonly dark = matchMedia('(prefers-color-scheme: dark)');

  constructor(parent: HTMLElement) {
    this.term = new Terminal({
      convertEol: true,
      disableStdin: true,
      cursorBlink: false,
      cursorStyle: 'bar',
      cursorInactiveStyle: 'none',
      scrollback: 5000,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      fontSize: 13,
      theme: this.dark.matches ? DARK : LIGHT,
    });
    this.term.loadAddon(this.fit);
    this.term.open(parent);
    this.dark.addEventListener('change', () => {
      this.term.options.theme = this.dark.matches ? DARK : LIGHT;
    });
    new ResizeObserver(() => this.resize()).observe(parent);
    this.resize();
  }

  private resize(): void {
    try {
      this.fit.fit();
    } catch {
      // not laid out yet
    }
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    this.writeRaw(stream === 'stderr' ? RED + text + RESET : text);
  }

  /** Writes terminal text as it is (escape sequences included). */
  writeRaw(text: string): void {
    this.pending += text;
    if (this.pending.length > MAX_PENDING) {
      this.pending = '\r\n[... output cut: too much at once ...]\r\n' + this.pending.slice(-KEEP_TAIL);
    }
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  /** Writes what is pending now; resolves when xterm has taken it in. */
  flush(): Promise<void> {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.pending) {
      const text = this.pending;
      this.pending = '';
      this.flushed = new Promise((resolve) => this.term.write(text, resolve));
    }
    return this.flushed;
  }

  clear(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = '';
    this.term.reset();
  }

  /** The lines the terminal shows now, trailing blanks trimmed. */
  visibleText(): string {
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < this.term.rows; i++) {
      lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    }
    return lines.join('\n').replace(/\s+$/, '');
  }

  /** Every line in the buffer (scrollback included), trailing blanks trimmed. */
  allText(): string {
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
    }
    return lines.join('\n').replace(/\s+$/, '');
  }
}
