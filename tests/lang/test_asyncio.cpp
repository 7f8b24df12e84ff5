// The asyncio differential suite: every program in tests/lang/asyncio/*.py runs under python3
// (real time) and under `tulip run --clock=virtual`; stdout, the exit status and the last line of
// stderr must be identical. Book-mode listings in tests/lang/asyncio_book/*.py (first edition
// idioms, `# tulip: book`) run under tulip against python3's output of their modern twins, the
// files of the same name in tests/lang/asyncio_book/twins/.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "differential.hpp"

using namespace differential;

namespace {

// Programs the binding cannot run yet; each must still fail, so the list only shrinks.
const std::set<std::string> kKnownFailing = {};

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

std::string tulip_command() {
  fs::path tulip = tulip_binary();
  REQUIRE_MESSAGE(fs::exists(tulip), "build the tulip executable first: " << tulip.string());
  return shell_quote(tulip.string()) + " run --clock=virtual";
}

} // namespace

TEST_CASE("asyncio: programs behave as under CPython 3.11") {
  fs::path dir = fs::path(TULIP_LANG_TESTS_DIR) / "asyncio";
  std::string tulip = tulip_command();
  std::vector<std::string> files = programs(dir);
  REQUIRE(files.size() >= 150);
  for (const std::string& f : files) {
    SUBCASE(f.c_str()) {
      Outcome tu = run(dir.string(), tulip, f);
      // CPython runs in real time: on a loaded machine a late timer can reorder its output, so a
      // differing reference run is repeated (up to three runs) before the two are compared.
      Outcome py = run(dir.string(), shell_quote(TULIP_PYTHON), f);
      for (int retry = 0; retry < 2 && !same(py, tu); ++retry)
        py = run(dir.string(), shell_quote(TULIP_PYTHON), f);
      if (kKnownFailing.count(f)) {
        INFO("listed as known failing but now passes: remove it from kKnownFailing: " << f);
        CHECK_FALSE(same(py, tu));
      } else {
        check_same(py, tu, f);
      }
    }
  }
}

TEST_CASE("asyncio: book-mode listings print what their modern twins print under CPython") {
  fs::path dir = fs::path(TULIP_LANG_TESTS_DIR) / "asyncio_book";
  std::string tulip = tulip_command();
  std::vector<std::string> files = programs(dir);
  REQUIRE(!files.empty());
  for (const std::string& f : files) {
    SUBCASE(f.c_str()) {
      REQUIRE_MESSAGE(fs::exists(dir / "twins" / f), "no modern twin for " << f);
      Outcome py = run((dir / "twins").string(), shell_quote(TULIP_PYTHON), f);
      Outcome tu = run(dir.string(), tulip, f);
      if (kKnownFailing.count(f)) {
        INFO("listed as known failing but now passes: remove it from kKnownFailing: " << f);
        CHECK_FALSE(same(py, tu));
      } else {
        check_same(py, tu, f);
      }
    }
  }
}
