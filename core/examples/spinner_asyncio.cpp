// Example 18-2, spinner_asyncio.py, with co_await. Watch for: the spinner keeps turning while
// slow_function sleeps, and cancel() stops it at its `co_await sleep(0.1)`.
// Usage: tulip_example_spinner_asyncio [--virtual]   (--virtual: virtual time, runs instantly)
#include <cstdio>
#include <string>

#include "clock.hpp"
#include "tulip/tulip.hpp"

using namespace tulip;

static void write(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

Coro<void> spin(std::string msg) {
  std::string status;
  for (int i = 0;; ++i) { // itertools.cycle('|/-\\')
    status = std::string(1, "|/-\\"[i % 4]) + ' ' + msg;
    write(status);
    std::fflush(stdout);
    write(std::string(status.size(), '\x08')); // move the cursor back
    try {
      co_await sleep(0.1);
    } catch (const CancelledError&) {
      break;
    }
  }
  write(std::string(status.size(), ' ') + std::string(status.size(), '\x08'));
}

Coro<int> slow_function() {
  // pretend waiting a long time for I/O
  co_await sleep(3);
  co_return 42;
}

Coro<int> supervisor() {
  Task<void> spinner = create_task(spin("thinking!"));
  std::printf("spinner object: %s\n", spinner.repr().c_str());
  int result = co_await slow_function();
  spinner.cancel();
  co_return result;
}

int main(int argc, char** argv) {
  Loop loop(driver_for(argc, argv));
  int result = loop.run_until_complete(supervisor());
  loop.close();
  std::printf("Answer: %d\n", result);
}
