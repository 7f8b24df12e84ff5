// Seed 003's producer/consumer: three consumers share a Queue(1), then are cancelled through the
// gather that runs them. Watch for: the consumers take turns A, B, C, and each catches
// CancelledError at its `co_await q.get()`. Unlike Python, main waits for the cancelled
// consumers before its queue goes away.
// Usage: tulip_example_producer_consumer [--virtual]   (--virtual: virtual time)
#include <cstdio>
#include <string>

#include "clock.hpp"
#include "tulip/tulip.hpp"

using namespace tulip;

Coro<void> producer(Queue<int>& q) {
  for (int i = 0; i < 20; ++i) {
    co_await q.put(i);
    std::printf("producer put %d\n", i);
  }
  // wait for everything to be processed
  co_await q.join();
}

Coro<void> consumer(std::string name, Queue<int>& q) {
  std::printf("consumer %s running\n", name.c_str());
  while (true) {
    int value;
    try {
      value = co_await q.get();
    } catch (const CancelledError&) {
      std::printf("consumer %s cancelled\n", name.c_str());
      co_return;
    }
    std::printf("consumer %s got %d\n", name.c_str(), value);
    q.task_done();
  }
}

Coro<void> main_coro() {
  Queue<int> q(1);
  // start some consumers (gather schedules them: the listing's ensure_future is a no-op)
  auto consumers = gather(consumer("A", q), consumer("B", q), consumer("C", q));
  // start the producer and wait for it to finish
  co_await producer(q);
  // all done - tell the consumers to stop
  consumers.cancel();
  // No garbage collector keeps q alive for them: let the consumers finish before it goes away.
  try {
    co_await consumers;
  } catch (const CancelledError&) {
  }
}

int main(int argc, char** argv) {
  Loop loop(driver_for(argc, argv));
  loop.run_until_complete(main_coro());
}
