// The math module.
#include <cmath>
#include <numeric>

#include "lang/bigint.hpp"
#include "lang/modules.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static double num(const Value& v) {
  if (!is_number(v)) {
    if (v.is_obj() && !v.o->type->builtin)
      return as_double(v);
    type_errorf("must be real number, not %s", type_name(v));
  }
  return as_double(v);
}
static Value checked(double r, double x) {
  if (std::isnan(r) && !std::isnan(x))
    value_error("math domain error");
  if (std::isinf(r) && std::isfinite(x))
    raise(T().OverflowError, "math range error");
  return Float(r);
}

#define MATH1(name, expr)                                                                          \
  NATIVE(math_##name) {                                                                            \
    UNUSED_NATIVE_ARGS;                                                                            \
    check_nargs(#name, n, 1, 1);                                                                   \
    double x = num(a[0]);                                                                          \
    return checked(expr, x);                                                                       \
  }
MATH1(exp, std::exp(x))
MATH1(sin, std::sin(x))
MATH1(cos, std::cos(x))
MATH1(tan, std::tan(x))
MATH1(asin, (x < -1 || x > 1) ? NAN : std::asin(x))
MATH1(acos, (x < -1 || x > 1) ? NAN : std::acos(x))
MATH1(atan, std::atan(x))
MATH1(sinh, std::sinh(x))
MATH1(cosh, std::cosh(x))
MATH1(tanh, std::tanh(x))
MATH1(fabs, std::fabs(x))
MATH1(degrees, x * 180.0 / M_PI)
MATH1(radians, x* M_PI / 180.0)
MATH1(expm1, std::expm1(x))
MATH1(log1p, x <= -1 ? NAN : std::log1p(x))
MATH1(erf, std::erf(x))
// Poles (zero and the negative integers) are domain errors, as in CPython's m_tgamma.
MATH1(gamma, (x == std::floor(x) && x <= 0) ? NAN : std::tgamma(x))

NATIVE(math_sqrt) {
  UNUSED_NATIVE_ARGS;
  double x = num(a[0]);
  if (x < 0)
    value_error("math domain error");
  return Float(std::sqrt(x));
}
static double log_of(const Value& v) {
  if (is_bigint(v)) {
    if (big_is_neg(v))
      value_error("math domain error");
    double d = big_to_double(v);
    return std::log(d);
  }
  double x = num(v);
  if (x <= 0)
    value_error("math domain error");
  return std::log(x);
}
NATIVE(math_log) {
  UNUSED_NATIVE_ARGS;
  check_nargs("log", n, 1, 2);
  double r = log_of(a[0]);
  if (n == 2) {
    double b = log_of(a[1]);
    if (b == 0)
      raise(T().ZeroDivisionError, "float division by zero");
    r /= b;
  }
  return Float(r);
}
NATIVE(math_log2) {
  UNUSED_NATIVE_ARGS;
  double x = num(a[0]);
  if (x <= 0)
    value_error("math domain error");
  return Float(std::log2(x));
}
NATIVE(math_log10) {
  UNUSED_NATIVE_ARGS;
  double x = num(a[0]);
  if (x <= 0)
    value_error("math domain error");
  return Float(std::log10(x));
}
static Value to_int(double d) {
  if (std::isnan(d))
    value_error("cannot convert float NaN to integer");
  if (std::isinf(d))
    raise(T().OverflowError, "cannot convert float infinity to integer");
  if (std::fabs(d) < 9e18)
    return Int(int64_t(d));
  return big_from_double(d);
}
NATIVE(math_floor) {
  UNUSED_NATIVE_ARGS;
  if (is_intlike(a[0]))
    return a[0].is_bool() ? Int(a[0].b) : a[0];
  if (a[0].is_obj() && !a[0].o->type->builtin) {
    Value m = lookup_type(a[0].o->type, "__floor__");
    if (!m.is_null())
      return call1(m, a[0]);
  }
  return to_int(std::floor(num(a[0])));
}
NATIVE(math_ceil) {
  UNUSED_NATIVE_ARGS;
  if (is_intlike(a[0]))
    return a[0].is_bool() ? Int(a[0].b) : a[0];
  if (a[0].is_obj() && !a[0].o->type->builtin) {
    Value m = lookup_type(a[0].o->type, "__ceil__");
    if (!m.is_null())
      return call1(m, a[0]);
  }
  return to_int(std::ceil(num(a[0])));
}
NATIVE(math_trunc) {
  UNUSED_NATIVE_ARGS;
  if (is_intlike(a[0]))
    return a[0].is_bool() ? Int(a[0].b) : a[0];
  return to_int(std::trunc(num(a[0])));
}
NATIVE(math_pow) {
  UNUSED_NATIVE_ARGS;
  double x = num(a[0]), y = num(a[1]);
  if (x == 0 && y < 0)
    value_error("math domain error");
  if (x < 0 && y != std::floor(y))
    value_error("math domain error");
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    raise(T().OverflowError, "math range error");
  return Float(r);
}
NATIVE(math_atan2) {
  UNUSED_NATIVE_ARGS;
  return Float(std::atan2(num(a[0]), num(a[1])));
}
NATIVE(math_hypot) {
  UNUSED_NATIVE_ARGS;
  double s = 0;
  for (int i = 0; i < n; ++i) {
    double x = num(a[i]);
    s = std::hypot(s, x);
  }
  return Float(s);
}
NATIVE(math_copysign) {
  UNUSED_NATIVE_ARGS;
  return Float(std::copysign(num(a[0]), num(a[1])));
}
NATIVE(math_fmod) {
  UNUSED_NATIVE_ARGS;
  double x = num(a[0]), y = num(a[1]);
  if (y == 0 && !std::isnan(x))
    value_error("math domain error");
  return Float(std::fmod(x, y));
}
NATIVE(math_modf) {
  UNUSED_NATIVE_ARGS;
  double ip;
  double fp = std::modf(num(a[0]), &ip);
  return V(new_tuple({Float(fp), Float(ip)}));
}
NATIVE(math_frexp) {
  UNUSED_NATIVE_ARGS;
  int e;
  double m = std::frexp(num(a[0]), &e);
  return V(new_tuple({Float(m), Int(e)}));
}
NATIVE(math_remainder) {
  UNUSED_NATIVE_ARGS;
  check_nargs("remainder", n, 2, 2);
  double x = num(a[0]), y = num(a[1]);
  if (std::isnan(x) || std::isnan(y))
    return Float(NAN);
  if (std::isinf(x) || y == 0)
    value_error("math domain error");
  return Float(std::remainder(x, y));
}
NATIVE(math_nextafter) {
  UNUSED_NATIVE_ARGS;
  check_nargs("nextafter", n, 2, 2);
  return Float(std::nextafter(num(a[0]), num(a[1])));
}
NATIVE(math_ulp) {
  UNUSED_NATIVE_ARGS;
  check_nargs("ulp", n, 1, 1);
  double x = std::fabs(num(a[0]));
  if (std::isnan(x) || std::isinf(x))
    return Float(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up))
    return Float(x - std::nextafter(x, -INFINITY));
  return Float(up - x);
}
NATIVE(math_ldexp) {
  UNUSED_NATIVE_ARGS;
  return Float(std::ldexp(num(a[0]), int(as_index(a[1]))));
}
NATIVE(math_isfinite) {
  UNUSED_NATIVE_ARGS;
  return Bool(std::isfinite(num(a[0])));
}
NATIVE(math_isinf) {
  UNUSED_NATIVE_ARGS;
  return Bool(std::isinf(num(a[0])));
}
NATIVE(math_isnan) {
  UNUSED_NATIVE_ARGS;
  return Bool(std::isnan(num(a[0])));
}
NATIVE(math_isclose) {
  UNUSED_NATIVE_ARGS;
  double x = num(a[0]), y = num(a[1]);
  Value rt = kwarg(kw, "rel_tol"), at = kwarg(kw, "abs_tol");
  double rel = rt.is_null() ? 1e-9 : num(rt), abst = at.is_null() ? 0.0 : num(at);
  if (rel < 0 || abst < 0)
    value_error("tolerances must be non-negative");
  if (x == y)
    return True();
  if (std::isinf(x) || std::isinf(y))
    return False();
  double diff = std::fabs(y - x);
  return Bool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abst);
}
NATIVE(math_factorial) {
  UNUSED_NATIVE_ARGS;
  int64_t k = as_index(a[0]);
  if (k < 0)
    value_error("factorial() not defined for negative values");
  Value r = Int(1);
  for (int64_t i = 2; i <= k; ++i)
    r = binary_op(r, Int(i), BIN_MUL);
  return r;
}
static Value gcd2(Value x, Value y) {
  if (x.is_int() && y.is_int()) {
    int64_t p = std::llabs(x.i), q = std::llabs(y.i);
    return Int(std::gcd(p, q));
  }
  if (big_is_neg(x))
    x = unary_neg(x);
  if (big_is_neg(y))
    y = unary_neg(y);
  while (!(y.is_int() && y.i == 0)) {
    Value t = binary_op(x, y, BIN_MOD);
    x = y;
    y = t;
  }
  return x;
}
NATIVE(math_gcd) {
  UNUSED_NATIVE_ARGS;
  Value r = Int(0);
  for (int i = 0; i < n; ++i) {
    if (!is_intlike(a[i]))
      type_errorf("'%s' object cannot be interpreted as an integer", type_name(a[i]));
    r = gcd2(r, a[i]);
  }
  return r;
}
NATIVE(math_lcm) {
  UNUSED_NATIVE_ARGS;
  Value r = Int(1);
  for (int i = 0; i < n; ++i) {
    Value g = gcd2(r, a[i]);
    if (g.is_int() && g.i == 0)
      return Int(0);
    r = binary_op(binary_op(r, a[i], BIN_MUL), g, BIN_FLOORDIV);
    if (big_is_neg(r))
      r = unary_neg(r);
  }
  return r;
}
NATIVE(math_comb) {
  UNUSED_NATIVE_ARGS;
  int64_t nn = as_index(a[0]), k = as_index(a[1]);
  if (nn < 0 || k < 0)
    value_error(nn < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
  if (k > nn)
    return Int(0);
  if (k > nn - k)
    k = nn - k;
  Value r = Int(1);
  for (int64_t i = 1; i <= k; ++i) {
    r = binary_op(r, Int(nn - k + i), BIN_MUL);
    r = binary_op(r, Int(i), BIN_FLOORDIV);
  }
  return r;
}
NATIVE(math_perm) {
  UNUSED_NATIVE_ARGS;
  int64_t nn = as_index(a[0]);
  int64_t k = n > 1 && !a[1].is_none() ? as_index(a[1]) : nn;
  if (nn < 0 || k < 0)
    value_error(nn < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
  if (k > nn)
    return Int(0);
  Value r = Int(1);
  for (int64_t i = 0; i < k; ++i)
    r = binary_op(r, Int(nn - i), BIN_MUL);
  return r;
}
NATIVE(math_isqrt) {
  UNUSED_NATIVE_ARGS;
  Value v = a[0];
  if (big_is_neg(v))
    value_error("isqrt() argument must be nonnegative");
  if (v.is_int()) {
    uint64_t x = uint64_t(v.i);
    uint64_t r = uint64_t(std::sqrt(double(x)));
    while (r * r > x)
      --r;
    while ((r + 1) * (r + 1) <= x && (r + 1) * (r + 1) > r * r)
      ++r;
    return Int(int64_t(r));
  }
  // Newton on big ints
  Value x = v;
  Value r = big_from_double(std::sqrt(big_to_double(v)));
  for (int i = 0; i < 100; ++i) {
    Value nr =
        binary_op(binary_op(r, binary_op(x, r, BIN_FLOORDIV), BIN_ADD), Int(2), BIN_FLOORDIV);
    if (compare_bool(nr, r, CMP_EQ))
      break;
    r = nr;
  }
  while (compare_bool(binary_op(r, r, BIN_MUL), x, CMP_GT))
    r = binary_op(r, Int(1), BIN_SUB);
  while (compare_bool(
      binary_op(binary_op(r, Int(1), BIN_ADD), binary_op(r, Int(1), BIN_ADD), BIN_MUL), x, CMP_LE))
    r = binary_op(r, Int(1), BIN_ADD);
  return r;
}
NATIVE(math_prod) {
  UNUSED_NATIVE_ARGS;
  Value start = kwarg(kw, "start");
  Value r = start.is_null() ? Int(1) : start;
  for (auto& x : to_vector(a[0]))
    r = binary_op(r, x, BIN_MUL);
  return r;
}
NATIVE(math_fsum) {
  UNUSED_NATIVE_ARGS;
  // Shewchuk's algorithm (exact partial sums), as CPython's fsum
  std::vector<double> partials;
  for (auto& v : to_vector(a[0])) {
    double x = num(v);
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y))
        std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0)
        partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
  }
  double hi = 0;
  if (!partials.empty()) {
    size_t k = partials.size();
    hi = partials[--k];
    double lo = 0;
    while (k > 0) {
      double x = hi;
      double y = partials[--k];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0)
        break;
    }
    if (k > 0 && ((lo < 0 && partials[k - 1] < 0) || (lo > 0 && partials[k - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr)
        hi = x;
    }
  }
  return Float(hi);
}
NATIVE(math_dist) {
  UNUSED_NATIVE_ARGS;
  auto p = to_vector(a[0]), q = to_vector(a[1]);
  if (p.size() != q.size())
    value_error("both points must have the same number of dimensions");
  double s = 0;
  for (size_t i = 0; i < p.size(); ++i)
    s = std::hypot(s, num(p[i]) - num(q[i]));
  return Float(s);
}

void init_math_module(ModuleObj* m) {
  DictObj* d = m->dict;
  dict_set(d, "pi", Float(M_PI));
  dict_set(d, "e", Float(M_E));
  dict_set(d, "tau", Float(2 * M_PI));
  dict_set(d, "inf", Float(INFINITY));
  dict_set(d, "nan", Float(NAN));
  struct F {
    const char* name;
    NativeFn fn;
  };
  static const F fs[] = {{"exp", math_exp},
                         {"sin", math_sin},
                         {"cos", math_cos},
                         {"tan", math_tan},
                         {"asin", math_asin},
                         {"acos", math_acos},
                         {"atan", math_atan},
                         {"sinh", math_sinh},
                         {"cosh", math_cosh},
                         {"tanh", math_tanh},
                         {"fabs", math_fabs},
                         {"degrees", math_degrees},
                         {"radians", math_radians},
                         {"expm1", math_expm1},
                         {"log1p", math_log1p},
                         {"erf", math_erf},
                         {"gamma", math_gamma},
                         {"sqrt", math_sqrt},
                         {"log", math_log},
                         {"log2", math_log2},
                         {"log10", math_log10},
                         {"floor", math_floor},
                         {"ceil", math_ceil},
                         {"trunc", math_trunc},
                         {"pow", math_pow},
                         {"atan2", math_atan2},
                         {"hypot", math_hypot},
                         {"copysign", math_copysign},
                         {"fmod", math_fmod},
                         {"modf", math_modf},
                         {"frexp", math_frexp},
                         {"ldexp", math_ldexp},
                         {"isfinite", math_isfinite},
                         {"isinf", math_isinf},
                         {"isnan", math_isnan},
                         {"isclose", math_isclose},
                         {"factorial", math_factorial},
                         {"gcd", math_gcd},
                         {"lcm", math_lcm},
                         {"comb", math_comb},
                         {"perm", math_perm},
                         {"isqrt", math_isqrt},
                         {"prod", math_prod},
                         {"fsum", math_fsum},
                         {"dist", math_dist},
                         {"remainder", math_remainder},
                         {"nextafter", math_nextafter},
                         {"ulp", math_ulp}};
  for (auto& f : fs)
    add_function(d, f.name, f.fn);
}

} // namespace tulip::lang
