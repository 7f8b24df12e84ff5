// The bytecode compiler: a symbol-table pass (local / global / cell / free for every scope) and
// code generation from the AST (lang/ast.hpp) to code objects (lang/chunk.hpp).
#pragma once
#include <string>

#include "lang/ast.hpp"
#include "lang/chunk.hpp"

namespace tulip::lang {

// Compiles a module. Throws tulip::lang::SyntaxError (from syntax_error.hpp) for what the
// compiler rejects ('return' outside function, nonlocal without binding, ...).
CodeObj* compile_module(const ast::Module& module, const std::string& filename);

} // namespace tulip::lang
