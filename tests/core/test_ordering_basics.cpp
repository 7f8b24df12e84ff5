// CPython-ordering tests: each scenario's Python twin is in twins/.
#include <doctest/doctest.h>

#include "twin.hpp"

using namespace tulip;
using twin::Output;

TEST_CASE("ordering: producer/consumer over Queue(1), consumers cancelled via gather") {
  CHECK_TWIN("producer_consumer", [](Output& out) -> Coro<void> {
    Queue<int> q(1);
    auto consumer = [&](std::string name) -> Coro<void> {
      out.print("consumer", name, "running");
      while (true) {
        int value;
        try {
          value = co_await q.get();
        } catch (const CancelledError&) {
          out.print("consumer", name, "cancelled");
          co_return;
        }
        out.print("consumer", name, "got", value);
        q.task_done();
      }
    };
    auto consumers = gather(consumer("A"), consumer("B"), consumer("C"));
    for (int i = 0; i < 20; ++i) {
      co_await q.put(i);
      out.print("producer put " + std::to_string(i));
    }
    co_await q.join();
    consumers.cancel();
    co_await sleep(0);
    out.print("gather done:", consumers.done());
  });
}
