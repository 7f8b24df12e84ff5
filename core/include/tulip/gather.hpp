// gather: one future for the results of many (CPython's asyncio.gather). Coroutines become tasks
// at once; the first exception (or cancellation) of a child is the outer future's exception,
// unless return_exceptions collects them as results; cancelling the outer future cancels the
// children.
#pragma once

#include <algorithm>
#include <functional>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "tulip/ensure_future.hpp"

namespace tulip {

namespace detail {

// _GatheringFuture: its cancel() cancels the children instead of itself.
template <class R> class GatheringFuture final : public FutureImpl<R> {
public:
  GatheringFuture(Loop& loop, std::vector<Ref<FutureBase>> children, bool return_exceptions,
                  std::function<R(bool return_exceptions)> collect)
      : FutureImpl<R>(loop), children_(std::move(children)), collect_(std::move(collect)),
        return_exceptions_(return_exceptions) {}

  bool cancel(CancelMessage msg = std::nullopt) override {
    if (this->done())
      return false;
    bool any = false;
    for (auto& child : children_)
      if (child->cancel(msg))
        any = true;
    if (any)
      cancel_requested_ = true;
    return any;
  }

  // Registers the done callbacks: one per distinct child (a set, not a scan: gather of 10,000).
  void watch() {
    std::unordered_set<FutureBase*> seen;
    seen.reserve(children_.size());
    for (auto& child : children_) {
      if (!seen.insert(child.get()).second)
        continue;
      ++nfuts_;
      on_done(*child,
              [self = Ref<GatheringFuture>(this), c = child.get()] { self->on_child_done(*c); });
    }
  }

private:
  // CPython's gather._done_callback.
  void on_child_done(FutureBase& fut) {
    ++nfinished_;
    if (this->done()) {
      if (!fut.cancelled())
        fut.exception(); // mark it retrieved
      return;
    }
    if (!return_exceptions_) {
      if (fut.cancelled()) {
        this->set_exception(fut.make_cancelled_error());
        return;
      }
      if (auto e = fut.exception()) {
        this->set_exception(e);
        return;
      }
    }
    if (nfinished_ == nfuts_) {
      R results = collect_(return_exceptions_);
      if (cancel_requested_)
        this->set_exception(children_.back()->make_cancelled_error());
      else
        this->set_result(std::move(results));
    }
  }

  std::vector<Ref<FutureBase>> children_;
  std::function<R(bool)> collect_;
  std::size_t nfuts_ = 0;
  std::size_t nfinished_ = 0;
  bool return_exceptions_;
  bool cancel_requested_ = false;
};

// One child's entry in the results: its value, or (return_exceptions) its outcome.
template <class H> auto gathered(const H& h) {
  using T = typename FutureLike<H>::value_type;
  if (h.cancelled()) {
    CancelMessage msg = h.impl()->cancel_message();
    return Outcome<T>(std::make_exception_ptr(CancelledError(msg ? *msg : std::string())));
  }
  if (auto e = h.exception())
    return Outcome<T>(e);
  return Outcome<T>(stored_result(h));
}

template <class R, class Collect>
Future<R> make_gathering(Loop& loop, std::vector<Ref<FutureBase>> children, bool return_exceptions,
                         Collect collect) {
  auto* outer =
      new GatheringFuture<R>(loop, std::move(children), return_exceptions, std::move(collect));
  Future<R> result{Ref<FutureImpl<R>>(outer)};
  outer->watch();
  return result;
}

template <bool Outcomes, class... Fs> auto gather_tuple(Fs&&... fs) {
  // Braces: the children become tasks left to right, as in Python.
  std::tuple<typename future_like<Fs>::handle...> handles{ensure_future(std::forward<Fs>(fs))...};
  using R =
      std::conditional_t<Outcomes, std::tuple<Outcome<typename future_like<Fs>::value_type>...>,
                         std::tuple<Stored<typename future_like<Fs>::value_type>...>>;
  std::vector<Ref<FutureBase>> children;
  std::apply([&](auto&... h) { (children.emplace_back(h.impl()), ...); }, handles);
  Loop& loop = children.front()->loop();
  return make_gathering<R>(loop, std::move(children), Outcomes, [handles](bool) {
    return std::apply(
        [](auto&... h) {
          if constexpr (Outcomes)
            return R(gathered(h)...);
          else
            return R(stored_result(h)...);
        },
        handles);
  });
}

template <bool Outcomes, class F> auto gather_vector(std::vector<F> fs) {
  using H = typename future_like<F>::handle;
  using T = typename future_like<F>::value_type;
  using R = std::conditional_t<Outcomes, std::vector<Outcome<T>>, std::vector<Stored<T>>>;
  std::vector<H> handles;
  handles.reserve(fs.size());
  for (auto& f : fs)
    handles.push_back(ensure_future(std::move(f)));
  if (handles.empty()) {
    auto outer = get_running_loop().create_future<R>();
    outer.set_result(R{});
    return outer;
  }
  std::vector<Ref<FutureBase>> children;
  for (auto& h : handles)
    children.emplace_back(h.impl());
  Loop& loop = children.front()->loop();
  return make_gathering<R>(loop, std::move(children), Outcomes, [handles](bool) {
    R results;
    results.reserve(handles.size());
    for (auto& h : handles) {
      if constexpr (Outcomes)
        results.push_back(gathered(h));
      else
        results.push_back(stored_result(h));
    }
    return results;
  });
}

} // namespace detail

// gather(a, b, c): a Future of std::tuple of their results (void results are std::monostate).
template <class F, class... Fs> auto gather(F&& f, Fs&&... fs) {
  return detail::gather_tuple<false>(std::forward<F>(f), std::forward<Fs>(fs)...);
}
// gather(vector): a Future of a vector of results; an empty vector gives an empty result.
template <class F> auto gather(std::vector<F> fs) {
  return detail::gather_vector<false>(std::move(fs));
}
// gather(..., return_exceptions=True): each result an Outcome (value or exception).
template <class F, class... Fs> auto gather_outcomes(F&& f, Fs&&... fs) {
  return detail::gather_tuple<true>(std::forward<F>(f), std::forward<Fs>(fs)...);
}
template <class F> auto gather_outcomes(std::vector<F> fs) {
  return detail::gather_vector<true>(std::move(fs));
}

} // namespace tulip
