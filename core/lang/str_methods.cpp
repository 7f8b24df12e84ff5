// The methods of str (split, join, strip, format, ...) and of bytes.
#include <algorithm>
#include <cstring>

#include "lang/bigint.hpp"
#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/unicode_db.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static StrObj* S(const Value& v) {
  if (is_str(v))
    return cast<StrObj>(v);
  if (is_kind(v, Kind::Instance) && is_str(cast<InstanceObj>(v)->base_value))
    return cast<StrObj>(cast<InstanceObj>(v)->base_value);
  type_errorf("descriptor requires a 'str' object but received a '%s'", type_name(v));
}
static std::string_view SV(const Value& v) { return S(v)->view(); }
static std::string_view arg_str(const Value& v, const char* fname) {
  if (!is_str(v))
    type_errorf("%s arg must be None or str", fname);
  return sv(v);
}

static bool is_ws(uint32_t c) {
  return c < 128 ? (c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f))
                 : unicode::is_space(c);
}

// Case conversions: ASCII text byte by byte, the rest through the Unicode database.
static std::string ascii_map(std::string_view s, int (*fn)(int)) {
  std::string out(s);
  for (char& c : out)
    c = char(fn((unsigned char)c));
  return out;
}
static int ascii_swap(int c) { return isupper(c) ? tolower(c) : islower(c) ? toupper(c) : c; }

NATIVE(str_upper) {
  UNUSED_NATIVE_ARGS;
  return str_val(S(a[0])->ascii ? ascii_map(SV(a[0]), toupper) : unicode::upper(SV(a[0])));
}
NATIVE(str_lower) {
  UNUSED_NATIVE_ARGS;
  return str_val(S(a[0])->ascii ? ascii_map(SV(a[0]), tolower) : unicode::lower(SV(a[0])));
}
NATIVE(str_casefold) {
  UNUSED_NATIVE_ARGS;
  return str_val(S(a[0])->ascii ? ascii_map(SV(a[0]), tolower) : unicode::casefold(SV(a[0])));
}
NATIVE(str_swapcase) {
  UNUSED_NATIVE_ARGS;
  return str_val(S(a[0])->ascii ? ascii_map(SV(a[0]), ascii_swap) : unicode::swapcase(SV(a[0])));
}
NATIVE(str_title) {
  UNUSED_NATIVE_ARGS;
  return str_val(unicode::title(SV(a[0])));
}
NATIVE(str_capitalize) {
  UNUSED_NATIVE_ARGS;
  return str_val(unicode::capitalize(SV(a[0])));
}

template <class P> static Value pred_all(const Value& self, P p) {
  std::string_view s = SV(self);
  if (s.empty())
    return False();
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    i = utf8_next(s, i, &cp);
    if (!p(cp))
      return False();
  }
  return True();
}
NATIVE(str_isdigit) {
  UNUSED_NATIVE_ARGS;
  return pred_all(a[0], unicode::is_digit);
}
NATIVE(str_isdecimal) {
  UNUSED_NATIVE_ARGS;
  return pred_all(a[0], unicode::is_decimal);
}
NATIVE(str_isnumeric) {
  UNUSED_NATIVE_ARGS;
  return pred_all(a[0], unicode::is_numeric);
}
NATIVE(str_isalpha) {
  UNUSED_NATIVE_ARGS;
  return pred_all(a[0], unicode::is_alpha);
}
NATIVE(str_isalnum) {
  UNUSED_NATIVE_ARGS;
  return pred_all(a[0], [](uint32_t c) {
    return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) ||
           unicode::is_numeric(c);
  });
}
NATIVE(str_isspace) {
  UNUSED_NATIVE_ARGS;
  return pred_all(a[0], is_ws);
}
NATIVE(str_isascii) {
  UNUSED_NATIVE_ARGS;
  return Bool(S(a[0])->ascii);
}
NATIVE(str_isprintable) {
  UNUSED_NATIVE_ARGS;
  std::string_view s = SV(a[0]);
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    i = utf8_next(s, i, &cp);
    if (!unicode::is_printable(cp))
      return False();
  }
  return True();
}
// isupper / islower / istitle as CPython: titlecase letters count as uppercase, and the string
// needs at least one cased character.
namespace {
// True when `s` has a cased character and every cased one satisfies `wanted` (the others,
// titlecase included, fail the test).
template <class Wanted, class Other>
bool only_cased(std::string_view s, Wanted wanted, Other other) {
  bool cased = false;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    i = utf8_next(s, i, &cp);
    if (other(cp) || unicode::is_title(cp))
      return false;
    if (wanted(cp))
      cased = true;
  }
  return cased;
}
} // namespace
NATIVE(str_isupper) {
  UNUSED_NATIVE_ARGS;
  return Bool(only_cased(SV(a[0]), unicode::is_upper, unicode::is_lower));
}
NATIVE(str_islower) {
  UNUSED_NATIVE_ARGS;
  return Bool(only_cased(SV(a[0]), unicode::is_lower, unicode::is_upper));
}
NATIVE(str_istitle) {
  UNUSED_NATIVE_ARGS;
  std::string_view s = SV(a[0]);
  bool cased = false, previous_cased = false;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    i = utf8_next(s, i, &cp);
    if (unicode::is_upper(cp) || unicode::is_title(cp)) {
      if (previous_cased)
        return False();
      previous_cased = cased = true;
    } else if (unicode::is_lower(cp)) {
      if (!previous_cased)
        return False();
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Bool(cased);
}
NATIVE(str_isidentifier) {
  UNUSED_NATIVE_ARGS;
  std::string_view s = SV(a[0]);
  if (s.empty())
    return False();
  bool first = true;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    i = utf8_next(s, i, &cp);
    bool ok = first ? (cp == '_' || unicode::is_xid_start(cp)) : unicode::is_xid_continue(cp);
    if (!ok)
      return False();
    first = false;
  }
  return True();
}

// strip family
static std::string_view strip_impl(std::string_view s, const Value* chars, bool left, bool right) {
  if (!chars || chars->is_none()) {
    size_t b = 0, e = s.size();
    while (b < e) {
      uint32_t cp;
      size_t j = utf8_next(s, b, &cp);
      if (!is_ws(cp))
        break;
      b = j;
    }
    if (right) {
      while (e > b) {
        size_t k = e - 1;
        while (k > b && ((unsigned char)s[k] & 0xC0) == 0x80)
          --k;
        uint32_t cp;
        utf8_next(s, k, &cp);
        if (!is_ws(cp))
          break;
        e = k;
      }
    }
    if (!left)
      b = 0;
    return s.substr(b, e - b);
  }
  std::vector<uint32_t> cs = utf8_decode(arg_str(*chars, "strip"));
  auto in = [&](uint32_t c) { return std::find(cs.begin(), cs.end(), c) != cs.end(); };
  size_t b = 0, e = s.size();
  if (left) {
    while (b < e) {
      uint32_t cp;
      size_t j = utf8_next(s, b, &cp);
      if (!in(cp))
        break;
      b = j;
    }
  }
  if (right) {
    while (e > b) {
      size_t k = e - 1;
      while (k > b && ((unsigned char)s[k] & 0xC0) == 0x80)
        --k;
      uint32_t cp;
      utf8_next(s, k, &cp);
      if (!in(cp))
        break;
      e = k;
    }
  }
  return s.substr(b, e - b);
}
NATIVE(str_strip) {
  UNUSED_NATIVE_ARGS;
  return str_val(strip_impl(SV(a[0]), n > 1 ? &a[1] : nullptr, true, true));
}
NATIVE(str_lstrip) {
  UNUSED_NATIVE_ARGS;
  return str_val(strip_impl(SV(a[0]), n > 1 ? &a[1] : nullptr, true, false));
}
NATIVE(str_rstrip) {
  UNUSED_NATIVE_ARGS;
  return str_val(strip_impl(SV(a[0]), n > 1 ? &a[1] : nullptr, false, true));
}

// split
static std::vector<std::string_view> split_ws(std::string_view s, int64_t maxsplit) {
  std::vector<std::string_view> out;
  size_t i = 0, n = s.size();
  while (true) {
    while (i < n) {
      uint32_t cp;
      size_t j = utf8_next(s, i, &cp);
      if (!is_ws(cp))
        break;
      i = j;
    }
    if (i >= n)
      break;
    if (maxsplit >= 0 && int64_t(out.size()) >= maxsplit) {
      // the rest, with trailing whitespace removed
      std::string_view rest = s.substr(i);
      out.push_back(strip_impl(rest, nullptr, false, true));
      break;
    }
    size_t start = i;
    while (i < n) {
      uint32_t cp;
      size_t j = utf8_next(s, i, &cp);
      if (is_ws(cp))
        break;
      i = j;
    }
    out.push_back(s.substr(start, i - start));
  }
  return out;
}
NATIVE(str_split) {
  UNUSED_NATIVE_ARGS;
  std::string_view s = SV(a[0]);
  Value sep = n > 1 ? a[1] : kwarg(kw, "sep");
  Value ms = n > 2 ? a[2] : kwarg(kw, "maxsplit");
  int64_t maxsplit = ms.is_null() ? -1 : as_index(ms);
  ListObj* l = new_list();
  if (sep.is_null() || sep.is_none()) {
    for (auto p : split_ws(s, maxsplit))
      l->items.push_back(str_val(p));
    return V(l);
  }
  std::string_view d = arg_str(sep, "split");
  if (d.empty())
    value_error("empty separator");
  size_t pos = 0;
  int64_t count = 0;
  while (true) {
    size_t k = s.find(d, pos);
    if (k == std::string_view::npos || (maxsplit >= 0 && count >= maxsplit)) {
      l->items.push_back(str_val(s.substr(pos)));
      break;
    }
    l->items.push_back(str_val(s.substr(pos, k - pos)));
    pos = k + d.size();
    ++count;
  }
  return V(l);
}
NATIVE(str_rsplit) {
  UNUSED_NATIVE_ARGS;
  std::string_view s = SV(a[0]);
  Value sep = n > 1 ? a[1] : kwarg(kw, "sep");
  Value ms = n > 2 ? a[2] : kwarg(kw, "maxsplit");
  int64_t maxsplit = ms.is_null() ? -1 : as_index(ms);
  std::vector<Value> parts;
  if (sep.is_null() || sep.is_none()) {
    if (maxsplit < 0) {
      ListObj* l = new_list();
      for (auto p : split_ws(s, -1))
        l->items.push_back(str_val(p));
      return V(l);
    }
    // split from the right on whitespace
    std::vector<std::string_view> out;
    size_t e = s.size();
    auto ws_at = [&](size_t k) { return is_ws((unsigned char)s[k]); };
    while (true) {
      while (e > 0 && ws_at(e - 1))
        --e;
      if (e == 0)
        break;
      if (int64_t(out.size()) >= maxsplit) {
        size_t b = 0;
        while (b < e && ws_at(b))
          ++b;
        out.push_back(s.substr(b, e - b));
        break;
      }
      size_t b = e;
      while (b > 0 && !ws_at(b - 1))
        --b;
      out.push_back(s.substr(b, e - b));
      e = b;
    }
    ListObj* l = new_list();
    for (size_t i = out.size(); i-- > 0;)
      l->items.push_back(str_val(out[i]));
    return V(l);
  }
  std::string_view d = arg_str(sep, "rsplit");
  if (d.empty())
    value_error("empty separator");
  size_t end = s.size();
  int64_t count = 0;
  std::vector<std::string_view> out;
  while (true) {
    size_t k = end >= d.size() ? s.rfind(d, end - d.size()) : std::string_view::npos;
    if (k == std::string_view::npos || (maxsplit >= 0 && count >= maxsplit)) {
      out.push_back(s.substr(0, end));
      break;
    }
    out.push_back(s.substr(k + d.size(), end - k - d.size()));
    end = k;
    ++count;
  }
  ListObj* l = new_list();
  for (size_t i = out.size(); i-- > 0;)
    l->items.push_back(str_val(out[i]));
  return V(l);
}
NATIVE(str_splitlines) {
  UNUSED_NATIVE_ARGS;
  std::string_view s = SV(a[0]);
  Value ke = n > 1 ? a[1] : kwarg(kw, "keepends");
  bool keep = !ke.is_null() && truthy(ke);
  ListObj* l = new_list();
  size_t i = 0, start = 0;
  while (i < s.size()) {
    uint32_t cp;
    size_t j = utf8_next(s, i, &cp);
    bool br = cp == '\n' || cp == '\r' || cp == '\x0b' || cp == '\x0c' || cp == 0x1c ||
              cp == 0x1d || cp == 0x1e || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    if (br) {
      size_t eol = j;
      if (cp == '\r' && j < s.size() && s[j] == '\n')
        eol = j + 1;
      l->items.push_back(str_val(s.substr(start, (keep ? eol : i) - start)));
      start = i = eol;
    } else {
      i = j;
    }
  }
  if (start < s.size())
    l->items.push_back(str_val(s.substr(start)));
  return V(l);
}
NATIVE(str_join) {
  UNUSED_NATIVE_ARGS;
  check_nargs("join", n - 1, 1, 1);
  std::string_view sep = SV(a[0]);
  std::vector<Value> items = to_vector(a[1]);
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i]))
      type_errorf("sequence item %zu: expected str instance, %s found", i, type_name(items[i]));
    if (i)
      out.append(sep);
    out.append(sv(items[i]));
  }
  return str_val(out);
}
NATIVE(str_replace) {
  UNUSED_NATIVE_ARGS;
  check_nargs("replace", n - 1, 2, 3);
  std::string_view s = SV(a[0]);
  std::string_view from = arg_str(a[1], "replace"), to = arg_str(a[2], "replace");
  int64_t count = n > 3 ? as_index(a[3]) : -1;
  std::string out;
  if (from.empty()) {
    // insert `to` between every character
    int64_t done = 0;
    size_t i = 0;
    if (count != 0) {
      out.append(to);
      ++done;
    }
    while (i < s.size()) {
      uint32_t cp;
      size_t j = utf8_next(s, i, &cp);
      out.append(s.substr(i, j - i));
      i = j;
      if (i < s.size() && (count < 0 || done < count)) {
        out.append(to);
        ++done;
      }
    }
    if (!s.empty() && (count < 0 || done < count))
      out.append(to);
    return str_val(out);
  }
  size_t pos = 0;
  int64_t done = 0;
  while (true) {
    size_t k = s.find(from, pos);
    if (k == std::string_view::npos || (count >= 0 && done >= count)) {
      out.append(s.substr(pos));
      break;
    }
    out.append(s.substr(pos, k - pos));
    out.append(to);
    pos = k + from.size();
    ++done;
  }
  return str_val(out);
}

// byte offsets <-> code point indexes
static size_t cp_to_byte(StrObj* s, int64_t cpi) {
  if (s->ascii)
    return size_t(cpi);
  std::string_view v = s->view();
  size_t i = 0;
  for (int64_t k = 0; k < cpi && i < v.size(); ++k) {
    uint32_t cp;
    i = utf8_next(v, i, &cp);
  }
  return i;
}
static int64_t byte_to_cp(StrObj* s, size_t b) {
  if (s->ascii)
    return int64_t(b);
  int64_t n = 0;
  for (size_t i = 0; i < b; ++i)
    if (((unsigned char)s->data()[i] & 0xC0) != 0x80)
      ++n;
  return n;
}
static void range_args(StrObj* s, Value* a, int n, int first, size_t* b, size_t* e) {
  int64_t len = int64_t(s->cplen);
  int64_t start = 0, end = len;
  if (n > first && !a[first].is_none())
    start = as_index(a[first]);
  if (n > first + 1 && !a[first + 1].is_none())
    end = as_index(a[first + 1]);
  if (start < 0)
    start = std::max<int64_t>(0, start + len);
  if (end < 0)
    end = std::max<int64_t>(0, end + len);
  if (start > len)
    start = len + 1;
  if (end > len)
    end = len;
  *b = start > len ? s->len + 1 : cp_to_byte(s, start);
  *e = cp_to_byte(s, end);
}
static int64_t find_impl(Value* a, int n, bool rev) {
  StrObj* s = S(a[0]);
  std::string_view sub = arg_str(a[1], "find");
  size_t b, e;
  range_args(s, a, n, 2, &b, &e);
  if (b > s->len || b > e)
    return (sub.empty() && b == e) ? byte_to_cp(s, b) : -1;
  std::string_view hay = s->view().substr(b, e - b);
  size_t k = rev ? hay.rfind(sub) : hay.find(sub);
  if (k == std::string_view::npos)
    return -1;
  return byte_to_cp(s, b + k);
}
NATIVE(str_find) {
  UNUSED_NATIVE_ARGS;
  return Int(find_impl(a, n, false));
}
NATIVE(str_rfind) {
  UNUSED_NATIVE_ARGS;
  return Int(find_impl(a, n, true));
}
NATIVE(str_index) {
  UNUSED_NATIVE_ARGS;
  int64_t r = find_impl(a, n, false);
  if (r < 0)
    value_error("substring not found");
  return Int(r);
}
NATIVE(str_rindex) {
  UNUSED_NATIVE_ARGS;
  int64_t r = find_impl(a, n, true);
  if (r < 0)
    value_error("substring not found");
  return Int(r);
}
NATIVE(str_count) {
  UNUSED_NATIVE_ARGS;
  StrObj* s = S(a[0]);
  std::string_view sub = arg_str(a[1], "count");
  size_t b, e;
  range_args(s, a, n, 2, &b, &e);
  if (b > s->len || b > e)
    return Int(0);
  std::string_view hay = s->view().substr(b, e - b);
  if (sub.empty())
    return Int(byte_to_cp(s, e) - byte_to_cp(s, b) + 1);
  int64_t c = 0;
  size_t pos = 0;
  while ((pos = hay.find(sub, pos)) != std::string_view::npos) {
    ++c;
    pos += sub.size();
  }
  return Int(c);
}
static Value starts_ends(Value* a, int n, bool ends) {
  StrObj* s = S(a[0]);
  size_t b, e;
  range_args(s, a, n, 2, &b, &e);
  std::string_view hay = (b > s->len || b > e) ? std::string_view() : s->view().substr(b, e - b);
  bool invalid = b > s->len || b > e;
  auto test = [&](const Value& p) {
    if (!is_str(p))
      type_errorf("%s first arg must be str or a tuple of str, not %s",
                  ends ? "endswith" : "startswith", type_name(p));
    std::string_view x = sv(p);
    if (invalid)
      return false;
    if (x.size() > hay.size())
      return false;
    return ends ? hay.substr(hay.size() - x.size()) == x : hay.substr(0, x.size()) == x;
  };
  if (is_tuple(a[1])) {
    for (auto& p : cast<TupleObj>(a[1])->items)
      if (test(p))
        return True();
    return False();
  }
  return Bool(test(a[1]));
}
NATIVE(str_startswith) {
  UNUSED_NATIVE_ARGS;
  return starts_ends(a, n, false);
}
NATIVE(str_endswith) {
  UNUSED_NATIVE_ARGS;
  return starts_ends(a, n, true);
}
NATIVE(str_removeprefix) {
  UNUSED_NATIVE_ARGS;
  std::string_view s = SV(a[0]), p = arg_str(a[1], "removeprefix");
  if (s.substr(0, p.size()) == p)
    return str_val(s.substr(p.size()));
  return a[0];
}
NATIVE(str_removesuffix) {
  UNUSED_NATIVE_ARGS;
  std::string_view s = SV(a[0]), p = arg_str(a[1], "removesuffix");
  if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
    return str_val(s.substr(0, s.size() - p.size()));
  return a[0];
}
static Value pad_impl(Value* a, int n, char align) {
  StrObj* s = S(a[0]);
  int64_t width = as_index(a[1]);
  std::string fill = " ";
  if (n > 2) {
    if (!is_str(a[2]) || cast<StrObj>(a[2])->cplen != 1)
      type_error("The fill character must be exactly one character long");
    fill = std::string(sv(a[2]));
  }
  int64_t len = int64_t(s->cplen);
  if (width <= len)
    return a[0];
  int64_t padn = width - len;
  int64_t left = 0;
  if (align == '>')
    left = padn;
  else if (align == '^')
    left = padn / 2 + (padn & width & 1);
  std::string out;
  for (int64_t i = 0; i < left; ++i)
    out += fill;
  out.append(s->view());
  for (int64_t i = 0; i < padn - left; ++i)
    out += fill;
  return str_val(out);
}
NATIVE(str_ljust) {
  UNUSED_NATIVE_ARGS;
  return pad_impl(a, n, '<');
}
NATIVE(str_rjust) {
  UNUSED_NATIVE_ARGS;
  return pad_impl(a, n, '>');
}
NATIVE(str_center) {
  UNUSED_NATIVE_ARGS;
  return pad_impl(a, n, '^');
}
NATIVE(str_zfill) {
  UNUSED_NATIVE_ARGS;
  StrObj* s = S(a[0]);
  int64_t width = as_index(a[1]);
  int64_t len = int64_t(s->cplen);
  if (width <= len)
    return a[0];
  std::string v(s->view());
  std::string sign;
  if (!v.empty() && (v[0] == '-' || v[0] == '+')) {
    sign = v.substr(0, 1);
    v.erase(0, 1);
  }
  return str_val(sign + std::string(size_t(width - len), '0') + v);
}
NATIVE(str_expandtabs) {
  UNUSED_NATIVE_ARGS;
  int64_t ts = n > 1 ? as_index(a[1]) : 8;
  std::string out;
  int64_t col = 0;
  std::string_view s = SV(a[0]);
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    size_t j = utf8_next(s, i, &cp);
    if (cp == '\t') {
      if (ts > 0) {
        int64_t k = ts - col % ts;
        out.append(size_t(k), ' ');
        col += k;
      }
    } else if (cp == '\n' || cp == '\r') {
      out.push_back(char(cp));
      col = 0;
    } else {
      out.append(s.substr(i, j - i));
      ++col;
    }
    i = j;
  }
  return str_val(out);
}
static Value partition_impl(Value* a, bool rev) {
  std::string_view s = SV(a[0]), sep = arg_str(a[1], "partition");
  if (sep.empty())
    value_error("empty separator");
  size_t k = rev ? s.rfind(sep) : s.find(sep);
  if (k == std::string_view::npos) {
    if (rev)
      return V(new_tuple({V(intern("")), V(intern("")), a[0]}));
    return V(new_tuple({a[0], V(intern("")), V(intern(""))}));
  }
  return V(new_tuple({str_val(s.substr(0, k)), a[1], str_val(s.substr(k + sep.size()))}));
}
NATIVE(str_partition) {
  UNUSED_NATIVE_ARGS;
  return partition_impl(a, false);
}
NATIVE(str_rpartition) {
  UNUSED_NATIVE_ARGS;
  return partition_impl(a, true);
}
NATIVE(str_encode) {
  UNUSED_NATIVE_ARGS;
  std::string enc = "utf-8";
  Value e = n > 1 ? a[1] : kwarg(kw, "encoding");
  if (!e.is_null())
    enc = std::string(sv(e));
  Value errs = n > 2 ? a[2] : kwarg(kw, "errors");
  std::string lower;
  for (char c : enc)
    lower.push_back(char(tolower((unsigned char)c)));
  std::replace(lower.begin(), lower.end(), '_', '-');
  std::string_view s = SV(a[0]);
  if (lower == "utf-8" || lower == "utf8")
    return V(new_bytes(std::string(s)));
  if (lower == "ascii" || lower == "latin-1" || lower == "latin1" || lower == "iso-8859-1") {
    uint32_t limit = lower == "ascii" ? 128 : 256;
    std::string out;
    size_t idx = 0;
    for (size_t i = 0; i < s.size(); ++idx) {
      uint32_t cp;
      size_t j = utf8_next(s, i, &cp);
      if (cp >= limit) {
        std::string ev = errs.is_null() ? "strict" : std::string(sv(errs));
        if (ev == "ignore") {
        } else if (ev == "replace") {
          out.push_back('?');
        } else {
          raisef(T().UnicodeEncodeError,
                 "'%s' codec can't encode character '\\x%02x' in position %zu: ordinal not in "
                 "range(%u)",
                 lower == "ascii" ? "ascii" : "latin-1", cp, idx, limit);
        }
      } else {
        out.push_back(char(cp));
      }
      i = j;
    }
    return V(new_bytes(out));
  }
  raise(T().LookupError, "unknown encoding: " + enc);
}

// ---- str.format -------------------------------------------------------------------------------
static Value format_field_value(const std::string& field, Value* a, int n, const Kw& kw,
                                int* auto_idx) {
  // field: name or index, followed by .attr or [key]
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[')
    ++i;
  std::string head = field.substr(0, i);
  Value v;
  if (head.empty()) {
    if (*auto_idx < 0)
      value_error("cannot switch from manual field specification to automatic field numbering");
    int k = (*auto_idx)++;
    if (k + 1 >= n)
      index_errorf("Replacement index %d out of range for positional args tuple", k);
    v = a[k + 1];
  } else if (std::all_of(head.begin(), head.end(), ::isdigit)) {
    if (*auto_idx > 0)
      value_error("cannot switch from automatic field numbering to manual field specification");
    *auto_idx = -1;
    int k = std::stoi(head);
    if (k + 1 >= n)
      index_errorf("Replacement index %d out of range for positional args tuple", k);
    v = a[k + 1];
  } else {
    v = kwarg(kw, head.c_str());
    if (v.is_null())
      key_error(str_val(head));
  }
  while (i < field.size()) {
    if (field[i] == '.') {
      size_t j = i + 1;
      while (j < field.size() && field[j] != '.' && field[j] != '[')
        ++j;
      v = getattr(v, intern(field.substr(i + 1, j - i - 1)));
      i = j;
    } else {
      size_t j = field.find(']', i);
      if (j == std::string::npos)
        value_error("Missing ']' in format string");
      std::string key = field.substr(i + 1, j - i - 1);
      if (!key.empty() && std::all_of(key.begin(), key.end(), ::isdigit))
        v = getitem(v, Int(std::stoll(key)));
      else
        v = getitem(v, str_val(key));
      i = j + 1;
    }
  }
  return v;
}

std::string str_format_impl(std::string_view f, Value* a, int n, const Kw& kw, int* auto_idx);

std::string str_format_impl(std::string_view f, Value* a, int n, const Kw& kw, int* auto_idx) {
  std::string out;
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') {
        out.push_back('}');
        ++i;
        continue;
      }
      value_error("Single '}' encountered in format string");
    }
    if (c != '{') {
      out.push_back(c);
      continue;
    }
    if (i + 1 < f.size() && f[i + 1] == '{') {
      out.push_back('{');
      ++i;
      continue;
    }
    // find the matching close brace (nested braces in the spec)
    size_t j = i + 1;
    int depth = 1;
    while (j < f.size() && depth > 0) {
      if (f[j] == '{')
        ++depth;
      else if (f[j] == '}')
        --depth;
      if (depth > 0)
        ++j;
    }
    if (j >= f.size())
      value_error("Single '{' encountered in format string");
    std::string inner(f.substr(i + 1, j - i - 1));
    i = j;
    std::string field = inner, conv, spec;
    size_t bracket = 0;
    size_t k = 0;
    for (; k < inner.size(); ++k) {
      if (inner[k] == '[')
        bracket = 1;
      else if (inner[k] == ']')
        bracket = 0;
      else if (!bracket && (inner[k] == '!' || inner[k] == ':'))
        break;
    }
    field = inner.substr(0, k);
    if (k < inner.size() && inner[k] == '!') {
      size_t colon = inner.find(':', k);
      conv = inner.substr(k + 1, colon == std::string::npos ? std::string::npos : colon - k - 1);
      if (colon != std::string::npos)
        spec = inner.substr(colon + 1);
      if (conv.size() != 1 || (conv[0] != 's' && conv[0] != 'r' && conv[0] != 'a'))
        value_error("Unknown conversion specifier " + conv);
    } else if (k < inner.size()) {
      spec = inner.substr(k + 1);
    }
    // The field takes its automatic number before the fields nested in its spec, as in CPython.
    Value v = format_field_value(field, a, n, kw, auto_idx);
    if (spec.find('{') != std::string::npos)
      spec = str_format_impl(spec, a, n, kw, auto_idx);
    if (conv == "s")
      v = str_of(v);
    else if (conv == "r")
      v = repr_val(v);
    else if (conv == "a") {
      std::string ascii_of(const std::string& s);
      v = str_val(ascii_of(repr(v)));
    }
    out += std::string(sv(format_value(v, spec)));
  }
  return out;
}
NATIVE(str_format) {
  UNUSED_NATIVE_ARGS;
  int auto_idx = 0;
  return str_val(str_format_impl(SV(a[0]), a, n, kw, &auto_idx));
}
NATIVE(str_format_map) {
  UNUSED_NATIVE_ARGS;
  std::vector<Value> names, vals;
  for (auto& e : cast<DictObj>(a[1])->entries)
    if (!e.key.is_null()) {
      names.push_back(e.key);
      vals.push_back(e.value);
    }
  Kw k2;
  k2.n = int(names.size());
  k2.names = names.data();
  k2.vals = vals.data();
  int auto_idx = 0;
  return str_val(str_format_impl(SV(a[0]), a, 1, k2, &auto_idx));
}
NATIVE(str_maketrans) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = new_dict();
  if (n == 1 && is_dict(a[0])) {
    for (auto& e : cast<DictObj>(a[0])->entries) {
      if (e.key.is_null())
        continue;
      Value k = e.key;
      if (is_str(k)) {
        uint32_t cp;
        utf8_next(sv(k), 0, &cp);
        k = Int(cp);
      }
      dict_set(d, k, e.value);
    }
    return V(d);
  }
  auto x = utf8_decode(sv(a[0])), y = utf8_decode(sv(a[1]));
  if (x.size() != y.size())
    value_error("the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); ++i)
    dict_set(d, Int(x[i]), Int(y[i]));
  if (n > 2)
    for (auto c : utf8_decode(sv(a[2])))
      dict_set(d, Int(c), None());
  return V(d);
}
NATIVE(str_translate) {
  UNUSED_NATIVE_ARGS;
  std::string out;
  std::string_view s = SV(a[0]);
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    size_t j = utf8_next(s, i, &cp);
    Value r;
    try {
      r = getitem(a[1], Int(cp));
    } catch (PyError& e) {
      if (!exc_matches(e.exc, T().LookupError))
        throw;
      r = Value();
    }
    if (r.is_null())
      out.append(s.substr(i, j - i));
    else if (r.is_none()) {
    } else if (r.is_int())
      out += utf8_encode(uint32_t(r.i));
    else
      out.append(sv(r));
    i = j;
  }
  return str_val(out);
}
NATIVE(str_len) {
  UNUSED_NATIVE_ARGS;
  return Int(int64_t(S(a[0])->cplen));
}
NATIVE(str_getitem_m) {
  UNUSED_NATIVE_ARGS;
  return str_getitem(S(a[0]), a[1]);
}
NATIVE(str_contains_m) {
  UNUSED_NATIVE_ARGS;
  return Bool(contains(V(S(a[0])), a[1]));
}
NATIVE(str_iter_m) {
  UNUSED_NATIVE_ARGS;
  return str_iter_typed(S(a[0]));
}
NATIVE(str_str_m) {
  UNUSED_NATIVE_ARGS;
  return V(S(a[0]));
}
NATIVE(str_repr_m) {
  UNUSED_NATIVE_ARGS;
  return repr_val(V(S(a[0])));
}
NATIVE(str_add_m) {
  UNUSED_NATIVE_ARGS;
  return binary_op(V(S(a[0])), a[1], BIN_ADD);
}
NATIVE(str_mul_m) {
  UNUSED_NATIVE_ARGS;
  return binary_op(V(S(a[0])), a[1], BIN_MUL);
}
NATIVE(str_mod_m) {
  UNUSED_NATIVE_ARGS;
  return str_mod(S(a[0]), a[1]);
}
NATIVE(str_eq_m) {
  UNUSED_NATIVE_ARGS;
  return Bool(is_str(a[1]) && SV(a[0]) == sv(a[1]));
}
NATIVE(str_hash_m) {
  UNUSED_NATIVE_ARGS;
  return Int(hash_of(V(S(a[0]))));
}
NATIVE(str_lt_m) {
  UNUSED_NATIVE_ARGS;
  return compare(V(S(a[0])), a[1], CMP_LT);
}
NATIVE(str_format_m) {
  UNUSED_NATIVE_ARGS;
  return str_val(format_str(SV(a[0]), sv(a[1])));
}

// ---- bytes --------------------------------------------------------------------------------------
static BytesObj* B(const Value& v) {
  if (is_kind(v, Kind::Bytes))
    return cast<BytesObj>(v);
  type_errorf("descriptor requires a 'bytes' object but received a '%s'", type_name(v));
}

Value bytes_decode(BytesObj* b, std::string_view enc, std::string_view errors) {
  std::string lower;
  for (char c : enc)
    lower.push_back(char(tolower((unsigned char)c)));
  std::replace(lower.begin(), lower.end(), '_', '-');
  const std::string& d = b->data;
  if (lower == "utf-8" || lower == "utf8") {
    // validate
    std::string out;
    for (size_t i = 0; i < d.size();) {
      unsigned char c = (unsigned char)d[i];
      int need = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
      bool ok = need >= 0 && i + size_t(need) < d.size() + (need == 0 ? 1 : 0);
      if (ok)
        for (int k = 1; k <= need; ++k)
          if (i + size_t(k) >= d.size() || ((unsigned char)d[i + size_t(k)] & 0xC0) != 0x80)
            ok = false;
      if (!ok) {
        if (errors == "ignore") {
          ++i;
          continue;
        }
        if (errors == "replace") {
          out += "\xef\xbf\xbd";
          ++i;
          continue;
        }
        raisef(T().UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
               c, i, need < 0 ? "invalid start byte" : "invalid continuation byte");
      }
      out.append(d, i, size_t(need) + 1);
      i += size_t(need) + 1;
    }
    return str_val(out);
  }
  if (lower == "ascii") {
    std::string out;
    for (size_t i = 0; i < d.size(); ++i) {
      unsigned char c = (unsigned char)d[i];
      if (c >= 128) {
        if (errors == "ignore")
          continue;
        if (errors == "replace") {
          out += "\xef\xbf\xbd";
          continue;
        }
        raisef(T().UnicodeDecodeError,
               "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)",
               c, i);
      }
      out.push_back(char(c));
    }
    return str_val(out);
  }
  if (lower == "latin-1" || lower == "latin1" || lower == "iso-8859-1") {
    std::string out;
    for (unsigned char c : d)
      out += utf8_encode(c);
    return str_val(out);
  }
  raise(T().LookupError, "unknown encoding: " + std::string(enc));
}

Value bytes_from(const Value& v, const Value& enc) {
  if (is_str(v)) {
    if (enc.is_null())
      type_error("string argument without an encoding");
    Value args[2] = {v, enc};
    return str_encode(nullptr, args, 2, Kw());
  }
  if (v.is_int()) {
    if (v.i < 0)
      value_error("negative count");
    return V(new_bytes(std::string(size_t(v.i), '\0')));
  }
  if (is_kind(v, Kind::Bytes))
    return v;
  std::string out;
  for (auto& x : to_vector(v)) {
    int64_t c = as_index(x);
    if (c < 0 || c > 255)
      value_error("bytes must be in range(0, 256)");
    out.push_back(char(c));
  }
  return V(new_bytes(out));
}

Value bytes_getitem(BytesObj* b, const Value& key) {
  if (is_kind(key, Kind::Slice)) {
    int64_t s, e, st;
    slice_indices(cast<SliceObj>(key), int64_t(b->data.size()), &s, &e, &st);
    int64_t n = slice_len(s, e, st);
    std::string out;
    for (int64_t i = 0, j = s; i < n; ++i, j += st)
      out.push_back(b->data[size_t(j)]);
    return V(new_bytes(out));
  }
  int64_t i = normalize_index(as_index(key), int64_t(b->data.size()), "index");
  return Int((unsigned char)b->data[size_t(i)]);
}

NATIVE(bytes_decode_m) {
  UNUSED_NATIVE_ARGS;
  Value e = n > 1 ? a[1] : kwarg(kw, "encoding");
  Value errs = n > 2 ? a[2] : kwarg(kw, "errors");
  return bytes_decode(B(a[0]), e.is_null() ? "utf-8" : sv(e), errs.is_null() ? "strict" : sv(errs));
}
NATIVE(bytes_hex_m) {
  UNUSED_NATIVE_ARGS;
  Value args[2];
  parse_args("hex", a + 1, n - 1, kw, {"sep", "bytes_per_sep"}, 0, args);
  std::string sep;
  if (!args[0].is_null()) {
    sep = is_str(args[0])                 ? std::string(sv(args[0]))
          : is_kind(args[0], Kind::Bytes) ? B(args[0])->data
                                          : std::string();
    if (!is_str(args[0]) && !is_kind(args[0], Kind::Bytes))
      type_error("sep must be str or bytes.");
    if (str_cplen(new_str(sep)) != 1)
      value_error("sep must be length 1.");
  }
  int64_t per = args[1].is_null() ? 1 : as_index(args[1]);
  const std::string& d = B(a[0])->data;
  size_t group = size_t(per < 0 ? -per : per);
  std::string out;
  for (size_t i = 0; i < d.size(); ++i) {
    if (!sep.empty() && group && i > 0) {
      // positive: groups counted from the right; negative: from the left
      size_t pos = per > 0 ? d.size() - i : i;
      if (pos % group == 0)
        out += sep;
    }
    out += strf("%02x", (unsigned char)d[i]);
  }
  return str_val(out);
}
NATIVE(bytes_startswith_m) {
  UNUSED_NATIVE_ARGS;
  auto& d = B(a[0])->data;
  auto& p = B(a[1])->data;
  return Bool(d.compare(0, p.size(), p) == 0 && d.size() >= p.size());
}
NATIVE(bytes_endswith_m) {
  UNUSED_NATIVE_ARGS;
  auto& d = B(a[0])->data;
  auto& p = B(a[1])->data;
  return Bool(d.size() >= p.size() && d.compare(d.size() - p.size(), p.size(), p) == 0);
}
// The needle of find / index / count (bytes or an int in range(256)) and the [start:end] window
// given after it, clamped as slice indices.
static std::string bytes_needle(const Value& v) {
  if (is_intlike(v)) {
    int64_t c = as_index(v);
    if (c < 0 || c > 255)
      value_error("byte must be in range(0, 256)");
    return std::string(1, char(c));
  }
  if (!is_kind(v, Kind::Bytes))
    type_errorf("argument should be integer or bytes-like object, not '%s'", type_name(v));
  return B(v)->data;
}
static void bytes_window(const Value* a, int n, size_t len, size_t* b, size_t* e) {
  auto clamp = [len](const Value& v, int64_t dflt) {
    if (v.is_none())
      return dflt;
    int64_t i = as_index(v);
    if (i < 0)
      i = std::max<int64_t>(0, i + int64_t(len));
    return std::min<int64_t>(i, int64_t(len));
  };
  int64_t s = n > 2 ? clamp(a[2], 0) : 0;
  int64_t t = n > 3 ? clamp(a[3], int64_t(len)) : int64_t(len);
  *b = size_t(s);
  *e = size_t(std::max(s, t));
}
// find / rfind: -1 when absent (also when start > len, as CPython).
static int64_t bytes_find_impl(const Value* a, int n, bool reverse) {
  const std::string& d = B(a[0])->data;
  std::string p = bytes_needle(a[1]);
  if (n > 2 && !a[2].is_none()) {
    int64_t s = as_index(a[2]);
    if (s > int64_t(d.size()))
      return -1;
  }
  size_t b, e;
  bytes_window(a, n, d.size(), &b, &e);
  if (e - b < p.size())
    return -1;
  std::string_view w(d.data() + b, e - b);
  size_t k = reverse ? w.rfind(p) : w.find(p);
  return k == std::string_view::npos ? -1 : int64_t(b + k);
}
NATIVE(bytes_find_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("find", n - 1, 1, 3);
  return Int(bytes_find_impl(a, n, false));
}
NATIVE(bytes_rfind_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("rfind", n - 1, 1, 3);
  return Int(bytes_find_impl(a, n, true));
}
NATIVE(bytes_index_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("index", n - 1, 1, 3);
  int64_t k = bytes_find_impl(a, n, false);
  if (k < 0)
    value_error("subsection not found");
  return Int(k);
}
NATIVE(bytes_rindex_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("rindex", n - 1, 1, 3);
  int64_t k = bytes_find_impl(a, n, true);
  if (k < 0)
    value_error("subsection not found");
  return Int(k);
}
NATIVE(bytes_count_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("count", n - 1, 1, 3);
  const std::string& d = B(a[0])->data;
  std::string p = bytes_needle(a[1]);
  size_t b, e;
  bytes_window(a, n, d.size(), &b, &e);
  std::string_view w(d.data() + b, e - b);
  if (p.empty())
    return Int(int64_t(w.size()) + 1);
  int64_t c = 0;
  for (size_t pos = 0; (pos = w.find(p, pos)) != std::string_view::npos; pos += p.size())
    ++c;
  return Int(c);
}
NATIVE(bytes_split_m) {
  UNUSED_NATIVE_ARGS;
  auto& d = B(a[0])->data;
  ListObj* l = new_list();
  if (n < 2 || a[1].is_none()) {
    size_t i = 0;
    while (i < d.size()) {
      while (i < d.size() && isspace((unsigned char)d[i]))
        ++i;
      if (i >= d.size())
        break;
      size_t j = i;
      while (j < d.size() && !isspace((unsigned char)d[j]))
        ++j;
      l->items.push_back(V(new_bytes(d.substr(i, j - i))));
      i = j;
    }
    return V(l);
  }
  std::string sep = B(a[1])->data;
  size_t pos = 0;
  while (true) {
    size_t k = d.find(sep, pos);
    if (k == std::string::npos) {
      l->items.push_back(V(new_bytes(d.substr(pos))));
      break;
    }
    l->items.push_back(V(new_bytes(d.substr(pos, k - pos))));
    pos = k + sep.size();
  }
  return V(l);
}
// The ASCII whitespace of bytes methods (bytes.isspace, split() and strip() without arguments).
static bool bytes_ws(unsigned char c) { return c == ' ' || (c >= 0x09 && c <= 0x0d); }
static Value bytes_strip_impl(const Value* a, int n, bool left, bool right, const char* fname) {
  check_nargs(fname, n - 1, 0, 1);
  const std::string& d = B(a[0])->data;
  bool chars = n > 1 && !a[1].is_none();
  if (chars && !is_kind(a[1], Kind::Bytes))
    type_errorf("a bytes-like object is required, not '%s'", type_name(a[1]));
  auto strip = [&](unsigned char c) {
    return chars ? B(a[1])->data.find(char(c)) != std::string::npos : bytes_ws(c);
  };
  size_t b = 0, e = d.size();
  if (left)
    while (b < e && strip((unsigned char)d[b]))
      ++b;
  if (right)
    while (e > b && strip((unsigned char)d[e - 1]))
      --e;
  return V(new_bytes(d.substr(b, e - b)));
}
NATIVE(bytes_strip_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_strip_impl(a, n, true, true, "strip");
}
NATIVE(bytes_lstrip_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_strip_impl(a, n, true, false, "lstrip");
}
NATIVE(bytes_rstrip_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_strip_impl(a, n, false, true, "rstrip");
}

// Case conversions and predicates of bytes look at ASCII letters only.
static Value bytes_map(const Value& self, char (*fn)(char, bool&)) {
  std::string d = B(self)->data;
  bool state = false;
  for (char& c : d)
    c = fn(c, state);
  return V(new_bytes(d));
}
static bool a_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool a_lower(char c) { return c >= 'a' && c <= 'z'; }
static char a_to_upper(char c) { return a_lower(c) ? char(c - 32) : c; }
static char a_to_lower(char c) { return a_upper(c) ? char(c + 32) : c; }
NATIVE(bytes_upper_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_map(a[0], [](char c, bool&) { return a_to_upper(c); });
}
NATIVE(bytes_lower_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_map(a[0], [](char c, bool&) { return a_to_lower(c); });
}
NATIVE(bytes_swapcase_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_map(a[0], [](char c, bool&) { return a_upper(c) ? a_to_lower(c) : a_to_upper(c); });
}
NATIVE(bytes_title_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_map(a[0], [](char c, bool& prev_cased) {
    char r = prev_cased ? a_to_lower(c) : a_to_upper(c);
    prev_cased = a_upper(c) || a_lower(c);
    return r;
  });
}
NATIVE(bytes_capitalize_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_map(a[0], [](char c, bool& started) {
    char r = started ? a_to_lower(c) : a_to_upper(c);
    started = true;
    return r;
  });
}
template <class P> static Value bytes_all(const Value& self, P p) {
  const std::string& d = B(self)->data;
  if (d.empty())
    return False();
  for (char c : d)
    if (!p((unsigned char)c))
      return False();
  return True();
}
NATIVE(bytes_isdigit_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_all(a[0], [](unsigned char c) { return c >= '0' && c <= '9'; });
}
NATIVE(bytes_isalpha_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_all(a[0], [](unsigned char c) { return a_upper(char(c)) || a_lower(char(c)); });
}
NATIVE(bytes_isalnum_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_all(a[0], [](unsigned char c) {
    return a_upper(char(c)) || a_lower(char(c)) || (c >= '0' && c <= '9');
  });
}
NATIVE(bytes_isspace_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_all(a[0], bytes_ws);
}
NATIVE(bytes_isascii_m) {
  UNUSED_NATIVE_ARGS;
  for (char c : B(a[0])->data)
    if ((unsigned char)c >= 128)
      return False();
  return True();
}
NATIVE(bytes_isupper_m) {
  UNUSED_NATIVE_ARGS;
  const std::string& d = B(a[0])->data;
  return Bool(std::any_of(d.begin(), d.end(), a_upper) &&
              std::none_of(d.begin(), d.end(), a_lower));
}
NATIVE(bytes_islower_m) {
  UNUSED_NATIVE_ARGS;
  const std::string& d = B(a[0])->data;
  return Bool(std::any_of(d.begin(), d.end(), a_lower) &&
              std::none_of(d.begin(), d.end(), a_upper));
}
NATIVE(bytes_istitle_m) {
  UNUSED_NATIVE_ARGS;
  bool cased = false, prev = false;
  for (char c : B(a[0])->data) {
    if (a_upper(c)) {
      if (prev)
        return False();
      prev = cased = true;
    } else if (a_lower(c)) {
      if (!prev)
        return False();
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return Bool(cased);
}
NATIVE(bytes_splitlines_m) {
  UNUSED_NATIVE_ARGS;
  Value ke = n > 1 ? a[1] : kwarg(kw, "keepends");
  bool keep = !ke.is_null() && truthy(ke);
  const std::string& d = B(a[0])->data;
  ListObj* l = new_list();
  size_t i = 0;
  while (i < d.size()) {
    size_t j = i;
    while (j < d.size() && d[j] != '\n' && d[j] != '\r')
      ++j;
    size_t eol = j;
    if (j < d.size())
      j += (d[j] == '\r' && j + 1 < d.size() && d[j + 1] == '\n') ? 2 : 1;
    l->items.push_back(V(new_bytes(d.substr(i, (keep ? j : eol) - i))));
    i = j;
  }
  return V(l);
}
static Value bytes_pad(const Value* a, int n, const char* fname,
                       int where) { // -1 ljust, 0 center, 1 rjust
  check_nargs(fname, n - 1, 1, 2);
  const std::string& d = B(a[0])->data;
  int64_t w = as_index(a[1]);
  char fill = ' ';
  if (n > 2) {
    if (!is_kind(a[2], Kind::Bytes) || B(a[2])->data.size() != 1)
      type_errorf("%s() argument 2 must be a byte string of length 1, not %s", fname,
                  type_name(a[2]));
    fill = B(a[2])->data[0];
  }
  if (w <= int64_t(d.size()))
    return V(new_bytes(d));
  size_t total = size_t(w) - d.size();
  // CPython's centering puts the odd extra byte on the left when the width is odd
  size_t left = where < 0 ? 0 : where > 0 ? total : total / 2 + (total & size_t(w) & 1);
  return V(new_bytes(std::string(left, fill) + d + std::string(total - left, fill)));
}
NATIVE(bytes_ljust_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_pad(a, n, "ljust", -1);
}
NATIVE(bytes_rjust_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_pad(a, n, "rjust", 1);
}
NATIVE(bytes_center_m) {
  UNUSED_NATIVE_ARGS;
  return bytes_pad(a, n, "center", 0);
}
NATIVE(bytes_zfill_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("zfill", n - 1, 1, 1);
  std::string d = B(a[0])->data;
  int64_t w = as_index(a[1]);
  if (w <= int64_t(d.size()))
    return V(new_bytes(d));
  size_t fill = size_t(w) - d.size();
  size_t at = (!d.empty() && (d[0] == '+' || d[0] == '-')) ? 1 : 0;
  d.insert(at, fill, '0');
  return V(new_bytes(d));
}
NATIVE(bytes_fromhex_m) {
  UNUSED_NATIVE_ARGS;
  // bytes.fromhex(s): pairs of hex digits, ASCII whitespace allowed between pairs.
  Value sv_ = a[n - 1];
  if (!is_str(sv_))
    type_errorf("fromhex() argument must be str, not %s", type_name(sv_));
  std::string_view s = sv(sv_);
  std::string out;
  auto hexval = [](char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
  };
  for (size_t i = 0; i < s.size();) {
    if (bytes_ws((unsigned char)s[i])) {
      ++i;
      continue;
    }
    int hi = hexval(s[i]);
    int lo = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
    if (hi < 0 || lo < 0)
      value_errorf("non-hexadecimal number found in fromhex() arg at position %zu",
                   hi < 0 ? i : i + 1);
    out.push_back(char(hi * 16 + lo));
    i += 2;
  }
  return V(new_bytes(out));
}
NATIVE(bytes_join_m) {
  UNUSED_NATIVE_ARGS;
  std::string out;
  auto items = to_vector(a[1]);
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_kind(items[i], Kind::Bytes))
      type_errorf("sequence item %zu: expected a bytes-like object, %s found", i,
                  type_name(items[i]));
    if (i)
      out += B(a[0])->data;
    out += B(items[i])->data;
  }
  return V(new_bytes(out));
}
NATIVE(bytes_replace_m) {
  UNUSED_NATIVE_ARGS;
  std::string d = B(a[0])->data, from = B(a[1])->data, to = B(a[2])->data;
  std::string out;
  size_t pos = 0;
  if (from.empty())
    return a[0];
  while (true) {
    size_t k = d.find(from, pos);
    if (k == std::string::npos) {
      out += d.substr(pos);
      break;
    }
    out += d.substr(pos, k - pos) + to;
    pos = k + from.size();
  }
  return V(new_bytes(out));
}
void init_str_methods() {
  TypeObj* t = T().str;
  struct M {
    const char* name;
    NativeFn fn;
  };
  static const M ms[] = {{"upper", str_upper},
                         {"lower", str_lower},
                         {"casefold", str_casefold},
                         {"swapcase", str_swapcase},
                         {"title", str_title},
                         {"capitalize", str_capitalize},
                         {"isdigit", str_isdigit},
                         {"isdecimal", str_isdecimal},
                         {"isnumeric", str_isnumeric},
                         {"isalpha", str_isalpha},
                         {"isalnum", str_isalnum},
                         {"isspace", str_isspace},
                         {"isascii", str_isascii},
                         {"isprintable", str_isprintable},
                         {"isupper", str_isupper},
                         {"islower", str_islower},
                         {"istitle", str_istitle},
                         {"isidentifier", str_isidentifier},
                         {"strip", str_strip},
                         {"lstrip", str_lstrip},
                         {"rstrip", str_rstrip},
                         {"split", str_split},
                         {"rsplit", str_rsplit},
                         {"splitlines", str_splitlines},
                         {"join", str_join},
                         {"replace", str_replace},
                         {"find", str_find},
                         {"rfind", str_rfind},
                         {"index", str_index},
                         {"rindex", str_rindex},
                         {"count", str_count},
                         {"startswith", str_startswith},
                         {"endswith", str_endswith},
                         {"removeprefix", str_removeprefix},
                         {"removesuffix", str_removesuffix},
                         {"ljust", str_ljust},
                         {"rjust", str_rjust},
                         {"center", str_center},
                         {"zfill", str_zfill},
                         {"expandtabs", str_expandtabs},
                         {"partition", str_partition},
                         {"rpartition", str_rpartition},
                         {"encode", str_encode},
                         {"format", str_format},
                         {"format_map", str_format_map},
                         {"translate", str_translate},
                         {"__len__", str_len},
                         {"__getitem__", str_getitem_m},
                         {"__contains__", str_contains_m},
                         {"__iter__", str_iter_m},
                         {"__str__", str_str_m},
                         {"__repr__", str_repr_m},
                         {"__add__", str_add_m},
                         {"__mul__", str_mul_m},
                         {"__mod__", str_mod_m},
                         {"__eq__", str_eq_m},
                         {"__hash__", str_hash_m},
                         {"__lt__", str_lt_m},
                         {"__format__", str_format_m}};
  for (auto& m : ms)
    add_method(t, m.name, m.fn);
  NativeObj* mt = new_native("maketrans", str_maketrans);
  WrapperObj* sm = vm().heap.alloc<WrapperObj>(T().staticmethod, Kind::StaticMethod);
  sm->func = V(mt);
  dict_set(t->dict, V(intern("maketrans")), V(sm));
  TypeObj* b = T().bytes;
  static const M bs[] = {{"decode", bytes_decode_m},
                         {"hex", bytes_hex_m},
                         {"startswith", bytes_startswith_m},
                         {"endswith", bytes_endswith_m},
                         {"find", bytes_find_m},
                         {"count", bytes_count_m},
                         {"rfind", bytes_rfind_m},
                         {"index", bytes_index_m},
                         {"rindex", bytes_rindex_m},
                         {"split", bytes_split_m},
                         {"strip", bytes_strip_m},
                         {"join", bytes_join_m},
                         {"replace", bytes_replace_m},
                         {"upper", bytes_upper_m},
                         {"lower", bytes_lower_m},
                         {"lstrip", bytes_lstrip_m},
                         {"rstrip", bytes_rstrip_m},
                         {"swapcase", bytes_swapcase_m},
                         {"title", bytes_title_m},
                         {"capitalize", bytes_capitalize_m},
                         {"isdigit", bytes_isdigit_m},
                         {"isalpha", bytes_isalpha_m},
                         {"isalnum", bytes_isalnum_m},
                         {"isspace", bytes_isspace_m},
                         {"isascii", bytes_isascii_m},
                         {"isupper", bytes_isupper_m},
                         {"islower", bytes_islower_m},
                         {"istitle", bytes_istitle_m},
                         {"splitlines", bytes_splitlines_m},
                         {"ljust", bytes_ljust_m},
                         {"rjust", bytes_rjust_m},
                         {"center", bytes_center_m},
                         {"zfill", bytes_zfill_m}};
  for (auto& m : bs)
    add_method(b, m.name, m.fn);
  // bytes.fromhex is a classmethod
  WrapperObj* fh = vm().heap.alloc<WrapperObj>(T().classmethod, Kind::ClassMethod);
  fh->func = V(new_native("fromhex", bytes_fromhex_m));
  dict_set(b->dict, V(intern("fromhex")), V(fh));
}

} // namespace tulip::lang
