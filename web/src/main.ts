// The page's entry. The runtime starts loading first; the page comes up with the source as plain
// text and a plain output pane, so that window.tulip.ready (runtime loaded, UI up) comes early and
// a program can run at once. CodeMirror and xterm.js (their own chunks) are loaded once the page is
// ready, idle and not running a program (evaluating them takes the main thread for a while), and
// take over then (window.tulip.loaded).
// Performance marks: tulip:start, tulip:ui, tulip:ready, tulip:loaded.
import { App } from './app';
import { installHook } from './automation';
import { loadRuntime } from './runtime/runtime';
import './style.css';

performance.mark('tulip:start');
const runtimeLoading = loadRuntime();
const app = new App();
performance.mark('tulip:ui');

/** Resolves when the browser has nothing more urgent to do (a run, input, a frame). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 1);
  });
}

async function start(): Promise<void> {
  const opening = app.openHash();
  try {
    app.attachRuntime(await runtimeLoading);
  } catch (error) {
    app.runtimeFailed(error);
    throw error;
  }
  await opening;
  performance.mark('tulip:ready');
}

async function upgrade(ready: Promise<void>): Promise<void> {
  await ready.catch(() => undefined);
  await idle();
  await app.runsDone();
  const [editor, terminal] = await Promise.all([import('./editor'), import('./terminal')]);
  await app.runsDone();
  await idle();
  app.attachTerminal(terminal);
  await idle();
  app.attachEditor(editor);
  performance.mark('tulip:loaded');
}

const ready = start();
installHook(ready, upgrade(ready), () => app);
