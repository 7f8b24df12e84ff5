#include "tulip/memory.hpp"

#include <new>
#include <vector>

namespace tulip::memory {

#if !TULIP_POOLS

void* allocate(std::size_t size) { return ::operator new(size); }
void deallocate(void* p, std::size_t) noexcept { ::operator delete(p); }
Stats stats() noexcept { return {0, 0}; }

#else

namespace detail {
constinit thread_local FreeObject* free_lists[kClasses + 1];
constinit thread_local std::size_t in_use = 0;
} // namespace detail

namespace {

using detail::FreeObject;
constexpr std::size_t kBlockSize = 64 * 1024;

// Blocks are never freed: a Loop with static storage may still give objects back after this
// thread's thread_local destructors ran. They stay reachable from here, so no leak is reported.
struct Blocks {
  std::vector<void*> blocks;
  std::size_t reserved = 0;
};
thread_local Blocks blocks;

} // namespace

void* detail::allocate_slow(std::size_t size) {
  std::size_t cls = (size + kGranule - 1) / kGranule;
  if (cls > kClasses || cls == 0)
    return ::operator new(size);
  // Carve a new block into objects of this class.
  std::size_t object_size = cls * kGranule;
  char* block = static_cast<char*>(::operator new(kBlockSize));
  blocks.blocks.push_back(block);
  blocks.reserved += kBlockSize;
  std::size_t n = kBlockSize / object_size;
  FreeObject* head = nullptr;
  for (std::size_t i = n; i-- > 1;) {
    auto* o = reinterpret_cast<FreeObject*>(block + i * object_size);
    o->next = head;
    head = o;
  }
  free_lists[cls] = head;
  in_use += object_size;
  return block;
}

Stats stats() noexcept { return {detail::in_use, blocks.reserved}; }

#endif

} // namespace tulip::memory
