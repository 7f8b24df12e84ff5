// The synchronization primitives of asyncio.locks: Lock, Event, Condition, Semaphore,
// BoundedSemaphore, Barrier. Waiters wake in CPython's order, with CPython's rules for
// cancellation (a cancelled waiter passes its wake-up on).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include "tulip/coro.hpp"
#include "tulip/task.hpp"
#include "tulip/waiter.hpp"

namespace tulip {

class Lock {
public:
  Lock() = default;
  Lock(const Lock&) = delete;
  Lock& operator=(const Lock&) = delete;

  bool locked() const noexcept { return locked_; }
  // co_await lock.acquire(): true once acquired.
  auto acquire() noexcept { return Acquire(*this); }
  // Throws std::runtime_error("Lock is not acquired.") when not locked.
  void release();

private:
  class Acquire : public Waiter {
  public:
    explicit Acquire(Lock& lock) noexcept : lock_(&lock) {}
    bool await_ready() noexcept;
    void await_suspend(co::coroutine_handle<>);
    bool await_resume();

  private:
    Lock* lock_;
  };
  void wake_up_first();

  List<Waiter> waiters_;
  bool locked_ = false;
};

class Event {
public:
  Event() = default;
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  bool is_set() const noexcept { return value_; }
  // Wakes every waiter.
  void set();
  void clear() noexcept { value_ = false; }
  // co_await event.wait(): true once set.
  auto wait() noexcept { return Wait(*this); }

private:
  class Wait : public Waiter {
  public:
    explicit Wait(Event& event) noexcept : event_(&event) {}
    bool await_ready() const noexcept { return event_->value_; }
    void await_suspend(co::coroutine_handle<>);
    bool await_resume();

  private:
    Event* event_;
  };

  List<Waiter> waiters_;
  bool value_ = false;
};

class Condition {
public:
  Condition() : lock_(&own_lock_) {}
  explicit Condition(Lock& lock) : lock_(&lock) {}
  Condition(const Condition&) = delete;
  Condition& operator=(const Condition&) = delete;

  bool locked() const noexcept { return lock_->locked(); }
  auto acquire() noexcept { return lock_->acquire(); }
  void release() { lock_->release(); }
  // Releases the lock, waits for a notify, re-acquires the lock (even when cancelled).
  Coro<bool> wait();
  // Waits until predicate() is true; returns its last value.
  Coro<bool> wait_for(std::function<bool()> predicate);
  void notify(std::size_t n = 1);
  void notify_all();

private:
  Lock own_lock_;
  Lock* lock_;
  List<Waiter> waiters_;
};

class Semaphore {
public:
  // Throws std::invalid_argument for a negative value.
  explicit Semaphore(int value = 1);
  Semaphore(const Semaphore&) = delete;
  Semaphore& operator=(const Semaphore&) = delete;
  virtual ~Semaphore() = default;

  bool locked() const noexcept;
  int value() const noexcept { return value_; }
  auto acquire() noexcept { return Acquire(*this); }
  virtual void release();

private:
  class Acquire : public Waiter {
  public:
    explicit Acquire(Semaphore& s) noexcept : sem_(&s) {}
    bool await_ready() noexcept;
    void await_suspend(co::coroutine_handle<>);
    bool await_resume();

  private:
    Semaphore* sem_;
  };
  void wake_up_next();

  List<Waiter> waiters_;
  int value_;
};

class BoundedSemaphore final : public Semaphore {
public:
  explicit BoundedSemaphore(int value = 1) : Semaphore(value), bound_(value) {}
  // Throws std::invalid_argument("BoundedSemaphore released too many times").
  void release() override;

private:
  int bound_;
};

class Barrier {
public:
  // Throws std::invalid_argument when parties < 1.
  explicit Barrier(int parties);
  Barrier(const Barrier&) = delete;
  Barrier& operator=(const Barrier&) = delete;

  // Waits until `parties` tasks wait; returns this task's arrival index.
  Coro<int> wait();
  Coro<void> reset();
  Coro<void> abort();
  int parties() const noexcept { return parties_; }
  int n_waiting() const noexcept { return state_ == State::filling ? count_ : 0; }
  bool broken() const noexcept { return state_ == State::broken; }

private:
  enum class State { filling, draining, resetting, broken };
  Coro<void> block();
  Coro<void> wait_released();
  void exit();

  Condition cond_;
  int parties_;
  int count_ = 0;
  State state_ = State::filling;
};

} // namespace tulip
