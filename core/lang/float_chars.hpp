// Doubles to and from text: the shortest round-trip digits (float repr), printf-style precision,
// and parsing. std::to_chars/from_chars do this fast on libstdc++; the libc++ that emscripten 3.1.6
// ships has neither for floating point, so there the same results come from snprintf and strtod.
#pragma once

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <system_error>

namespace tulip::lang {

#if defined(_LIBCPP_VERSION)
#define TULIP_FLOAT_CHARCONV 0
#else
#define TULIP_FLOAT_CHARCONV 1
#endif

// The shortest round-trip digits through snprintf and strtod (slow where long double is emulated,
// as in wasm, so it tries at most three precisions). A decimal of at most 15 significant digits is
// the only one of its length within half an ulp of the double it reads as (DBL_DIG is 15), so
// when 15 digits round-trip, dropping their trailing zeros gives the shortest; otherwise 16 or
// 17 digits do, and printf rounds to the closest of that length, as shortest-digits algorithms
// choose (subnormals try every length). Writes "d.ddde+XX"; returns the number of significant
// digits.
inline int shortest_scientific_digits(double d, char* first, char* last, char*& end) {
  int n = 0;
  // A subnormal has fewer significant bits, so several short decimals may read as it: try all.
  int digits = std::fabs(d) < DBL_MIN ? 1 : 15;
  for (; digits <= 17; ++digits) {
    n = std::snprintf(first, std::size_t(last - first), "%.*e", digits - 1, d);
    if (std::strtod(first, nullptr) == d)
      break;
  }
  end = first + n;
  if (digits != 15)
    return digits;
  char* e = std::find(first, end, 'e');
  char* kept = e;
  while (kept[-1] == '0')
    --kept;
  if (kept[-1] == '.')
    --kept;
  end = std::copy(e, end, kept);
  int significant = 0;
  for (char* p = first; p != kept; ++p)
    significant += *p >= '0' && *p <= '9';
  return significant;
}

// write_shortest_scientific and write_shortest where there is no std::to_chars for doubles
// (defined everywhere, so the native tests compare them with std::to_chars).
inline char* printf_shortest_scientific(double d, char* first, char* last) {
  char* end = nullptr;
  shortest_scientific_digits(d, first, last, end);
  return end;
}

inline char* printf_shortest(double d, char* first, char* last) {
  char* end = nullptr;
  int digits = shortest_scientific_digits(d, first, last, end);
  return first + std::snprintf(first, std::size_t(last - first), "%.*g", digits, d);
}

// Writes `d` (finite) in scientific notation with the fewest digits that read back as `d`
// ("1.5e+00"), as std::to_chars(..., scientific) does. Returns the end of the text.
inline char* write_shortest_scientific(double d, char* first, char* last) {
#if TULIP_FLOAT_CHARCONV
  return std::to_chars(first, last, d, std::chars_format::scientific).ptr;
#else
  return printf_shortest_scientific(d, first, last);
#endif
}

// Writes `d` (finite) with the fewest digits that read back as `d`, in fixed or scientific
// notation as %g chooses for that many digits ("0.1", "1e-07").
inline char* write_shortest(double d, char* first, char* last) {
#if TULIP_FLOAT_CHARCONV
  return std::to_chars(first, last, d).ptr;
#else
  return printf_shortest(d, first, last);
#endif
}

// Writes `d` as printf's %.{precision}{conv} would (conv is 'f', 'e' or 'g'); null when the
// buffer is too small.
inline char* write_with_precision(double d, char conv, int precision, char* first, char* last) {
#if TULIP_FLOAT_CHARCONV
  std::chars_format format = conv == 'f'   ? std::chars_format::fixed
                             : conv == 'e' ? std::chars_format::scientific
                                           : std::chars_format::general;
  auto result = std::to_chars(first, last, d, format, precision);
  return result.ec == std::errc() ? result.ptr : nullptr;
#else
  char spec[8] = {'%', '.', '*', conv, '\0'};
  int n = std::snprintf(first, std::size_t(last - first), spec, precision, d);
  return n >= 0 && n < last - first ? first + n : nullptr;
#endif
}

// Parses a decimal floating-point number filling all of [first, last) (digits, '.', an exponent;
// no sign, no hex, no inf/nan: the caller handles those). Out-of-range values become inf or 0 as
// strtod gives them. False when the text is not such a number.
inline bool parse_decimal_double(const char* first, const char* last, double& out) {
  for (const char* p = first; p != last; ++p) {
    char c = *p;
    bool allowed =
        (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    if (!allowed)
      return false;
  }
#if TULIP_FLOAT_CHARCONV
  auto result = std::from_chars(first, last, out);
  if (result.ec == std::errc::invalid_argument || result.ptr != last)
    return false;
  if (result.ec == std::errc::result_out_of_range)
    out = std::strtod(std::string(first, last).c_str(), nullptr);
  return true;
#else
  std::string text(first, last);
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return !text.empty() && end == text.c_str() + text.size();
#endif
}

} // namespace tulip::lang
