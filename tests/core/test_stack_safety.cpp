// Coroutines resume through the task's trampoline, so neither many synchronous children nor a
// deep chain of awaits grows the C++ stack.
#include <doctest/doctest.h>

#include "tulip/tulip.hpp"

using namespace tulip;

namespace {

Coro<int> one() { co_return 1; }

Coro<long> depth(int n) {
  if (n == 0)
    co_return 0;
  co_return 1 + co_await depth(n - 1);
}

// The innermost frame parks on the loop, then the whole chain unwinds after the wake-up.
Coro<long> depth_then_sleep(int n) {
  if (n == 0) {
    co_await sleep(0.5);
    co_return 0;
  }
  co_return 1 + co_await depth_then_sleep(n - 1);
}

} // namespace

TEST_CASE("stack safety: a task awaits 1,000,000 synchronously finishing children") {
  Loop loop;
  long total = loop.run_until_complete([]() -> Coro<long> {
    long sum = 0;
    for (int i = 0; i < 1'000'000; ++i)
      sum += co_await one();
    co_return sum;
  }());
  CHECK(total == 1'000'000);
}

TEST_CASE("stack safety: a chain of awaits 100,000 deep") {
  Loop loop;
  CHECK(loop.run_until_complete(depth(100'000)) == 100'000);
}

TEST_CASE("stack safety: a 100,000-deep chain parked on a timer unwinds after it fires") {
  Loop loop;
  CHECK(loop.run_until_complete(depth_then_sleep(100'000)) == 100'000);
  CHECK(loop.time() == doctest::Approx(0.5));
}

TEST_CASE("stack safety: an exception crosses 100,000 awaits") {
  Loop loop;
  auto thrower = [](auto& self, int n) -> Coro<int> {
    if (n == 0)
      throw std::runtime_error("deep");
    co_return co_await self(self, n - 1);
  };
  CHECK_THROWS_WITH(loop.run_until_complete(thrower(thrower, 100'000)), "deep");
}
