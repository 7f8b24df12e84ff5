// The object model: every heap object starts with an Obj header (GC link, type, layout kind).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "lang/value.hpp"

namespace tulip::lang {

struct TypeObj;
struct StrObj;
struct DictObj;
struct TupleObj;
struct Frame;

// The C++ layout of an object (what the collector traces and how it is destroyed).
enum class Kind : uint8_t {
  Str,
  Bytes,
  List,
  Tuple,
  Dict,
  Set,
  Range,
  Slice,
  Function,
  Native,
  BoundMethod,
  Code,
  Cell,
  Type,
  Instance,
  Exception,
  Generator,
  Module,
  Property,
  ClassMethod,
  StaticMethod,
  Super,
  Iter,
  Misc,
  BigInt,
  Host
};

struct Obj {
  Obj* gc_next = nullptr;
  TypeObj* type = nullptr;
  Kind kind = Kind::Misc;
  bool marked = false;
  uint8_t flags = 0;
  uint32_t size = 0; // bytes accounted to the heap
};

inline Obj* as_obj(const Value& v) { return v.o; }
template <class T> inline T* cast(const Value& v) { return static_cast<T*>(v.o); }

struct StrObj : Obj {
  size_t len = 0;   // bytes
  size_t cplen = 0; // code points
  int64_t hash = -1;
  bool ascii = true;
  bool interned = false;
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), len}; }
};

// An integer beyond 64 bits: sign and magnitude in base 2**32 limbs (least significant first).
struct BigIntObj : Obj {
  bool neg = false;
  std::vector<uint32_t> mag;
};

struct BytesObj : Obj {
  std::string data;
};

struct ListObj : Obj {
  std::vector<Value> items;
};

struct TupleObj : Obj {
  std::vector<Value> items;
  int64_t hash = -1;
};

struct DictEntry {
  Value key;
  Value value;
  int64_t hash = 0;
};

enum class DictFlavor : uint8_t { Plain, DefaultDict, Counter, Ordered };

// A dict's open-addressing table of entry indices (-1 empty, -2 deleted): tables of up to 8
// slots (dicts of up to 5 keys, most instance dicts) live inline, larger ones on the heap.
class DictIndex {
public:
  DictIndex() = default;
  DictIndex(const DictIndex&) = delete;
  DictIndex& operator=(const DictIndex&) = delete;
  ~DictIndex() { delete[] big_; }
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  int32_t* data() { return n_ <= kSmall ? small_ : big_; }
  int32_t& operator[](size_t i) { return data()[i]; }
  void assign(size_t n, int32_t v) {
    if (n > kSmall && n != n_) {
      delete[] big_;
      big_ = new int32_t[n];
    } else if (n <= kSmall && big_) {
      delete[] big_;
      big_ = nullptr;
    }
    n_ = n;
    int32_t* p = data();
    for (size_t i = 0; i < n; ++i)
      p[i] = v;
  }
  void clear() {
    delete[] big_;
    big_ = nullptr;
    n_ = 0;
  }

private:
  static constexpr size_t kSmall = 8;
  size_t n_ = 0;
  int32_t* big_ = nullptr;
  int32_t small_[kSmall];
};

struct DictObj : Obj {
  std::vector<DictEntry> entries; // insertion order; deleted entries have a Null key
  DictIndex index;
  size_t used = 0;
  uint64_t keys_version = 0; // bumped when a key is added or removed
  DictFlavor flavor = DictFlavor::Plain;
  Value default_factory;
};

struct SetEntry {
  Value key; // Null: unused (hash 0) or dummy (hash -1)
  int64_t hash = 0;
};

struct SetObj : Obj {
  std::vector<SetEntry> table; // size mask+1
  size_t fill = 0;             // active + dummy
  size_t used = 0;             // active
  size_t finger = 0;           // for pop()
  int64_t hash = -1;           // frozenset
  bool frozen = false;
};

struct RangeObj : Obj {
  int64_t start = 0, stop = 0, step = 1;
};

struct SliceObj : Obj {
  Value start, stop, step;
};

struct CellObj : Obj {
  Value v;
};

struct CodeObj;

struct FuncObj : Obj {
  CodeObj* code = nullptr;
  DictObj* globals = nullptr;
  TupleObj* defaults = nullptr;
  DictObj* kwdefaults = nullptr;
  TupleObj* closure = nullptr;
  StrObj* name = nullptr;
  StrObj* qualname = nullptr;
  DictObj* dict = nullptr;
  Value doc;
  Value module;
};

// Keyword arguments passed to a call: parallel arrays of names and values.
struct Kw {
  int n = 0;
  const Value* names = nullptr; // str values
  const Value* vals = nullptr;
};

struct NativeObj;
using NativeFn = Value (*)(NativeObj* self, Value* args, int nargs, const Kw& kw);

struct NativeObj : Obj {
  const char* name = "";
  NativeFn fn = nullptr;
  Value self; // bound receiver for builtin methods of modules / closures over data
  Value data; // extra data (e.g. a partial's function)
  Value data2;
  TypeObj* owner = nullptr; // the type a method descriptor belongs to (for repr)
};

struct BoundMethodObj : Obj {
  Value self;
  Value func;
};

// A user instance keeps its attributes in `slots` (storage allocated with the object) until
// something needs a real dict: slot i holds the attribute named type->slot_names[i], the first
// nslots of them are set, in the order they were first assigned (so the dict made from them
// has the same order). instance_dict() turns them into `dict` (and slots into nullptr); the VM's
// attribute fast paths and getattr read them in place. dict != nullptr: no slots.
struct InstanceObj : Obj {
  DictObj* dict = nullptr;
  Value base_value;       // payload for subclasses of builtin containers (a list, dict, ...)
  Value* slots = nullptr; // inline attributes (see above), or nullptr
  uint32_t nslots = 0;    // how many are set
  uint32_t slot_cap = 0;  // how many fit
};

struct TbEntry {
  CodeObj* code;
  int line;
};

struct ExcObj : InstanceObj {
  TupleObj* args = nullptr;
  Value cause; // Null = unset (None shown)
  Value context;
  bool suppress_context = false;
  std::vector<TbEntry> tb; // innermost first
  Value traceback_marker;  // non-Null once raised
  // A NameError keeps what its frame could see (its code's variable names, the globals and the
  // builtins), as CPython's traceback keeps the frame, for the "Did you mean" hint.
  // A NameError keeps what its frame could see (a list of the bound local names, the globals
  // and the builtins), as CPython's traceback keeps the frame, for the "Did you mean" hint.
  Value scope;
};

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };
enum class GenState : uint8_t { Created, Suspended, Running, Closed };
// GenObj::owner: where the only reference to a generator lives (see vm.cpp).
constexpr uint8_t GEN_OWN_LOOP = 1;  // the iterator slot of the `for` loop that created it
constexpr uint8_t GEN_OWN_LOCAL = 2; // a fast local of the frame that created it

struct GenObj : Obj {
  Frame* frame = nullptr;
  StrObj* name = nullptr;
  StrObj* qualname = nullptr;
  GenKind gkind = GenKind::Generator;
  GenState state = GenState::Created;
  uint8_t owner = 0; // GEN_OWN_* (0: no single known owner; the collector finalizes it)
  Value yieldfrom;   // the iterator being delegated to (yield from / await)
  Value exc_state;   // the exception its code was handling when it suspended (sys.exc_info)
};

struct ModuleObj : Obj {
  StrObj* name = nullptr;
  DictObj* dict = nullptr;
};

struct PropertyObj : Obj {
  Value fget, fset, fdel, doc;
};

struct WrapperObj : Obj { // classmethod / staticmethod
  Value func;
};

struct SuperObj : Obj {
  TypeObj* start = nullptr; // the class given; lookup starts after it in the MRO
  Value self;
  TypeObj* self_type = nullptr;
};

struct IterObj;
using IterNextFn = bool (*)(IterObj* it, Value& out); // false: exhausted; throws on error

struct IterObj : Obj {
  IterNextFn next = nullptr;
  Value a, b, c;
  int64_t i = 0, n = 0, step = 0;
  std::vector<Value> vals; // extra state (zip's iterators, product's pools, ...)
};

class Heap;

// An object whose state lives in C++ beside the VM (the asyncio binding's loops, futures, queues
// and locks): it marks the values it holds and its destructor releases its C++ side.
struct HostObj : Obj {
  virtual ~HostObj() = default;
  virtual void trace(Heap& heap) = 0;
  // An awaitable's iterator protocol without a method call: false if the object has none;
  // otherwise `out` is what it yields, or (*returned) what it returns.
  virtual bool iter_send(const Value& sent, Value& out, bool* returned) {
    (void)sent;
    (void)out;
    (void)returned;
    return false;
  }
};

struct MiscObj : Obj { // NotImplemented, Ellipsis, sentinels
  const char* name = "";
  Value a, b;
};

struct TypeObj : Obj {
  StrObj* name = nullptr;
  StrObj* qualname = nullptr;
  StrObj* module = nullptr;
  TypeObj* base = nullptr;
  std::vector<TypeObj*> mro; // self first
  DictObj* dict = nullptr;
  Kind layout = Kind::Instance; // the layout of instances
  bool builtin = false;
  bool is_exception = false;
  bool final_ = false;
  std::vector<TypeObj*> bases; // as given (single inheritance mostly; C3 MRO otherwise)
  // Cached lookups for user classes (refreshed when the class or a base changes).
  uint64_t version = 0;
  // Interned attribute names of its instances' inline slots, in first-assignment order.
  std::vector<StrObj*> slot_names;
};

} // namespace tulip::lang
