// Future<T>: a result that will exist later (CPython's asyncio.Future). Done callbacks are
// scheduled through the loop when the future completes, never called inline. A task awaiting a
// future parks until it is done.
#pragma once

#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "tulip/coroutine.hpp"
#include "tulip/errors.hpp"
#include "tulip/list.hpp"
#include "tulip/loop.hpp"
#include "tulip/memory.hpp"
#include "tulip/ref.hpp"

namespace tulip {

// A done callback. A future keeps its callbacks in a list; when it completes each one is
// scheduled on the loop. fn(self, true) runs it; fn(self, false) only disposes of it (the loop
// went away first).
struct Callback : ListNode {
  using Fn = void (*)(Callback* self, bool run);
  explicit Callback(Fn f) noexcept : fn(f) {}
  Fn fn;
};

// What few futures need, kept apart so that every future and task stays small.
struct FutureExtras {
  CancelMessage cancel_message;      // Future._cancel_message
  CancelMessage task_cancel_message; // Task._cancel_message, raised for _must_cancel
  CancelMessage waiter_message;      // what the Waiter the task parks on was cancelled with
  std::string name;                  // a task's name, when given
};

class FutureBase : public ListNode, public memory::Pooled {
public:
  enum class State : std::uint8_t { pending, finished, cancelled };

  explicit FutureBase(Loop& loop) noexcept;
  FutureBase(const FutureBase&) = delete;
  FutureBase& operator=(const FutureBase&) = delete;
  virtual ~FutureBase();

  void add_ref() noexcept { ++refs_; }
  void release() noexcept {
    if (--refs_ == 0) {
      if (log_traceback_)
        report_unretrieved(); // while the object is still all it is (a task's repr)
      delete this;
    }
  }

  Loop& loop() const noexcept { return *loop_; }
  bool done() const noexcept { return state_ != State::pending; }
  bool cancelled() const noexcept { return state_ == State::cancelled; }
  virtual bool is_task() const noexcept { return false; }

  virtual bool cancel(CancelMessage msg = std::nullopt);
  void set_exception(std::exception_ptr e);
  // The exception, or null. Throws CancelledError if cancelled, InvalidStateError if pending.
  std::exception_ptr exception();
  // Throws unless finished with a result: InvalidStateError, CancelledError or the exception.
  void check_result();
  // CPython's _make_cancelled_error: the first time, the very CancelledError the task ended with
  // (a subclass included: the script's, with its __context__), afterwards a new one.
  std::exception_ptr make_cancelled_error();
  // The message this future was cancelled with (gather's return_exceptions uses it).
  CancelMessage cancel_message() const;

  void add_callback(Callback& cb);
  // Unlinks `cb` if it still waits for this future; returns whether it did.
  static bool remove_callback(Callback& cb) noexcept;
  // The same for a callback that may have run and been deleted already: looks it up first.
  bool remove_callback_if_pending(const Callback* cb) noexcept;

  virtual std::string repr() const;

protected:
  // Marks the future finished (the value is stored already) and schedules its callbacks.
  void finish_result();
  // Future.cancel's effect: cancelled with `msg`, callbacks scheduled.
  void finish_cancelled(CancelMessage msg);
  // Task: cancelled because its coroutine raised `error` (a CancelledError), kept to re-raise.
  void finish_cancelled_by(std::exception_ptr error);
  void finish_exception(std::exception_ptr e);
  void check_settable() const;
  FutureExtras& extras();
  const FutureExtras* extras_if_any() const noexcept { return extras_.get(); }

private:
  friend class Loop;
  void schedule_callbacks();
  void dispose_callbacks() noexcept;
  void retrieved() noexcept;
  void report_unretrieved() noexcept;

protected:
  Loop* loop_;

private:
  List<Callback> callbacks_;
  // The exception it finished with, or (cancelled) the CancelledError to re-raise once.
  std::exception_ptr exception_;
  std::unique_ptr<FutureExtras> extras_;
  std::uint32_t refs_ = 0;
  State state_ = State::pending;
  bool log_traceback_ = false;
};

namespace detail {

template <class T> struct Slot {
  std::optional<T> value;
  template <class U> void set(U&& v) { value.emplace(std::forward<U>(v)); }
  const T& get() const { return *value; }
  T take() { return std::move(*value); }
};
template <> struct Slot<void> {
  void set() {}
  void get() const {}
  void take() {}
};

// The awaiter of futures and tasks: parks the running task on the future until it is done
// (CPython's Future.__await__ together with Task.__step and Task.__wakeup).
class FutureWait : public Callback {
public:
  explicit FutureWait(FutureBase& future) noexcept : Callback(&wake), future_(&future) {}
  bool await_ready() const noexcept { return future_->done(); }
  void await_suspend(co::coroutine_handle<>);
  // Raises what the await must raise instead of the result: a cancellation, or awaiting itself.
  void check_resume();

private:
  static void wake(Callback* self, bool run);
  FutureBase* future_;
  TaskBase* task_ = nullptr;
  bool awaits_itself_ = false;
};

} // namespace detail

// The value part shared by futures and tasks of result type T.
template <class T, class Base> class WithResult : public Base {
public:
  using Base::Base;
  // The result (a copy); throws as check_result().
  T result() {
    this->check_result();
    if constexpr (!std::is_void_v<T>)
      return slot_.get();
  }

protected:
  [[no_unique_address]] detail::Slot<T> slot_;
};

template <class T> class FutureImpl : public WithResult<T, FutureBase> {
public:
  using WithResult<T, FutureBase>::WithResult;
  template <class... U> void set_result(U&&... value) {
    this->check_settable();
    this->slot_.set(std::forward<U>(value)...);
    this->finish_result();
  }
};

namespace detail {

// A done callback that owns a function; it deletes itself once run, removed or disposed.
class FunctionCallback final : public Callback, public memory::Pooled {
public:
  explicit FunctionCallback(std::function<void()> f) : Callback(&call), f_(std::move(f)) {}

private:
  static void call(Callback* self, bool run) {
    auto* me = static_cast<FunctionCallback*>(self);
    std::unique_ptr<FunctionCallback> owned(me);
    if (!run)
      return;
    // As CPython's Handle._run: an exception goes to the loop's handler, the loop goes on.
    try {
      me->f_();
    } catch (...) {
      Loop* loop = running_loop();
      if (!loop)
        throw;
      loop->call_exception_handler({"Exception in callback", std::current_exception()});
    }
  }
  std::function<void()> f_;
};

// What Future<T> and Task<T> have in common: a counted reference to the shared state.
template <class Impl, class Self> class FutureHandle {
public:
  FutureHandle() = default;
  explicit FutureHandle(Ref<Impl> impl) : impl_(std::move(impl)) {}

  bool done() const noexcept { return impl_->done(); }
  bool cancelled() const noexcept { return impl_->cancelled(); }
  bool cancel(CancelMessage msg = std::nullopt) { return impl_->cancel(std::move(msg)); }
  auto result() const { return impl_->result(); }
  std::exception_ptr exception() const { return impl_->exception(); }
  Loop& get_loop() const noexcept { return impl_->loop(); }
  std::string repr() const { return impl_->repr(); }

  // Schedules `f(self)` once done (at once if done already); the return value identifies it
  // for remove_done_callback.
  const void* add_done_callback(std::function<void(Self)> f) const {
    Self self(impl_);
    auto* cb = new FunctionCallback([f = std::move(f), self]() { f(self); });
    impl_->add_callback(*cb);
    return cb;
  }
  // Removes a callback that has not been scheduled yet; returns how many were removed.
  int remove_done_callback(const void* id) const noexcept {
    auto* cb = const_cast<Callback*>(static_cast<const Callback*>(id));
    if (!impl_->remove_callback_if_pending(cb))
      return 0;
    cb->fn(cb, false);
    return 1;
  }

  auto operator co_await() const noexcept {
    struct Awaiter : FutureWait {
      Ref<Impl> impl;
      explicit Awaiter(Ref<Impl> i) noexcept : FutureWait(*i), impl(std::move(i)) {}
      auto await_resume() {
        check_resume();
        return impl->result();
      }
    };
    return Awaiter(impl_);
  }

  Impl* impl() const noexcept { return impl_.get(); }
  explicit operator bool() const noexcept { return static_cast<bool>(impl_); }
  friend bool operator==(const Self& a, const Self& b) noexcept { return a.impl_ == b.impl_; }

protected:
  Ref<Impl> impl_;
};

} // namespace detail

template <class T = void> class Future : public detail::FutureHandle<FutureImpl<T>, Future<T>> {
public:
  using detail::FutureHandle<FutureImpl<T>, Future<T>>::FutureHandle;
  template <class... U> void set_result(U&&... value) const {
    this->impl_->set_result(std::forward<U>(value)...);
  }
  void set_exception(std::exception_ptr e) const { this->impl_->set_exception(std::move(e)); }
};

template <class T> Future<T> Loop::create_future() {
  return Future<T>(Ref<FutureImpl<T>>(new FutureImpl<T>(*this)));
}

} // namespace tulip
