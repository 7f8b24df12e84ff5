// Pools for the small objects the loop makes and drops by the million (coroutine frames, tasks,
// futures, handles): a free list per 16-byte size class, refilled from 64 KiB blocks. Single-
// threaded (one pool per thread); blocks are kept for reuse, never given back. Under the
// sanitizers every object goes straight to operator new, so ASan still sees each one.
#pragma once

#include <cstddef>

namespace tulip::memory {

void* allocate(std::size_t size);
void deallocate(void* p, std::size_t size) noexcept;

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
