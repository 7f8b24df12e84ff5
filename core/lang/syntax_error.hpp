// The error the front end raises for a program it cannot run: a SyntaxError (or one of its
// subclasses IndentationError and TabError) carrying exactly the attributes CPython 3.11 would
// give it, or a NotImplementedError for valid Python outside the scenario language's subset.
#pragma once

#include <exception>
#include <string>

namespace tulip::lang {

struct SyntaxError : std::exception {
  // The exception class: "SyntaxError", "IndentationError", "TabError",
  // "NotImplementedError", or "RecursionError" (lineno 0) for a program nested too deeply.
  std::string type = "SyntaxError";
  std::string msg;      // SyntaxError.msg: "invalid syntax", "'(' was never closed", ...
  std::string filename; // SyntaxError.filename
  int lineno = 0;       // SyntaxError.lineno (from 1)
  // SyntaxError.offset and .end_offset: 1-based columns as CPython stores them (in characters
  // for parser errors, in UTF-8 bytes for compiler errors, as CPython does); 0 or -1 when unset.
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string text; // SyntaxError.text: the source line(s), as CPython stores them
  bool has_text = true;

  // str(exc): "msg (filename, line N)", as Python shows a SyntaxError's value.
  std::string str() const;
  const char* what() const noexcept override;

private:
  mutable std::string what_;
};

// Exactly what `python3 FILE` prints on stderr when compiling FILE raises `error`:
//   File "main.py", line 3
//     x = (1 +
//         ^
// SyntaxError: '(' was never closed
// A NotImplementedError is printed in the same layout, its last line being
// "NotImplementedError: 'match' statement is not supported (main.py, line 3)".
std::string format_syntax_error(const SyntaxError& error);

} // namespace tulip::lang
