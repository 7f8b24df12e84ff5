// Running a whole program: parse, compile, execute in a fresh VM, report as `python3` does
// (stdout buffered, a traceback on stderr for an uncaught exception, SystemExit's status).
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tulip {
class Driver;
}

namespace tulip::lang {

namespace aio {
class TraceRecorder;
}

struct RunOptions {
  std::string filename = "main.py"; // as shown in tracebacks
  std::vector<std::string> argv;    // sys.argv
  bool book_mode = false;
  bool virtual_clock = false;                      // time jumps to the next timer
  std::string trace_file;                          // where to write the trace (JSON); empty: none
  aio::TraceRecorder* trace_recorder = nullptr;    // records the trace for a caller that streams it
  Driver* real_time = nullptr;                     // real time's driver; null: the steady clock
  std::function<void()> on_poll; // called every few thousand instructions (see VM::poll_hook)
  std::size_t heap_cap = 0;                        // bytes; 0 = unlimited
  std::function<void(std::string_view)> on_stdout; // default: the process's stdout
  std::function<void(std::string_view)> on_stderr;
};

// Returns the exit status.
int run_program(std::string_view source, const RunOptions& options);

} // namespace tulip::lang
