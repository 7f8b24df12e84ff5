// The parser: tokens to an ast::Module, for the scenario language (a Python 3.11 subset).
//
// It is a hand-written recursive-descent parser that follows CPython 3.11's PEG grammar
// (Grammar/python.gram) rule by rule, and reports errors as CPython does: a first pass parses;
// when it fails, a second pass parses again with the grammar's "invalid_*" rules enabled, which
// raise CPython's specific messages ("expected ':'", "Perhaps you forgot a comma?", ...); when
// none applies, "invalid syntax" points at the furthest token the first pass reached. After a
// successful parse, the checks CPython's compiler makes ('return' outside function, 'break'
// outside loop, nonlocal at module level, ...) run over the tree.
//
// Valid Python that the scenario language does not support (the list is kUnsupported in
// parser.cpp: match, try/except*, type statements and parameters, complex literals, \N{...})
// raises a SyntaxError whose type is "NotImplementedError", naming the construct and the line.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "lang/ast.hpp"
#include "lang/lexer.hpp"
#include "lang/syntax_error.hpp"

namespace tulip::lang {

struct ParseOptions {
  // Book mode: also accept the first edition's `asyncio.async(...)` (an attribute named after
  // the keyword `async`), which CPython 3.11 rejects.
  bool book_mode = false;
  // Run the checks CPython's compiler makes once the tree is built ('return' outside function,
  // 'break' outside loop, ...). Off, parse() accepts what Python's ast.parse() accepts.
  bool compile_checks = true;
};

// Parses a whole program. Throws SyntaxError (see syntax_error.hpp) when CPython 3.11 would
// refuse to compile it, or when it is outside the subset.
std::unique_ptr<ast::Module> parse(const SourceFile& source, const ParseOptions& options = {});
std::unique_ptr<ast::Module> parse(std::string_view text, const std::string& filename,
                                   const ParseOptions& options = {});

} // namespace tulip::lang
