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

using namespace differential;

namespace {

// --- a small JSON reader (enough for index.json) -----------------------------------------------
struct Json {
  enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
  bool boolean = false;
  std::string text; // a string's value, or a number's spelling
  std::vector<Json> items;
  std::vector<std::pair<std::string, Json>> members;

  const Json* find(const std::string& key) const {
    for (const auto& m : members)
      if (m.first == key)
        return &m.second;
    return nullptr;
  }
};

class JsonReader {
public:
  explicit JsonReader(const std::string& s) : s_(s) {}

  Json document() {
    Json v = value();
    space();
    if (i_ != s_.size())
      fail("trailing characters");
    return v;
  }

private:
  const std::string& s_;
  size_t i_ = 0;

  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("index.json: " + what + " at offset " + std::to_string(i_));
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }
  bool take(char c) {
    space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  void expect(char c) {
    if (!take(c))
      fail(std::string("expected '") + c + "'");
  }
  bool word(const char* w) {
    std::string t(w);
    if (s_.compare(i_, t.size(), t) == 0) {
      i_ += t.size();
      return true;
    }
    return false;
  }
  static void utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | (cp >> 18));
      out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
  }
  uint32_t hex4() {
    if (i_ + 4 > s_.size())
      fail("short \\u escape");
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= uint32_t(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= uint32_t(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= uint32_t(c - 'A' + 10);
      else
        fail("bad \\u escape");
    }
    return v;
  }
  std::string string() {
    expect('"');
    std::string out;
    while (true) {
      if (i_ >= s_.size())
        fail("unterminated string");
      char c = s_[i_++];
      if (c == '"')
        return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size())
        fail("unterminated escape");
      char e = s_[i_++];
      switch (e) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        uint32_t cp = hex4();
        if (cp >= 0xD800 && cp < 0xDC00 && word("\\u")) {
          uint32_t lo = hex4();
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        utf8(out, cp);
        break;
      }
      default:
        fail("bad escape");
      }
    }
  }
  Json value() {
    space();
    Json v;
    if (i_ >= s_.size())
      fail("unexpected end");
    char c = s_[i_];
    if (c == '{') {
      v.kind = Json::Object;
      ++i_;
      if (take('}'))
        return v;
      do {
        space();
        std::string key = string();
        expect(':');
        v.members.emplace_back(key, value());
      } while (take(','));
      expect('}');
    } else if (c == '[') {
      v.kind = Json::Array;
      ++i_;
      if (take(']'))
        return v;
      do
        v.items.push_back(value());
      while (take(','));
      expect(']');
    } else if (c == '"') {
      v.kind = Json::String;
      v.text = string();
    } else if (word("true")) {
      v.kind = Json::Bool;
      v.boolean = true;
    } else if (word("false")) {
      v.kind = Json::Bool;
    } else if (word("null")) {
      v.kind = Json::Null;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v.kind = Json::Number;
      size_t start = i_;
      while (i_ < s_.size() && std::string("+-.eE0123456789").find(s_[i_]) != std::string::npos)
        ++i_;
      v.text = s_.substr(start, i_ - start);
    } else {
      fail("unexpected character");
    }
    return v;
  }
};

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

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string field_string(const Json& e, const char* key, bool nullable) {
  const Json* v = e.find(key);
  INFO("field: " << key);
  REQUIRE(v != nullptr);
  if (nullable && v->kind == Json::Null)
    return "";
  REQUIRE(v->kind == Json::String);
  return v->text;
}

bool field_bool(const Json& e, const char* key) {
  const Json* v = e.find(key);
  INFO("field: " << key);
  REQUIRE(v != nullptr);
  REQUIRE(v->kind == Json::Bool);
  return v->boolean;
}

std::vector<Scenario> read_index() {
  fs::path index = gallery_dir() / "index.json";
  REQUIRE_MESSAGE(fs::exists(index), "no gallery index: " << index.string());
  Json doc;
  std::string text = slurp(index);
  try {
    doc = JsonReader(text).document();
  } catch (const std::exception& e) {
    FAIL(e.what());
  }
  REQUIRE(doc.kind == Json::Array);
  std::vector<Scenario> list;
  for (const Json& e : doc.items) {
    REQUIRE(e.kind == Json::Object);
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
  std::string s = slurp(dir / "expected" / (id + ".status"));
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
      CHECK(strip_dir(py.out, dir) == slurp(dir / "expected" / (s.id + ".out")));
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
      CHECK(strip_dir(tu.out, dir) == slurp(dir / "expected" / (s.id + ".out")));
    }
  }
}
