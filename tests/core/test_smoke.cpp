#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tulip/tulip.hpp"

using namespace tulip;

TEST_CASE("smoke: tasks, sleep, cancel") {
  Loop loop;
  std::vector<std::string> log;
  auto child = [&](std::string name, double d) -> Coro<int> {
    log.push_back(name + " start");
    co_await sleep(d);
    log.push_back(name + " end");
    co_return 7;
  };
  auto main = [&]() -> Coro<int> {
    auto a = create_task(child("a", 0.2));
    auto b = create_task(child("b", 0.1));
    int x = co_await a;
    int y = co_await b;
    auto c = create_task(child("c", 1));
    co_await sleep(0);
    c.cancel("bye");
    try {
      co_await c;
    } catch (const CancelledError& e) {
      log.push_back(std::string("c cancelled: ") + e.what());
    }
    co_return x + y;
  };
  CHECK(loop.run_until_complete(main()) == 14);
  CHECK(log == std::vector<std::string>{"a start", "b start", "b end", "a end", "c start",
                                        "c cancelled: bye"});
  CHECK(loop.time() == doctest::Approx(0.2));
}
