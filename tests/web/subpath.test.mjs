// The built site works under any sub-path of any static server: relative URLs only.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const tests = [
  {
    name: 'dist/ served under /some/sub/path/ loads',
    fn: async (t) => {
      const html = readFileSync(path.join(t.dist, 'index.html'), 'utf8');
      assert.ok(!/(src|href)="\//.test(html), 'index.html uses relative URLs only');
      const server = await t.serve({ prefix: '/some/sub/path/' });
      const context = await t.newContext();
      const page = await context.newPage();
      const bad = [];
      page.on('response', (r) => {
        if (r.status() >= 400) bad.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => bad.push(`failed ${r.url()}`));
      await t.open(page, server.url);
      assert.deepEqual(bad, []);
      const gallery = JSON.parse(readFileSync(path.join(t.dist, '..', 'web/scenarios/index.json'), 'utf8'));
      assert.equal((await page.$$('.gallery .example')).length, gallery.length);
      assert.ok((await page.evaluate(() => window.tulip.source())).includes('import asyncio'));
      assert.ok((await page.$$('.xterm')).length === 1, 'the terminal is up');
      assert.equal(await page.isEnabled('#run'), true);
    },
  },
];
