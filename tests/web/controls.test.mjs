// Run / Stop and Ctrl+Enter; a run fills the task log and the timeline.
import assert from 'node:assert/strict';
import { until } from './helpers.mjs';

export const tests = [
  {
    name: 'Ctrl+Enter runs while the editor has no focus, and Run becomes Stop',
    fn: async (t) => {
      const page = await t.open(await t.page());
      await page.evaluate(() => window.tulip.load('spinner_asyncio'));
      await page.selectOption('#clock', 'real');
      await page.click('#note'); // away from the editor
      assert.equal(await page.evaluate(() => !!document.activeElement?.closest('.cm-editor')), false);
      assert.equal(await page.textContent('#run'), 'Run');
      await page.keyboard.press('Control+Enter');
      await until(() => page.evaluate(() => window.tulip.running()), { what: 'the run to start' });
      assert.equal(await page.textContent('#run'), 'Stop');
      // Stop ends it
      await page.click('#run');
      await until(async () => (await page.textContent('#run')) === 'Run', { what: 'Run again' });
      assert.equal(await page.evaluate(() => window.tulip.running()), false);
      assert.match(await page.textContent('#status'), /stopped/);
    },
  },
  {
    name: 'Ctrl+Enter in the editor runs without touching the text',
    fn: async (t) => {
      const page = await t.open(await t.page());
      await page.evaluate(() => window.tulip.load('asyncio_hello'));
      const before = await page.evaluate(() => window.tulip.source());
      await page.click('.cm-content');
      await page.keyboard.press('Control+Enter');
      await until(() => page.evaluate(() => window.tulip.running() || window.tulip.terminalAllText() !== ''), {
        what: 'a run',
      });
      assert.equal(await page.evaluate(() => window.tulip.source()), before);
      await until(() => page.evaluate(() => !window.tulip.running()), { timeout: 10000, what: 'the end of the run' });
    },
  },
  {
    name: 'a run writes to the terminal and fills the task log and the timeline',
    fn: async (t) => {
      const page = await t.open(await t.page());
      await page.evaluate(() => window.tulip.load('spinner_asyncio'));
      const result = await page.evaluate(() => window.tulip.run({ clock: 'virtual' }));
      assert.equal(typeof result.ms, 'number');
      assert.ok((await page.evaluate(() => window.tulip.terminalAllText())).length > 0, 'terminal has output');
      const tasks = await page.evaluate(() => window.tulip.tasks());
      assert.ok(tasks.length >= 1, 'the model has tasks');
      assert.ok((await page.$$('#tasklog .task')).length >= 1, 'the task log shows them');
      assert.ok((await page.evaluate(() => window.tulip.trace())).length > 0, 'trace() returns the events');
      // the timeline canvas is drawn: some non-background pixels
      const inked = await page.evaluate(() => {
        const canvas = document.querySelector('#timeline canvas');
        const ctx = canvas.getContext('2d');
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
        return n;
      });
      assert.ok(inked > 500, `the timeline is drawn (${inked} pixels)`);
      // hovering a lane shows details
      const box = await page.locator('#timeline canvas').boundingBox();
      await page.mouse.move(box.x + 40, box.y + 22 + 11);
      await until(() => page.evaluate(() => !document.querySelector('.timeline-tooltip').hidden), {
        what: 'the tooltip',
      });
      assert.match(await page.textContent('.timeline-tooltip'), /Task-\d|created/);
    },
  },
];
