// int and float: hashing as CPython, arithmetic with Python's floor semantics, repr and format().
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "lang/ast.hpp" // repr_float
#include "lang/float_chars.hpp"
#include "lang/runtime.hpp"
#include "lang/unicode_db.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static constexpr int64_t HASH_MODULUS = (int64_t(1) << 61) - 1;

int64_t hash_int(int64_t x) {
  if (x == -1)
    return -2;
  bool neg = x < 0;
  uint64_t ax = neg ? uint64_t(0) - uint64_t(x) : uint64_t(x);
  int64_t h = int64_t(ax % uint64_t(HASH_MODULUS));
  if (neg)
    h = -h;
  if (h == -1)
    h = -2;
  return h;
}

int64_t hash_double(double v) {
  if (std::isinf(v))
    return v > 0 ? 314159 : -314159;
  if (std::isnan(v))
    return 0; // CPython 3.11 hashes NaN by identity; 0 is an acceptable stand-in
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & uint64_t(HASH_MODULUS)) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= uint64_t(HASH_MODULUS))
      x -= uint64_t(HASH_MODULUS);
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & uint64_t(HASH_MODULUS)) | x >> (61 - e);
  int64_t h = int64_t(x) * sign;
  if (h == -1)
    h = -2;
  return h;
}

// ---- format spec mini-language ------------------------------------------------------------------
struct Spec {
  char fill = ' ';
  std::string fill_utf8 = " ";
  char align = 0; // < > ^ =
  char sign = 0;  // + - space
  bool alt = false;
  bool zero = false;
  int width = -1;
  char group = 0; // , _
  int precision = -1;
  char type = 0;
};

static Spec parse_spec(std::string_view s) {
  Spec sp;
  size_t i = 0;
  // fill+align: the fill may be a multi-byte character
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (!s.empty()) {
    uint32_t cp;
    size_t n1 = utf8_next(s, 0, &cp);
    if (n1 < s.size() && is_align(s[n1])) {
      sp.fill_utf8 = std::string(s.substr(0, n1));
      sp.fill = s[0];
      sp.align = s[n1];
      i = n1 + 1;
    } else if (is_align(s[0])) {
      sp.align = s[0];
      i = 1;
    }
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
    sp.sign = s[i++];
  if (i < s.size() && s[i] == '#') {
    sp.alt = true;
    ++i;
  }
  if (i < s.size() && s[i] == '0') {
    sp.zero = true;
    ++i;
  }
  if (i < s.size() && isdigit((unsigned char)s[i])) {
    sp.width = 0;
    while (i < s.size() && isdigit((unsigned char)s[i]))
      sp.width = sp.width * 10 + (s[i++] - '0');
  }
  if (i < s.size() && (s[i] == ',' || s[i] == '_'))
    sp.group = s[i++];
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (i >= s.size() || !isdigit((unsigned char)s[i]))
      value_error("Format specifier missing precision");
    sp.precision = 0;
    while (i < s.size() && isdigit((unsigned char)s[i]))
      sp.precision = sp.precision * 10 + (s[i++] - '0');
  }
  if (i < s.size())
    sp.type = s[i++];
  if (i < s.size())
    value_error("Invalid format specifier");
  if (sp.zero && !sp.align) {
    sp.align = '=';
    sp.fill = '0';
    sp.fill_utf8 = "0";
  }
  return sp;
}

static size_t cp_count(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80)
      ++n;
  return n;
}

// Pads `body` (with its sign/prefix split off for '=' alignment) to the width.
static std::string pad(const Spec& sp, std::string_view prefix, std::string_view body,
                       char default_align) {
  char align = sp.align ? sp.align : default_align;
  size_t len = cp_count(prefix) + cp_count(body);
  if (sp.width < 0 || len >= size_t(sp.width))
    return std::string(prefix) + std::string(body);
  size_t padn = size_t(sp.width) - len;
  std::string fill;
  for (size_t k = 0; k < padn; ++k)
    fill += sp.fill_utf8;
  auto fillk = [&](size_t k) {
    std::string f;
    for (size_t j = 0; j < k; ++j)
      f += sp.fill_utf8;
    return f;
  };
  switch (align) {
  case '<':
    return std::string(prefix) + std::string(body) + fill;
  case '^':
    return fillk(padn / 2) + std::string(prefix) + std::string(body) + fillk(padn - padn / 2);
  case '=':
    return std::string(prefix) + fill + std::string(body);
  default:
    return fill + std::string(prefix) + std::string(body);
  }
}

static std::string group_digits(std::string digits, char sep, int every) {
  if (!sep)
    return digits;
  std::string out;
  int cnt = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    out.push_back(digits[i]);
    if (++cnt % every == 0 && i > 0)
      out.push_back(sep);
  }
  return std::string(out.rbegin(), out.rend());
}

std::string int_to_base(int64_t v, int base, bool prefix) {
  bool neg = v < 0;
  uint64_t x = neg ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  std::string d;
  do {
    int r = int(x % uint64_t(base));
    d.push_back(char(r < 10 ? '0' + r : 'a' + r - 10));
    x /= uint64_t(base);
  } while (x);
  std::string out(d.rbegin(), d.rend());
  if (prefix) {
    const char* p = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    out = p + out;
  }
  return neg ? "-" + out : out;
}

std::string format_int(int64_t v, std::string_view spec) {
  if (spec.empty())
    return std::to_string(v);
  Spec sp = parse_spec(spec);
  char t = sp.type;
  if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%')
    return format_float(double(v), spec);
  if (sp.precision >= 0)
    value_error("Precision not allowed in integer format specifier");
  if (t == 'c') {
    std::string s = utf8_encode(uint32_t(v));
    return pad(sp, "", s, '<');
  }
  bool neg = v < 0;
  uint64_t ax = neg ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  int base = 10;
  std::string pfx;
  switch (t) {
  case 0:
  case 'd':
  case 'n':
    base = 10;
    break;
  case 'x':
    base = 16;
    pfx = "0x";
    break;
  case 'X':
    base = 16;
    pfx = "0X";
    break;
  case 'o':
    base = 8;
    pfx = "0o";
    break;
  case 'b':
    base = 2;
    pfx = "0b";
    break;
  default:
    value_errorf("Unknown format code '%c' for object of type 'int'", t);
  }
  std::string digits;
  do {
    int r = int(ax % uint64_t(base));
    digits.push_back(char(r < 10 ? '0' + r : (t == 'X' ? 'A' : 'a') + r - 10));
    ax /= uint64_t(base);
  } while (ax);
  digits = std::string(digits.rbegin(), digits.rend());
  if (sp.group) {
    // zero padding with grouping: pad the digits before grouping
    int every = base == 10 ? 3 : 4;
    if (sp.align == '=' && sp.fill == '0' && sp.width > 0) {
      std::string signs = (neg || sp.sign == '+' || sp.sign == ' ') ? "-" : "";
      if (sp.alt)
        signs += pfx;
      while (true) {
        std::string g = group_digits(digits, sp.group, every);
        if (int(g.size() + signs.size()) >= sp.width)
          break;
        digits = "0" + digits;
      }
      digits = group_digits(digits, sp.group, every);
      if (digits[0] == sp.group)
        digits = "0" + digits;
    } else {
      digits = group_digits(digits, sp.group, every);
    }
  }
  std::string prefix;
  if (neg)
    prefix = "-";
  else if (sp.sign == '+')
    prefix = "+";
  else if (sp.sign == ' ')
    prefix = " ";
  if (sp.alt)
    prefix += pfx;
  return pad(sp, prefix, digits, '>');
}

std::string format_float(double d, std::string_view spec) {
  if (spec.empty())
    return repr_float(d);
  Spec sp = parse_spec(spec);
  char t = sp.type;
  bool neg = std::signbit(d) && !std::isnan(d);
  double ad = std::fabs(d);
  std::string body;
  int prec = sp.precision;
  char buf[512];
  auto fmt = [&](char conv, int p) {
    if (!sp.alt && (conv == 'f' || conv == 'e' || conv == 'g') && p <= 100) {
      if (char* end = write_with_precision(ad, conv, p, buf, buf + sizeof buf))
        return std::string(buf, end);
    }
    char f[16];
    std::snprintf(f, sizeof f, "%%%s.%d%c", sp.alt ? "#" : "", p, conv);
    std::snprintf(buf, sizeof buf, f, ad);
    return std::string(buf);
  };
  switch (t) {
  case 'f':
  case 'F':
    body = fmt(t, prec < 0 ? 6 : prec);
    break;
  case 'e':
  case 'E':
    body = fmt(t, prec < 0 ? 6 : prec);
    break;
  case 'g':
  case 'G':
    body = fmt(t, prec < 0 ? 6 : (prec == 0 ? 1 : prec));
    break;
  case '%':
    ad *= 100;
    body = fmt('f', prec < 0 ? 6 : prec) + "%";
    break;
  case 'n':
    body = fmt('g', prec < 0 ? 6 : (prec == 0 ? 1 : prec));
    break;
  case 0:
    if (prec < 0) {
      body = repr_float(ad);
    } else {
      body = fmt('g', prec == 0 ? 1 : prec);
      if (body.find_first_of(".en") == std::string::npos && !std::isinf(ad))
        body += ".0";
    }
    break;
  default:
    value_errorf("Unknown format code '%c' for object of type 'float'", t);
  }
  if (sp.group && std::isfinite(ad)) {
    size_t end = body.find_first_of(".eE%");
    if (end == std::string::npos)
      end = body.size();
    std::string intpart = body.substr(0, end);
    std::string rest = body.substr(end);
    if (sp.align == '=' && sp.fill == '0' && sp.width > 0) {
      size_t signlen = (neg || sp.sign == '+' || sp.sign == ' ') ? 1 : 0;
      while (true) {
        std::string g = group_digits(intpart, sp.group, 3);
        if (g.size() + rest.size() + signlen >= size_t(sp.width))
          break;
        intpart = "0" + intpart;
      }
    }
    body = group_digits(intpart, sp.group, 3) + rest;
  }
  std::string prefix;
  if (neg)
    prefix = "-";
  else if (sp.sign == '+')
    prefix = "+";
  else if (sp.sign == ' ')
    prefix = " ";
  return pad(sp, prefix, body, '>');
}

std::string format_str(std::string_view s, std::string_view spec) {
  if (spec.empty())
    return std::string(s);
  Spec sp = parse_spec(spec);
  if (sp.type && sp.type != 's')
    value_errorf("Unknown format code '%c' for object of type 'str'", sp.type);
  if (sp.sign)
    value_error("Sign not allowed in string format specifier");
  if (sp.align == '=')
    value_error("'=' alignment not allowed in string format specifier");
  std::string body(s);
  if (sp.precision >= 0) {
    size_t i = 0, k = 0;
    while (i < body.size() && k < size_t(sp.precision)) {
      uint32_t cp;
      i = utf8_next(body, i, &cp);
      ++k;
    }
    body.resize(i);
  }
  return pad(sp, "", body, '<');
}

// ---- parsing ------------------------------------------------------------------------------------
// Like CPython, int() and float() read any Unicode decimal digit as its ASCII digit and any
// Unicode space as a space (other non-ASCII characters make the literal invalid), then strip.
static std::string strip_ws(std::string_view text) {
  std::string s;
  s.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t cp;
    i = utf8_next(text, i, &cp);
    if (cp < 128)
      s.push_back(char(cp));
    else if (unicode::is_space(cp))
      s.push_back(' ');
    else if (unicode::decimal_value(cp) >= 0)
      s.push_back(char('0' + unicode::decimal_value(cp)));
    else
      s.push_back('?');
  }
  size_t b = 0, e = s.size();
  while (b < e && isspace((unsigned char)s[b]))
    ++b;
  while (e > b && isspace((unsigned char)s[e - 1]))
    --e;
  return std::string(s.substr(b, e - b));
}

Value int_from_str(std::string_view text, int base) {
  std::string s = strip_ws(text);
  std::string orig(text);
  auto bad = [&]() -> Value {
    value_errorf("invalid literal for int() with base %d: %s", base, py_repr_str(orig).c_str());
  };
  if (s.empty())
    return bad();
  size_t i = 0;
  bool neg = false;
  if (s[i] == '+' || s[i] == '-') {
    neg = s[i] == '-';
    ++i;
  }
  if (base == 0 || base == 16 || base == 8 || base == 2) {
    if (i + 1 < s.size() && s[i] == '0') {
      char c = char(tolower(s[i + 1]));
      int b2 = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
      if (b2 && (base == 0 || base == b2)) {
        base = b2;
        i += 2;
        if (i < s.size() && s[i] == '_')
          ++i;
      }
    }
    if (base == 0) {
      base = 10;
      // "0" followed by digits is invalid in base 0 unless all zeros
      if (i + 1 < s.size() && s[i] == '0') {
        for (size_t k = i; k < s.size(); ++k)
          if (s[k] != '0' && s[k] != '_')
            return bad();
      }
    }
  }
  if (i >= s.size())
    return bad();
  uint64_t acc = 0;
  bool any = false;
  bool overflow = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (!any || i + 1 >= s.size() || s[i + 1] == '_')
        return bad();
      continue;
    }
    int dgt;
    if (c >= '0' && c <= '9')
      dgt = c - '0';
    else if (c >= 'a' && c <= 'z')
      dgt = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z')
      dgt = c - 'A' + 10;
    else
      return bad();
    if (dgt >= base)
      return bad();
    if (acc > (UINT64_MAX - uint64_t(dgt)) / uint64_t(base))
      overflow = true;
    acc = acc * uint64_t(base) + uint64_t(dgt);
    any = true;
  }
  if (!any)
    return bad();
  if (overflow || acc > uint64_t(INT64_MAX) + (neg ? 1u : 0u))
    raise(T().OverflowError, "int too large to convert (64-bit integers)");
  return Int(neg ? int64_t(0 - acc) : int64_t(acc));
}

Value float_from_str(std::string_view text) {
  std::string s = strip_ws(text);
  std::string t;
  for (char c : s)
    if (c != '_')
      t.push_back(char(tolower(c)));
  std::string u = t;
  bool neg = false;
  if (!u.empty() && (u[0] == '+' || u[0] == '-')) {
    neg = u[0] == '-';
    u.erase(0, 1);
  }
  if (u == "inf" || u == "infinity")
    return Float(neg ? -INFINITY : INFINITY);
  if (u == "nan")
    return Float(NAN);
  double d = 0;
  const char* b = t.c_str();
  if (!t.empty() && t[0] == '+')
    ++b;
  if (t.empty() || !parse_decimal_double(b, t.c_str() + t.size(), d) ||
      s.find("__") != std::string::npos)
    value_error("could not convert string to float: " + py_repr_str(text));
  return Float(d);
}

} // namespace tulip::lang
