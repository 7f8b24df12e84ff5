// The asyncio module: `_tulip` (the core's objects, native) under `asyncio` (CPython's API, in
// Python: asyncio.py, built into the binary).
#include "lang/asyncio/bridge.hpp"
#include "lang/chunk.hpp"
#include "lang/memory.hpp"
#include "lang/modules.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {
extern const char* const kAsyncioSource; // asyncio.py, generated into the build
}

namespace tulip::lang::aio {

NATIVE(set_types) {
  UNUSED_NATIVE_ARGS;
  check_nargs("set_types", n, 8, 8);
  BindingTypes& t = types();
  t.cancelled = Held(a[0]);
  t.invalid_state = Held(a[1]);
  t.queue_empty = Held(a[2]);
  t.queue_full = Held(a[3]);
  t.broken_barrier = Held(a[4]);
  t.get_event_loop = Held(a[5]);
  t.incomplete_read = Held(a[6]);
  t.limit_overrun = Held(a[7]);
  return None();
}

NATIVE(book_mode) {
  UNUSED_NATIVE_ARGS;
  return Bool(vm().book_mode);
}

// @asyncio.coroutine (book mode): the function's generators may `yield from` coroutines and be
// awaited, as types.coroutine makes them.
static constexpr uint32_t kIterableCoroutine = 512; // the flag generator.cpp's awaitables test
NATIVE(mark_iterable_coroutine) {
  UNUSED_NATIVE_ARGS;
  if (is_kind(a[0], Kind::Function))
    cast<FuncObj>(a[0])->code->flags |= kIterableCoroutine;
  return a[0];
}

NATIVE(is_coroutine_function) {
  UNUSED_NATIVE_ARGS;
  Value f = a[0];
  if (is_kind(f, Kind::BoundMethod))
    f = cast<BoundMethodObj>(f)->func;
  return Bool(is_kind(f, Kind::Function) &&
              (cast<FuncObj>(f)->code->flags & (CO_COROUTINE | kIterableCoroutine)));
}

static void init_tulip_module(ModuleObj* m) {
  DictObj* d = m->dict;
  BindingTypes& t = types();
  t = BindingTypes();
  vm().extra_roots.push_back([](Heap& heap) {
    Held::mark_all(heap);
    BindingTypes& bt = types();
    for (TypeObj* ty : {bt.future, bt.task, bt.gathering, bt.await_, bt.future_iter, bt.loop,
                        bt.handle, bt.timer_handle, bt.queue, bt.lock, bt.event, bt.condition,
                        bt.semaphore, bt.barrier, bt.timeout, bt.reader, bt.writer, bt.server})
      heap.mark(ty);
  });
  init_futures(d);
  init_events(d);
  init_tasks(d);
  init_queues(d);
  init_locks(d);
  init_streams(d);
  add_function(d, "set_types", set_types);
  add_function(d, "book_mode", book_mode);
  add_function(d, "mark_iterable_coroutine", mark_iterable_coroutine);
  add_function(d, "is_coroutine_function", is_coroutine_function);
}

} // namespace tulip::lang::aio

namespace tulip::lang {

void register_asyncio_modules() {
  register_module("_tulip", aio::init_tulip_module);
  register_source_module("asyncio", kAsyncioSource);
}

} // namespace tulip::lang
