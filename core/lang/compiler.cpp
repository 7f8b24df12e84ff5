// Code generation: AST -> code objects. Structured control flow uses a block stack at run time
// (SETUP_FINALLY / POP_BLOCK); return/break/continue unwind the enclosing blocks inline (finally
// bodies are duplicated on those paths, as CPython does).
#include "lang/compiler.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "lang/bigint.hpp"
#include "lang/runtime.hpp"
#include "lang/symtable.hpp"
#include "lang/syntax_error.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

namespace {

enum class FB {
  WhileLoop,
  ForLoop,
  AsyncForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup
};

struct FBlock {
  FB type;
  int start = -1; // continue target for loops
  int exit = -1;  // break target for loops
  const ast::StmtList* finalbody = nullptr;
  std::optional<std::string> name; // handler name to clear
};

struct Unit {
  CodeObj* code = nullptr;
  Scope* scope = nullptr;
  std::vector<FBlock> fblocks;
  std::vector<int> labels;
  std::vector<std::pair<size_t, int>> fixups;
  std::unordered_map<std::string, int> names, vars, cells;
  std::string qualprefix;
  int line = 1;
  int blocks = 0, maxblocks = 0;
};

int stack_effect(int op, uint32_t arg, bool jump) {
  switch (op) {
  case OP_NOP:
  case OP_ROT_TWO:
  case OP_ROT_THREE:
  case OP_ROT_FOUR:
  case OP_SWAP:
    return 0;
  case OP_POP_TOP:
  case OP_POP_ITER:
    return -1;
  case OP_DUP_TOP:
  case OP_COPY:
    return 1;
  case OP_DUP_TOP_TWO:
    return 2;
  case OP_LOAD_CONST:
  case OP_LOAD_FAST:
  case OP_LOAD_FAST_CHECKED:
  case OP_LOAD_DEREF:
  case OP_LOAD_CLOSURE:
  case OP_LOAD_CLASSDEREF:
  case OP_LOAD_GLOBAL:
  case OP_LOAD_NAME:
  case OP_LOAD_ASSERTION_ERROR:
  case OP_LOAD_BUILD_CLASS:
    return 1;
  case OP_STORE_FAST:
  case OP_STORE_FAST_OWNED:
  case OP_STORE_DEREF:
  case OP_STORE_GLOBAL:
  case OP_STORE_NAME:
    return -1;
  case OP_DELETE_FAST:
  case OP_DELETE_DEREF:
  case OP_DELETE_GLOBAL:
  case OP_DELETE_NAME:
    return 0;
  case OP_LOAD_ATTR:
    return 0;
  case OP_STORE_ATTR:
    return -2;
  case OP_DELETE_ATTR:
    return -1;
  case OP_LOAD_METHOD:
    return 1;
  case OP_CALL:
    return -int(arg);
  case OP_CALL_METHOD:
    return -int(arg) - 1;
  case OP_KW_NAMES:
    return 0;
  case OP_CALL_EX:
    return (arg & CE_KWARGS) ? -2 : -1;
  case OP_BINARY_OP:
    return -1;
  case OP_UNARY_NEG:
  case OP_UNARY_POS:
  case OP_UNARY_NOT:
  case OP_UNARY_INVERT:
    return 0;
  case OP_COMPARE_OP:
  case OP_IS_OP:
  case OP_CONTAINS_OP:
    return -1;
  case OP_BINARY_SUBSCR:
    return -1;
  case OP_STORE_SUBSCR:
    return -3;
  case OP_DELETE_SUBSCR:
    return -2;
  case OP_BUILD_SLICE:
    return -int(arg) + 1;
  case OP_BUILD_TUPLE:
  case OP_BUILD_LIST:
  case OP_BUILD_SET:
  case OP_BUILD_STRING:
    return 1 - int(arg);
  case OP_BUILD_MAP:
    return 1 - 2 * int(arg);
  case OP_LIST_APPEND:
  case OP_SET_ADD:
    return -1;
  case OP_MAP_ADD:
    return -2;
  case OP_LIST_EXTEND:
  case OP_SET_UPDATE:
  case OP_DICT_UPDATE:
  case OP_DICT_MERGE:
    return -1;
  case OP_LIST_TO_TUPLE:
    return 0;
  case OP_FORMAT_VALUE:
    return (arg & FV_SPEC) ? -1 : 0;
  case OP_UNPACK_SEQUENCE:
    return int(arg) - 1;
  case OP_UNPACK_EX:
    return int(arg & 0xff) + int(arg >> 8);
  case OP_JUMP:
    return 0;
  case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE:
    return -1;
  case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP:
    return jump ? 0 : -1;
  case OP_GET_ITER:
    return 0;
  case OP_FOR_ITER:
    return jump ? -1 : 1;
  case OP_SETUP_FINALLY:
  case OP_SETUP_WITH:
    return 0;
  case OP_POP_BLOCK:
    return 0;
  case OP_PUSH_EXC_INFO:
    return 1;
  case OP_POP_EXCEPT:
    return -1;
  case OP_CHECK_EXC_MATCH:
    return 0;
  case OP_RERAISE:
    return 0;
  case OP_POP_EXCEPT_RERAISE:
    return -3;
  case OP_RAISE_VARARGS:
    return -int(arg);
  case OP_BEFORE_WITH:
  case OP_BEFORE_ASYNC_WITH:
    return 1;
  case OP_WITH_EXIT:
    return -1;
  case OP_ASYNC_WITH_EXIT:
    return 0;
  case OP_WITH_EXCEPT_START:
  case OP_ASYNC_WITH_EXCEPT_START:
    return 1;
  case OP_RETURN_VALUE:
    return -1;
  case OP_YIELD_VALUE:
    return 0;
  case OP_GET_YIELD_FROM_ITER:
  case OP_GET_AWAITABLE:
    return 0;
  case OP_SEND:
    return jump ? -1 : 0;
  case OP_MAKE_FUNCTION:
    return -__builtin_popcount(arg);
  case OP_BUILD_CLASS:
    return -int(arg) - 1;
  case OP_IMPORT_NAME:
    return 1;
  case OP_IMPORT_FROM:
    return 1;
  case OP_IMPORT_STAR:
    return -1;
  case OP_GET_AITER:
    return 0;
  case OP_GET_ANEXT:
    return 1;
  case OP_END_ASYNC_FOR:
    return -2;
  case OP_SETUP_ANNOTATIONS:
  case OP_NOT_IMPLEMENTED:
    return 0;
  default:
    return 0;
  }
}

bool is_jump(int op) {
  switch (op) {
  case OP_JUMP:
  case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE:
  case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP:
  case OP_FOR_ITER:
  case OP_SETUP_FINALLY:
  case OP_SETUP_WITH:
  case OP_SEND:
    return true;
  default:
    return false;
  }
}

int compute_stacksize(CodeObj* c) {
  size_t n = c->code.size();
  std::vector<int> depth(n, -1);
  std::vector<size_t> work;
  auto push = [&](size_t i, int d) {
    if (i >= n)
      return;
    if (depth[i] >= d)
      return;
    depth[i] = d;
    work.push_back(i);
  };
  push(0, 0);
  int maxd = 0;
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    int d = depth[i];
    for (;;) {
      uint32_t w = c->code[i];
      int op = instr_op(w);
      uint32_t arg = instr_arg(w);
      if (op == OP_SETUP_FINALLY) {
        push(arg, d + 1);
      } else if (op == OP_SETUP_WITH) {
        push(arg, d); // level excludes the enter result, then the exception is pushed
      } else if (is_jump(op)) {
        int dj = d + stack_effect(op, arg, true);
        maxd = std::max(maxd, dj);
        push(arg, dj);
      }
      if (op == OP_RAISE_VARARGS || op == OP_RERAISE || op == OP_POP_EXCEPT_RERAISE ||
          op == OP_RETURN_VALUE)
        break;
      if (op == OP_JUMP)
        break;
      d += stack_effect(op, arg, false);
      maxd = std::max(maxd, d);
      ++i;
      if (i >= n)
        break;
      if (depth[i] >= d)
        break;
      depth[i] = d;
    }
  }
  return maxd + 2;
}

class Compiler {
public:
  Compiler(SymbolTable& st, const std::string& filename) : st_(st), filename_(filename) {
    filename_obj_ = intern(filename);
  }

  CodeObj* module(const ast::Module& m) {
    Scope* s = st_.top;
    enter(s, "<module>", "", 1);
    u_->code->flags |= CO_MODULE;
    const ast::StmtList& body = m.body;
    size_t start = 0;
    if (!body.empty() && is_docstring(*body[0])) {
      set_line(body[0]->loc.lineno);
      load_const(str_val(body[0]->as<ast::ExprStmt>().value->as<ast::Constant>().value.text));
      store_name("__doc__");
      start = 1;
    }
    for (size_t i = start; i < body.size(); ++i)
      stmt(*body[i]);
    load_const(None());
    emit(OP_RETURN_VALUE);
    return leave();
  }

private:
  SymbolTable& st_;
  std::string filename_;
  StrObj* filename_obj_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  int next_shadowed_ = -1; // the module binds the name `next` (-1: not computed yet)

  // ---- errors ----
  [[noreturn]] void error(const std::string& msg, const ast::Location& loc) {
    SyntaxError e;
    e.msg = msg;
    e.filename = filename_;
    e.lineno = loc.lineno;
    e.offset = loc.col_offset + 1;
    e.end_lineno = loc.end_lineno;
    e.end_offset = loc.end_col_offset + 1;
    set_error_text(e);
    throw e;
  }
  // SyntaxError.text: CPython reads the line back from the file, and shows none without it.
  void set_error_text(SyntaxError& e) {
    auto it = vm().sources.find(filename_);
    e.has_text = it != vm().sources.end() && e.lineno >= 1 && size_t(e.lineno) <= it->second.size();
    if (e.has_text)
      e.text = it->second[size_t(e.lineno - 1)];
  }
  [[noreturn]] void unsupported(const std::string& what, const ast::Location& loc) {
    SyntaxError e;
    e.type = "NotImplementedError";
    e.msg = what + " is not supported";
    e.filename = filename_;
    e.lineno = loc.lineno;
    e.offset = loc.col_offset + 1;
    set_error_text(e);
    throw e;
  }

  // ---- units ----
  void enter(Scope* s, const std::string& name, const std::string& qualname, int firstline) {
    auto u = std::make_unique<Unit>();
    u->scope = s;
    u->code = vm().heap.alloc<CodeObj>(T().code, Kind::Code);
    u->code->name = intern(name);
    u->code->qualname = intern(qualname.empty() ? name : qualname);
    u->code->filename = filename_obj_;
    u->code->firstline = firstline;
    u->line = firstline;
    u->qualprefix = qualname;
    // cells: cellvars then freevars
    int ci = 0;
    for (auto& c : s->cellvars) {
      u->code->cellvars.push_back(intern(c));
      u->cells[c] = ci++;
    }
    for (auto& f : s->freevars) {
      if (u->cells.count(f))
        continue;
      u->code->freevars.push_back(intern(f));
      u->cells[f] = ci++;
    }
    units_.push_back(std::move(u));
    u_ = units_.back().get();
  }

  CodeObj* leave() {
    Unit* u = u_;
    for (auto& fx : u->fixups) {
      int pos = u->labels[size_t(fx.second)];
      uint32_t w = u->code->code[fx.first];
      u->code->code[fx.first] = make_instr(instr_op(w), uint32_t(pos));
    }
    CodeObj* c = u->code;
    if (c->flags & CO_NEWLOCALS)
      mark_owned_locals(c);
    c->stacksize = compute_stacksize(c);
    c->maxblocks = u->maxblocks + 1;
    c->gcache.resize(c->names.size());
    units_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
    return c;
  }

  // Generator ownership, the compile-time half (vm.cpp has the run-time half): a fast local
  // owns the generator stored in it when every read of the local is one that cannot let the
  // generator escape: `for x in g`, `next(g)` / `next(g, <constant>)` (with the builtin next),
  // and the calls `g.send(...)`, `g.throw(...)`, `g.close()`, `g.__next__()`. Only locals
  // assigned from a call somewhere qualify, and none in a function that can see its locals as
  // a dict (locals(), vars(), eval, exec). Their stores become STORE_FAST_OWNED.
  bool next_shadowed() {
    if (next_shadowed_ < 0) {
      next_shadowed_ = 0;
      for (auto& sc : st_.scopes) {
        auto it = sc->flags.find("next");
        if (it == sc->flags.end())
          continue;
        unsigned defs =
            sc.get() == st_.top
                ? (Scope::DEF_LOCAL | Scope::DEF_PARAM | Scope::DEF_IMPORT | Scope::DEF_GLOBAL)
                : unsigned(Scope::DEF_GLOBAL);
        if (it->second & defs)
          next_shadowed_ = 1;
      }
    }
    return next_shadowed_ == 1;
  }

  void mark_owned_locals(CodeObj* c) {
    size_t nl = size_t(c->nlocals());
    if (nl == 0)
      return;
    std::vector<uint8_t> escapes(nl, 0), from_call(nl, 0);
    const std::vector<uint32_t>& code = c->code;
    auto op_at = [&](size_t i) { return i < code.size() ? instr_op(code[i]) : -1; };
    auto name_at = [&](size_t i) { return sv(c->names[instr_arg(code[i])]); };
    for (size_t i = 0; i < code.size(); ++i) {
      int op = instr_op(code[i]);
      uint32_t arg = instr_arg(code[i]);
      if (op == OP_LOAD_GLOBAL) {
        std::string_view n = name_at(i);
        if (n == "locals" || n == "vars" || n == "eval" || n == "exec")
          return;
      } else if (op == OP_STORE_FAST) {
        if (i > 0 && (op_at(i - 1) == OP_CALL || op_at(i - 1) == OP_CALL_METHOD))
          from_call[arg] = 1;
      } else if (op == OP_LOAD_FAST || op == OP_LOAD_FAST_CHECKED) {
        bool ok = false;
        int nx = op_at(i + 1);
        if (nx == OP_GET_ITER && op_at(i + 2) == OP_FOR_ITER) {
          ok = true; // for x in g
        } else if (nx == OP_LOAD_METHOD) {
          std::string_view m = name_at(i + 1);
          ok = m == "send" || m == "throw" || m == "close" || m == "__next__";
        } else if (i > 0 && op_at(i - 1) == OP_LOAD_GLOBAL && name_at(i - 1) == "next" &&
                   !next_shadowed()) {
          ok = (nx == OP_CALL && instr_arg(code[i + 1]) == 1) ||
               (nx == OP_LOAD_CONST && op_at(i + 2) == OP_CALL && instr_arg(code[i + 2]) == 2);
        }
        if (!ok)
          escapes[arg] = 1;
      }
    }
    for (size_t s = 0; s < nl; ++s)
      if (from_call[s] && !escapes[s])
        c->owned_slots.push_back(int32_t(s));
    if (c->owned_slots.empty())
      return;
    for (auto& w : c->code)
      if (instr_op(w) == OP_STORE_FAST && std::find(c->owned_slots.begin(), c->owned_slots.end(),
                                                    int32_t(instr_arg(w))) != c->owned_slots.end())
        w = make_instr(OP_STORE_FAST_OWNED, instr_arg(w));
  }

  // ---- emission ----
  int emit(int op, uint32_t arg = 0) {
    u_->code->code.push_back(make_instr(op, arg));
    u_->code->lines.push_back(u_->line);
    return int(u_->code->code.size()) - 1;
  }
  int new_label() {
    u_->labels.push_back(-1);
    return int(u_->labels.size()) - 1;
  }
  void bind(int label) { u_->labels[size_t(label)] = int(u_->code->code.size()); }
  void jump(int op, int label) {
    u_->fixups.push_back({u_->code->code.size(), label});
    emit(op, 0);
  }
  void set_line(int line) {
    if (line > 0)
      u_->line = line;
  }
  void setup(int op, int label) {
    jump(op, label);
    ++u_->blocks;
    u_->maxblocks = std::max(u_->maxblocks, u_->blocks);
  }
  void pop_block_count() { --u_->blocks; }

  int add_const(Value v) {
    auto& cs = u_->code->consts;
    for (size_t i = 0; i < cs.size(); ++i) {
      const Value& c = cs[i];
      if (c.tag != v.tag)
        continue;
      if (v.tag == Tag::Obj) {
        if (c.o == v.o)
          return int(i);
        if (c.o->kind == Kind::Str && v.o->kind == Kind::Str && sv(c) == sv(v))
          return int(i);
        continue;
      }
      if (v.tag == Tag::Float) {
        if (std::signbit(c.f) == std::signbit(v.f) && (c.f == v.f))
          return int(i);
        continue;
      }
      if (c.same(v))
        return int(i);
    }
    cs.push_back(v);
    return int(cs.size()) - 1;
  }
  void load_const(Value v) { emit(OP_LOAD_CONST, uint32_t(add_const(v))); }

  int name_index(const std::string& n) {
    auto it = u_->names.find(n);
    if (it != u_->names.end())
      return it->second;
    int i = int(u_->code->names.size());
    u_->code->names.push_back(intern(n));
    u_->names[n] = i;
    return i;
  }
  int var_index(const std::string& n) {
    auto it = u_->vars.find(n);
    if (it != u_->vars.end())
      return it->second;
    int i = int(u_->code->varnames.size());
    u_->code->varnames.push_back(intern(n));
    u_->vars[n] = i;
    return i;
  }

  bool function_like() const {
    ScopeKind k = u_->scope->kind;
    return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
  }

  enum class Ctx { Load, Store, Del };
  void name_op(const std::string& n, Ctx ctx) {
    Scope* s = u_->scope;
    NameScope sc = s->lookup(n);
    if (s->kind == ScopeKind::Module) {
      emit(ctx == Ctx::Load    ? OP_LOAD_GLOBAL
           : ctx == Ctx::Store ? OP_STORE_GLOBAL
                               : OP_DELETE_GLOBAL,
           uint32_t(name_index(n)));
      return;
    }
    if (s->kind == ScopeKind::Class) {
      switch (sc) {
      case NameScope::Local:
      case NameScope::GlobalImplicit:
        if (sc == NameScope::GlobalImplicit && ctx == Ctx::Load) {
          emit(OP_LOAD_NAME, uint32_t(name_index(n)));
          return;
        }
        emit(ctx == Ctx::Load    ? OP_LOAD_NAME
             : ctx == Ctx::Store ? OP_STORE_NAME
                                 : OP_DELETE_NAME,
             uint32_t(name_index(n)));
        return;
      case NameScope::GlobalExplicit:
        emit(ctx == Ctx::Load    ? OP_LOAD_GLOBAL
             : ctx == Ctx::Store ? OP_STORE_GLOBAL
                                 : OP_DELETE_GLOBAL,
             uint32_t(name_index(n)));
        return;
      case NameScope::Free:
      case NameScope::Cell: {
        if (ctx == Ctx::Load && u_->cells.count(n)) {
          emit(OP_LOAD_CLASSDEREF, uint32_t(u_->cells[n]));
          emit(OP_NOP, uint32_t(name_index(n)));
          return;
        }
        if (u_->cells.count(n)) {
          emit(ctx == Ctx::Store ? OP_STORE_DEREF : OP_DELETE_DEREF, uint32_t(u_->cells[n]));
          return;
        }
        emit(ctx == Ctx::Load    ? OP_LOAD_NAME
             : ctx == Ctx::Store ? OP_STORE_NAME
                                 : OP_DELETE_NAME,
             uint32_t(name_index(n)));
        return;
      }
      }
    }
    switch (sc) {
    case NameScope::Local:
      emit(ctx == Ctx::Load    ? OP_LOAD_FAST
           : ctx == Ctx::Store ? OP_STORE_FAST
                               : OP_DELETE_FAST,
           uint32_t(var_index(n)));
      return;
    case NameScope::Cell:
    case NameScope::Free:
      emit(ctx == Ctx::Load    ? OP_LOAD_DEREF
           : ctx == Ctx::Store ? OP_STORE_DEREF
                               : OP_DELETE_DEREF,
           uint32_t(u_->cells.at(n)));
      return;
    case NameScope::GlobalExplicit:
    case NameScope::GlobalImplicit:
      emit(ctx == Ctx::Load    ? OP_LOAD_GLOBAL
           : ctx == Ctx::Store ? OP_STORE_GLOBAL
                               : OP_DELETE_GLOBAL,
           uint32_t(name_index(n)));
      return;
    }
  }
  void load_name(const std::string& n) { name_op(n, Ctx::Load); }
  void store_name(const std::string& n) { name_op(n, Ctx::Store); }
  void delete_name(const std::string& n) { name_op(n, Ctx::Del); }

  static bool is_docstring(const ast::Stmt& s) {
    if (s.kind != ast::StmtKind::Expr)
      return false;
    const ast::Expr& e = *s.as<ast::ExprStmt>().value;
    return e.kind == ast::ExprKind::Constant &&
           e.as<ast::Constant>().value.kind == ast::ConstantValue::Kind::Str;
  }

  // ---- statements ----
  void stmts(const ast::StmtList& l) {
    for (auto& s : l)
      stmt(*s);
  }

  void stmt(const ast::Stmt& s) {
    poll_embedder();
    set_line(s.loc.lineno);
    using K = ast::StmtKind;
    switch (s.kind) {
    case K::FunctionDef:
      funcdef(s.as<ast::FunctionDef>(), s, false);
      break;
    case K::AsyncFunctionDef:
      funcdef(s.as<ast::AsyncFunctionDef>(), s, true);
      break;
    case K::ClassDef:
      classdef(s.as<ast::ClassDef>(), s);
      break;
    case K::Return: {
      auto& r = s.as<ast::Return>();
      if (!function_like())
        error("'return' outside function", s.loc);
      if (r.value) {
        if ((u_->code->flags & CO_ASYNC_GENERATOR))
          error("'return' with value in async generator", s.loc);
        expr(*r.value);
      } else {
        load_const(None());
      }
      unwind_all(true);
      set_line(s.loc.lineno);
      emit(OP_RETURN_VALUE);
      break;
    }
    case K::Delete:
      for (auto& t : s.as<ast::Delete>().targets)
        del_target(*t);
      break;
    case K::Assign: {
      auto& a = s.as<ast::Assign>();
      expr(*a.value);
      for (size_t i = 0; i < a.targets.size(); ++i) {
        if (i + 1 < a.targets.size())
          emit(OP_DUP_TOP);
        assign_target(*a.targets[i]);
      }
      break;
    }
    case K::AugAssign:
      augassign(s.as<ast::AugAssign>());
      break;
    case K::AnnAssign: {
      auto& a = s.as<ast::AnnAssign>();
      if (a.value) {
        expr(*a.value);
        assign_target(*a.target);
      } else if (a.target->kind != ast::ExprKind::Name) {
        // evaluate the target's object for its side effects as CPython does
        if (a.target->kind == ast::ExprKind::Attribute) {
          expr(*a.target->as<ast::Attribute>().value);
          emit(OP_POP_TOP);
        }
      }
      break;
    }
    case K::For:
      forstmt(s.as<ast::For>(), false);
      break;
    case K::AsyncFor:
      forstmt(s.as<ast::AsyncFor>(), true);
      break;
    case K::While:
      whilestmt(s.as<ast::While>());
      break;
    case K::If:
      ifstmt(s.as<ast::If>());
      break;
    case K::With:
      withstmt(s.as<ast::With>().items, 0, s.as<ast::With>().body, false, s);
      break;
    case K::AsyncWith:
      if (!(u_->code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)))
        error("'async with' outside async function", s.loc);
      withstmt(s.as<ast::AsyncWith>().items, 0, s.as<ast::AsyncWith>().body, true, s);
      break;
    case K::Raise: {
      auto& r = s.as<ast::Raise>();
      int n = 0;
      if (r.exc) {
        expr(*r.exc);
        ++n;
        if (r.cause) {
          expr(*r.cause);
          ++n;
        }
      }
      set_line(s.loc.lineno);
      emit(OP_RAISE_VARARGS, uint32_t(n));
      break;
    }
    case K::Try:
      trystmt(s.as<ast::Try>(), s);
      break;
    case K::Assert: {
      auto& a = s.as<ast::Assert>();
      int end = new_label();
      expr(*a.test);
      jump(OP_POP_JUMP_IF_TRUE, end);
      set_line(s.loc.lineno);
      emit(OP_LOAD_ASSERTION_ERROR);
      if (a.msg) {
        expr(*a.msg);
        emit(OP_CALL, 1);
      }
      set_line(s.loc.lineno);
      emit(OP_RAISE_VARARGS, 1);
      bind(end);
      break;
    }
    case K::Import:
      for (auto& al : s.as<ast::Import>().names) {
        emit(OP_IMPORT_NAME, uint32_t(name_index(al.name)));
        if (al.asname) {
          // import a.b as c: bind the submodule
          size_t pos = 0;
          while ((pos = al.name.find('.', pos)) != std::string::npos) {
            size_t next = al.name.find('.', pos + 1);
            emit(OP_IMPORT_FROM,
                 uint32_t(name_index(al.name.substr(
                     pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1))));
            emit(OP_ROT_TWO);
            emit(OP_POP_TOP);
            pos = pos + 1;
          }
          store_name(*al.asname);
        } else {
          store_name(al.name.substr(0, al.name.find('.')));
        }
      }
      break;
    case K::ImportFrom: {
      auto& im = s.as<ast::ImportFrom>();
      if (im.level > 0)
        unsupported("relative import", s.loc);
      std::string mod = im.module ? *im.module : "";
      emit(OP_IMPORT_NAME, uint32_t(name_index(mod)) | (1u << 23));
      for (auto& al : im.names) {
        if (al.name == "*") {
          if (function_like())
            error("import * only allowed at module level", s.loc);
          emit(OP_IMPORT_STAR);
          return;
        }
        emit(OP_IMPORT_FROM, uint32_t(name_index(al.name)));
        store_name(al.asname ? *al.asname : al.name);
      }
      emit(OP_POP_TOP);
      break;
    }
    case K::Global:
    case K::Nonlocal:
    case K::Pass:
      break;
    case K::Expr: {
      auto& e = *s.as<ast::ExprStmt>().value;
      if (e.kind == ast::ExprKind::Constant)
        break; // docstrings and bare constants
      expr(e);
      emit(OP_POP_TOP);
      break;
    }
    case K::Break: {
      FBlock* loop = unwind_to_loop(s.loc, true);
      if (loop->type == FB::ForLoop)
        emit(OP_POP_ITER);
      else if (loop->type == FB::AsyncForLoop)
        emit(OP_POP_TOP);
      jump(OP_JUMP, loop->exit);
      break;
    }
    case K::Continue: {
      FBlock* loop = unwind_to_loop(s.loc, false);
      jump(OP_JUMP, loop->start);
      break;
    }
    }
  }

  // Unwinds the blocks for return (preserve the value on top) until the function's top.
  void unwind_all(bool preserve) {
    for (int i = int(u_->fblocks.size()) - 1; i >= 0; --i)
      unwind_one(size_t(i), preserve);
  }

  FBlock* unwind_to_loop(const ast::Location& loc, bool is_break) {
    for (int i = int(u_->fblocks.size()) - 1; i >= 0; --i) {
      FBlock& fb = u_->fblocks[size_t(i)];
      if (fb.type == FB::WhileLoop || fb.type == FB::ForLoop || fb.type == FB::AsyncForLoop)
        return &u_->fblocks[size_t(i)];
      unwind_one(size_t(i), false);
    }
    error(is_break ? "'break' outside loop" : "'continue' not properly in loop", loc);
  }

  void unwind_one(size_t i, bool preserve) {
    FBlock fb = u_->fblocks[i];
    switch (fb.type) {
    case FB::WhileLoop:
      break;
    case FB::ForLoop:
    case FB::AsyncForLoop:
      if (preserve)
        emit(OP_SWAP, 2);
      emit(fb.type == FB::ForLoop ? OP_POP_ITER : OP_POP_TOP);
      break;
    case FB::TryExcept:
      emit(OP_POP_BLOCK);
      break;
    case FB::FinallyTry: {
      emit(OP_POP_BLOCK);
      std::vector<FBlock> saved = u_->fblocks;
      u_->fblocks.resize(i);
      int saved_blocks = u_->blocks;
      stmts(*fb.finalbody);
      u_->blocks = saved_blocks;
      u_->fblocks = saved;
      break;
    }
    case FB::FinallyEnd:
    case FB::HandlerCleanup:
      emit(OP_POP_BLOCK);
      if (fb.name) {
        load_const(None());
        store_name(*fb.name);
        delete_name(*fb.name);
      }
      if (preserve)
        emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      if (preserve)
        emit(OP_SWAP, 2);
      emit(OP_POP_EXCEPT);
      break;
    case FB::With:
      emit(OP_POP_BLOCK);
      if (preserve)
        emit(OP_SWAP, 2);
      emit(OP_WITH_EXIT);
      break;
    case FB::AsyncWith:
      emit(OP_POP_BLOCK);
      if (preserve)
        emit(OP_SWAP, 2);
      emit(OP_ASYNC_WITH_EXIT);
      emit_await_loop();
      emit(OP_POP_TOP);
      break;
    }
  }

  void emit_await_loop() {
    int start = new_label(), exit = new_label();
    load_const(None());
    bind(start);
    jump(OP_SEND, exit);
    emit(OP_YIELD_VALUE);
    jump(OP_JUMP, start);
    bind(exit);
  }

  void emit_await() {
    emit(OP_GET_AWAITABLE);
    emit_await_loop();
  }

  template <class F> void funcdef(const F& f, const ast::Stmt& s, bool is_async) {
    for (auto& d : f.decorator_list)
      expr(*d);
    int firstline = s.loc.lineno;
    if (!f.decorator_list.empty())
      firstline = f.decorator_list[0]->loc.lineno;
    set_line(s.loc.lineno);
    // co_firstlineno: the first decorator's line, as CPython's
    make_function(*f.args, &f.body, nullptr, f.name, st_.by_node.at(&s), is_async, firstline);
    for (size_t i = 0; i < f.decorator_list.size(); ++i)
      emit(OP_CALL, 1);
    store_name(f.name);
  }

  std::string child_qualname(const std::string& name) {
    Scope* s = u_->scope;
    if (s->kind == ScopeKind::Module)
      return name;
    if (s->kind == ScopeKind::Class)
      return u_->qualprefix + "." + name;
    return u_->qualprefix + ".<locals>." + name;
  }

  // Pushes the closure tuple for a child code object, returns whether there is one.
  bool closure_for(CodeObj* child) {
    size_t n = child->cellvars.size();
    (void)n;
    if (child->freevars.empty())
      return false;
    for (StrObj* fv : child->freevars) {
      std::string name(sv(fv));
      auto it = u_->cells.find(name);
      if (it == u_->cells.end()) {
        // a free variable of the class passed through (e.g. __class__) — should not happen
        SyntaxError e;
        e.msg = "internal error: no cell for free variable '" + name + "'";
        e.filename = filename_;
        e.lineno = u_->line;
        throw e;
      }
      emit(OP_LOAD_CLOSURE, uint32_t(it->second));
    }
    emit(OP_BUILD_TUPLE, uint32_t(child->freevars.size()));
    return true;
  }

  void make_function(const ast::Arguments& args, const ast::StmtList* body,
                     const ast::Expr* lambda_body, const std::string& name, Scope* scope,
                     bool is_async, int line) {
    uint32_t flags = 0;
    if (!args.defaults.empty()) {
      for (auto& d : args.defaults)
        expr(*d);
      emit(OP_BUILD_TUPLE, uint32_t(args.defaults.size()));
      flags |= MF_DEFAULTS;
    }
    bool any_kwd = false;
    for (auto& d : args.kw_defaults)
      if (d)
        any_kwd = true;
    if (any_kwd) {
      int n = 0;
      for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
        if (!args.kw_defaults[i])
          continue;
        load_const(V(intern(args.kwonlyargs[i].arg)));
        expr(*args.kw_defaults[i]);
        ++n;
      }
      emit(OP_BUILD_MAP, uint32_t(n));
      flags |= MF_KWDEFAULTS;
    }
    std::string qual = child_qualname(name);
    CodeObj* code = function_code(args, body, lambda_body, name, qual, scope, is_async, line);
    set_line(line);
    if (closure_for(code))
      flags |= MF_CLOSURE;
    load_const(V(code));
    emit(OP_MAKE_FUNCTION, flags);
  }

  CodeObj* function_code(const ast::Arguments& args, const ast::StmtList* body,
                         const ast::Expr* lambda_body, const std::string& name,
                         const std::string& qual, Scope* scope, bool is_async, int line) {
    enter(scope, name, qual, line);
    CodeObj* c = u_->code;
    for (auto& a : args.posonlyargs)
      var_index(a.arg);
    for (auto& a : args.args)
      var_index(a.arg);
    for (auto& a : args.kwonlyargs)
      var_index(a.arg);
    if (args.vararg) {
      // CPython orders: positional, kwonly, *args, **kwargs
    }
    c->argcount = int(args.posonlyargs.size() + args.args.size());
    c->posonlycount = int(args.posonlyargs.size());
    c->kwonlycount = int(args.kwonlyargs.size());
    if (args.vararg) {
      var_index(args.vararg->arg);
      c->flags |= CO_VARARGS;
    }
    if (args.kwarg) {
      var_index(args.kwarg->arg);
      c->flags |= CO_VARKEYWORDS;
    }
    // the remaining locals
    for (auto& n : scope->order) {
      NameScope sc = scope->lookup(n);
      if (sc == NameScope::Local)
        var_index(n);
    }
    // cells that are arguments
    for (StrObj* cv : c->cellvars) {
      auto it = u_->vars.find(std::string(sv(cv)));
      int nargs = c->argcount + c->kwonlycount + ((c->flags & CO_VARARGS) ? 1 : 0) +
                  ((c->flags & CO_VARKEYWORDS) ? 1 : 0);
      c->cell2arg.push_back(it != u_->vars.end() && it->second < nargs ? it->second : -1);
    }
    if (scope->is_generator && is_async)
      c->flags |= CO_ASYNC_GENERATOR;
    else if (scope->is_generator)
      c->flags |= CO_GENERATOR;
    else if (is_async)
      c->flags |= CO_COROUTINE;
    c->flags |= CO_NEWLOCALS;
    if (body) {
      size_t start = 0;
      if (!body->empty() && is_docstring(*(*body)[0])) {
        c->flags |= CO_HAS_DOC;
        c->consts.push_back(
            str_val((*body)[0]->as<ast::ExprStmt>().value->as<ast::Constant>().value.text));
        start = 1;
      } else {
        c->consts.push_back(None());
      }
      for (size_t i = start; i < body->size(); ++i)
        stmt(*(*body)[i]);
      load_const(None());
      emit(OP_RETURN_VALUE);
    } else {
      c->consts.push_back(None());
      expr(*lambda_body);
      if (scope->is_generator) {
        emit(OP_POP_TOP);
        load_const(None());
      }
      emit(OP_RETURN_VALUE);
    }
    return leave();
  }

  void classdef(const ast::ClassDef& c, const ast::Stmt& s) {
    for (auto& d : c.decorator_list)
      expr(*d);
    for (auto& k : c.keywords)
      if (!k.arg || *k.arg != "metaclass")
        unsupported("class keyword arguments", s.loc);
    if (!c.keywords.empty())
      unsupported("metaclass", s.loc);
    Scope* scope = st_.by_node.at(&s);
    std::string qual = child_qualname(c.name);
    // the class body
    enter(scope, c.name, qual, s.loc.lineno);
    u_->code->flags |= CO_CLASS_BODY;
    set_line(s.loc.lineno);
    emit(OP_LOAD_GLOBAL, uint32_t(name_index("__name__")));
    emit(OP_STORE_NAME, uint32_t(name_index("__module__")));
    load_const(V(intern(qual)));
    emit(OP_STORE_NAME, uint32_t(name_index("__qualname__")));
    size_t start = 0;
    if (!c.body.empty() && is_docstring(*c.body[0])) {
      load_const(str_val(c.body[0]->as<ast::ExprStmt>().value->as<ast::Constant>().value.text));
      emit(OP_STORE_NAME, uint32_t(name_index("__doc__")));
      start = 1;
    }
    for (size_t i = start; i < c.body.size(); ++i)
      stmt(*c.body[i]);
    if (scope->needs_class_cell) {
      emit(OP_LOAD_CLOSURE, uint32_t(u_->cells.at("__class__")));
    } else {
      load_const(None());
    }
    emit(OP_RETURN_VALUE);
    CodeObj* body = leave();
    set_line(s.loc.lineno);
    uint32_t flags = 0;
    if (closure_for(body))
      flags |= MF_CLOSURE;
    load_const(V(body));
    emit(OP_MAKE_FUNCTION, flags);
    load_const(V(intern(c.name)));
    for (auto& b : c.bases) {
      if (b->kind == ast::ExprKind::Starred)
        unsupported("starred base classes", s.loc);
      expr(*b);
    }
    set_line(s.loc.lineno);
    emit(OP_BUILD_CLASS, uint32_t(c.bases.size()));
    for (size_t i = 0; i < c.decorator_list.size(); ++i)
      emit(OP_CALL, 1);
    store_name(c.name);
  }

  void augassign(const ast::AugAssign& a) {
    int op = binop_of(a.op) + BIN_INPLACE;
    const ast::Expr& t = *a.target;
    switch (t.kind) {
    case ast::ExprKind::Name:
      load_name(t.as<ast::Name>().id);
      expr(*a.value);
      set_line(a.loc.lineno);
      emit(OP_BINARY_OP, uint32_t(op));
      store_name(t.as<ast::Name>().id);
      break;
    case ast::ExprKind::Attribute: {
      auto& at = t.as<ast::Attribute>();
      expr(*at.value);
      emit(OP_DUP_TOP);
      emit(OP_LOAD_ATTR, uint32_t(name_index(at.attr)));
      expr(*a.value);
      set_line(a.loc.lineno);
      emit(OP_BINARY_OP, uint32_t(op));
      emit(OP_ROT_TWO);
      emit(OP_STORE_ATTR, uint32_t(name_index(at.attr)));
      break;
    }
    case ast::ExprKind::Subscript: {
      auto& sb = t.as<ast::Subscript>();
      expr(*sb.value);
      subscript_key(*sb.slice);
      emit(OP_DUP_TOP_TWO);
      emit(OP_BINARY_SUBSCR);
      expr(*a.value);
      set_line(a.loc.lineno);
      emit(OP_BINARY_OP, uint32_t(op));
      emit(OP_ROT_THREE);
      emit(OP_STORE_SUBSCR);
      break;
    }
    default:
      error("'" + std::string("expression") + "' is an illegal expression for augmented assignment",
            a.loc);
    }
  }

  template <class F> void forstmt(const F& f, bool is_async) {
    int start = new_label(), cleanup = new_label(), end = new_label();
    expr(*f.iter);
    if (is_async) {
      if (!(u_->code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)))
        error("'async for' outside async function", f.loc);
      emit(OP_GET_AITER);
      bind(start);
      int except = new_label();
      setup(OP_SETUP_FINALLY, except);
      emit(OP_GET_ANEXT);
      emit_await_loop();
      emit(OP_POP_BLOCK);
      pop_block_count();
      assign_target(*f.target);
      u_->fblocks.push_back(FBlock{FB::AsyncForLoop, start, end, nullptr, {}});
      stmts(f.body);
      u_->fblocks.pop_back();
      jump(OP_JUMP, start);
      bind(except);
      emit(OP_END_ASYNC_FOR);
      stmts(f.orelse);
      bind(end);
      (void)cleanup;
      return;
    }
    // GET_ITER 1: the iterable is a temporary (a call or a generator expression), so a generator
    // made by that very call is owned by this loop (vm.cpp, "generator ownership").
    bool temp = f.iter->kind == ast::ExprKind::Call || f.iter->kind == ast::ExprKind::GeneratorExp;
    emit(OP_GET_ITER, temp ? 1 : 0);
    bind(start);
    set_line(f.loc.lineno);
    jump(OP_FOR_ITER, cleanup);
    assign_target(*f.target);
    u_->fblocks.push_back(FBlock{FB::ForLoop, start, end, nullptr, {}});
    stmts(f.body);
    u_->fblocks.pop_back();
    set_line(f.loc.lineno);
    jump(OP_JUMP, start);
    bind(cleanup);
    stmts(f.orelse);
    bind(end);
  }

  static bool is_const_true(const ast::Expr& e) {
    if (e.kind != ast::ExprKind::Constant)
      return false;
    auto& c = e.as<ast::Constant>().value;
    using CK = ast::ConstantValue::Kind;
    return (c.kind == CK::Bool && c.boolean) || (c.kind == CK::Int && c.integer != 0);
  }

  void whilestmt(const ast::While& w) {
    int start = new_label(), orelse = new_label(), end = new_label();
    bind(start);
    if (!is_const_true(*w.test)) {
      cond_jump(*w.test, false, orelse);
    }
    u_->fblocks.push_back(FBlock{FB::WhileLoop, start, end, nullptr, {}});
    stmts(w.body);
    u_->fblocks.pop_back();
    set_line(w.loc.lineno);
    jump(OP_JUMP, start);
    bind(orelse);
    stmts(w.orelse);
    bind(end);
  }

  void ifstmt(const ast::If& i) {
    int orelse = new_label(), end = new_label();
    cond_jump(*i.test, false, orelse);
    stmts(i.body);
    if (!i.orelse.empty()) {
      jump(OP_JUMP, end);
      bind(orelse);
      stmts(i.orelse);
      bind(end);
    } else {
      bind(orelse);
      bind(end);
    }
  }

  // Jumps to `label` when the truth of `e` equals `when`.
  void cond_jump(const ast::Expr& e, bool when, int label) {
    if (e.kind == ast::ExprKind::UnaryOp && e.as<ast::UnaryOp>().op == ast::UnaryOperator::Not) {
      cond_jump(*e.as<ast::UnaryOp>().operand, !when, label);
      return;
    }
    if (e.kind == ast::ExprKind::BoolOp) {
      auto& b = e.as<ast::BoolOp>();
      bool is_and = b.op == ast::BoolOperator::And;
      if (is_and != when) {
        // and/false or or/true: any operand deciding jumps directly
        for (auto& v : b.values)
          cond_jump(*v, when, label);
      } else {
        int skip = new_label();
        for (size_t i = 0; i + 1 < b.values.size(); ++i)
          cond_jump(*b.values[i], !when, skip);
        cond_jump(*b.values.back(), when, label);
        bind(skip);
      }
      return;
    }
    expr(e);
    jump(when ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
  }

  void withstmt(const std::vector<ast::WithItem>& items, size_t idx, const ast::StmtList& body,
                bool is_async, const ast::Stmt& s) {
    const ast::WithItem& item = items[idx];
    int handler = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
    set_line(s.loc.lineno);
    expr(*item.context_expr);
    set_line(s.loc.lineno);
    if (is_async) {
      emit(OP_BEFORE_ASYNC_WITH);
      emit_await();
    } else {
      emit(OP_BEFORE_WITH);
    }
    setup(OP_SETUP_WITH, handler);
    if (item.optional_vars)
      assign_target(*item.optional_vars);
    else
      emit(OP_POP_TOP);
    u_->fblocks.push_back(FBlock{is_async ? FB::AsyncWith : FB::With, -1, -1, nullptr, {}});
    if (idx + 1 < items.size())
      withstmt(items, idx + 1, body, is_async, s);
    else
      stmts(body);
    u_->fblocks.pop_back();
    set_line(s.loc.lineno);
    emit(OP_POP_BLOCK);
    pop_block_count();
    if (is_async) {
      emit(OP_ASYNC_WITH_EXIT);
      emit_await_loop();
      emit(OP_POP_TOP);
    } else {
      emit(OP_WITH_EXIT);
    }
    jump(OP_JUMP, end);
    // exceptional exit: [exit, exc]
    bind(handler);
    emit(OP_PUSH_EXC_INFO);
    setup(OP_SETUP_FINALLY, cleanup);
    if (is_async) {
      emit(OP_ASYNC_WITH_EXCEPT_START);
      emit_await_loop();
    } else {
      emit(OP_WITH_EXCEPT_START);
    }
    jump(OP_POP_JUMP_IF_TRUE, suppress);
    emit(OP_RERAISE);
    bind(suppress);
    emit(OP_POP_BLOCK);
    pop_block_count();
    emit(OP_POP_TOP);
    emit(OP_POP_EXCEPT);
    emit(OP_POP_TOP);
    jump(OP_JUMP, end);
    bind(cleanup);
    emit(OP_POP_EXCEPT_RERAISE);
    bind(end);
  }

  void trystmt(const ast::Try& t, const ast::Stmt& s) {
    if (!t.finalbody.empty()) {
      int handler = new_label(), cleanup = new_label(), end = new_label();
      setup(OP_SETUP_FINALLY, handler);
      u_->fblocks.push_back(FBlock{FB::FinallyTry, -1, -1, &t.finalbody, {}});
      if (!t.handlers.empty())
        try_except(t, s);
      else
        stmts(t.body);
      u_->fblocks.pop_back();
      emit(OP_POP_BLOCK);
      pop_block_count();
      stmts(t.finalbody);
      jump(OP_JUMP, end);
      // exceptional path
      bind(handler);
      set_line(t.finalbody.empty() ? s.loc.lineno : t.finalbody[0]->loc.lineno);
      emit(OP_PUSH_EXC_INFO);
      setup(OP_SETUP_FINALLY, cleanup);
      u_->fblocks.push_back(FBlock{FB::FinallyEnd, -1, -1, nullptr, {}});
      stmts(t.finalbody);
      u_->fblocks.pop_back();
      emit(OP_RERAISE);
      pop_block_count();
      bind(cleanup);
      emit(OP_POP_EXCEPT_RERAISE);
      bind(end);
      return;
    }
    try_except(t, s);
  }

  void try_except(const ast::Try& t, const ast::Stmt& s) {
    int handlers = new_label(), cleanup = new_label(), orelse = new_label(), end = new_label();
    setup(OP_SETUP_FINALLY, handlers);
    u_->fblocks.push_back(FBlock{FB::TryExcept, -1, -1, nullptr, {}});
    stmts(t.body);
    u_->fblocks.pop_back();
    emit(OP_POP_BLOCK);
    pop_block_count();
    jump(OP_JUMP, orelse);
    bind(handlers);
    set_line(t.handlers.empty() ? s.loc.lineno : t.handlers[0].loc.lineno);
    emit(OP_PUSH_EXC_INFO);
    setup(OP_SETUP_FINALLY, cleanup);
    for (size_t i = 0; i < t.handlers.size(); ++i) {
      const ast::ExceptHandler& h = t.handlers[i];
      set_line(h.loc.lineno);
      int next = new_label();
      if (!h.type && i + 1 < t.handlers.size())
        error("default 'except:' must be last", h.loc);
      if (h.type) {
        expr(*h.type);
        emit(OP_CHECK_EXC_MATCH);
        jump(OP_POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        emit(OP_DUP_TOP);
        store_name(*h.name);
      }
      u_->fblocks.push_back(FBlock{FB::HandlerCleanup, -1, -1, nullptr, h.name});
      stmts(h.body);
      u_->fblocks.pop_back();
      emit(OP_POP_BLOCK);
      if (h.name) {
        load_const(None());
        store_name(*h.name);
        delete_name(*h.name);
      }
      emit(OP_POP_TOP);
      emit(OP_POP_EXCEPT);
      jump(OP_JUMP, end);
      bind(next);
    }
    emit(OP_RERAISE);
    pop_block_count();
    bind(cleanup);
    emit(OP_POP_EXCEPT_RERAISE);
    bind(orelse);
    stmts(t.orelse);
    bind(end);
  }

  // ---- targets ----
  void assign_target(const ast::Expr& t) {
    using K = ast::ExprKind;
    switch (t.kind) {
    case K::Name:
      store_name(t.as<ast::Name>().id);
      break;
    case K::Attribute: {
      auto& a = t.as<ast::Attribute>();
      expr(*a.value);
      set_line(t.loc.lineno);
      emit(OP_STORE_ATTR, uint32_t(name_index(a.attr)));
      break;
    }
    case K::Subscript: {
      auto& s = t.as<ast::Subscript>();
      expr(*s.value);
      subscript_key(*s.slice);
      set_line(t.loc.lineno);
      emit(OP_STORE_SUBSCR);
      break;
    }
    case K::Tuple:
    case K::List: {
      const ast::ExprList& elts =
          t.kind == K::Tuple ? t.as<ast::Tuple>().elts : t.as<ast::List>().elts;
      int star = -1;
      for (size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == K::Starred) {
          if (star >= 0)
            error("multiple starred expressions in assignment", t.loc);
          star = int(i);
        }
      set_line(t.loc.lineno);
      if (star >= 0) {
        uint32_t before = uint32_t(star), after = uint32_t(elts.size() - size_t(star) - 1);
        emit(OP_UNPACK_EX, before | (after << 8));
      } else {
        emit(OP_UNPACK_SEQUENCE, uint32_t(elts.size()));
      }
      for (auto& e : elts) {
        if (e->kind == K::Starred)
          assign_target(*e->as<ast::Starred>().value);
        else
          assign_target(*e);
      }
      break;
    }
    case K::Starred:
      error("starred assignment target must be in a list or tuple", t.loc);
    default:
      error("cannot assign to expression", t.loc);
    }
  }

  void del_target(const ast::Expr& t) {
    using K = ast::ExprKind;
    set_line(t.loc.lineno);
    switch (t.kind) {
    case K::Name:
      delete_name(t.as<ast::Name>().id);
      break;
    case K::Attribute:
      expr(*t.as<ast::Attribute>().value);
      set_line(t.loc.lineno);
      emit(OP_DELETE_ATTR, uint32_t(name_index(t.as<ast::Attribute>().attr)));
      break;
    case K::Subscript:
      expr(*t.as<ast::Subscript>().value);
      subscript_key(*t.as<ast::Subscript>().slice);
      set_line(t.loc.lineno);
      emit(OP_DELETE_SUBSCR);
      break;
    case K::Tuple:
      for (auto& e : t.as<ast::Tuple>().elts)
        del_target(*e);
      break;
    case K::List:
      for (auto& e : t.as<ast::List>().elts)
        del_target(*e);
      break;
    default:
      error("cannot delete expression", t.loc);
    }
  }

  void subscript_key(const ast::Expr& k) {
    if (k.kind == ast::ExprKind::Slice) {
      auto& s = k.as<ast::Slice>();
      if (s.lower)
        expr(*s.lower);
      else
        load_const(None());
      if (s.upper)
        expr(*s.upper);
      else
        load_const(None());
      if (s.step) {
        expr(*s.step);
        emit(OP_BUILD_SLICE, 3);
      } else {
        emit(OP_BUILD_SLICE, 2);
      }
      return;
    }
    expr(k);
  }

  static int binop_of(ast::Operator op) {
    switch (op) {
    case ast::Operator::Add:
      return BIN_ADD;
    case ast::Operator::Sub:
      return BIN_SUB;
    case ast::Operator::Mult:
      return BIN_MUL;
    case ast::Operator::MatMult:
      return BIN_MATMUL;
    case ast::Operator::Div:
      return BIN_TRUEDIV;
    case ast::Operator::Mod:
      return BIN_MOD;
    case ast::Operator::Pow:
      return BIN_POW;
    case ast::Operator::LShift:
      return BIN_LSHIFT;
    case ast::Operator::RShift:
      return BIN_RSHIFT;
    case ast::Operator::BitOr:
      return BIN_OR;
    case ast::Operator::BitXor:
      return BIN_XOR;
    case ast::Operator::BitAnd:
      return BIN_AND;
    case ast::Operator::FloorDiv:
      return BIN_FLOORDIV;
    }
    return BIN_ADD;
  }

  void compare_op(ast::CmpOperator op) {
    switch (op) {
    case ast::CmpOperator::Eq:
      emit(OP_COMPARE_OP, CMP_EQ);
      break;
    case ast::CmpOperator::NotEq:
      emit(OP_COMPARE_OP, CMP_NE);
      break;
    case ast::CmpOperator::Lt:
      emit(OP_COMPARE_OP, CMP_LT);
      break;
    case ast::CmpOperator::LtE:
      emit(OP_COMPARE_OP, CMP_LE);
      break;
    case ast::CmpOperator::Gt:
      emit(OP_COMPARE_OP, CMP_GT);
      break;
    case ast::CmpOperator::GtE:
      emit(OP_COMPARE_OP, CMP_GE);
      break;
    case ast::CmpOperator::Is:
      emit(OP_IS_OP, 0);
      break;
    case ast::CmpOperator::IsNot:
      emit(OP_IS_OP, 1);
      break;
    case ast::CmpOperator::In:
      emit(OP_CONTAINS_OP, 0);
      break;
    case ast::CmpOperator::NotIn:
      emit(OP_CONTAINS_OP, 1);
      break;
    }
  }

  Value constant(const ast::ConstantValue& c) {
    using CK = ast::ConstantValue::Kind;
    switch (c.kind) {
    case CK::None:
      return None();
    case CK::Bool:
      return Bool(c.boolean);
    case CK::Int:
      return Int(c.integer);
    case CK::BigInt:
      return big_from_string(c.text, 10, false);
    case CK::Float:
      return Float(c.real);
    case CK::Str:
      return V(c.text.size() < 64 ? intern(c.text) : new_str(c.text));
    case CK::Bytes:
      return V(new_bytes(c.text));
    case CK::Ellipsis:
      return Ellipsis();
    }
    return None();
  }

  // ---- expressions ----
  void expr(const ast::Expr& e) {
    int saved_line = u_->line;
    set_line(e.loc.lineno);
    expr_inner(e);
    u_->line = saved_line;
  }

  void build_seq(const ast::ExprList& elts, int kind /*0 tuple 1 list 2 set*/) {
    bool starred = false;
    for (auto& x : elts)
      if (x->kind == ast::ExprKind::Starred)
        starred = true;
    if (!starred) {
      if (kind == 0) {
        // constant tuple folding
        bool all_const = !elts.empty();
        for (auto& x : elts)
          if (x->kind != ast::ExprKind::Constant)
            all_const = false;
        if (all_const) {
          std::vector<Value> vals;
          for (auto& x : elts)
            vals.push_back(constant(x->as<ast::Constant>().value));
          load_const(V(new_tuple(std::move(vals))));
          return;
        }
      }
      for (auto& x : elts)
        expr(*x);
      emit(kind == 0   ? OP_BUILD_TUPLE
           : kind == 1 ? OP_BUILD_LIST
                       : OP_BUILD_SET,
           uint32_t(elts.size()));
      return;
    }
    emit(kind == 2 ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    for (auto& x : elts) {
      if (x->kind == ast::ExprKind::Starred) {
        expr(*x->as<ast::Starred>().value);
        emit(kind == 2 ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
      } else {
        expr(*x);
        emit(kind == 2 ? OP_SET_ADD : OP_LIST_APPEND, 1);
      }
    }
    if (kind == 0)
      emit(OP_LIST_TO_TUPLE);
  }

  void expr_inner(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::BoolOp: {
      auto& b = e.as<ast::BoolOp>();
      int end = new_label();
      for (size_t i = 0; i < b.values.size(); ++i) {
        expr(*b.values[i]);
        if (i + 1 < b.values.size())
          jump(b.op == ast::BoolOperator::And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP,
               end);
      }
      bind(end);
      break;
    }
    case K::NamedExpr: {
      auto& n = e.as<ast::NamedExpr>();
      expr(*n.value);
      emit(OP_DUP_TOP);
      store_name(n.target->as<ast::Name>().id);
      break;
    }
    case K::BinOp: {
      auto& b = e.as<ast::BinOp>();
      expr(*b.left);
      expr(*b.right);
      set_line(e.loc.lineno);
      emit(OP_BINARY_OP, uint32_t(binop_of(b.op)));
      break;
    }
    case K::UnaryOp: {
      auto& u = e.as<ast::UnaryOp>();
      // fold negative numeric constants
      if (u.op == ast::UnaryOperator::USub && u.operand->kind == K::Constant) {
        auto& c = u.operand->as<ast::Constant>().value;
        if (c.kind == ast::ConstantValue::Kind::Int && c.integer != INT64_MIN) {
          load_const(Int(-c.integer));
          break;
        }
        if (c.kind == ast::ConstantValue::Kind::Float) {
          load_const(Float(-c.real));
          break;
        }
      }
      expr(*u.operand);
      set_line(e.loc.lineno);
      switch (u.op) {
      case ast::UnaryOperator::Invert:
        emit(OP_UNARY_INVERT);
        break;
      case ast::UnaryOperator::Not:
        emit(OP_UNARY_NOT);
        break;
      case ast::UnaryOperator::UAdd:
        emit(OP_UNARY_POS);
        break;
      case ast::UnaryOperator::USub:
        emit(OP_UNARY_NEG);
        break;
      }
      break;
    }
    case K::Lambda: {
      auto& l = e.as<ast::Lambda>();
      make_function(*l.args, nullptr, l.body.get(), "<lambda>", st_.by_node.at(&e), false,
                    e.loc.lineno);
      break;
    }
    case K::IfExp: {
      auto& i = e.as<ast::IfExp>();
      int orelse = new_label(), end = new_label();
      cond_jump(*i.test, false, orelse);
      expr(*i.body);
      jump(OP_JUMP, end);
      bind(orelse);
      expr(*i.orelse);
      bind(end);
      break;
    }
    case K::Dict: {
      auto& d = e.as<ast::Dict>();
      bool unpack = false;
      for (auto& k : d.keys)
        if (!k)
          unpack = true;
      if (!unpack && d.keys.size() < 256) {
        for (size_t i = 0; i < d.keys.size(); ++i) {
          expr(*d.keys[i]);
          expr(*d.values[i]);
        }
        emit(OP_BUILD_MAP, uint32_t(d.keys.size()));
        break;
      }
      emit(OP_BUILD_MAP, 0);
      for (size_t i = 0; i < d.keys.size(); ++i) {
        if (d.keys[i]) {
          expr(*d.keys[i]);
          expr(*d.values[i]);
          emit(OP_MAP_ADD, 1);
        } else {
          expr(*d.values[i]);
          emit(OP_DICT_UPDATE, 1);
        }
      }
      break;
    }
    case K::Set:
      build_seq(e.as<ast::Set>().elts, 2);
      break;
    case K::ListComp: {
      auto& c = e.as<ast::ListComp>();
      comprehension(e, c.generators, 1, c.elt.get(), nullptr);
      break;
    }
    case K::SetComp: {
      auto& c = e.as<ast::SetComp>();
      comprehension(e, c.generators, 2, c.elt.get(), nullptr);
      break;
    }
    case K::DictComp: {
      auto& c = e.as<ast::DictComp>();
      comprehension(e, c.generators, 3, c.key.get(), c.value.get());
      break;
    }
    case K::GeneratorExp: {
      auto& c = e.as<ast::GeneratorExp>();
      comprehension(e, c.generators, 0, c.elt.get(), nullptr);
      break;
    }
    case K::Await: {
      // In a comprehension the comprehension itself is judged (see comprehension()).
      if (u_->scope->kind == ScopeKind::Module || u_->scope->kind == ScopeKind::Class)
        error("'await' outside function", e.loc);
      if (!(u_->code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) &&
          u_->scope->kind != ScopeKind::Comprehension)
        error("'await' outside async function", e.loc);
      expr(*e.as<ast::Await>().value);
      set_line(e.loc.lineno);
      emit_await();
      break;
    }
    case K::Yield: {
      auto& y = e.as<ast::Yield>();
      if (y.value)
        expr(*y.value);
      else
        load_const(None());
      set_line(e.loc.lineno);
      emit(OP_YIELD_VALUE);
      break;
    }
    case K::YieldFrom: {
      expr(*e.as<ast::YieldFrom>().value);
      set_line(e.loc.lineno);
      emit(OP_GET_YIELD_FROM_ITER);
      emit_await_loop();
      break;
    }
    case K::Compare: {
      auto& c = e.as<ast::Compare>();
      expr(*c.left);
      if (c.ops.size() == 1) {
        expr(*c.comparators[0]);
        set_line(e.loc.lineno);
        compare_op(c.ops[0]);
        break;
      }
      int cleanup = new_label(), end = new_label();
      for (size_t i = 0; i < c.ops.size(); ++i) {
        expr(*c.comparators[i]);
        set_line(e.loc.lineno);
        if (i + 1 < c.ops.size()) {
          emit(OP_DUP_TOP);
          emit(OP_ROT_THREE);
          compare_op(c.ops[i]);
          jump(OP_JUMP_IF_FALSE_OR_POP, cleanup);
        } else {
          compare_op(c.ops[i]);
        }
      }
      jump(OP_JUMP, end);
      bind(cleanup);
      emit(OP_ROT_TWO);
      emit(OP_POP_TOP);
      bind(end);
      break;
    }
    case K::Call:
      call(e.as<ast::Call>(), e);
      break;
    case K::FormattedValue:
      formatted(e.as<ast::FormattedValue>());
      break;
    case K::JoinedStr: {
      auto& j = e.as<ast::JoinedStr>();
      if (j.values.empty()) {
        load_const(V(intern("")));
        break;
      }
      for (auto& v : j.values)
        expr(*v);
      if (j.values.size() > 1 || j.values[0]->kind == K::Constant) {
        if (j.values.size() > 1)
          emit(OP_BUILD_STRING, uint32_t(j.values.size()));
      }
      break;
    }
    case K::Constant:
      load_const(constant(e.as<ast::Constant>().value));
      break;
    case K::Attribute: {
      auto& a = e.as<ast::Attribute>();
      expr(*a.value);
      set_line(e.loc.end_lineno > 0 ? e.loc.end_lineno : e.loc.lineno);
      set_line(e.loc.lineno);
      emit(OP_LOAD_ATTR, uint32_t(name_index(a.attr)));
      break;
    }
    case K::Subscript: {
      auto& s = e.as<ast::Subscript>();
      expr(*s.value);
      subscript_key(*s.slice);
      set_line(e.loc.lineno);
      emit(OP_BINARY_SUBSCR);
      break;
    }
    case K::Starred:
      error("can't use starred expression here", e.loc);
    case K::Name:
      load_name(e.as<ast::Name>().id);
      break;
    case K::List:
      build_seq(e.as<ast::List>().elts, 1);
      break;
    case K::Tuple:
      build_seq(e.as<ast::Tuple>().elts, 0);
      break;
    case K::Slice:
      subscript_key(e);
      break;
    }
  }

  void formatted(const ast::FormattedValue& f) {
    expr(*f.value);
    uint32_t flags = 0;
    if (f.conversion == 's')
      flags = 1;
    else if (f.conversion == 'r')
      flags = 2;
    else if (f.conversion == 'a')
      flags = 3;
    if (f.format_spec) {
      expr(*f.format_spec);
      flags |= FV_SPEC;
    }
    emit(OP_FORMAT_VALUE, flags);
  }

  void call(const ast::Call& c, const ast::Expr& e) {
    bool star = false;
    for (auto& a : c.args)
      if (a->kind == ast::ExprKind::Starred)
        star = true;
    for (auto& k : c.keywords)
      if (!k.arg)
        star = true;
    // zero-argument super()
    if (c.func->kind == ast::ExprKind::Name && c.func->as<ast::Name>().id == "super" &&
        c.args.empty() && c.keywords.empty() && u_->cells.count("__class__") && function_like() &&
        u_->code->varnames.size() > 0 && u_->scope->lookup("super") == NameScope::GlobalImplicit) {
      load_name("super");
      emit(OP_LOAD_DEREF, uint32_t(u_->cells.at("__class__")));
      // the first argument (it may live in a cell)
      std::string first(sv(u_->code->varnames[0]));
      if (u_->code->argcount == 0 && !(u_->code->flags & CO_VARARGS)) {
        load_name("super");
        emit(OP_CALL, 0);
        return;
      }
      load_name(first);
      set_line(e.loc.lineno);
      emit(OP_CALL, 2);
      return;
    }
    if (!star) {
      bool method = c.func->kind == ast::ExprKind::Attribute;
      if (method) {
        auto& a = c.func->as<ast::Attribute>();
        expr(*a.value);
        set_line(c.func->loc.lineno);
        emit(OP_LOAD_METHOD, uint32_t(name_index(a.attr)));
      } else {
        expr(*c.func);
      }
      for (auto& a : c.args)
        expr(*a);
      std::vector<Value> kwn;
      for (auto& k : c.keywords) {
        expr(*k.value);
        kwn.push_back(V(intern(*k.arg)));
      }
      set_line(e.loc.lineno);
      if (!kwn.empty())
        emit(OP_KW_NAMES, uint32_t(add_const(V(new_tuple(std::move(kwn))))));
      uint32_t n = uint32_t(c.args.size() + c.keywords.size());
      emit(method ? OP_CALL_METHOD : OP_CALL, n);
      return;
    }
    expr(*c.func);
    emit(OP_BUILD_LIST, 0);
    for (auto& a : c.args) {
      if (a->kind == ast::ExprKind::Starred) {
        expr(*a->as<ast::Starred>().value);
        emit(OP_LIST_EXTEND, 1);
      } else {
        expr(*a);
        emit(OP_LIST_APPEND, 1);
      }
    }
    emit(OP_LIST_TO_TUPLE);
    uint32_t flags = 0;
    if (!c.keywords.empty()) {
      emit(OP_BUILD_MAP, 0);
      for (auto& k : c.keywords) {
        if (k.arg) {
          load_const(V(intern(*k.arg)));
          expr(*k.value);
          emit(OP_MAP_ADD, 1);
        } else {
          expr(*k.value);
          emit(OP_DICT_MERGE, 1);
        }
      }
      flags |= CE_KWARGS;
    }
    set_line(e.loc.lineno);
    emit(OP_CALL_EX, flags);
  }

  // kind: 0 generator, 1 list, 2 set, 3 dict. A comprehension with 'await' or 'async for' is
  // asynchronous, as in CPython 3.11: a generator expression becomes an async generator; a list,
  // set or dict comprehension becomes a coroutine, which the enclosing code awaits at once (so
  // it must itself be an async function or a comprehension).
  void comprehension(const ast::Expr& e, const std::vector<ast::Comprehension>& gens, int kind,
                     const ast::Expr* elt, const ast::Expr* value) {
    Scope* scope = st_.by_node.at(&e);
    bool is_async = scope->is_coroutine;
    if (is_async && kind != 0 && !(u_->code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) &&
        u_->scope->kind != ScopeKind::Comprehension)
      error("asynchronous comprehension outside of an asynchronous function", e.loc);
    static const char* names[] = {"<genexpr>", "<listcomp>", "<setcomp>", "<dictcomp>"};
    std::string name = names[kind];
    std::string qual = child_qualname(name);
    enter(scope, name, qual, e.loc.lineno);
    CodeObj* c = u_->code;
    c->argcount = 1;
    var_index(".0");
    for (auto& n : scope->order)
      if (scope->lookup(n) == NameScope::Local)
        var_index(n);
    for (StrObj* cv : c->cellvars) {
      auto it = u_->vars.find(std::string(sv(cv)));
      c->cell2arg.push_back(it != u_->vars.end() && it->second < 1 ? it->second : -1);
    }
    if (kind == 0)
      c->flags |= (is_async ? CO_ASYNC_GENERATOR : CO_GENERATOR);
    else if (is_async)
      c->flags |= CO_COROUTINE;
    c->flags |= CO_NEWLOCALS;
    c->consts.push_back(None());
    if (kind == 1)
      emit(OP_BUILD_LIST, 0);
    if (kind == 2)
      emit(OP_BUILD_SET, 0);
    if (kind == 3)
      emit(OP_BUILD_MAP, 0);
    comp_generator(gens, 0, kind, elt, value);
    if (kind == 0)
      load_const(None());
    emit(OP_RETURN_VALUE);
    CodeObj* code = leave();
    // A generator expression owns the iterator it is given (`.0`, read only by its first loop):
    // a generator made by a call for it is closed when the generator expression is.
    bool owns_iter = kind == 0 && !is_async;
    if (owns_iter)
      code->owned_slots.push_back(0);
    set_line(e.loc.lineno);
    uint32_t flags = 0;
    if (closure_for(code))
      flags |= MF_CLOSURE;
    load_const(V(code));
    emit(OP_MAKE_FUNCTION, flags);
    expr(*gens[0].iter);
    set_line(e.loc.lineno);
    if (gens[0].is_async)
      emit(OP_GET_AITER);
    else
      emit(OP_GET_ITER, owns_iter && gens[0].iter->kind == ast::ExprKind::Call ? 2 : 0);
    emit(OP_CALL, 1);
    if (is_async && kind != 0)
      emit_await();
  }

  void comp_generator(const std::vector<ast::Comprehension>& gens, size_t i, int kind,
                      const ast::Expr* elt, const ast::Expr* value) {
    const ast::Comprehension& g = gens[i];
    int start = new_label(), cleanup = new_label(), end = new_label();
    if (i == 0) {
      emit(OP_LOAD_FAST, 0);
    } else {
      expr(*g.iter);
      emit(g.is_async ? OP_GET_AITER : OP_GET_ITER);
    }
    bind(start);
    if (g.is_async) {
      int except = new_label();
      setup(OP_SETUP_FINALLY, except);
      emit(OP_GET_ANEXT);
      emit_await_loop();
      emit(OP_POP_BLOCK);
      pop_block_count();
      assign_target(*g.target);
      for (auto& cond : g.ifs)
        cond_jump(*cond, false, start);
      comp_body(gens, i, kind, elt, value);
      jump(OP_JUMP, start);
      bind(except);
      emit(OP_END_ASYNC_FOR);
      (void)cleanup;
      bind(end);
      return;
    }
    jump(OP_FOR_ITER, cleanup);
    assign_target(*g.target);
    for (auto& cond : g.ifs)
      cond_jump(*cond, false, start);
    comp_body(gens, i, kind, elt, value);
    jump(OP_JUMP, start);
    bind(cleanup);
    bind(end);
  }

  void comp_body(const std::vector<ast::Comprehension>& gens, size_t i, int kind,
                 const ast::Expr* elt, const ast::Expr* value) {
    if (i + 1 < gens.size()) {
      comp_generator(gens, i + 1, kind, elt, value);
      return;
    }
    uint32_t depth = uint32_t(gens.size()) + 1;
    switch (kind) {
    case 0:
      expr(*elt);
      emit(OP_YIELD_VALUE);
      emit(OP_POP_TOP);
      break;
    case 1:
      expr(*elt);
      emit(OP_LIST_APPEND, depth);
      break;
    case 2:
      expr(*elt);
      emit(OP_SET_ADD, depth);
      break;
    case 3:
      expr(*elt);
      expr(*value);
      emit(OP_MAP_ADD, depth);
      break;
    }
  }
};

} // namespace

CodeObj* compile_module(const ast::Module& module, const std::string& filename) {
  NativeCallScope no_gc;
  auto st = build_symtable(module, filename);
  Compiler c(*st, filename);
  return c.module(module);
}

} // namespace tulip::lang
