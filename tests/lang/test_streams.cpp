// The asyncio streams suite.
//
// 1. The differential corpus: every program in tests/lang/streams/*.py (see its README.md) runs
//    under python3 (CPython 3.11, the reference) and under the tulip CLI, twice: `tulip run` on
//    the real clock with real TCP sockets, and `tulip run --clock=virtual` with the in-process
//    loopback network. stdout, the exit status and the last line of stderr must be identical.
// 2. Interop on 127.0.0.1 between the CLI and CPython, with the helper scripts of
//    tests/lang/streams_interop/: the CLI's echo client against a CPython echo server, a CPython
//    client against the CLI's echo server, and the CLI's client against a CPython peer that
//    closes in the middle of a line (which must not hang). Every process started here is killed
//    (its process group, SIGTERM then SIGKILL) and reaped here, and every wait has a deadline.
//
// Self-check: with TULIP_STREAMS_SELFCHECK=1 in the environment, every command that would run
// `tulip run [--clock=virtual]` runs python3 instead, so the harness itself (the corpus, the
// scripts, the child-process plumbing) can be checked before the CLI has streams:
//   TULIP_STREAMS_SELFCHECK=1 ./build/release/tests/lang/tulip_lang_tests -tc="streams*"
// Everything must pass that way.
#include <doctest/doctest.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <set>
#include <string>
#include <sys/types.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "differential.hpp"

using namespace differential;

namespace {

// Programs the CLI cannot run yet; each must still fail, so the list only shrinks.
const std::set<std::string> kKnownFailing = {};

using Clock = std::chrono::steady_clock;

Clock::time_point deadline_in(double seconds) {
  return Clock::now() +
         std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

bool selfcheck() {
  const char* v = std::getenv("TULIP_STREAMS_SELFCHECK");
  return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
}

fs::path corpus_dir() { return fs::path(TULIP_LANG_TESTS_DIR) / "streams"; }
fs::path interop_dir() { return fs::path(TULIP_LANG_TESTS_DIR) / "streams_interop"; }

// The command that runs a script "as `tulip run` does": the CLI, or python3 in self-check mode.
std::vector<std::string> tulip_argv(bool virtual_clock) {
  if (selfcheck())
    return {TULIP_PYTHON};
  fs::path tulip = tulip_binary();
  REQUIRE_MESSAGE(fs::exists(tulip), "build the tulip executable first: " << tulip.string());
  std::vector<std::string> argv = {tulip.string(), "run"};
  if (virtual_clock)
    argv.push_back("--clock=virtual");
  return argv;
}

std::string shell_command(const std::vector<std::string>& argv) {
  std::string cmd;
  for (const std::string& a : argv)
    cmd += (cmd.empty() ? "" : " ") + shell_quote(a);
  return cmd;
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

bool same(const Outcome& py, const Outcome& tu) {
  return py.out == tu.out && py.status == tu.status && py.err_last == tu.err_last;
}

void check_same(const Outcome& py, const Outcome& tu, const std::string& program) {
  INFO("program: " << program);
  INFO("tulip stderr:\n" << tu.err);
  CHECK(tu.status == py.status);
  CHECK(tu.err_last == py.err_last);
  CHECK(tu.out == py.out);
}

void run_corpus(bool virtual_clock) {
  fs::path dir = corpus_dir();
  // Each program takes well under a second under python3: a CLI run that blocks on a socket
  // for ever is killed after 30 s (status 124) rather than after run()'s 120 s.
  std::string tulip = "timeout 30 " + shell_command(tulip_argv(virtual_clock));
  std::string python = shell_quote(TULIP_PYTHON);
  std::vector<std::string> files = programs(dir);
  REQUIRE(files.size() >= 30);
  for (const std::string& f : files) {
    SUBCASE(f.c_str()) {
      Outcome tu = run(dir.string(), tulip, f);
      // CPython runs on the real clock and real sockets: on a loaded machine a late wake-up
      // could reorder its output, so a differing reference run is repeated (up to three runs)
      // before the two are compared.
      Outcome py = run(dir.string(), python, f);
      for (int retry = 0; retry < 2 && !same(py, tu); ++retry)
        py = run(dir.string(), python, f);
      if (kKnownFailing.count(f)) {
        INFO("listed as known failing but now passes: remove it from kKnownFailing: " << f);
        CHECK_FALSE(same(py, tu));
      } else {
        check_same(py, tu, f);
      }
    }
  }
}

// A child process with its stdout on a pipe (read here, line by line or to the end, always
// with a deadline) and its stderr in a temporary file. It runs in its own process group, which
// stop() (and the destructor) terminate and reap.
class Child {
public:
  Child() = default;
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child() { stop(); }

  bool start(const std::vector<std::string>& argv, const fs::path& cwd) {
    static int serial = 0;
    errpath_ = (fs::temp_directory_path() / ("tulip_streams_" + std::to_string(::getpid()) +
                                              "_" + std::to_string(++serial) + ".err"))
                   .string();
    int fds[2];
    if (::pipe(fds) != 0)
      return false;
    std::vector<char*> args;
    for (const std::string& a : argv)
      args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::string dir = cwd.string();
    pid_t pid = ::fork();
    if (pid < 0) {
      ::close(fds[0]);
      ::close(fds[1]);
      return false;
    }
    if (pid == 0) {
      ::setpgid(0, 0);
      ::dup2(fds[1], STDOUT_FILENO);
      ::close(fds[0]);
      ::close(fds[1]);
      int devnull = ::open("/dev/null", O_RDONLY);
      if (devnull >= 0) {
        ::dup2(devnull, STDIN_FILENO);
        ::close(devnull);
      }
      int err = ::open(errpath_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      if (err >= 0) {
        ::dup2(err, STDERR_FILENO);
        ::close(err);
      }
      ::setenv("PYTHONUTF8", "1", 1);
      ::setenv("PYTHONIOENCODING", "utf-8", 1);
      if (::chdir(dir.c_str()) != 0)
        ::_exit(126);
      ::execvp(args[0], args.data());
      ::_exit(127);
    }
    ::setpgid(pid, pid); // also here, so that stop() works even if the child has not run yet
    ::close(fds[1]);
    pid_ = pid;
    fd_ = fds[0];
    ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
    return true;
  }

  // The next line of stdout (without its '\n'); false on EOF or when the deadline passes.
  bool read_line(std::string& line, double timeout_s) {
    Clock::time_point deadline = deadline_in(timeout_s);
    for (;;) {
      size_t nl = buffered_.find('\n');
      if (nl != std::string::npos) {
        line = buffered_.substr(0, nl);
        buffered_.erase(0, nl + 1);
        return true;
      }
      if (!fill(deadline))
        return false;
    }
  }

  // Everything up to EOF (false if the deadline passes first).
  bool read_all(std::string& out, double timeout_s) {
    Clock::time_point deadline = deadline_in(timeout_s);
    while (fill(deadline)) {
    }
    out = buffered_;
    buffered_.clear();
    return eof_;
  }

  // Waits for the child to exit by itself; its exit status (as run() reports it), or -1 if it
  // is still running at the deadline.
  int wait(double timeout_s) {
    Clock::time_point deadline = deadline_in(timeout_s);
    while (pid_ > 0) {
      int st = 0;
      pid_t r = ::waitpid(pid_, &st, WNOHANG);
      if (r == pid_) {
        pid_ = -1;
        status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
        break;
      }
      if (r < 0 && errno != EINTR) {
        pid_ = -1;
        break;
      }
      if (Clock::now() >= deadline)
        return -1;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return status_;
  }

  // Terminates the child's process group (SIGTERM, then SIGKILL after 2 s) and reaps it.
  void stop() {
    if (pid_ > 0) {
      ::kill(-pid_, SIGTERM);
      if (wait(2.0) < 0 && pid_ > 0) {
        ::kill(-pid_, SIGKILL);
        int st = 0;
        while (::waitpid(pid_, &st, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
      }
    }
    if (fd_ >= 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }

  std::string stderr_text() const { return read_file(errpath_); }
  void remove_stderr() const {
    if (!errpath_.empty())
      std::remove(errpath_.c_str());
  }

private:
  // Reads what is available, waiting until the deadline; false on EOF or timeout.
  bool fill(Clock::time_point deadline) {
    if (fd_ < 0 || eof_)
      return false;
    for (;;) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      if (left.count() <= 0)
        return false;
      pollfd p{fd_, POLLIN, 0};
      int r = ::poll(&p, 1, static_cast<int>(left.count()));
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        return false;
      char buf[4096];
      ssize_t n = ::read(fd_, buf, sizeof buf);
      if (n > 0) {
        buffered_.append(buf, static_cast<size_t>(n));
        return true;
      }
      if (n == 0) {
        eof_ = true;
        return false;
      }
      if (errno != EAGAIN && errno != EINTR)
        return false;
    }
  }

  pid_t pid_ = -1;
  int fd_ = -1;
  bool eof_ = false;
  int status_ = -1;
  std::string buffered_;
  std::string errpath_;
};

// Runs argv in cwd to completion: stdout, exit status (124 if killed at the deadline) and
// stderr, as differential::run reports them.
Outcome run_argv(const std::vector<std::string>& argv, const fs::path& cwd, double timeout_s) {
  Outcome o;
  Child c;
  if (!c.start(argv, cwd))
    return o;
  auto start = Clock::now();
  bool complete = c.read_all(o.out, timeout_s);
  double left = timeout_s - std::chrono::duration<double>(Clock::now() - start).count();
  int status = complete ? c.wait(left > 0.1 ? left : 0.1) : -1;
  if (status < 0) {
    c.stop();
    status = 124;
  }
  o.status = status;
  o.err = c.stderr_text();
  o.err_last = last_line(o.err);
  c.remove_stderr();
  return o;
}

// A server script started in the background: waits for its "PORT <n>" line.
struct Server {
  Child child;
  std::string port;
  std::string first_line;

  bool start(const std::vector<std::string>& argv, double timeout_s = 20.0) {
    if (!child.start(argv, interop_dir()))
      return false;
    if (!child.read_line(first_line, timeout_s))
      return false;
    if (first_line.rfind("PORT ", 0) != 0)
      return false;
    port = first_line.substr(5);
    return !port.empty() && port.find_first_not_of("0123456789") == std::string::npos;
  }
  ~Server() {
    child.stop();
    child.remove_stderr();
  }
};

// What python3's client prints against python3's server: the expected output.
Outcome reference_run(const std::string& server_script, const std::string& client_script) {
  Server server;
  bool started = server.start({TULIP_PYTHON, server_script});
  INFO("python3 " << server_script << " printed: " << server.first_line);
  INFO("its stderr:\n" << server.child.stderr_text());
  REQUIRE(started);
  Outcome py = run_argv({TULIP_PYTHON, client_script, server.port}, interop_dir(), 30.0);
  INFO("python3 " << client_script << " stderr:\n" << py.err);
  REQUIRE(py.status == 0);
  REQUIRE(!py.out.empty());
  return py;
}

} // namespace

TEST_CASE("streams: programs behave as under CPython 3.11 (real TCP)") { run_corpus(false); }

TEST_CASE("streams: programs behave as under CPython 3.11 (in-process loopback, virtual clock)") {
  run_corpus(true);
}

TEST_CASE("streams: interop: tulip's echo client against a CPython echo server") {
  std::vector<std::string> tulip = tulip_argv(false);
  Server server;
  bool started = server.start({TULIP_PYTHON, "echo_server.py"});
  INFO("python3 echo_server.py printed: " << server.first_line);
  INFO("its stderr:\n" << server.child.stderr_text());
  REQUIRE(started);
  Outcome py = run_argv({TULIP_PYTHON, "echo_client.py", server.port}, interop_dir(), 30.0);
  INFO("python3 echo_client.py stderr:\n" << py.err);
  REQUIRE(py.status == 0);
  Outcome tu = run_argv(concat(tulip, {"echo_client.py", server.port}), interop_dir(), 30.0);
  INFO("tulip echo_client.py stderr:\n" << tu.err);
  CHECK(tu.status == 0);
  CHECK(tu.out == py.out);
}

TEST_CASE("streams: interop: a CPython client against tulip's echo server") {
  Outcome expected = reference_run("echo_server.py", "echo_client.py");
  Server server;
  bool started = server.start(concat(tulip_argv(false), {"echo_server.py"}));
  INFO("tulip echo_server.py printed: " << server.first_line);
  INFO("its stderr:\n" << server.child.stderr_text());
  REQUIRE(started);
  Outcome py = run_argv({TULIP_PYTHON, "echo_client.py", server.port}, interop_dir(), 30.0);
  INFO("python3 echo_client.py stderr:\n" << py.err);
  CHECK(py.status == 0);
  CHECK(py.out == expected.out);
  // A second client on the same server: it serves connection after connection.
  Outcome again = run_argv({TULIP_PYTHON, "echo_client.py", server.port}, interop_dir(), 30.0);
  CHECK(again.status == 0);
  CHECK(again.out == expected.out);
}

TEST_CASE("streams: interop: a peer that closes mid-line (tulip's client must not hang)") {
  std::vector<std::string> tulip = tulip_argv(false);
  Server server;
  bool started = server.start({TULIP_PYTHON, "half_line_server.py"});
  INFO("python3 half_line_server.py printed: " << server.first_line);
  INFO("its stderr:\n" << server.child.stderr_text());
  REQUIRE(started);
  Outcome py = run_argv({TULIP_PYTHON, "half_line_client.py", server.port}, interop_dir(), 30.0);
  INFO("python3 half_line_client.py stderr:\n" << py.err);
  REQUIRE(py.status == 0);
  auto start = Clock::now();
  Outcome tu = run_argv(concat(tulip, {"half_line_client.py", server.port}), interop_dir(), 10.0);
  double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  INFO("tulip half_line_client.py stderr:\n" << tu.err);
  INFO("elapsed: " << elapsed << " s");
  CHECK_MESSAGE(tu.status != 124, "tulip's client hung (killed after 10 s)");
  CHECK(tu.status == 0);
  CHECK(tu.out == py.out);
}
