// The browser session: runs one program at a time on the browser's event loop, and hands its
// output (and trace) to JS in batches, one per slice.
//
// JS creates a Session (Embind) with its callbacks, loads a program into it, then enters the run
// through the plain export tulip_run(), wrapped by WebAssembly.promising: JS promise integration
// can suspend only a stack entered that way, and Embind's own JS invokers would sit between.
#include <emscripten/bind.h>
#include <emscripten/em_macros.h>
#include <emscripten/val.h>

#include <memory>
#include <string>

#include "browser_driver.hpp"
#include "lang/asyncio/trace_recorder.hpp"
#include "lang/clock.hpp"
#include "lang/interpreter.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::wasm {

namespace {

// The page's views show a run's first this many trace events: many times what any example of
// the chapter makes (the largest, producer_consumer, makes 140), while a program of 10,000 tasks
// is not slowed threefold by a trace nobody could read whole (an event costs microseconds to
// record, hand to JS and draw).
constexpr std::size_t kTraceEvents = 5'000;

class Session;
Session* g_session = nullptr; // the one session of this module instance

class Session {
public:
  // callbacks: { output(stream: 'stdout'|'stderr', text), trace(json array of events, see
  // core/lang/asyncio/trace.md), exit(status) }
  explicit Session(emscripten::val callbacks)
      : callbacks_(std::move(callbacks)), driver_([this] { flush(); }) {
    g_session = this;
  }
  ~Session() {
    if (g_session == this)
      g_session = nullptr;
  }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // options: { clock: 'real'|'virtual'|'slow', speed: 0.1..1 (slow), book: bool, filename,
  //            trace: bool (default true) }
  void load(std::string source, emscripten::val options) {
    source_ = std::move(source);
    clock_ = options["clock"].isString() ? options["clock"].as<std::string>() : "real";
    speed_ = options["speed"].isNumber() ? options["speed"].as<double>() : 1.0;
    if (!(speed_ > 0 && speed_ <= 1))
      speed_ = 1.0;
    book_ = options["book"].isTrue();
    filename_ = options["filename"].isString() ? options["filename"].as<std::string>() : "main.py";
    trace_ = !options["trace"].isFalse();
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
      recorder_ =
          std::make_unique<lang::aio::TraceRecorder>(clock_ == "virtual", false, kTraceEvents);
      opt.trace_recorder = recorder_.get();
    }
    std::unique_ptr<ScaledDriver> slowed;
    if (clock_ == "virtual") {
      opt.virtual_clock = true;
    } else if (clock_ == "slow") {
      slowed = std::make_unique<ScaledDriver>(driver_, speed_);
      opt.real_time = slowed.get();
    } else {
      opt.real_time = &driver_;
    }
    int status = lang::run_program(source_, opt);
    flush();
    callbacks_.call<void>("exit", status);
    return status;
  }

  BrowserDriver& driver() { return driver_; }

private:
  void flush_stdout() {
    if (!out_.empty()) {
      callbacks_.call<void>("output", std::string("stdout"), out_);
      out_.clear();
    }
  }
  // Everything written so far goes to the page (the VM's own buffer first).
  void flush() {
    if (lang::VM::vm_slot())
      lang::vm().flush_out();
    flush_stdout();
    if (!err_.empty()) {
      callbacks_.call<void>("output", std::string("stderr"), err_);
      err_.clear();
    }
    if (recorder_) {
      std::string batch = recorder_->take_batch();
      if (batch != "[]")
        callbacks_.call<void>("trace", batch);
    }
  }

  emscripten::val callbacks_;
  BrowserDriver driver_;
  std::string source_, clock_ = "real", filename_ = "main.py";
  double speed_ = 1.0;
  bool book_ = false;
  bool trace_ = true;
  std::string out_, err_;
  std::unique_ptr<lang::aio::TraceRecorder> recorder_;
};

} // namespace

} // namespace tulip::wasm

extern "C" {
// Runs the program loaded into the session; returns its exit status (-1: no session).
EMSCRIPTEN_KEEPALIVE int tulip_run() {
  return tulip::wasm::g_session ? tulip::wasm::g_session->run() : -1;
}
}

EMSCRIPTEN_BINDINGS(tulip_session) {
  emscripten::class_<tulip::wasm::Session>("Session").constructor<emscripten::val>().function(
      "load", &tulip::wasm::Session::load);
}
