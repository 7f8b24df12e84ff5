// The virtual machine: heap-allocated frames run by one dispatch loop (a Python call pushes a
// frame and continues in the same loop; generators suspend by returning with their frame kept).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/chunk.hpp"
#include "lang/memory.hpp"
#include "lang/object.hpp"
#include "lang/runtime.hpp"

namespace tulip::lang {

struct Block {
  uint32_t handler; // instruction index of the handler
  uint32_t level;   // stack depth to restore
};

struct Frame {
  CodeObj* code = nullptr;
  FuncObj* func = nullptr;
  DictObj* globals = nullptr;
  DictObj* locals = nullptr; // class bodies and the module: the namespace for *_NAME
  Frame* back = nullptr;
  const uint32_t* ip = nullptr;
  Value* sp = nullptr;
  Value* stack = nullptr;
  Value* fast = nullptr; // nlocals fast locals, then the cells (cellvars, freevars)
  Block* blocks = nullptr;
  int nblocks = 0;
  GenObj* gen = nullptr;
  uint32_t alloc_size = 0;
  bool is_entry = false; // the first frame of a run() invocation
  bool owned_by_gen = false;
  bool init_call = false; // an __init__ run for instance creation: the caller's stack holds
                          // the new instance; the return value must be None and is dropped
  Value* cells() { return fast + code->nlocals(); }
  int line() const;
};

enum class RunStatus { Returned, Yielded, Preempted };

// Free frames by size class (128-byte buckets): an intrusive singly linked list per bucket.
struct FrameFreeList {
  static constexpr size_t kBuckets = 48;
  static constexpr uint32_t kKeep = 256; // frames kept per bucket
  void* head[kBuckets] = {};
  uint32_t count[kBuckets] = {};
  FrameFreeList() = default;
  FrameFreeList(const FrameFreeList&) = delete;
  FrameFreeList& operator=(const FrameFreeList&) = delete;
  ~FrameFreeList();
};

class VM {
public:
  VM();
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Heap heap;
  Types types{};
  DictObj* builtins = nullptr;
  DictObj* modules = nullptr; // sys.modules
  DictObj* main_globals = nullptr;
  Frame* top = nullptr; // innermost executing frame
  Value cur_exc;        // the exception being handled (sys.exc_info)
  int depth = 0;        // Python call depth
  int recursion_limit = 1000;
  int native_depth = 0;      // natives on the C++ stack that call back into Python
  std::vector<Value*> roots; // explicit roots registered by natives
  std::vector<Value> temp_roots;
  std::map<std::string, std::vector<std::string>> sources; // file name -> lines
  std::string out;                                         // buffered stdout
  std::string err_out;
  std::vector<std::string> argv;
  bool book_mode = false;
  // Preemption: with budget >= 0, every backward jump and every Python call spends one unit;
  // when none is left, a run started by run_module() / resume_preempted() returns Preempted with
  // its frames intact, and resume_preempted() continues exactly there. (-1: unlimited.)
  int64_t budget = -1;
  // Polling: an embedder's hook, called every kPollInterval budget points whether or not the
  // run can be preempted (the browser session hands the turn back to the page there). A point
  // can stand for much native work (create_task, a traced await), and the hook only reads a
  // clock unless the slice is over, so points are counted in small steps.
  static constexpr int64_t kPollInterval = 200;
  std::function<void()> poll_hook;
  int64_t poll_countdown = INT64_MAX; // kPollInterval while there is a hook
  void set_poll_hook(std::function<void()> hook) {
    poll_hook = std::move(hook);
    poll_countdown = poll_hook ? kPollInterval : INT64_MAX;
  }
  uint64_t type_epoch = 1; // bumped when a class changes (and on collection): inline caches
  std::vector<Obj*> interned_list;
  // Sentinel objects
  Value none_v, notimpl_v, ellipsis_v;
  TupleObj* empty_tuple_ = nullptr;
  // Single-character ASCII strings and small caches
  StrObj* char_strs[128] = {};
  StrObj* empty_str = nullptr;

  // Running code
  Value run_module_code(CodeObj* code, DictObj* globals);
  Value call_function(FuncObj* f, Value* args, int nargs, const Kw& kw);
  // Runs module code like run_module_code but may return Preempted (see budget).
  RunStatus run_module(CodeObj* code, DictObj* globals, Value& result);
  // Continues a preempted run; Returned when it finishes (an exception propagates as PyError).
  RunStatus resume_preempted(Value& result);
  bool preempted() const { return preempted_entry_ != nullptr; }
  // Drops a preempted run that will not be resumed (frees its frames).
  void discard_preempted();
  // Resumes a generator frame: runs until it yields (status Yielded) or returns. An exception
  // is thrown in at the suspension point (gen.throw: its context is the caller's business), or
  // with raised_at_await, raised there by what the frame awaits (chained as a raise is).
  RunStatus resume(Frame* f, Value sent, ExcObj* thrown, Value& result,
                   bool raised_at_await = false);
  // Runs a frame already linked as the innermost (top) entry frame.
  RunStatus resume_fresh(Frame* f, Value& result) { return run(f, result); }

  // Frames
  Frame* new_frame(CodeObj* code, FuncObj* func, DictObj* globals);
  void free_frame(Frame* f);

  // Output
  void write_out(std::string_view s) {
    out.append(s);
    if (out.size() > (1u << 16))
      flush_out();
  }
  void flush_out();
  void write_err(std::string_view s);
  std::function<void(std::string_view)> on_stdout; // default: fwrite to stdout
  std::function<void(std::string_view)> on_stderr;
  std::function<void(double)> sleep_hook; // time.sleep (green threads replace it)

  // GC
  void maybe_collect() {
    if (heap.should_collect() && native_depth == 0)
      collect();
  }
  void collect();
  void mark_roots();

  // Tracebacks
  std::string format_traceback(ExcObj* e);
  std::string source_line(StrObj* filename, int line);

  std::unordered_map<std::string, StrObj*>* intern_table = nullptr;
  std::vector<std::function<void(Heap&)>> extra_roots; // modules with C++-side state
  TypeObj* coroutine_wrapper = nullptr; // the type of coro.__await__() (generator.cpp)
  // Set by a delegate's throw() when what it raises is how the call it stands for ended, not
  // an exception thrown into it (the asyncio binding's core coroutines: the task delivers their
  // outcome by throwing): the generators above get it as raised at their await.
  ExcObj* raised_by_delegate = nullptr;
  static VM*& vm_slot();

private:
  RunStatus run(Frame* entry, Value& result);
  void bind_args(Frame* f, FuncObj* fn, Value* args, int nargs, const Kw& kw);
  // A new frame for `fn` with its arguments bound (freed again if binding raises).
  Frame* new_bound_frame(FuncObj* fn, Value* args, int nargs, const Kw& kw);
  FrameFreeList frames_;
  Frame* preempted_entry_ = nullptr; // the entry frame of the preempted run
  bool allow_preempt_ = false;       // the next run() may preempt (consumed on entry)
  bool epoch_hook_ = false;          // the collector bumps type_epoch (registered once)
  ExcObj* pending_throw_ = nullptr;
  bool pending_raised_ = false; // pending_throw_ is raised at the await (see resume)
  VM** g_prev_ = nullptr;
  VM* prev_vm_ = nullptr;
  friend struct VMAccess;
};

// Implicit exception chaining as CPython's raise does it: `handled` (the exception being handled
// where `e` is raised) becomes e.__context__ (exceptions.cpp).
void chain_context(ExcObj* e, const Value& handled);

// RAII: keep values alive across calls into Python from natives.
struct RootGuard {
  explicit RootGuard(Value* v);
  ~RootGuard();
  RootGuard(const RootGuard&) = delete;
  RootGuard& operator=(const RootGuard&) = delete;
};

// RAII: a native that calls back into Python (sorted's key=, map, ...) disables collection of
// its C++ temporaries by counting itself in native_depth.
struct NativeCallScope {
  NativeCallScope();
  ~NativeCallScope();
  NativeCallScope(const NativeCallScope&) = delete;
  NativeCallScope& operator=(const NativeCallScope&) = delete;
};

} // namespace tulip::lang
