// Differential test of the parser: for every program in tests/lang/conformance/ and
// tests/lang/syntax_ok/, ast_dump() of our tree must equal CPython 3.11's ast.dump(ast.parse(...)).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lang/ast.hpp"
#include "lang/parser.hpp"

namespace {

namespace fs = std::filesystem;

// Programs that use Python outside the scenario language: they must be rejected with a
// NotImplementedError instead of dumped. (None of the current programs.)
const std::set<std::string> kExpectedRejections = {};

std::vector<fs::path> programs_in(const fs::path& dir) {
  std::vector<fs::path> files;
  if (fs::is_directory(dir))
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".py")
        files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// One line per file from a single python3 run: the dump, or "ERROR <message>".
std::vector<std::string> python_dumps(const std::vector<fs::path>& files) {
  std::string command = std::string("PYTHONIOENCODING=utf-8 '") + TULIP_PYTHON +
                        "' -c \"import ast, sys\n"
                        "for f in sys.argv[1:]:\n"
                        "    try:\n"
                        "        print(ast.dump(ast.parse(open(f, encoding='utf-8').read())))\n"
                        "    except SyntaxError as e:\n"
                        "        print('ERROR', e)\n\"";
  for (const fs::path& f : files)
    command += " '" + f.string() + "'";
  std::vector<std::string> lines;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe)
    return lines;
  std::string out;
  char buf[65536];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe))
    out.append(buf, n);
  pclose(pipe);
  std::istringstream stream(out);
  for (std::string line; std::getline(stream, line);)
    lines.push_back(line);
  return lines;
}

void check_dumps(const fs::path& dir) {
  std::vector<fs::path> files = programs_in(dir);
  REQUIRE_MESSAGE(!files.empty(), "no programs in " << dir.string());
  std::vector<std::string> expected = python_dumps(files);
  REQUIRE_MESSAGE(expected.size() == files.size(), "python3 did not dump every file");
  int matched = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::string name = files[i].filename().string();
    INFO("program: ", files[i].string());
    std::string ours;
    std::string rejection;
    try {
      ours = tulip::lang::ast_dump(*tulip::lang::parse(read_file(files[i]), name));
    } catch (const tulip::lang::SyntaxError& e) {
      ours = std::string("ERROR ") + e.str();
      rejection = e.type;
    }
    if (kExpectedRejections.count(name)) {
      CHECK_MESSAGE(rejection == "NotImplementedError", name, " should be rejected");
      continue;
    }
    CHECK_MESSAGE(ours == expected[i], name);
    matched += ours == expected[i];
  }
  MESSAGE(matched, " of ", files.size(), " programs in ", dir.filename().string(), " match");
}

} // namespace

TEST_CASE("ast_dump equals CPython's ast.dump for every conformance program") {
  check_dumps(fs::path(TULIP_LANG_TESTS_DIR) / "conformance");
}

TEST_CASE("ast_dump equals CPython's ast.dump for every syntax_ok program") {
  check_dumps(fs::path(TULIP_LANG_TESTS_DIR) / "syntax_ok");
}
