// Doubles to and from text: the shortest round-trip digits (float repr), printf-style precision,
// and parsing. std::to_chars/from_chars do this fast on libstdc++; the libc++ that emscripten 3.1.6
// ships has neither for floating point, so there the same results come from snprintf and strtod.
#pragma once

#include <charconv>
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

// Writes `d` (finite) in scientific notation with the fewest digits that read back as `d`
// ("1.5e+00"), as std::to_chars(..., scientific) does. Returns the end of the text.
inline char* write_shortest_scientific(double d, char* first, char* last) {
#if TULIP_FLOAT_CHARCONV
  return std::to_chars(first, last, d, std::chars_format::scientific).ptr;
#else
  // The first precision that round-trips is the shortest; printf rounds correctly, so among the
  // candidates of that length it is the closest, as the shortest-digits algorithms choose.
  int n = 0;
  for (int digits = 1; digits <= 17; ++digits) {
    n = std::snprintf(first, std::size_t(last - first), "%.*e", digits - 1, d);
    if (std::strtod(first, nullptr) == d)
      break;
  }
  return first + n;
#endif
}

// Writes `d` (finite) with the fewest digits that read back as `d`, in fixed or scientific
// notation, whichever is shorter ("0.1", "1e-07"), as std::to_chars(first, last, d) does.
inline char* write_shortest(double d, char* first, char* last) {
#if TULIP_FLOAT_CHARCONV
  return std::to_chars(first, last, d).ptr;
#else
  int n = 0;
  for (int digits = 1; digits <= 17; ++digits) {
    n = std::snprintf(first, std::size_t(last - first), "%.*g", digits, d);
    if (std::strtod(first, nullptr) == d)
      break;
  }
  return first + n;
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
    bool allowed = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' ||
                   c == '-';
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
