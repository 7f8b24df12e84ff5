// Autosave: an edit survives a reload; Reset restores the original listing and forgets the edit.
import assert from 'node:assert/strict';

export const tests = [
  {
    name: 'an edit survives a reload, and reset restores the original',
    fn: async (t) => {
      const page = await t.open(await t.page());
      await page.click('.gallery .example[data-id="wait_sleepy"]');
      const original = await page.evaluate(() => window.tulip.source());
      // type into the editor, as a user does
      await page.click('.cm-content');
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('# my edit\n');
      const edited = await page.evaluate(() => window.tulip.source());
      assert.equal(edited, `# my edit\n${original}`);

      await page.reload();
      await page.evaluate(() => window.tulip.ready);
      assert.equal(await page.evaluate(() => window.tulip.current()), 'wait_sleepy');
      assert.equal(await page.evaluate(() => window.tulip.source()), edited);

      // another example keeps its own text; coming back finds the edit
      await page.click('.gallery .example[data-id="asyncio_hello"]');
      assert.ok(!(await page.evaluate(() => window.tulip.source())).startsWith('# my edit'));
      await page.click('.gallery .example[data-id="wait_sleepy"]');
      assert.equal(await page.evaluate(() => window.tulip.source()), edited);

      await page.click('#reset');
      assert.equal(await page.evaluate(() => window.tulip.source()), original);
      await page.reload();
      await page.evaluate(() => window.tulip.ready);
      assert.equal(await page.evaluate(() => window.tulip.source()), original);
    },
  },
];
