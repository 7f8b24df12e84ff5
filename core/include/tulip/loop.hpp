// Loop: asyncio's event loop. call_soon is FIFO; each iteration runs the callbacks that were
// ready when it began plus the timers that fell due (CPython's BaseEventLoop._run_once), so a
// storm of sleep(0) never starves a timer. The loop never blocks by itself: it asks its Driver
// to wait, and a host that drives it from outside (the browser) can call run_once() itself.
#pragma once

#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "tulip/coroutine.hpp"
#include "tulip/driver.hpp"
#include "tulip/errors.hpp"
#include "tulip/handle.hpp"
#include "tulip/list.hpp"
#include "tulip/ref.hpp"
#include "tulip/socket.hpp"
#include "tulip/trace.hpp"

namespace tulip {

class FutureBase;
class TaskBase;
template <class T> class Coro;
template <class T> class Future;
template <class T> class Task;

// An entry of the ready queue. `run` is false when the loop is closed before the entry ran: the
// entry then only releases what it holds.
struct ReadyItem {
  void (*fn)(void* arg, bool run);
  void* arg;
};

// What an exception handler receives (CPython's context dict).
struct ExceptionContext {
  std::string message;
  std::exception_ptr exception;
  const FutureBase* future = nullptr;
};

using ExceptionHandler = std::function<void(const ExceptionContext&)>;

class Loop {
public:
  Loop(); // virtual time
  explicit Loop(Driver& driver);
  explicit Loop(std::unique_ptr<Driver> driver);
  ~Loop();
  Loop(const Loop&) = delete;
  Loop& operator=(const Loop&) = delete;

  Driver& driver() noexcept { return *driver_; }
  // Seconds on the driver's clock (loop.time()).
  double time() { return static_cast<double>(driver_->now_ns()) / 1e9; }
  std::int64_t time_ns() { return driver_->now_ns(); }

  Handle call_soon(std::function<void()> callback);
  Handle call_later(double delay, std::function<void()> callback);
  Handle call_at(double when, std::function<void()> callback);
  Handle call_at_ns(std::int64_t when_ns, std::function<void()> callback);

  template <class T = void> Future<T> create_future();
  template <class T> Task<T> create_task(Coro<T> coro, std::string_view name = {});

  template <class T> T run_until_complete(Coro<T> coro);
  template <class T> T run_until_complete(Task<T> task);
  template <class T> T run_until_complete(Future<T> future);
  void run_forever();
  // Runs until `future` is done (RuntimeError if the loop stops first); bindings use it.
  void run_until_done(FutureBase& future);
  void stop() noexcept { stopping_ = true; }
  // Drops every pending callback and timer; pending tasks stay pending (as in CPython).
  void close();
  bool is_running() const noexcept { return running_; }
  bool is_closed() const noexcept { return closed_; }

  // One iteration: wait through the driver for the first ready callback or timer, then run what
  // is due. For hosts that drive the loop themselves.
  void run_once();
  // When the next iteration has work: now for ready callbacks, a timer's deadline, or
  // kNoDeadline.
  std::int64_t next_deadline_ns();
  bool has_ready() const noexcept { return ready_.size() != 0; }

  // CPython's add_reader/add_writer: `callback` runs in every iteration in which `socket` is
  // readable (writable), until removed. remove_* return whether there was one.
  void add_reader(Socket& socket, std::function<void()> callback);
  bool remove_reader(Socket& socket);
  void add_writer(Socket& socket, std::function<void()> callback);
  bool remove_writer(Socket& socket);
  // The network of this loop's driver: where its connections and servers come from.
  Network& network();

  // Pending tasks in creation order (asyncio.all_tasks()).
  std::vector<Ref<TaskBase>> all_tasks();
  // The task whose step is running, or null.
  TaskBase* current_task() const noexcept;

  void set_exception_handler(ExceptionHandler handler) { exception_handler_ = std::move(handler); }
  void call_exception_handler(const ExceptionContext& context);

  // Trace subscriber (null: tracing off, at the cost of one branch per event site).
  void set_tracer(Tracer* tracer) noexcept { tracer_ = tracer; }
  bool tracing() const noexcept { return tracer_ != nullptr; }
  void trace(TraceKind kind, const TaskBase* task, std::string_view what = {}, double value = 0,
             const void* object = nullptr);

  // call_soon without a Handle: the fast path for task steps and done callbacks.
  void schedule(ReadyItem item) {
    if (closed_) [[unlikely]]
      throw_closed();
    ready_.push(item);
  }

  // Futures the loop must detach when it is destroyed: pending ones and those holding an
  // exception nobody retrieved. Tasks are kept alive by the loop until they finish.
  void track(FutureBase& future) noexcept;
  void keep_alive(TaskBase& task) noexcept;
  void let_go(TaskBase& task) noexcept;

  void check_open() const {
    if (closed_) [[unlikely]]
      throw_closed();
  }

private:
  friend class Handle;

  // A growable ring buffer of ready entries.
  class ReadyQueue {
  public:
    ReadyQueue() = default;
    ReadyQueue(const ReadyQueue&) = delete;
    ~ReadyQueue() { delete[] items_; }
    std::size_t size() const noexcept { return tail_ - head_; }
    void push(ReadyItem item) {
      if (tail_ - head_ == capacity_) [[unlikely]]
        grow();
      items_[tail_++ & (capacity_ - 1)] = item;
    }
    ReadyItem pop() noexcept { return items_[head_++ & (capacity_ - 1)]; }

  private:
    void grow();
    ReadyItem* items_ = nullptr;
    std::size_t capacity_ = 0;
    std::size_t head_ = 0;
    std::size_t tail_ = 0;
  };

  struct Timer {
    std::int64_t when_ns;
    HandleImpl* handle; // its seq orders equal deadlines FIFO
  };

  void check_not_running() const;
  [[noreturn]] static void throw_closed();
  Handle schedule_handle(Ref<HandleImpl> handle);
  static void run_handle(void* arg, bool run);
  void timer_cancelled(HandleImpl& handle) noexcept;
  void drop_cancelled_timers();
  void pop_timer();
  void push_timer(Timer timer);
  static bool earlier(const Timer& a, const Timer& b) noexcept;
  void sift_down(std::size_t i) noexcept;
  void make_timer_heap() noexcept;
  void collect_due_timers(std::int64_t now_ns);
  void run_ready();
  void set_watch(Socket& socket, Ref<IoCallback>& slot, std::function<void()> callback);
  bool clear_watch(Socket& socket, Ref<IoCallback>& slot);
  bool io_ready();
  void clear_watches() noexcept;
  void select_io();
  static void run_io(void* arg, bool run);
  void clear_pending() noexcept;
  void detach_all() noexcept;

  std::unique_ptr<Driver> owned_driver_;
  Driver* driver_;
  ReadyQueue ready_;
  std::vector<Timer> timers_; // a 4-ary min-heap on (when_ns, seq): shallow and cache-friendly
  std::uint64_t timer_seq_ = 0;
  std::size_t timers_cancelled_ = 0;
  List<FutureBase> tracked_;
  List<Socket> watched_; // sockets with a reader or a writer, in the order they were watched
  ExceptionHandler exception_handler_;
  Tracer* tracer_ = nullptr;
  bool running_ = false;
  bool stopping_ = false;
  bool closed_ = false;
};

// The loop running on this thread, as asyncio.get_running_loop(); throws std::runtime_error
// ("no running event loop") when there is none.
Loop& get_running_loop();
Loop* running_loop() noexcept;

namespace detail {
// What is running on this thread: the loop inside run_forever and the task inside its step.
struct Running {
  Loop* loop = nullptr;
  TaskBase* task = nullptr;
  // The coroutine the running task's trampoline resumes next (see coro.hpp).
  co::coroutine_handle<> next;
};
extern constinit thread_local Running running;
bool loop_alive(const Loop* loop) noexcept;
} // namespace detail

inline TaskBase* Loop::current_task() const noexcept {
  return detail::running.loop == this ? detail::running.task : nullptr;
}

} // namespace tulip
