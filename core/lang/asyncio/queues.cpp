// asyncio.Queue, LifoQueue and PriorityQueue: the core's queues of script values. The Python
// layer's classes keep one of these as their `_core`.
#include <algorithm>
#include <optional>
#include <vector>

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

// The items of a FIFO, LIFO or priority queue, its kind chosen when it is made: one instantiation
// of the core's BasicQueue (and of the coroutines below) for the three, not one each. Each kind
// keeps its items as the core's FifoItems, LifoItems and HeapItems<Held, ScriptLess> do.
struct ScriptItems {
  enum Kind { Fifo, Lifo, Priority };
  explicit ScriptItems(int kind) : items{Kind(kind), {}, {}} {
    if (kind == Fifo)
      items.ring.emplace();
  }
  struct Store {
    Kind kind;
    std::optional<detail::FifoItems<Held>> ring; // FIFO: the core's ring buffer
    std::vector<Held> vec;                       // LIFO: a stack; priority: a heap
    std::size_t size() const noexcept { return ring ? ring->items.size() : vec.size(); }
    bool empty() const noexcept { return size() == 0; }
  } items;
  static bool greater(const Held& a, const Held& b) { return ScriptLess()(b, a); }
  void put(Held v) {
    if (items.ring)
      return items.ring->put(std::move(v));
    items.vec.push_back(std::move(v));
    if (items.kind == Priority)
      std::push_heap(items.vec.begin(), items.vec.end(), greater);
  }
  Held get() {
    if (items.ring)
      return items.ring->get();
    if (items.kind == Priority)
      std::pop_heap(items.vec.begin(), items.vec.end(), greater);
    Held v = std::move(items.vec.back());
    items.vec.pop_back();
    return v;
  }
};

using ScriptQueue = BasicQueue<Held, ScriptItems>;

Coro<Held> put_coro(ScriptQueue& q, Held item) {
  co_await q.put(std::move(item));
  co_return Held(None());
}
Coro<Held> get_coro(ScriptQueue& q) { co_return co_await q.get(); }
Coro<Held> join_coro(ScriptQueue& q) {
  co_await q.join();
  co_return Held(None());
}

} // namespace

struct QueueObj : HostObj {
  std::unique_ptr<ScriptQueue> q;
  void trace(Heap&) override {} // the items are Held
};

static ScriptQueue& Q(const Value& v) {
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
  o->q = std::make_unique<ScriptQueue>(maxsize, ScriptItems(kind == 1   ? ScriptItems::Lifo
                                                            : kind == 2 ? ScriptItems::Priority
                                                                        : ScriptItems::Fifo));
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
  return Int(Q(a[0]).unfinished_tasks());
}
NATIVE(queue_put_nowait) {
  UNUSED_NATIVE_ARGS;
  ScriptQueue& q = Q(a[0]);
  Held item(a[1]);
  to_script([&] { q.put_nowait(item); });
  return None();
}
NATIVE(queue_get_nowait) {
  UNUSED_NATIVE_ARGS;
  ScriptQueue& q = Q(a[0]);
  return to_script([&] { return q.get_nowait(); }).get();
}
NATIVE(queue_task_done) {
  UNUSED_NATIVE_ARGS;
  ScriptQueue& q = Q(a[0]);
  to_script([&] { q.task_done(); });
  return None();
}
NATIVE(queue_put) {
  UNUSED_NATIVE_ARGS;
  return make_await(put_coro(Q(a[0]), Held(a[1])), a[0], "Queue.put");
}
NATIVE(queue_get) {
  UNUSED_NATIVE_ARGS;
  return make_await(get_coro(Q(a[0])), a[0], "Queue.get");
}
NATIVE(queue_join) {
  UNUSED_NATIVE_ARGS;
  return make_await(join_coro(Q(a[0])), a[0], "Queue.join");
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
