// The symbol table pass (as CPython's symtable.c, reduced to what the compiler needs).
#include "lang/symtable.hpp"

#include <algorithm>
#include <set>

#include "lang/syntax_error.hpp"

namespace tulip::lang {

namespace {

struct Builder {
  SymbolTable& st;
  std::string filename;
  Scope* cur = nullptr;

  Scope* push(ScopeKind k, const std::string& name, const void* node, int line) {
    auto s = std::make_unique<Scope>();
    s->kind = k;
    s->name = name;
    s->parent = cur;
    s->lineno = line;
    Scope* p = s.get();
    if (cur)
      cur->children.push_back(p);
    st.by_node[node] = p;
    st.scopes.push_back(std::move(s));
    cur = p;
    return p;
  }
  void pop() { cur = cur->parent; }

  [[noreturn]] void error(const std::string& msg, int line, int col = 0) {
    SyntaxError e;
    e.msg = msg;
    e.filename = filename;
    e.lineno = line;
    e.offset = col + 1;
    throw e;
  }

  void def(const std::string& n, int line) {
    auto it = cur->flags.find(n);
    (void)line;
    cur->add(n, Scope::DEF_LOCAL);
    (void)it;
  }
  void use(const std::string& n) { cur->add(n, Scope::USE); }

  void args(const ast::Arguments& a) {
    for (auto& x : a.posonlyargs)
      param(x.arg);
    for (auto& x : a.args)
      param(x.arg);
    if (a.vararg) {
      param(a.vararg->arg);
      cur->has_varargs = true;
    }
    for (auto& x : a.kwonlyargs)
      param(x.arg);
    if (a.kwarg) {
      param(a.kwarg->arg);
      cur->has_varkw = true;
    }
  }
  void param(const std::string& n) {
    cur->add(n, Scope::DEF_PARAM);
    cur->params.push_back(n);
  }
  void arg_defaults(const ast::Arguments& a) {
    for (auto& d : a.defaults)
      expr(*d);
    for (auto& d : a.kw_defaults)
      if (d)
        expr(*d);
    // annotations are ignored
  }

  void stmts(const ast::StmtList& l) {
    for (auto& s : l)
      stmt(*s);
  }

  void function(const std::string& name, const ast::Arguments& a, const ast::StmtList* body,
                const ast::Expr* lambda_body, const void* node, bool is_async, int line) {
    push(lambda_body ? ScopeKind::Lambda : ScopeKind::Function, name, node, line);
    cur->is_coroutine = is_async;
    args(a);
    if (body)
      stmts(*body);
    if (lambda_body)
      expr(*lambda_body);
    pop();
  }

  void stmt(const ast::Stmt& s) {
    using K = ast::StmtKind;
    switch (s.kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: {
      bool is_async = s.kind == K::AsyncFunctionDef;
      auto handle = [&](const auto& f) {
        for (auto& d : f.decorator_list)
          expr(*d);
        arg_defaults(*f.args);
        def(f.name, s.loc.lineno);
        function(f.name, *f.args, &f.body, nullptr, &s, is_async, s.loc.lineno);
      };
      if (is_async)
        handle(s.as<ast::AsyncFunctionDef>());
      else
        handle(s.as<ast::FunctionDef>());
      break;
    }
    case K::ClassDef: {
      auto& c = s.as<ast::ClassDef>();
      for (auto& d : c.decorator_list)
        expr(*d);
      for (auto& b : c.bases)
        expr(*b);
      for (auto& k : c.keywords)
        expr(*k.value);
      def(c.name, s.loc.lineno);
      push(ScopeKind::Class, c.name, &s, s.loc.lineno);
      stmts(c.body);
      pop();
      break;
    }
    case K::Return: {
      auto& r = s.as<ast::Return>();
      if (cur->kind == ScopeKind::Module || cur->kind == ScopeKind::Class)
        error("'return' outside function", s.loc.lineno, s.loc.col_offset);
      if (r.value)
        expr(*r.value);
      break;
    }
    case K::Delete:
      for (auto& t : s.as<ast::Delete>().targets)
        expr(*t);
      break;
    case K::Assign: {
      auto& a = s.as<ast::Assign>();
      expr(*a.value);
      for (auto& t : a.targets)
        expr(*t);
      break;
    }
    case K::AugAssign: {
      auto& a = s.as<ast::AugAssign>();
      expr(*a.value);
      expr(*a.target);
      if (a.target->kind == ast::ExprKind::Name)
        use(a.target->as<ast::Name>().id);
      break;
    }
    case K::AnnAssign: {
      auto& a = s.as<ast::AnnAssign>();
      if (a.value)
        expr(*a.value);
      if (a.target->kind == ast::ExprKind::Name) {
        if (a.value || cur->kind != ScopeKind::Module)
          def(a.target->as<ast::Name>().id, s.loc.lineno);
        if (!a.value && (cur->kind == ScopeKind::Function || cur->kind == ScopeKind::Lambda))
          def(a.target->as<ast::Name>().id, s.loc.lineno);
      } else {
        expr(*a.target);
      }
      break;
    }
    case K::For:
    case K::AsyncFor: {
      auto handle = [&](const auto& f) {
        expr(*f.iter);
        expr(*f.target);
        stmts(f.body);
        stmts(f.orelse);
      };
      if (s.kind == K::AsyncFor)
        handle(s.as<ast::AsyncFor>());
      else
        handle(s.as<ast::For>());
      break;
    }
    case K::While: {
      auto& w = s.as<ast::While>();
      expr(*w.test);
      stmts(w.body);
      stmts(w.orelse);
      break;
    }
    case K::If: {
      auto& i = s.as<ast::If>();
      expr(*i.test);
      stmts(i.body);
      stmts(i.orelse);
      break;
    }
    case K::With:
    case K::AsyncWith: {
      auto handle = [&](const auto& w) {
        for (auto& item : w.items) {
          expr(*item.context_expr);
          if (item.optional_vars)
            expr(*item.optional_vars);
        }
        stmts(w.body);
      };
      if (s.kind == K::AsyncWith)
        handle(s.as<ast::AsyncWith>());
      else
        handle(s.as<ast::With>());
      break;
    }
    case K::Raise: {
      auto& r = s.as<ast::Raise>();
      if (r.exc)
        expr(*r.exc);
      if (r.cause)
        expr(*r.cause);
      break;
    }
    case K::Try: {
      auto& t = s.as<ast::Try>();
      stmts(t.body);
      for (auto& h : t.handlers) {
        if (h.type)
          expr(*h.type);
        if (h.name)
          def(*h.name, h.loc.lineno);
        stmts(h.body);
      }
      stmts(t.orelse);
      stmts(t.finalbody);
      break;
    }
    case K::Assert: {
      auto& a = s.as<ast::Assert>();
      expr(*a.test);
      if (a.msg)
        expr(*a.msg);
      break;
    }
    case K::Import:
      for (auto& al : s.as<ast::Import>().names) {
        std::string n = al.asname ? *al.asname : al.name.substr(0, al.name.find('.'));
        cur->add(n, Scope::DEF_LOCAL | Scope::DEF_IMPORT);
      }
      break;
    case K::ImportFrom:
      for (auto& al : s.as<ast::ImportFrom>().names) {
        if (al.name == "*")
          continue;
        std::string n = al.asname ? *al.asname : al.name;
        cur->add(n, Scope::DEF_LOCAL | Scope::DEF_IMPORT);
      }
      break;
    case K::Global:
      for (auto& n : s.as<ast::Global>().names) {
        auto it = cur->flags.find(n);
        if (it != cur->flags.end()) {
          if (it->second & Scope::DEF_PARAM)
            error("name '" + n + "' is parameter and global", s.loc.lineno, s.loc.col_offset);
          if (it->second & Scope::DEF_NONLOCAL)
            error("name '" + n + "' is nonlocal and global", s.loc.lineno, s.loc.col_offset);
          if (it->second & Scope::USE)
            error("name '" + n + "' is used prior to global declaration", s.loc.lineno,
                  s.loc.col_offset);
          if (it->second & Scope::DEF_LOCAL)
            error("name '" + n + "' is assigned to before global declaration", s.loc.lineno,
                  s.loc.col_offset);
        }
        cur->add(n, Scope::DEF_GLOBAL);
      }
      break;
    case K::Nonlocal:
      for (auto& n : s.as<ast::Nonlocal>().names) {
        if (cur->kind == ScopeKind::Module)
          error("nonlocal declaration not allowed at module level", s.loc.lineno, s.loc.col_offset);
        auto it = cur->flags.find(n);
        if (it != cur->flags.end()) {
          if (it->second & Scope::DEF_PARAM)
            error("name '" + n + "' is parameter and nonlocal", s.loc.lineno, s.loc.col_offset);
          if (it->second & Scope::DEF_GLOBAL)
            error("name '" + n + "' is nonlocal and global", s.loc.lineno, s.loc.col_offset);
          if (it->second & Scope::USE)
            error("name '" + n + "' is used prior to nonlocal declaration", s.loc.lineno,
                  s.loc.col_offset);
          if (it->second & Scope::DEF_LOCAL)
            error("name '" + n + "' is assigned to before nonlocal declaration", s.loc.lineno,
                  s.loc.col_offset);
        }
        cur->add(n, Scope::DEF_NONLOCAL);
      }
      break;
    case K::Expr:
      expr(*s.as<ast::ExprStmt>().value);
      break;
    case K::Pass:
    case K::Break:
    case K::Continue:
      break;
    }
  }

  void comprehension(const ast::Expr& e, const std::vector<ast::Comprehension>& gens,
                     const ast::Expr* elt, const ast::Expr* key, const ast::Expr* value,
                     bool is_gen) {
    expr(*gens[0].iter);
    push(ScopeKind::Comprehension, is_gen ? "<genexpr>" : "<listcomp>", &e, e.loc.lineno);
    if (is_gen)
      cur->is_generator = true;
    param(".0");
    for (size_t i = 0; i < gens.size(); ++i) {
      if (i > 0)
        expr(*gens[i].iter);
      expr(*gens[i].target);
      for (auto& c : gens[i].ifs)
        expr(*c);
      if (gens[i].is_async)
        cur->is_coroutine = true;
    }
    if (elt)
      expr(*elt);
    if (key)
      expr(*key);
    if (value)
      expr(*value);
    Scope* comp = cur;
    pop();
    // A list, set or dict comprehension that awaits is awaited where it is called, so an
    // enclosing comprehension becomes asynchronous too (CPython's symtable does the same; for a
    // function, module or class the compiler reports the error instead).
    if (comp->is_coroutine && !is_gen && cur->kind == ScopeKind::Comprehension)
      cur->is_coroutine = true;
  }

  void expr(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::BoolOp:
      for (auto& v : e.as<ast::BoolOp>().values)
        expr(*v);
      break;
    case K::NamedExpr: {
      auto& n = e.as<ast::NamedExpr>();
      expr(*n.value);
      // binds in the nearest enclosing non-comprehension scope
      Scope* s = cur;
      while (s->kind == ScopeKind::Comprehension)
        s = s->parent;
      const std::string& id = n.target->as<ast::Name>().id;
      if (s != cur) {
        Scope* saved = cur;
        cur = s;
        def(id, e.loc.lineno);
        cur = saved;
        // the comprehension refers to it as a free variable
        cur->add(id, Scope::DEF_NONLOCAL);
        if (s->kind == ScopeKind::Module) {
          cur->flags[id] = Scope::DEF_GLOBAL;
        }
      } else {
        def(id, e.loc.lineno);
      }
      break;
    }
    case K::BinOp: {
      auto& b = e.as<ast::BinOp>();
      expr(*b.left);
      expr(*b.right);
      break;
    }
    case K::UnaryOp:
      expr(*e.as<ast::UnaryOp>().operand);
      break;
    case K::Lambda: {
      auto& l = e.as<ast::Lambda>();
      arg_defaults(*l.args);
      function("<lambda>", *l.args, nullptr, l.body.get(), &e, false, e.loc.lineno);
      break;
    }
    case K::IfExp: {
      auto& i = e.as<ast::IfExp>();
      expr(*i.test);
      expr(*i.body);
      expr(*i.orelse);
      break;
    }
    case K::Dict: {
      auto& d = e.as<ast::Dict>();
      for (size_t i = 0; i < d.values.size(); ++i) {
        if (d.keys[i])
          expr(*d.keys[i]);
        expr(*d.values[i]);
      }
      break;
    }
    case K::Set:
      for (auto& x : e.as<ast::Set>().elts)
        expr(*x);
      break;
    case K::ListComp: {
      auto& c = e.as<ast::ListComp>();
      comprehension(e, c.generators, c.elt.get(), nullptr, nullptr, false);
      break;
    }
    case K::SetComp: {
      auto& c = e.as<ast::SetComp>();
      comprehension(e, c.generators, c.elt.get(), nullptr, nullptr, false);
      break;
    }
    case K::DictComp: {
      auto& c = e.as<ast::DictComp>();
      comprehension(e, c.generators, nullptr, c.key.get(), c.value.get(), false);
      break;
    }
    case K::GeneratorExp: {
      auto& c = e.as<ast::GeneratorExp>();
      comprehension(e, c.generators, c.elt.get(), nullptr, nullptr, true);
      break;
    }
    case K::Await:
      expr(*e.as<ast::Await>().value);
      // 'await' makes a comprehension a coroutine (a generator expression an async generator)
      if (cur->kind == ScopeKind::Comprehension)
        cur->is_coroutine = true;
      break;
    case K::Yield:
      if (cur->kind == ScopeKind::Module || cur->kind == ScopeKind::Class)
        error("'yield' outside function", e.loc.lineno, e.loc.col_offset);
      cur->is_generator = true;
      if (e.as<ast::Yield>().value)
        expr(*e.as<ast::Yield>().value);
      break;
    case K::YieldFrom:
      if (cur->kind == ScopeKind::Module || cur->kind == ScopeKind::Class)
        error("'yield' outside function", e.loc.lineno, e.loc.col_offset);
      if (cur->is_coroutine)
        error("'yield from' inside async function", e.loc.lineno, e.loc.col_offset);
      cur->is_generator = true;
      expr(*e.as<ast::YieldFrom>().value);
      break;
    case K::Compare: {
      auto& c = e.as<ast::Compare>();
      expr(*c.left);
      for (auto& x : c.comparators)
        expr(*x);
      break;
    }
    case K::Call: {
      auto& c = e.as<ast::Call>();
      expr(*c.func);
      for (auto& a : c.args)
        expr(*a);
      for (auto& k : c.keywords)
        expr(*k.value);
      break;
    }
    case K::FormattedValue: {
      auto& f = e.as<ast::FormattedValue>();
      expr(*f.value);
      if (f.format_spec)
        expr(*f.format_spec);
      break;
    }
    case K::JoinedStr:
      for (auto& v : e.as<ast::JoinedStr>().values)
        expr(*v);
      break;
    case K::Constant:
      break;
    case K::Attribute:
      expr(*e.as<ast::Attribute>().value);
      break;
    case K::Subscript: {
      auto& s = e.as<ast::Subscript>();
      expr(*s.value);
      expr(*s.slice);
      break;
    }
    case K::Starred:
      expr(*e.as<ast::Starred>().value);
      break;
    case K::Name: {
      auto& n = e.as<ast::Name>();
      if (n.ctx == ast::ExprContext::Load) {
        use(n.id);
        if (n.id == "super" || n.id == "__class__") {
          // a method using super() needs the __class__ cell of its class
          if (cur->kind == ScopeKind::Function || cur->kind == ScopeKind::Lambda ||
              cur->kind == ScopeKind::Comprehension)
            cur->uses_class_cell = true;
        }
      } else {
        def(n.id, e.loc.lineno);
      }
      break;
    }
    case K::List:
      for (auto& x : e.as<ast::List>().elts)
        expr(*x);
      break;
    case K::Tuple:
      for (auto& x : e.as<ast::Tuple>().elts)
        expr(*x);
      break;
    case K::Slice: {
      auto& s = e.as<ast::Slice>();
      if (s.lower)
        expr(*s.lower);
      if (s.upper)
        expr(*s.upper);
      if (s.step)
        expr(*s.step);
      break;
    }
    }
  }
};

bool is_function_like(ScopeKind k) {
  return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
}

void add_unique(std::vector<std::string>& v, const std::string& n) {
  if (std::find(v.begin(), v.end(), n) == v.end())
    v.push_back(n);
}

// Resolves names; `bound` holds the names bound in enclosing function scopes.
void analyze(Scope* s, const std::set<std::string>& bound,
             const std::set<std::string>& globals_decl, const std::string& filename) {
  (void)globals_decl;
  std::set<std::string> local;
  for (auto& n : s->order) {
    unsigned f = s->flags[n];
    if (f & Scope::DEF_GLOBAL) {
      s->resolved[n] = NameScope::GlobalExplicit;
    } else if (f & Scope::DEF_NONLOCAL) {
      if (!bound.count(n)) {
        // a walrus target in a comprehension at module level binds globally
        SyntaxError e;
        e.msg = "no binding for nonlocal '" + n + "' found";
        e.filename = filename;
        e.lineno = s->lineno;
        throw e;
      }
      s->resolved[n] = NameScope::Free;
    } else if (f & (Scope::DEF_LOCAL | Scope::DEF_PARAM)) {
      s->resolved[n] = s->kind == ScopeKind::Module ? NameScope::GlobalImplicit : NameScope::Local;
      if (s->kind != ScopeKind::Module)
        local.insert(n);
    } else if (s->kind != ScopeKind::Module && bound.count(n)) {
      s->resolved[n] = NameScope::Free;
    } else {
      s->resolved[n] = NameScope::GlobalImplicit;
    }
  }
  if (s->uses_class_cell) {
    // find the enclosing class
    Scope* p = s->parent;
    while (p && p->kind != ScopeKind::Class)
      p = p->parent;
    if (p) {
      p->needs_class_cell = true;
      s->resolved["__class__"] = NameScope::Free;
      if (!s->flags.count("__class__")) {
        s->flags["__class__"] = Scope::USE;
        s->order.push_back("__class__");
      }
    }
  }
  std::set<std::string> child_bound = bound;
  if (is_function_like(s->kind)) {
    for (auto& n : local)
      child_bound.insert(n);
  }
  if (s->kind == ScopeKind::Class)
    child_bound.insert("__class__");
  // remove names declared global here from what children may capture
  for (auto& n : s->order)
    if (s->resolved[n] == NameScope::GlobalExplicit)
      child_bound.erase(n);
  for (Scope* c : s->children) {
    analyze(c, child_bound, {}, filename);
    for (auto& fv : c->freevars) {
      if (s->kind == ScopeKind::Class && fv == "__class__") {
        s->needs_class_cell = true;
        continue;
      }
      auto it = s->resolved.find(fv);
      bool is_local_here = is_function_like(s->kind) && it != s->resolved.end() &&
                           (it->second == NameScope::Local || it->second == NameScope::Cell);
      if (is_local_here) {
        it->second = NameScope::Cell;
        add_unique(s->cellvars, fv);
      } else {
        // pass through
        if (s->kind == ScopeKind::Class) {
          add_unique(s->freevars, fv);
          if (!s->resolved.count(fv))
            s->resolved[fv] = NameScope::Free;
        } else {
          s->resolved[fv] = NameScope::Free;
          add_unique(s->freevars, fv);
        }
      }
    }
  }
  if (s->kind == ScopeKind::Class && s->needs_class_cell)
    add_unique(s->cellvars, "__class__");
  // own free variables
  for (auto& n : s->order)
    if (s->resolved[n] == NameScope::Free && !(s->kind == ScopeKind::Class && n == "__class__"))
      add_unique(s->freevars, n);
}

} // namespace

std::unique_ptr<SymbolTable> build_symtable(const ast::Module& m, const std::string& filename) {
  auto st = std::make_unique<SymbolTable>();
  Builder b{*st, filename};
  b.push(ScopeKind::Module, "<module>", &m, 1);
  st->top = b.cur;
  b.stmts(m.body);
  analyze(st->top, {}, {}, filename);
  return st;
}

} // namespace tulip::lang
