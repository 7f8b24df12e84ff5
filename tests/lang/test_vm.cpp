// The runtime in-process: programs run through run_program() with captured output, plus the
// properties the design asks for (heap frames, collector, heap cap, recursion limit).
#include <doctest/doctest.h>

#include <string>

#include "lang/interpreter.hpp"

namespace {

struct Result {
  std::string out, err;
  int status;
};

Result run_py(const std::string& src, std::size_t heap_cap = 0) {
  Result r;
  tulip::lang::RunOptions opt;
  opt.filename = "main.py";
  opt.heap_cap = heap_cap;
  opt.on_stdout = [&](std::string_view s) { r.out.append(s); };
  opt.on_stderr = [&](std::string_view s) { r.err.append(s); };
  r.status = tulip::lang::run_program(src, opt);
  return r;
}

} // namespace

TEST_CASE("vm: arithmetic, calls and printing") {
  Result r = run_py("def f(a, b=2, *args, c=3, **kw):\n    return a + b + c + len(args) + "
                    "len(kw)\nprint(f(1), f(1, 2, 3, 4, c=10, d=5))\n");
  CHECK(r.status == 0);
  CHECK(r.out == "6 16\n");
}

TEST_CASE("vm: closures, classes and super()") {
  Result r = run_py("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += "
                    "1\n        return n\n    return inc\n"
                    "c = counter(); c(); print(c())\n"
                    "class A:\n    def hi(self): return 'A'\nclass B(A):\n    def hi(self): return "
                    "'B' + super().hi()\nprint(B().hi())\n");
  CHECK(r.out == "2\nBA\n");
}

TEST_CASE("vm: uncaught exception prints a CPython traceback and exits 1") {
  Result r = run_py("def f():\n    raise ValueError('bad cc')\nf()\n");
  CHECK(r.status == 1);
  CHECK(r.err == "Traceback (most recent call last):\n"
                 "  File \"main.py\", line 3, in <module>\n    f()\n"
                 "  File \"main.py\", line 2, in f\n    raise ValueError('bad cc')\n"
                 "ValueError: bad cc\n");
}

TEST_CASE("vm: SystemExit codes") {
  CHECK(run_py("import sys\nsys.exit(3)\n").status == 3);
  Result r = run_py("import sys\nsys.exit('msg')\n");
  CHECK(r.status == 1);
  CHECK(r.err == "msg\n");
}

TEST_CASE("vm: deep recursion uses heap frames, bounded by the recursion limit") {
  Result r = run_py("import sys\nsys.setrecursionlimit(100000)\n"
                    "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(50000))\n");
  CHECK(r.status == 0);
  CHECK(r.out == "50000\n");
  Result e = run_py("def d(n):\n    return d(n + 1)\nd(0)\n");
  CHECK(e.status == 1);
  CHECK(e.err.find("RecursionError: maximum recursion depth exceeded") != std::string::npos);
}

TEST_CASE("vm: the collector frees cycles") {
  Result r = run_py("class Node:\n    def __init__(self): self.other = None\n"
                    "for i in range(200000):\n    a = Node(); b = Node(); a.other = b; b.other = "
                    "a\nprint('ok')\n",
                    64u << 20);
  CHECK(r.status == 0);
  CHECK(r.out == "ok\n");
}

TEST_CASE("vm: the heap cap raises MemoryError") {
  Result r = run_py("x = []\nwhile True:\n    x.append('abc' * 1000)\n", 16u << 20);
  CHECK(r.status == 1);
  CHECK(r.err.find("MemoryError") != std::string::npos);
}

TEST_CASE("vm: generators and coroutines driven by hand") {
  Result r = run_py(
      "def g():\n    x = yield 1\n    y = yield x * 2\n    return x + y\n"
      "it = g(); print(next(it), it.send(5))\ntry:\n    it.send(7)\nexcept StopIteration as e:\n   "
      " print('ret', e.value)\n"
      "async def inner(): return 42\nasync def outer(): return await inner() + 1\n"
      "c = outer()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\n");
  CHECK(r.out == "1 10\nret 12\n43\n");
}

// ---- the instruction budget: preemption with frames intact, and resumption ---------------------
#include "lang/compiler.hpp"
#include "lang/modules.hpp"
#include "lang/parser.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace {

struct BudgetRun {
  tulip::lang::VM m;
  tulip::lang::DictObj* globals = nullptr;
  tulip::lang::Value codev;
  std::string out;
  explicit BudgetRun(const std::string& src) {
    using namespace tulip::lang;
    m.on_stdout = [this](std::string_view s) { out.append(s); };
    register_builtin_modules();
    auto tree = parse(src, "main.py");
    CodeObj* code = compile_module(*tree, "main.py");
    codev = V(code);
    m.roots.push_back(&codev);
    globals = new_dict();
    m.main_globals = globals;
    dict_set(globals, "__name__", str_val("__main__"));
  }
  ~BudgetRun() {
    m.discard_preempted();
    m.roots.pop_back();
  }
  tulip::lang::RunStatus start(tulip::lang::Value& result) {
    return m.run_module(tulip::lang::cast<tulip::lang::CodeObj>(codev), globals, result);
  }
  int64_t get_int(const char* name) {
    tulip::lang::Value v = tulip::lang::dict_get(globals, std::string_view(name));
    return v.is_int() ? v.i : -1;
  }
};

} // namespace

TEST_CASE("vm: a budget preempts an endless loop, which resumes where it stopped") {
  using tulip::lang::RunStatus;
  BudgetRun r("i = 0\nwhile True: i += 1\n");
  r.m.budget = 100;
  tulip::lang::Value result;
  CHECK(r.start(result) == RunStatus::Preempted);
  CHECK(r.m.preempted());
  int64_t prev = r.get_int("i");
  CHECK(prev == 101); // 100 backward jumps spent, preempted at the 101st
  for (int k = 0; k < 5; ++k) {
    r.m.budget = 1000;
    CHECK(r.m.resume_preempted(result) == RunStatus::Preempted);
    int64_t now = r.get_int("i");
    CHECK(now == prev + 1000);
    prev = now;
  }
  CHECK(r.m.top != nullptr); // the module frame is still there
}

TEST_CASE("vm: preemption keeps nested Python frames and finishes under a later budget") {
  using tulip::lang::RunStatus;
  BudgetRun r("def count(n):\n    t = 0\n    for k in range(n):\n        t += k\n    return t\n"
              "def outer():\n    return count(3000) + count(10)\n"
              "total = outer()\nprint('done', total)\n");
  r.m.budget = 500;
  tulip::lang::Value result;
  RunStatus st = r.start(result);
  CHECK(st == RunStatus::Preempted);
  CHECK(r.m.depth >= 3); // module, outer, count
  int rounds = 0;
  while (st == RunStatus::Preempted && rounds < 100) {
    r.m.budget = 500;
    st = r.m.resume_preempted(result);
    ++rounds;
  }
  CHECK(st == RunStatus::Returned);
  CHECK(rounds >= 5);
  CHECK(r.get_int("total") == 4498500 + 45);
  r.m.flush_out();
  CHECK(r.out == "done 4498545\n");
}

TEST_CASE("vm: a program that finishes under its budget returns normally") {
  using tulip::lang::RunStatus;
  BudgetRun r("x = 0\nfor k in range(10):\n    x += k\n");
  r.m.budget = 1000;
  tulip::lang::Value result;
  CHECK(r.start(result) == RunStatus::Returned);
  CHECK(!r.m.preempted());
  CHECK(r.get_int("x") == 45);
  CHECK(r.m.budget > 0);
  CHECK(r.m.budget < 1000);
}
