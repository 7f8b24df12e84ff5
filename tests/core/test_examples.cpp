// The chapter's example programs (core/examples/*.cpp), run as their own processes with
// --virtual: each one's whole stdout, and that virtual time makes them instant.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "twin.hpp"

namespace {

struct ExampleRun {
  std::string out;
  int status = -1;
  double seconds = 0;
};

// Runs build/<preset>/examples/tulip_example_<stem> --virtual and collects its stdout.
ExampleRun run_example(const std::string& stem) {
  std::string cmd = std::string(TULIP_EXAMPLES_DIR) + "/tulip_example_" + stem + " --virtual";
  ExampleRun run;
  auto t0 = std::chrono::steady_clock::now();
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, p))
    run.out.append(buf, n);
  run.status = pclose(p);
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return run;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
    ++n;
  return n;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

TEST_CASE("examples: spinner_asyncio draws its frames for 3 s of virtual time, then Answer: 42") {
  ExampleRun run = run_example("spinner_asyncio");
  CHECK(run.status == 0);
  CHECK(run.seconds < 0.5);

  // spin() draws a frame at t = 0, 0.1, ..., each followed by as many backspaces, while
  // t < 3: at t = 3 slow_function's timer (armed first) fires before the spinner's, and the
  // supervisor cancels the spinner before it draws again. Then the line is blanked.
  const std::string msg = "thinking!";
  int frames = 0;
  for (long long t_ms = 0; t_ms < 3000; t_ms += 100)
    ++frames;
  std::string expected = "spinner object: <Task pending name='Task-2'>\n";
  std::string status;
  for (int i = 0; i < frames; ++i) {
    status = std::string(1, "|/-\\"[i % 4]) + " " + msg;
    expected += status + std::string(status.size(), '\x08');
  }
  expected += std::string(status.size(), ' ') + std::string(status.size(), '\x08');
  expected += "Answer: 42\n";

  CHECK(frames == 30);
  CHECK(count(run.out, " " + msg) >= 25);
  CHECK(count(run.out, " " + msg) == static_cast<std::size_t>(frames));
  CHECK(ends_with(run.out, "Answer: 42\n"));
  CHECK(run.out == expected);
}

TEST_CASE("examples: producer_consumer prints what CPython prints for seed 003's program") {
  ExampleRun run = run_example("producer_consumer");
  CHECK(run.status == 0);
  CHECK(run.seconds < 0.5);
  std::string python = twin::python("example_producer_consumer");
  CHECK(count(python, "\n") == 20 + 20 + 3 + 3); // put, got, running, cancelled
  CHECK(run.out == python);
}

TEST_CASE("examples: first_completed prints 1 2 3, as CPython does") {
  ExampleRun run = run_example("first_completed");
  CHECK(run.status == 0);
  CHECK(run.seconds < 0.5);
  CHECK(run.out == "1\n2\n3\n");
  CHECK(run.out == twin::python("example_first_completed"));
}
