// Program execution for the CLI, the tests and (later) the browser session.
#include "lang/interpreter.hpp"

#include <optional>

#include "lang/asyncio/bridge.hpp"
#include "lang/asyncio/trace_recorder.hpp"
#include "lang/clock.hpp"
#include "lang/compiler.hpp"
#include "lang/modules.hpp"
#include "lang/parser.hpp"
#include "lang/runtime.hpp"
#include "lang/syntax_error.hpp"
#include "lang/threads.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static std::vector<std::string> split_lines(std::string_view s) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      lines.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  if (start < s.size())
    lines.emplace_back(s.substr(start));
  return lines;
}

static int report_exception(VM& m, ExcObj* e) {
  if (exc_matches(e, m.types.SystemExit)) {
    Value code = e->args->items.empty()
                     ? None()
                     : (e->args->items.size() == 1 ? e->args->items[0] : V(e->args));
    DictObj* d = e->dict;
    if (d) {
      Value c = dict_get(d, "code");
      if (!c.is_null())
        code = c;
    }
    if (code.is_none())
      return 0;
    if (code.is_int())
      return int(code.i & 0xff);
    if (code.is_bool())
      return code.b ? 1 : 0;
    m.flush_out();
    m.write_err(to_str(code) + "\n");
    return 1;
  }
  m.flush_out();
  std::string tb;
  try {
    tb = m.format_traceback(e);
  } catch (PyError&) {
    tb = "Traceback (most recent call last):\n" + std::string(sv(e->type->name)) + "\n";
  }
  m.write_err(tb);
  return 1;
}

// Writes the trace the program left (--trace); a failure is reported on stderr and makes the
// exit status 2 unless the program failed already.
static int write_trace(VM& m, const aio::TraceRecorder& recorder, const std::string& path,
                       int status) {
  std::string error;
  if (recorder.write_file(path, error))
    return status;
  m.write_err("tulip: cannot write the trace to '" + path + "': " + error + "\n");
  return status ? status : 2;
}

int run_program(std::string_view source, const RunOptions& opt) {
  // The recorder outlives the VM: loops freed with the heap may still report to it.
  std::optional<aio::TraceRecorder> recorder;
  std::optional<aio::ActiveTraceRecorder> active_recorder;
  VM m;
  if (opt.on_stdout)
    m.on_stdout = opt.on_stdout;
  if (opt.on_stderr)
    m.on_stderr = opt.on_stderr;
  m.argv = opt.argv;
  if (m.argv.empty())
    m.argv.push_back(opt.filename);
  m.book_mode = opt.book_mode;
  if (opt.on_poll)
    m.set_poll_hook(opt.on_poll);
  set_clock(opt.virtual_clock ? ClockKind::virtual_time : ClockKind::real, opt.real_time);
  reset_task_names(); // Task-1 is the program's first task, as in a fresh python3
  if (opt.trace_recorder) {
    active_recorder.emplace(*opt.trace_recorder);
  } else if (!opt.trace_file.empty()) {
    recorder.emplace(opt.virtual_clock);
    active_recorder.emplace(*recorder);
  }
  m.heap.cap = opt.heap_cap;
  register_builtin_modules();
  m.sources[opt.filename] = split_lines(source);
  std::unique_ptr<ast::Module> tree;
  CodeObj* code = nullptr;
  try {
    ParseOptions po;
    po.book_mode = opt.book_mode;
    tree = parse(source, opt.filename, po);
    code = compile_module(*tree, opt.filename);
  } catch (SyntaxError& e) {
    m.write_err(format_syntax_error(e));
    return recorder ? write_trace(m, *recorder, opt.trace_file, 1) : 1;
  }
  tree.reset();
  int status = 0;
  DictObj* globals = new_dict();
  m.main_globals = globals;
  Value codev = V(code);
  RootGuard keep(&codev);
  dict_set(globals, "__name__", str_val("__main__"));
  dict_set(globals, "__file__", str_val(opt.filename));
  dict_set(globals, "__doc__", None());
  dict_set(globals, "__package__", None());
  ModuleObj* main_mod = new_module("__main__");
  main_mod->dict = globals;
  dict_set(m.modules, "__main__", V(main_mod));
  try {
    threads::run_main(m, code, globals);
  } catch (PyError& e) {
    status = report_exception(m, e.exc);
  }
  m.flush_out();
  // Collect what the program left (coroutines never awaited report themselves, as at shutdown).
  // First the modules are dropped and the garbage collected with the globals intact, as
  // CPython's shutdown collection does (a suspended generator's finally block still sees the
  // module's names); then what the globals alone kept alive. Each collection after the first
  // frees the generators the previous one closed.
  m.top = nullptr;
  m.cur_exc = Value();
  dict_clear(m.modules);
  m.main_globals = nullptr;
  try {
    m.collect();
    m.collect();
    bool globals_alive = false; // still reachable from a root (a thread, a pending callback)
    for (Obj* o = m.heap.first_object(); o && !globals_alive; o = o->gc_next)
      globals_alive = o == globals;
    if (globals_alive) {
      dict_clear(globals);
      m.collect();
      m.collect();
    }
  } catch (PyError&) {
  }
  aio::flush_reports(); // what futures freed by those collections reported
  m.flush_out();
  if (recorder)
    status = write_trace(m, *recorder, opt.trace_file, status);
  return status;
}

} // namespace tulip::lang
