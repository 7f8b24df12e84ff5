// The heap and the mark-sweep collector.
#include "lang/memory.hpp"

#include "lang/chunk.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

Heap::~Heap() {
  free_all();
  release_pool();
}

void Heap::release_pool() {
  for (void*& head : free_) {
    while (head) {
      void* p = head;
      head = *static_cast<void**>(p);
      ::operator delete(p);
    }
  }
}

void Heap::account(size_t bytes) {
  bytes_ += bytes;
  if (cap && bytes_ > cap && !in_collect) {
    // Try a collection first (only when safe), then give up with MemoryError.
    VM& m = vm();
    if (m.native_depth == 0)
      m.collect();
    if (bytes_ > cap) {
      bytes_ -= bytes;
      throw PyError{new_exception(T().MemoryError, std::vector<Value>{})};
    }
  }
}

void Heap::mark_obj(Obj* o) {
  o->marked = true;
  gray_.push_back(o);
}

namespace {

// A collection is not preemptible, but a heap of many thousand tasks takes tens of milliseconds
// to collect in wasm: the embedder's poll (the browser's turn) is called every so many objects.
class PollEveryFewObjects {
public:
  void visited() {
    if (--left_ == 0) {
      left_ = kObjectsPerPoll;
      poll_embedder();
    }
  }

private:
  static constexpr unsigned kObjectsPerPoll = 1024;
  unsigned left_ = kObjectsPerPoll;
};

} // namespace

void Heap::trace_all() {
  PollEveryFewObjects poll;
  while (!gray_.empty()) {
    Obj* o = gray_.back();
    gray_.pop_back();
    trace(o);
    poll.visited();
  }
}

void mark_frame(Heap& h, Frame* f) {
  h.mark(f->code);
  h.mark(f->func);
  h.mark(f->globals);
  h.mark(f->locals);
  h.mark(f->gen);
  int n = f->code->nlocals() + f->code->ncells();
  for (int i = 0; i < n; ++i)
    h.mark(f->fast[i]);
  for (Value* p = f->stack; p < f->sp; ++p)
    h.mark(*p);
}

void Heap::trace(Obj* o) {
  mark(o->type);
  switch (o->kind) {
  case Kind::Str:
  case Kind::Bytes:
  case Kind::Range:
  case Kind::BigInt:
    break;
  case Kind::List:
    for (auto& v : static_cast<ListObj*>(o)->items)
      mark(v);
    break;
  case Kind::Tuple:
    for (auto& v : static_cast<TupleObj*>(o)->items)
      mark(v);
    break;
  case Kind::Dict: {
    auto* d = static_cast<DictObj*>(o);
    for (auto& e : d->entries) {
      mark(e.key);
      mark(e.value);
    }
    mark(d->default_factory);
    break;
  }
  case Kind::Set:
    for (auto& e : static_cast<SetObj*>(o)->table)
      mark(e.key);
    break;
  case Kind::Slice: {
    auto* s = static_cast<SliceObj*>(o);
    mark(s->start);
    mark(s->stop);
    mark(s->step);
    break;
  }
  case Kind::Function: {
    auto* f = static_cast<FuncObj*>(o);
    mark(f->code);
    mark(f->globals);
    mark(f->defaults);
    mark(f->kwdefaults);
    mark(f->closure);
    mark(f->name);
    mark(f->qualname);
    mark(f->dict);
    mark(f->doc);
    mark(f->module);
    break;
  }
  case Kind::Native: {
    auto* n = static_cast<NativeObj*>(o);
    mark(n->self);
    mark(n->data);
    mark(n->data2);
    mark(n->owner);
    break;
  }
  case Kind::BoundMethod: {
    auto* b = static_cast<BoundMethodObj*>(o);
    mark(b->self);
    mark(b->func);
    break;
  }
  case Kind::Code: {
    auto* c = static_cast<CodeObj*>(o);
    for (auto& v : c->consts)
      mark(v);
    for (auto* s : c->names)
      mark(s);
    for (auto* s : c->varnames)
      mark(s);
    for (auto* s : c->cellvars)
      mark(s);
    for (auto* s : c->freevars)
      mark(s);
    mark(c->name);
    mark(c->qualname);
    mark(c->filename);
    break;
  }
  case Kind::Cell:
    mark(static_cast<CellObj*>(o)->v);
    break;
  case Kind::Type: {
    auto* t = static_cast<TypeObj*>(o);
    mark(t->name);
    mark(t->qualname);
    mark(t->module);
    mark(t->base);
    for (auto* b : t->mro)
      mark(b);
    for (auto* b : t->bases)
      mark(b);
    for (auto* s : t->slot_names)
      mark(s);
    mark(t->dict);
    break;
  }
  case Kind::Exception: {
    auto* e = static_cast<ExcObj*>(o);
    mark(e->args);
    mark(e->cause);
    mark(e->context);
    mark(e->traceback_marker);
    mark(e->scope);
    for (auto& tb : e->tb)
      mark(tb.code);
    [[fallthrough]];
  }
  case Kind::Instance: {
    auto* i = static_cast<InstanceObj*>(o);
    mark(i->dict);
    mark(i->base_value);
    if (i->slots)
      for (uint32_t k = 0; k < i->nslots; ++k)
        mark(i->slots[k]);
    break;
  }
  case Kind::Generator: {
    auto* g = static_cast<GenObj*>(o);
    mark(g->name);
    mark(g->qualname);
    mark(g->yieldfrom);
    mark(g->exc_state);
    if (g->frame)
      mark_frame(*this, g->frame);
    break;
  }
  case Kind::Module: {
    auto* m = static_cast<ModuleObj*>(o);
    mark(m->name);
    mark(m->dict);
    break;
  }
  case Kind::Property: {
    auto* p = static_cast<PropertyObj*>(o);
    mark(p->fget);
    mark(p->fset);
    mark(p->fdel);
    mark(p->doc);
    break;
  }
  case Kind::ClassMethod:
  case Kind::StaticMethod:
    mark(static_cast<WrapperObj*>(o)->func);
    break;
  case Kind::Super: {
    auto* s = static_cast<SuperObj*>(o);
    mark(s->start);
    mark(s->self);
    mark(s->self_type);
    break;
  }
  case Kind::Iter: {
    auto* it = static_cast<IterObj*>(o);
    mark(it->a);
    mark(it->b);
    mark(it->c);
    for (auto& v : it->vals)
      mark(v);
    break;
  }
  case Kind::Misc: {
    auto* m = static_cast<MiscObj*>(o);
    mark(m->a);
    mark(m->b);
    break;
  }
  case Kind::Host:
    static_cast<HostObj*>(o)->trace(*this);
    break;
  }
}

void Heap::destroy(Obj* o) {
  size_t sz = o->size;
  switch (o->kind) {
  case Kind::Str:
    static_cast<StrObj*>(o)->~StrObj();
    break;
  case Kind::Bytes:
    static_cast<BytesObj*>(o)->~BytesObj();
    break;
  case Kind::List:
    static_cast<ListObj*>(o)->~ListObj();
    break;
  case Kind::Tuple:
    static_cast<TupleObj*>(o)->~TupleObj();
    break;
  case Kind::Dict:
    static_cast<DictObj*>(o)->~DictObj();
    break;
  case Kind::Set:
    static_cast<SetObj*>(o)->~SetObj();
    break;
  case Kind::Range:
    static_cast<RangeObj*>(o)->~RangeObj();
    break;
  case Kind::Slice:
    static_cast<SliceObj*>(o)->~SliceObj();
    break;
  case Kind::Function:
    static_cast<FuncObj*>(o)->~FuncObj();
    break;
  case Kind::Native:
    static_cast<NativeObj*>(o)->~NativeObj();
    break;
  case Kind::BoundMethod:
    static_cast<BoundMethodObj*>(o)->~BoundMethodObj();
    break;
  case Kind::Code:
    static_cast<CodeObj*>(o)->~CodeObj();
    break;
  case Kind::Cell:
    static_cast<CellObj*>(o)->~CellObj();
    break;
  case Kind::Type:
    static_cast<TypeObj*>(o)->~TypeObj();
    break;
  case Kind::Instance:
    static_cast<InstanceObj*>(o)->~InstanceObj();
    break;
  case Kind::Exception:
    static_cast<ExcObj*>(o)->~ExcObj();
    break;
  case Kind::Generator: {
    auto* g = static_cast<GenObj*>(o);
    if (g->frame) {
      vm().free_frame(g->frame);
      g->frame = nullptr;
    }
    g->~GenObj();
    break;
  }
  case Kind::Module:
    static_cast<ModuleObj*>(o)->~ModuleObj();
    break;
  case Kind::Property:
    static_cast<PropertyObj*>(o)->~PropertyObj();
    break;
  case Kind::ClassMethod:
  case Kind::StaticMethod:
    static_cast<WrapperObj*>(o)->~WrapperObj();
    break;
  case Kind::Super:
    static_cast<SuperObj*>(o)->~SuperObj();
    break;
  case Kind::Iter:
    static_cast<IterObj*>(o)->~IterObj();
    break;
  case Kind::Misc:
    static_cast<MiscObj*>(o)->~MiscObj();
    break;
  case Kind::BigInt:
    static_cast<BigIntObj*>(o)->~BigIntObj();
    break;
  case Kind::Host: {
    // A HostObj starts with its vtable pointer: its Obj part is not where its memory starts.
    auto* h = static_cast<HostObj*>(o);
    void* mem = h;
    h->~HostObj();
    raw_free(mem, sz);
    return;
  }
  }
  raw_free(static_cast<void*>(o), sz);
}

size_t Heap::sweep() {
  size_t freed = 0;
  // Finalizers first (they may print), on objects still intact.
  PollEveryFewObjects poll;
  if (finalizer) {
    for (Obj* o = objects_; o; o = o->gc_next) {
      if (!o->marked)
        finalizer(o);
      poll.visited();
    }
  }
  Obj** link = &objects_;
  while (Obj* o = *link) {
    poll.visited();
    if (o->marked) {
      o->marked = false;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      bytes_ -= o->size;
      --count_;
      if (o->kind == Kind::Str && static_cast<StrObj*>(o)->interned) {
        // interned strings are roots; never reached
      }
      destroy(o);
      ++freed;
    }
  }
  return freed;
}

void Heap::free_all() {
  // Generators own frames that are returned to the VM's pool: destroy them while the VM lives.
  while (Obj* o = objects_) {
    objects_ = o->gc_next;
    if (o->kind == Kind::Generator) {
      auto* g = static_cast<GenObj*>(o);
      if (g->frame) {
        ::operator delete(static_cast<void*>(g->frame));
        g->frame = nullptr;
      }
    }
    destroy(o);
  }
  bytes_ = 0;
  count_ = 0;
}

} // namespace tulip::lang
