// The library's version string, so programs and tests can report which Tulip they run.
#pragma once

namespace tulip {
const char* version() noexcept;
} // namespace tulip
