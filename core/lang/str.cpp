// str: UTF-8 storage with code-point indexing (ASCII fast path), interning, repr, and methods.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "lang/bigint.hpp"
#include "lang/runtime.hpp"
#include "lang/unicode_db.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

// ---- UTF-8 --------------------------------------------------------------------------------------
std::string utf8_encode(uint32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s.push_back(char(cp));
  } else if (cp < 0x800) {
    s.push_back(char(0xC0 | (cp >> 6)));
    s.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    s.push_back(char(0xE0 | (cp >> 12)));
    s.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    s.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    s.push_back(char(0xF0 | (cp >> 18)));
    s.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    s.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    s.push_back(char(0x80 | (cp & 0x3F)));
  }
  return s;
}

size_t utf8_next(std::string_view s, size_t i, uint32_t* cp) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) {
    *cp = c;
    return i + 1;
  }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t v = n == 3 ? (c & 0x07) : n == 2 ? (c & 0x0F) : (c & 0x1F);
  size_t j = i + 1;
  for (int k = 0; k < n && j < s.size(); ++k, ++j)
    v = (v << 6) | ((unsigned char)s[j] & 0x3F);
  *cp = v;
  return j;
}

std::vector<uint32_t> utf8_decode(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    i = utf8_next(s, i, &cp);
    out.push_back(cp);
  }
  return out;
}

static std::string encode_cps(const std::vector<uint32_t>& cps, size_t b, size_t e) {
  std::string s;
  for (size_t i = b; i < e; ++i)
    s += utf8_encode(cps[i]);
  return s;
}

// ---- creation -----------------------------------------------------------------------------------
static StrObj* alloc_str(std::string_view s) {
  StrObj* o = vm().heap.alloc<StrObj>(T().str, Kind::Str, s.size() + 1);
  std::memcpy(o->data(), s.data(), s.size());
  o->data()[s.size()] = 0;
  o->len = s.size();
  size_t cp = 0;
  bool ascii = true;
  size_t i = 0;
  // ASCII runs eight bytes at a time (the common case: every byte is one code point)
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull)
      break;
    cp += 8;
  }
  for (unsigned char c : s.substr(i)) {
    if (c >= 0x80)
      ascii = false;
    if ((c & 0xC0) != 0x80)
      ++cp;
  }
  o->cplen = cp;
  o->ascii = ascii;
  return o;
}

StrObj* new_str(std::string_view s) {
  VM& m = vm();
  if (s.empty() && m.empty_str)
    return m.empty_str;
  if (s.size() == 1 && (unsigned char)s[0] < 128 && m.char_strs[(unsigned char)s[0]])
    return m.char_strs[(unsigned char)s[0]];
  return alloc_str(s);
}

StrObj* intern(std::string_view s) {
  VM& m = vm();
  auto& tab = *m.intern_table;
  auto it = tab.find(std::string(s));
  if (it != tab.end())
    return it->second;
  StrObj* o = alloc_str(s);
  o->interned = true;
  tab.emplace(std::string(s), o);
  return o;
}

Value str_val(std::string_view s) { return V(new_str(s)); }
std::string_view sv(const Value& v) { return cast<StrObj>(v)->view(); }
std::string_view sv(StrObj* s) { return s->view(); }
int64_t str_cplen(StrObj* s) { return int64_t(s->cplen); }

int64_t hash_bytes(std::string_view s) {
  // FNV-1a (CPython randomizes str hashes, so no program may depend on their values).
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  int64_t r = int64_t(h >> 1);
  if (r == -1)
    r = -2;
  return r;
}

// ---- repr ---------------------------------------------------------------------------------------
std::string py_repr_str(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out;
  out.push_back(q);
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    size_t j = utf8_next(s, i, &cp);
    if (cp == uint32_t(q) || cp == '\\') {
      out.push_back('\\');
      out.push_back(char(cp));
    } else if (cp == '\n')
      out += "\\n";
    else if (cp == '\r')
      out += "\\r";
    else if (cp == '\t')
      out += "\\t";
    else if (cp < 0x20 || cp == 0x7f)
      out += strf("\\x%02x", cp);
    else if (cp >= 0x80 && !unicode::is_printable(cp))
      out += cp <= 0xff     ? strf("\\x%02x", cp)
             : cp <= 0xffff ? strf("\\u%04x", cp)
                            : strf("\\U%08x", cp);
    else
      out.append(s.substr(i, j - i));
    i = j;
  }
  out.push_back(q);
  return out;
}

// ---- indexing -----------------------------------------------------------------------------------
static size_t cp_offset(StrObj* s, int64_t idx) { // byte offset of code point idx
  if (s->ascii)
    return size_t(idx);
  std::string_view v = s->view();
  size_t i = 0;
  for (int64_t k = 0; k < idx && i < v.size(); ++k) {
    uint32_t cp;
    i = utf8_next(v, i, &cp);
  }
  return i;
}

Value str_getitem(StrObj* s, const Value& key) {
  if (is_kind(key, Kind::Slice)) {
    int64_t start, stop, step;
    slice_indices(cast<SliceObj>(key), int64_t(s->cplen), &start, &stop, &step);
    int64_t n = slice_len(start, stop, step);
    if (step == 1) {
      if (n <= 0)
        return V(new_str(""));
      size_t b = cp_offset(s, start);
      size_t e = s->ascii ? size_t(stop) : b + cp_offset(new_str(s->view().substr(b)), n);
      return V(new_str(s->view().substr(b, e - b)));
    }
    std::string out;
    if (s->ascii) {
      for (int64_t i = 0, j = start; i < n; ++i, j += step)
        out.push_back(s->data()[j]);
    } else {
      auto cps = utf8_decode(s->view());
      for (int64_t i = 0, j = start; i < n; ++i, j += step)
        out += utf8_encode(cps[size_t(j)]);
    }
    return V(new_str(out));
  }
  int64_t i = as_index(key, "string indices must be integers");
  int64_t len = int64_t(s->cplen);
  if (i < 0)
    i += len;
  if (i < 0 || i >= len)
    index_error("string index out of range");
  if (s->ascii)
    return V(new_str(std::string_view(s->data() + i, 1)));
  size_t b = cp_offset(s, i);
  uint32_t cp;
  size_t e = utf8_next(s->view(), b, &cp);
  return V(new_str(s->view().substr(b, e - b)));
}

static bool str_iter_next(IterObj* it, Value& out) {
  StrObj* s = cast<StrObj>(it->a);
  if (size_t(it->i) >= s->len)
    return false;
  uint32_t cp;
  size_t e = utf8_next(s->view(), size_t(it->i), &cp);
  out = V(new_str(s->view().substr(size_t(it->i), e - size_t(it->i))));
  it->i = int64_t(e);
  return true;
}

Value str_iter(StrObj* s) {
  IterObj* it = new_iter(T().iterator, str_iter_next);
  it->a = V(s);
  return V(it);
}

// ---- % formatting -------------------------------------------------------------------------------
// Pads bytes to a width counted in bytes (the %-formatting of bytes).
static std::string pad_bytes(const std::string& body, bool left, const std::string& width) {
  size_t w = width.empty() ? 0 : size_t(std::stoll(width));
  if (body.size() >= w)
    return body;
  return left ? body + std::string(w - body.size(), ' ') : std::string(w - body.size(), ' ') + body;
}

// printf-style formatting of str (bytes_mode false) or of bytes (the format and the result are
// raw bytes; %s / %b take bytes, %r / %a give the ASCII repr, %c an int < 256 or one byte).
static std::string percent_format(std::string_view f, const Value& args, bool bytes_mode) {
  std::string out;
  out.reserve(f.size() + 16);
  const Value* items = &args;
  size_t nitems = 1;
  bool is_map = false;
  if (is_tuple(args)) {
    items = cast<TupleObj>(args)->items.data();
    nitems = cast<TupleObj>(args)->items.size();
  } else {
    if (is_dict(args) ||
        (args.is_obj() && !is_str(args) && !is_kind(args, Kind::Bytes) &&
         lookup_type(type_of(args), "__getitem__").tag != Tag::Null && !is_list(args)))
      is_map = true;
  }
  size_t ai = 0;
  auto next_arg = [&]() -> Value {
    if (ai >= nitems)
      type_error("not enough arguments for format string");
    return items[ai++];
  };
  bool used_map = false;
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c != '%') {
      size_t e = f.find('%', i);
      if (e == std::string_view::npos)
        e = f.size();
      out.append(f.substr(i, e - i));
      i = e - 1;
      continue;
    }
    ++i;
    if (i >= f.size())
      value_error("incomplete format");
    if (!bytes_mode && (f[i] == 'd' || f[i] == 's') && ai < nitems) {
      // the common plain conversions: %d of an int, %s of a str
      const Value& a0 = items[ai];
      if (f[i] == 'd' && a0.is_int()) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, a0.i);
        out.append(buf, size_t(r.ptr - buf));
        ++ai;
        continue;
      }
      if (f[i] == 's' && a0.is_obj() && a0.o->type == T().str) {
        out.append(static_cast<StrObj*>(a0.o)->view());
        ++ai;
        continue;
      }
    }
    Value arg;
    bool have_arg = false;
    if (f[i] == '(') {
      size_t close = f.find(')', i);
      if (close == std::string_view::npos)
        value_error("incomplete format key");
      std::string_view kname = f.substr(i + 1, close - i - 1);
      Value key = bytes_mode ? V(new_bytes(std::string(kname))) : str_val(kname);
      arg = getitem(args, key);
      have_arg = true;
      used_map = true;
      i = close + 1;
    }
    std::string flags;
    while (i < f.size() && strchr("-+ #0", f[i]))
      flags.push_back(f[i++]);
    std::string width;
    if (i < f.size() && f[i] == '*') {
      width = std::to_string(as_index(next_arg()));
      ++i;
    }
    while (i < f.size() && isdigit((unsigned char)f[i]))
      width.push_back(f[i++]);
    std::string prec;
    bool has_prec = false;
    if (i < f.size() && f[i] == '.') {
      has_prec = true;
      ++i;
      if (i < f.size() && f[i] == '*') {
        prec = std::to_string(as_index(next_arg()));
        ++i;
      }
      while (i < f.size() && isdigit((unsigned char)f[i]))
        prec.push_back(f[i++]);
      if (prec.empty())
        prec = "0";
    }
    while (i < f.size() && (f[i] == 'l' || f[i] == 'h' || f[i] == 'L'))
      ++i;
    if (i >= f.size())
      value_error("incomplete format");
    char conv = f[i];
    if (conv == '%') {
      out.push_back('%');
      continue;
    }
    if (!have_arg)
      arg = next_arg();
    std::string body;
    bool left = flags.find('-') != std::string::npos;
    bool zero = flags.find('0') != std::string::npos && !left;
    std::string spec;
    if (bytes_mode && (conv == 's' || conv == 'b' || conv == 'r' || conv == 'a' || conv == 'c')) {
      if (conv == 's' || conv == 'b') {
        if (!is_kind(arg, Kind::Bytes))
          type_errorf(
              "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
              type_name(arg));
        body = cast<BytesObj>(arg)->data;
      } else if (conv == 'c') {
        if (is_kind(arg, Kind::Bytes) && cast<BytesObj>(arg)->data.size() == 1) {
          body = cast<BytesObj>(arg)->data;
        } else {
          if (!is_intlike(arg))
            type_error("%c requires an integer in range(256) or a single byte");
          int64_t c = as_index(arg);
          if (c < 0 || c > 255)
            raise(T().OverflowError, "%c arg not in range(256)");
          body = std::string(1, char(c));
        }
      } else {
        body = ascii_of(repr(arg));
      }
      if (has_prec && conv != 'c' && body.size() > size_t(std::stoll(prec)))
        body.resize(size_t(std::stoll(prec)));
      out += pad_bytes(body, left, width);
      continue;
    }
    switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      body = conv == 's' ? to_str(arg) : conv == 'r' ? repr(arg) : ascii_of(repr(arg));
      if (has_prec) {
        auto cps = utf8_decode(body);
        size_t p = size_t(std::stoll(prec));
        if (cps.size() > p)
          body = encode_cps(cps, 0, p);
      }
      spec = (left ? "<" : ">") + width;
      out += format_str(body, spec);
      continue;
    }
    case 'c': {
      if (is_str(arg))
        body = std::string(sv(arg));
      else
        body = utf8_encode(uint32_t(as_index(arg)));
      spec = (left ? "<" : ">") + width;
      out += format_str(body, spec);
      continue;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      if (!is_number(arg)) {
        if (conv == 'd' || conv == 'i' || conv == 'u')
          type_errorf("%%%c format: a real number is required, not %s", conv, type_name(arg));
        type_errorf("%%%c format: an integer is required, not %s", conv, type_name(arg));
      }
      int64_t v;
      if (arg.is_float()) {
        if (conv != 'd' && conv != 'i' && conv != 'u')
          type_errorf("%%%c format: an integer is required, not float", conv);
        v = int64_t(std::trunc(arg.f));
      } else {
        v = as_index(arg);
      }
      std::string s = "";
      if (flags.find('+') != std::string::npos)
        s += "+";
      else if (flags.find(' ') != std::string::npos)
        s += " ";
      if (flags.find('#') != std::string::npos)
        s += "#";
      if (left)
        s = "<" + s;
      else if (zero)
        s += "0";
      s += width;
      char t = (conv == 'i' || conv == 'u') ? 'd' : conv;
      s.push_back(t);
      std::string r = format_int(v, s);
      if (has_prec) {
        // precision for ints: minimum digits
        std::string digits = int_to_base(v < 0 ? -v : v, t == 'd' ? 10 : t == 'o' ? 8 : 16, false);
        if (t == 'X')
          std::transform(digits.begin(), digits.end(), digits.begin(), ::toupper);
        size_t p = size_t(std::stoll(prec));
        while (digits.size() < p)
          digits = "0" + digits;
        std::string sgn = v < 0 ? "-" : (flags.find('+') != std::string::npos ? "+" : "");
        r = format_str(sgn + digits, (left ? "<" : ">") + width);
      }
      out += r;
      continue;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      if (!is_number(arg))
        type_errorf("must be real number, not %s", type_name(arg));
      double d = as_double(arg);
      std::string s;
      if (flags.find('+') != std::string::npos)
        s += "+";
      else if (flags.find(' ') != std::string::npos)
        s += " ";
      if (flags.find('#') != std::string::npos)
        s += "#";
      if (left)
        s = "<" + s;
      else if (zero)
        s += "0";
      s += width;
      s += "." + (has_prec ? prec : std::string("6"));
      s.push_back(conv);
      out += format_float(d, s);
      continue;
    }
    default:
      value_errorf("unsupported format character '%c' (0x%x) at index %zu", conv, (unsigned)conv,
                   i);
    }
  }
  if (!is_map && !used_map && ai < nitems)
    type_error(bytes_mode ? "not all arguments converted during bytes formatting"
                          : "not all arguments converted during string formatting");
  return out;
}

Value str_mod(StrObj* fmtobj, const Value& args) {
  return str_val(percent_format(fmtobj->view(), args, false));
}
Value bytes_mod(BytesObj* fmt, const Value& args) {
  return V(new_bytes(percent_format(fmt->data, args, true)));
}

} // namespace tulip::lang
