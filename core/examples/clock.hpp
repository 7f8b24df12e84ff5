// The examples run in real time, or instantly under virtual time when given --virtual.
#pragma once

#include <memory>
#include <string_view>

#include "tulip/driver.hpp"

inline std::unique_ptr<tulip::Driver> driver_for(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "--virtual")
    return std::make_unique<tulip::VirtualDriver>();
  return std::make_unique<tulip::NativeDriver>();
}
