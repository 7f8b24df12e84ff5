// The Unicode character database: a two-level table of per-character records generated from
// CPython 3.11 (unicode_db_gen.py), and the case conversions built on it, following
// CPython's unicodeobject.c (full mappings, and the context-dependent final sigma).
#include "lang/unicode_db.hpp"

#include <algorithm>
#include <vector>

#include "lang/runtime.hpp"

namespace tulip::lang::unicode {

namespace {

enum : uint16_t {
  ALPHA = 1,
  DECIMAL = 2,
  DIGIT = 4,
  NUMERIC = 8,
  LOWER = 16,
  UPPER = 32,
  TITLE = 64,
  SPACE = 128,
  PRINTABLE = 256,
  CASED = 512,
  CASE_IGNORABLE = 1024,
  XID_START = 2048,
  XID_CONTINUE = 4096,
  EXTENDED = 8192
};

struct CharRecord {
  uint16_t flags;
  int32_t upper, lower, title; // simple mappings as deltas
  int8_t digit;                // digit value, -1 if none
};

// Full mappings of the characters whose case conversion is not one code point (or whose
// case folding differs from lowercasing): UTF-8 strings.
struct SpecialCase {
  uint32_t cp;
  const char* lower;
  const char* upper;
  const char* title;
  const char* fold;
};

#include "lang/unicode_db_tables.inc"

const CharRecord& rec(uint32_t cp) {
  if (cp >= 0x110000)
    return kRecords[0];
  return kRecords[kIndex2[(size_t(kIndex1[cp >> kShift]) << kShift) + (cp & ((1u << kShift) - 1))]];
}

const SpecialCase* special(uint32_t cp) {
  const SpecialCase* end = kSpecial + sizeof(kSpecial) / sizeof(kSpecial[0]);
  const SpecialCase* it = std::lower_bound(
      kSpecial, end, cp, [](const SpecialCase& s, uint32_t c) { return s.cp < c; });
  return it != end && it->cp == cp ? it : nullptr;
}

bool has(uint32_t cp, uint16_t flag) { return (rec(cp).flags & flag) != 0; }

enum class Map { Lower, Upper, Title, Fold };

void append_mapped(std::string& out, uint32_t cp, Map m) {
  const CharRecord& r = rec(cp);
  if (r.flags & EXTENDED) {
    const SpecialCase* s = special(cp);
    out += m == Map::Lower   ? s->lower
           : m == Map::Upper ? s->upper
           : m == Map::Title ? s->title
                             : s->fold;
    return;
  }
  int32_t d = m == Map::Upper ? r.upper : m == Map::Title ? r.title : r.lower;
  out += utf8_encode(uint32_t(int32_t(cp) + d));
}

// U+03A3 lowercases to final sigma when a cased letter precedes it and none follows (case
// ignorable characters skipped both ways), as CPython's handle_capital_sigma.
void append_lower_at(std::string& out, const std::vector<uint32_t>& cps, size_t i) {
  if (cps[i] != 0x3a3) {
    append_mapped(out, cps[i], Map::Lower);
    return;
  }
  size_t j = i;
  while (j > 0 && has(cps[j - 1], CASE_IGNORABLE))
    --j;
  bool final_ = j > 0 && has(cps[j - 1], CASED);
  if (final_) {
    j = i + 1;
    while (j < cps.size() && has(cps[j], CASE_IGNORABLE))
      ++j;
    final_ = j == cps.size() || !has(cps[j], CASED);
  }
  out += utf8_encode(final_ ? 0x3c2 : 0x3c3);
}

} // namespace

bool is_alpha(uint32_t cp) { return has(cp, ALPHA); }
bool is_decimal(uint32_t cp) { return has(cp, DECIMAL); }
bool is_digit(uint32_t cp) { return has(cp, DIGIT); }
bool is_numeric(uint32_t cp) { return has(cp, NUMERIC); }
bool is_lower(uint32_t cp) { return has(cp, LOWER); }
bool is_upper(uint32_t cp) { return has(cp, UPPER); }
bool is_title(uint32_t cp) { return has(cp, TITLE); }
bool is_space(uint32_t cp) { return has(cp, SPACE); }
bool is_printable(uint32_t cp) { return has(cp, PRINTABLE); }
bool is_cased(uint32_t cp) { return has(cp, CASED); }
bool is_xid_start(uint32_t cp) { return has(cp, XID_START); }
bool is_xid_continue(uint32_t cp) { return has(cp, XID_CONTINUE); }
int decimal_value(uint32_t cp) {
  const CharRecord& r = rec(cp);
  return (r.flags & DECIMAL) ? r.digit : -1;
}

std::string lower(std::string_view s) {
  std::vector<uint32_t> cps = utf8_decode(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size(); ++i)
    append_lower_at(out, cps, i);
  return out;
}

std::string upper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (uint32_t cp : utf8_decode(s))
    append_mapped(out, cp, Map::Upper);
  return out;
}

std::string casefold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (uint32_t cp : utf8_decode(s))
    append_mapped(out, cp, Map::Fold);
  return out;
}

std::string title(std::string_view s) {
  std::vector<uint32_t> cps = utf8_decode(s);
  std::string out;
  out.reserve(s.size());
  bool previous_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (previous_cased)
      append_lower_at(out, cps, i);
    else
      append_mapped(out, cps[i], Map::Title);
    previous_cased = is_cased(cps[i]);
  }
  return out;
}

std::string capitalize(std::string_view s) {
  std::vector<uint32_t> cps = utf8_decode(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0)
      append_mapped(out, cps[i], Map::Title);
    else
      append_lower_at(out, cps, i);
  }
  return out;
}

std::string swapcase(std::string_view s) {
  std::vector<uint32_t> cps = utf8_decode(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    if (is_upper(cps[i]))
      append_lower_at(out, cps, i);
    else if (is_lower(cps[i]))
      append_mapped(out, cps[i], Map::Upper);
    else
      out += utf8_encode(cps[i]);
  }
  return out;
}

} // namespace tulip::lang::unicode
