// Green threads through the CLI on the real clock: the chapter's spinner_thread.py must animate
// while the main thread sleeps (time.sleep blocks only the calling thread) and end on time.
#include <doctest/doctest.h>

#include <chrono>
#include <set>
#include <string>

#include "differential.hpp"

using namespace differential;

namespace {

// The spinner's frames in its output: each is a spinner character, a space and the message,
// written at once and then rubbed out with backspaces (or carriage returns).
struct Frames {
  int count = 0;
  std::set<char> chars;
};

Frames spinner_frames(const std::string& out, const std::string& message) {
  Frames frames;
  const std::string spinner = "|/-\\";
  for (size_t at = out.find(message); at != std::string::npos; at = out.find(message, at + 1)) {
    if (at < 2 || out[at - 1] != ' ' || spinner.find(out[at - 2]) == std::string::npos)
      continue;
    size_t end = at + message.size();
    if (end < out.size() && (out[end] == '\x08' || out[end] == '\r')) {
      ++frames.count;
      frames.chars.insert(out[at - 2]);
    }
  }
  return frames;
}

std::string last_output_line(const std::string& out) {
  std::string line = last_line(out);
  size_t cut = line.find_last_of("\x08\r");
  return cut == std::string::npos ? line : line.substr(cut + 1);
}

} // namespace

TEST_CASE("threads: spinner_thread.py animates while the main thread sleeps (real clock)") {
  fs::path tulip = tulip_binary();
  REQUIRE_MESSAGE(fs::exists(tulip), "build the tulip executable first: " << tulip.string());
  fs::path dir = fs::path(TULIP_LANG_TESTS_DIR).parent_path().parent_path() / "web" / "scenarios";
  REQUIRE(fs::exists(dir / "spinner_thread.py"));

  auto start = std::chrono::steady_clock::now();
  Outcome o =
      run(dir.string(), shell_quote(tulip.string()) + " run --clock=real", "spinner_thread.py");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  INFO("stdout:\n" << o.out);
  INFO("stderr:\n" << o.err);
  CHECK(o.status == 0);
  CHECK(o.err.empty());
  CHECK(o.out.rfind("spinner object: <Thread(Thread-1 (spin), initial)>\n", 0) == 0);
  // One frame every 0.1 s during slow_function's time.sleep(3): about 30.
  Frames frames = spinner_frames(o.out, "thinking!");
  CHECK(frames.count >= 25);
  CHECK(frames.count <= 32);
  CHECK(frames.chars.size() == 4);
  CHECK(last_output_line(o.out) == "Answer: 42");
  CHECK(seconds >= 2.9);
  CHECK(seconds <= 4.5);
}

TEST_CASE("threads: spinner_thread.py under the virtual clock takes no wall time") {
  fs::path tulip = tulip_binary();
  REQUIRE(fs::exists(tulip));
  fs::path dir = fs::path(TULIP_LANG_TESTS_DIR).parent_path().parent_path() / "web" / "scenarios";

  auto start = std::chrono::steady_clock::now();
  Outcome o =
      run(dir.string(), shell_quote(tulip.string()) + " run --clock=virtual", "spinner_thread.py");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  INFO("stdout:\n" << o.out);
  CHECK(o.status == 0);
  // Frames at 0.0, 0.1, ... 2.9 s; the one due at 3.0 s ties with the main thread's wake-up.
  Frames frames = spinner_frames(o.out, "thinking!");
  CHECK(frames.count >= 30);
  CHECK(frames.count <= 31);
  CHECK(last_output_line(o.out) == "Answer: 42");
  CHECK(seconds < 2.0);
}
