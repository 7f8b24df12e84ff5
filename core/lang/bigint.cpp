// Arbitrary-precision integers: sign and magnitude in base 2**32 limbs. Results that fit in 64
// bits are returned as plain ints, so the fast paths stay on small values.
#include "lang/bigint.hpp"

#include <algorithm>
#include <cmath>

#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

namespace {

using Mag = std::vector<uint32_t>;

struct Big {
  bool neg = false;
  Mag mag; // no leading zero limbs; empty = 0
};

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0)
    m.pop_back();
}

Big from_u64(uint64_t x, bool neg) {
  Big b;
  b.neg = neg;
  while (x) {
    b.mag.push_back(uint32_t(x));
    x >>= 32;
  }
  if (b.mag.empty())
    b.neg = false;
  return b;
}

Big to_big(const Value& v) {
  if (v.is_int()) {
    int64_t x = v.i;
    return from_u64(x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x), x < 0);
  }
  if (v.is_bool())
    return from_u64(v.b, false);
  if (is_kind(v, Kind::BigInt)) {
    Big b;
    b.neg = cast<BigIntObj>(v)->neg;
    b.mag = cast<BigIntObj>(v)->mag;
    return b;
  }
  type_errorf("unsupported operand type for int operation: '%s'", type_name(v));
}

Value to_value(Big b) {
  trim(b.mag);
  if (b.mag.empty())
    return Int(0);
  if (b.mag.size() <= 2) {
    uint64_t x = b.mag[0] | (b.mag.size() > 1 ? uint64_t(b.mag[1]) << 32 : 0);
    if (!b.neg && x <= uint64_t(INT64_MAX))
      return Int(int64_t(x));
    if (b.neg && x <= uint64_t(INT64_MAX) + 1)
      return Int(int64_t(0 - x));
  }
  BigIntObj* o = vm().heap.alloc<BigIntObj>(T().int_, Kind::BigInt, b.mag.size() * 4);
  o->neg = b.neg;
  o->mag = std::move(b.mag);
  return V(o);
}

int cmp_mag(const Mag& a, const Mag& b) {
  if (a.size() != b.size())
    return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i])
      return a[i] < b[i] ? -1 : 1;
  return 0;
}

Mag add_mag(const Mag& a, const Mag& b) {
  Mag r(std::max(a.size(), b.size()) + 1, 0);
  uint64_t carry = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t s = carry + (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
    r[i] = uint32_t(s);
    carry = s >> 32;
  }
  trim(r);
  return r;
}

Mag sub_mag(const Mag& a, const Mag& b) { // a >= b
  Mag r(a.size(), 0);
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = int64_t(a[i]) - (i < b.size() ? int64_t(b[i]) : 0) - borrow;
    borrow = d < 0;
    if (d < 0)
      d += (int64_t(1) << 32);
    r[i] = uint32_t(d);
  }
  trim(r);
  return r;
}

Mag mul_mag(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty())
    return {};
  Mag r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = uint64_t(a[i]) * b[j] + r[i + j] + carry;
      r[i + j] = uint32_t(t);
      carry = t >> 32;
    }
    size_t k = i + b.size();
    while (carry) {
      uint64_t t = uint64_t(r[k]) + carry;
      r[k] = uint32_t(t);
      carry = t >> 32;
      ++k;
    }
  }
  trim(r);
  return r;
}

uint32_t divmod_small(Mag& a, uint32_t d) { // a /= d, returns remainder
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = uint32_t(cur / d);
    rem = cur % d;
  }
  trim(a);
  return uint32_t(rem);
}

Mag shl_mag(const Mag& a, size_t bits) {
  if (a.empty())
    return {};
  size_t limbs = bits / 32, b = bits % 32;
  Mag r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t v = uint64_t(a[i]) << b;
    r[i + limbs] |= uint32_t(v);
    r[i + limbs + 1] |= uint32_t(v >> 32);
  }
  trim(r);
  return r;
}

Mag shr_mag(const Mag& a, size_t bits) {
  size_t limbs = bits / 32, b = bits % 32;
  if (limbs >= a.size())
    return {};
  Mag r(a.size() - limbs, 0);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t v = a[i + limbs];
    if (i + limbs + 1 < a.size())
      v |= uint64_t(a[i + limbs + 1]) << 32;
    r[i] = uint32_t(v >> b);
  }
  trim(r);
  return r;
}

size_t bitlen(const Mag& a) {
  if (a.empty())
    return 0;
  return (a.size() - 1) * 32 + (32 - size_t(__builtin_clz(a.back())));
}

// Knuth's algorithm D (long division), magnitudes only.
void divmod_mag(const Mag& a, const Mag& b, Mag& q, Mag& r) {
  if (b.empty())
    raise(T().ZeroDivisionError, "integer division or modulo by zero");
  if (cmp_mag(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  if (b.size() == 1) {
    q = a;
    uint32_t rem = divmod_small(q, b[0]);
    r.clear();
    if (rem)
      r.push_back(rem);
    return;
  }
  int s = __builtin_clz(b.back());
  Mag bn = shl_mag(b, size_t(s));
  Mag an = shl_mag(a, size_t(s));
  if (an.size() == a.size())
    an.push_back(0);
  if (an.size() < a.size() + 1)
    an.resize(a.size() + 1, 0);
  size_t n = bn.size(), m = an.size() - n;
  q.assign(m, 0);
  for (size_t j = m; j-- > 0;) {
    uint64_t num = (uint64_t(an[j + n]) << 32) | an[j + n - 1];
    uint64_t qhat = num / bn[n - 1];
    uint64_t rhat = num % bn[n - 1];
    while (qhat >= (uint64_t(1) << 32) || qhat * bn[n - 2] > ((rhat << 32) | an[j + n - 2])) {
      --qhat;
      rhat += bn[n - 1];
      if (rhat >= (uint64_t(1) << 32))
        break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * bn[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t(an[i + j]) - int64_t(uint32_t(p)) - borrow;
      borrow = t < 0;
      an[i + j] = uint32_t(t + (borrow ? (int64_t(1) << 32) : 0));
    }
    int64_t t = int64_t(an[j + n]) - int64_t(carry) - borrow;
    borrow = t < 0;
    an[j + n] = uint32_t(t + (borrow ? (int64_t(1) << 32) : 0));
    if (borrow) {
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t s2 = uint64_t(an[i + j]) + bn[i] + c;
        an[i + j] = uint32_t(s2);
        c = s2 >> 32;
      }
      an[j + n] = uint32_t(uint64_t(an[j + n]) + c);
    }
    q[j] = uint32_t(qhat);
  }
  trim(q);
  an.resize(n);
  trim(an);
  r = shr_mag(an, size_t(s));
}

Big add(const Big& a, const Big& b) {
  Big r;
  if (a.neg == b.neg) {
    r.mag = add_mag(a.mag, b.mag);
    r.neg = a.neg;
  } else if (cmp_mag(a.mag, b.mag) >= 0) {
    r.mag = sub_mag(a.mag, b.mag);
    r.neg = a.neg;
  } else {
    r.mag = sub_mag(b.mag, a.mag);
    r.neg = b.neg;
  }
  if (r.mag.empty())
    r.neg = false;
  return r;
}

Big negate(Big a) {
  if (!a.mag.empty())
    a.neg = !a.neg;
  return a;
}

Big mul(const Big& a, const Big& b) {
  Big r;
  r.mag = mul_mag(a.mag, b.mag);
  r.neg = !r.mag.empty() && a.neg != b.neg;
  return r;
}

void floordivmod(const Big& a, const Big& b, Big& q, Big& r) {
  Mag qm, rm;
  divmod_mag(a.mag, b.mag, qm, rm);
  q.mag = qm;
  q.neg = a.neg != b.neg && !qm.empty();
  r.mag = rm;
  r.neg = a.neg && !rm.empty();
  if (!rm.empty() && a.neg != b.neg) {
    // floor: q -= 1, r += b
    q = add(q, from_u64(1, true));
    r = add(r, b);
  }
  if (r.mag.empty())
    r.neg = false;
}

// two's complement helpers for bitwise ops
Mag to_twos(const Big& a, size_t limbs) {
  Mag r(limbs, 0);
  for (size_t i = 0; i < a.mag.size() && i < limbs; ++i)
    r[i] = a.mag[i];
  if (a.neg) {
    for (auto& x : r)
      x = ~x;
    for (size_t i = 0; i < limbs; ++i) {
      if (++r[i] != 0)
        break;
    }
  }
  return r;
}
Big from_twos(Mag r) {
  bool neg = !r.empty() && (r.back() & 0x80000000u);
  if (neg) {
    for (auto& x : r)
      x = ~x;
    for (size_t i = 0; i < r.size(); ++i)
      if (++r[i] != 0)
        break;
  }
  Big b;
  b.mag = r;
  trim(b.mag);
  b.neg = neg && !b.mag.empty();
  return b;
}

Big pow_big(Big base, int64_t e) {
  Big result = from_u64(1, false);
  while (e > 0) {
    if (e & 1)
      result = mul(result, base);
    e >>= 1;
    if (e)
      base = mul(base, base);
    if (result.mag.size() > 100000 || base.mag.size() > 100000)
      raise(T().MemoryError, "");
  }
  return result;
}

} // namespace

bool is_bigint(const Value& v) { return is_kind(v, Kind::BigInt); }
bool big_is_zero(const Value& v) { return v.is_int() ? v.i == 0 : false; }
bool big_is_neg(const Value& v) {
  if (v.is_int())
    return v.i < 0;
  return is_bigint(v) && cast<BigIntObj>(v)->neg;
}

Value big_binop(const Value& a, const Value& b, int op) {
  Big x = to_big(a), y = to_big(b);
  switch (op) {
  case BIN_ADD:
    return to_value(add(x, y));
  case BIN_SUB:
    return to_value(add(x, negate(y)));
  case BIN_MUL:
    return to_value(mul(x, y));
  case BIN_FLOORDIV: {
    if (y.mag.empty())
      raise(T().ZeroDivisionError, "integer division or modulo by zero");
    Big q, r;
    floordivmod(x, y, q, r);
    return to_value(q);
  }
  case BIN_MOD: {
    if (y.mag.empty())
      raise(T().ZeroDivisionError, "integer modulo by zero");
    Big q, r;
    floordivmod(x, y, q, r);
    return to_value(r);
  }
  case BIN_TRUEDIV: {
    if (y.mag.empty())
      raise(T().ZeroDivisionError, "division by zero");
    return Float(big_to_double(a) / big_to_double(b));
  }
  case BIN_POW: {
    if (y.neg)
      return Float(std::pow(big_to_double(a), big_to_double(b)));
    if (y.mag.size() > 2)
      raise(T().MemoryError, "");
    int64_t e =
        b.is_int() ? b.i : int64_t(y.mag[0] | (y.mag.size() > 1 ? uint64_t(y.mag[1]) << 32 : 0));
    return to_value(pow_big(x, e));
  }
  case BIN_LSHIFT: {
    if (y.neg)
      value_error("negative shift count");
    if (y.mag.size() > 1 || (y.mag.size() == 1 && y.mag[0] > 100000000))
      raise(T().OverflowError, "too many digits in integer");
    size_t s = y.mag.empty() ? 0 : y.mag[0];
    Big r;
    r.mag = shl_mag(x.mag, s);
    r.neg = x.neg && !r.mag.empty();
    return to_value(r);
  }
  case BIN_RSHIFT: {
    if (y.neg)
      value_error("negative shift count");
    size_t s = y.mag.empty() ? 0 : (y.mag.size() > 1 ? SIZE_MAX / 2 : y.mag[0]);
    if (!x.neg) {
      Big r;
      r.mag = shr_mag(x.mag, s);
      return to_value(r);
    }
    // floor division by 2**s for negatives
    Big one = from_u64(1, false);
    Big t = add(negate(x), from_u64(1, true)); // |x| - 1
    Big r;
    r.mag = shr_mag(t.mag, s);
    return to_value(negate(add(r, one)));
  }
  case BIN_AND:
  case BIN_OR:
  case BIN_XOR: {
    size_t limbs = std::max(x.mag.size(), y.mag.size()) + 1;
    Mag p = to_twos(x, limbs), q = to_twos(y, limbs);
    for (size_t i = 0; i < limbs; ++i)
      p[i] = op == BIN_AND ? (p[i] & q[i]) : op == BIN_OR ? (p[i] | q[i]) : (p[i] ^ q[i]);
    return to_value(from_twos(p));
  }
  default:
    break;
  }
  type_error("unsupported int operation");
}

Value big_neg(const Value& a) { return to_value(negate(to_big(a))); }
Value big_invert(const Value& a) { return to_value(add(negate(to_big(a)), from_u64(1, true))); }

int big_compare(const Value& a, const Value& b) {
  Big x = to_big(a), y = to_big(b);
  if (x.neg != y.neg)
    return x.neg ? -1 : 1;
  int c = cmp_mag(x.mag, y.mag);
  return x.neg ? -c : c;
}

std::string big_to_string(const Value& a, int base) {
  Big x = to_big(a);
  if (x.mag.empty())
    return "0";
  std::string digits;
  Mag m = x.mag;
  if (base == 10) {
    while (!m.empty()) {
      uint32_t r = divmod_small(m, 1000000000u);
      for (int k = 0; k < 9; ++k) {
        digits.push_back(char('0' + r % 10));
        r /= 10;
        if (m.empty() && r == 0)
          break;
      }
    }
  } else {
    while (!m.empty()) {
      uint32_t r = divmod_small(m, uint32_t(base));
      digits.push_back(char(r < 10 ? '0' + r : 'a' + r - 10));
    }
  }
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();
  if (x.neg)
    digits.push_back('-');
  return std::string(digits.rbegin(), digits.rend());
}

Value big_from_string(std::string_view digits, int base, bool neg) {
  Big r;
  for (char c : digits) {
    if (c == '_')
      continue;
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'z' ? c - 'a' + 10
            : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                   : 99;
    if (d >= base)
      value_errorf("invalid literal for int() with base %d: '%s'", base,
                   std::string(digits).c_str());
    // r = r * base + d
    uint64_t carry = uint64_t(d);
    for (auto& limb : r.mag) {
      uint64_t t = uint64_t(limb) * uint64_t(base) + carry;
      limb = uint32_t(t);
      carry = t >> 32;
    }
    if (carry)
      r.mag.push_back(uint32_t(carry));
  }
  r.neg = neg && !r.mag.empty();
  return to_value(r);
}

double big_to_double(const Value& a) {
  if (a.is_int())
    return double(a.i);
  if (a.is_bool())
    return a.b;
  Big x = to_big(a);
  size_t bl = bitlen(x.mag);
  if (bl > 1024)
    raise(T().OverflowError, "int too large to convert to float");
  // take the top 64 bits, round to nearest even through long double arithmetic
  double r = 0;
  if (bl <= 64) {
    uint64_t v = 0;
    for (size_t i = x.mag.size(); i-- > 0;)
      v = (v << 32) | x.mag[i];
    r = double(v);
  } else {
    size_t shift = bl - 64;
    Mag top = shr_mag(x.mag, shift);
    uint64_t v = 0;
    for (size_t i = top.size(); i-- > 0;)
      v = (v << 32) | top[i];
    // sticky bit for correct rounding
    bool sticky = false;
    for (size_t i = 0; i < shift; ++i)
      if (x.mag[i / 32] & (1u << (i % 32))) {
        sticky = true;
        break;
      }
    // round 64 -> 53 bits manually
    uint64_t mant = v >> 11;
    uint64_t rest = v & 0x7ff;
    bool round_up =
        rest > 0x400 || (rest == 0x400 && (sticky || (mant & 1))) || (rest == 0x400 && sticky);
    if (rest == 0x400 && !sticky)
      round_up = mant & 1;
    if (round_up)
      ++mant;
    r = std::ldexp(double(mant), int(shift + 11));
    if (std::isinf(r))
      raise(T().OverflowError, "int too large to convert to float");
  }
  return x.neg ? -r : r;
}

Value big_from_double(double d) {
  if (std::isnan(d))
    value_error("cannot convert float NaN to integer");
  if (std::isinf(d))
    raise(T().OverflowError, "cannot convert float infinity to integer");
  d = std::trunc(d);
  bool neg = d < 0;
  d = std::fabs(d);
  int e;
  double m = std::frexp(d, &e); // d = m * 2^e, 0.5 <= m < 1
  uint64_t mant = uint64_t(std::ldexp(m, 53));
  Big b = from_u64(mant, false);
  if (e > 53)
    b.mag = shl_mag(b.mag, size_t(e - 53));
  else
    b.mag = shr_mag(b.mag, size_t(53 - e));
  b.neg = neg && !b.mag.empty();
  return to_value(b);
}

int64_t big_hash(const Value& a) {
  Big x = to_big(a);
  const unsigned __int128 P = (unsigned __int128)((uint64_t(1) << 61) - 1);
  unsigned __int128 h = 0;
  for (size_t i = x.mag.size(); i-- > 0;)
    h = ((h << 32) | x.mag[i]) % P;
  int64_t r = int64_t(h);
  if (x.neg)
    r = -r;
  if (r == -1)
    r = -2;
  return r;
}

int64_t big_bit_length(const Value& a) { return int64_t(bitlen(to_big(a).mag)); }

Value big_pow_mod(const Value& a, const Value& b, const Value& m) {
  Big base = to_big(a), e = to_big(b), mod = to_big(m);
  bool neg_mod = mod.neg;
  Big mabs = mod;
  mabs.neg = false;
  Big q, r;
  floordivmod(base, mabs, q, r);
  base = r;
  Big result = from_u64(1, false);
  floordivmod(result, mabs, q, result);
  size_t bits = bitlen(e.mag);
  for (size_t i = bits; i-- > 0;) {
    result = mul(result, result);
    floordivmod(result, mabs, q, result);
    if (e.mag[i / 32] & (1u << (i % 32))) {
      result = mul(result, base);
      floordivmod(result, mabs, q, result);
    }
  }
  if (neg_mod && !result.mag.empty())
    result = add(result, mod);
  return to_value(result);
}

} // namespace tulip::lang
