// wait, wait_for and as_completed (asyncio.tasks), with CPython's callback chains so that they
// wake in the same loop iterations as CPython's.
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include "tulip/ensure_future.hpp"
#include "tulip/queues.hpp"

namespace tulip {

enum class ReturnWhen { first_completed, first_exception, all_completed };

template <class H> struct Waited {
  std::vector<H> done;
  std::vector<H> pending;
};

namespace detail {

// CPython's _cancel_and_wait: cancel `fut` and wait until it is done, without awaiting it
// directly (so that this wait itself stays cancellable).
inline Coro<void> cancel_and_wait(Ref<FutureBase> fut) {
  Loop& loop = fut->loop();
  auto waiter = loop.create_future<void>();
  Callback* cb = on_done(*fut, [w = waiter] { release_waiter(*w.impl()); });
  std::exception_ptr error;
  try {
    fut->cancel();
    co_await waiter;
  } catch (...) {
    error = std::current_exception();
  }
  remove_done(*fut, cb);
  if (error)
    std::rethrow_exception(error);
}

template <class H>
Coro<Waited<H>> wait_impl(std::vector<H> fs, std::optional<double> timeout,
                          ReturnWhen return_when) {
  Loop& loop = get_running_loop();
  auto waiter = loop.create_future<void>();
  struct Shared {
    std::size_t counter;
    Handle timeout_handle;
  };
  auto shared = std::make_shared<Shared>(Shared{fs.size(), {}});
  if (timeout)
    shared->timeout_handle = loop.call_later(*timeout, [w = waiter] { release_waiter(*w.impl()); });
  std::vector<Callback*> callbacks;
  for (auto& f : fs) {
    callbacks.push_back(on_done(*f.impl(), [shared, waiter, return_when, fut = f.impl()] {
      --shared->counter;
      if (shared->counter == 0 || return_when == ReturnWhen::first_completed ||
          (return_when == ReturnWhen::first_exception && !fut->cancelled() && fut->exception())) {
        shared->timeout_handle.cancel();
        if (!waiter.done())
          waiter.set_result();
      }
    }));
  }
  std::exception_ptr error;
  try {
    co_await waiter;
  } catch (...) {
    error = std::current_exception();
  }
  shared->timeout_handle.cancel();
  for (std::size_t i = 0; i < fs.size(); ++i)
    remove_done(*fs[i].impl(), callbacks[i]);
  if (error)
    std::rethrow_exception(error);
  Waited<H> result;
  for (auto& f : fs)
    (f.done() ? result.done : result.pending).push_back(f);
  co_return result;
}

} // namespace detail

// wait(fs): until all (or the first, or the first exception) are done, or the timeout; returns
// the done and the pending ones, each in the order given. Tasks and futures only, as in 3.11.
template <class H>
Coro<Waited<H>> wait(std::vector<H> fs, ReturnWhen return_when = ReturnWhen::all_completed,
                     std::optional<double> timeout = std::nullopt) {
  if (fs.empty())
    throw std::invalid_argument("Set of Tasks/Futures is empty.");
  std::vector<H> unique;
  for (auto& f : fs)
    if (std::find(unique.begin(), unique.end(), f) == unique.end())
      unique.push_back(f);
  return detail::wait_impl(std::move(unique), timeout, return_when);
}

// wait_for(aw, timeout): its result, or TimeoutError after cancelling it (3.11 semantics).
template <class F>
auto wait_for(F aw, std::optional<double> timeout)
    -> Coro<typename detail::future_like<F>::value_type> {
  using T = typename detail::future_like<F>::value_type;
  Loop& loop = get_running_loop();
  if (!timeout) {
    if constexpr (std::is_void_v<T>) {
      co_await std::move(aw);
      co_return;
    } else {
      co_return co_await std::move(aw);
    }
  }
  auto fut = ensure_future(std::move(aw));
  Ref<FutureBase> base(fut.impl());
  if (*timeout <= 0) {
    if (fut.done())
      co_return fut.result();
    co_await detail::cancel_and_wait(base);
    try {
      co_return fut.result();
    } catch (const CancelledError&) {
      throw TimeoutError();
    }
  }
  auto waiter = loop.create_future<void>();
  Handle timeout_handle =
      loop.call_later(*timeout, [w = waiter] { detail::release_waiter(*w.impl()); });
  Callback* cb = detail::on_done(*base, [w = waiter] { detail::release_waiter(*w.impl()); });

  // The `try: ... finally: timeout_handle.cancel()` of CPython, around every exit.
  struct CancelOnExit {
    Handle& h;
    ~CancelOnExit() { h.cancel(); }
  } cancel_on_exit{timeout_handle};

  std::exception_ptr cancelled;
  try {
    co_await waiter;
  } catch (const CancelledError&) {
    cancelled = std::current_exception();
  }
  if (cancelled) {
    if (fut.done())
      co_return fut.result();
    detail::remove_done(*base, cb);
    co_await detail::cancel_and_wait(base);
    std::rethrow_exception(cancelled);
  }
  if (fut.done())
    co_return fut.result();
  detail::remove_done(*base, cb);
  co_await detail::cancel_and_wait(base);
  try {
    co_return fut.result();
  } catch (const CancelledError&) {
    throw TimeoutError();
  }
}

// as_completed(fs): one coroutine per input; awaiting them in order gives the results in the
// order the inputs complete. With a timeout, the awaits left raise TimeoutError.
template <class F>
auto as_completed(std::vector<F> fs, std::optional<double> timeout = std::nullopt)
    -> std::vector<Coro<typename detail::future_like<F>::value_type>> {
  using H = typename detail::future_like<F>::handle;
  using T = typename detail::future_like<F>::value_type;
  struct Shared {
    Queue<std::optional<H>> done;
    std::vector<std::pair<H, Callback*>> todo; // with each one's done callback
    Handle timeout_handle;
  };
  auto shared = std::make_shared<Shared>();
  std::vector<H> unique;
  for (auto& f : fs) {
    H h = ensure_future(std::move(f));
    if (std::find(unique.begin(), unique.end(), h) == unique.end())
      unique.push_back(h);
  }
  std::weak_ptr<Shared> weak = shared;
  for (auto& h : unique) {
    Callback* cb = detail::on_done(*h.impl(), [weak, h] {
      auto s = weak.lock();
      if (!s || s->todo.empty())
        return; // _on_timeout was here first
      std::erase_if(s->todo, [&](auto& entry) { return entry.first == h; });
      s->done.put_nowait(h);
      if (s->todo.empty())
        s->timeout_handle.cancel();
    });
    shared->todo.emplace_back(h, cb);
  }
  if (!shared->todo.empty() && timeout) {
    shared->timeout_handle = get_running_loop().call_later(*timeout, [weak] {
      auto s = weak.lock();
      if (!s)
        return;
      for (auto& [h, cb] : s->todo) {
        detail::remove_done(*h.impl(), cb);
        s->done.put_nowait(std::nullopt);
      }
      s->todo.clear();
    });
  }
  std::vector<Coro<T>> result;
  std::size_t n = shared->todo.size();
  for (std::size_t i = 0; i < n; ++i) {
    result.push_back([](std::shared_ptr<Shared> s) -> Coro<T> {
      std::optional<H> f = co_await s->done.get();
      if (!f)
        throw TimeoutError();
      co_return f->result();
    }(shared));
  }
  return result;
}

} // namespace tulip
