// The printf-based shortest float digits (used where libc++ has no std::to_chars for doubles, as
// in the wasm build) must give exactly what std::to_chars gives.
#include <doctest/doctest.h>

#include <algorithm>
#include <bit>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "lang/float_chars.hpp"

namespace {

std::string by_printf_scientific(double d) {
  char buf[64];
  return std::string(buf, tulip::lang::printf_shortest_scientific(d, buf, buf + sizeof buf));
}

std::string by_to_chars_scientific(double d) {
  char buf[64];
  return std::string(buf,
                     std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific).ptr);
}

std::string by_printf_shortest(double d) {
  char buf[64];
  return std::string(buf, tulip::lang::printf_shortest(d, buf, buf + sizeof buf));
}

std::vector<double> samples() {
  std::vector<double> values = {0.0,
                                -0.0,
                                0.1,
                                0.2,
                                0.3,
                                1.0 / 3,
                                1.0,
                                2.5,
                                100,
                                1e6,
                                1e16,
                                1e22,
                                1e23,
                                5e-324,
                                1e-320,
                                DBL_MIN,
                                DBL_MAX,
                                123456789012345678.0,
                                0.1 + 0.2,
                                9007199254740993.0,
                                1e-7,
                                3.14159,
                                2.718281828459045,
                                12345.678,
                                1e300,
                                4.35,
                                0.3 * 3,
                                1.0e-5,
                                123e-20};
  std::mt19937_64 random(20261122);
  for (int i = 0; i < 20000; ++i) {
    double d = std::bit_cast<double>(random());
    if (std::isfinite(d))
      values.push_back(d);
  }
  // Short decimals, the common case in programs, and the loop times of a real clock.
  std::uniform_int_distribution<int> digits(0, 99999);
  for (int i = 0; i < 5000; ++i) {
    values.push_back(digits(random) / 1000.0);
    values.push_back(12345.0 + digits(random) * 1e-9);
  }
  return values;
}

// The count of significant digits of "1.25e+03", "0.00125" or "-125".
int significant_digits(const std::string& text) {
  std::string digits;
  for (char c : text.substr(0, text.find('e')))
    if (c >= '0' && c <= '9' && !(digits.empty() && c == '0'))
      digits += c;
  return std::max<int>(1, int(digits.size()));
}

} // namespace

TEST_CASE("float chars: printf shortest digits equal std::to_chars") {
  int compared = 0;
  for (double d : samples()) {
    CAPTURE(d);
    std::string scientific = by_to_chars_scientific(d);
    REQUIRE(by_printf_scientific(d) == scientific);
    // The %g form: the same number of digits, reading back as d.
    std::string general = by_printf_shortest(d);
    CAPTURE(general);
    REQUIRE(std::strtod(general.c_str(), nullptr) == d);
    REQUIRE(significant_digits(general) == significant_digits(scientific));
    ++compared;
  }
  CHECK(compared > 30000);
}
