// The task model, the task log and the timeline, from traces the CLI recorded (fixtures/): they
// check the page's reading of the trace schema without the wasm runtime.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const load = (name) => JSON.parse(readFileSync(path.join(fixtures, `${name}.trace.json`), 'utf8'));

function near(actual, expected, tolerance) {
  return Math.abs(actual - expected) <= tolerance;
}

async function show(t, name) {
  const page = await t.open(await t.page());
  const count = await page.evaluate((doc) => window.tulip.showTrace(doc), load(name));
  assert.ok(count > 0);
  return { page, tasks: await page.evaluate(() => window.tulip.tasks()) };
}

function checkSpinner(tasks, tolerance) {
  const spin = tasks.find((task) => task.coro === 'spin');
  const supervisor = tasks.find((task) => task.coro === 'supervisor');
  assert.ok(spin && supervisor, 'a spin lane and a supervisor lane');
  assert.equal(spin.parent, supervisor.id);
  const starts = spin.slices.map(([t0]) => t0);
  assert.ok(starts.length >= 30, `spin ran ${starts.length} times`);
  for (let i = 1; i < 30; i++) {
    assert.ok(near(starts[i] - starts[i - 1], 0.1, tolerance), `wake-up ${i}: ${starts[i]}`);
  }
  const cancel = spin.marks.find((m) => m.kind === 'cancel');
  assert.ok(cancel, 'the cancellation is marked');
  assert.ok(near(cancel.t, 3.0, tolerance), `cancelled at ${cancel.t}`);
  assert.equal(spin.cancels, 1);
  assert.equal(supervisor.outcome, 'done: 42');
  assert.ok(near(supervisor.endT, 3.0, tolerance));
  assert.ok(spin.waits.length >= 30 && spin.waits.every((w) => w.label === 'sleep(0.1)'));
}

export const tests = [
  {
    name: 'spinner_asyncio, virtual clock: spin wakes every 0.1 s and is cancelled at 3.0 s',
    fn: async (t) => {
      const { page, tasks } = await show(t, 'spinner_asyncio.virtual');
      checkSpinner(tasks, 1e-9);
      assert.equal(await page.evaluate(() => window.tulip.timelineAxis()), 'loop');
      const log = await page.evaluate(() => window.tulip.taskLogText());
      assert.match(log, /Task-2 spin\(\) — done: None, after a cancellation/);
      assert.match(log, /awaits sleep\(0\.1\) at spinner_asyncio\.py:14/);
      assert.match(log, /3\.000 CancelledError delivered/);
    },
  },
  {
    name: 'spinner_asyncio, real clock: times count from the start of the run',
    fn: async (t) => {
      const { tasks } = await show(t, 'spinner_asyncio.real');
      assert.ok(tasks.every((task) => task.createdT >= 0 && task.createdT < 0.1));
      checkSpinner(tasks, 0.02);
    },
  },
  {
    name: 'producer_consumer: the three consumers are cancelled, and the axis turns to real time',
    fn: async (t) => {
      const { page, tasks } = await show(t, 'producer_consumer.virtual');
      const consumers = tasks.filter((task) => task.coro === 'consumer');
      assert.equal(consumers.length, 3);
      for (const consumer of consumers) {
        assert.equal(consumer.cancels, 1, `${consumer.name} got its CancelledError`);
        assert.ok(consumer.log.some((e) => e.kind === 'task_cancel_delivered'));
        assert.ok(consumer.log.some((e) => e.text === 'awaits Queue.get at producer_consumer.py:16'));
      }
      const summaries = await page.$$eval('#tasklog .task[data-coro="consumer"] summary', (s) =>
        s.map((x) => x.textContent),
      );
      assert.equal(summaries.length, 3);
      for (const text of summaries) assert.match(text, /cancellation/);
      // the whole run took no loop time: the timeline's auto axis shows real time
      assert.equal(await page.evaluate(() => window.tulip.timelineAxis()), 'real');
      const box = await page.locator('#timeline canvas').boundingBox();
      await page.mouse.move(box.x + 40, box.y + 22 + 26 + 13);
      await page.waitForFunction(() => !document.querySelector('.timeline-tooltip').hidden);
      assert.match(await page.textContent('.timeline-tooltip'), /^Task-2 consumer\(\)/);
    },
  },
  {
    name: 'spinner_asyncio_blocked: the blocking time.sleep(3) is shown on the supervisor',
    fn: async (t) => {
      const { page, tasks } = await show(t, 'spinner_asyncio_blocked.virtual');
      const supervisor = tasks.find((task) => task.coro === 'supervisor');
      assert.deepEqual(
        supervisor.blocks.map((b) => [b.t0, b.t1, b.label]),
        [[0, 3, 'time.sleep(3)']],
      );
      const spin = tasks.find((task) => task.coro === 'spin');
      assert.equal(spin.state, 'cancelled');
      assert.match(
        await page.evaluate(() => window.tulip.taskLogText()),
        /0\.000 blocked the loop in time\.sleep\(3\) for 3\.000 s/,
      );
      // hovering the middle of the supervisor's lane shows the blocking call
      const box = await page.locator('#timeline canvas').boundingBox();
      await page.mouse.move(box.x + 132 + (box.width - 140) / 2, box.y + 22 + 17);
      await page.waitForFunction(() => !document.querySelector('.timeline-tooltip').hidden);
      assert.match(await page.textContent('.timeline-tooltip'), /blocked the loop: time\.sleep\(3\)/);
    },
  },
];
