// A Python value: a 16-byte tagged union of None, bool, int64, double or a heap object pointer.
#pragma once
#include <cstdint>

namespace tulip::lang {

struct Obj;

enum class Tag : uint8_t { Null = 0, None, Bool, Int, Float, Obj };

struct Value {
  Tag tag = Tag::Null;
  union {
    bool b;
    int64_t i;
    double f;
    Obj* o;
  };
  constexpr Value() : i(0) {}

  static constexpr Value null() { return Value(); }
  static constexpr Value none() {
    Value v;
    v.tag = Tag::None;
    return v;
  }
  static constexpr Value boolean(bool x) {
    Value v;
    v.tag = Tag::Bool;
    v.i = 0;
    v.b = x;
    return v;
  }
  static constexpr Value integer(int64_t x) {
    Value v;
    v.tag = Tag::Int;
    v.i = x;
    return v;
  }
  static constexpr Value floating(double x) {
    Value v;
    v.tag = Tag::Float;
    v.f = x;
    return v;
  }
  static Value object(Obj* p) {
    Value v;
    v.tag = Tag::Obj;
    v.o = p;
    return v;
  }

  bool is_null() const { return tag == Tag::Null; }
  bool is_none() const { return tag == Tag::None; }
  bool is_bool() const { return tag == Tag::Bool; }
  bool is_int() const { return tag == Tag::Int; }
  bool is_float() const { return tag == Tag::Float; }
  bool is_obj() const { return tag == Tag::Obj; }
  // Identity (the `is` operator).
  bool same(const Value& o2) const {
    if (tag != o2.tag)
      return false;
    switch (tag) {
    case Tag::Null:
    case Tag::None:
      return true;
    case Tag::Bool:
      return b == o2.b;
    case Tag::Int:
      return i == o2.i;
    case Tag::Float:
      return f == o2.f || (f != f && o2.f != o2.f);
    case Tag::Obj:
      return o == o2.o;
    }
    return false;
  }
};

static_assert(sizeof(Value) == 16);

} // namespace tulip::lang
