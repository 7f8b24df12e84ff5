// Pools for the small objects the loop makes and drops by the million (coroutine frames, tasks,
// futures, handles): a free list per 16-byte size class, refilled from 64 KiB blocks. Single-
// threaded (one pool per thread); blocks are kept for reuse, never given back. Under the
// sanitizers every object goes straight to operator new, so ASan still sees each one.
#pragma once

#include <cstddef>
#include <new>

namespace tulip::memory {

void* allocate(std::size_t size);
void deallocate(void* p, std::size_t size) noexcept;

#if defined(__SANITIZE_ADDRESS__)
#define TULIP_POOLS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TULIP_POOLS 0
#endif
#endif
#ifndef TULIP_POOLS
#define TULIP_POOLS 1
#endif

#if TULIP_POOLS
namespace detail {
inline constexpr std::size_t kGranule = 16;
inline constexpr std::size_t kClasses = 32; // objects up to 512 bytes
struct FreeObject {
  FreeObject* next;
};
extern constinit thread_local FreeObject* free_lists[kClasses + 1];
extern constinit thread_local std::size_t in_use;
void* allocate_slow(std::size_t size);
} // namespace detail

// The fast paths, inline: a pop from and a push onto a free list.
// Class 0 (size 0) and classes past the last go to operator new: `cls - 1` wraps for 0.
inline void* allocate(std::size_t size) {
  std::size_t cls = (size + detail::kGranule - 1) / detail::kGranule;
  if (cls - 1 >= detail::kClasses || !detail::free_lists[cls]) [[unlikely]]
    return detail::allocate_slow(size);
  detail::FreeObject*& head = detail::free_lists[cls];
  detail::FreeObject* o = head;
  head = o->next;
  detail::in_use += cls * detail::kGranule;
  return o;
}
inline void deallocate(void* p, std::size_t size) noexcept {
  std::size_t cls = (size + detail::kGranule - 1) / detail::kGranule;
  if (cls - 1 >= detail::kClasses) [[unlikely]] {
    ::operator delete(p);
    return;
  }
  detail::in_use -= cls * detail::kGranule;
  auto* o = static_cast<detail::FreeObject*>(p);
  o->next = detail::free_lists[cls];
  detail::free_lists[cls] = o;
}
#endif

struct Stats {
  std::size_t in_use;   // bytes of the objects alive (rounded up to their size class)
  std::size_t reserved; // bytes of the blocks taken from the system allocator
};
// This thread's pools (zeros when the pools are off, under the sanitizers).
Stats stats() noexcept;

// Inherit to allocate a class (and everything derived from it) from the pools.
struct Pooled {
  static void* operator new(std::size_t size) { return allocate(size); }
  static void operator delete(void* p, std::size_t size) noexcept { deallocate(p, size); }
};

} // namespace tulip::memory
