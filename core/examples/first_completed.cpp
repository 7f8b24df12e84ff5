// Seed 003's asyncio.wait(..., return_when=FIRST_COMPLETED) loop over sleepy(3), sleepy(1),
// sleepy(2). Watch for: the results come out 1, 2, 3 (in completion order, not creation order),
// one wait() per finished task.
// Usage: tulip_example_first_completed [--virtual]   (--virtual: virtual time, runs instantly)
#include <cstdio>
#include <vector>

#include "clock.hpp"
#include "tulip/tulip.hpp"

using namespace tulip;

Coro<int> sleepy(int t) {
  co_await sleep(t);
  co_return t;
}

Coro<void> main_coro() {
  std::vector<Task<int>> pending{create_task(sleepy(3)), create_task(sleepy(1)),
                                 create_task(sleepy(2))};
  while (!pending.empty()) {
    auto [done, still_pending] = co_await wait(pending, ReturnWhen::first_completed);
    pending = std::move(still_pending);
    for (auto& f : done)
      std::printf("%d\n", co_await f);
  }
}

int main(int argc, char** argv) {
  Loop loop(driver_for(argc, argv));
  loop.run_until_complete(main_coro());
}
