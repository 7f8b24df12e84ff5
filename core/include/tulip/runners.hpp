// run(): asyncio.run for C++. Runs `main` to completion on `loop`, then cancels the tasks still
// pending and lets them finish (CPython's _cancel_all_tasks), then closes the loop.
#pragma once

#include <exception>
#include <vector>

#include "tulip/ensure_future.hpp"

namespace tulip {

namespace detail {
// Cancels every pending task of `loop` and runs the loop until they are all done; an exception
// one of them ends with goes to the exception handler.
void cancel_all_tasks(Loop& loop);
} // namespace detail

template <class T> T run(Loop& loop, Coro<T> main) {
  struct Shutdown {
    Loop& loop;
    ~Shutdown() {
      try {
        detail::cancel_all_tasks(loop);
      } catch (...) {
      }
      loop.close();
    }
  } shutdown{loop};
  return loop.run_until_complete(std::move(main));
}

} // namespace tulip
