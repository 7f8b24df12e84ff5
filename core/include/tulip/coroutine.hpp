// The one place that knows where the coroutine library lives: <coroutine> on g++ and new libc++,
// <experimental/coroutine> on the libc++ 13 that Debian's emscripten 3.1.6 ships.
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace tulip::co {
using std::coroutine_handle;
using std::suspend_always;
using std::suspend_never;
} // namespace tulip::co
#elif __has_include(<experimental/coroutine>)
#include <experimental/coroutine>
namespace tulip::co {
using std::experimental::coroutine_handle;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
} // namespace tulip::co
#else
#error "tulip needs C++20 coroutines"
#endif
