#include "tulip/runners.hpp"

namespace tulip::detail {

void cancel_all_tasks(Loop& loop) {
  std::vector<Ref<TaskBase>> to_cancel = loop.all_tasks();
  if (to_cancel.empty())
    return;
  for (auto& task : to_cancel)
    task->cancel();
  // gather(*to_cancel, return_exceptions=True): done once every task is.
  auto all_done = loop.create_future<void>();
  auto remaining = std::make_shared<std::size_t>(to_cancel.size());
  for (auto& task : to_cancel)
    on_done(*task, [remaining, all_done] {
      if (--*remaining == 0 && !all_done.done())
        all_done.set_result();
    });
  loop.run_until_complete(all_done);
  for (auto& task : to_cancel) {
    if (task->cancelled())
      continue;
    if (auto e = task->exception())
      loop.call_exception_handler(
          {"unhandled exception during asyncio.run() shutdown", e, task.get()});
  }
}

} // namespace tulip::detail
