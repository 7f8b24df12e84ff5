// unicodedata is not in tulip.wasm: the page fetches unicodedata.py (an asset next to it) when a
// program first imports it, and a failed fetch is an ImportError in the program, not a broken page.
import assert from 'node:assert/strict';

const PROGRAM = "import unicodedata\nprint(unicodedata.name('A'), unicodedata.lookup('BLACK STAR'))\n";
const EXPECTED = 'LATIN CAPITAL LETTER A ★\n';
const isSource = (url) => /\/unicodedata[^/]*\.py$/.test(new URL(url).pathname);

/** The page's requests for unicodedata.py, as they happen. */
function watchFetches(page) {
  const fetched = [];
  page.on('request', (request) => {
    if (isSource(request.url())) fetched.push(request.url());
  });
  return fetched;
}

async function runProgram(page, source) {
  await page.evaluate((text) => window.tulip.setSource(text), source);
  return page.evaluate(() => window.tulip.run({ clock: 'virtual' }));
}

export const tests = [
  {
    name: 'not fetched when the page loads; fetched once on the first import',
    runtime: true,
    fn: async (t) => {
      const page = await t.page();
      const fetched = watchFetches(page);
      await t.open(page);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // past the runtime's warm-up run
      assert.deepEqual(fetched, [], 'no fetch before a program imports it');
      const result = await runProgram(page, PROGRAM);
      assert.equal(result.stderr, '');
      assert.equal(result.exitCode, 0);
      assert.equal(result.stdout, EXPECTED);
      assert.match(await page.evaluate(() => window.tulip.terminalAllText()), /LATIN CAPITAL LETTER A ★/);
      assert.equal(fetched.length, 1, `fetched ${fetched.join(', ')}`);
      const again = await runProgram(page, PROGRAM);
      assert.equal(again.stdout, EXPECTED);
      assert.equal(fetched.length, 1, 'the page keeps the source it fetched');
    },
  },
  {
    name: 'loads under a sub-path (a relative URL)',
    runtime: true,
    fn: async (t) => {
      const server = await t.serve({ prefix: '/some/sub/path/' });
      const page = await (await t.newContext()).newPage();
      const fetched = watchFetches(page);
      await t.open(page, server.url);
      const result = await runProgram(page, PROGRAM);
      assert.equal(result.stdout, EXPECTED);
      assert.equal(fetched.length, 1);
      assert.ok(fetched[0].startsWith(server.url), `${fetched[0]} is under ${server.url}`);
    },
  },
  {
    name: 'a failed fetch is an ImportError naming the module and the URL; the page stays usable',
    runtime: true,
    fn: async (t) => {
      const page = await t.page();
      const source = (url) => isSource(url.href);
      await page.route(source, (route) => route.fulfill({ status: 404, body: 'not found' }));
      await t.open(page);
      const result = await runProgram(page, `print('before')\n${PROGRAM}`);
      assert.equal(result.exitCode, 1);
      assert.equal(result.stdout, 'before\n');
      assert.match(result.stderr, /ImportError: cannot load module 'unicodedata': HTTP 404 for http:\/\/\S+\.py\n$/);
      assert.match(await page.evaluate(() => window.tulip.terminalAllText()), /ImportError: .*HTTP 404/);
      assert.equal(await page.isEnabled('#run'), true);
      // the next import tries again
      await page.unroute(source);
      const next = await runProgram(page, PROGRAM);
      assert.equal(next.stdout, EXPECTED);
      assert.equal(next.exitCode, 0);
    },
  },
];
