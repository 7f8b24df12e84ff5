// Operators: arithmetic (with int/float fast paths and Python's floor semantics), sequence
// operators, subscripting, containment and len(), dispatching to special methods for classes.
#include <cmath>
#include <cstring>

#include "lang/bigint.hpp"
#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static const char* binop_sym(int op) {
  static const char* s[] = {"+",  "-",  "*", "/", "//", "%", "** or pow()",
                            "<<", ">>", "&", "|", "^",  "@"};
  static const char* si[] = {
      "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="};
  return op >= BIN_INPLACE ? si[op - BIN_INPLACE] : s[op];
}

static double float_mod(double x, double y) {
  double m = std::fmod(x, y);
  if (m != 0) {
    if ((y < 0) != (m < 0))
      m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  return m;
}

static double float_floordiv(double x, double y) {
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0 && ((y < 0) != (mod < 0)))
    div -= 1.0;
  double fl;
  if (div != 0) {
    fl = std::floor(div);
    if (div - fl > 0.5)
      fl += 1.0;
  } else {
    fl = std::copysign(0.0, x / y);
  }
  return fl;
}

static Value float_pow(double x, double y) {
  if (x == 0 && y < 0)
    raise(T().ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (x < 0 && y != std::floor(y) && std::isfinite(y))
    value_error("math domain error"); // CPython returns a complex number here
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    raise(T().OverflowError, "(34, 'Numerical result out of range')");
  return Float(r);
}

// Numeric binary operation; Null when an operand is not a number.
static Value num_binop(const Value& a, const Value& b, int op) {
  bool ai = is_intlike(a), bi = is_intlike(b);
  if (ai && bi) {
    if (a.tag != Tag::Obj && b.tag != Tag::Obj) {
      int64_t x = a.is_int() ? a.i : a.b, y = b.is_int() ? b.i : b.b, r;
      switch (op) {
      case BIN_ADD:
        if (!__builtin_add_overflow(x, y, &r))
          return Int(r);
        return big_binop(a, b, op);
      case BIN_SUB:
        if (!__builtin_sub_overflow(x, y, &r))
          return Int(r);
        return big_binop(a, b, op);
      case BIN_MUL:
        if (!__builtin_mul_overflow(x, y, &r))
          return Int(r);
        return big_binop(a, b, op);
      case BIN_TRUEDIV:
        if (y == 0)
          raise(T().ZeroDivisionError, "division by zero");
        return Float(double(x) / double(y));
      case BIN_FLOORDIV: {
        if (y == 0)
          raise(T().ZeroDivisionError, "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1)
          return big_binop(a, b, op);
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
          --q;
        return Int(q);
      }
      case BIN_MOD: {
        if (y == 0)
          raise(T().ZeroDivisionError, "integer modulo by zero");
        if (y == -1)
          return Int(0);
        int64_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0)))
          m += y;
        return Int(m);
      }
      case BIN_POW: {
        if (y < 0) {
          if (x == 0)
            raise(T().ZeroDivisionError, "0.0 cannot be raised to a negative power");
          return Float(std::pow(double(x), double(y)));
        }
        int64_t result = 1, base = x;
        int64_t e = y;
        bool ovf = false;
        while (e > 0) {
          if (e & 1) {
            if (__builtin_mul_overflow(result, base, &result)) {
              ovf = true;
              break;
            }
          }
          e >>= 1;
          if (e > 0 && __builtin_mul_overflow(base, base, &base)) {
            ovf = true;
            break;
          }
        }
        if (!ovf)
          return Int(result);
        return big_binop(a, b, op);
      }
      case BIN_LSHIFT:
        if (y < 0)
          value_error("negative shift count");
        if (x == 0)
          return Int(0);
        if (y < 63) {
          int64_t r2 = int64_t(uint64_t(x) << y);
          if ((r2 >> y) == x)
            return Int(r2);
        }
        return big_binop(a, b, op);
      case BIN_RSHIFT:
        if (y < 0)
          value_error("negative shift count");
        return Int(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
      case BIN_AND: {
        if (a.is_bool() && b.is_bool())
          return Bool(a.b && b.b);
        return Int(x & y);
      }
      case BIN_OR:
        if (a.is_bool() && b.is_bool())
          return Bool(a.b || b.b);
        return Int(x | y);
      case BIN_XOR:
        if (a.is_bool() && b.is_bool())
          return Bool(a.b != b.b);
        return Int(x ^ y);
      default:
        return Value();
      }
    }
    if (op == BIN_TRUEDIV) {
      double x = as_double(a), y = as_double(b);
      if (y == 0)
        raise(T().ZeroDivisionError, "division by zero");
      return Float(x / y);
    }
    if (op == BIN_MATMUL)
      return Value();
    return big_binop(a, b, op);
  }
  if ((ai || a.is_float()) && (bi || b.is_float())) {
    double x = as_double(a), y = as_double(b);
    switch (op) {
    case BIN_ADD:
      return Float(x + y);
    case BIN_SUB:
      return Float(x - y);
    case BIN_MUL:
      return Float(x * y);
    case BIN_TRUEDIV:
      if (y == 0)
        raise(T().ZeroDivisionError, "float division by zero");
      return Float(x / y);
    case BIN_FLOORDIV:
      if (y == 0)
        raise(T().ZeroDivisionError, "float floor division by zero");
      return Float(float_floordiv(x, y));
    case BIN_MOD:
      if (y == 0)
        raise(T().ZeroDivisionError, "float modulo");
      return Float(float_mod(x, y));
    case BIN_POW:
      return float_pow(x, y);
    default:
      return Value();
    }
  }
  return Value();
}

static Value seq_repeat(const Value& seq, const Value& count) {
  int64_t n = as_index(count);
  if (n < 0)
    n = 0;
  Obj* o = seq.o;
  switch (o->kind) {
  case Kind::Str: {
    std::string_view s = sv(seq);
    if (s.size() * size_t(n) > (size_t(1) << 31))
      raise(T().MemoryError, "");
    std::string out;
    out.reserve(s.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i)
      out.append(s);
    return str_val(out);
  }
  case Kind::List: {
    auto& it = static_cast<ListObj*>(o)->items;
    if (it.size() * size_t(n) > (size_t(1) << 28))
      raise(T().MemoryError, "");
    ListObj* l = new_list();
    l->items.reserve(it.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i)
      l->items.insert(l->items.end(), it.begin(), it.end());
    return V(l);
  }
  case Kind::Tuple: {
    auto& it = static_cast<TupleObj*>(o)->items;
    std::vector<Value> out;
    for (int64_t i = 0; i < n; ++i)
      out.insert(out.end(), it.begin(), it.end());
    return V(new_tuple(std::move(out)));
  }
  case Kind::Bytes: {
    std::string out;
    for (int64_t i = 0; i < n; ++i)
      out += static_cast<BytesObj*>(o)->data;
    return V(new_bytes(out));
  }
  default:
    return Value();
  }
}

Value set_binop(SetObj* a, const Value& b, int op, bool inplace); // set.cpp
Value dict_or(DictObj* a, const Value& b, bool inplace);          // dict.cpp
void list_extend(ListObj* l, const Value& iterable);              // list.cpp

static Value builtin_binop(const Value& a, const Value& b, int op, bool inplace) {
  Value r = num_binop(a, b, op);
  if (!r.is_null())
    return r;
  if (a.is_obj()) {
    Kind ka = a.o->kind;
    bool a_builtin = a.o->type->builtin;
    switch (op) {
    case BIN_ADD:
      if (ka == Kind::Str && is_str(b)) {
        std::string_view x = sv(a), y = sv(b);
        if (x.empty())
          return b;
        if (y.empty())
          return a;
        std::string s;
        s.reserve(x.size() + y.size());
        s.append(x).append(y);
        return str_val(s);
      }
      if (ka == Kind::List && is_list(b)) {
        if (inplace) {
          list_extend(cast<ListObj>(a), b);
          return a;
        }
        auto& x = cast<ListObj>(a)->items;
        auto& y = cast<ListObj>(b)->items;
        ListObj* l = new_list();
        l->items.reserve(x.size() + y.size());
        l->items.insert(l->items.end(), x.begin(), x.end());
        l->items.insert(l->items.end(), y.begin(), y.end());
        return V(l);
      }
      if (ka == Kind::List && inplace && a_builtin) {
        list_extend(cast<ListObj>(a), b);
        return a;
      }
      if (ka == Kind::Tuple && is_tuple(b)) {
        std::vector<Value> v = cast<TupleObj>(a)->items;
        auto& y = cast<TupleObj>(b)->items;
        v.insert(v.end(), y.begin(), y.end());
        return V(new_tuple(std::move(v)));
      }
      if (ka == Kind::Bytes && is_kind(b, Kind::Bytes))
        return V(new_bytes(cast<BytesObj>(a)->data + cast<BytesObj>(b)->data));
      if (ka == Kind::Bytes && a_builtin)
        type_errorf("can't concat %s to bytes", type_name(b));
      if (ka == Kind::Str && a_builtin)
        type_errorf("can only concatenate str (not \"%s\") to str", type_name(b));
      if (ka == Kind::List && a_builtin)
        type_errorf("can only concatenate list (not \"%s\") to list", type_name(b));
      if (ka == Kind::Tuple && a_builtin)
        type_errorf("can only concatenate tuple (not \"%s\") to tuple", type_name(b));
      if (ka == Kind::Iter && sv(a.o->type->name) == "deque" && is_kind(b, Kind::Iter) &&
          b.o->type == a.o->type) {
        IterObj* x = cast<IterObj>(a);
        if (inplace) {
          for (auto& v : cast<IterObj>(b)->vals)
            x->vals.push_back(v);
          return a;
        }
      }
      break;
    case BIN_MUL:
      if ((ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple || ka == Kind::Bytes) &&
          a_builtin) {
        if (is_intlike(b)) {
          if (inplace && ka == Kind::List) {
            Value nv = seq_repeat(a, b);
            cast<ListObj>(a)->items = cast<ListObj>(nv)->items;
            return a;
          }
          return seq_repeat(a, b);
        }
        if (b.is_obj() && !b.o->type->builtin) {
          if (!lookup_type(b.o->type, N().__index__).is_null())
            return seq_repeat(a, Int(as_index(b)));
          break;
        }
        type_errorf("can't multiply sequence by non-int of type '%s'", type_name(b));
      }
      break;
    case BIN_MOD:
      if (ka == Kind::Str && a_builtin)
        return str_mod(cast<StrObj>(a), b);
      if (ka == Kind::Bytes && a_builtin)
        return bytes_mod(cast<BytesObj>(a), b);
      break;
    case BIN_OR:
    case BIN_AND:
    case BIN_SUB:
    case BIN_XOR:
      if (ka == Kind::Set && is_kind(b, Kind::Set))
        return set_binop(cast<SetObj>(a), b, op, inplace);
      if (ka == Kind::Iter && (a.o->type == T().dict_keys || a.o->type == T().dict_items)) {
        // keys views behave as sets
        SetObj* s = new_set();
        set_update(s, a);
        SetObj* o2 = new_set();
        set_update(o2, b);
        return set_binop(s, V(o2), op, false);
      }
      if (op == BIN_OR && ka == Kind::Dict && is_dict(b))
        return dict_or(cast<DictObj>(a), b, inplace);
      break;
    default:
      break;
    }
  }
  if (b.is_obj() && (op == BIN_MUL) && is_intlike(a)) {
    Kind kb = b.o->kind;
    if ((kb == Kind::Str || kb == Kind::List || kb == Kind::Tuple || kb == Kind::Bytes) &&
        b.o->type->builtin)
      return seq_repeat(b, a);
  }
  return Value();
}

// Subclasses of builtin types operate on their payload (both operands unwrapped before the
// builtin's type checks; an in-place operation still yields the subclass instance).
static Value builtin_binop_payload(const Value& a, const Value& b, int op, bool inplace) {
  auto payload = [](const Value& v) {
    return is_kind(v, Kind::Instance) && !cast<InstanceObj>(v)->base_value.is_null()
               ? cast<InstanceObj>(v)->base_value
               : v;
  };
  Value pa = payload(a);
  Value r = builtin_binop(pa, payload(b), op, inplace);
  if (inplace && !pa.same(a) && r.same(pa))
    return a;
  return r;
}

static Value user_binop_method(const Value& v, StrObj* name) {
  if (!v.is_obj() || v.o->type->builtin)
    return Value();
  Value m = lookup_type(v.o->type, name);
  if (m.is_null() ||
      (is_kind(m, Kind::Native) && cast<NativeObj>(m)->owner && cast<NativeObj>(m)->owner->builtin))
    return Value();
  return m;
}

Value binary_op(const Value& a, const Value& b, int opcode) {
  bool inplace = opcode >= BIN_INPLACE;
  int op = opcode & 15;
  if (!a.is_obj() && !b.is_obj()) {
    Value r = num_binop(a, b, op);
    if (!r.is_null())
      return r;
  }
  if (inplace) {
    Value m = user_binop_method(a, N().ibinop[op]);
    if (!m.is_null()) {
      Value r = call2(m, a, b);
      if (!r.same(NotImplemented()))
        return r;
    }
    if (a.is_obj() && a.o->type->builtin) {
      if ((a.o->kind == Kind::List && (op == BIN_ADD || op == BIN_MUL)) ||
          (a.o->kind == Kind::Set && !cast<SetObj>(a)->frozen &&
           (op == BIN_OR || op == BIN_AND || op == BIN_SUB || op == BIN_XOR)) ||
          (a.o->kind == Kind::Dict && op == BIN_OR) || (a.o->kind == Kind::Iter && op == BIN_ADD)) {
        Value r = builtin_binop_payload(a, b, op, true);
        if (!r.is_null())
          return r;
      }
    }
  }
  Value ma = user_binop_method(a, N().binop[op]);
  Value mb;
  if (!(a.is_obj() && b.is_obj() && a.o->type == b.o->type))
    mb = user_binop_method(b, N().rbinop[op]);
  bool b_first = !mb.is_null() && a.is_obj() && b.is_obj() && is_subtype(b.o->type, a.o->type);
  if (b_first) {
    Value r = call2(mb, b, a);
    if (!r.same(NotImplemented()))
      return r;
  }
  if (!ma.is_null()) {
    Value r = call2(ma, a, b);
    if (!r.same(NotImplemented()))
      return r;
  }
  if (!mb.is_null() && !b_first) {
    Value r = call2(mb, b, a);
    if (!r.same(NotImplemented()))
      return r;
  }
  Value r = builtin_binop_payload(a, b, op, false);
  if (!r.is_null())
    return r;
  if (op == BIN_POW)
    type_errorf("unsupported operand type(s) for %s: '%s' and '%s'",
                inplace ? "**=" : "** or pow()", type_name(a), type_name(b));
  type_errorf("unsupported operand type(s) for %s: '%s' and '%s'", binop_sym(opcode), type_name(a),
              type_name(b));
}

Value unary_neg(const Value& v) {
  if (v.is_int()) {
    if (v.i == INT64_MIN)
      return big_neg(v);
    return Int(-v.i);
  }
  if (v.is_bool())
    return Int(v.b ? -1 : 0);
  if (v.is_float())
    return Float(-v.f);
  if (is_bigint(v))
    return big_neg(v);
  bool found;
  Value r = call_dunder(v, N().__neg__, nullptr, 0, &found);
  if (found)
    return r;
  type_errorf("bad operand type for unary -: '%s'", type_name(v));
}

Value unary_pos(const Value& v) {
  if (v.is_int() || v.is_float() || is_bigint(v))
    return v;
  if (v.is_bool())
    return Int(v.b);
  bool found;
  Value r = call_dunder(v, N().__pos__, nullptr, 0, &found);
  if (found)
    return r;
  type_errorf("bad operand type for unary +: '%s'", type_name(v));
}

Value unary_invert(const Value& v) {
  if (v.is_int())
    return Int(~v.i);
  if (v.is_bool())
    return Int(~int64_t(v.b));
  if (is_bigint(v))
    return big_invert(v);
  bool found;
  Value r = call_dunder(v, N().__invert__, nullptr, 0, &found);
  if (found)
    return r;
  type_errorf("bad operand type for unary ~: '%s'", type_name(v));
}

// ---- len / contains / subscripts ----------------------------------------------------------------
int64_t length(const Value& v) {
  if (v.is_obj()) {
    Obj* o = v.o;
    if (o->type->builtin || o->kind == Kind::Instance || o->kind == Kind::Exception) {
      Value m = o->type->builtin ? Value() : lookup_type(o->type, N().__len__);
      if (!m.is_null() && !(is_kind(m, Kind::Native) && cast<NativeObj>(m)->owner &&
                            cast<NativeObj>(m)->owner->builtin)) {
        Value r = call1(m, v);
        if (!is_intlike(r))
          type_errorf("'%s' object cannot be interpreted as an integer", type_name(r));
        int64_t n = as_index(r);
        if (n < 0)
          value_error("__len__() should return >= 0");
        return n;
      }
    }
    switch (o->kind) {
    case Kind::Str:
      return int64_t(static_cast<StrObj*>(o)->cplen);
    case Kind::Bytes:
      return int64_t(static_cast<BytesObj*>(o)->data.size());
    case Kind::List:
      return int64_t(static_cast<ListObj*>(o)->items.size());
    case Kind::Tuple:
      return int64_t(static_cast<TupleObj*>(o)->items.size());
    case Kind::Dict:
      return int64_t(static_cast<DictObj*>(o)->used);
    case Kind::Set:
      return int64_t(static_cast<SetObj*>(o)->used);
    case Kind::Range: {
      auto* r = static_cast<RangeObj*>(o);
      return slice_len(r->start, r->stop, r->step);
    }
    case Kind::Iter: {
      auto* it = static_cast<IterObj*>(o);
      if (o->type == T().dict_keys || o->type == T().dict_values || o->type == T().dict_items)
        return int64_t(cast<DictObj>(it->a)->used);
      if (sv(o->type->name) == "deque")
        return int64_t(it->vals.size());
      break;
    }
    case Kind::Instance:
      if (!static_cast<InstanceObj*>(o)->base_value.is_null())
        return length(static_cast<InstanceObj*>(o)->base_value);
      break;
    default:
      break;
    }
  }
  type_errorf("object of type '%s' has no len()", type_name(v));
}

bool contains(const Value& c, const Value& item) {
  if (c.is_obj()) {
    Obj* o = c.o;
    if (!o->type->builtin) {
      bool found;
      Value r = call_dunder(c, N().__contains__, const_cast<Value*>(&item), 1, &found);
      if (found)
        return truthy(r);
    }
    switch (o->kind) {
    case Kind::Str: {
      if (!is_str(item))
        type_errorf("'in <string>' requires string as left operand, not %s", type_name(item));
      return sv(c).find(sv(item)) != std::string_view::npos;
    }
    case Kind::Bytes: {
      if (is_intlike(item))
        return cast<BytesObj>(c)->data.find(char(as_index(item))) != std::string::npos;
      if (is_kind(item, Kind::Bytes))
        return cast<BytesObj>(c)->data.find(cast<BytesObj>(item)->data) != std::string::npos;
      type_error("a bytes-like object is required");
    }
    case Kind::List:
      for (auto& v : static_cast<ListObj*>(o)->items)
        if (eq(v, item))
          return true;
      return false;
    case Kind::Tuple:
      for (auto& v : static_cast<TupleObj*>(o)->items)
        if (eq(v, item))
          return true;
      return false;
    case Kind::Dict:
      return !dict_get(static_cast<DictObj*>(o), item).is_null();
    case Kind::Set:
      return set_contains(static_cast<SetObj*>(o), item);
    case Kind::Range: {
      auto* r = static_cast<RangeObj*>(o);
      if (!item.is_int() && !item.is_bool()) {
        Value it = get_iter(c);
        Value x;
        while (next(it, x))
          if (eq(x, item))
            return true;
        return false;
      }
      int64_t x = item.is_int() ? item.i : item.b;
      if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
        return false;
      return (x - r->start) % r->step == 0;
    }
    case Kind::Iter:
      if (o->type == T().dict_keys)
        return !dict_get(cast<DictObj>(static_cast<IterObj*>(o)->a), item).is_null();
      if (sv(o->type->name) == "deque") {
        for (auto& v : static_cast<IterObj*>(o)->vals)
          if (eq(v, item))
            return true;
        return false;
      }
      break;
    case Kind::Instance:
      if (!static_cast<InstanceObj*>(o)->base_value.is_null())
        return contains(static_cast<InstanceObj*>(o)->base_value, item);
      break;
    default:
      break;
    }
    // fall back on iteration (the old sequence protocol, __getitem__ from 0, included)
    bool seq = !o->type->builtin && o->kind != Kind::Type &&
               !lookup_type(o->type, N().__getitem__).is_null();
    if (!lookup_type(o->type, N().__iter__).is_null() || o->kind == Kind::Iter ||
        o->kind == Kind::Generator || seq) {
      Value it = get_iter(c);
      Value x;
      while (next(it, x))
        if (eq(x, item))
          return true;
      return false;
    }
  }
  type_errorf("argument of type '%s' is not iterable", type_name(c));
}

int64_t normalize_index(int64_t i, int64_t len, const char* what) {
  if (i < 0)
    i += len;
  if (i < 0 || i >= len)
    index_errorf("%s index out of range", what);
  return i;
}

Value dict_subscript(DictObj* d, const Value& self, const Value& key); // dict.cpp
Value bytes_getitem(BytesObj* b, const Value& key);                    // builtins

Value getitem(const Value& obj, const Value& key) {
  if (obj.is_obj()) {
    Obj* o = obj.o;
    if (!o->type->builtin) {
      Value m = user_binop_method(obj, N().__getitem__);
      if (!m.is_null())
        return call2(m, obj, key);
    }
    switch (o->kind) {
    case Kind::List: {
      auto& items = static_cast<ListObj*>(o)->items;
      if (key.is_int()) {
        int64_t i = key.i;
        if (i < 0)
          i += int64_t(items.size());
        if (i < 0 || i >= int64_t(items.size()))
          index_error("list index out of range");
        return items[size_t(i)];
      }
      if (is_kind(key, Kind::Slice))
        return seq_getslice(obj, cast<SliceObj>(key));
      int64_t i = as_index(
          key, strf("list indices must be integers or slices, not %s", type_name(key)).c_str());
      return items[size_t(normalize_index(i, int64_t(items.size()), "list"))];
    }
    case Kind::Tuple: {
      auto& items = static_cast<TupleObj*>(o)->items;
      if (is_kind(key, Kind::Slice))
        return seq_getslice(obj, cast<SliceObj>(key));
      int64_t i = as_index(
          key, strf("tuple indices must be integers or slices, not %s", type_name(key)).c_str());
      return items[size_t(normalize_index(i, int64_t(items.size()), "tuple"))];
    }
    case Kind::Str: {
      if (key.is_obj() && !key.o->type->builtin &&
          !lookup_type(key.o->type, N().__index__).is_null())
        return str_getitem(static_cast<StrObj*>(o), Int(as_index(key)));
      if (!key.is_int() && !key.is_bool() && !is_kind(key, Kind::Slice))
        type_errorf("string indices must be integers, not '%s'", type_name(key));
      return str_getitem(static_cast<StrObj*>(o), key);
    }
    case Kind::Dict:
      return dict_subscript(static_cast<DictObj*>(o), obj, key);
    case Kind::Range: {
      auto* r = static_cast<RangeObj*>(o);
      int64_t len = slice_len(r->start, r->stop, r->step);
      if (is_kind(key, Kind::Slice)) {
        int64_t s, e, st;
        slice_indices(cast<SliceObj>(key), len, &s, &e, &st);
        return V(new_range(r->start + s * r->step, r->start + e * r->step, r->step * st));
      }
      int64_t i = as_index(
          key, strf("range indices must be integers or slices, not %s", type_name(key)).c_str());
      i = normalize_index(i, len, "range object");
      return Int(r->start + i * r->step);
    }
    case Kind::Bytes:
      return bytes_getitem(static_cast<BytesObj*>(o), key);
    case Kind::Type: {
      // list[int] and friends (generic aliases): the class itself stands in
      Value m = lookup_type(static_cast<TypeObj*>(o), N().__class_getitem__);
      if (!m.is_null()) {
        if (is_kind(m, Kind::ClassMethod))
          return call2(cast<WrapperObj>(m)->func, obj, key);
        return call2(m, obj, key);
      }
      if (static_cast<TypeObj*>(o)->builtin)
        return obj;
      break;
    }
    case Kind::Iter:
      if (sv(o->type->name) == "deque") {
        auto& vals = static_cast<IterObj*>(o)->vals;
        int64_t i = as_index(key);
        return vals[size_t(normalize_index(i, int64_t(vals.size()), "deque"))];
      }
      break;
    case Kind::Instance:
      if (!static_cast<InstanceObj*>(o)->base_value.is_null()) {
        Value bv = static_cast<InstanceObj*>(o)->base_value;
        if (is_dict(bv))
          return dict_subscript(cast<DictObj>(bv), obj, key);
        return getitem(bv, key);
      }
      break;
    default:
      break;
    }
  }
  if (is_type(obj))
    type_errorf("type '%s' is not subscriptable", cast<TypeObj>(obj)->name->data());
  type_errorf("'%s' object is not subscriptable", type_name(obj));
}

void list_setslice(ListObj* l, SliceObj* s, const Value& v); // list.cpp
void list_delslice(ListObj* l, SliceObj* s);

void setitem(const Value& obj, const Value& key, const Value& val) {
  if (obj.is_obj()) {
    Obj* o = obj.o;
    if (!o->type->builtin) {
      Value m = user_binop_method(obj, N().__setitem__);
      if (!m.is_null()) {
        call3(m, obj, key, val);
        return;
      }
    }
    switch (o->kind) {
    case Kind::List: {
      auto* l = static_cast<ListObj*>(o);
      if (is_kind(key, Kind::Slice)) {
        list_setslice(l, cast<SliceObj>(key), val);
        return;
      }
      int64_t i = as_index(
          key, strf("list indices must be integers or slices, not %s", type_name(key)).c_str());
      l->items[size_t(normalize_index(i, int64_t(l->items.size()), "list assignment"))] = val;
      return;
    }
    case Kind::Dict:
      dict_set(static_cast<DictObj*>(o), key, val);
      return;
    case Kind::Iter:
      if (sv(o->type->name) == "deque") {
        auto& vals = static_cast<IterObj*>(o)->vals;
        vals[size_t(normalize_index(as_index(key), int64_t(vals.size()), "deque"))] = val;
        return;
      }
      break;
    case Kind::Instance:
      if (!static_cast<InstanceObj*>(o)->base_value.is_null()) {
        setitem(static_cast<InstanceObj*>(o)->base_value, key, val);
        return;
      }
      break;
    default:
      break;
    }
  }
  type_errorf("'%s' object does not support item assignment", type_name(obj));
}

void delitem(const Value& obj, const Value& key) {
  if (obj.is_obj()) {
    Obj* o = obj.o;
    if (!o->type->builtin) {
      Value m = user_binop_method(obj, N().__delitem__);
      if (!m.is_null()) {
        call2(m, obj, key);
        return;
      }
    }
    switch (o->kind) {
    case Kind::List: {
      auto* l = static_cast<ListObj*>(o);
      if (is_kind(key, Kind::Slice)) {
        list_delslice(l, cast<SliceObj>(key));
        return;
      }
      int64_t i = normalize_index(as_index(key), int64_t(l->items.size()), "list assignment");
      l->items.erase(l->items.begin() + i);
      return;
    }
    case Kind::Dict:
      if (!dict_del(static_cast<DictObj*>(o), key))
        key_error(key);
      return;
    case Kind::Iter:
      if (sv(o->type->name) == "deque") {
        auto& vals = static_cast<IterObj*>(o)->vals;
        vals.erase(vals.begin() + normalize_index(as_index(key), int64_t(vals.size()), "deque"));
        return;
      }
      break;
    case Kind::Instance:
      if (!static_cast<InstanceObj*>(o)->base_value.is_null()) {
        delitem(static_cast<InstanceObj*>(o)->base_value, key);
        return;
      }
      break;
    default:
      break;
    }
  }
  type_errorf("'%s' object doesn't support item deletion", type_name(obj));
}

// ---- slices -------------------------------------------------------------------------------------
int64_t slice_len(int64_t start, int64_t stop, int64_t step) {
  if (step > 0)
    return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

bool slice_indices(SliceObj* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step) {
  int64_t st =
      s->step.is_none()
          ? 1
          : as_index(s->step, "slice indices must be integers or None or have an __index__ method");
  if (st == 0)
    value_error("slice step cannot be zero");
  int64_t lower = st < 0 ? -1 : 0, upper = st < 0 ? len - 1 : len;
  auto conv = [&](const Value& v, int64_t dflt) {
    if (v.is_none())
      return dflt;
    int64_t x;
    if (is_bigint(v))
      x = big_is_neg(v) ? INT64_MIN / 2 : INT64_MAX / 2;
    else
      x = as_index(v, "slice indices must be integers or None or have an __index__ method");
    if (x < 0) {
      x += len;
      if (x < lower)
        x = lower;
    } else if (x > upper) {
      x = upper;
    }
    return x;
  };
  *start = conv(s->start, st < 0 ? upper : lower);
  *stop = conv(s->stop, st < 0 ? lower : upper);
  *step = st;
  return true;
}

Value seq_getslice(const Value& seq, SliceObj* s) {
  const std::vector<Value>* items =
      is_list(seq) ? &cast<ListObj>(seq)->items : &cast<TupleObj>(seq)->items;
  int64_t start, stop, step;
  slice_indices(s, int64_t(items->size()), &start, &stop, &step);
  int64_t n = slice_len(start, stop, step);
  std::vector<Value> out;
  out.reserve(size_t(n));
  for (int64_t i = 0, j = start; i < n; ++i, j += step)
    out.push_back((*items)[size_t(j)]);
  if (is_list(seq))
    return V(new_list(std::move(out)));
  if (n == int64_t(items->size()) && step == 1)
    return seq;
  return V(new_tuple(std::move(out)));
}

} // namespace tulip::lang
