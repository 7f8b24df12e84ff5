// Methods and attributes of int, float, object, type, property, range, slice, functions and
// bound methods.
#include <cmath>
#include <cstring>

#include "lang/bigint.hpp"
#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

Value pow_values(const Value& a, const Value& b, const Value& mod) {
  if (!is_intlike(a) || !is_intlike(b) || !is_intlike(mod))
    type_error("pow() 3rd argument not allowed unless all arguments are integers");
  if (big_is_zero(mod) || (mod.is_int() && mod.i == 0))
    value_error("pow() 3rd argument cannot be 0");
  if ((b.is_int() && b.i < 0) || big_is_neg(b)) {
    // A negative exponent raises the modular inverse of the base (CPython's long_pow).
    Value m = compare_bool(mod, Int(0), CMP_LT) ? unary_neg(mod) : mod;
    if (compare_bool(m, Int(1), CMP_EQ))
      return Int(0);
    // Extended Euclid on (a mod m, m): invariant r0 == s0 * a (mod m).
    Value r0 = binary_op(a, m, BIN_MOD), r1 = m, s0 = Int(1), s1 = Int(0);
    while (!compare_bool(r1, Int(0), CMP_EQ)) {
      Value q = binary_op(r0, r1, BIN_FLOORDIV);
      Value r2 = binary_op(r0, binary_op(q, r1, BIN_MUL), BIN_SUB);
      Value s2 = binary_op(s0, binary_op(q, s1, BIN_MUL), BIN_SUB);
      r0 = r1, r1 = r2, s0 = s1, s1 = s2;
    }
    if (!compare_bool(r0, Int(1), CMP_EQ))
      value_error("base is not invertible for the given modulus");
    return big_pow_mod(binary_op(s0, m, BIN_MOD), unary_neg(b), mod);
  }
  return big_pow_mod(a, b, mod);
}

static void prop(TypeObj* t, const char* name, NativeFn get, NativeFn set = nullptr) {
  PropertyObj* p = vm().heap.alloc<PropertyObj>(T().property, Kind::Property);
  p->fget = V(new_native(name, get));
  p->fset = set ? V(new_native(name, set)) : None();
  p->fdel = None();
  p->doc = None();
  dict_set(t->dict, V(intern(name)), V(p));
}

// ---- int ----------------------------------------------------------------------------------------
static Value num_binop_m(Value* a, int n, int op, bool reflected, const char* name);
static Value num_cmp_m(Value* a, int n, int op);
static Value num_payload(const Value& v);
NATIVE(int_bit_length) {
  UNUSED_NATIVE_ARGS;
  Value v = a[0];
  if (is_bigint(v))
    return Int(big_bit_length(v));
  int64_t x = as_index(v);
  uint64_t ux = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
  int64_t bits = 0;
  while (ux) {
    ++bits;
    ux >>= 1;
  }
  return Int(bits);
}
NATIVE(int_bit_count) {
  UNUSED_NATIVE_ARGS;
  if (is_bigint(a[0])) {
    std::string s = big_to_string(a[0], 2);
    return Int(int64_t(std::count(s.begin(), s.end(), '1')));
  }
  int64_t x = as_index(a[0]);
  uint64_t ux = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
  return Int(__builtin_popcountll(ux));
}
NATIVE(int_conjugate) {
  UNUSED_NATIVE_ARGS;
  return a[0].is_bool() ? Int(a[0].b) : a[0];
}
NATIVE(int_real) {
  UNUSED_NATIVE_ARGS;
  return a[0].is_bool() ? Int(a[0].b) : a[0];
}
NATIVE(int_imag) {
  UNUSED_NATIVE_ARGS;
  return Int(0);
}
NATIVE(int_numerator) {
  UNUSED_NATIVE_ARGS;
  return a[0].is_bool() ? Int(a[0].b) : a[0];
}
NATIVE(int_denominator) {
  UNUSED_NATIVE_ARGS;
  return Int(1);
}
NATIVE(int_to_bytes) {
  UNUSED_NATIVE_ARGS;
  Value args[3];
  parse_args("to_bytes", a + 1, n - 1, kw, {"length", "byteorder", "signed"}, 0, args);
  Value x = num_payload(a[0]);
  if (x.is_bool())
    x = Int(x.b);
  int64_t len = args[0].is_null() ? 1 : as_index(args[0]);
  if (len < 0)
    value_error("length argument must be non-negative");
  std::string_view order = args[1].is_null() ? "big" : sv(args[1]);
  if (order != "big" && order != "little")
    value_error("byteorder must be either 'little' or 'big'");
  bool is_signed = !args[2].is_null() && truthy(args[2]);
  bool neg = compare_bool(x, Int(0), CMP_LT);
  if (neg && !is_signed)
    raise(T().OverflowError, "can't convert negative int to unsigned");
  Value limit = binary_op(Int(1), Int(8 * len - (is_signed ? 1 : 0)), BIN_LSHIFT);
  if (len == 0
          ? !compare_bool(x, Int(0), CMP_EQ)
          : (compare_bool(x, limit, CMP_GE) || (neg && compare_bool(x, unary_neg(limit), CMP_LT))))
    raise(T().OverflowError, "int too big to convert");
  if (neg)
    x = binary_op(x, binary_op(Int(1), Int(8 * len), BIN_LSHIFT), BIN_ADD);
  std::string out(size_t(len), '\0');
  for (int64_t i = 0; i < len; ++i) {
    int64_t byte = as_index(binary_op(x, Int(255), BIN_AND));
    out[size_t(order == "little" ? i : len - 1 - i)] = char(byte);
    x = binary_op(x, Int(8), BIN_RSHIFT);
  }
  return V(new_bytes(out));
}
NATIVE(int_from_bytes) {
  UNUSED_NATIVE_ARGS;
  // classmethod: a[0] is the class
  Value args[3];
  parse_args("from_bytes", a + 1, n - 1, kw, {"bytes", "byteorder", "signed"}, 1, args);
  Value src = args[0];
  if (!is_kind(src, Kind::Bytes))
    src = call1(V(T().bytes), src);
  std::string d = cast<BytesObj>(src)->data;
  std::string_view order = args[1].is_null() ? "big" : sv(args[1]);
  if (order != "big" && order != "little")
    value_error("byteorder must be either 'little' or 'big'");
  bool is_signed = !args[2].is_null() && truthy(args[2]);
  Value x = Int(0);
  for (size_t i = 0; i < d.size(); ++i) {
    unsigned char c = (unsigned char)d[order == "little" ? d.size() - 1 - i : i];
    x = binary_op(binary_op(x, Int(8), BIN_LSHIFT), Int(c), BIN_OR);
  }
  if (is_signed && !d.empty() && (unsigned char)d[order == "little" ? d.size() - 1 : 0] >= 0x80)
    x = binary_op(x, binary_op(Int(1), Int(int64_t(8 * d.size())), BIN_LSHIFT), BIN_SUB);
  return x;
}
NATIVE(int_index_m) {
  UNUSED_NATIVE_ARGS;
  return a[0].is_bool() ? Int(a[0].b) : a[0];
}
NATIVE(int_format_m) {
  UNUSED_NATIVE_ARGS;
  return format_value(a[0], sv(a[1]));
}
NATIVE(int_repr_m) {
  UNUSED_NATIVE_ARGS;
  return repr_val(a[0]);
}
NATIVE(int_add_m) {
  UNUSED_NATIVE_ARGS;
  return num_binop_m(a, n, BIN_ADD, false, "");
}
NATIVE(int_sub_m) {
  UNUSED_NATIVE_ARGS;
  return num_binop_m(a, n, BIN_SUB, false, "");
}
NATIVE(int_mul_m) {
  UNUSED_NATIVE_ARGS;
  return num_binop_m(a, n, BIN_MUL, false, "");
}
NATIVE(int_eq_m) {
  UNUSED_NATIVE_ARGS;
  return num_cmp_m(a, n, CMP_EQ);
}
NATIVE(int_lt_m) {
  UNUSED_NATIVE_ARGS;
  return num_cmp_m(a, n, CMP_LT);
}
NATIVE(int_hash_m) {
  UNUSED_NATIVE_ARGS;
  return Int(hash_of(a[0]));
}
NATIVE(int_bool_m) {
  UNUSED_NATIVE_ARGS;
  return Bool(truthy(a[0]));
}
NATIVE(int_int_m) {
  UNUSED_NATIVE_ARGS;
  return a[0].is_bool() ? Int(a[0].b) : a[0];
}
NATIVE(int_float_m) {
  UNUSED_NATIVE_ARGS;
  return Float(as_double(a[0]));
}
NATIVE(int_neg_m) {
  UNUSED_NATIVE_ARGS;
  return unary_neg(num_payload(a[0]));
}
NATIVE(int_abs_m) {
  UNUSED_NATIVE_ARGS;
  Value x = num_payload(a[0]);
  if (x.is_bool())
    x = Int(x.b);
  return (x.is_int() && x.i < 0) || big_is_neg(x) ? unary_neg(x) : x;
}
NATIVE(int_as_integer_ratio) {
  UNUSED_NATIVE_ARGS;
  return V(new_tuple({a[0], Int(1)}));
}

// ---- float --------------------------------------------------------------------------------------
NATIVE(float_is_integer) {
  UNUSED_NATIVE_ARGS;
  double d = as_double(a[0]);
  return Bool(std::isfinite(d) && d == std::floor(d));
}
NATIVE(float_as_integer_ratio) {
  UNUSED_NATIVE_ARGS;
  double d = as_double(a[0]);
  if (std::isinf(d))
    raise(T().OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d))
    value_error("cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Value num = std::fabs(m) < 9e18 ? Int(int64_t(m)) : big_from_double(m);
  Value den = Int(1);
  if (e > 0)
    num = binary_op(num, binary_op(Int(1), Int(e), BIN_LSHIFT), BIN_MUL);
  else
    den = binary_op(Int(1), Int(-e), BIN_LSHIFT);
  return V(new_tuple({num, den}));
}
NATIVE(float_hex) {
  UNUSED_NATIVE_ARGS;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", as_double(a[0]));
  std::string s = buf;
  // Python prints 0x1.8000000000000p+1 with 13 hex digits
  size_t p = s.find('p');
  size_t dot = s.find('.');
  std::string mant = s.substr(0, p), ex = s.substr(p);
  if (dot == std::string::npos)
    mant += ".";
  size_t digits = mant.size() - mant.find('.') - 1;
  mant.append(13 - std::min<size_t>(13, digits), '0');
  return str_val(mant + ex);
}
NATIVE(float_conjugate) {
  UNUSED_NATIVE_ARGS;
  return a[0];
}
NATIVE(float_real) {
  UNUSED_NATIVE_ARGS;
  return a[0];
}
NATIVE(float_imag) {
  UNUSED_NATIVE_ARGS;
  return Float(0.0);
}
NATIVE(float_trunc) {
  UNUSED_NATIVE_ARGS;
  Value v = Float(std::trunc(as_double(a[0])));
  Value args[2] = {V(T().int_), v};
  return call(dict_get(T().int_->dict, "__new__"), args, 2);
}
NATIVE(float_format_m) {
  UNUSED_NATIVE_ARGS;
  return format_value(a[0], sv(a[1]));
}
NATIVE(float_fromhex) {
  UNUSED_NATIVE_ARGS;
  std::string s(sv(a[1]));
  return Float(std::strtod(s.c_str(), nullptr));
}

// ---- the arithmetic and comparison dunders of int and float (x.__radd__(y), super().__lt__(o))
static Value num_payload(const Value& v) {
  if (is_kind(v, Kind::Instance) && !cast<InstanceObj>(v)->base_value.is_null())
    return cast<InstanceObj>(v)->base_value;
  return v;
}
// The other operand as int / float, or Null for NotImplemented (an int method refuses floats).
static Value num_other(const Value& self, const Value& other) {
  Value o = num_payload(other);
  bool self_float = num_payload(self).is_float();
  if (o.is_int() || o.is_bool() || is_bigint(o))
    return o;
  if (o.is_float() && self_float)
    return o;
  return Value();
}
static Value num_binop_m(Value* a, int n, int op, bool reflected, const char* name) {
  if (n != 2)
    type_errorf("expected 1 argument, got %d", n - 1);
  Value o = num_other(a[0], a[1]);
  if (o.is_null())
    return NotImplemented();
  Value x = num_payload(a[0]);
  return reflected ? binary_op(o, x, op) : binary_op(x, o, op);
  (void)name;
}
static Value num_cmp_m(Value* a, int n, int op) {
  if (n != 2)
    type_errorf("expected 1 argument, got %d", n - 1);
  Value x = num_payload(a[0]);
  Value o = num_payload(a[1]);
  if (!(o.is_int() || o.is_bool() || is_bigint(o) || o.is_float()))
    return NotImplemented();
  if (o.is_float() && !x.is_float())
    return NotImplemented();
  return compare(x, o, op);
}
#define TULIP_NUM_BINOP(fname, op, refl)                                                           \
  NATIVE(fname) {                                                                                  \
    UNUSED_NATIVE_ARGS;                                                                            \
    return num_binop_m(a, n, op, refl, #fname);                                                    \
  }
TULIP_NUM_BINOP(num_radd_m, BIN_ADD, true)
TULIP_NUM_BINOP(num_rsub_m, BIN_SUB, true)
TULIP_NUM_BINOP(num_rmul_m, BIN_MUL, true)
TULIP_NUM_BINOP(num_truediv_m, BIN_TRUEDIV, false)
TULIP_NUM_BINOP(num_rtruediv_m, BIN_TRUEDIV, true)
TULIP_NUM_BINOP(num_floordiv_m, BIN_FLOORDIV, false)
TULIP_NUM_BINOP(num_rfloordiv_m, BIN_FLOORDIV, true)
TULIP_NUM_BINOP(num_mod_m, BIN_MOD, false)
TULIP_NUM_BINOP(num_rmod_m, BIN_MOD, true)
TULIP_NUM_BINOP(num_pow_m, BIN_POW, false)
TULIP_NUM_BINOP(num_rpow_m, BIN_POW, true)
TULIP_NUM_BINOP(num_lshift_m, BIN_LSHIFT, false)
TULIP_NUM_BINOP(num_rlshift_m, BIN_LSHIFT, true)
TULIP_NUM_BINOP(num_rshift_m, BIN_RSHIFT, false)
TULIP_NUM_BINOP(num_rrshift_m, BIN_RSHIFT, true)
TULIP_NUM_BINOP(num_and_m, BIN_AND, false)
TULIP_NUM_BINOP(num_rand_m, BIN_AND, true)
TULIP_NUM_BINOP(num_or_m, BIN_OR, false)
TULIP_NUM_BINOP(num_ror_m, BIN_OR, true)
TULIP_NUM_BINOP(num_xor_m, BIN_XOR, false)
TULIP_NUM_BINOP(num_rxor_m, BIN_XOR, true)
#undef TULIP_NUM_BINOP
#define TULIP_NUM_CMP(fname, op)                                                                   \
  NATIVE(fname) {                                                                                  \
    UNUSED_NATIVE_ARGS;                                                                            \
    return num_cmp_m(a, n, op);                                                                    \
  }
TULIP_NUM_CMP(num_ne_m, CMP_NE)
TULIP_NUM_CMP(num_le_m, CMP_LE)
TULIP_NUM_CMP(num_gt_m, CMP_GT)
TULIP_NUM_CMP(num_ge_m, CMP_GE)
#undef TULIP_NUM_CMP
NATIVE(num_divmod_m) {
  UNUSED_NATIVE_ARGS;
  Value o = n == 2 ? num_other(a[0], a[1]) : Value();
  if (o.is_null())
    return NotImplemented();
  Value x = num_payload(a[0]);
  return V(new_tuple({binary_op(x, o, BIN_FLOORDIV), binary_op(x, o, BIN_MOD)}));
}
NATIVE(num_rdivmod_m) {
  UNUSED_NATIVE_ARGS;
  Value o = n == 2 ? num_other(a[0], a[1]) : Value();
  if (o.is_null())
    return NotImplemented();
  Value x = num_payload(a[0]);
  return V(new_tuple({binary_op(o, x, BIN_FLOORDIV), binary_op(o, x, BIN_MOD)}));
}
NATIVE(num_pos_m) {
  UNUSED_NATIVE_ARGS;
  return unary_pos(num_payload(a[0]));
}
NATIVE(num_invert_m) {
  UNUSED_NATIVE_ARGS;
  return unary_invert(num_payload(a[0]));
}
NATIVE(float_abs_m) {
  UNUSED_NATIVE_ARGS;
  return Float(std::fabs(as_double(num_payload(a[0]))));
}
NATIVE(float_bool_m) {
  UNUSED_NATIVE_ARGS;
  return Bool(as_double(num_payload(a[0])) != 0.0);
}
static Value builtin_call(const char* name, Value* args, int nargs) {
  return call(dict_get(vm().builtins, name), args, nargs);
}
NATIVE(num_round_m) {
  UNUSED_NATIVE_ARGS;
  Value args[2] = {num_payload(a[0]), n > 1 ? a[1] : Value()};
  return builtin_call("round", args, n > 1 ? 2 : 1);
}
NATIVE(float_floor_m) {
  UNUSED_NATIVE_ARGS;
  Value v = Float(std::floor(as_double(num_payload(a[0]))));
  return builtin_call("int", &v, 1);
}
NATIVE(float_ceil_m) {
  UNUSED_NATIVE_ARGS;
  Value v = Float(std::ceil(as_double(num_payload(a[0]))));
  return builtin_call("int", &v, 1);
}
NATIVE(int_floor_m) {
  UNUSED_NATIVE_ARGS;
  Value v = num_payload(a[0]);
  return v.is_bool() ? Int(v.b) : v;
}

static void add_number_dunders(TypeObj* t, bool is_int) {
  add_method(t, "__radd__", num_radd_m);
  add_method(t, "__rsub__", num_rsub_m);
  add_method(t, "__rmul__", num_rmul_m);
  add_method(t, "__truediv__", num_truediv_m);
  add_method(t, "__rtruediv__", num_rtruediv_m);
  add_method(t, "__floordiv__", num_floordiv_m);
  add_method(t, "__rfloordiv__", num_rfloordiv_m);
  add_method(t, "__mod__", num_mod_m);
  add_method(t, "__rmod__", num_rmod_m);
  add_method(t, "__pow__", num_pow_m);
  add_method(t, "__rpow__", num_rpow_m);
  add_method(t, "__divmod__", num_divmod_m);
  add_method(t, "__rdivmod__", num_rdivmod_m);
  add_method(t, "__ne__", num_ne_m);
  add_method(t, "__le__", num_le_m);
  add_method(t, "__gt__", num_gt_m);
  add_method(t, "__ge__", num_ge_m);
  add_method(t, "__pos__", num_pos_m);
  add_method(t, "__round__", num_round_m);
  if (is_int) {
    add_method(t, "__lshift__", num_lshift_m);
    add_method(t, "__rlshift__", num_rlshift_m);
    add_method(t, "__rshift__", num_rshift_m);
    add_method(t, "__rrshift__", num_rrshift_m);
    add_method(t, "__and__", num_and_m);
    add_method(t, "__rand__", num_rand_m);
    add_method(t, "__or__", num_or_m);
    add_method(t, "__ror__", num_ror_m);
    add_method(t, "__xor__", num_xor_m);
    add_method(t, "__rxor__", num_rxor_m);
    add_method(t, "__invert__", num_invert_m);
    add_method(t, "__floor__", int_floor_m);
    add_method(t, "__ceil__", int_floor_m);
    add_method(t, "__trunc__", int_floor_m);
  } else {
    add_method(t, "__abs__", float_abs_m);
    add_method(t, "__bool__", float_bool_m);
    add_method(t, "__floor__", float_floor_m);
    add_method(t, "__ceil__", float_ceil_m);
  }
}

// ---- object -------------------------------------------------------------------------------------
NATIVE(object_init) {
  UNUSED_NATIVE_ARGS;
  return None();
}
NATIVE(object_new) {
  UNUSED_NATIVE_ARGS;
  TypeObj* cls = cast<TypeObj>(a[0]);
  if (cls->builtin) {
    if (cls == T().object)
      return V(vm().heap.alloc<InstanceObj>(T().object, Kind::Instance));
    return call(V(cls), a + 1, n - 1, kw);
  }
  if (cls->is_exception) {
    ExcObj* e = vm().heap.alloc<ExcObj>(cls, Kind::Exception);
    e->args = new_tuple(std::vector<Value>(a + 1, a + n));
    return V(e);
  }
  InstanceObj* inst = vm().heap.alloc<InstanceObj>(cls, Kind::Instance);
  return V(inst);
}
static std::string default_repr(const Value& v) {
  TypeObj* t = type_of(v);
  std::string mod = t->module ? std::string(sv(t->module)) : "__main__";
  return strf("<%s.%s object at 0x%llx>", mod.c_str(), t->qualname->data(),
              (unsigned long long)(uintptr_t)(v.is_obj() ? v.o : nullptr));
}
NATIVE(object_repr) {
  UNUSED_NATIVE_ARGS;
  if (a[0].is_obj() && a[0].o->kind == Kind::Instance)
    return str_val(default_repr(a[0]));
  return repr_val(a[0]);
}
NATIVE(object_str) {
  UNUSED_NATIVE_ARGS;
  return repr_val(a[0]);
}
NATIVE(object_eq) {
  UNUSED_NATIVE_ARGS;
  return a[0].same(a[1]) ? True() : NotImplemented();
}
NATIVE(object_ne) {
  UNUSED_NATIVE_ARGS;
  Value r = compare(a[0], a[1], CMP_EQ);
  return Bool(!truthy(r));
}
NATIVE(object_hash) {
  UNUSED_NATIVE_ARGS;
  return Int(pointer_hash(a[0].is_obj() ? a[0].o : nullptr));
}
NATIVE(object_format) {
  UNUSED_NATIVE_ARGS;
  if (n > 1 && is_str(a[1]) && !sv(a[1]).empty())
    type_errorf("unsupported format string passed to %s.__format__", type_name(a[0]));
  return str_of(a[0]);
}
NATIVE(object_setattr) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = instance_dict(a[0], true);
  if (!d)
    raisef(T().AttributeError, "'%s' object has no attribute '%s'", type_name(a[0]),
           std::string(sv(a[1])).c_str());
  // honour properties and data descriptors
  Value attr = lookup_type(type_of(a[0]), intern(sv(a[1])));
  if (is_kind(attr, Kind::Property)) {
    call2(cast<PropertyObj>(attr)->fset, a[0], a[2]);
    return None();
  }
  dict_set(d, V(intern(sv(a[1]))), a[2]);
  return None();
}
NATIVE(object_getattribute) {
  UNUSED_NATIVE_ARGS;
  StrObj* name = intern(sv(a[1]));
  DictObj* d = instance_dict(a[0], false);
  Value attr = lookup_type(type_of(a[0]), name);
  if (is_kind(attr, Kind::Property))
    return call1(cast<PropertyObj>(attr)->fget, a[0]);
  if (d) {
    Value v = dict_get_str(d, name);
    if (!v.is_null())
      return v;
  }
  if (!attr.is_null())
    return bind(attr, a[0], type_of(a[0]));
  attribute_error(a[0], name);
}
NATIVE(object_delattr) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = instance_dict(a[0], false);
  if (!d || !dict_del(d, V(intern(sv(a[1])))))
    attribute_error(a[0], intern(sv(a[1])));
  return None();
}
NATIVE(object_init_subclass) {
  UNUSED_NATIVE_ARGS;
  return None();
}
NATIVE(object_class_get) {
  UNUSED_NATIVE_ARGS;
  return V(type_of(a[0]));
}
NATIVE(object_dir) {
  UNUSED_NATIVE_ARGS;
  return call1(dict_get(vm().builtins, "dir"), a[0]);
}
NATIVE(object_reduce_ex) {
  UNUSED_NATIVE_ARGS;
  return None();
}
NATIVE(object_sizeof) {
  UNUSED_NATIVE_ARGS;
  return Int(a[0].is_obj() ? int64_t(a[0].o->size) : 28);
}

// ---- type ---------------------------------------------------------------------------------------
NATIVE(type_mro) {
  UNUSED_NATIVE_ARGS;
  TypeObj* t = cast<TypeObj>(a[0]);
  ListObj* l = new_list();
  for (auto* c : t->mro)
    l->items.push_back(V(c));
  if (t->mro.back() != T().object)
    l->items.push_back(V(T().object));
  return V(l);
}
NATIVE(type_subclasses) {
  UNUSED_NATIVE_ARGS;
  return V(new_list());
}
NATIVE(type_repr_m) {
  UNUSED_NATIVE_ARGS;
  return repr_val(a[0]);
}
NATIVE(type_call_m) {
  UNUSED_NATIVE_ARGS;
  return call(a[0], a + 1, n - 1, kw);
}
NATIVE(type_instancecheck) {
  UNUSED_NATIVE_ARGS;
  return Bool(isinstance(a[1], cast<TypeObj>(a[0])));
}

// ---- property -----------------------------------------------------------------------------------
static PropertyObj* P(const Value& v) { return cast<PropertyObj>(v); }
static Value prop_copy(PropertyObj* p, int which, Value f) {
  PropertyObj* q = vm().heap.alloc<PropertyObj>(p->type, Kind::Property);
  q->fget = which == 0 ? f : p->fget;
  q->fset = which == 1 ? f : p->fset;
  q->fdel = which == 2 ? f : p->fdel;
  q->doc = p->doc;
  return V(q);
}
NATIVE(prop_getter) {
  UNUSED_NATIVE_ARGS;
  return prop_copy(P(a[0]), 0, a[1]);
}
NATIVE(prop_setter) {
  UNUSED_NATIVE_ARGS;
  return prop_copy(P(a[0]), 1, a[1]);
}
NATIVE(prop_deleter) {
  UNUSED_NATIVE_ARGS;
  return prop_copy(P(a[0]), 2, a[1]);
}
NATIVE(prop_fget) {
  UNUSED_NATIVE_ARGS;
  return P(a[0])->fget;
}
NATIVE(prop_fset) {
  UNUSED_NATIVE_ARGS;
  return P(a[0])->fset;
}
NATIVE(prop_fdel) {
  UNUSED_NATIVE_ARGS;
  return P(a[0])->fdel;
}
NATIVE(prop_doc) {
  UNUSED_NATIVE_ARGS;
  return P(a[0])->doc;
}
NATIVE(prop_get_m) {
  UNUSED_NATIVE_ARGS;
  if (n < 2 || a[1].is_none())
    return a[0];
  return call1(P(a[0])->fget, a[1]);
}
NATIVE(prop_set_m) {
  UNUSED_NATIVE_ARGS;
  call2(P(a[0])->fset, a[1], a[2]);
  return None();
}
NATIVE(wrapper_func) {
  UNUSED_NATIVE_ARGS;
  return cast<WrapperObj>(a[0])->func;
}
NATIVE(wrapper_get) {
  UNUSED_NATIVE_ARGS;
  WrapperObj* w = cast<WrapperObj>(a[0]);
  if (a[0].o->kind == Kind::StaticMethod)
    return w->func;
  Value owner = n > 2 && !a[2].is_none() ? a[2] : V(type_of(a[1]));
  return V(new_bound_method(owner, w->func));
}

// ---- range / slice ------------------------------------------------------------------------------
NATIVE(range_start) {
  UNUSED_NATIVE_ARGS;
  return Int(cast<RangeObj>(a[0])->start);
}
NATIVE(range_stop) {
  UNUSED_NATIVE_ARGS;
  return Int(cast<RangeObj>(a[0])->stop);
}
NATIVE(range_step) {
  UNUSED_NATIVE_ARGS;
  return Int(cast<RangeObj>(a[0])->step);
}
NATIVE(range_index) {
  UNUSED_NATIVE_ARGS;
  RangeObj* r = cast<RangeObj>(a[0]);
  if (!contains(a[0], a[1]))
    value_error(repr(a[1]) + " is not in range");
  return Int((as_index(a[1]) - r->start) / r->step);
}
NATIVE(range_count) {
  UNUSED_NATIVE_ARGS;
  return Int(contains(a[0], a[1]) ? 1 : 0);
}
NATIVE(slice_start) {
  UNUSED_NATIVE_ARGS;
  return cast<SliceObj>(a[0])->start;
}
NATIVE(slice_stop) {
  UNUSED_NATIVE_ARGS;
  return cast<SliceObj>(a[0])->stop;
}
NATIVE(slice_step) {
  UNUSED_NATIVE_ARGS;
  return cast<SliceObj>(a[0])->step;
}
NATIVE(slice_indices_m) {
  UNUSED_NATIVE_ARGS;
  int64_t s, e, st;
  slice_indices(cast<SliceObj>(a[0]), as_index(a[1]), &s, &e, &st);
  return V(new_tuple({Int(s), Int(e), Int(st)}));
}

// ---- functions and methods ----------------------------------------------------------------------
NATIVE(method_self) {
  UNUSED_NATIVE_ARGS;
  return cast<BoundMethodObj>(a[0])->self;
}
NATIVE(method_func) {
  UNUSED_NATIVE_ARGS;
  return cast<BoundMethodObj>(a[0])->func;
}
NATIVE(method_name) {
  UNUSED_NATIVE_ARGS;
  return getattr(cast<BoundMethodObj>(a[0])->func, N().__name__);
}
NATIVE(method_qualname) {
  UNUSED_NATIVE_ARGS;
  return getattr(cast<BoundMethodObj>(a[0])->func, N().__qualname__);
}
NATIVE(method_doc) {
  UNUSED_NATIVE_ARGS;
  return getattr(cast<BoundMethodObj>(a[0])->func, N().__doc__);
}
// builtin_function_or_method covers plain natives and natives bound to a receiver (lst.append).
static NativeObj* native_of(const Value& v) {
  if (is_kind(v, Kind::BoundMethod))
    return cast<NativeObj>(cast<BoundMethodObj>(v)->func);
  return cast<NativeObj>(v);
}
NATIVE(native_name) {
  UNUSED_NATIVE_ARGS;
  return str_val(native_of(a[0])->name);
}
NATIVE(native_qualname) {
  UNUSED_NATIVE_ARGS;
  NativeObj* nf = native_of(a[0]);
  if (nf->owner)
    return str_val(std::string(sv(nf->owner->name)) + "." + nf->name);
  return str_val(nf->name);
}
NATIVE(native_self) {
  UNUSED_NATIVE_ARGS;
  if (is_kind(a[0], Kind::BoundMethod))
    return cast<BoundMethodObj>(a[0])->self;
  Value s = cast<NativeObj>(a[0])->self;
  return s.is_null() ? None() : s;
}
NATIVE(function_get) {
  UNUSED_NATIVE_ARGS;
  if (n < 2 || a[1].is_none())
    return a[0];
  return V(new_bound_method(a[1], a[0]));
}
NATIVE(cell_contents) {
  UNUSED_NATIVE_ARGS;
  return cast<CellObj>(a[0])->v;
}

void init_number_methods() {
  Types& t = T();
  TypeObj* i = t.int_;
  add_method(i, "bit_length", int_bit_length);
  add_method(i, "bit_count", int_bit_count);
  add_method(i, "conjugate", int_conjugate);
  add_method(i, "to_bytes", int_to_bytes);
  add_method(i, "as_integer_ratio", int_as_integer_ratio);
  add_method(i, "__index__", int_index_m);
  add_method(i, "__format__", int_format_m);
  add_method(i, "__repr__", int_repr_m);
  add_method(i, "__str__", int_repr_m);
  add_method(i, "__add__", int_add_m);
  add_method(i, "__sub__", int_sub_m);
  add_method(i, "__mul__", int_mul_m);
  add_method(i, "__eq__", int_eq_m);
  add_method(i, "__lt__", int_lt_m);
  add_method(i, "__hash__", int_hash_m);
  add_method(i, "__bool__", int_bool_m);
  add_method(i, "__int__", int_int_m);
  add_method(i, "__float__", int_float_m);
  add_method(i, "__neg__", int_neg_m);
  add_method(i, "__abs__", int_abs_m);
  prop(i, "real", int_real);
  prop(i, "imag", int_imag);
  prop(i, "numerator", int_numerator);
  prop(i, "denominator", int_denominator);
  {
    NativeObj* fb = new_native("from_bytes", int_from_bytes);
    WrapperObj* cm = vm().heap.alloc<WrapperObj>(t.classmethod, Kind::ClassMethod);
    cm->func = V(fb);
    dict_set(i->dict, V(intern("from_bytes")), V(cm));
  }
  TypeObj* f = t.float_;
  add_method(f, "is_integer", float_is_integer);
  add_method(f, "as_integer_ratio", float_as_integer_ratio);
  add_method(f, "hex", float_hex);
  add_method(f, "conjugate", float_conjugate);
  add_method(f, "__trunc__", float_trunc);
  add_method(f, "__int__", float_trunc);
  add_method(f, "__format__", float_format_m);
  add_method(f, "__repr__", int_repr_m);
  add_method(f, "__add__", int_add_m);
  add_method(f, "__sub__", int_sub_m);
  add_method(f, "__mul__", int_mul_m);
  add_method(f, "__eq__", int_eq_m);
  add_method(f, "__lt__", int_lt_m);
  add_method(f, "__hash__", int_hash_m);
  add_method(f, "__float__", int_float_m);
  add_method(f, "__neg__", int_neg_m);
  add_number_dunders(i, true);
  add_number_dunders(f, false);
  add_method(f, "__int__", float_trunc);
  add_method(f, "__str__", int_repr_m);
  prop(f, "real", float_real);
  prop(f, "imag", float_imag);
  {
    NativeObj* fh = new_native("fromhex", float_fromhex);
    WrapperObj* cm = vm().heap.alloc<WrapperObj>(t.classmethod, Kind::ClassMethod);
    cm->func = V(fh);
    dict_set(f->dict, V(intern("fromhex")), V(cm));
  }
}

void init_misc_types() {
  Types& t = T();
  TypeObj* o = t.object;
  add_method(o, "__init__", object_init);
  add_method(o, "__repr__", object_repr);
  add_method(o, "__str__", object_str);
  add_method(o, "__eq__", object_eq);
  add_method(o, "__ne__", object_ne);
  add_method(o, "__hash__", object_hash);
  add_method(o, "__format__", object_format);
  add_method(o, "__setattr__", object_setattr);
  add_method(o, "__getattribute__", object_getattribute);
  add_method(o, "__delattr__", object_delattr);
  add_method(o, "__dir__", object_dir);
  add_method(o, "__reduce_ex__", object_reduce_ex);
  add_method(o, "__sizeof__", object_sizeof);
  {
    NativeObj* isc = new_native("__init_subclass__", object_init_subclass);
    isc->owner = o;
    WrapperObj* cm = vm().heap.alloc<WrapperObj>(t.classmethod, Kind::ClassMethod);
    cm->func = V(isc);
    dict_set(o->dict, V(N().__init_subclass__), V(cm));
    NativeObj* nw = new_native("__new__", object_new);
    nw->owner = o;
    WrapperObj* sm = vm().heap.alloc<WrapperObj>(t.staticmethod, Kind::StaticMethod);
    sm->func = V(nw);
    // object.__new__ is reached through the builtin constructor table too
    dict_set(o->dict, V(intern("__new__")), V(nw));
    (void)sm;
  }
  (void)object_class_get;
  TypeObj* ty = t.type;
  add_method(ty, "mro", type_mro);
  add_method(ty, "__subclasses__", type_subclasses);
  add_method(ty, "__repr__", type_repr_m);
  add_method(ty, "__call__", type_call_m);
  add_method(ty, "__instancecheck__", type_instancecheck);
  TypeObj* p = t.property;
  add_method(p, "getter", prop_getter);
  add_method(p, "setter", prop_setter);
  add_method(p, "deleter", prop_deleter);
  add_method(p, "__get__", prop_get_m);
  add_method(p, "__set__", prop_set_m);
  prop(p, "fget", prop_fget);
  prop(p, "fset", prop_fset);
  prop(p, "fdel", prop_fdel);
  prop(p, "__doc__", prop_doc);
  for (TypeObj* w : {t.classmethod, t.staticmethod}) {
    prop(w, "__func__", wrapper_func);
    prop(w, "__wrapped__", wrapper_func);
    add_method(w, "__get__", wrapper_get);
  }
  prop(t.range, "start", range_start);
  prop(t.range, "stop", range_stop);
  prop(t.range, "step", range_step);
  add_method(t.range, "index", range_index);
  add_method(t.range, "count", range_count);
  prop(t.slice, "start", slice_start);
  prop(t.slice, "stop", slice_stop);
  prop(t.slice, "step", slice_step);
  add_method(t.slice, "indices", slice_indices_m);
  prop(t.method, "__self__", method_self);
  prop(t.method, "__func__", method_func);
  prop(t.method, "__name__", method_name);
  prop(t.method, "__qualname__", method_qualname);
  prop(t.method, "__doc__", method_doc);
  prop(t.builtin_function, "__name__", native_name);
  prop(t.builtin_function, "__qualname__", native_qualname);
  prop(t.builtin_function, "__self__", native_self);
  add_method(t.function, "__get__", function_get);
  prop(t.cell, "cell_contents", cell_contents);
}

} // namespace tulip::lang
