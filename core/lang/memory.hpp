// The heap: every object on an intrusive list; a mark-sweep collector that frees cycles.
#pragma once
#include <cstddef>
#include <new>
#include <vector>

#include "lang/object.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define TULIP_HEAP_NO_POOL 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TULIP_HEAP_NO_POOL 1
#endif
#endif
#ifndef TULIP_HEAP_NO_POOL
#define TULIP_HEAP_NO_POOL 0
#endif

namespace tulip::lang {

struct Frame;
class Heap;
// Marks what a frame holds (its code, function, namespaces, locals, cells and stack).
void mark_frame(Heap& h, Frame* f);

class Heap {
public:
  Heap() = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  ~Heap();

  // Allocates an object of C++ type T (extra trailing bytes for strings) and links it.
  template <class T> T* alloc(TypeObj* type, Kind kind, size_t extra = 0) {
    size_t sz = sizeof(T) + extra;
    account(sz);
    void* mem = raw_alloc(sz);
    T* o = new (mem) T();
    o->type = type;
    o->kind = kind;
    o->size = uint32_t(sz > 0xffffffffu ? 0xffffffffu : sz);
    o->gc_next = objects_;
    objects_ = o;
    ++count_;
    return o;
  }

  void account(size_t bytes); // may raise MemoryError when over the cap
  void adjust(std::ptrdiff_t bytes) { bytes_ += size_t(bytes); }
  bool should_collect() const { return bytes_ >= next_gc_; }

  // Marking (called by the VM's root enumeration).
  void mark(const Value& v) {
    if (v.tag == Tag::Obj && v.o && !v.o->marked)
      mark_obj(v.o);
  }
  void mark(Obj* o) {
    if (o && !o->marked)
      mark_obj(o);
  }
  void trace_all(); // drains the gray stack
  size_t sweep();   // frees unmarked objects, clears marks; returns how many were freed
  void free_all();

  Obj* first_object() const { return objects_; } // the list of all objects (via gc_next)
  size_t bytes() const { return bytes_; }
  size_t count() const { return count_; }
  size_t cap = 0; // 0: unlimited
  size_t next_gc_ = 4u << 20;
  bool in_collect = false;
  // Hook run on an object about to be freed (coroutine never-awaited warnings).
  void (*finalizer)(Obj*) = nullptr;

  // Object memory: small blocks (up to kSmallMax bytes) are recycled through per-size free lists
  // (plain operator new / delete under AddressSanitizer, which then still sees every reuse).
  static constexpr size_t kGrain = 16, kSmallMax = 256;
  void* raw_alloc(size_t sz) {
#if !TULIP_HEAP_NO_POOL
    if (sz <= kSmallMax) {
      size_t c = (sz + kGrain - 1) / kGrain;
      if (void* p = free_[c]) {
        free_[c] = *static_cast<void**>(p);
        return p;
      }
      return ::operator new(c* kGrain);
    }
#endif
    return ::operator new(sz);
  }
  void raw_free(void* p, size_t sz) {
    (void)sz;
#if !TULIP_HEAP_NO_POOL
    if (sz <= kSmallMax) {
      size_t c = (sz + kGrain - 1) / kGrain;
      *static_cast<void**>(p) = free_[c];
      free_[c] = p;
      return;
    }
#endif
    ::operator delete(p);
  }

private:
  void release_pool();
  void* free_[kSmallMax / kGrain + 1] = {};
  void mark_obj(Obj* o);
  void trace(Obj* o);
  void destroy(Obj* o);
  Obj* objects_ = nullptr;
  size_t bytes_ = 0;
  size_t count_ = 0;
  std::vector<Obj*> gray_;
};

} // namespace tulip::lang
