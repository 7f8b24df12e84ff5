// Everything of Tulip's scheduler core in one include.
#pragma once

#include "tulip/coro.hpp"
#include "tulip/driver.hpp"
#include "tulip/errors.hpp"
#include "tulip/future.hpp"
#include "tulip/handle.hpp"
#include "tulip/loop.hpp"
#include "tulip/sleep.hpp"
#include "tulip/task.hpp"
#include "tulip/trace.hpp"
#include "tulip/waiter.hpp"
