// The browser session: runs one program at a time on the browser's event loop, and hands its
// output (and trace) to JS in batches, one per slice.
//
// Plain C exports and JS imports (library_tulip.js), no binding layer: JS loads a program with
// tulip_load(), then enters the run through tulip_run(), wrapped by WebAssembly.promising (JS
// promise integration can suspend only a stack entered from a wasm export). Output goes to JS
// through tulip_js_output and tulip_js_trace; the source of a module the binary does not hold
// (unicodedata) comes from JS through tulip_js_load_source, a suspending import like
// tulip_js_wait, and tulip_js_take_source. The network's WebSockets (the bridge) are the
// BrowserDriver's: wasm/web_network.cpp and its imports tulip_js_ws_*; JS closes them all when a
// run ends.
#include <emscripten/em_macros.h>

#include <memory>
#include <string>
#include <string_view>

#include "browser_driver.hpp"
#include "lang/asyncio/trace_recorder.hpp"
#include "lang/clock.hpp"
#include "lang/interpreter.hpp"
#include "lang/modules.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

extern "C" {
// Defined in library_tulip.js. Strings are UTF-8 (pointer, length in bytes).
// stream: 1 stdout, 2 stderr.
void tulip_js_output(int stream, const char* text, int length);
// A batch of trace events as a JSON array (core/lang/asyncio/trace.md).
void tulip_js_trace(const char* json, int length);
// Asks the page for module `name`'s source (the page fetches it: the run suspends meanwhile). JS
// keeps the answer, the source or why it could not load, and returns its length in bytes; the
// answer is not passed here directly because wasm memory must be allocated for it first.
int tulip_js_load_source(const char* name, int length);
// Copies the kept answer into `buffer` (the length returned above); returns 1 if it is the
// source, 0 if it is why not.
int tulip_js_take_source(char* buffer, int length);
}

namespace tulip::wasm {

namespace {

// The page's views show a run's first this many trace events: many times what any example of
// the chapter makes (the largest, producer_consumer, makes 140), while a program of 10,000 tasks
// is not slowed threefold by a trace nobody could read whole (an event costs microseconds to
// record, hand to JS and draw).
constexpr std::size_t kTraceEvents = 5'000;

// The clocks of tulip_load, as session.mjs numbers them.
enum class ClockMode { real_time = 0, virtual_time = 1, slow_motion = 2 };

void output(int stream, std::string_view text) {
  tulip_js_output(stream, text.data(), int(text.size()));
}

class Session {
public:
  Session() : driver_([this] { flush(); }) {
    lang::set_module_source_loader(
        [this](const std::string& name, std::string& source, std::string& error) {
          flush(); // what the program printed before the import shows while it loads
          int length = tulip_js_load_source(name.data(), int(name.size()));
          std::string answer(std::size_t(length), '\0');
          bool ok = tulip_js_take_source(answer.data(), length) != 0;
          (ok ? source : error) = std::move(answer);
          return ok;
        });
  }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  void load(std::string source, std::string filename, ClockMode clock, double speed, bool book,
            bool trace) {
    source_ = std::move(source);
    filename_ = std::move(filename);
    clock_ = clock;
    speed_ = speed > 0 && speed <= 1 ? speed : 1.0;
    book_ = book;
    trace_ = trace;
  }

  int run() {
    lang::RunOptions opt;
    opt.filename = filename_;
    opt.book_mode = book_ || source_.rfind("# tulip: book", 0) == 0;
    opt.on_stdout = [this](std::string_view s) { out_.append(s); };
    opt.on_stderr = [this](std::string_view s) {
      flush_stdout(); // keep the order of the two streams
      err_.append(s);
    };
    opt.on_poll = [this] { driver_.poll(); };
    recorder_.reset(); // the previous run's, in a reused instance
    if (trace_) {
      recorder_ = std::make_unique<lang::aio::TraceRecorder>(clock_ == ClockMode::virtual_time,
                                                             false, kTraceEvents);
      opt.trace_recorder = recorder_.get();
    }
    std::unique_ptr<ScaledDriver> slowed;
    if (clock_ == ClockMode::virtual_time) {
      opt.virtual_clock = true;
    } else if (clock_ == ClockMode::slow_motion) {
      slowed = std::make_unique<ScaledDriver>(driver_, speed_);
      opt.real_time = slowed.get();
    } else {
      opt.real_time = &driver_;
    }
    int status = lang::run_program(source_, opt);
    flush();
    return status;
  }

private:
  void flush_stdout() {
    if (!out_.empty()) {
      output(1, out_);
      out_.clear();
    }
  }
  // Everything written so far goes to the page (the VM's own buffer first).
  void flush() {
    if (lang::VM::vm_slot())
      lang::vm().flush_out();
    flush_stdout();
    if (!err_.empty()) {
      output(2, err_);
      err_.clear();
    }
    if (recorder_) {
      std::string batch = recorder_->take_batch();
      if (batch != "[]")
        tulip_js_trace(batch.data(), int(batch.size()));
    }
  }

  BrowserDriver driver_;
  std::string source_, filename_ = "main.py";
  ClockMode clock_ = ClockMode::real_time;
  double speed_ = 1.0;
  bool book_ = false;
  bool trace_ = true;
  std::string out_, err_;
  std::unique_ptr<lang::aio::TraceRecorder> recorder_;
};

Session& session() {
  static Session the_session; // the one session of this module instance
  return the_session;
}

} // namespace

} // namespace tulip::wasm

extern "C" {
// Loads a program for the next tulip_run (see session.mjs): its source and file name (UTF-8,
// copied), clock 0 real, 1 virtual, 2 slow (at `speed`, 0.1..1), book mode and whether to record
// a trace.
EMSCRIPTEN_KEEPALIVE void tulip_load(const char* source, int source_length, const char* filename,
                                     int filename_length, int clock, double speed, int book,
                                     int trace) {
  using tulip::wasm::ClockMode;
  ClockMode mode = clock == 1   ? ClockMode::virtual_time
                   : clock == 2 ? ClockMode::slow_motion
                                : ClockMode::real_time;
  tulip::wasm::session().load(std::string(source, std::size_t(source_length)),
                              std::string(filename, std::size_t(filename_length)), mode, speed,
                              book != 0, trace != 0);
}

// Runs the loaded program; returns its exit status.
EMSCRIPTEN_KEEPALIVE int tulip_run() { return tulip::wasm::session().run(); }
}
