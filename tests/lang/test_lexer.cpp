// The lexer: tokens, positions and tokenizer errors for tricky inputs, as CPython 3.11's
// tokenizer produces them.
#include <doctest/doctest.h>

#include <string>

#include "lang/ast.hpp"
#include "lang/lexer.hpp"

using namespace tulip::lang;

namespace {

// The tokens of `source` in one line: NAME(x) = NUMBER(1) NEWLINE ENDMARKER.
std::string tokens(const std::string& source) {
  SourceFile file("main.py", source);
  TokenizedSource result = tokenize(file);
  std::string out;
  for (const Token& t : result.tokens) {
    if (!out.empty())
      out += ' ';
    std::string spelling(token_kind_spelling(t.kind));
    if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String)
      out += spelling + "(" + std::string(t.text) + ")";
    else
      out += spelling;
  }
  if (result.error)
    out += " !" + result.error->type + ": " + result.error->msg;
  return out;
}

SyntaxError lex_error(const std::string& source) {
  SourceFile file("main.py", source);
  TokenizedSource result = tokenize(file);
  REQUIRE(result.error.has_value());
  return *result.error;
}

} // namespace

TEST_CASE("lexer: indentation yields INDENT and DEDENT; blank and comment lines do not count") {
  CHECK(tokens("if x:\n    y\n\n  # comment\n    z\nw\n") ==
        "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT NAME(w) NEWLINE "
        "ENDMARKER");
  CHECK(tokens("def f():\n  if a:\n    b\nc\n") ==
        "def NAME(f) ( ) : NEWLINE INDENT if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE DEDENT "
        "DEDENT NAME(c) NEWLINE ENDMARKER");
  CHECK(tokens("if a:\n\tif b:\n\t\tc\n\td\n") ==
        "if NAME(a) : NEWLINE INDENT if NAME(b) : NEWLINE INDENT NAME(c) NEWLINE DEDENT NAME(d) "
        "NEWLINE DEDENT ENDMARKER");
  // Dedents are emitted at the end of the file, and a missing final newline is added.
  CHECK(tokens("while x:\n    pass") ==
        "while NAME(x) : NEWLINE INDENT pass NEWLINE DEDENT ENDMARKER");
  CHECK(tokens("") == "ENDMARKER");
  CHECK(tokens("# only a comment\n\n") == "ENDMARKER");
}

TEST_CASE("lexer: brackets join lines; a backslash continues one") {
  CHECK(tokens("x = [1,\n  2,\n\n    3]\n") ==
        "NAME(x) = [ NUMBER(1) , NUMBER(2) , NUMBER(3) ] NEWLINE ENDMARKER");
  CHECK(tokens("x = 1 + \\\n    2\n") == "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE ENDMARKER");
  CHECK(tokens("f(a,  # comment inside\n  b)\n") ==
        "NAME(f) ( NAME(a) , NAME(b) ) NEWLINE ENDMARKER");
}

TEST_CASE("lexer: operators take the longest spelling") {
  CHECK(tokens("a **= b // c //= d ... e -> f := g != h <= i >> j >>= k @= l\n") ==
        "NAME(a) **= NAME(b) // NAME(c) //= NAME(d) ... NAME(e) -> NAME(f) := NAME(g) != "
        "NAME(h) <= NAME(i) >> NAME(j) >>= NAME(k) @= NAME(l) NEWLINE ENDMARKER");
  CHECK(tokens("x.y\n") == "NAME(x) . NAME(y) NEWLINE ENDMARKER");
  // A lone '$', '?' or '!' is an operator no rule accepts, as in CPython.
  CHECK(tokens("a $ b\n") == "NAME(a) OP NAME(b) NEWLINE ENDMARKER");
}

TEST_CASE("lexer: keywords, soft keywords and names") {
  CHECK(tokens("async def match(case, _): await type\n") ==
        "async def NAME(match) ( NAME(case) , NAME(_) ) : await NAME(type) NEWLINE ENDMARKER");
  CHECK(tokens("None True False nonlocal_ é_name 变量\n") ==
        "None True False NAME(nonlocal_) NAME(é_name) NAME(变量) NEWLINE ENDMARKER");
}

TEST_CASE("lexer: numbers") {
  CHECK(tokens("0 00 0_0 7 1_000 0x1F 0o17 0b10 1.5 .5 5. 1e5 1.5E-3 1_0.0_1\n") ==
        "NUMBER(0) NUMBER(00) NUMBER(0_0) NUMBER(7) NUMBER(1_000) NUMBER(0x1F) NUMBER(0o17) "
        "NUMBER(0b10) NUMBER(1.5) NUMBER(.5) NUMBER(5.) NUMBER(1e5) NUMBER(1.5E-3) "
        "NUMBER(1_0.0_1) NEWLINE ENDMARKER");
  // A keyword may follow a number directly (CPython only warns).
  CHECK(tokens("1if x else 2\n") == "NUMBER(1) if NAME(x) else NUMBER(2) NEWLINE ENDMARKER");
  CHECK(tokens("1else\n") == "NUMBER(1) else NEWLINE ENDMARKER");
}

TEST_CASE("lexer: strings in every quote form and prefix are single tokens") {
  CHECK(tokens("'a' \"b\" '''c\n''' \"\"\"d\"\"\"\n") ==
        "STRING('a') STRING(\"b\") STRING('''c\n''') STRING(\"\"\"d\"\"\") NEWLINE ENDMARKER");
  CHECK(tokens("r'\\d' b'x' Rb'y' bR'z' f'{x}' rf\"{y}\" Fr'' u'u' U\"U\"\n") ==
        "STRING(r'\\d') STRING(b'x') STRING(Rb'y') STRING(bR'z') STRING(f'{x}') "
        "STRING(rf\"{y}\") STRING(Fr'') STRING(u'u') STRING(U\"U\") NEWLINE ENDMARKER");
  // Not prefixes: "ur" and "bf" are names followed by a string.
  CHECK(tokens("ur'x'\n") == "NAME(ur) STRING('x') NEWLINE ENDMARKER");
  CHECK(tokens("'it\\'s' \"a \\\" b\"\n") ==
        "STRING('it\\'s') STRING(\"a \\\" b\") NEWLINE ENDMARKER");
  CHECK(tokens("f'{x:{y}}' 'a\\\nb'\n") == "STRING(f'{x:{y}}') STRING('a\\\nb') NEWLINE ENDMARKER");
}

TEST_CASE("lexer: tokens carry CPython's positions (bytes, NEWLINE without its newline)") {
  SourceFile file("main.py", "x = (1,\n     'é')\n");
  TokenizedSource r = tokenize(file);
  REQUIRE(r.tokens.size() == 9);
  const Token& s = r.tokens[5];
  CHECK(s.kind == TokenKind::String);
  CHECK(s.line == 2);
  CHECK(s.col == 5);
  CHECK(s.end_col == 9); // 'é' is 4 bytes
  CHECK(s.level == 1);
  const Token& newline = r.tokens[7];
  CHECK(newline.kind == TokenKind::Newline);
  CHECK(newline.line == 2);
  CHECK(newline.col == 10);
  CHECK(newline.end_col == 10);
  CHECK(r.tokens[6].level == 0); // after ')'
}

TEST_CASE("lexer: tokenizer errors carry CPython's message and position") {
  SyntaxError e = lex_error("x = 'abc\ny = 2\n");
  CHECK(e.msg == "unterminated string literal (detected at line 1)");
  CHECK(e.lineno == 1);
  CHECK(e.offset == 5);

  e = lex_error("s = \"\"\"doc\n\nmore\n");
  CHECK(e.msg == "unterminated triple-quoted string literal (detected at line 3)");
  CHECK(e.lineno == 1);

  e = lex_error("if x:\n        a\n    b\n");
  CHECK(e.type == "IndentationError");
  CHECK(e.msg == "unindent does not match any outer indentation level");
  CHECK(e.lineno == 3);

  // A tab and 8 spaces are equal columns under tab size 8 but not under tab size 1.
  e = lex_error("if x:\n        a\n\tb\n");
  CHECK(e.type == "TabError");
  CHECK(e.msg == "inconsistent use of tabs and spaces in indentation");
  CHECK(e.lineno == 3);

  CHECK(lex_error("x = 012\n").msg ==
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
        "octal integers");
  CHECK(lex_error("x = 1_\n").msg == "invalid decimal literal");
  CHECK(lex_error("x = 1__0\n").msg == "invalid decimal literal");
  CHECK(lex_error("x = 3abc\n").msg == "invalid decimal literal");
  CHECK(lex_error("x = 0x\n").msg == "invalid hexadecimal literal");
  CHECK(lex_error("x = 0o8\n").msg == "invalid digit '8' in octal literal");
  CHECK(lex_error("x = 0b12\n").msg == "invalid digit '2' in binary literal");
  CHECK(lex_error("x = 1e\n").msg == "invalid decimal literal");
  CHECK(lex_error("print(1))\n").msg == "unmatched ')'");
  CHECK(lex_error("x = [1)\n").msg ==
        "closing parenthesis ')' does not match opening parenthesis '['");
  CHECK(lex_error("x = [1,\n2)\n").msg ==
        "closing parenthesis ')' does not match opening parenthesis '[' on line 1");
  CHECK(lex_error("x = 1 \\ 2\n").msg == "unexpected character after line continuation character");
  CHECK(lex_error("x = …\n").msg == "invalid character '…' (U+2026)");
  CHECK(lex_error("print（1）\n").msg == "invalid character '（' (U+FF08)");
  CHECK(lex_error("x = \x01\n").msg == "invalid non-printable character U+0001");

  e = lex_error("f(1,\n  2\n");
  CHECK(e.msg == "'(' was never closed");
  CHECK(e.lineno == 1);
  CHECK(e.offset == 2);
}

TEST_CASE("lexer: source normalization") {
  // CRLF and CR line ends, a UTF-8 BOM.
  CHECK(tokens("\xEF\xBB\xBFx = 1\r\ny = 2\rz\n") ==
        "NAME(x) = NUMBER(1) NEWLINE NAME(y) = NUMBER(2) NEWLINE NAME(z) NEWLINE ENDMARKER");
  SourceFile file("main.py", "a\nb");
  CHECK(file.line_count() == 2);
  CHECK(file.line(2) == "b\n");
  CHECK(file.line(3).empty());
}

TEST_CASE("characters: printable, identifiers, names, reprs") {
  CHECK(is_printable(U'a'));
  CHECK(is_printable(U'é'));
  CHECK(is_printable(U'中'));
  CHECK(is_printable(U'😀'));
  CHECK_FALSE(is_printable(0x7F));
  CHECK_FALSE(is_printable(0xA0));   // no-break space
  CHECK_FALSE(is_printable(0x200B)); // zero width space
  CHECK_FALSE(is_printable(0xD7FF)); // unassigned
  CHECK_FALSE(is_printable(0xE000)); // private use
  CHECK(is_identifier_start(U'é'));
  CHECK(is_identifier_start(U'变'));
  CHECK_FALSE(is_identifier_start(U'…'));
  CHECK_FALSE(is_identifier_char(U'，'));
  CHECK(lookup_character_name("EURO SIGN") == U'€');
  CHECK(lookup_character_name("latin small letter a") == U'a');
  CHECK(lookup_character_name("GREEK SMALL LETTER ALPHA") == U'α');
  CHECK(lookup_character_name("DIGIT SEVEN") == U'7');
  CHECK(lookup_character_name("CJK UNIFIED IDEOGRAPH-4E2D") == U'中');
  CHECK_FALSE(lookup_character_name("NO SUCH CHARACTER").has_value());
  CHECK(repr_str("it's") == "\"it's\"");
  CHECK(repr_str("a'b\"c\n\t\\") == "'a\\'b\"c\\n\\t\\\\'");
  CHECK(repr_str("\x01\x7f\xc2\xa0é\xe2\x80\x8b") == "'\\x01\\x7f\\xa0é\\u200b'");
  CHECK(repr_bytes(std::string("a\x00\xff'", 4)) == "b\"a\\x00\\xff'\"");
  CHECK(repr_float(1.0) == "1.0");
  CHECK(repr_float(0.1) == "0.1");
  CHECK(repr_float(1e16) == "1e+16");
  CHECK(repr_float(1e15) == "1000000000000000.0");
  CHECK(repr_float(1e-5) == "1e-05");
  CHECK(repr_float(0.0001) == "0.0001");
  CHECK(repr_float(1.5e300) == "1.5e+300");
  CHECK(repr_float(123456789.123) == "123456789.123");
  CHECK(repr_float(-0.0) == "-0.0");
}
