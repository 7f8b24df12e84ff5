// Share: the edited source goes into the link's hash; the link opened in a new page (a fresh
// context: no localStorage) restores it.
import assert from 'node:assert/strict';

export const tests = [
  {
    name: 'a share link opened in a new page restores the edited code',
    fn: async (t) => {
      const page = await t.open(await t.page());
      await page.evaluate(() => window.tulip.load('spinner_asyncio'));
      const edited =
        (await page.evaluate(() => window.tulip.source())).replace('sleep(3)', 'sleep(1)') + '\n# ünïcödé ✓ edit\n';
      await page.evaluate((text) => window.tulip.setSource(text), edited);
      await page.click('#share');
      await page.waitForFunction(() => location.hash.includes('code='));
      const link = page.url();
      assert.match(link, /#example=spinner_asyncio&code=[A-Za-z0-9_-]+$/);

      const other = await (await t.newContext()).newPage();
      await t.open(other, link);
      assert.equal(await other.evaluate(() => window.tulip.source()), edited);
      assert.equal(await other.evaluate(() => window.tulip.current()), 'spinner_asyncio');
      // the hook's share() makes the same link
      assert.equal(await page.evaluate(() => window.tulip.share()), link);
    },
  },
];
