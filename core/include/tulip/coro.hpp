// Coro<T>: a lazy, move-only coroutine. Awaiting it runs it inline, as `await coro()` does in
// Python; create_task() turns it into a Task. A task resumes its coroutines through a trampoline
// (see CoroTaskBase::run_step): a coroutine that awaits a child, or finishes, names the next frame
// to resume instead of resuming it itself, so chains of any depth and any number of
// synchronously finishing children run on a constant C++ stack, without symmetric transfer
// (which em++ 3.1.6 cannot compile without -mtail-call).
#pragma once

#include <cassert>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include "tulip/coroutine.hpp"
#include "tulip/loop.hpp"
#include "tulip/memory.hpp"

namespace tulip {

template <class T = void> class Coro;

namespace detail {

inline void resume_next(co::coroutine_handle<> h) noexcept { running.next = h; }

struct PromiseBase {
  // Frames come from the pools: a task's coroutines are made and dropped by the million.
  static void* operator new(std::size_t size) { return memory::allocate(size); }
  static void operator delete(void* p, std::size_t size) noexcept { memory::deallocate(p, size); }

  co::coroutine_handle<> continuation;
  std::exception_ptr exception;

  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    template <class P> void await_suspend(co::coroutine_handle<P> h) noexcept {
      resume_next(h.promise().continuation);
    }
    void await_resume() const noexcept {}
  };

  co::suspend_always initial_suspend() const noexcept { return {}; }
  FinalAwaiter final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept { exception = std::current_exception(); }
};

template <class T> struct Promise : PromiseBase {
  std::optional<T> value;
  Coro<T> get_return_object() noexcept;
  template <class U = T> void return_value(U&& v) { value.emplace(std::forward<U>(v)); }
  T take() {
    if (exception)
      std::rethrow_exception(exception);
    return std::move(*value);
  }
};

template <> struct Promise<void> : PromiseBase {
  Coro<void> get_return_object() noexcept;
  void return_void() const noexcept {}
  void take() const {
    if (exception)
      std::rethrow_exception(exception);
  }
};

} // namespace detail

template <class T> class [[nodiscard]] Coro {
public:
  using promise_type = detail::Promise<T>;
  using handle_type = co::coroutine_handle<promise_type>;

  Coro() noexcept = default;
  explicit Coro(handle_type h) noexcept : h_(h) {}
  Coro(Coro&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Coro& operator=(Coro&& o) noexcept {
    if (this != &o) {
      destroy();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  ~Coro() { destroy(); }

  explicit operator bool() const noexcept { return static_cast<bool>(h_); }
  // Gives up ownership of the frame (create_task takes it).
  handle_type release() noexcept { return std::exchange(h_, {}); }

  auto operator co_await() && noexcept { return Awaiter{h_}; }
  auto operator co_await() & noexcept { return Awaiter{h_}; }

private:
  struct Awaiter {
    handle_type h;
    bool await_ready() const noexcept { return false; }
    void await_suspend(co::coroutine_handle<> parent) noexcept {
      assert(detail::running.task && "a Coro runs inside a task");
      h.promise().continuation = parent;
      detail::resume_next(h);
    }
    T await_resume() { return h.promise().take(); }
  };

  void destroy() noexcept {
    if (h_)
      h_.destroy();
  }
  handle_type h_;
};

namespace detail {
template <class T> Coro<T> Promise<T>::get_return_object() noexcept {
  return Coro<T>(co::coroutine_handle<Promise<T>>::from_promise(*this));
}
inline Coro<void> Promise<void>::get_return_object() noexcept {
  return Coro<void>(co::coroutine_handle<Promise<void>>::from_promise(*this));
}
} // namespace detail

} // namespace tulip
