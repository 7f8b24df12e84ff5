// asyncio.Queue, LifoQueue and PriorityQueue: the core's queues of script values. The Python
// layer's classes keep one of these as their `_core`.
#include "lang/asyncio/bridge.hpp"
#include "lang/memory.hpp"
#include "lang/vm.hpp"

namespace tulip::lang::aio {

namespace {

// PriorityQueue orders items with the script's `<`.
struct ScriptLess {
  bool operator()(const Held& a, const Held& b) const {
    return truthy(compare(a.get(), b.get(), 0));
  }
};

struct AnyQueue {
  virtual ~AnyQueue() = default;
  virtual std::size_t qsize() const = 0;
  virtual int maxsize() const = 0;
  virtual bool empty() const = 0;
  virtual bool full() const = 0;
  virtual void put_nowait(Held item) = 0;
  virtual Held get_nowait() = 0;
  virtual void task_done() = 0;
  virtual long unfinished() const = 0;
  virtual Coro<Held> put(Held item) = 0;
  virtual Coro<Held> get() = 0;
  virtual Coro<Held> join() = 0;
  virtual void items(std::vector<Value>& out) const = 0;
};

template <class Q> struct QueueOf final : AnyQueue {
  explicit QueueOf(int maxsize) : q(maxsize) {}
  Q q;
  std::size_t qsize() const override { return q.qsize(); }
  int maxsize() const override { return q.maxsize(); }
  bool empty() const override { return q.empty(); }
  bool full() const override { return q.full(); }
  void put_nowait(Held item) override { q.put_nowait(std::move(item)); }
  Held get_nowait() override { return q.get_nowait(); }
  void task_done() override { q.task_done(); }
  long unfinished() const override { return q.unfinished_tasks(); }
  Coro<Held> put(Held item) override { return put_coro(q, std::move(item)); }
  Coro<Held> get() override { return get_coro(q); }
  Coro<Held> join() override { return join_coro(q); }
  void items(std::vector<Value>&) const override {}
  static Coro<Held> put_coro(Q& q, Held item) {
    co_await q.put(std::move(item));
    co_return Held(None());
  }
  static Coro<Held> get_coro(Q& q) { co_return co_await q.get(); }
  static Coro<Held> join_coro(Q& q) {
    co_await q.join();
    co_return Held(None());
  }
};

} // namespace

struct QueueObj : HostObj {
  std::unique_ptr<AnyQueue> q;
  void trace(Heap&) override {} // the items are Held
};

static AnyQueue& Q(const Value& v) {
  if (!is_kind(v, Kind::Host) || v.o->type != types().queue)
    type_error("expected a queue core");
  return *static_cast<QueueObj*>(v.o)->q;
}

// queue_new(maxsize, kind): kind 0 FIFO, 1 LIFO, 2 priority.
NATIVE(queue_new) {
  UNUSED_NATIVE_ARGS;
  int maxsize = int(as_index(a[0]));
  int64_t kind = as_index(a[1]);
  auto* o = vm().heap.alloc<QueueObj>(types().queue, Kind::Host);
  if (kind == 1)
    o->q = std::make_unique<QueueOf<LifoQueue<Held>>>(maxsize);
  else if (kind == 2)
    o->q = std::make_unique<QueueOf<PriorityQueue<Held, ScriptLess>>>(maxsize);
  else
    o->q = std::make_unique<QueueOf<Queue<Held>>>(maxsize);
  return V(o);
}

NATIVE(queue_qsize) {
  UNUSED_NATIVE_ARGS;
  return Int(int64_t(Q(a[0]).qsize()));
}
NATIVE(queue_empty) {
  UNUSED_NATIVE_ARGS;
  return Bool(Q(a[0]).empty());
}
NATIVE(queue_full) {
  UNUSED_NATIVE_ARGS;
  return Bool(Q(a[0]).full());
}
NATIVE(queue_unfinished) {
  UNUSED_NATIVE_ARGS;
  return Int(Q(a[0]).unfinished());
}
NATIVE(queue_put_nowait) {
  UNUSED_NATIVE_ARGS;
  AnyQueue& q = Q(a[0]);
  Held item(a[1]);
  to_script([&] { q.put_nowait(item); });
  return None();
}
NATIVE(queue_get_nowait) {
  UNUSED_NATIVE_ARGS;
  AnyQueue& q = Q(a[0]);
  return to_script([&] { return q.get_nowait(); }).get();
}
NATIVE(queue_task_done) {
  UNUSED_NATIVE_ARGS;
  AnyQueue& q = Q(a[0]);
  to_script([&] { q.task_done(); });
  return None();
}
NATIVE(queue_put) {
  UNUSED_NATIVE_ARGS;
  return make_await(Q(a[0]).put(Held(a[1])), a[0], "Queue.put");
}
NATIVE(queue_get) {
  UNUSED_NATIVE_ARGS;
  return make_await(Q(a[0]).get(), a[0], "Queue.get");
}
NATIVE(queue_join) {
  UNUSED_NATIVE_ARGS;
  return make_await(Q(a[0]).join(), a[0], "Queue.join");
}

void init_queues(DictObj* module) {
  types().queue = host_type("QueueCore", "_tulip");
  add_function(module, "queue_new", queue_new);
  add_function(module, "queue_qsize", queue_qsize);
  add_function(module, "queue_empty", queue_empty);
  add_function(module, "queue_full", queue_full);
  add_function(module, "queue_put_nowait", queue_put_nowait);
  add_function(module, "queue_unfinished", queue_unfinished);
  add_function(module, "queue_get_nowait", queue_get_nowait);
  add_function(module, "queue_task_done", queue_task_done);
  add_function(module, "queue_put", queue_put);
  add_function(module, "queue_get", queue_get);
  add_function(module, "queue_join", queue_join);
}

} // namespace tulip::lang::aio
