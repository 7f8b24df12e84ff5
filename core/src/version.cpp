#include "tulip/version.hpp"

namespace tulip {
const char* version() noexcept { return "0.1.0"; }
} // namespace tulip
