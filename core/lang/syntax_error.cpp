#include "lang/syntax_error.hpp"

namespace tulip::lang {

namespace {

// The last component of a path, as SyntaxError.__str__ shows the file name.
std::string basename(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// CPython's print_error_text() (Python/pythonrun.c, 3.11): the source line without its
// indentation, then a caret line. Offsets are used as CPython uses them, as byte counts.
void print_error_text(std::string& out, long offset, long end_offset, const std::string& line) {
  long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  offset -= 1; // from 1-based to 0-based
  std::size_t start = 0;
  while (start < line.size() &&
         (line[start] == ' ' || line[start] == '\t' || line[start] == '\f')) {
    ++start;
    --offset;
  }
  std::string text = line.substr(start);
  long len = static_cast<long>(text.size());
  if (len > 0 && text[len - 1] == '\n')
    --len;
  if (offset > len)
    offset = len;
  // A text of several lines is shown from the line holding the offset.
  for (;;) {
    std::size_t newline = text.find('\n');
    if (newline == std::string::npos || static_cast<long>(newline) >= offset)
      break;
    long skipped = static_cast<long>(newline) + 1;
    text.erase(0, skipped);
    len -= skipped;
    offset -= skipped;
  }
  out += "    ";
  out += text;
  if (len >= static_cast<long>(text.size()) || text[len] != '\n')
    out += "\n";
  if (offset < 0)
    return;
  out += "    ";
  out.append(offset, ' ');
  out.append(carets, '^');
  out += "\n";
}

} // namespace

std::string SyntaxError::str() const {
  return msg + " (" + basename(filename) + ", line " + std::to_string(lineno) + ")";
}

const char* SyntaxError::what() const noexcept {
  what_ = type + ": " + str();
  return what_.c_str();
}

std::string format_syntax_error(const SyntaxError& error) {
  // Not located: CPython's RecursionError during compilation prints its last line only.
  if (error.lineno == 0)
    return error.type + ": " + error.msg + "\n";
  // CPython's print_exception(): only SyntaxError itself (not its subclasses) shows a range.
  bool ranged = error.type == "SyntaxError" || error.type == "NotImplementedError";
  long end_lineno = ranged ? error.end_lineno : error.lineno;
  long end_offset = ranged ? error.end_offset : -1;
  std::string out =
      "  File \"" + error.filename + "\", line " + std::to_string(error.lineno) + "\n";
  if (error.has_text) {
    long line_size = static_cast<long>(error.text.size());
    // A range over several lines is underlined up to the end of its first line.
    if (end_lineno > error.lineno)
      end_offset = line_size;
    if (end_offset > line_size + 1)
      end_offset = line_size + 1;
    print_error_text(out, error.offset, end_offset, error.text);
  }
  out += error.type;
  std::string value = error.type == "NotImplementedError" ? error.str() : error.msg;
  if (!value.empty())
    out += ": " + value;
  out += "\n";
  return out;
}

} // namespace tulip::lang
