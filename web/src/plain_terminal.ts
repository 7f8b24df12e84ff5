// A minimal text terminal for the first moments of the page, before xterm.js is loaded: lines of
// text, a cursor column, and '\n', '\r', '\x08' and '\t' as a terminal moves its cursor; escape
// sequences (colours) are dropped. output.ts replaces it with xterm.js as soon as that is up.

const MAX_LINES = 5000;
const SHOWN_LINES = 500;
const ESCAPE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

export class PlainTerminal {
  private readonly pre: HTMLPreElement;
  private lines: string[] = [''];
  private col = 0;
  private frame = 0;

  constructor(parent: HTMLElement) {
    this.pre = document.createElement('pre');
    this.pre.className = 'plain-terminal';
    parent.append(this.pre);
  }

  write(text: string): void {
    const clean = text.replace(ESCAPE, '');
    let line = this.lines[this.lines.length - 1];
    for (const ch of clean) {
      if (ch === '\n') {
        this.lines[this.lines.length - 1] = line;
        this.lines.push('');
        line = '';
        this.col = 0;
      } else if (ch === '\r') {
        this.col = 0;
      } else if (ch === '\x08') {
        this.col = Math.max(0, this.col - 1);
      } else if (ch === '\t') {
        const next = (Math.floor(this.col / 8) + 1) * 8;
        line = line.padEnd(next, ' ');
        this.col = next;
      } else if (ch >= ' ') {
        line = line.padEnd(this.col, ' ');
        line = line.slice(0, this.col) + ch + line.slice(this.col + 1);
        this.col++;
      }
    }
    this.lines[this.lines.length - 1] = line;
    if (this.lines.length > MAX_LINES) this.lines = this.lines.slice(-MAX_LINES);
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
    }
  }

  private render(): void {
    this.pre.textContent = this.lines.slice(-SHOWN_LINES).join('\n');
    this.pre.scrollTop = this.pre.scrollHeight;
  }

  clear(): void {
    this.lines = [''];
    this.col = 0;
    this.render();
  }

  text(): string {
    return this.lines.join('\n').replace(/\s+$/, '');
  }

  remove(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.pre.remove();
  }
}
