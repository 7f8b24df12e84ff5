// The gallery lists the chapter's examples by section and loads one into the editor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scenariosDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'scenarios');
const index = JSON.parse(readFileSync(path.join(scenariosDir, 'index.json'), 'utf8'));

export const tests = [
  {
    name: 'lists every example in index.json order, unavailable ones greyed with their reason',
    fn: async (t) => {
      const page = await t.open(await t.page());
      const entries = await page.$$eval('.gallery .example', (buttons) =>
        buttons.map((b) => ({ id: b.dataset.id, disabled: b.disabled, text: b.textContent })),
      );
      assert.deepEqual(
        entries.map((e) => e.id),
        index.map((e) => e.id),
      );
      for (const [i, entry] of index.entries()) {
        assert.equal(entries[i].disabled, !entry.available, `${entry.id} disabled`);
        assert.ok(entries[i].text.includes(entry.title), `${entry.id} shows its title`);
        if (entry.available) assert.ok(entries[i].text.includes(entry.watch), `${entry.id} shows its note`);
        else assert.ok(entries[i].text.includes(entry.reason), `${entry.id} shows why it is unavailable`);
      }
      const sections = await page.$$eval('.gallery h2', (hs) => hs.map((h) => h.textContent));
      const expected = index.map((e) => e.section).filter((s, i, all) => i === 0 || all[i - 1] !== s);
      assert.deepEqual(sections, expected);
      const examples = await page.evaluate(() => window.tulip.examples());
      assert.deepEqual(
        examples,
        index.filter((e) => e.available).map((e) => e.id),
      );
    },
  },
  {
    name: 'clicking an example loads its listing, title and note',
    fn: async (t) => {
      const page = await t.open(await t.page());
      await page.click('.gallery .example[data-id="producer_consumer"]');
      const source = await page.evaluate(() => window.tulip.source());
      assert.equal(source, readFileSync(path.join(scenariosDir, 'producer_consumer.py'), 'utf8'));
      const entry = index.find((e) => e.id === 'producer_consumer');
      assert.equal(await page.textContent('#note h2'), entry.title);
      assert.equal(await page.textContent('#note p'), entry.watch);
      assert.equal(await page.getAttribute('.gallery .example[data-id="producer_consumer"]', 'aria-current'), 'true');
      assert.equal(await page.evaluate(() => window.tulip.current()), 'producer_consumer');
      // and through the hook
      await page.evaluate(() => window.tulip.load('wait_sleepy_book'));
      const book = await page.evaluate(() => window.tulip.source());
      assert.equal(book, readFileSync(path.join(scenariosDir, 'wait_sleepy_book.py'), 'utf8'));
      // the editor shows it, highlighted
      assert.ok((await page.textContent('.cm-content')).includes('asyncio'));
      assert.ok((await page.$$('.cm-content span[class]')).length > 5, 'Python is highlighted');
    },
  },
];
