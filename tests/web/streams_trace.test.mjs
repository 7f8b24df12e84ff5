// Connections (asyncio streams) in the page: the gallery's echo_server run in the page gives a
// timeline lane per connection after the task lanes, and its reads and writes in the task log; a
// trace of a connection seen from one end only (a WebSocket through the bridge) gives a lane too.
import assert from 'node:assert/strict';
import { until } from './helpers.mjs';

// the timeline's geometry (web/src/timeline.ts)
const GUTTER = 132;
const AXIS = 22;
const LANE = 26;

const CLIENTS = ['oxford', 'stilton', 'kikorangi', 'danish', 'cheddar', 'roquefort', 'gorgonzola'];

/** The tooltip shown with the pointer at (x, y) of the timeline's canvas; null if none. */
async function hover(page, x, y) {
  const box = await page.locator('#timeline canvas').boundingBox();
  await page.mouse.move(box.x + x, box.y + y);
  return page.evaluate(() => {
    const tip = document.querySelector('.timeline-tooltip');
    return tip.hidden ? null : tip.textContent;
  });
}

/** Scrolls the timeline to its last lane; returns the lanes' scroll offset, as drawn. */
async function scrollToEnd(page) {
  await page.evaluate(() => {
    const pane = document.getElementById('timeline');
    pane.scrollTop = pane.scrollHeight;
  });
  // drawn at the next frame
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => document.getElementById('timeline').scrollTop);
}

/** The middle of lane `index` on the canvas, once scrolled by `scroll`. */
function laneY(index, scroll) {
  return AXIS + index * LANE - scroll + LANE / 2;
}

/** The text of a task's section of the task log, opened if it is collapsed. */
async function sectionText(page, taskId) {
  const section = page.locator(`#tasklog .task[data-task="${taskId}"]`);
  if (!(await section.evaluate((details) => details.open))) await section.locator('summary').click();
  return until(
    async () => {
      const text = await section.evaluate((details) => details.innerText);
      return text.split('\n').length > 3 ? text : null;
    },
    { what: `the entries of task ${taskId}` },
  );
}

/** Counts the pixels of the two directions' colours (--tl-send, --tl-back) in lanes `first` to
 *  `last` of the canvas: above and below each lane's middle. */
async function markPixels(page, first, last, scroll) {
  return page.evaluate(
    ({ lanes, AXIS, LANE }) => {
      const canvas = document.querySelector('#timeline canvas');
      const dpr = window.devicePixelRatio || 1;
      const style = getComputedStyle(document.getElementById('timeline'));
      const rgb = (name) => {
        const hex = style.getPropertyValue(name).trim().replace('#', '');
        return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
      };
      const colors = { send: rgb('--tl-send'), back: rgb('--tl-back') };
      const counts = { send: { above: 0, below: 0 }, back: { above: 0, below: 0 } };
      const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      for (const mid of lanes) {
        for (let y = Math.max(AXIS, mid - LANE / 2); y < Math.min(canvas.height / dpr, mid + LANE / 2); y++) {
          const row = Math.round(y * dpr) * canvas.width * 4;
          for (let x = 0; x < canvas.width; x++) {
            const at = row + x * 4;
            for (const [name, [r, g, b]] of Object.entries(colors)) {
              const close =
                Math.abs(image.data[at] - r) < 12 &&
                Math.abs(image.data[at + 1] - g) < 12 &&
                Math.abs(image.data[at + 2] - b) < 12;
              if (close) counts[name][y < mid ? 'above' : 'below']++;
            }
          }
        }
      }
      return counts;
    },
    {
      lanes: Array.from({ length: last - first + 1 }, (_, i) => laneY(first + i, scroll)),
      AXIS,
      LANE,
    },
  );
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const tests = [
  {
    name: 'echo_server: a lane per connection after the task lanes, and the bytes in the task log',
    runtime: true,
    timeout: 60_000,
    fn: async (t) => {
      const page = await t.open(await t.page());
      await page.evaluate(() => window.tulip.load('echo_server'));
      const result = await page.evaluate(() => window.tulip.run({ clock: 'virtual' }));
      assert.equal(result.exitCode, 0, result.stderr);
      assert.match(result.stdout, /'gorgonzola' \[3\]/);
      const tasks = await page.evaluate(() => window.tulip.tasks());

      // the model: each client wrote its name four times and read it back; each handler read
      // and wrote it, then read EOF
      const clients = tasks.filter((task) => task.coro === 'echo_client');
      const handlers = tasks.filter((task) => task.coro === 'handle_echo');
      assert.equal(clients.length, 7, `clients: ${tasks.map((task) => task.coro).join(', ')}`);
      assert.equal(handlers.length, 7);
      const connectionOf = new Map(); // client's name → its connection number
      for (const [i, client] of clients.entries()) {
        const word = escape(`b'${CLIENTS[i]}\\n'`);
        const bytes = CLIENTS[i].length + 1;
        const texts = client.log.map((entry) => entry.text);
        const opened = texts.map((text) =>
          text.match(/^opened connection (\d+): 127\.0\.0\.1:\d+ ⇄ 127\.0\.0\.1:\d+$/),
        );
        const id = opened.find(Boolean)?.[1];
        assert.ok(id, `${client.name} opened a connection: ${texts.join(' | ')}`);
        connectionOf.set(CLIENTS[i], id);
        const wrote = new RegExp(`^wrote ${bytes} bytes ${word} to connection ${id}$`);
        const read = new RegExp(`^read ${bytes} bytes ${word} \\(readline\\) from connection ${id}$`);
        assert.equal(texts.filter((text) => wrote.test(text)).length, 4, `${client.name} wrote ${CLIENTS[i]} 4 times`);
        assert.equal(texts.filter((text) => read.test(text)).length, 4, `${client.name} read ${CLIENTS[i]} 4 times`);
        assert.ok(
          client.log.some((entry) => entry.kind === 'stream_write') &&
            client.log.some((entry) => entry.kind === 'stream_read'),
        );
      }
      const served = new Set();
      for (const handler of handlers) {
        const texts = handler.log.map((entry) => entry.text);
        const read = texts.map((text) =>
          text.match(/^read (\d+) bytes b'(\w+)\\n' \(readline\) from connection (\d+)$/),
        );
        const first = read.find(Boolean);
        assert.ok(first, `${handler.name} read a line: ${texts.join(' | ')}`);
        const [, bytes, word, id] = first;
        assert.equal(connectionOf.get(word), id, `${handler.name} serves ${word}'s connection`);
        served.add(word);
        assert.equal(read.filter(Boolean).length, 4);
        const wrote = `wrote ${bytes} bytes b'${word}\\n' to connection ${id}`;
        assert.equal(texts.filter((text) => text === wrote).length, 4, `${handler.name}: ${wrote}`);
        assert.ok(texts.includes(`read EOF (readline) on connection ${id}`), `${handler.name} read EOF`);
      }
      assert.equal(served.size, 7);

      // the task log shows them: a client's section (open), a handler's (opened by a click)
      const oxford = clients[0];
      const id = connectionOf.get('oxford');
      const clientText = await sectionText(page, oxford.id);
      assert.ok(clientText.includes(`wrote 7 bytes b'oxford\\n' to connection ${id}`), clientText);
      assert.ok(clientText.includes(`read 7 bytes b'oxford\\n' (readline) from connection ${id}`), clientText);
      const handler = handlers.find((task) => task.log.some((entry) => entry.text.endsWith(`connection ${id}`)));
      const handlerText = await sectionText(page, handler.id);
      assert.match(handlerText, new RegExp(`handle_echo\\(\\)`));
      assert.ok(handlerText.includes(`read 7 bytes b'oxford\\n' (readline) from connection ${id}`), handlerText);
      assert.ok(handlerText.includes(`wrote 7 bytes b'oxford\\n' to connection ${id}`), handlerText);
      assert.ok(handlerText.includes(`read EOF (readline) on connection ${id}`), handlerText);
      // internal tasks read as such, without "()"
      assert.ok(!(await page.evaluate(() => window.tulip.taskLogText())).includes('(asyncio internals)()'));
      // and the connections' own section lists the seven, each with its two tasks
      await page.click('#tasklog .connections summary');
      const lines = await until(
        async () => {
          const items = await page.$$eval('#tasklog .connections li', (li) => li.map((x) => x.textContent));
          return items.length === 7 ? items : null;
        },
        { what: 'the seven connections in the task log' },
      );
      for (const line of lines) {
        assert.match(line, /connection \d+: 127\.0\.0\.1:\d+ ⇄ 127\.0\.0\.1:\d+ — Task-\d+ echo_client\(\) ⇄ Task-\d+/);
        assert.match(line, /closed at/);
      }

      // the timeline: seven connection lanes after the task lanes, each with its label
      const scroll = await scrollToEnd(page);
      const labels = [];
      for (let lane = tasks.length; lane < tasks.length + 7; lane++) {
        const text = await until(() => hover(page, 40, laneY(lane, scroll)), { what: `the tooltip of lane ${lane}` });
        labels.push(text);
        assert.match(
          text,
          /^connection \d+: 127\.0\.0\.1:\d+ ⇄ 127\.0\.0\.1:\d+ \(loopback\)\nTask-\d+ echo_client\(\) ⇄ Task-\d+ handle_echo\(\)\n/,
        );
        assert.match(text, /\n(\d+) bytes client → server, \1 bytes server → client$/);
      }
      assert.equal(new Set(labels.map((text) => text.split('\n')[0])).size, 7, 'seven distinct connections');
      const ids = labels.map((text) => text.match(/^connection (\d+)/)[1]);
      assert.deepEqual(new Set(ids), new Set(connectionOf.values()), 'the lanes are the connections of the log');
      // a task lane above them, and nothing below them
      assert.match(await hover(page, 40, laneY(tasks.length - 1, scroll)), /^Task-\d+/);
      assert.equal(await hover(page, 40, laneY(tasks.length + 7, scroll)), null, 'no eighth connection lane');

      // the bytes are marks on the lanes, client → server above the bar, server → client below it
      const pixels = await markPixels(page, tasks.length, tasks.length + 6, scroll);
      assert.ok(pixels.send.above > 50 && pixels.back.below > 50, `marks drawn: ${JSON.stringify(pixels)}`);
      assert.ok(pixels.send.below === 0 && pixels.back.above === 0, `each way on its side: ${JSON.stringify(pixels)}`);
      // somewhere along the first connection's lane, above the
      // bar, the pointer finds a write client → server (with its data)
      const box = await page.locator('#timeline canvas').boundingBox();
      const lane = laneY(tasks.length, scroll);
      let found = null;
      for (let x = GUTTER + 2; x < box.width - 4 && !found; x += 4) {
        const text = await hover(page, x, lane - 7);
        if (text && /wrote \d+ bytes client → server\nb'\w+\\n'/.test(text)) found = text;
      }
      assert.ok(found, 'a write mark on the first connection lane');
      assert.match(found, /^connection \d+: Task-\d+ wrote \d+ bytes client → server\nb'\w+\\n'\nloop time/);
    },
  },
  {
    name: 'a connection seen from one end only (a WebSocket through the bridge) is a lane with one end',
    fn: async (t) => {
      const page = await t.open(await t.page());
      const ev = (seq, kind, fields) => ({ seq, kind, t: seq * 0.1, ms: seq * 10, loop: 1, ...fields });
      const trace = [
        ev(0, 'loop_created', {}),
        ev(1, 'task_created', { task: 1, name: 'Task-1', coro: 'main' }),
        ev(2, 'task_started', { task: 1 }),
        ev(3, 'stream_opened', {
          task: 1,
          conn: 5,
          transport: 'websocket',
          side: 'client',
          local: '127.0.0.1:50000',
          peer: 'example.org:80',
        }),
        ev(4, 'stream_write', { task: 1, conn: 5, bytes: 18, how: 'write', data: "b'GET / HTTP/1.0\\r\\n\\r\\n'" }),
        ev(5, 'task_suspended', { task: 1, on: 'StreamReader.read', label: 'StreamReader.read' }),
        ev(6, 'task_resumed', { task: 1 }),
        ev(7, 'stream_read', { task: 1, conn: 5, bytes: 1, how: 'readexactly', data: "b'H'" }),
        ev(8, 'stream_read', { task: 1, conn: 5, bytes: 0, how: 'read', data: "b''" }),
        ev(9, 'stream_closed', { task: 1, conn: 5 }),
        ev(10, 'task_done', { task: 1, result: 'None' }),
      ];
      assert.equal(await page.evaluate((doc) => window.tulip.showTrace(doc), trace), trace.length);
      const [main] = await page.evaluate(() => window.tulip.tasks());
      assert.deepEqual(
        main.log.map((entry) => entry.text).filter((text) => /connection/.test(text)),
        [
          'opened connection 5: 127.0.0.1:50000 ⇄ example.org:80 over websocket',
          "wrote 18 bytes b'GET / HTTP/1.0\\r\\n\\r\\n' to connection 5",
          "read 1 byte b'H' (readexactly) from connection 5",
          'read EOF (read) on connection 5',
          'closed connection 5 (client end)',
        ],
      );
      const scroll = await scrollToEnd(page);
      const text = await until(() => hover(page, 40, laneY(1, scroll)), { what: 'the connection lane' });
      assert.match(
        text,
        /^connection 5: 127\.0\.0\.1:50000 ⇄ example\.org:80 \(websocket\)\nTask-1 main\(\) ⇄ \(remote\)\n/,
      );
      assert.match(text, /closed at loop time 0\.9000 s/);
      assert.match(text, /18 bytes client → server, 0 bytes server → client$/);
      // the write, above the bar at 0.4 s of the 1.0 s run (the axis spans 1.02 times the run)
      const box = await page.locator('#timeline canvas').boundingBox();
      const x = GUTTER + ((box.width - GUTTER - 8) * 0.4) / 1.02;
      const write = await hover(page, x, laneY(1, scroll) - 7);
      assert.match(write ?? '', /^connection 5: Task-1 wrote 18 bytes client → server\nb'GET/);
      assert.equal(await hover(page, 40, laneY(2, scroll)), null, 'one connection lane');
    },
  },
];
