// The command-line interface: `tulip run FILE.py [args...]` and `tulip run -c CODE [args...]`.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"

static int usage() {
  std::fputs("usage: tulip run [options] FILE.py [args...]\n"
             "       tulip run [options] -c CODE [args...]\n"
             "options:\n"
             "  --book              first-edition idioms (also: a first line `# tulip: book`)\n"
             "  --clock=real        real time, as python3 (the default)\n"
             "  --clock=virtual     time jumps to the next timer: sleeps take no wall time\n"
             "  --trace=FILE.json   write the trace of the script's tasks to FILE.json\n",
             stderr);
  return 2;
}

int main(int argc, char** argv) {
  if (argc < 3 || std::strcmp(argv[1], "run") != 0)
    return usage();
  tulip::lang::RunOptions opt;
  int i = 2;
  for (; i < argc && std::strncmp(argv[i], "--", 2) == 0; ++i) {
    std::string a = argv[i];
    if (a == "--book") {
      opt.book_mode = true;
    } else if (a == "--clock=real") {
      opt.virtual_clock = false;
    } else if (a == "--clock=virtual") {
      opt.virtual_clock = true;
    } else if (a.rfind("--trace=", 0) == 0 && a.size() > 8) {
      opt.trace_file = a.substr(8);
    } else {
      std::fprintf(stderr, "tulip: unknown option %s\n", a.c_str());
      return usage();
    }
  }
  if (i >= argc)
    return usage();
  std::string source;
  if (std::strcmp(argv[i], "-c") == 0) {
    if (i + 1 >= argc)
      return usage();
    source = argv[i + 1];
    opt.filename = "<string>";
    opt.argv.push_back("-c");
    i += 2;
  } else {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "tulip: can't open file '%s': [Errno 2] No such file or directory\n",
                   std::filesystem::absolute(argv[i]).lexically_normal().c_str());
      return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    source = ss.str();
    // As python3 does: tracebacks and __file__ name the script by its absolute path, while
    // sys.argv[0] keeps the path as given.
    opt.filename = std::filesystem::absolute(argv[i]).lexically_normal().string();
    opt.argv.push_back(argv[i]);
    ++i;
  }
  for (; i < argc; ++i)
    opt.argv.push_back(argv[i]);
  if (source.rfind("# tulip: book", 0) == 0)
    opt.book_mode = true;
  return tulip::lang::run_program(source, opt);
}
