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

}  // namespace

TEST_CASE("vm: arithmetic, calls and printing") {
  Result r = run_py("def f(a, b=2, *args, c=3, **kw):\n    return a + b + c + len(args) + len(kw)\nprint(f(1), f(1, 2, 3, 4, c=10, d=5))\n");
  CHECK(r.status == 0);
  CHECK(r.out == "6 16\n");
}

TEST_CASE("vm: closures, classes and super()") {
  Result r = run_py(
      "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n"
      "c = counter(); c(); print(c())\n"
      "class A:\n    def hi(self): return 'A'\nclass B(A):\n    def hi(self): return 'B' + super().hi()\nprint(B().hi())\n");
  CHECK(r.out == "2\nBA\n");
}

TEST_CASE("vm: uncaught exception prints a CPython traceback and exits 1") {
  Result r = run_py("def f():\n    raise ValueError('bad cc')\nf()\n");
  CHECK(r.status == 1);
  CHECK(r.err ==
        "Traceback (most recent call last):\n"
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
  Result r = run_py(
      "import sys\nsys.setrecursionlimit(100000)\n"
      "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(50000))\n");
  CHECK(r.status == 0);
  CHECK(r.out == "50000\n");
  Result e = run_py("def d(n):\n    return d(n + 1)\nd(0)\n");
  CHECK(e.status == 1);
  CHECK(e.err.find("RecursionError: maximum recursion depth exceeded") != std::string::npos);
}

TEST_CASE("vm: the collector frees cycles") {
  Result r = run_py(
      "class Node:\n    def __init__(self): self.other = None\n"
      "for i in range(200000):\n    a = Node(); b = Node(); a.other = b; b.other = a\nprint('ok')\n",
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
      "it = g(); print(next(it), it.send(5))\ntry:\n    it.send(7)\nexcept StopIteration as e:\n    print('ret', e.value)\n"
      "async def inner(): return 42\nasync def outer(): return await inner() + 1\n"
      "c = outer()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\n");
  CHECK(r.out == "1 10\nret 12\n43\n");
}
