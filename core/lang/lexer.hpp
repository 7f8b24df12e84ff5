// The lexer: Python 3.11 source text to tokens, as CPython's tokenizer (Parser/tokenizer.c)
// produces them, with the same errors at the same places.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/syntax_error.hpp"
#include "lang/token.hpp"

namespace tulip::lang {

// A program's text as the tokenizer reads it: a leading UTF-8 BOM dropped, "\r\n" and "\r"
// turned into "\n", and a final "\n" added when missing (as CPython does for files).
class SourceFile {
public:
  SourceFile(std::string filename, std::string_view text);

  const std::string& filename() const { return filename_; }
  const std::string& text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // Line `lineno` (from 1) with its "\n"; empty past the end.
  std::string_view line(int lineno) const;
  // Byte offset in text() of the start of line `lineno`.
  std::size_t line_start(int lineno) const;

private:
  std::string filename_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// The tokens of a whole file. When the tokenizer stops on an error, `tokens` holds the tokens
// before it (no ENDMARKER) and `error` the SyntaxError CPython raises when its parser reaches it.
struct TokenizedSource {
  std::vector<Token> tokens;
  std::optional<SyntaxError> error;
  // CPython tokenizes the rest of a file after a parser error, and a tokenizer error found
  // there replaces the parser's, unless it is one that CPython's parser reports from tok->done
  // (bad indentation, a backslash error, EOF in brackets).
  bool error_overrides_parser_errors = false;
  // When brackets are still open where the tokens stop: "'(' was never closed" for the
  // innermost one. It replaces a parser error on a later line than the bracket.
  std::optional<SyntaxError> unclosed_bracket;
};

TokenizedSource tokenize(const SourceFile& source);

// --- Characters -------------------------------------------------------------------------------
// The code point starting at text[pos] (UTF-8), its length stored in `length`. Invalid bytes
// decode as themselves with length 1.
char32_t decode_utf8(std::string_view text, std::size_t pos, int* length);
void append_utf8(std::string& out, char32_t code_point);
// How many characters the first `bytes` bytes of `text` hold.
int utf8_length(std::string_view text, std::size_t bytes);

// str.isprintable() for one character, exactly as CPython 3.11 (Unicode 14).
bool is_printable(char32_t c);
// Whether `c` may start / continue an identifier (XID_Start / XID_Continue), reduced likewise:
// non-ASCII letters are accepted, the common punctuation and symbol blocks are not.
bool is_identifier_start(char32_t c);
bool is_identifier_char(char32_t c);

// The character a \N{name} escape names (case-insensitively), for the common characters only:
// ASCII, Latin-1, Greek letters, CJK ideographs, usual punctuation and symbols, some emoji.
std::optional<char32_t> lookup_character_name(std::string_view name);

} // namespace tulip::lang
