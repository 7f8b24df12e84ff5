// The CPython-differential harness: a C++ scenario prints lines as its Python twin
// (tests/core/twins/NAME.py) does, and the test asserts both outputs are equal, the twin being
// run by python3 (CPython 3.11) each time.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>

#include "tulip/tulip.hpp"

namespace twin {

// Python's repr of a float: the shortest text that reads back as the same double.
inline std::string float_repr(double v) {
  if (std::isinf(v))
    return v > 0 ? "inf" : "-inf";
  if (std::isnan(v))
    return "nan";
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v)
      break;
  }
  std::string s = buf;
  if (s.find_first_of(".en") == std::string::npos)
    s += ".0";
  return s;
}

inline std::string text(std::string_view s) { return std::string(s); }
inline std::string text(const char* s) { return s; }
inline std::string text(const std::string& s) { return s; }
inline std::string text(bool b) { return b ? "True" : "False"; }
template <class T>
requires std::is_integral_v<T> std::string text(T v) { return std::to_string(v); }
inline std::string text(double v) { return float_repr(v); }

// What the scenario prints, as print(*args) would.
class Output {
public:
  template <class... A> void print(const A&... args) {
    std::string line;
    ((line += (line.empty() ? "" : " ") + text(args)), ...);
    text_ += line + "\n";
  }
  const std::string& str() const { return text_; }

private:
  std::string text_;
};

// The stdout of `python3 tests/core/twins/NAME.py`.
inline std::string python(const std::string& name) {
  std::string cmd = std::string(TULIP_PYTHON) + " " + TULIP_TWINS_DIR + "/" + name + ".py";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p)
    return "<cannot run python3>";
  std::string out;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, p))
    out.append(buf, n);
  int status = pclose(p);
  if (status != 0)
    out += "<python3 exited with status " + std::to_string(status) + ">";
  return out;
}

// Runs `scenario(out)` (returning a Coro) on a fresh virtual-time loop, with task names counted
// from 1 as in a fresh CPython process.
template <class F> std::string run(F scenario) {
  Output out;
  tulip::reset_task_names();
  tulip::Loop loop;
  loop.run_until_complete(scenario(out));
  return out.str();
}

} // namespace twin

// CHECK that the C++ scenario printed what CPython prints for the twin NAME.py.
#define CHECK_TWIN(name, scenario) CHECK(twin::run(scenario) == twin::python(name))
