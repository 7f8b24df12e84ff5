#include "tulip/loop.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "tulip/future.hpp"
#include "tulip/task.hpp"
#include "tulip/transport.hpp"

namespace tulip {

namespace detail {
constinit thread_local Running running;
} // namespace detail

namespace {

// CPython's thresholds for compacting the timer heap (_MIN_SCHEDULED_TIMER_HANDLES,
// _MIN_CANCELLED_TIMER_HANDLES_FRACTION).
constexpr std::size_t kMinScheduledTimers = 100;
constexpr double kMinCancelledFraction = 0.5;

std::int64_t seconds_to_ns(double s) {
  if (std::isnan(s))
    throw std::invalid_argument("delay or deadline is NaN");
  if (s >= 9.2e9)
    return kNoDeadline - 1;
  if (s <= -9.2e9)
    return -kNoDeadline;
  return std::llround(s * 1e9);
}

// Loops alive on this thread: a future that outlives its loop must not report to it.
thread_local std::vector<Loop*> live_loops;

} // namespace

void Loop::ReadyQueue::grow() {
  std::size_t capacity = capacity_ ? capacity_ * 2 : 64;
  auto* items = new ReadyItem[capacity];
  std::size_t n = size();
  for (std::size_t i = 0; i < n; ++i)
    items[i] = items_[(head_ + i) & (capacity_ - 1)];
  delete[] items_;
  items_ = items;
  capacity_ = capacity;
  head_ = 0;
  tail_ = n;
}

Loop::Loop() : owned_driver_(std::make_unique<VirtualDriver>()), driver_(owned_driver_.get()) {
  live_loops.push_back(this);
}

Loop::Loop(Driver& driver) : driver_(&driver) { live_loops.push_back(this); }

Loop::Loop(std::unique_ptr<Driver> driver)
    : owned_driver_(std::move(driver)), driver_(owned_driver_.get()) {
  live_loops.push_back(this);
}

Loop::~Loop() {
  clear_watches();
  SocketTransport::abandon(*this);
  clear_pending();
  detach_all();
  std::erase(live_loops, this);
}

bool detail::loop_alive(const Loop* loop) noexcept {
  return std::find(live_loops.begin(), live_loops.end(), loop) != live_loops.end();
}

void Loop::throw_closed() { throw std::runtime_error("Event loop is closed"); }

void Loop::check_not_running() const {
  if (running_)
    throw std::runtime_error("This event loop is already running");
  if (detail::running.loop)
    throw std::runtime_error("Cannot run the event loop while another loop is running");
}

Handle Loop::call_soon(std::function<void()> callback) {
  check_open();
  return schedule_handle(Ref<HandleImpl>(new HandleImpl(*this, std::move(callback), 0)));
}

Handle Loop::schedule_handle(Ref<HandleImpl> handle) {
  ready_.push({&run_handle, handle.get()});
  handle->add_ref(); // the ready queue's reference
  return Handle(std::move(handle));
}

void Loop::run_handle(void* arg, bool run) {
  Ref<HandleImpl> handle = Ref<HandleImpl>::adopt(static_cast<HandleImpl*>(arg));
  if (!run || handle->cancelled_)
    return;
  // Moved out first: the callback may cancel its own handle, which drops the function.
  std::function<void()> callback = std::move(handle->callback_);
  try {
    callback();
  } catch (...) {
    handle->loop_->call_exception_handler({"Exception in callback", std::current_exception()});
  }
}

Handle Loop::call_later(double delay, std::function<void()> callback) {
  return call_at_ns(time_ns() + seconds_to_ns(delay), std::move(callback));
}

Handle Loop::call_at(double when, std::function<void()> callback) {
  return call_at_ns(seconds_to_ns(when), std::move(callback));
}

Handle Loop::call_at_ns(std::int64_t when_ns, std::function<void()> callback) {
  check_open();
  auto* handle = new HandleImpl(*this, std::move(callback), when_ns);
  Handle result{Ref<HandleImpl>(handle)};
  handle->add_ref(); // the heap's reference
  handle->in_timer_heap_ = true;
  handle->seq_ = timer_seq_++;
  push_timer({when_ns, handle});
  if (tracer_) [[unlikely]]
    trace(TraceKind::timer_armed, current_task(), {}, static_cast<double>(when_ns) / 1e9, handle);
  return result;
}

void Handle::cancel() {
  if (!impl_ || impl_->cancelled_)
    return;
  impl_->cancelled_ = true;
  if (impl_->in_timer_heap_)
    impl_->loop_->timer_cancelled(*impl_);
  // Drop what the callback holds at once, as CPython does.
  impl_->callback_ = nullptr;
}

void Loop::timer_cancelled(HandleImpl&) noexcept { ++timers_cancelled_; }

bool Loop::earlier(const Timer& a, const Timer& b) noexcept {
  return a.when_ns != b.when_ns ? a.when_ns < b.when_ns : a.handle->seq_ < b.handle->seq_;
}

// The heap: children of i are 4i+1 .. 4i+4.
void Loop::push_timer(Timer timer) {
  timers_.push_back(timer);
  std::size_t i = timers_.size() - 1;
  while (i > 0) {
    std::size_t parent = (i - 1) / 4;
    if (!earlier(timer, timers_[parent]))
      break;
    timers_[i] = timers_[parent];
    i = parent;
  }
  timers_[i] = timer;
}

void Loop::sift_down(std::size_t i) noexcept {
  const std::size_t n = timers_.size();
  Timer timer = timers_[i];
  while (true) {
    std::size_t first = 4 * i + 1;
    if (first >= n)
      break;
    std::size_t best = first;
    std::size_t last = std::min(first + 4, n);
    for (std::size_t c = first + 1; c < last; ++c)
      if (earlier(timers_[c], timers_[best]))
        best = c;
    if (!earlier(timers_[best], timer))
      break;
    timers_[i] = timers_[best];
    i = best;
  }
  timers_[i] = timer;
}

void Loop::pop_timer() {
  timers_.front() = timers_.back();
  timers_.pop_back();
  if (!timers_.empty())
    sift_down(0);
}

void Loop::make_timer_heap() noexcept {
  for (std::size_t i = timers_.size() / 4 + 1; i-- > 0;)
    if (i < timers_.size())
      sift_down(i);
}

void Loop::drop_cancelled_timers() {
  if (timers_.size() > kMinScheduledTimers &&
      static_cast<double>(timers_cancelled_) / static_cast<double>(timers_.size()) >
          kMinCancelledFraction) {
    std::erase_if(timers_, [](const Timer& t) {
      if (!t.handle->cancelled_)
        return false;
      t.handle->in_timer_heap_ = false;
      t.handle->release();
      return true;
    });
    make_timer_heap();
    timers_cancelled_ = 0;
    return;
  }
  while (!timers_.empty() && timers_.front().handle->cancelled_) {
    HandleImpl* handle = timers_.front().handle;
    pop_timer();
    --timers_cancelled_;
    handle->in_timer_heap_ = false;
    handle->release();
  }
}

void Loop::collect_due_timers(std::int64_t now_ns) {
  while (!timers_.empty() && timers_.front().when_ns <= now_ns) {
    HandleImpl* handle = timers_.front().handle;
    pop_timer();
    handle->in_timer_heap_ = false;
    if (handle->cancelled_) {
      --timers_cancelled_;
      handle->release();
      continue;
    }
    if (tracer_) [[unlikely]]
      trace(TraceKind::timer_fired, nullptr, {}, static_cast<double>(handle->when_ns_) / 1e9,
            handle);
    ready_.push({&run_handle, handle}); // the heap's reference moves to the ready queue
  }
}

std::int64_t Loop::next_deadline_ns() {
  if (timers_cancelled_)
    drop_cancelled_timers();
  if (ready_.size() || stopping_ || (!watched_.empty() && io_ready()))
    return -kNoDeadline;
  return timers_.empty() ? kNoDeadline : timers_.front().when_ns;
}

void Loop::run_once() {
  std::int64_t deadline = next_deadline_ns();
  if (deadline != -kNoDeadline)
    driver_->wait_until(deadline);
  if (!watched_.empty())
    select_io();
  if (!timers_.empty())
    collect_due_timers(driver_->now_ns());
  run_ready();
}

// ---- sockets ------------------------------------------------------------------------------------
Network& Loop::network() {
  Network* network = driver_->network();
  if (!network)
    throw std::runtime_error("this event loop's driver has no network");
  return *network;
}

void Loop::set_watch(Socket& socket, Ref<IoCallback>& slot, std::function<void()> callback) {
  check_open();
  if (slot)
    slot->cancelled = true; // a run already queued is the old callback's: it must not happen
  slot = Ref<IoCallback>(new IoCallback(std::move(callback)));
  if (!socket.linked()) {
    socket.add_ref(); // the watch list's reference
    watched_.push_back(socket);
    socket.watcher = this;
  }
  socket.interest_changed();
}

bool Loop::clear_watch(Socket& socket, Ref<IoCallback>& slot) {
  if (!slot)
    return false;
  slot->cancelled = true;
  slot = nullptr;
  socket.interest_changed();
  if (!socket.reader && !socket.writer && socket.linked()) {
    socket.unlink();
    socket.watcher = nullptr;
    socket.release();
  }
  return true;
}

void Loop::add_reader(Socket& socket, std::function<void()> callback) {
  set_watch(socket, socket.reader, std::move(callback));
}
bool Loop::remove_reader(Socket& socket) { return clear_watch(socket, socket.reader); }
void Loop::add_writer(Socket& socket, std::function<void()> callback) {
  set_watch(socket, socket.writer, std::move(callback));
}
bool Loop::remove_writer(Socket& socket) { return clear_watch(socket, socket.writer); }

void Loop::clear_watches() noexcept {
  while (Socket* socket = watched_.front()) {
    Ref<Socket> keep(socket);
    clear_watch(*socket, socket->reader);
    clear_watch(*socket, socket->writer);
  }
}

// Whether an iteration would find a socket ready now: then the loop must not wait.
bool Loop::io_ready() {
  bool ready = false;
  watched_.for_each([&](Socket& socket) {
    ready = ready || (socket.reader && socket.readable()) || (socket.writer && socket.writable());
  });
  return ready;
}

// CPython's _process_events: the reader of each readable socket and the writer of each writable
// one join the ready queue, in the order the sockets were watched.
void Loop::select_io() {
  driver_->network()->poll(watched_);
  watched_.for_each([&](Socket& socket) {
    if (socket.reader && socket.readable()) {
      socket.reader->add_ref();
      ready_.push({&run_io, socket.reader.get()});
    }
    if (socket.writer && socket.writable()) {
      socket.writer->add_ref();
      ready_.push({&run_io, socket.writer.get()});
    }
  });
}

void Loop::run_io(void* arg, bool run) {
  Ref<IoCallback> callback = Ref<IoCallback>::adopt(static_cast<IoCallback*>(arg));
  if (!run || callback->cancelled)
    return;
  try {
    callback->fn();
  } catch (...) {
    if (Loop* loop = detail::running.loop)
      loop->call_exception_handler({"Exception in callback", std::current_exception()});
  }
}

void Loop::run_ready() {
  // Only what is ready now: callbacks scheduled by these wait for the next iteration.
  for (std::size_t n = ready_.size(); n; --n) {
    ReadyItem item = ready_.pop();
    item.fn(item.arg, true);
  }
}

void Loop::run_forever() {
  check_open();
  check_not_running();
  running_ = true;
  detail::running.loop = this;
  struct Reset {
    Loop* loop;
    ~Reset() {
      loop->stopping_ = false;
      loop->running_ = false;
      detail::running.loop = nullptr;
      detail::running.task = nullptr;
    }
  } reset{this};
  while (true) {
    run_once();
    if (stopping_)
      break;
  }
}

void Loop::run_until_done(FutureBase& future) {
  check_open();
  check_not_running();
  auto* stopper = new detail::FunctionCallback([this] { stop(); });
  future.add_callback(*stopper);
  try {
    run_forever();
  } catch (...) {
    if (future.remove_callback_if_pending(stopper))
      stopper->fn(stopper, false);
    throw;
  }
  if (future.remove_callback_if_pending(stopper))
    stopper->fn(stopper, false);
  if (!future.done())
    throw std::runtime_error("Event loop stopped before Future completed.");
}

void Loop::clear_pending() noexcept {
  while (ready_.size()) {
    ReadyItem item = ready_.pop();
    item.fn(item.arg, false);
  }
  for (Timer& t : timers_) {
    t.handle->in_timer_heap_ = false;
    t.handle->release();
  }
  timers_.clear();
  timers_cancelled_ = 0;
}

void Loop::close() {
  if (running_)
    throw std::runtime_error("Cannot close a running event loop");
  if (closed_)
    return;
  closed_ = true;
  clear_watches();
  SocketTransport::abandon(*this);
  clear_pending();
}

void Loop::track(FutureBase& future) noexcept {
  if (!future.linked())
    tracked_.push_back(future);
}

void Loop::keep_alive(TaskBase& task) noexcept {
  task.add_ref(); // it is tracked already: every future is, from its construction
}

void Loop::let_go(TaskBase& task) noexcept { task.release(); }

void Loop::detach_all() noexcept {
  // Pending tasks are abandoned (their coroutines destroyed) and every tracked future forgets
  // this loop, so that nothing reaches it once it is gone.
  std::vector<Ref<FutureBase>> doomed;
  tracked_.for_each([&](FutureBase& f) { doomed.emplace_back(&f); });
  for (auto& f : doomed) {
    if (f->is_task() && !f->done()) {
      auto* task = static_cast<TaskBase*>(f.get());
      task->abandon();
      call_exception_handler({"Task was destroyed but it is pending!", nullptr, task});
      let_go(*task);
    }
  }
  for (auto& f : doomed) {
    f->dispose_callbacks();
    f->unlink();
    f->loop_ = nullptr;
  }
}

std::vector<Ref<TaskBase>> Loop::all_tasks() {
  std::vector<Ref<TaskBase>> tasks;
  tracked_.for_each([&](FutureBase& f) {
    if (f.is_task() && !f.done())
      tasks.emplace_back(static_cast<TaskBase*>(&f));
  });
  return tasks;
}

void Loop::call_exception_handler(const ExceptionContext& context) {
  if (exception_handler_) {
    exception_handler_(context);
    return;
  }
  std::string text = context.message;
  if (context.future)
    text += "\nfuture: " + context.future->repr();
  if (context.exception) {
    try {
      std::rethrow_exception(context.exception);
    } catch (const std::exception& e) {
      text += std::string("\nexception: ") + e.what();
    } catch (const CancelledError& e) {
      text += std::string("\nexception: CancelledError(") + e.what() + ")";
    } catch (...) {
      text += "\nexception: (unknown)";
    }
  }
  std::fprintf(stderr, "%s\n", text.c_str());
}

void Loop::trace(TraceKind kind, const TaskBase* task, std::string_view what, double value,
                 const void* object) {
  if (!tracer_)
    return;
  auto real_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                     std::chrono::steady_clock::now().time_since_epoch())
                     .count();
  TraceEvent event{kind, time(), real_ns, task, task ? task->id() : 0, what, value, object};
  tracer_->on_event(event);
}

Loop& get_running_loop() {
  if (!detail::running.loop)
    throw std::runtime_error("no running event loop");
  return *detail::running.loop;
}

Loop* running_loop() noexcept { return detail::running.loop; }

std::vector<Ref<TaskBase>> all_tasks() { return get_running_loop().all_tasks(); }

} // namespace tulip
