// Handle: a callback scheduled on the loop by call_soon / call_later / call_at, which its owner
// can cancel (CPython's Handle and TimerHandle).
#pragma once

#include <cstdint>
#include <functional>

#include "tulip/memory.hpp"
#include "tulip/ref.hpp"

namespace tulip {

class Loop;

class HandleImpl : public memory::Pooled {
public:
  HandleImpl(Loop& loop, std::function<void()> callback, std::int64_t when_ns)
      : loop_(&loop), callback_(std::move(callback)), when_ns_(when_ns) {}
  void add_ref() noexcept { ++refs_; }
  void release() noexcept {
    if (--refs_ == 0)
      delete this;
  }

private:
  friend class Loop;
  friend class Handle;
  Loop* loop_;
  std::function<void()> callback_;
  std::int64_t when_ns_;
  std::uint64_t seq_ = 0; // arming order: FIFO among timers with equal deadlines
  std::uint32_t refs_ = 0;
  bool cancelled_ = false;
  bool in_timer_heap_ = false;
};

class Handle {
public:
  Handle() = default;
  explicit Handle(Ref<HandleImpl> impl) : impl_(std::move(impl)) {}
  // Cancels the callback; a cancelled timer is dropped from the loop lazily.
  void cancel();
  bool cancelled() const noexcept { return impl_ && impl_->cancelled_; }
  // The deadline, in seconds on the loop clock (timer handles).
  double when() const noexcept { return impl_ ? static_cast<double>(impl_->when_ns_) / 1e9 : 0; }
  explicit operator bool() const noexcept { return static_cast<bool>(impl_); }

private:
  Ref<HandleImpl> impl_;
};

} // namespace tulip
