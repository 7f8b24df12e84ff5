// `tulip run --trace=FILE.json`: scripts run through the CLI on the virtual clock, and their
// trace read back (a small JSON reader below; python3's json module checks the file too). The
// schema is core/lang/asyncio/trace.md.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "differential.hpp"
#include "json_reader.hpp"
#include "lang/asyncio/trace_recorder.hpp"
#include "lang/interpreter.hpp"

namespace {

namespace fs = std::filesystem;

using json_reader::Json;
using json_reader::JsonReader;

// ---- running scripts ----------------------------------------------------------------------------
struct Traced {
  differential::Outcome run;
  Json trace;
  bool python_reads_it = false; // python3's json.load accepts the file
  std::string file;             // the trace's path
};

// A folder of this test run's scripts and traces, removed at exit.
fs::path scratch_dir() {
  struct Scratch {
    fs::path dir = fs::temp_directory_path() / ("tulip_trace_test_" + std::to_string(::getpid()));
    ~Scratch() {
      std::error_code ignored;
      fs::remove_all(dir, ignored);
    }
  };
  static Scratch scratch;
  fs::create_directories(scratch.dir);
  return scratch.dir;
}

// Runs `script` (a path) with --clock=virtual --trace and reads the trace back.
Traced run_traced(const fs::path& script, const std::string& name) {
  Traced t;
  t.file = (scratch_dir() / (name + ".json")).string();
  fs::remove(t.file);
  std::string cmd = differential::shell_quote(differential::tulip_binary().string()) +
                    " run --clock=virtual --trace=" + differential::shell_quote(t.file);
  t.run = differential::run(script.parent_path().string(), cmd, script.filename().string());
  std::string text = differential::read_file(t.file);
  REQUIRE_MESSAGE(!text.empty(), "no trace written; stderr: " << t.run.err);
  t.trace = JsonReader(text).document();
  std::string check = std::string(TULIP_PYTHON) +
                      " -c 'import json,sys; json.load(open(sys.argv[1], encoding=\"ascii\"))' " +
                      differential::shell_quote(t.file) + " >/dev/null 2>&1";
  t.python_reads_it = std::system(check.c_str()) == 0;
  return t;
}

// Runs source code written to a scratch file.
Traced run_source(const std::string& source, const std::string& name) {
  fs::path script = scratch_dir() / (name + ".py");
  std::ofstream(script, std::ios::binary) << source;
  return run_traced(script, name);
}

fs::path scenario(const std::string& file) {
  return fs::path(TULIP_LANG_TESTS_DIR).parent_path().parent_path() / "web" / "scenarios" / file;
}

const Json& task_named(const Json& trace, const std::string& name) {
  for (const Json& t : trace["tasks"].items)
    if (t["name"].str == name)
      return t;
  throw std::runtime_error("no task " + name);
}

const Json& task_of_coro(const Json& trace, const std::string& coro) {
  for (const Json& t : trace["tasks"].items)
    if (t["coro"].str == coro)
      return t;
  throw std::runtime_error("no task running " + coro);
}

std::vector<const Json*> events(const Json& trace, const std::string& kind, double task_id = 0) {
  std::vector<const Json*> out;
  for (const Json& e : trace["events"].items)
    if (e["kind"].str == kind && (task_id == 0 || (e.has("task") && e["task"].num == task_id)))
      out.push_back(&e);
  return out;
}

} // namespace

TEST_CASE("trace: the spinner wakes every 0.1 s and its cancellation arrives at 3.0 s") {
  Traced t = run_traced(scenario("spinner_asyncio.py"), "spinner");
  CHECK(t.run.status == 0);
  CHECK(t.python_reads_it);
  const Json& trace = t.trace;
  CHECK(trace["version"].num == 1);
  CHECK(trace["clock"].str == "virtual");
  CHECK(trace["truncated"].b == false);

  const Json& supervisor = task_named(trace, "Task-1");
  CHECK(supervisor["coro"].str == "supervisor");
  CHECK(supervisor["parent"].is_null());
  CHECK(supervisor["state"].str == "done");
  CHECK(supervisor["result"].str == "42");

  const Json& spin = task_named(trace, "Task-2");
  CHECK(spin["coro"].str == "spin");
  CHECK(spin["parent"].num == supervisor["id"].num);
  CHECK(spin["loop"].num == supervisor["loop"].num);
  double id = spin["id"].num;

  // Each step ends in sleep(0.1): at 0, 0.1, ..., 2.9.
  auto suspended = events(trace, "task_suspended", id);
  REQUIRE(suspended.size() == 30);
  for (std::size_t i = 0; i < suspended.size(); ++i) {
    const Json& e = *suspended[i];
    CHECK(e["on"].str == "sleep");
    CHECK(e["label"].str == "sleep(0.1)");
    CHECK(e["delay"].num == doctest::Approx(0.1));
    CHECK(e["t"].num == doctest::Approx(0.1 * static_cast<double>(i)));
    CHECK(e["where"].str.find("spinner_asyncio.py:14") != std::string::npos);
    CHECK(e["in"].str == "spin");
  }
  // The running slices are those steps, and one more at 3.0 s when the cancellation arrives.
  const Json& slices = spin["slices"];
  REQUIRE(slices.items.size() == 31);
  for (std::size_t i = 0; i < slices.items.size(); ++i) {
    CHECK(slices[i][0].num == doctest::Approx(0.1 * static_cast<double>(i)));
    CHECK(slices[i][1].num == slices[i][0].num); // no loop time passes within a step
  }
  auto delivered = events(trace, "task_cancel_delivered", id);
  REQUIRE(delivered.size() == 1);
  CHECK((*delivered[0])["t"].num == doctest::Approx(3.0));
  // spin() catches CancelledError and returns: done, not cancelled, at 3.0 s.
  CHECK(spin["state"].str == "done");
  CHECK(spin["end_t"].num == doctest::Approx(3.0));
  CHECK(spin["result"].str == "None");

  // Its timers: one per sleep, each 0.1 s after it was armed.
  int sleep_timers = 0;
  for (const Json* e : events(trace, "timer_armed", id)) {
    CHECK((*e)["for"].str == "sleep");
    CHECK((*e)["delay"].num == doctest::Approx(0.1));
    ++sleep_timers;
  }
  CHECK(sleep_timers == 30);
  // The supervisor's slow_function() sleeps 3 s.
  auto main_waits = events(trace, "task_suspended", supervisor["id"].num);
  REQUIRE(main_waits.size() == 1);
  CHECK((*main_waits[0])["label"].str == "sleep(3)");
  CHECK((*main_waits[0])["in"].str == "slow_function"); // the coroutine supervisor() awaits
}

TEST_CASE("trace: blocking time.sleep in a coroutine freezes the spinner (required)") {
  Traced t = run_traced(scenario("spinner_asyncio_blocked.py"), "blocked");
  CHECK(t.run.status == 0);
  CHECK(t.python_reads_it);
  const Json& trace = t.trace;
  const Json& supervisor = task_of_coro(trace, "supervisor");
  const Json& spin = task_of_coro(trace, "spin");

  // The blocking call is recorded on the task that made it, over 3 s of (virtual) loop time.
  auto blocked = events(trace, "blocked");
  REQUIRE(blocked.size() == 1);
  const Json& block = *blocked[0];
  CHECK(block["task"].num == supervisor["id"].num);
  CHECK(block["call"].str == "time.sleep(3)");
  double from = block["since_t"].num, to = block["t"].num;
  CHECK(from == doctest::Approx(0));
  CHECK(to == doctest::Approx(3.0));
  REQUIRE(supervisor["blocked"].items.size() == 1);
  CHECK(supervisor["blocked"][0]["t0"].num == doctest::Approx(from));
  CHECK(supervisor["blocked"][0]["t1"].num == doctest::Approx(to));

  // The supervisor's one step holds the whole blocking call...
  REQUIRE(supervisor["slices"].items.size() == 1);
  CHECK(supervisor["slices"][0][0].num <= from);
  CHECK(supervisor["slices"][0][1].num >= to);
  CHECK(events(trace, "task_suspended", supervisor["id"].num).empty());

  // ... and the spinner never steps during it: its only step comes after, when the cancellation
  // it got before it ever ran ends it.
  double spin_id = spin["id"].num;
  CHECK(spin["created_t"].num == doctest::Approx(0));
  for (const Json& slice : spin["slices"].items) {
    bool overlaps = slice[0].num < to && slice[1].num > from;
    CHECK_FALSE(overlaps);
    CHECK(slice[0].num >= to);
  }
  for (const Json* e : events(trace, "task_started", spin_id))
    CHECK((*e)["t"].num >= to);
  CHECK(events(trace, "task_resumed", spin_id).empty());
  CHECK(events(trace, "task_suspended", spin_id).empty());
  CHECK(spin["state"].str == "cancelled");
  CHECK(spin["end_t"].num == doctest::Approx(3.0));
  // In events' order too: the spinner starts only after the blocking call returned.
  double blocked_seq = block["seq"].num;
  for (const Json* e : events(trace, "task_started", spin_id))
    CHECK((*e)["seq"].num > blocked_seq);
}

TEST_CASE("trace: producer and consumers on a Queue; the consumers' cancellation") {
  Traced t = run_traced(scenario("producer_consumer.py"), "producer_consumer");
  CHECK(t.run.status == 0);
  CHECK(t.python_reads_it);
  const Json& trace = t.trace;
  int consumers = 0;
  for (const Json& task : trace["tasks"].items) {
    if (task["coro"].str != "consumer")
      continue;
    ++consumers;
    double id = task["id"].num;
    // Each waits on Queue.get, and is cancelled there (it catches it and returns).
    auto suspended = events(trace, "task_suspended", id);
    REQUIRE(!suspended.empty());
    for (const Json* e : suspended)
      CHECK((*e)["on"].str == "Queue.get");
    auto delivered = events(trace, "task_cancel_delivered", id);
    REQUIRE(delivered.size() == 1);
    CHECK((*delivered[0])["seq"].num > (*suspended.back())["seq"].num);
    CHECK(task["state"].str == "done");
    CHECK(events(trace, "queue_get", id).size() >= 1);
  }
  CHECK(consumers == 3);
  // The main task parks on Queue.put (the queue holds one item) and on Queue.join.
  const Json& main = task_of_coro(trace, "main");
  bool put = false, join = false;
  for (const Json* e : events(trace, "task_suspended", main["id"].num)) {
    put = put || (*e)["label"].str == "Queue.put";
    join = join || (*e)["label"].str == "Queue.join";
  }
  CHECK(put);
  CHECK(join);
  CHECK(events(trace, "queue_put", main["id"].num).size() == 20);
}

TEST_CASE("trace: awaiting a task names it; an uncaught exception is recorded") {
  Traced t = run_source(R"PY(import asyncio

async def child():
    await asyncio.sleep(0.5)
    return "ok"

async def failing():
    await asyncio.sleep(0.2)
    raise ValueError('bad "value"\nsecond line: é ✓ 🐍')

async def lost():
    raise KeyError('never retrieved')

async def main():
    c = asyncio.create_task(child(), name='kid')
    f = asyncio.create_task(failing())
    asyncio.create_task(lost())
    r = await c
    try:
        await f
    except ValueError:
        pass
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.2))
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.3)
    except asyncio.TimeoutError:
        pass
    return r

print(asyncio.run(main()))
)PY",
                        "await_task");
  CHECK(t.run.status == 0);
  CHECK(t.run.out == "ok\n");
  CHECK(t.python_reads_it);
  const Json& trace = t.trace;
  const Json& main = task_of_coro(trace, "main");
  const Json& kid = task_named(trace, "kid");
  CHECK(kid["coro"].str == "child");
  CHECK(kid["result"].str == "'ok'");
  double main_id = main["id"].num;
  auto waits = events(trace, "task_suspended", main_id);
  REQUIRE(waits.size() >= 4);
  CHECK((*waits[0])["on"].str == "task");
  CHECK((*waits[0])["label"].str == "kid");
  CHECK((*waits[0])["target"].num == kid["id"].num);
  bool gathered = false, waited_for = false;
  for (const Json* e : waits) {
    gathered = gathered || (*e)["label"].str == "gather";
    waited_for = waited_for || ((*e)["on"].str == "wait_for" &&
                                (*e)["label"].str.rfind("wait_for(Task-", 0) == 0);
  }
  CHECK(gathered);
  CHECK(waited_for);

  // The exception: type and message, escaped in the file and read back intact.
  const Json& failing = task_of_coro(trace, "failing");
  CHECK(failing["state"].str == "raised");
  CHECK(failing["end_t"].num == doctest::Approx(0.2));
  CHECK(failing["exception"]["type"].str == "ValueError");
  CHECK(failing["exception"]["message"].str == "bad \"value\"\nsecond line: é ✓ 🐍");
  CHECK(failing["exception"]["unretrieved"].b == false); // main awaited it
  auto raised = events(trace, "task_raised", failing["id"].num);
  REQUIRE(raised.size() == 1);
  CHECK((*raised[0])["type"].str == "ValueError");

  // The one nobody awaited: reported as never retrieved, in the trace too.
  const Json& lost = task_of_coro(trace, "lost");
  CHECK(lost["state"].str == "raised");
  CHECK(lost["exception"]["type"].str == "KeyError");
  CHECK(lost["exception"]["message"].str == "'never retrieved'");
  CHECK(lost["exception"]["unretrieved"].b == true);
  CHECK(events(trace, "task_unretrieved", lost["id"].num).size() == 1);
  CHECK(t.run.err.find("Task exception was never retrieved") != std::string::npos);
}

TEST_CASE("trace: task cancelled with a message; locks, events and call_later timers") {
  Traced t = run_source(R"PY(import asyncio

async def sleeper(ev):
    await ev.wait()

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.3)

async def main():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    s = asyncio.create_task(sleeper(ev))
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.1)
    asyncio.get_running_loop().call_later(0.05, lambda: None)
    async with lock:
        pass
    s.cancel("enough")
    try:
        await s
    except asyncio.CancelledError:
        pass

asyncio.run(main())
)PY",
                        "cancel_lock");
  CHECK(t.run.status == 0);
  const Json& trace = t.trace;
  const Json& sleeper = task_of_coro(trace, "sleeper");
  CHECK(sleeper["state"].str == "cancelled");
  CHECK(sleeper["cancel_message"].str == "enough");
  auto cancelled = events(trace, "task_cancelled", sleeper["id"].num);
  REQUIRE(cancelled.size() == 1);
  CHECK((*cancelled[0])["message"].str == "enough");
  CHECK((*cancelled[0])["t"].num == doctest::Approx(0.3));
  auto waits = events(trace, "task_suspended", sleeper["id"].num);
  REQUIRE(waits.size() == 1);
  CHECK((*waits[0])["on"].str == "Event.wait");

  const Json& main = task_of_coro(trace, "main");
  bool lock_wait = false;
  for (const Json* e : events(trace, "task_suspended", main["id"].num))
    lock_wait = lock_wait || (*e)["label"].str == "Lock.acquire";
  CHECK(lock_wait);
  const Json& holder = task_of_coro(trace, "holder");
  CHECK(events(trace, "lock_acquire", holder["id"].num).size() == 1);
  CHECK(events(trace, "lock_release", holder["id"].num).size() == 1);

  int callbacks = 0;
  for (const Json* e : events(trace, "timer_armed", main["id"].num))
    if ((*e)["for"].str == "callback") {
      ++callbacks;
      CHECK((*e)["delay"].num == doctest::Approx(0.05));
      CHECK((*e)["when"].num == doctest::Approx(0.15));
    }
  CHECK(callbacks == 1);
  // Every fired timer was armed before.
  std::map<double, bool> armed;
  for (const Json* e : events(trace, "timer_armed"))
    armed[(*e)["timer"].num] = true;
  for (const Json* e : events(trace, "timer_fired"))
    CHECK(armed.count((*e)["timer"].num) == 1);
}

TEST_CASE("trace: written when the program raises or exits, and every new loop is traced") {
  SUBCASE("an uncaught exception") {
    Traced t = run_source("import asyncio\n"
                          "async def main():\n"
                          "    await asyncio.sleep(1)\n"
                          "    raise RuntimeError('boom')\n"
                          "asyncio.run(main())\n",
                          "raises");
    CHECK(t.run.status == 1);
    CHECK(t.run.err_last == "RuntimeError: boom");
    const Json& main = task_of_coro(t.trace, "main");
    CHECK(main["state"].str == "raised");
    CHECK(main["end_t"].num == doctest::Approx(1.0));
  }
  SUBCASE("SystemExit inside a task") {
    Traced t = run_source("import asyncio, sys\n"
                          "async def main():\n"
                          "    print('bye')\n"
                          "    sys.exit(3)\n"
                          "asyncio.run(main())\n",
                          "exits");
    CHECK(t.run.status == 3);
    CHECK(t.run.out == "bye\n");
    CHECK(task_of_coro(t.trace, "main")["exception"]["type"].str == "SystemExit");
  }
  SUBCASE("two asyncio.run calls: two loops") {
    Traced t = run_source("import asyncio\n"
                          "async def one(): await asyncio.sleep(0)\n"
                          "asyncio.run(one())\n"
                          "asyncio.run(one())\n",
                          "two_loops");
    CHECK(t.run.status == 0);
    REQUIRE(t.trace["loops"].items.size() == 2);
    CHECK(events(t.trace, "loop_created").size() == 2);
    // Each run: the main task, then the shutdown of async generators and of the executor.
    std::vector<double> loops;
    for (const Json& task : t.trace["tasks"].items)
      if (task["coro"].str == "one") {
        loops.push_back(task["loop"].num);
        auto waits = events(t.trace, "task_suspended", task["id"].num);
        REQUIRE(waits.size() == 1);
        CHECK((*waits[0])["label"].str == "sleep(0)");
      }
    CHECK(loops == std::vector<double>{1, 2});
    CHECK(task_named(t.trace, "Task-4")["coro"].str == "one");
  }
}

TEST_CASE("trace: a trace file that cannot be written") {
  fs::path script = scratch_dir() / "unwritable.py";
  std::ofstream(script, std::ios::binary) << "print('output kept')\n";
  std::string cmd = differential::shell_quote(differential::tulip_binary().string()) +
                    " run --clock=virtual --trace=/nonexistent-dir/trace.json";
  auto run = differential::run(script.parent_path().string(), cmd, script.filename().string());
  CHECK(run.out == "output kept\n");
  CHECK(run.status == 2);
  CHECK(run.err.find("cannot write the trace to '/nonexistent-dir/trace.json'") !=
        std::string::npos);
}

TEST_CASE("trace: batches taken while the program runs add up to the whole trace") {
  // As a streaming session does: a recorder of its own, a batch at each flush of the output.
  for (bool keep_history : {true, false}) {
    CAPTURE(keep_history);
    tulip::lang::aio::TraceRecorder recorder(/*virtual_clock=*/true, keep_history);
    tulip::lang::aio::ActiveTraceRecorder active(recorder);
    std::vector<std::string> batches;
    std::string out;
    tulip::lang::RunOptions options;
    options.virtual_clock = true;
    options.on_stdout = [&](std::string_view s) {
      out += s;
      batches.push_back(recorder.take_batch());
    };
    int status = tulip::lang::run_program("import asyncio, sys\n"
                                          "async def tick(n):\n"
                                          "    for i in range(n):\n"
                                          "        await asyncio.sleep(0.5)\n"
                                          "        print('tick', i)\n"
                                          "        sys.stdout.flush()\n"
                                          "asyncio.run(tick(3))\n",
                                          options);
    batches.push_back(recorder.take_batch());
    CHECK(status == 0);
    CHECK(out == "tick 0\ntick 1\ntick 2\n");
    CHECK(recorder.take_batch() == "[]");
    std::size_t non_empty = 0;
    double next_seq = 0;
    for (const std::string& batch : batches) {
      Json events = JsonReader(batch).document();
      REQUIRE(events.type == Json::Type::array);
      non_empty += !events.items.empty();
      for (const Json& e : events.items) {
        CHECK(e["seq"].num == next_seq);
        ++next_seq;
      }
    }
    CHECK(non_empty >= 3); // the events came in several batches
    CHECK(next_seq == static_cast<double>(recorder.event_count()));
    Json doc = JsonReader(recorder.document()).document();
    CHECK(doc["events"].items.size() == (keep_history ? recorder.event_count() : 0));
    Json tasks = JsonReader(recorder.tasks_json()).document();
    REQUIRE(!tasks.items.empty());
    CHECK(tasks[0]["coro"].str == "tick");
    CHECK(tasks[0]["slices"].items.size() == 4);
  }
}

TEST_CASE("trace: a stream stops at its event cap with trace_stopped, and the run goes on") {
  tulip::lang::aio::TraceRecorder recorder(/*virtual_clock=*/true, /*keep_history=*/false,
                                           /*max_events=*/50);
  tulip::lang::aio::ActiveTraceRecorder active(recorder);
  std::string out, batches;
  tulip::lang::RunOptions options;
  options.virtual_clock = true;
  options.on_stdout = [&](std::string_view s) { out += s; };
  int status =
      tulip::lang::run_program("import asyncio\n"
                               "async def one(i):\n"
                               "    await asyncio.sleep(0.1)\n"
                               "    return i\n"
                               "async def main():\n"
                               "    print(sum(await asyncio.gather(*map(one, range(100)))))\n"
                               "    await asyncio.sleep(1)\n"
                               "    print('after')\n"
                               "asyncio.run(main())\n",
                               options);
  CHECK(status == 0);
  CHECK(out == "4950\nafter\n");
  Json events = JsonReader(recorder.take_batch()).document();
  REQUIRE(events.items.size() == 51);
  for (std::size_t i = 0; i < events.items.size(); ++i)
    CHECK(events.items[i]["seq"].num == static_cast<double>(i));
  const Json& last = events.items.back();
  CHECK(last["kind"].str == "trace_stopped");
  CHECK(last["events"].num == 50);
  CHECK(recorder.take_batch() == "[]"); // nothing after: the recorder stopped listening
}
