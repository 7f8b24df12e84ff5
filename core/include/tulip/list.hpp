// An intrusive doubly-linked list: a node unlinks itself in O(1), which is how a cancelled waiter
// leaves a wait list, and how a done callback is removed from a future.
#pragma once

namespace tulip {

struct ListNode {
  ListNode* prev = nullptr;
  ListNode* next = nullptr;

  ListNode() = default;
  ListNode(const ListNode&) = delete;
  ListNode& operator=(const ListNode&) = delete;
  ~ListNode() { unlink(); }

  bool linked() const noexcept { return prev != nullptr; }
  void unlink() noexcept {
    if (prev) {
      prev->next = next;
      next->prev = prev;
      prev = next = nullptr;
    }
  }
};

// A circular list around a sentinel; T derives from ListNode.
template <class T> class List {
public:
  List() noexcept { head_.prev = head_.next = &head_; }
  List(const List&) = delete;
  List& operator=(const List&) = delete;
  ~List() { clear(); }

  bool empty() const noexcept { return head_.next == &head_; }
  T* front() const noexcept { return empty() ? nullptr : static_cast<T*>(head_.next); }
  void push_back(T& node) noexcept {
    ListNode* n = &node;
    n->prev = head_.prev;
    n->next = &head_;
    head_.prev->next = n;
    head_.prev = n;
  }
  T* pop_front() noexcept {
    T* n = front();
    if (n)
      n->unlink();
    return n;
  }
  // Detaches every node (they are not destroyed).
  void clear() noexcept {
    while (!empty())
      head_.next->unlink();
  }
  // Moves every node into `out`, leaving this list empty.
  void splice_to(List& out) noexcept {
    while (T* n = pop_front())
      out.push_back(*n);
  }
  std::size_t size() const noexcept {
    std::size_t n = 0;
    for (const ListNode* p = head_.next; p != &head_; p = p->next)
      ++n;
    return n;
  }

  // Iteration that tolerates unlinking the current node.
  template <class F> void for_each(F&& f) {
    for (ListNode* p = head_.next; p != &head_;) {
      ListNode* next = p->next;
      f(*static_cast<T*>(p));
      p = next;
    }
  }

private:
  ListNode head_;
};

} // namespace tulip
