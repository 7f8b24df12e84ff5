// The symbol table: which names are local, global, cell or free in each scope.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.hpp"

namespace tulip::lang {

enum class ScopeKind { Module, Function, Class, Lambda, Comprehension };
enum class NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;
  // flags per name
  enum : unsigned {
    DEF_LOCAL = 1,
    DEF_PARAM = 2,
    DEF_GLOBAL = 4,
    DEF_NONLOCAL = 8,
    USE = 16,
    DEF_IMPORT = 32
  };
  std::map<std::string, unsigned> flags;
  std::vector<std::string> order;  // names in first-seen order
  std::vector<std::string> params; // parameter names in order
  std::unordered_map<std::string, NameScope> resolved;
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  std::vector<Scope*> children;
  Scope* parent = nullptr;
  bool is_generator = false;
  bool is_coroutine = false;     // async def; a comprehension with 'await' or 'async for'
  bool needs_class_cell = false; // a class whose methods use super() / __class__
  bool uses_class_cell = false;  // a function using super() / __class__
  bool has_varargs = false, has_varkw = false;
  int lineno = 0;

  void add(const std::string& n, unsigned f) {
    auto it = flags.find(n);
    if (it == flags.end()) {
      flags[n] = f;
      order.push_back(n);
    } else {
      it->second |= f;
    }
  }
  NameScope lookup(const std::string& n) const {
    auto it = resolved.find(n);
    if (it != resolved.end())
      return it->second;
    return kind == ScopeKind::Module ? NameScope::GlobalImplicit : NameScope::GlobalImplicit;
  }
};

struct SymbolTable {
  std::vector<std::unique_ptr<Scope>> scopes;
  std::unordered_map<const void*, Scope*> by_node;
  Scope* top = nullptr;
};

// Builds the table; throws SyntaxError for misplaced global/nonlocal declarations.
std::unique_ptr<SymbolTable> build_symtable(const ast::Module& m, const std::string& filename);

} // namespace tulip::lang
