// CPython-ordering tests of the queues and the synchronization primitives: Queue, LifoQueue,
// PriorityQueue, Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier. Each scenario's
// Python twin is twins/sync_*.py.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "twin.hpp"

using namespace tulip;
using twin::Output;

namespace {

// type(e).__name__ of the Python exception a C++ exception stands for.
std::string py_error_type(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (const CancelledError&) {
    return "CancelledError";
  } catch (const std::invalid_argument&) {
    return "ValueError";
  } catch (const std::runtime_error&) {
    return "RuntimeError";
  } catch (...) {
    return "<unknown>";
  }
}

} // namespace

// --- queues --------------------------------------------------------------------------------------

TEST_CASE("ordering: Queue(maxsize=2) producer and consumer, FIFO") {
  CHECK_TWIN("sync_queue_fifo", ([](Output& out) -> Coro<void> {
               Queue<int> q(2);
               auto producer = [&]() -> Coro<void> {
                 for (int i = 0; i < 5; ++i) {
                   co_await q.put(i);
                   out.print("put", i, "size", q.qsize(), "full", q.full());
                 }
                 co_await q.put(-1);
                 out.print("put end");
               };
               auto consumer = [&]() -> Coro<void> {
                 while (true) {
                   int item = co_await q.get();
                   out.print("got", item, "size", q.qsize());
                   if (item < 0)
                     break;
                   co_await sleep(0);
                 }
               };
               auto p = create_task(producer());
               auto c = create_task(consumer());
               co_await p;
               co_await c;
               out.print("maxsize", q.maxsize(), "empty", q.empty(), "full", q.full());
             }));
}

TEST_CASE("ordering: LifoQueue is last in first out; a blocked putter is woken by a get") {
  CHECK_TWIN("sync_lifo_queue", ([](Output& out) -> Coro<void> {
               LifoQueue<int> q;
               for (int i = 1; i < 5; ++i)
                 q.put_nowait(i);
               std::string got;
               for (int i = 0; i < 4; ++i)
                 got += (got.empty() ? "" : " ") + std::to_string(q.get_nowait());
               out.print("unbounded", got);

               LifoQueue<int> q2(2);
               q2.put_nowait(1);
               q2.put_nowait(2);
               auto putter = [&](int item) -> Coro<void> {
                 out.print("putting", item);
                 co_await q2.put(item);
                 out.print("put", item, "done");
               };
               auto t = create_task(putter(3));
               co_await sleep(0);
               out.print("got", q2.get_nowait());
               co_await sleep(0);
               int x = co_await q2.get();
               out.print("got", x);
               int y = co_await q2.get();
               out.print("got", y);
               co_await t;
             }));
}

TEST_CASE("ordering: PriorityQueue of tuples and of ints") {
  CHECK_TWIN("sync_priority_queue", ([](Output& out) -> Coro<void> {
               using Item = std::pair<int, std::string>;
               PriorityQueue<Item> q;
               std::vector<Item> items{{3, "c"}, {1, "b"}, {2, "x"}, {1, "a"}, {0, "z"}};
               for (auto& item : items)
                 q.put_nowait(item);
               while (!q.empty()) {
                 auto [prio, name] = q.get_nowait();
                 out.print(prio, name);
               }

               PriorityQueue<int> ints;
               auto getter = [&]() -> Coro<void> {
                 out.print("getter waiting");
                 int v = co_await ints.get();
                 out.print("getter got", v);
               };
               auto t = create_task(getter());
               co_await sleep(0);
               ints.put_nowait(5);
               ints.put_nowait(1);
               co_await t;
               out.print("left", ints.get_nowait());
             }));
}

TEST_CASE("ordering: put_nowait/get_nowait raise QueueFull/QueueEmpty") {
  CHECK_TWIN("sync_queue_nowait_errors", ([](Output& out) -> Coro<void> {
               Queue<std::string> q(1);
               q.put_nowait("x");
               try {
                 q.put_nowait("y");
               } catch (const QueueFull&) {
                 out.print("QueueFull");
               }
               out.print("size", q.qsize());
               out.print("got", q.get_nowait());
               try {
                 q.get_nowait();
               } catch (const QueueEmpty&) {
                 out.print("QueueEmpty");
               }
               out.print("empty", q.empty());
               co_return;
             }));
}

TEST_CASE("ordering: Queue.join with task_done from three workers") {
  CHECK_TWIN("sync_queue_join", ([](Output& out) -> Coro<void> {
               Queue<int> q;
               auto worker = [&](std::string name) -> Coro<void> {
                 try {
                   while (true) {
                     int item = co_await q.get();
                     out.print(name, "got", item);
                     for (int i = 0; i < item % 3; ++i)
                       co_await sleep(0);
                     out.print(name, "done", item);
                     q.task_done();
                   }
                 } catch (const CancelledError&) {
                   out.print(name, "cancelled");
                   throw;
                 }
               };
               std::vector<Task<void>> workers;
               for (const char* name : {"W1", "W2", "W3"})
                 workers.push_back(create_task(worker(name)));
               for (int i = 0; i < 7; ++i)
                 q.put_nowait(i);
               out.print("joining");
               co_await q.join();
               out.print("joined, size", q.qsize());
               for (auto& w : workers)
                 w.cancel();
               co_await gather_outcomes(workers);
             }));
}

TEST_CASE("ordering: Queue.task_done called too many times") {
  CHECK_TWIN("sync_queue_task_done_too_many", ([](Output& out) -> Coro<void> {
               Queue<int> q;
               try {
                 q.task_done();
               } catch (const std::invalid_argument& e) {
                 out.print("ValueError", e.what());
               }
               q.put_nowait(1);
               q.get_nowait();
               q.task_done();
               try {
                 q.task_done();
               } catch (const std::invalid_argument& e) {
                 out.print("ValueError", e.what());
               }
               co_return;
             }));
}

TEST_CASE("ordering: Queue getters are served in FIFO order") {
  CHECK_TWIN("sync_queue_getters_fifo", ([](Output& out) -> Coro<void> {
               Queue<int> q;
               auto getter = [&](std::string name) -> Coro<void> {
                 out.print(name, "waiting");
                 int item = co_await q.get();
                 out.print(name, "got", item);
               };
               std::vector<Task<void>> tasks;
               for (const char* name : {"A", "B", "C"})
                 tasks.push_back(create_task(getter(name)));
               co_await sleep(0);
               for (int i = 0; i < 3; ++i)
                 q.put_nowait(i);
               out.print("put 3 items");
               co_await gather(tasks);

               std::vector<Task<void>> tasks2;
               for (const char* name : {"D", "E", "F"})
                 tasks2.push_back(create_task(getter(name)));
               co_await sleep(0);
               for (int i = 3; i < 6; ++i) {
                 q.put_nowait(i);
                 out.print("put", i);
                 co_await sleep(0);
               }
               co_await gather(tasks2);
             }));
}

TEST_CASE("ordering: a woken Queue getter that is barged waits again at the back") {
  CHECK_TWIN("sync_queue_getter_barged", ([](Output& out) -> Coro<void> {
               Queue<int> q;
               auto getter = [&](std::string name) -> Coro<void> {
                 out.print(name, "waiting");
                 int item = co_await q.get();
                 out.print(name, "got", item);
               };
               auto a = create_task(getter("A"));
               auto b = create_task(getter("B"));
               co_await sleep(0);
               auto c = create_task(getter("C")); // its first step runs before A's wake-up
               q.put_nowait(1);
               out.print("put 1");
               co_await sleep(0);
               q.put_nowait(2);
               out.print("put 2");
               co_await sleep(0);
               q.put_nowait(3);
               out.print("put 3");
               co_await gather(a, b, c);
             }));
}

TEST_CASE("ordering: Queue putters on a full queue are woken in order") {
  CHECK_TWIN("sync_queue_putters_fifo", ([](Output& out) -> Coro<void> {
               Queue<int> q(1);
               q.put_nowait(0);
               auto putter = [&](std::string name, int item) -> Coro<void> {
                 out.print(name, "putting", item);
                 co_await q.put(item);
                 out.print(name, "put", item);
               };
               std::vector<Task<void>> tasks;
               tasks.push_back(create_task(putter("A", 1)));
               tasks.push_back(create_task(putter("B", 2)));
               tasks.push_back(create_task(putter("C", 3)));
               co_await sleep(0);
               for (int i = 0; i < 4; ++i) {
                 int v = co_await q.get();
                 out.print("got", v);
                 co_await sleep(0);
               }
               co_await gather(tasks);
               out.print("empty", q.empty());
             }));
}

TEST_CASE("ordering: a Queue getter woken then cancelled passes the wake-up on") {
  CHECK_TWIN("sync_queue_getter_woken_then_cancelled", ([](Output& out) -> Coro<void> {
               Queue<int> q;
               auto getter = [&](std::string name) -> Coro<void> {
                 out.print(name, "waiting");
                 int item;
                 try {
                   item = co_await q.get();
                 } catch (const CancelledError&) {
                   out.print(name, "cancelled, size", q.qsize());
                   throw;
                 }
                 out.print(name, "got", item);
               };
               auto a = create_task(getter("A"));
               auto b = create_task(getter("B"));
               co_await sleep(0);
               q.put_nowait(1);
               a.cancel();
               out.print("put 1, cancelled A");
               co_await gather_outcomes(a, b);
               out.print("size", q.qsize());
             }));
}

// --- Lock ----------------------------------------------------------------------------------------

TEST_CASE("ordering: Lock waiters acquire in FIFO order") {
  CHECK_TWIN("sync_lock_fifo", ([](Output& out) -> Coro<void> {
               Lock lock;
               auto locker = [&](std::string name) -> Coro<void> {
                 out.print(name, "acquiring");
                 co_await lock.acquire();
                 out.print(name, "acquired");
                 co_await sleep(0);
                 out.print(name, "releasing");
                 lock.release();
               };
               co_await lock.acquire();
               std::vector<Task<void>> tasks;
               for (const char* name : {"A", "B", "C"})
                 tasks.push_back(create_task(locker(name)));
               co_await sleep(0);
               out.print("main releasing, locked", lock.locked());
               lock.release();
               co_await gather(tasks);
               out.print("locked", lock.locked());
             }));
}

TEST_CASE("ordering: Lock is fair to a woken waiter that has not run yet") {
  CHECK_TWIN("sync_lock_fairness", ([](Output& out) -> Coro<void> {
               Lock lock;
               auto locker = [&](std::string name) -> Coro<void> {
                 out.print(name, "acquiring, locked", lock.locked());
                 co_await lock.acquire();
                 out.print(name, "acquired");
                 co_await sleep(0);
                 out.print(name, "releasing");
                 lock.release();
               };
               co_await lock.acquire();
               auto a = create_task(locker("A"));
               co_await sleep(0);
               auto b = create_task(locker("B")); // its first step runs before A's wake-up
               out.print("main releasing");
               lock.release();
               co_await gather(a, b);
             }));
}

TEST_CASE("ordering: Lock.release without acquire raises RuntimeError") {
  CHECK_TWIN("sync_lock_errors", ([](Output& out) -> Coro<void> {
               Lock lock;
               try {
                 lock.release();
               } catch (const std::runtime_error& e) {
                 out.print("RuntimeError", e.what());
               }
               bool acquired = co_await lock.acquire();
               out.print("acquired", acquired);
               lock.release();
               try {
                 lock.release();
               } catch (const std::runtime_error& e) {
                 out.print("RuntimeError", e.what());
               }
             }));
}

TEST_CASE("ordering: a Lock waiter woken then cancelled passes the wake-up on") {
  CHECK_TWIN("sync_lock_woken_then_cancelled", ([](Output& out) -> Coro<void> {
               Lock lock;
               auto locker = [&](std::string name) -> Coro<void> {
                 out.print(name, "acquiring");
                 try {
                   co_await lock.acquire();
                 } catch (const CancelledError&) {
                   out.print(name, "cancelled, locked", lock.locked());
                   throw;
                 }
                 out.print(name, "acquired");
                 co_await sleep(0);
                 out.print(name, "releasing");
                 lock.release();
               };
               co_await lock.acquire();
               auto a = create_task(locker("A"));
               auto b = create_task(locker("B"));
               auto c = create_task(locker("C"));
               co_await sleep(0);
               b.cancel();
               co_await sleep(0);
               out.print("main releasing");
               lock.release();
               a.cancel();
               auto results = co_await gather_outcomes(a, b, c);
               out.print("cancelled", py_error_type(std::get<0>(results).error()),
                         py_error_type(std::get<1>(results).error()));
               out.print("locked", lock.locked());
             }));
}

// --- Event ---------------------------------------------------------------------------------------

TEST_CASE("ordering: Event.set wakes every waiter in order; clear blocks again") {
  CHECK_TWIN("sync_event_set_all", ([](Output& out) -> Coro<void> {
               Event ev;
               auto waiter = [&](std::string name) -> Coro<void> {
                 out.print(name, "waiting");
                 bool r = co_await ev.wait();
                 out.print(name, "woke", r);
               };
               std::vector<Task<void>> tasks;
               for (const char* name : {"A", "B", "C"})
                 tasks.push_back(create_task(waiter(name)));
               co_await sleep(0);
               out.print("setting");
               ev.set();
               out.print("is_set", ev.is_set());
               co_await gather(tasks);
               ev.clear();
               out.print("is_set", ev.is_set());
               auto d = create_task(waiter("D"));
               co_await sleep(0.02);
               out.print("D done", d.done());
               ev.set();
               co_await d;
             }));
}

TEST_CASE("ordering: Event.wait on a set event returns at once") {
  CHECK_TWIN("sync_event_wait_set", ([](Output& out) -> Coro<void> {
               Event ev;
               ev.set();
               auto other = [&]() -> Coro<void> {
                 out.print("other ran");
                 co_return;
               };
               auto t = create_task(other());
               out.print("before wait");
               bool r = co_await ev.wait();
               out.print("wait returned", r);
               out.print("after wait");
               co_await t;

               ev.clear();
               auto waiter = [&](std::string name) -> Coro<void> {
                 out.print(name, "waiting");
                 bool woke = co_await ev.wait();
                 out.print(name, "woke", woke, "is_set", ev.is_set());
               };
               std::vector<Task<void>> tasks;
               for (const char* name : {"A", "B"})
                 tasks.push_back(create_task(waiter(name)));
               co_await sleep(0);
               ev.set();
               ev.clear();
               out.print("set and cleared");
               co_await gather(tasks);
             }));
}

// --- Condition -----------------------------------------------------------------------------------

TEST_CASE("ordering: Condition.notify(n) wakes the first n waiters, each re-acquiring the lock") {
  CHECK_TWIN("sync_condition_notify", ([](Output& out) -> Coro<void> {
               Condition cond;
               auto waiter = [&](std::string name) -> Coro<void> {
                 co_await cond.acquire();
                 out.print(name, "waiting");
                 bool r = co_await cond.wait();
                 out.print(name, "woke", r, "locked", cond.locked());
                 cond.release();
               };
               std::vector<Task<void>> tasks;
               for (const char* name : {"A", "B", "C", "D"})
                 tasks.push_back(create_task(waiter(name)));
               co_await sleep(0);
               co_await cond.acquire();
               out.print("notify 1");
               cond.notify(1);
               cond.release();
               co_await sleep(0);
               co_await cond.acquire();
               out.print("notify 2");
               cond.notify(2);
               cond.release();
               co_await sleep(0);
               co_await sleep(0);
               co_await cond.acquire();
               out.print("notify 5");
               cond.notify(5);
               cond.release();
               co_await gather(tasks);
             }));
}

TEST_CASE("ordering: Condition.notify_all wakes all, re-acquiring the lock one at a time") {
  CHECK_TWIN("sync_condition_notify_all", ([](Output& out) -> Coro<void> {
               Condition cond;
               auto waiter = [&](std::string name) -> Coro<void> {
                 co_await cond.acquire();
                 out.print(name, "waiting");
                 co_await cond.wait();
                 out.print(name, "woke");
                 co_await sleep(0);
                 out.print(name, "leaving");
                 cond.release();
               };
               std::vector<Task<void>> tasks;
               for (const char* name : {"A", "B", "C"})
                 tasks.push_back(create_task(waiter(name)));
               co_await sleep(0);
               co_await cond.acquire();
               out.print("notify_all");
               cond.notify_all();
               co_await sleep(0);
               out.print("main still holds the lock");
               cond.release();
               co_await gather(tasks);
               out.print("locked", cond.locked());
             }));
}

TEST_CASE("ordering: Condition.wait_for checks the predicate first and after each wake-up") {
  CHECK_TWIN("sync_condition_wait_for", ([](Output& out) -> Coro<void> {
               Condition cond;
               int n = 0;
               auto pred = [&] {
                 out.print("predicate n =", n);
                 return n >= 3;
               };
               auto consumer = [&]() -> Coro<void> {
                 co_await cond.acquire();
                 bool r = co_await cond.wait_for(pred);
                 out.print("wait_for returned", r);
                 cond.release();
               };
               auto t = create_task(consumer());
               for (int i = 0; i < 4; ++i) {
                 co_await sleep(0);
                 co_await cond.acquire();
                 ++n;
                 out.print("n ->", n);
                 cond.notify_all();
                 cond.release();
               }
               co_await t;
             }));
}

TEST_CASE("ordering: Condition.wait re-acquires the lock before a cancellation gets out") {
  CHECK_TWIN("sync_condition_reacquire", ([](Output& out) -> Coro<void> {
               Condition cond;
               auto waiter = [&]() -> Coro<void> {
                 co_await cond.acquire();
                 out.print("waiter waiting");
                 try {
                   co_await cond.wait();
                 } catch (const CancelledError&) {
                   out.print("waiter cancelled, locked", cond.locked());
                   cond.release();
                   throw;
                 }
                 cond.release();
               };
               auto t = create_task(waiter());
               co_await sleep(0);
               co_await cond.acquire();
               out.print("main holds the lock");
               t.cancel();
               co_await sleep(0.02);
               out.print("main still holds the lock, t done", t.done());
               cond.release();
               try {
                 co_await t;
               } catch (const CancelledError&) {
                 out.print("t cancelled", t.cancelled());
               }
               out.print("locked", cond.locked());
             }));
}

TEST_CASE("ordering: Condition.notify skips a cancelled waiter that has not run yet") {
  CHECK_TWIN("sync_condition_notify_skips_cancelled", ([](Output& out) -> Coro<void> {
               Condition cond;
               auto waiter = [&](std::string name) -> Coro<void> {
                 co_await cond.acquire();
                 out.print(name, "waiting");
                 bool r = false;
                 try {
                   r = co_await cond.wait();
                 } catch (const CancelledError&) {
                   out.print(name, "cancelled, locked", cond.locked());
                   cond.release();
                   throw;
                 }
                 out.print(name, "woke", r);
                 cond.release();
               };
               auto a = create_task(waiter("A"));
               auto b = create_task(waiter("B"));
               co_await sleep(0);
               co_await cond.acquire();
               a.cancel(); // A's waiter is cancelled, but A has not run yet
               out.print("notify 1");
               cond.notify(1);
               cond.release();
               co_await gather_outcomes(a, b);
               out.print("a cancelled", a.cancelled(), "b done", b.done());
             }));
}

// --- Semaphore -----------------------------------------------------------------------------------

TEST_CASE("ordering: Semaphore(2) with five tasks, entering in FIFO order") {
  CHECK_TWIN("sync_semaphore", ([](Output& out) -> Coro<void> {
               Semaphore sem(2);
               auto worker = [&](std::string name, int hold) -> Coro<void> {
                 out.print(name, "acquiring, locked", sem.locked());
                 co_await sem.acquire();
                 out.print(name, "entered, value", sem.value());
                 for (int i = 0; i < hold; ++i)
                   co_await sleep(0);
                 out.print(name, "leaving");
                 sem.release();
               };
               std::vector<Task<void>> tasks;
               tasks.push_back(create_task(worker("A", 3)));
               tasks.push_back(create_task(worker("B", 1)));
               tasks.push_back(create_task(worker("C", 2)));
               tasks.push_back(create_task(worker("D", 1)));
               tasks.push_back(create_task(worker("E", 1)));
               co_await gather(tasks);
               out.print("value", sem.value(), "locked", sem.locked());
             }));
}

TEST_CASE("ordering: a Semaphore waiter woken then cancelled passes its unit on") {
  CHECK_TWIN("sync_semaphore_woken_then_cancelled", ([](Output& out) -> Coro<void> {
               Semaphore sem(1);
               auto worker = [&](std::string name) -> Coro<void> {
                 out.print(name, "acquiring");
                 try {
                   co_await sem.acquire();
                 } catch (const CancelledError&) {
                   out.print(name, "cancelled, value", sem.value());
                   throw;
                 }
                 out.print(name, "entered, value", sem.value());
                 co_await sleep(0);
                 sem.release();
                 out.print(name, "left");
               };
               co_await sem.acquire();
               auto a = create_task(worker("A"));
               auto b = create_task(worker("B"));
               co_await sleep(0);
               sem.release();
               a.cancel();
               out.print("released, cancelled A, value", sem.value());
               co_await gather_outcomes(a, b);
               out.print("value", sem.value(), "locked", sem.locked());
             }));
}

TEST_CASE("ordering: BoundedSemaphore released too many times raises ValueError") {
  CHECK_TWIN("sync_bounded_semaphore", ([](Output& out) -> Coro<void> {
               BoundedSemaphore sem(2);
               co_await sem.acquire();
               sem.release();
               try {
                 sem.release();
               } catch (const std::invalid_argument& e) {
                 out.print("ValueError", e.what());
               }
               out.print("value", sem.value());
               try {
                 Semaphore bad(-1);
                 out.print("not reached", bad.value());
               } catch (const std::invalid_argument& e) {
                 out.print("ValueError", e.what());
               }
             }));
}

// --- Barrier -------------------------------------------------------------------------------------

TEST_CASE("ordering: Barrier(3) arrival indices and n_waiting, two rounds") {
  CHECK_TWIN("sync_barrier", ([](Output& out) -> Coro<void> {
               Barrier b(3);
               auto party = [&](std::string name, int delay_iters) -> Coro<void> {
                 for (int i = 0; i < delay_iters; ++i)
                   co_await sleep(0);
                 out.print(name, "arrives, n_waiting", b.n_waiting());
                 int index = co_await b.wait();
                 out.print(name, "passed with index", index);
               };
               out.print("parties", b.parties());
               std::vector<std::vector<int>> rounds{{2, 0, 1}, {0, 1, 0}};
               for (auto& delays : rounds) {
                 std::vector<Task<void>> tasks;
                 tasks.push_back(create_task(party("A", delays[0])));
                 tasks.push_back(create_task(party("B", delays[1])));
                 tasks.push_back(create_task(party("C", delays[2])));
                 co_await gather(tasks);
                 out.print("n_waiting", b.n_waiting(), "broken", b.broken());
               }
             }));
}

TEST_CASE("ordering: Barrier.abort breaks the waiters and later waits") {
  CHECK_TWIN("sync_barrier_abort", ([](Output& out) -> Coro<void> {
               Barrier b(3);
               auto party = [&](std::string name) -> Coro<void> {
                 try {
                   co_await b.wait();
                   out.print(name, "passed");
                 } catch (const BrokenBarrierError& e) {
                   out.print(name, "BrokenBarrierError", e.what());
                 }
               };
               std::vector<Task<void>> tasks;
               for (const char* name : {"A", "B"})
                 tasks.push_back(create_task(party(name)));
               co_await sleep(0.02);
               out.print("n_waiting", b.n_waiting());
               co_await b.abort();
               out.print("aborted, broken", b.broken(), "n_waiting", b.n_waiting());
               co_await gather(tasks);
               try {
                 co_await b.wait();
               } catch (const BrokenBarrierError& e) {
                 out.print("late BrokenBarrierError", e.what());
               }
             }));
}

TEST_CASE("ordering: Barrier.reset breaks the waiters, then the barrier works again") {
  CHECK_TWIN("sync_barrier_reset", ([](Output& out) -> Coro<void> {
               Barrier b(3);
               auto party = [&](std::string name) -> Coro<void> {
                 try {
                   int index = co_await b.wait();
                   out.print(name, "passed with index", index);
                 } catch (const BrokenBarrierError& e) {
                   out.print(name, "BrokenBarrierError", e.what());
                 }
               };
               std::vector<Task<void>> tasks;
               for (const char* name : {"A", "B"})
                 tasks.push_back(create_task(party(name)));
               co_await sleep(0.02);
               out.print("n_waiting", b.n_waiting());
               co_await b.reset();
               out.print("reset, broken", b.broken(), "n_waiting", b.n_waiting());
               co_await gather(tasks);
               out.print("after reset: broken", b.broken(), "n_waiting", b.n_waiting());
               std::vector<Task<void>> tasks2;
               for (const char* name : {"C", "D", "E"})
                 tasks2.push_back(create_task(party(name)));
               co_await gather(tasks2);
               out.print("n_waiting", b.n_waiting(), "broken", b.broken());
             }));
}
