// Differential runs: a program under python3 (CPython 3.11, the reference) and under `tulip run`,
// each capturing stdout, the exit status and the last line of stderr, for tests that compare them.
#pragma once
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace differential {

namespace fs = std::filesystem;

struct Outcome {
  std::string out;
  std::string err;      // the whole of stderr
  std::string err_last; // its last line
  int status = -1;
};

inline std::string shell_quote(const std::string& s) {
  std::string r = "'";
  for (char c : s) {
    if (c == '\'')
      r += "'\\''";
    else
      r += c;
  }
  return r + "'";
}

inline std::string last_line(const std::string& s) {
  std::string t = s;
  while (!t.empty() && t.back() == '\n')
    t.pop_back();
  size_t k = t.rfind('\n');
  return k == std::string::npos ? t : t.substr(k + 1);
}

// The whole of a file ("" if it cannot be read).
inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `command FILE` in `dir`, capturing stdout (pipe) and stderr (a temporary file).
inline Outcome run(const std::string& dir, const std::string& command, const std::string& file) {
  Outcome o;
  std::string errfile =
      (fs::temp_directory_path() / ("tulip_diff_err_" + std::to_string(::getpid()) + ".txt"))
          .string();
  // A program that hangs is killed (status 124) instead of hanging the suite.
  std::string cmd = "cd " + shell_quote(dir) +
                    " && PYTHONUTF8=1 PYTHONIOENCODING=utf-8 timeout 120 " + command + " " +
                    shell_quote(file) + " 2>" + shell_quote(errfile) + " </dev/null";
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p)
    return o;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0)
    o.out.append(buf.data(), n);
  int st = ::pclose(p);
  o.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
  o.err = read_file(errfile);
  o.err_last = last_line(o.err);
  std::remove(errfile.c_str());
  return o;
}

// <build>/tests/lang/tulip_lang_tests -> <build>/tulip
inline fs::path tulip_binary() {
  fs::path exe = fs::canonical("/proc/self/exe");
  return exe.parent_path().parent_path().parent_path() / "tulip";
}

// The *.py files of a folder, sorted.
inline std::vector<std::string> programs(const fs::path& dir) {
  std::vector<std::string> files;
  for (auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".py")
      files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace differential
