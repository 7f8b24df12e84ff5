// The code editor: CodeMirror 6 with Python highlighting, colours from the page's CSS variables
// (so it follows the light and dark themes), and diagnostics that underline a line with its
// error message.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, HighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { forEachDiagnostic, lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';

export interface LineDiagnostic {
  line: number;
  message: string;
  kind: 'syntax' | 'runtime';
}

/** A diagnostic as the editor holds it now (its line follows edits). */
export interface EditorDiagnostic {
  line: number;
  from: number;
  to: number;
  message: string;
  severity: string;
}

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword], color: 'var(--hl-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--hl-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--hl-number)' },
  { tag: tags.comment, color: 'var(--hl-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], color: 'var(--hl-def)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--hl-call)' },
  { tag: [tags.operator, tags.punctuation], color: 'var(--hl-operator)' },
  { tag: tags.self, color: 'var(--hl-keyword)' },
  { tag: tags.escape, color: 'var(--hl-number)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', color: 'var(--fg)', backgroundColor: 'var(--editor-bg)' },
  '.cm-content': { caretColor: 'var(--fg)', fontFamily: 'var(--mono)' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.45' },
  '.cm-gutters': { backgroundColor: 'var(--editor-bg)', color: 'var(--muted)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--fg)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--selection) !important',
  },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--fg)', border: '1px solid var(--border)' },
});

export class Editor {
  readonly view: EditorView;
  private changeListeners: ((source: string) => void)[] = [];
  /** Set while the page replaces the text, so that it is not taken for an edit. */
  private replacing = false;

  constructor(parent: HTMLElement, source: string) {
    this.view = new EditorView({
      parent,
      state: this.createState(source),
    });
  }

  private createState(source: string): EditorState {
    return EditorState.create({
      doc: source,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        indentUnit.of('    '),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(highlight),
        python(),
        lintGutter(),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        theme,
        EditorView.contentAttributes.of({ 'aria-label': 'Python source' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !this.replacing) {
            const text = update.state.doc.toString();
            for (const listener of this.changeListeners) listener(text);
          }
        }),
      ],
    });
  }

  source(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the whole text (a new example, a reset): a fresh state, with a fresh undo history. */
  setSource(source: string): void {
    this.replacing = true;
    try {
      this.view.setState(this.createState(source));
    } finally {
      this.replacing = false;
    }
  }

  /** Called with the new text after each edit by the user (or by `edit`). */
  onChange(listener: (source: string) => void): void {
    this.changeListeners.push(listener);
  }

  /** Replaces the text as an edit (undoable, autosaved), for the automation hook. */
  edit(source: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: source } });
  }

  focus(): void {
    this.view.focus();
  }

  /** Underlines each line with its message; replaces the previous diagnostics. */
  showDiagnostics(list: readonly LineDiagnostic[]): void {
    const doc = this.view.state.doc;
    const diagnostics: Diagnostic[] = [];
    for (const item of list) {
      if (item.line < 1 || doc.lines === 0) continue;
      const line = doc.line(Math.min(item.line, doc.lines));
      const indent = line.text.length - line.text.trimStart().length;
      const from = line.text.trim() === '' ? line.from : line.from + indent;
      const to = line.text.trim() === '' ? line.to : line.from + line.text.trimEnd().length;
      const label = item.kind === 'syntax' ? 'syntax error' : 'runtime error';
      diagnostics.push({
        from,
        to,
        severity: 'error',
        source: label,
        message: item.message,
      });
    }
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  clearDiagnostics(): void {
    this.view.dispatch(setDiagnostics(this.view.state, []));
  }

  diagnostics(): EditorDiagnostic[] {
    const out: EditorDiagnostic[] = [];
    const doc = this.view.state.doc;
    forEachDiagnostic(this.view.state, (diagnostic, from, to) => {
      out.push({
        line: doc.lineAt(from).number,
        from,
        to,
        message: diagnostic.message,
        severity: diagnostic.severity,
      });
    });
    return out;
  }
}
