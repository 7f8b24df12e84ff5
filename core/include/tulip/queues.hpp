// Queue, LifoQueue, PriorityQueue (asyncio.queues): bounded or not, with put/get that park the
// task while full/empty, *_nowait, and join/task_done. Getters and putters wake in FIFO order and
// re-check, as CPython's `while self.empty(): ...` loops do.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <vector>

#include "tulip/locks.hpp"
#include "tulip/task.hpp"
#include "tulip/waiter.hpp"

namespace tulip {

namespace detail {

// Where the items live: FIFO, LIFO or a min-heap, as Queue._init/_put/_get.
// A ring buffer: cheaper than std::deque for the one-item queues of producer/consumer pairs.
template <class T> struct FifoItems {
  struct Ring {
    std::vector<T> slots = std::vector<T>(4);
    std::size_t head = 0, count = 0;
    std::size_t size() const noexcept { return count; }
    bool empty() const noexcept { return count == 0; }
  } items;
  void put(T v) {
    auto& r = items;
    if (r.count == r.slots.size()) {
      std::vector<T> bigger(r.slots.size() * 2);
      for (std::size_t i = 0; i < r.count; ++i)
        bigger[i] = std::move(r.slots[(r.head + i) & (r.slots.size() - 1)]);
      r.slots = std::move(bigger);
      r.head = 0;
    }
    r.slots[(r.head + r.count++) & (r.slots.size() - 1)] = std::move(v);
  }
  T get() {
    auto& r = items;
    T v = std::move(r.slots[r.head]);
    r.head = (r.head + 1) & (r.slots.size() - 1);
    --r.count;
    return v;
  }
};
template <class T> struct LifoItems {
  std::vector<T> items;
  void put(T v) { items.push_back(std::move(v)); }
  T get() {
    T v = std::move(items.back());
    items.pop_back();
    return v;
  }
};
template <class T, class Less> struct HeapItems {
  std::vector<T> items;
  static bool greater(const T& a, const T& b) { return Less()(b, a); }
  void put(T v) {
    items.push_back(std::move(v));
    std::push_heap(items.begin(), items.end(), greater);
  }
  T get() {
    std::pop_heap(items.begin(), items.end(), greater);
    T v = std::move(items.back());
    items.pop_back();
    return v;
  }
};

void trace_queue_event(TraceKind kind, const void* queue);
inline void trace_queue(TraceKind kind, const void* queue) {
  if (Loop* loop = running.loop; loop && loop->tracing()) [[unlikely]]
    trace_queue_event(kind, queue);
}

} // namespace detail

template <class T, class Items> class BasicQueue {
public:
  // maxsize <= 0: unbounded.
  explicit BasicQueue(int maxsize = 0) : maxsize_(maxsize) { finished_.set(); }
  // With a container made beforehand (one whose kind is chosen at run time).
  BasicQueue(int maxsize, Items items) : items_(std::move(items)), maxsize_(maxsize) {
    finished_.set();
  }
  BasicQueue(const BasicQueue&) = delete;
  BasicQueue& operator=(const BasicQueue&) = delete;

  std::size_t qsize() const noexcept { return items_.items.size(); }
  int maxsize() const noexcept { return maxsize_; }
  long unfinished_tasks() const noexcept { return unfinished_tasks_; }
  bool empty() const noexcept { return items_.items.empty(); }
  bool full() const noexcept {
    return maxsize_ > 0 && qsize() >= static_cast<std::size_t>(maxsize_);
  }

  // co_await q.put(item): parks while the queue is full.
  auto put(T item) { return Put(*this, std::move(item)); }
  // co_await q.get(): parks while the queue is empty.
  auto get() noexcept { return Get(*this); }

  // Throws QueueFull.
  void put_nowait(T item) {
    if (full())
      throw QueueFull();
    items_.put(std::move(item));
    ++unfinished_tasks_;
    finished_.clear();
    detail::trace_queue(TraceKind::queue_put, this);
    wakeup_next(getters_);
  }
  // Throws QueueEmpty.
  T get_nowait() {
    if (empty())
      throw QueueEmpty();
    T item = items_.get();
    detail::trace_queue(TraceKind::queue_get, this);
    wakeup_next(putters_);
    return item;
  }

  // Throws std::invalid_argument("task_done() called too many times").
  void task_done() {
    if (unfinished_tasks_ <= 0)
      throw std::invalid_argument("task_done() called too many times");
    if (--unfinished_tasks_ == 0)
      finished_.set();
  }
  // co_await q.join(): until every item put has been marked done.
  auto join() noexcept { return finished_.wait(); }

private:
  class Get : public Waiter {
  public:
    explicit Get(BasicQueue& q) noexcept : Waiter(&retry), q_(&q) {}
    bool await_ready() const noexcept { return !q_->empty(); }
    void await_suspend(co::coroutine_handle<>) {
      q_->getters_.push_back(*this);
      trace_suspended();
      park();
    }
    T await_resume() {
      if (task()) {
        if (auto error = interruption()) {
          unlink();
          if (!q_->empty() && !cancelled())
            q_->wakeup_next(q_->getters_);
          throw *error;
        }
      }
      return q_->get_nowait();
    }

  private:
    // Woken but the queue is empty again: wait at the back of the line.
    static bool retry(Waiter& w) {
      auto& self = static_cast<Get&>(w);
      if (!self.q_->empty())
        return false;
      self.q_->getters_.push_back(self);
      self.repark();
      return true;
    }
    void trace_suspended() {
      if (Loop* loop = running_loop(); loop && loop->tracing()) [[unlikely]]
        loop->trace(TraceKind::task_suspended, loop->current_task(), "Queue.get", 0, q_);
    }
    BasicQueue* q_;
  };

  class Put : public Waiter {
  public:
    Put(BasicQueue& q, T item) : Waiter(&retry), q_(&q), item_(std::move(item)) {}
    bool await_ready() const noexcept { return !q_->full(); }
    void await_suspend(co::coroutine_handle<>) {
      q_->putters_.push_back(*this);
      if (Loop* loop = running_loop(); loop && loop->tracing()) [[unlikely]]
        loop->trace(TraceKind::task_suspended, loop->current_task(), "Queue.put", 0, q_);
      park();
    }
    void await_resume() {
      if (task()) {
        if (auto error = interruption()) {
          unlink();
          if (!q_->full() && !cancelled())
            q_->wakeup_next(q_->putters_);
          throw *error;
        }
      }
      q_->put_nowait(std::move(item_));
    }

  private:
    static bool retry(Waiter& w) {
      auto& self = static_cast<Put&>(w);
      if (!self.q_->full())
        return false;
      self.q_->putters_.push_back(self);
      self.repark();
      return true;
    }
    BasicQueue* q_;
    T item_;
  };

  // Wakes the first waiter that is not done yet (it leaves the list).
  static void wakeup_next(List<Waiter>& waiters) {
    while (Waiter* w = waiters.pop_front()) {
      if (!w->done()) {
        w->set_result();
        break;
      }
    }
  }

  Items items_;
  List<Waiter> getters_;
  List<Waiter> putters_;
  Event finished_;
  long unfinished_tasks_ = 0;
  int maxsize_;
};

template <class T> using Queue = BasicQueue<T, detail::FifoItems<T>>;
template <class T> using LifoQueue = BasicQueue<T, detail::LifoItems<T>>;
template <class T, class Less = std::less<T>>
using PriorityQueue = BasicQueue<T, detail::HeapItems<T, Less>>;

} // namespace tulip
