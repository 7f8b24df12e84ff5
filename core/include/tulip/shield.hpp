// shield(aw): a future that follows `aw` but whose cancellation does not reach it (CPython's
// asyncio.shield).
#pragma once

#include "tulip/ensure_future.hpp"

namespace tulip {

template <class F> auto shield(F aw) {
  using T = typename detail::future_like<F>::value_type;
  auto inner = ensure_future(std::move(aw));
  Loop& loop = inner.get_loop();
  auto outer = loop.template create_future<T>();
  if (inner.done()) {
    // CPython returns inner itself; a Future that mirrors it now behaves the same for awaiting.
    try {
      if constexpr (std::is_void_v<T>) {
        inner.result();
        outer.set_result();
      } else {
        outer.set_result(inner.result());
      }
    } catch (const CancelledError&) {
      outer.cancel();
    } catch (...) {
      outer.set_exception(std::current_exception());
    }
    return outer;
  }
  Callback* inner_cb = detail::on_done(*inner.impl(), [inner, w = outer.impl()] {
    Future<T> o{Ref<FutureImpl<T>>(w)};
    if (o.cancelled()) {
      if (!inner.cancelled())
        inner.exception(); // mark it retrieved
      return;
    }
    if (inner.cancelled()) {
      o.cancel();
    } else if (auto e = inner.exception()) {
      o.set_exception(e);
    } else if constexpr (std::is_void_v<T>) {
      o.set_result();
    } else {
      o.set_result(inner.result());
    }
  });
  detail::on_done(*outer.impl(), [inner, inner_cb] {
    if (!inner.done())
      detail::remove_done(*inner.impl(), inner_cb);
  });
  return outer;
}

} // namespace tulip
