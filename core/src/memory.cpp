#include "tulip/memory.hpp"

#include <new>
#include <vector>

#if defined(__SANITIZE_ADDRESS__) || defined(TULIP_SANITIZE)
#define TULIP_NO_POOLS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TULIP_NO_POOLS 1
#endif
#endif

namespace tulip::memory {

#ifdef TULIP_NO_POOLS

void* allocate(std::size_t size) { return ::operator new(size); }
void deallocate(void* p, std::size_t) noexcept { ::operator delete(p); }
Stats stats() noexcept { return {0, 0}; }

#else

namespace {

constexpr std::size_t kGranule = 16;
constexpr std::size_t kClasses = 32; // objects up to 512 bytes
constexpr std::size_t kBlockSize = 64 * 1024;

struct FreeObject {
  FreeObject* next;
};

thread_local FreeObject* free_lists[kClasses + 1];
thread_local Stats counters;

struct Blocks {
  std::vector<void*> blocks;
  ~Blocks() {
    for (void* b : blocks)
      ::operator delete(b);
  }
};
thread_local Blocks blocks;

FreeObject* refill(std::size_t cls) {
  std::size_t size = cls * kGranule;
  char* block = static_cast<char*>(::operator new(kBlockSize));
  blocks.blocks.push_back(block);
  counters.reserved += kBlockSize;
  std::size_t n = kBlockSize / size;
  FreeObject* head = nullptr;
  for (std::size_t i = n; i-- > 0;) {
    auto* o = reinterpret_cast<FreeObject*>(block + i * size);
    o->next = head;
    head = o;
  }
  return head;
}

} // namespace

void* allocate(std::size_t size) {
  std::size_t cls = (size + kGranule - 1) / kGranule;
  if (cls > kClasses || cls == 0)
    return ::operator new(size);
  FreeObject*& head = free_lists[cls];
  FreeObject* o = head ? head : refill(cls);
  head = o->next;
  counters.in_use += cls * kGranule;
  return o;
}

void deallocate(void* p, std::size_t size) noexcept {
  std::size_t cls = (size + kGranule - 1) / kGranule;
  if (cls > kClasses || cls == 0) {
    ::operator delete(p);
    return;
  }
  counters.in_use -= cls * kGranule;
  auto* o = static_cast<FreeObject*>(p);
  o->next = free_lists[cls];
  free_lists[cls] = o;
}

Stats stats() noexcept { return counters; }

#endif

} // namespace tulip::memory
