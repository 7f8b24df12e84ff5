// ensure_future: what the combinators accept (tasks, futures, coroutines) and how a coroutine
// becomes a task on the running loop, as asyncio.ensure_future does.
#pragma once

#include <exception>
#include <type_traits>
#include <variant>

#include "tulip/coro.hpp"
#include "tulip/future.hpp"
#include "tulip/task.hpp"

namespace tulip {

// The value type of a result: T, or std::monostate for void (so it can sit in a tuple or vector).
template <class T> using Stored = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

namespace detail {

template <class F> struct FutureLike;
template <class T> struct FutureLike<Task<T>> {
  using value_type = T;
  using handle = Task<T>;
  static handle ensure(Task<T> t) { return t; }
};
template <class T> struct FutureLike<Future<T>> {
  using value_type = T;
  using handle = Future<T>;
  static handle ensure(Future<T> f) { return f; }
};
template <class T> struct FutureLike<Coro<T>> {
  using value_type = T;
  using handle = Task<T>;
  static handle ensure(Coro<T> c) { return create_task(std::move(c)); }
};

template <class F> using future_like = FutureLike<std::remove_cvref_t<F>>;

// A handle's result as a Stored value (void becomes std::monostate).
template <class H> auto stored_result(const H& h) {
  if constexpr (std::is_void_v<decltype(h.result())>) {
    h.result();
    return std::monostate{};
  } else {
    return h.result();
  }
}

// Adds a done callback owning `f`; returns it so that it can be removed.
template <class Fn> Callback* on_done(FutureBase& future, Fn&& f) {
  auto* cb = new FunctionCallback(std::forward<Fn>(f));
  future.add_callback(*cb);
  return cb;
}
inline void remove_done(FutureBase& future, Callback* cb) noexcept {
  if (future.remove_callback_if_pending(cb))
    cb->fn(cb, false);
}

// CPython's _release_waiter.
inline void release_waiter(FutureImpl<void>& waiter) {
  if (!waiter.done())
    waiter.set_result();
}

} // namespace detail

// asyncio.ensure_future: a task or future as it is; a coroutine wrapped in a task.
template <class F> auto ensure_future(F&& f) {
  return detail::future_like<F>::ensure(std::forward<F>(f));
}

// A child's outcome in gather(..., return_exceptions): its value or its exception.
template <class T> class Outcome {
public:
  explicit Outcome(Stored<T> value) : v_(std::move(value)) {}
  explicit Outcome(std::exception_ptr error) : v_(std::move(error)) {}
  bool ok() const noexcept { return v_.index() == 0; }
  const Stored<T>& value() const { return std::get<0>(v_); }
  std::exception_ptr error() const { return ok() ? nullptr : std::get<1>(v_); }

private:
  std::variant<Stored<T>, std::exception_ptr> v_;
};

} // namespace tulip
