// The chapter gallery (web/scenarios/): every available scenario of index.json runs under
// `tulip run --clock=virtual` (book mode comes from its first line, `# tulip: book`) and must print
// exactly expected/<id>.out and exit with expected/<id>.status. A modern scenario that CPython
// prints the same way on every run (cpython_deterministic) also runs under python3, live, which
// must print the same. The index and the folder must agree: every *.py has an entry, every
// available entry its file and expected output. See web/scenarios/README.md.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "differential.hpp"
#include "json_reader.hpp"

using namespace differential;

namespace {

using json_reader::Json;
using json_reader::JsonReader;

// --- the gallery --------------------------------------------------------------------------------
struct Scenario {
  std::string id;
  std::string file; // empty when not available
  bool book = false;
  std::string twin; // empty unless book
  bool available = false;
  bool deterministic = false;
};

fs::path gallery_dir() {
  return fs::weakly_canonical(fs::path(TULIP_LANG_TESTS_DIR) / ".." / ".." / "web" / "scenarios");
}

std::string field_string(const Json& e, const char* key, bool nullable) {
  const Json* v = e.find(key);
  INFO("field: " << key);
  REQUIRE(v != nullptr);
  if (nullable && v->is_null())
    return "";
  REQUIRE(v->type == Json::Type::string);
  return v->str;
}

bool field_bool(const Json& e, const char* key) {
  const Json* v = e.find(key);
  INFO("field: " << key);
  REQUIRE(v != nullptr);
  REQUIRE(v->type == Json::Type::boolean);
  return v->b;
}

std::vector<Scenario> read_index() {
  fs::path index = gallery_dir() / "index.json";
  REQUIRE_MESSAGE(fs::exists(index), "no gallery index: " << index.string());
  Json doc;
  std::string text = read_file(index);
  try {
    doc = JsonReader(text).document();
  } catch (const std::exception& e) {
    FAIL(e.what());
  }
  REQUIRE(doc.type == Json::Type::array);
  std::vector<Scenario> list;
  for (const Json& e : doc.items) {
    REQUIRE(e.type == Json::Type::object);
    Scenario s;
    s.id = field_string(e, "id", false);
    INFO("scenario: " << s.id);
    s.file = field_string(e, "file", true);
    s.book = field_bool(e, "book");
    s.twin = field_string(e, "twin", true);
    s.available = field_bool(e, "available");
    s.deterministic = field_bool(e, "cpython_deterministic");
    CHECK(!field_string(e, "section", false).empty());
    CHECK(!field_string(e, "title", false).empty());
    CHECK(!field_string(e, "watch", false).empty());
    if (s.available) {
      CHECK(s.file == s.id + ".py");
    } else {
      CHECK(s.file.empty());
      CHECK(!field_string(e, "reason", false).empty());
    }
    CHECK(s.book == !s.twin.empty());
    list.push_back(s);
  }
  return list;
}

// python3 and tulip name the script by its absolute path (a task's repr shows it): the expected
// files hold the bare file name.
std::string strip_dir(std::string out, const fs::path& dir) {
  for (std::string prefix : {dir.string() + "/", fs::canonical(dir).string() + "/"}) {
    for (size_t k = out.find(prefix); k != std::string::npos; k = out.find(prefix, k))
      out.erase(k, prefix.size());
  }
  return out;
}

int expected_status(const fs::path& dir, const std::string& id) {
  std::string s = read_file(dir / "expected" / (id + ".status"));
  REQUIRE_MESSAGE(!s.empty(), "no expected/" << id << ".status");
  return std::stoi(s);
}

std::string first_line(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r')
    line.pop_back();
  return line;
}

} // namespace

TEST_CASE("gallery: index.json and web/scenarios agree") {
  fs::path dir = gallery_dir();
  std::vector<Scenario> list = read_index();
  REQUIRE(!list.empty());
  std::map<std::string, const Scenario*> by_id;
  std::set<std::string> files;
  for (const Scenario& s : list) {
    INFO("scenario: " << s.id);
    CHECK_MESSAGE(by_id.emplace(s.id, &s).second, "duplicate id");
    if (s.available)
      files.insert(s.file);
  }
  for (const Scenario& s : list) {
    INFO("scenario: " << s.id);
    if (s.book) {
      auto twin = by_id.find(s.twin);
      REQUIRE_MESSAGE(twin != by_id.end(), "the twin is not in the index: " << s.twin);
      CHECK_FALSE(twin->second->book);
      CHECK(twin->second->available == s.available);
    }
    if (!s.available)
      continue;
    CHECK_MESSAGE(fs::exists(dir / s.file), "missing file " << s.file);
    CHECK_MESSAGE(fs::exists(dir / "expected" / (s.id + ".out")), "missing expected output");
    CHECK_MESSAGE(fs::exists(dir / "expected" / (s.id + ".status")), "missing expected status");
    // book mode comes from the first line
    CHECK((first_line(dir / s.file) == "# tulip: book") == s.book);
  }
  for (const std::string& f : programs(dir)) {
    INFO("file: " << f);
    CHECK_MESSAGE(files.count(f) == 1, "a scenario file with no available entry in index.json");
  }
  for (auto& e : fs::directory_iterator(dir / "expected")) {
    std::string stem = e.path().stem().string();
    INFO("expected file: " << e.path().filename().string());
    CHECK((by_id.count(stem) == 1 && by_id[stem]->available));
  }
}

TEST_CASE("gallery: deterministic modern scenarios print under CPython 3.11 what expected/ holds") {
  fs::path dir = gallery_dir();
  std::vector<Scenario> list = read_index();
  for (const Scenario& s : list) {
    if (!s.available || s.book || !s.deterministic)
      continue;
    SUBCASE(s.id.c_str()) {
      Outcome py = run(dir.string(), shell_quote(TULIP_PYTHON), s.file);
      INFO("python3 stderr:\n" << py.err);
      CHECK(py.status == expected_status(dir, s.id));
      CHECK(strip_dir(py.out, dir) == read_file(dir / "expected" / (s.id + ".out")));
    }
  }
}

TEST_CASE("gallery: every scenario prints under tulip --clock=virtual what expected/ holds") {
  fs::path dir = gallery_dir();
  fs::path tulip = tulip_binary();
  REQUIRE_MESSAGE(fs::exists(tulip), "build the tulip executable first: " << tulip.string());
  std::string command = shell_quote(tulip.string()) + " run --clock=virtual";
  std::vector<Scenario> list = read_index();
  for (const Scenario& s : list) {
    if (!s.available)
      continue;
    SUBCASE(s.id.c_str()) {
      Outcome tu = run(dir.string(), command, s.file);
      INFO("tulip stderr:\n" << tu.err);
      CHECK(tu.status == expected_status(dir, s.id));
      CHECK(strip_dir(tu.out, dir) == read_file(dir / "expected" / (s.id + ".out")));
    }
  }
}
