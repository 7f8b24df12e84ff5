// The editor pane: the source shown as plain text at first, then CodeMirror once its chunk is
// loaded (editor.ts). The text, the change listeners and the diagnostics live here, so the page
// (and window.tulip) can read, set and run the source before CodeMirror is up.
import type { Editor, EditorDiagnostic, LineDiagnostic } from './editor';

export type { EditorDiagnostic, LineDiagnostic };

type EditorModule = typeof import('./editor');

export class EditorHost {
  private editor: Editor | null = null;
  private placeholder: HTMLPreElement | null;
  private text: string;
  private diagnosticList: LineDiagnostic[] = [];
  private readonly listeners: ((source: string) => void)[] = [];

  constructor(
    private readonly parent: HTMLElement,
    source: string,
  ) {
    this.text = source;
    this.placeholder = document.createElement('pre');
    this.placeholder.className = 'editor-placeholder';
    this.renderPlaceholder();
    parent.append(this.placeholder);
  }

  private renderPlaceholder(): void {
    if (!this.placeholder) return;
    const fragment = document.createDocumentFragment();
    for (const line of this.text.split('\n')) {
      const span = document.createElement('span');
      span.textContent = `${line}\n`;
      fragment.append(span);
    }
    this.placeholder.replaceChildren(fragment);
  }

  /** Replaces the plain text with CodeMirror. */
  attach(module: EditorModule): void {
    if (this.editor) return;
    const editor = new module.Editor(this.parent, this.text);
    editor.onChange((source) => {
      this.text = source;
      for (const listener of this.listeners) listener(source);
    });
    this.placeholder?.remove();
    this.placeholder = null;
    this.editor = editor;
    if (this.diagnosticList.length) editor.showDiagnostics(this.diagnosticList);
  }

  isCodeMirror(): boolean {
    return this.editor !== null;
  }

  source(): string {
    return this.editor ? this.editor.source() : this.text;
  }

  /** Replaces the whole text (a new example, a reset); not an edit. */
  setSource(source: string): void {
    this.text = source;
    this.diagnosticList = [];
    if (this.editor) this.editor.setSource(source);
    else this.renderPlaceholder();
  }

  /** Replaces the text as an edit (undoable, autosaved). */
  edit(source: string): void {
    if (this.editor) {
      this.editor.edit(source); // its change listener updates the text and tells the listeners
      return;
    }
    this.text = source;
    this.renderPlaceholder();
    for (const listener of this.listeners) listener(source);
  }

  /** Called with the new text after each edit. */
  onChange(listener: (source: string) => void): void {
    this.listeners.push(listener);
  }

  focus(): void {
    this.editor?.focus();
  }

  showDiagnostics(list: readonly LineDiagnostic[]): void {
    this.diagnosticList = [...list];
    this.editor?.showDiagnostics(list);
  }

  clearDiagnostics(): void {
    this.diagnosticList = [];
    this.editor?.clearDiagnostics();
  }

  diagnostics(): EditorDiagnostic[] {
    if (this.editor) return this.editor.diagnostics();
    return this.diagnosticList.map((d) => ({ line: d.line, from: 0, to: 0, message: d.message, severity: 'error' }));
  }
}
