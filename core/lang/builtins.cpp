// The builtins module: print, len, range, sorted, min/max, isinstance, ... and the constructors
// of the builtin types (int(), str(), list(), dict(), ...).
#include <algorithm>
#include <cmath>
#include <cstring>

#include "lang/bigint.hpp"
#include "lang/modules.hpp"
#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

Value list_iter(ListObj* l);
Value range_iter(int64_t start, int64_t len, int64_t step);
RunStatus gen_send_ex(GenObj* g, Value sent, ExcObj* exc, Value& result); // generator.cpp
Value make_anext_awaitable(const Value& awaitable, const Value& dflt);    // generator.cpp

// ---- formatting ---------------------------------------------------------------------------------
Value format_value(const Value& v, std::string_view spec) {
  if (v.is_obj() && !v.o->type->builtin) {
    Value m = lookup_type(v.o->type, N().__format__);
    if (!m.is_null() && !(is_kind(m, Kind::Native) && cast<NativeObj>(m)->owner &&
                          cast<NativeObj>(m)->owner->builtin)) {
      Value r = call2(m, v, str_val(spec));
      if (!is_str(r))
        type_errorf("__format__ must return a str, not %s", type_name(r));
      return r;
    }
    if (is_kind(v, Kind::Instance) && !cast<InstanceObj>(v)->base_value.is_null() && !spec.empty())
      return format_value(cast<InstanceObj>(v)->base_value, spec);
  }
  switch (v.tag) {
  case Tag::Int:
    return str_val(format_int(v.i, spec));
  case Tag::Bool:
    if (spec.empty())
      return str_val(v.b ? "True" : "False");
    return str_val(format_int(v.b, spec));
  case Tag::Float:
    return str_val(format_float(v.f, spec));
  default:
    break;
  }
  if (is_str(v))
    return str_val(format_str(sv(v), spec));
  if (is_bigint(v)) {
    if (spec.empty())
      return str_val(big_to_string(v));
    char t = spec.back();
    if (t == 'f' || t == 'e' || t == 'g' || t == '%' || t == 'F' || t == 'E' || t == 'G')
      return str_val(format_float(big_to_double(v), spec));
    std::string digits;
    if (t == 'x' || t == 'X')
      digits = big_to_string(v, 16);
    else if (t == 'o')
      digits = big_to_string(v, 8);
    else if (t == 'b')
      digits = big_to_string(v, 2);
    else
      digits = big_to_string(v, 10);
    if (t == 'X')
      std::transform(digits.begin(), digits.end(), digits.begin(), ::toupper);
    bool neg = !digits.empty() && digits[0] == '-';
    if (neg)
      digits.erase(0, 1);
    std::string s = spec.find(',') != std::string_view::npos ? "" : "";
    if (spec.find(',') != std::string_view::npos || spec.find('_') != std::string_view::npos) {
      char sep = spec.find(',') != std::string_view::npos ? ',' : '_';
      std::string out;
      int cnt = 0;
      for (size_t i = digits.size(); i-- > 0;) {
        out.push_back(digits[i]);
        if (++cnt % 3 == 0 && i > 0)
          out.push_back(sep);
      }
      digits.assign(out.rbegin(), out.rend());
    }
    // width / alignment through the str formatter
    std::string body = (neg ? "-" : "") + digits;
    std::string sp(spec);
    size_t k = sp.find_first_of(",_");
    if (k != std::string::npos)
      sp.erase(k, 1);
    if (!sp.empty() && isalpha((unsigned char)sp.back()))
      sp.pop_back();
    if (!sp.empty() && sp[0] != '<' && sp[0] != '^' && sp.find_first_of("<>^") == std::string::npos)
      sp = ">" + sp;
    return str_val(format_str(body, sp));
  }
  if (spec.empty())
    return str_of(v);
  type_errorf("unsupported format string passed to %s.__format__", type_name(v));
}

std::string ascii_of(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    size_t j = utf8_next(s, i, &cp);
    if (cp < 0x80)
      out.push_back(char(cp));
    else if (cp <= 0xff)
      out += strf("\\x%02x", cp);
    else if (cp <= 0xffff)
      out += strf("\\u%04x", cp);
    else
      out += strf("\\U%08x", cp);
    i = j;
  }
  return out;
}

Value format_with_conversion(const Value& v, int conv, const Value& spec) {
  Value x = v;
  if (conv == 1)
    x = str_of(v);
  else if (conv == 2)
    x = repr_val(v);
  else if (conv == 3)
    x = str_val(ascii_of(repr(v)));
  std::string_view sp = spec.is_null() ? std::string_view() : sv(spec);
  if (sp.empty() && is_str(x) && x.o->type == T().str)
    return x;
  return format_value(x, sp);
}

// ---- print --------------------------------------------------------------------------------------
static Value stdout_obj() {
  Value sys = dict_get(vm().modules, "sys");
  if (sys.is_null())
    return Value();
  return dict_get(cast<ModuleObj>(sys)->dict, "stdout");
}

void write_to(const Value& file, std::string_view s) {
  VM& m = vm();
  if (file.is_null() || file.is_none()) {
    Value so = stdout_obj();
    if (so.is_null() ||
        (is_kind(so, Kind::Misc) && std::strcmp(cast<MiscObj>(so)->name, "stdout") == 0)) {
      m.write_out(s);
      return;
    }
    call_method(so, "write", {str_val(s)});
    return;
  }
  if (is_kind(file, Kind::Misc)) {
    const char* n = cast<MiscObj>(file)->name;
    if (std::strcmp(n, "stdout") == 0) {
      m.write_out(s);
      return;
    }
    if (std::strcmp(n, "stderr") == 0) {
      m.write_err(s);
      return;
    }
  }
  call_method(file, "write", {str_val(s)});
}

NATIVE(bi_print) {
  UNUSED_NATIVE_ARGS;
  Value sep, end, file, flush;
  for (int i = 0; i < kw.n; ++i) {
    std::string_view k = sv(kw.names[i]);
    if (k == "sep")
      sep = kw.vals[i];
    else if (k == "end")
      end = kw.vals[i];
    else if (k == "file")
      file = kw.vals[i];
    else if (k == "flush")
      flush = kw.vals[i];
    else
      type_errorf("'%s' is an invalid keyword argument for print()", std::string(k).c_str());
  }
  if (!sep.is_null() && !sep.is_none() && !is_str(sep))
    type_errorf("sep must be None or a string, not %s", type_name(sep));
  if (!end.is_null() && !end.is_none() && !is_str(end))
    type_errorf("end must be None or a string, not %s", type_name(end));
  std::string_view sepv = (sep.is_null() || sep.is_none()) ? " " : sv(sep);
  std::string_view endv = (end.is_null() || end.is_none()) ? std::string_view("\n") : sv(end);
  Value target = (file.is_null() || file.is_none()) ? stdout_obj() : file;
  if (target.is_null() || is_kind(target, Kind::Misc)) {
    // The process's own streams: one write of the whole line.
    std::string s;
    for (int i = 0; i < n; ++i) {
      if (i)
        s.append(sepv);
      if (is_str(a[i]) && a[i].o->type == T().str)
        s.append(sv(a[i]));
      else
        s += to_str(a[i]);
    }
    s.append(endv);
    write_to(file, s);
  } else {
    // Any other file object sees what CPython sends it: each argument, separator and end
    // in its own write() call.
    for (int i = 0; i < n; ++i) {
      if (i)
        write_to(target, sepv);
      write_to(target, to_str(a[i]));
    }
    write_to(target, endv);
  }
  if (!flush.is_null() && truthy(flush)) {
    if (file.is_null() || file.is_none())
      vm().flush_out();
    else if (!is_kind(file, Kind::Misc)) {
      Value fl = getattr_opt(file, N().flush);
      if (!fl.is_null())
        call0(fl);
    } else {
      vm().flush_out();
    }
  }
  return None();
}

// ---- simple builtins ----------------------------------------------------------------------------
NATIVE(bi_len) {
  UNUSED_NATIVE_ARGS;
  check_nargs("len", n, 1, 1);
  return Int(length(a[0]));
}
NATIVE(bi_repr) {
  UNUSED_NATIVE_ARGS;
  check_nargs("repr", n, 1, 1);
  return repr_val(a[0]);
}
NATIVE(bi_ascii) {
  UNUSED_NATIVE_ARGS;
  return str_val(ascii_of(repr(a[0])));
}
NATIVE(bi_abs) {
  UNUSED_NATIVE_ARGS;
  check_nargs("abs", n, 1, 1);
  Value v = a[0];
  if (v.is_int())
    return v.i < 0 ? unary_neg(v) : v;
  if (v.is_bool())
    return Int(v.b);
  if (v.is_float())
    return Float(std::fabs(v.f));
  if (is_bigint(v))
    return big_is_neg(v) ? big_neg(v) : v;
  bool found;
  Value r = call_dunder(v, N().__abs__, nullptr, 0, &found);
  if (found)
    return r;
  if (is_kind(v, Kind::Instance) && !cast<InstanceObj>(v)->base_value.is_null()) {
    Value payload = cast<InstanceObj>(v)->base_value; // a subclass of int or float
    return bi_abs(self, &payload, 1, kw);
  }
  type_errorf("bad operand type for abs(): '%s'", type_name(v));
}
NATIVE(bi_isinstance) {
  UNUSED_NATIVE_ARGS;
  check_nargs("isinstance", n, 2, 2);
  std::function<bool(const Value&)> check = [&](const Value& c) -> bool {
    if (is_type(c))
      return isinstance(a[0], cast<TypeObj>(c));
    if (is_tuple(c)) {
      for (auto& x : cast<TupleObj>(c)->items)
        if (check(x))
          return true;
      return false;
    }
    type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
  };
  return Bool(check(a[1]));
}
NATIVE(bi_issubclass) {
  UNUSED_NATIVE_ARGS;
  check_nargs("issubclass", n, 2, 2);
  if (!is_type(a[0]))
    type_error("issubclass() arg 1 must be a class");
  TypeObj* t = cast<TypeObj>(a[0]);
  std::function<bool(const Value&)> check = [&](const Value& c) -> bool {
    if (is_type(c)) {
      TypeObj* b = cast<TypeObj>(c);
      if (b == T().object)
        return true;
      for (TypeObj* m : t->mro)
        if (m == b)
          return true;
      return false;
    }
    if (is_tuple(c)) {
      for (auto& x : cast<TupleObj>(c)->items)
        if (check(x))
          return true;
      return false;
    }
    type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  };
  return Bool(check(a[1]));
}
NATIVE(bi_callable) {
  UNUSED_NATIVE_ARGS;
  return Bool(callable(a[0]));
}
NATIVE(bi_id) {
  UNUSED_NATIVE_ARGS;
  const Value& v = a[0];
  if (v.is_obj())
    return Int(int64_t(uintptr_t(v.o)));
  return Int(int64_t(0x7f0000000000ll + (v.is_int() ? v.i * 32 : v.is_bool() ? 8 + v.b * 16 : 24)));
}
NATIVE(bi_hash) {
  UNUSED_NATIVE_ARGS;
  return Int(hash_of(a[0]));
}
NATIVE(bi_chr) {
  UNUSED_NATIVE_ARGS;
  int64_t c = as_index(a[0]);
  if (c < 0 || c > 0x10ffff)
    value_error("chr() arg not in range(0x110000)");
  return str_val(utf8_encode(uint32_t(c)));
}
NATIVE(bi_ord) {
  UNUSED_NATIVE_ARGS;
  if (is_kind(a[0], Kind::Bytes)) {
    auto& d = cast<BytesObj>(a[0])->data;
    if (d.size() != 1)
      type_errorf("ord() expected a character, but string of length %zu found", d.size());
    return Int((unsigned char)d[0]);
  }
  if (!is_str(a[0]))
    type_errorf("ord() expected string of length 1, but %s found", type_name(a[0]));
  StrObj* s = cast<StrObj>(a[0]);
  if (s->cplen != 1)
    type_errorf("ord() expected a character, but string of length %zu found", s->cplen);
  uint32_t cp;
  utf8_next(s->view(), 0, &cp);
  return Int(cp);
}
static Value int_base_str(const Value& v, int base) {
  if (is_bigint(v)) {
    std::string s = big_to_string(v, base);
    const char* p = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    if (s[0] == '-')
      return str_val("-" + std::string(p) + s.substr(1));
    return str_val(p + s);
  }
  return str_val(int_to_base(as_index(v), base, true));
}
NATIVE(bi_hex) {
  UNUSED_NATIVE_ARGS;
  return int_base_str(a[0], 16);
}
NATIVE(bi_oct) {
  UNUSED_NATIVE_ARGS;
  return int_base_str(a[0], 8);
}
NATIVE(bi_bin) {
  UNUSED_NATIVE_ARGS;
  return int_base_str(a[0], 2);
}
NATIVE(bi_format) {
  UNUSED_NATIVE_ARGS;
  return format_value(a[0], n > 1 ? sv(a[1]) : std::string_view());
}
NATIVE(bi_getattr) {
  UNUSED_NATIVE_ARGS;
  check_nargs("getattr", n, 2, 3);
  if (!is_str(a[1]))
    type_errorf("attribute name must be string, not '%s'", type_name(a[1]));
  StrObj* name = intern(sv(a[1]));
  if (n == 3) {
    try {
      Value v = getattr_opt(a[0], name);
      return v.is_null() ? a[2] : v;
    } catch (PyError& e) {
      if (exc_matches(e.exc, T().AttributeError))
        return a[2];
      throw;
    }
  }
  return getattr(a[0], name);
}
NATIVE(bi_setattr) {
  UNUSED_NATIVE_ARGS;
  check_nargs("setattr", n, 3, 3);
  if (!is_str(a[1]))
    type_errorf("attribute name must be string, not '%s'", type_name(a[1]));
  setattr(a[0], intern(sv(a[1])), a[2]);
  return None();
}
NATIVE(bi_delattr) {
  UNUSED_NATIVE_ARGS;
  delattr(a[0], intern(sv(a[1])));
  return None();
}
NATIVE(bi_hasattr) {
  UNUSED_NATIVE_ARGS;
  check_nargs("hasattr", n, 2, 2);
  if (!is_str(a[1]))
    type_errorf("attribute name must be string, not '%s'", type_name(a[1]));
  try {
    return Bool(!getattr_opt(a[0], intern(sv(a[1]))).is_null());
  } catch (PyError& e) {
    if (exc_matches(e.exc, T().AttributeError))
      return False();
    throw;
  }
}
static bool callable_iter_next(IterObj* it, Value& out) {
  if (it->i)
    return false;
  Value v = call0(it->a);
  if (eq(v, it->b)) {
    it->i = 1;
    return false;
  }
  out = v;
  return true;
}
NATIVE(bi_iter) {
  UNUSED_NATIVE_ARGS;
  check_nargs("iter", n, 1, 2);
  if (n == 2) {
    if (!callable(a[0]))
      type_error("iter(v, w): v must be callable");
    IterObj* it = new_iter(T().callable_iterator, callable_iter_next);
    it->a = a[0];
    it->b = a[1];
    return V(it);
  }
  return get_iter(a[0]);
}
NATIVE(bi_next) {
  UNUSED_NATIVE_ARGS;
  check_nargs("next", n, 1, 2);
  Value it = a[0];
  bool iterator = it.is_obj() && (it.o->kind == Kind::Iter || it.o->kind == Kind::Generator ||
                                  !lookup_type(it.o->type, N().__next__).is_null());
  if (is_kind(it, Kind::Iter) && !cast<IterObj>(it)->next)
    iterator = false;
  if (is_kind(it, Kind::Generator) && cast<GenObj>(it)->gkind != GenKind::Generator)
    iterator = false;
  if (!iterator)
    type_errorf("'%s' object is not an iterator", type_name(it));
  Value out;
  if (is_kind(it, Kind::Generator)) {
    // A generator's return value travels in the StopIteration (unless a default is given).
    if (gen_send_ex(cast<GenObj>(it), None(), nullptr, out) == RunStatus::Yielded)
      return out;
    if (n == 2)
      return a[1];
    if (out.is_none())
      throw PyError{new_exception(T().StopIteration, std::vector<Value>{})};
    throw PyError{new_exception(T().StopIteration, std::vector<Value>{out})};
  }
  if (is_kind(it, Kind::Iter)) {
    if (next(it, out))
      return out;
  } else {
    try {
      return call1(lookup_type(it.o->type, N().__next__), it);
    } catch (PyError& e) {
      if (n == 2 && exc_matches(e.exc, T().StopIteration))
        return a[1];
      throw;
    }
  }
  if (n == 2)
    return a[1];
  throw PyError{new_exception(T().StopIteration, std::vector<Value>{})};
}
NATIVE(bi_aiter) {
  UNUSED_NATIVE_ARGS;
  check_nargs("aiter", n, 1, 1);
  Value m = lookup_type(type_of(a[0]), N().__aiter__);
  if (m.is_null())
    type_errorf("'%s' object is not an async iterable", type_name(a[0]));
  Value r = call1(m, a[0]);
  if (lookup_type(type_of(r), N().__anext__).is_null())
    type_errorf("aiter() returned not an async iterator of type '%s'", type_name(r));
  return r;
}
NATIVE(bi_anext) {
  UNUSED_NATIVE_ARGS;
  check_nargs("anext", n, 1, 2);
  Value m = lookup_type(type_of(a[0]), N().__anext__);
  if (m.is_null())
    type_errorf("'%s' object is not an async iterator", type_name(a[0]));
  Value aw = call1(m, a[0]);
  if (n == 1)
    return aw;
  return make_anext_awaitable(aw, a[1]);
}
NATIVE(bi_any) {
  UNUSED_NATIVE_ARGS;
  Value it = get_iter(a[0]);
  Value x;
  while (next(it, x))
    if (truthy(x))
      return True();
  return False();
}
NATIVE(bi_all) {
  UNUSED_NATIVE_ARGS;
  Value it = get_iter(a[0]);
  Value x;
  while (next(it, x))
    if (!truthy(x))
      return False();
  return True();
}
NATIVE(bi_sum) {
  UNUSED_NATIVE_ARGS;
  check_nargs("sum", n, 1, 2);
  Value start = n > 1 ? a[1] : kwarg(kw, "start");
  if (start.is_null())
    start = Int(0);
  if (is_str(start))
    type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (is_kind(start, Kind::Bytes))
    type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  Value acc = start;
  Value it = get_iter(a[0]);
  Value x;
  NativeCallScope scope;
  while (next(it, x)) {
    if (acc.is_int() && x.is_int()) {
      int64_t r;
      if (!__builtin_add_overflow(acc.i, x.i, &r)) {
        acc = Int(r);
        continue;
      }
    }
    if (acc.is_float() && x.is_float()) {
      acc = Float(acc.f + x.f);
      continue;
    }
    acc = binary_op(acc, x, BIN_ADD);
  }
  return acc;
}
static Value minmax(Value* a, int n, const Kw& kw, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key = kwarg(kw, "key");
  Value dflt = kwarg(kw, "default");
  for (int i = 0; i < kw.n; ++i) {
    std::string_view k = sv(kw.names[i]);
    if (k != "key" && k != "default")
      type_errorf("'%s' is an invalid keyword argument for %s()", std::string(k).c_str(), name);
  }
  if (n == 0)
    type_errorf("%s expected at least 1 argument, got 0", name);
  std::vector<Value> items;
  if (n == 1) {
    items = to_vector(a[0]);
  } else {
    if (!dflt.is_null())
      type_errorf("Cannot specify a default for %s() with multiple positional arguments", name);
    items.assign(a, a + n);
  }
  if (items.empty()) {
    if (!dflt.is_null())
      return dflt;
    value_errorf("%s() arg is an empty sequence", name);
  }
  NativeCallScope scope;
  bool has_key = !key.is_null() && !key.is_none();
  Value best = items[0];
  Value bestk = has_key ? call1(key, best) : best;
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = has_key ? call1(key, items[i]) : items[i];
    if (compare_bool(k, bestk, is_max ? CMP_GT : CMP_LT)) {
      best = items[i];
      bestk = k;
    }
  }
  return best;
}
NATIVE(bi_max) {
  UNUSED_NATIVE_ARGS;
  return minmax(a, n, kw, true);
}
NATIVE(bi_min) {
  UNUSED_NATIVE_ARGS;
  return minmax(a, n, kw, false);
}
NATIVE(bi_sorted) {
  UNUSED_NATIVE_ARGS;
  // CPython unpacks sorted()'s positional arguments with PyArg_UnpackTuple (that message).
  if (n != 1)
    type_errorf("sorted expected 1 argument, got %d", n);
  ListObj* l = new_list(to_vector(a[0]));
  Value lv = V(l);
  RootGuard g(&lv);
  Value key = kwarg(kw, "key");
  Value rev = kwarg(kw, "reverse");
  list_sort(l, key, !rev.is_null() && truthy(rev));
  return lv;
}
static double round_half_even(double x) { return std::nearbyint(x); }
NATIVE(bi_round) {
  UNUSED_NATIVE_ARGS;
  check_nargs("round", n, 1, 2);
  Value x = a[0];
  Value nd = n > 1 ? a[1] : kwarg(kw, "ndigits");
  bool has_nd = !nd.is_null() && !nd.is_none();
  if (x.is_float()) {
    double d = x.f;
    if (!has_nd) {
      if (std::isnan(d))
        value_error("cannot convert float NaN to integer");
      if (std::isinf(d))
        raise(T().OverflowError, "cannot convert float infinity to integer");
      double r = round_half_even(d);
      if (std::fabs(r) < 9.2e18)
        return Int(int64_t(r));
      return big_from_double(r);
    }
    int64_t k = as_index(nd);
    if (!std::isfinite(d))
      return x;
    if (k >= 0) {
      if (k > 300)
        return x;
      char buf[512];
      std::snprintf(buf, sizeof buf, "%.*f", int(k), d);
      return Float(std::strtod(buf, nullptr));
    }
    double p = std::pow(10.0, double(-k));
    double y = round_half_even(d / p) * p;
    return Float(y);
  }
  if (x.is_int() || x.is_bool() || is_bigint(x)) {
    if (!has_nd)
      return x.is_bool() ? Int(x.b) : x;
    int64_t k = as_index(nd);
    if (k >= 0 || !x.is_int())
      return x.is_bool() ? Int(x.b) : x;
    if (k < -18)
      return Int(0);
    int64_t p = 1;
    for (int64_t i = 0; i < -k; ++i)
      p *= 10;
    int64_t v = x.i;
    int64_t q = v / p, r = v % p;
    if (r < 0) {
      r += p;
      --q;
    }
    if (r * 2 > p || (r * 2 == p && (q & 1)))
      ++q;
    return Int(q * p);
  }
  Value m = lookup_type(type_of(x), N().__round__);
  if (!m.is_null())
    return has_nd ? call2(m, x, nd) : call1(m, x);
  type_errorf("type %s doesn't define __round__ method", type_name(x));
}
NATIVE(bi_divmod) {
  UNUSED_NATIVE_ARGS;
  no_kw("divmod", kw);
  check_nargs("divmod", n, 2, 2);
  if ((a[0].is_float() || a[1].is_float()) && is_number(a[0]) && is_number(a[1]) &&
      (a[1].is_float() ? a[1].f == 0.0
                       : (a[1].is_int() && a[1].i == 0) || (a[1].is_bool() && !a[1].b)))
    raise(T().ZeroDivisionError, "float divmod()");
  Value q = binary_op(a[0], a[1], BIN_FLOORDIV);
  Value r = binary_op(a[0], a[1], BIN_MOD);
  return V(new_tuple({q, r}));
}
void parse_args(const char* fname, const Value* args, int nargs, const Kw& kw,
                std::initializer_list<const char*> names, int required, Value* out) {
  int np = int(names.size());
  if (nargs > np)
    type_errorf("%s() takes %s %d argument%s (%d given)", fname,
                required == np ? "exactly" : "at most", np, np == 1 ? "" : "s", nargs);
  int used = 0;
  int i = 0;
  for (const char* name : names) {
    if (i < nargs) {
      out[i] = args[i];
    } else {
      out[i] = kwarg(kw, name);
      if (!out[i].is_null())
        ++used;
      else if (i < required)
        type_errorf("%s() missing required argument '%s' (pos %d)", fname, name, i + 1);
    }
    ++i;
  }
  if (used == kw.n)
    return;
  for (int k = 0; k < kw.n; ++k) {
    std::string_view key = sv(kw.names[k]);
    int pos = 0;
    for (const char* name : names) {
      if (key == name)
        break;
      ++pos;
    }
    if (pos >= np)
      type_errorf("'%s' is an invalid keyword argument for %s()", std::string(key).c_str(), fname);
    if (pos < nargs)
      type_errorf("argument for %s() given by name ('%s') and position (%d)", fname,
                  std::string(key).c_str(), pos + 1);
  }
}

NATIVE(bi_pow) {
  UNUSED_NATIVE_ARGS;
  Value p[3];
  parse_args("pow", a, n, kw, {"base", "exp", "mod"}, 2, p);
  if (!p[2].is_null() && !p[2].is_none())
    return pow_values(p[0], p[1], p[2]);
  return binary_op(p[0], p[1], BIN_POW);
}
NATIVE(bi_vars) {
  UNUSED_NATIVE_ARGS;
  if (n == 0) {
    Frame* f = vm().top;
    return f && f->locals ? V(f->locals) : V(f->globals);
  }
  DictObj* d = instance_dict(a[0], true);
  if (!d)
    type_error("vars() argument must have __dict__ attribute");
  return V(d);
}
NATIVE(bi_globals) {
  UNUSED_NATIVE_ARGS;
  return V(vm().top->globals);
}
NATIVE(bi_locals) {
  UNUSED_NATIVE_ARGS;
  Frame* f = vm().top;
  if (f->locals)
    return V(f->locals);
  DictObj* d = new_dict();
  for (int i = 0; i < f->code->nlocals(); ++i)
    if (!f->fast[i].is_null())
      dict_set(d, V(f->code->varnames[size_t(i)]), f->fast[i]);
  return V(d);
}
NATIVE(bi_dir) {
  UNUSED_NATIVE_ARGS;
  ListObj* l = new_list();
  std::vector<std::string> names;
  auto add_dict = [&](DictObj* d) {
    if (!d)
      return;
    for (auto& e : d->entries)
      if (!e.key.is_null() && is_str(e.key))
        names.push_back(std::string(sv(e.key)));
  };
  if (n == 0) {
    Frame* f = vm().top;
    add_dict(f->locals ? f->locals : f->globals);
  } else {
    add_dict(instance_dict(a[0], false));
    TypeObj* t = is_type(a[0]) ? cast<TypeObj>(a[0]) : type_of(a[0]);
    for (TypeObj* c : t->mro)
      add_dict(c->dict);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (auto& s : names)
    l->items.push_back(str_val(s));
  return V(l);
}
NATIVE(bi_open) {
  UNUSED_NATIVE_ARGS;
  Value os = import_name(intern("os"), false);
  return call(getattr(os, intern("_open")), a, n, kw);
}
NATIVE(bi_input) {
  UNUSED_NATIVE_ARGS;
  if (n > 0)
    vm().write_out(to_str(a[0]));
  vm().flush_out();
  std::string line;
  int c;
  bool any = false;
  while ((c = std::fgetc(stdin)) != EOF) {
    any = true;
    if (c == '\n')
      break;
    line.push_back(char(c));
  }
  if (!any)
    raise(T().EOFError, "EOF when reading a line");
  return str_val(line);
}

// ---- iterator builtins --------------------------------------------------------------------------
static bool enumerate_next(IterObj* it, Value& out) {
  Value x;
  if (!next(it->a, x))
    return false;
  Value idx = it->b.is_null() ? Int(it->i) : it->b;
  if (it->b.is_null()) {
    if (it->i == INT64_MAX)
      it->b = big_binop(Int(it->i), Int(1), BIN_ADD);
    else
      ++it->i;
  } else {
    it->b = binary_op(it->b, Int(1), BIN_ADD);
  }
  out = V(new_tuple({idx, x}));
  return true;
}
static bool zip_next(IterObj* it, Value& out) {
  if (it->vals.empty() || it->i)
    return false;
  std::vector<Value> items;
  for (size_t k = 0; k < it->vals.size(); ++k) {
    Value x;
    if (!next(it->vals[k], x)) {
      it->i = 1;
      if (it->step && k > 0)
        value_errorf("zip() argument %zu is shorter than argument%s%s", k + 1, k > 1 ? "s 1-" : " ",
                     std::to_string(k).c_str());
      if (it->step && k == 0) {
        for (size_t j = 1; j < it->vals.size(); ++j) {
          Value y;
          if (next(it->vals[j], y))
            value_errorf("zip() argument %zu is longer than argument%s%s", j + 1,
                         j > 1 ? "s 1-" : " ", std::to_string(j).c_str());
        }
      }
      return false;
    }
    items.push_back(x);
  }
  out = V(new_tuple(std::move(items)));
  return true;
}
static bool map_next(IterObj* it, Value& out) {
  std::vector<Value> args;
  for (auto& src : it->vals) {
    Value x;
    if (!next(src, x))
      return false;
    args.push_back(x);
  }
  out = call(it->a, args.data(), int(args.size()));
  return true;
}
static bool filter_next(IterObj* it, Value& out) {
  Value x;
  while (next(it->b, x)) {
    bool keep = (it->a.is_none() || it->a.is_null()) ? truthy(x) : truthy(call1(it->a, x));
    if (keep) {
      out = x;
      return true;
    }
  }
  return false;
}
static bool reversed_next(IterObj* it, Value& out) {
  if (it->i < 0)
    return false;
  const Value& s = it->a;
  if (is_list(s)) {
    auto& items = cast<ListObj>(s)->items;
    if (it->i >= int64_t(items.size())) {
      it->i = -1;
      return false;
    }
    out = items[size_t(it->i--)];
    return true;
  }
  out = getitem(s, Int(it->i--));
  return true;
}

TypeObj* iter_type(const char* name) {
  static std::unordered_map<std::string, TypeObj*>* cache = nullptr;
  (void)cache;
  Value t = dict_get(vm().builtins, name);
  if (is_type(t))
    return cast<TypeObj>(t);
  return T().iterator;
}

NATIVE(ctor_enumerate) {
  UNUSED_NATIVE_ARGS;
  Value src = n > 1 ? a[1] : kwarg(kw, "iterable");
  if (src.is_null())
    type_error("enumerate() missing required argument 'iterable' (pos 1)");
  Value start = n > 2 ? a[2] : kwarg(kw, "start");
  IterObj* it = new_iter(cast<TypeObj>(a[0]), enumerate_next);
  it->a = get_iter(src);
  if (!start.is_null()) {
    if (start.is_int())
      it->i = start.i;
    else if (start.is_bool())
      it->i = start.b;
    else if (is_bigint(start))
      it->b = start;
    else
      type_errorf("'%s' object cannot be interpreted as an integer", type_name(start));
  }
  return V(it);
}
NATIVE(ctor_zip) {
  UNUSED_NATIVE_ARGS;
  IterObj* it = new_iter(cast<TypeObj>(a[0]), zip_next);
  Value itv = V(it);
  RootGuard g(&itv);
  for (int i = 1; i < n; ++i) {
    try {
      it->vals.push_back(get_iter(a[i]));
    } catch (PyError& e) {
      if (exc_matches(e.exc, T().TypeError))
        type_errorf("zip argument #%d must support iteration", i);
      throw;
    }
  }
  Value strict = kwarg(kw, "strict");
  it->step = !strict.is_null() && truthy(strict);
  return itv;
}
NATIVE(ctor_map) {
  UNUSED_NATIVE_ARGS;
  if (n < 3)
    type_error("map() must have at least two arguments.");
  IterObj* it = new_iter(cast<TypeObj>(a[0]), map_next);
  Value itv = V(it);
  RootGuard g(&itv);
  it->a = a[1];
  for (int i = 2; i < n; ++i)
    it->vals.push_back(get_iter(a[i]));
  return itv;
}
NATIVE(ctor_filter) {
  UNUSED_NATIVE_ARGS;
  check_nargs("filter", n - 1, 2, 2);
  IterObj* it = new_iter(cast<TypeObj>(a[0]), filter_next);
  it->a = a[1];
  it->b = get_iter(a[2]);
  return V(it);
}
NATIVE(ctor_reversed) {
  UNUSED_NATIVE_ARGS;
  check_nargs("reversed", n - 1, 1, 1);
  Value s = a[1];
  if (s.is_obj() && !s.o->type->builtin) {
    Value m = lookup_type(s.o->type, N().__reversed__);
    if (!m.is_null())
      return call1(m, s);
  }
  if (is_kind(s, Kind::Range)) {
    auto* r = cast<RangeObj>(s);
    int64_t len = slice_len(r->start, r->stop, r->step);
    return range_iter(r->start + (len - 1) * r->step, len, -r->step);
  }
  if (is_dict(s) || is_kind(s, Kind::Iter)) {
    std::vector<Value> v = to_vector(s);
    std::reverse(v.begin(), v.end());
    Value r = list_iter(new_list(std::move(v)));
    r.o->type = is_dict(s) || s.o->type == T().dict_keys ? T().dict_reversekeyiterator
                                                         : T().list_reverseiterator;
    return r;
  }
  if (!(is_list(s) || is_tuple(s) || is_str(s) || is_kind(s, Kind::Bytes) ||
        (s.is_obj() && !lookup_type(s.o->type, N().__getitem__).is_null() &&
         !lookup_type(s.o->type, N().__len__).is_null())))
    type_errorf("'%s' object is not reversible", type_name(s));
  IterObj* it =
      new_iter(is_list(s) ? T().list_reverseiterator : cast<TypeObj>(a[0]), reversed_next);
  it->a = s;
  it->i = length(s) - 1;
  return V(it);
}

// ---- constructors of builtin types --------------------------------------------------------------
Value int_of(const Value& v, const Value& base_v) {
  if (!base_v.is_null()) {
    int base = int(as_index(base_v));
    if (base != 0 && (base < 2 || base > 36))
      value_error("int() base must be >= 2 and <= 36, or 0");
    if (is_str(v)) {
      std::string s(sv(v));
      try {
        return int_from_str(s, base);
      } catch (PyError& e) {
        if (exc_matches(e.exc, T().OverflowError)) {
          // arbitrary precision
          std::string t;
          for (char c : s)
            if (!isspace((unsigned char)c) && c != '_')
              t.push_back(c);
          bool neg = !t.empty() && t[0] == '-';
          if (!t.empty() && (t[0] == '-' || t[0] == '+'))
            t.erase(0, 1);
          if (t.size() > 2 && t[0] == '0' &&
              (t[1] == 'x' || t[1] == 'X' || t[1] == 'o' || t[1] == 'O' || t[1] == 'b' ||
               t[1] == 'B')) {
            int b2 = tolower(t[1]) == 'x' ? 16 : tolower(t[1]) == 'o' ? 8 : 2;
            t.erase(0, 2);
            if (base == 0)
              base = b2;
          }
          if (base == 0)
            base = 10;
          return big_from_string(t, base, neg);
        }
        throw;
      }
    }
    if (is_kind(v, Kind::Bytes))
      return int_of(str_val(cast<BytesObj>(v)->data), base_v);
    type_error("int() can't convert non-string with explicit base");
  }
  switch (v.tag) {
  case Tag::Int:
    return v;
  case Tag::Bool:
    return Int(v.b);
  case Tag::Float: {
    double d = v.f;
    if (std::isnan(d))
      value_error("cannot convert float NaN to integer");
    if (std::isinf(d))
      raise(T().OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(d);
    if (std::fabs(t) < 9.2e18)
      return Int(int64_t(t));
    return big_from_double(t);
  }
  default:
    break;
  }
  if (is_bigint(v))
    return v;
  if (is_str(v))
    return int_of(v, Int(10));
  if (is_kind(v, Kind::Bytes))
    return int_of(str_val(cast<BytesObj>(v)->data), Int(10));
  if (v.is_obj()) {
    for (StrObj* nm : {N().__int__, N().__index__, N().__trunc__}) {
      bool found;
      Value r = call_dunder(v, nm, nullptr, 0, &found);
      if (found) {
        if (!is_intlike(r))
          type_errorf("__int__ returned non-int (type %s)", type_name(r));
        return r;
      }
    }
    if (is_kind(v, Kind::Instance) && !cast<InstanceObj>(v)->base_value.is_null())
      return int_of(cast<InstanceObj>(v)->base_value, Value());
  }
  type_errorf("int() argument must be a string, a bytes-like object or a real number, not '%s'",
              type_name(v));
}

// tuple.__new__(cls, ...) and friends with a subclass: an instance carrying the builtin value.
static Value wrap_sub(const Value& cls, Value v, TypeObj* builtin) {
  if (!is_type(cls) || cast<TypeObj>(cls) == builtin)
    return v;
  TypeObj* t = cast<TypeObj>(cls);
  if (t->builtin)
    return v;
  InstanceObj* inst = vm().heap.alloc<InstanceObj>(t, Kind::Instance);
  inst->base_value = v;
  return V(inst);
}

NATIVE(ctor_int) {
  UNUSED_NATIVE_ARGS;
  if (is_type(a[0]) && cast<TypeObj>(a[0]) != T().int_ && cast<TypeObj>(a[0]) != T().bool_) {
    Value b[8];
    int k = n < 8 ? n : 8;
    for (int i = 0; i < k; ++i)
      b[i] = a[i];
    b[0] = V(T().int_);
    Value r = ctor_int(self, b, k, kw);
    return wrap_sub(a[0], r, T().int_);
  }
  if (n == 1 && kw.n == 0)
    return Int(0);
  Value base = n > 2 ? a[2] : kwarg(kw, "base");
  if (n < 2) {
    if (!base.is_null())
      type_error("int() missing string argument");
    return Int(0);
  }
  return int_of(a[1], base);
}
NATIVE(ctor_float) {
  UNUSED_NATIVE_ARGS;
  if (n == 1)
    return Float(0.0);
  Value v = a[1];
  switch (v.tag) {
  case Tag::Float:
    return v;
  case Tag::Int:
    return Float(double(v.i));
  case Tag::Bool:
    return Float(v.b ? 1.0 : 0.0);
  default:
    break;
  }
  if (is_bigint(v))
    return Float(big_to_double(v));
  if (is_str(v))
    return float_from_str(sv(v));
  if (v.is_obj()) {
    bool found;
    Value r = call_dunder(v, N().__float__, nullptr, 0, &found);
    if (found)
      return r;
    r = call_dunder(v, N().__index__, nullptr, 0, &found);
    if (found)
      return Float(as_double(r));
    if (is_kind(v, Kind::Instance) && !cast<InstanceObj>(v)->base_value.is_null())
      return Float(as_double(cast<InstanceObj>(v)->base_value));
  }
  type_errorf("float() argument must be a string or a real number, not '%s'", type_name(v));
}
Value bytes_decode(BytesObj* b, std::string_view enc, std::string_view errors);
NATIVE(ctor_str) {
  UNUSED_NATIVE_ARGS;
  if (n == 1 && kw.n == 0)
    return V(intern(""));
  Value obj = n > 1 ? a[1] : kwarg(kw, "object");
  Value enc = n > 2 ? a[2] : kwarg(kw, "encoding");
  if (!enc.is_null() && is_kind(obj, Kind::Bytes)) {
    Value errs = n > 3 ? a[3] : kwarg(kw, "errors");
    return bytes_decode(cast<BytesObj>(obj), sv(enc), errs.is_null() ? "strict" : sv(errs));
  }
  if (obj.is_null())
    return wrap_sub(a[0], V(intern("")), T().str);
  return wrap_sub(a[0], str_of(obj), T().str);
}
NATIVE(ctor_bool) {
  UNUSED_NATIVE_ARGS;
  if (n == 1)
    return False();
  return Bool(truthy(a[1]));
}
NATIVE(ctor_list) {
  UNUSED_NATIVE_ARGS;
  if (n > 2)
    type_errorf("list expected at most 1 argument, got %d", n - 1);
  if (kw.n)
    type_error("list() takes no keyword arguments");
  if (n == 1)
    return V(new_list());
  return V(new_list(to_vector(a[1])));
}
NATIVE(ctor_tuple) {
  UNUSED_NATIVE_ARGS;
  if (n > 2)
    type_errorf("tuple expected at most 1 argument, got %d", n - 1);
  if (n == 1)
    return wrap_sub(a[0], V(new_tuple(size_t(0))), T().tuple);
  if (is_tuple(a[1]) && a[1].o->type == T().tuple)
    return wrap_sub(a[0], a[1], T().tuple);
  return wrap_sub(a[0], V(new_tuple(to_vector(a[1]))), T().tuple);
}
NATIVE(ctor_dict) {
  UNUSED_NATIVE_ARGS;
  if (n > 2)
    type_errorf("dict expected at most 1 argument, got %d", n - 1);
  DictObj* d = new_dict();
  Value dv = V(d);
  RootGuard g(&dv);
  if (n > 1)
    dict_update(d, a[1]);
  for (int i = 0; i < kw.n; ++i)
    dict_set(d, kw.names[i], kw.vals[i]);
  return dv;
}
NATIVE(ctor_set) {
  UNUSED_NATIVE_ARGS;
  if (n > 2)
    type_errorf("set expected at most 1 argument, got %d", n - 1);
  SetObj* s = new_set();
  Value sv2 = V(s);
  RootGuard g(&sv2);
  if (n > 1)
    set_update(s, a[1]);
  return sv2;
}
NATIVE(ctor_frozenset) {
  UNUSED_NATIVE_ARGS;
  SetObj* s = new_set(true);
  Value sv2 = V(s);
  RootGuard g(&sv2);
  if (n > 1) {
    if (is_kind(a[1], Kind::Set) && cast<SetObj>(a[1])->frozen)
      return a[1];
    set_update(s, a[1]);
  }
  return sv2;
}
NATIVE(ctor_range) {
  UNUSED_NATIVE_ARGS;
  if (kw.n)
    type_error("range() takes no keyword arguments");
  auto idx = [](const Value& v) {
    if (v.is_float())
      type_error("'float' object cannot be interpreted as an integer");
    return as_index(v);
  };
  switch (n - 1) {
  case 1:
    return V(new_range(0, idx(a[1]), 1));
  case 2:
    return V(new_range(idx(a[1]), idx(a[2]), 1));
  case 3: {
    int64_t st = idx(a[3]);
    if (st == 0)
      value_error("range() arg 3 must not be zero");
    return V(new_range(idx(a[1]), idx(a[2]), st));
  }
  case 0:
    type_error("range expected at least 1 argument, got 0");
  default:
    type_errorf("range expected at most 3 arguments, got %d", n - 1);
  }
}
NATIVE(ctor_slice) {
  UNUSED_NATIVE_ARGS;
  SliceObj* s = vm().heap.alloc<SliceObj>(T().slice, Kind::Slice);
  s->start = None();
  s->step = None();
  if (n == 2)
    s->stop = a[1];
  else {
    s->start = a[1];
    s->stop = n > 2 ? a[2] : None();
    s->step = n > 3 ? a[3] : None();
  }
  return V(s);
}
Value build_class_from_type_call(Value name, Value bases, Value dict) {
  TypeObj* base = T().object;
  auto& bl = cast<TupleObj>(bases)->items;
  if (!bl.empty())
    base = cast<TypeObj>(bl[0]);
  TypeObj* cls =
      new_type(sv(name), base, base->is_exception ? Kind::Exception : Kind::Instance, false);
  for (auto& b : bl)
    cls->bases.push_back(cast<TypeObj>(b));
  cls->dict = dict_copy(cast<DictObj>(dict));
  // Defining __eq__ without __hash__ makes instances unhashable (type_new sets __hash__ = None).
  if (!dict_get_str(cls->dict, N().__eq__).is_null() &&
      dict_get_str(cls->dict, N().__hash__).is_null())
    dict_set(cls->dict, V(N().__hash__), None());
  Value q = dict_get_str(cls->dict, N().__qualname__);
  if (is_str(q))
    cls->qualname = intern(sv(q));
  Value frame_name = vm().top ? dict_get_str(vm().top->globals, N().__name__) : Value();
  Value mod = dict_get_str(cls->dict, N().__module__);
  if (is_str(mod))
    cls->module = intern(sv(mod));
  else if (is_str(frame_name)) {
    cls->module = intern(sv(frame_name));
    dict_set(cls->dict, V(N().__module__), frame_name);
  }
  return V(cls);
}
NATIVE(ctor_type) {
  UNUSED_NATIVE_ARGS;
  if (n == 2)
    return V(type_of(a[1]));
  if (n == 4)
    return build_class_from_type_call(a[1], a[2], a[3]);
  type_error("type() takes 1 or 3 arguments");
}
NATIVE(ctor_object) {
  UNUSED_NATIVE_ARGS;
  if (n > 1)
    type_error("object() takes no arguments");
  return V(vm().heap.alloc<InstanceObj>(T().object, Kind::Instance));
}
NATIVE(ctor_property) {
  UNUSED_NATIVE_ARGS;
  PropertyObj* p = vm().heap.alloc<PropertyObj>(cast<TypeObj>(a[0]), Kind::Property);
  p->fget = n > 1 ? a[1] : kwarg(kw, "fget");
  p->fset = n > 2 ? a[2] : kwarg(kw, "fset");
  p->fdel = n > 3 ? a[3] : kwarg(kw, "fdel");
  p->doc = n > 4 ? a[4] : kwarg(kw, "doc");
  for (Value* v : {&p->fget, &p->fset, &p->fdel, &p->doc})
    if (v->is_null())
      *v = None();
  if (p->doc.is_none() && is_kind(p->fget, Kind::Function) &&
      !cast<FuncObj>(p->fget)->doc.is_null())
    p->doc = cast<FuncObj>(p->fget)->doc;
  return V(p);
}
NATIVE(ctor_classmethod) {
  UNUSED_NATIVE_ARGS;
  check_nargs("classmethod", n - 1, 1, 1);
  WrapperObj* w = vm().heap.alloc<WrapperObj>(T().classmethod, Kind::ClassMethod);
  w->func = a[1];
  return V(w);
}
NATIVE(ctor_staticmethod) {
  UNUSED_NATIVE_ARGS;
  check_nargs("staticmethod", n - 1, 1, 1);
  WrapperObj* w = vm().heap.alloc<WrapperObj>(T().staticmethod, Kind::StaticMethod);
  w->func = a[1];
  return V(w);
}
NATIVE(ctor_super) {
  UNUSED_NATIVE_ARGS;
  if (n == 1)
    raise(T().RuntimeError, "super(): no arguments");
  if (!is_type(a[1]))
    type_errorf("super() argument 1 must be a type, not %s", type_name(a[1]));
  SuperObj* s = vm().heap.alloc<SuperObj>(T().super, Kind::Super);
  s->start = cast<TypeObj>(a[1]);
  if (n > 2) {
    s->self = a[2];
    if (is_type(a[2]) && is_subtype(cast<TypeObj>(a[2]), s->start))
      s->self_type = cast<TypeObj>(a[2]);
    else if (isinstance(a[2], s->start))
      s->self_type = type_of(a[2]);
    else
      type_error("super(type, obj): obj must be an instance or subtype of type");
  } else {
    s->self_type = s->start;
  }
  return V(s);
}
Value bytes_from(const Value& v, const Value& enc);
NATIVE(ctor_bytes) {
  UNUSED_NATIVE_ARGS;
  if (n == 1)
    return V(new_bytes(""));
  Value enc = n > 2 ? a[2] : kwarg(kw, "encoding");
  return bytes_from(a[1], enc);
}

void init_builtins(DictObj* b) {
  Types& t = T();
  add_function(b, "print", bi_print);
  add_function(b, "len", bi_len);
  add_function(b, "repr", bi_repr);
  add_function(b, "ascii", bi_ascii);
  add_function(b, "abs", bi_abs);
  add_function(b, "isinstance", bi_isinstance);
  add_function(b, "issubclass", bi_issubclass);
  add_function(b, "callable", bi_callable);
  add_function(b, "id", bi_id);
  add_function(b, "hash", bi_hash);
  add_function(b, "chr", bi_chr);
  add_function(b, "ord", bi_ord);
  add_function(b, "hex", bi_hex);
  add_function(b, "oct", bi_oct);
  add_function(b, "bin", bi_bin);
  add_function(b, "format", bi_format);
  add_function(b, "getattr", bi_getattr);
  add_function(b, "setattr", bi_setattr);
  add_function(b, "delattr", bi_delattr);
  add_function(b, "hasattr", bi_hasattr);
  add_function(b, "iter", bi_iter);
  add_function(b, "next", bi_next);
  add_function(b, "aiter", bi_aiter);
  add_function(b, "anext", bi_anext);
  add_function(b, "any", bi_any);
  add_function(b, "all", bi_all);
  add_function(b, "sum", bi_sum);
  add_function(b, "max", bi_max);
  add_function(b, "min", bi_min);
  add_function(b, "sorted", bi_sorted);
  add_function(b, "round", bi_round);
  add_function(b, "divmod", bi_divmod);
  add_function(b, "pow", bi_pow);
  add_function(b, "vars", bi_vars);
  add_function(b, "globals", bi_globals);
  add_function(b, "locals", bi_locals);
  add_function(b, "dir", bi_dir);
  add_function(b, "input", bi_input);
  add_function(b, "open", bi_open);
  auto ctor = [&](TypeObj* ty, NativeFn fn) {
    NativeObj* nf = new_native("__new__", fn);
    nf->owner = ty;
    dict_set(ty->dict, V(N().__new__), V(nf));
    dict_set(b, V(ty->name), V(ty));
  };
  ctor(t.int_, ctor_int);
  ctor(t.float_, ctor_float);
  ctor(t.str, ctor_str);
  ctor(t.bool_, ctor_bool);
  ctor(t.list, ctor_list);
  ctor(t.tuple, ctor_tuple);
  ctor(t.dict, ctor_dict);
  ctor(t.set, ctor_set);
  ctor(t.frozenset, ctor_frozenset);
  ctor(t.range, ctor_range);
  ctor(t.slice, ctor_slice);
  ctor(t.type, ctor_type);
  ctor(t.object, ctor_object);
  ctor(t.property, ctor_property);
  ctor(t.classmethod, ctor_classmethod);
  ctor(t.staticmethod, ctor_staticmethod);
  ctor(t.super, ctor_super);
  ctor(t.bytes, ctor_bytes);
  for (auto [name, fn] :
       std::initializer_list<std::pair<const char*, NativeFn>>{{"enumerate", ctor_enumerate},
                                                               {"zip", ctor_zip},
                                                               {"map", ctor_map},
                                                               {"filter", ctor_filter},
                                                               {"reversed", ctor_reversed}}) {
    TypeObj* ty = new_type(name, t.object, Kind::Iter, true);
    ctor(ty, fn);
  }
  dict_set(b, "None", None());
  dict_set(b, "True", True());
  dict_set(b, "False", False());
  dict_set(b, "NotImplemented", vm().notimpl_v);
  dict_set(b, "Ellipsis", vm().ellipsis_v);
  dict_set(b, "__name__", str_val("builtins"));
  init_iterator_methods();
}

} // namespace tulip::lang
