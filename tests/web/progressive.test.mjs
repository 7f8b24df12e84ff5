// The page is usable before CodeMirror and xterm.js are up: the source shows as plain text, a
// run prints into a plain output pane, and both hand over to the real widgets when they load.
import assert from 'node:assert/strict';

export const tests = [
  {
    name: 'before CodeMirror and xterm.js load, the source shows and a run prints; then they take over',
    fn: async (t) => {
      const context = await t.newContext();
      // hold the two heavy chunks back until released
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await context.route(/\/assets\/(editor|terminal)-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const page = await context.newPage();
      await t.open(page, t.baseUrl, { loaded: false });
      assert.equal(await page.$('.cm-editor'), null);
      assert.equal(await page.$('.xterm'), null);
      const source = await page.evaluate(() => window.tulip.source());
      assert.ok(source.includes('import asyncio'));
      assert.ok((await page.textContent('.editor-placeholder')).includes('import asyncio'));
      // an edit and a run before the widgets are up
      await page.evaluate(() => window.tulip.setSource('print("early")\n'));
      const result = await page.evaluate(() => window.tulip.run({ clock: 'virtual' }));
      const early = await page.evaluate(() => window.tulip.terminalText());
      assert.ok(early.length > 0, 'the plain pane shows the output');
      assert.ok(result.stdout.split('\n').every((line) => !line || early.includes(line.trim())));
      release();
      await page.evaluate(() => window.tulip.loaded);
      assert.ok(await page.$('.cm-editor'), 'CodeMirror is up');
      assert.ok(await page.$('.xterm'), 'xterm.js is up');
      assert.equal(await page.$('.editor-placeholder'), null);
      assert.equal(await page.evaluate(() => window.tulip.source()), 'print("early")\n');
      assert.equal(await page.evaluate(() => window.tulip.terminalAllText()), early, 'xterm.js got the output');
    },
  },
];
