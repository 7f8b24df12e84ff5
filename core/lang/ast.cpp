// ast_dump(): the text of CPython 3.11's ast.dump(tree). Every node prints as
// Class(field=value, ...) in the ASDL field order; an optional field that is None is left out,
// a list prints as [a, b], an empty one as [].
#include "lang/ast.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "lang/float_chars.hpp"
#include "lang/lexer.hpp"

namespace tulip::lang {

namespace ast {

const char* name(ExprContext v) {
  static const char* const names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(v)];
}
const char* name(BoolOperator v) { return v == BoolOperator::And ? "And" : "Or"; }
const char* name(Operator v) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                      "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                      "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(v)];
}
const char* name(UnaryOperator v) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(v)];
}
const char* name(CmpOperator v) {
  static const char* const names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                      "GtE", "Is",    "IsNot", "In",  "NotIn"};
  return names[static_cast<int>(v)];
}

} // namespace ast

// --- repr() of constants ----------------------------------------------------------------------

namespace {

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*x", digits, value);
  out += prefix;
  out += buf;
}

// Python prefers single quotes, and double ones when the text has a ' but no ".
char choose_quote(const std::string& text) {
  bool single = text.find('\'') != std::string::npos;
  bool dbl = text.find('"') != std::string::npos;
  return single && !dbl ? '"' : '\'';
}

} // namespace

std::string repr_str(const std::string& utf8) {
  char quote = choose_quote(utf8);
  std::string out(1, quote);
  for (std::size_t i = 0; i < utf8.size();) {
    int length = 1;
    char32_t c = decode_utf8(utf8, i, &length);
    i += static_cast<std::size_t>(length);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      append_hex(out, "\\x", c, 2);
    } else if (c < 0x7F) {
      out += static_cast<char>(c);
    } else if (is_printable(c)) {
      append_utf8(out, c);
    } else if (c <= 0xFF) {
      append_hex(out, "\\x", c, 2);
    } else if (c <= 0xFFFF) {
      append_hex(out, "\\u", c, 4);
    } else {
      append_hex(out, "\\U", c, 8);
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(const std::string& bytes) {
  char quote = choose_quote(bytes);
  std::string out = "b";
  out += quote;
  for (char ch : bytes) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_hex(out, "\\x", c, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

// float.__repr__: the shortest digits that read back as the same double, written in fixed
// notation when the decimal exponent is in [-4, 16), else as d.ddde+XX.
std::string repr_float(double value) {
  if (std::isnan(value))
    return "nan";
  if (std::isinf(value))
    return value > 0 ? "inf" : "-inf";
  char buf[64];
  std::string text(buf, write_shortest_scientific(value, buf, buf + sizeof buf));
  std::string out;
  if (text[0] == '-') {
    out = "-";
    text.erase(0, 1);
  }
  std::size_t e = text.find('e');
  std::string digits = text.substr(0, e);
  if (digits.size() > 1)
    digits.erase(1, 1); // the '.'
  int exponent = std::stoi(text.substr(e + 1));
  int point = exponent + 1; // digits are 0.d1d2... * 10**point
  int n = static_cast<int>(digits.size());
  if (point <= -4 || point > 16) {
    out += digits.substr(0, 1);
    if (n > 1)
      out += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += exp;
  } else if (point <= 0) {
    out += "0." + std::string(-point, '0') + digits;
  } else if (point >= n) {
    out += digits + std::string(point - n, '0') + ".0";
  } else {
    out += digits.substr(0, point) + "." + digits.substr(point);
  }
  return out;
}

// --- The dump ---------------------------------------------------------------------------------

namespace {

using namespace ast;

class Dumper {
public:
  std::string out;

  void module(const Module& m) {
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

private:
  // Writes "Class(" now and ")" at the end; field() adds ", " between fields.
  struct Node {
    Dumper& d;
    bool first = true;
    Node(Dumper& dumper, const char* cls) : d(dumper) {
      d.out += cls;
      d.out += '(';
    }
    ~Node() { d.out += ')'; }
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;
    std::string& field(const char* name) {
      if (!first)
        d.out += ", ";
      first = false;
      d.out += name;
      d.out += '=';
      return d.out;
    }
  };

  template <class T, class F> void list(const std::vector<T>& items, F each) {
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i)
        out += ", ";
      each(items[i]);
    }
    out += ']';
  }

  void exprs(const ExprList& list_) {
    list(list_, [&](const ExprPtr& e) { e ? expr(*e) : void(out += "None"); });
  }
  void stmts(const StmtList& list_) {
    list(list_, [&](const StmtPtr& s) { stmt(*s); });
  }
  void names(const std::vector<std::string>& list_) {
    list(list_, [&](const std::string& s) { out += repr_str(s); });
  }
  // List and Tuple: elts, then ctx.
  template <class Seq> void sequence(const char* type, const Seq& x) {
    Node n(*this, type);
    n.field("elts");
    exprs(x.elts);
    n.field("ctx");
    op(name(x.ctx));
  }
  void optional_expr(Node& node, const char* field, const ExprPtr& e) {
    if (e) {
      node.field(field);
      expr(*e);
    }
  }
  void optional_name(Node& node, const char* field, const std::optional<std::string>& s) {
    if (s)
      node.field(field) += repr_str(*s);
  }
  void op(const char* name) {
    out += name;
    out += "()";
  }

  void arg(const Arg& a) {
    Node n(*this, "arg");
    n.field("arg") += repr_str(a.arg);
    optional_expr(n, "annotation", a.annotation);
  }
  void arguments(const Arguments& a) {
    Node n(*this, "arguments");
    n.field("posonlyargs");
    list(a.posonlyargs, [&](const Arg& x) { arg(x); });
    n.field("args");
    list(a.args, [&](const Arg& x) { arg(x); });
    if (a.vararg) {
      n.field("vararg");
      arg(*a.vararg);
    }
    n.field("kwonlyargs");
    list(a.kwonlyargs, [&](const Arg& x) { arg(x); });
    n.field("kw_defaults");
    exprs(a.kw_defaults);
    if (a.kwarg) {
      n.field("kwarg");
      arg(*a.kwarg);
    }
    n.field("defaults");
    exprs(a.defaults);
  }
  void keywords(const std::vector<Keyword>& list_) {
    list(list_, [&](const Keyword& k) {
      Node n(*this, "keyword");
      optional_name(n, "arg", k.arg);
      n.field("value");
      expr(*k.value);
    });
  }
  void generators(const std::vector<Comprehension>& list_) {
    list(list_, [&](const Comprehension& c) {
      Node n(*this, "comprehension");
      n.field("target");
      expr(*c.target);
      n.field("iter");
      expr(*c.iter);
      n.field("ifs");
      exprs(c.ifs);
      n.field("is_async") += c.is_async ? "1" : "0";
    });
  }
  void aliases(const std::vector<Alias>& list_) {
    list(list_, [&](const Alias& a) {
      Node n(*this, "alias");
      n.field("name") += repr_str(a.name);
      optional_name(n, "asname", a.asname);
    });
  }
  void constant(const ConstantValue& v) {
    switch (v.kind) {
    case ConstantValue::Kind::None:
      out += "None";
      break;
    case ConstantValue::Kind::Bool:
      out += v.boolean ? "True" : "False";
      break;
    case ConstantValue::Kind::Int:
      out += std::to_string(v.integer);
      break;
    case ConstantValue::Kind::BigInt:
      out += v.text;
      break;
    case ConstantValue::Kind::Float:
      out += repr_float(v.real);
      break;
    case ConstantValue::Kind::Str:
      out += repr_str(v.text);
      break;
    case ConstantValue::Kind::Bytes:
      out += repr_bytes(v.text);
      break;
    case ConstantValue::Kind::Ellipsis:
      out += "Ellipsis";
      break;
    }
  }

  template <class T> void comprehension_expr(const char* cls, const T& e) {
    Node n(*this, cls);
    n.field("elt");
    expr(*e.elt);
    n.field("generators");
    generators(e.generators);
  }

  void expr(const Expr& e) {
    switch (e.kind) {
    case ExprKind::BoolOp: {
      auto& x = e.as<BoolOp>();
      Node n(*this, "BoolOp");
      n.field("op");
      op(name(x.op));
      n.field("values");
      exprs(x.values);
      break;
    }
    case ExprKind::NamedExpr: {
      auto& x = e.as<NamedExpr>();
      Node n(*this, "NamedExpr");
      n.field("target");
      expr(*x.target);
      n.field("value");
      expr(*x.value);
      break;
    }
    case ExprKind::BinOp: {
      auto& x = e.as<BinOp>();
      Node n(*this, "BinOp");
      n.field("left");
      expr(*x.left);
      n.field("op");
      op(name(x.op));
      n.field("right");
      expr(*x.right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto& x = e.as<UnaryOp>();
      Node n(*this, "UnaryOp");
      n.field("op");
      op(name(x.op));
      n.field("operand");
      expr(*x.operand);
      break;
    }
    case ExprKind::Lambda: {
      auto& x = e.as<Lambda>();
      Node n(*this, "Lambda");
      n.field("args");
      arguments(*x.args);
      n.field("body");
      expr(*x.body);
      break;
    }
    case ExprKind::IfExp: {
      auto& x = e.as<IfExp>();
      Node n(*this, "IfExp");
      n.field("test");
      expr(*x.test);
      n.field("body");
      expr(*x.body);
      n.field("orelse");
      expr(*x.orelse);
      break;
    }
    case ExprKind::Dict: {
      auto& x = e.as<Dict>();
      Node n(*this, "Dict");
      n.field("keys");
      exprs(x.keys);
      n.field("values");
      exprs(x.values);
      break;
    }
    case ExprKind::Set: {
      Node n(*this, "Set");
      n.field("elts");
      exprs(e.as<Set>().elts);
      break;
    }
    case ExprKind::ListComp:
      comprehension_expr("ListComp", e.as<ListComp>());
      break;
    case ExprKind::SetComp:
      comprehension_expr("SetComp", e.as<SetComp>());
      break;
    case ExprKind::GeneratorExp:
      comprehension_expr("GeneratorExp", e.as<GeneratorExp>());
      break;
    case ExprKind::DictComp: {
      auto& x = e.as<DictComp>();
      Node n(*this, "DictComp");
      n.field("key");
      expr(*x.key);
      n.field("value");
      expr(*x.value);
      n.field("generators");
      generators(x.generators);
      break;
    }
    case ExprKind::Await: {
      Node n(*this, "Await");
      n.field("value");
      expr(*e.as<Await>().value);
      break;
    }
    case ExprKind::Yield: {
      Node n(*this, "Yield");
      optional_expr(n, "value", e.as<Yield>().value);
      break;
    }
    case ExprKind::YieldFrom: {
      Node n(*this, "YieldFrom");
      n.field("value");
      expr(*e.as<YieldFrom>().value);
      break;
    }
    case ExprKind::Compare: {
      auto& x = e.as<Compare>();
      Node n(*this, "Compare");
      n.field("left");
      expr(*x.left);
      n.field("ops");
      list(x.ops, [&](CmpOperator o) { op(name(o)); });
      n.field("comparators");
      exprs(x.comparators);
      break;
    }
    case ExprKind::Call: {
      auto& x = e.as<Call>();
      Node n(*this, "Call");
      n.field("func");
      expr(*x.func);
      n.field("args");
      exprs(x.args);
      n.field("keywords");
      keywords(x.keywords);
      break;
    }
    case ExprKind::FormattedValue: {
      auto& x = e.as<FormattedValue>();
      Node n(*this, "FormattedValue");
      n.field("value");
      expr(*x.value);
      n.field("conversion") += std::to_string(x.conversion);
      optional_expr(n, "format_spec", x.format_spec);
      break;
    }
    case ExprKind::JoinedStr: {
      Node n(*this, "JoinedStr");
      n.field("values");
      exprs(e.as<JoinedStr>().values);
      break;
    }
    case ExprKind::Constant: {
      auto& x = e.as<Constant>();
      Node n(*this, "Constant");
      n.field("value");
      constant(x.value);
      optional_name(n, "kind", x.kind);
      break;
    }
    case ExprKind::Attribute: {
      auto& x = e.as<Attribute>();
      Node n(*this, "Attribute");
      n.field("value");
      expr(*x.value);
      n.field("attr") += repr_str(x.attr);
      n.field("ctx");
      op(name(x.ctx));
      break;
    }
    case ExprKind::Subscript: {
      auto& x = e.as<Subscript>();
      Node n(*this, "Subscript");
      n.field("value");
      expr(*x.value);
      n.field("slice");
      expr(*x.slice);
      n.field("ctx");
      op(name(x.ctx));
      break;
    }
    case ExprKind::Starred: {
      auto& x = e.as<Starred>();
      Node n(*this, "Starred");
      n.field("value");
      expr(*x.value);
      n.field("ctx");
      op(name(x.ctx));
      break;
    }
    case ExprKind::Name: {
      auto& x = e.as<Name>();
      Node n(*this, "Name");
      n.field("id") += repr_str(x.id);
      n.field("ctx");
      op(name(x.ctx));
      break;
    }
    case ExprKind::List:
      sequence("List", e.as<List>());
      break;
    case ExprKind::Tuple:
      sequence("Tuple", e.as<Tuple>());
      break;
    case ExprKind::Slice: {
      auto& x = e.as<Slice>();
      Node n(*this, "Slice");
      optional_expr(n, "lower", x.lower);
      optional_expr(n, "upper", x.upper);
      optional_expr(n, "step", x.step);
      break;
    }
    }
  }

  template <class T> void function_def(const char* cls, const T& x) {
    Node n(*this, cls);
    n.field("name") += repr_str(x.name);
    n.field("args");
    arguments(*x.args);
    n.field("body");
    stmts(x.body);
    n.field("decorator_list");
    exprs(x.decorator_list);
    optional_expr(n, "returns", x.returns);
  }
  template <class T> void for_stmt(const char* cls, const T& x) {
    Node n(*this, cls);
    n.field("target");
    expr(*x.target);
    n.field("iter");
    expr(*x.iter);
    n.field("body");
    stmts(x.body);
    n.field("orelse");
    stmts(x.orelse);
  }
  template <class T> void with_stmt(const char* cls, const T& x) {
    Node n(*this, cls);
    n.field("items");
    list(x.items, [&](const WithItem& item) {
      Node w(*this, "withitem");
      w.field("context_expr");
      expr(*item.context_expr);
      optional_expr(w, "optional_vars", item.optional_vars);
    });
    n.field("body");
    stmts(x.body);
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
    case StmtKind::FunctionDef:
      function_def("FunctionDef", s.as<FunctionDef>());
      break;
    case StmtKind::AsyncFunctionDef:
      function_def("AsyncFunctionDef", s.as<AsyncFunctionDef>());
      break;
    case StmtKind::ClassDef: {
      auto& x = s.as<ClassDef>();
      Node n(*this, "ClassDef");
      n.field("name") += repr_str(x.name);
      n.field("bases");
      exprs(x.bases);
      n.field("keywords");
      keywords(x.keywords);
      n.field("body");
      stmts(x.body);
      n.field("decorator_list");
      exprs(x.decorator_list);
      break;
    }
    case StmtKind::Return: {
      Node n(*this, "Return");
      optional_expr(n, "value", s.as<Return>().value);
      break;
    }
    case StmtKind::Delete: {
      Node n(*this, "Delete");
      n.field("targets");
      exprs(s.as<Delete>().targets);
      break;
    }
    case StmtKind::Assign: {
      auto& x = s.as<Assign>();
      Node n(*this, "Assign");
      n.field("targets");
      exprs(x.targets);
      n.field("value");
      expr(*x.value);
      break;
    }
    case StmtKind::AugAssign: {
      auto& x = s.as<AugAssign>();
      Node n(*this, "AugAssign");
      n.field("target");
      expr(*x.target);
      n.field("op");
      op(name(x.op));
      n.field("value");
      expr(*x.value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto& x = s.as<AnnAssign>();
      Node n(*this, "AnnAssign");
      n.field("target");
      expr(*x.target);
      n.field("annotation");
      expr(*x.annotation);
      optional_expr(n, "value", x.value);
      n.field("simple") += x.simple ? "1" : "0";
      break;
    }
    case StmtKind::For:
      for_stmt("For", s.as<For>());
      break;
    case StmtKind::AsyncFor:
      for_stmt("AsyncFor", s.as<AsyncFor>());
      break;
    case StmtKind::While: {
      auto& x = s.as<While>();
      Node n(*this, "While");
      n.field("test");
      expr(*x.test);
      n.field("body");
      stmts(x.body);
      n.field("orelse");
      stmts(x.orelse);
      break;
    }
    case StmtKind::If: {
      auto& x = s.as<If>();
      Node n(*this, "If");
      n.field("test");
      expr(*x.test);
      n.field("body");
      stmts(x.body);
      n.field("orelse");
      stmts(x.orelse);
      break;
    }
    case StmtKind::With:
      with_stmt("With", s.as<With>());
      break;
    case StmtKind::AsyncWith:
      with_stmt("AsyncWith", s.as<AsyncWith>());
      break;
    case StmtKind::Raise: {
      auto& x = s.as<Raise>();
      Node n(*this, "Raise");
      optional_expr(n, "exc", x.exc);
      optional_expr(n, "cause", x.cause);
      break;
    }
    case StmtKind::Try: {
      auto& x = s.as<Try>();
      Node n(*this, "Try");
      n.field("body");
      stmts(x.body);
      n.field("handlers");
      list(x.handlers, [&](const ExceptHandler& h) {
        Node hn(*this, "ExceptHandler");
        optional_expr(hn, "type", h.type);
        optional_name(hn, "name", h.name);
        hn.field("body");
        stmts(h.body);
      });
      n.field("orelse");
      stmts(x.orelse);
      n.field("finalbody");
      stmts(x.finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto& x = s.as<Assert>();
      Node n(*this, "Assert");
      n.field("test");
      expr(*x.test);
      optional_expr(n, "msg", x.msg);
      break;
    }
    case StmtKind::Import: {
      Node n(*this, "Import");
      n.field("names");
      aliases(s.as<Import>().names);
      break;
    }
    case StmtKind::ImportFrom: {
      auto& x = s.as<ImportFrom>();
      Node n(*this, "ImportFrom");
      optional_name(n, "module", x.module);
      n.field("names");
      aliases(x.names);
      n.field("level") += std::to_string(x.level);
      break;
    }
    case StmtKind::Global: {
      Node n(*this, "Global");
      n.field("names");
      names(s.as<Global>().names);
      break;
    }
    case StmtKind::Nonlocal: {
      Node n(*this, "Nonlocal");
      n.field("names");
      names(s.as<Nonlocal>().names);
      break;
    }
    case StmtKind::Expr: {
      Node n(*this, "Expr");
      n.field("value");
      expr(*s.as<ExprStmt>().value);
      break;
    }
    case StmtKind::Pass:
      out += "Pass()";
      break;
    case StmtKind::Break:
      out += "Break()";
      break;
    case StmtKind::Continue:
      out += "Continue()";
      break;
    }
  }
};

} // namespace

std::string ast_dump(const ast::Module& module) {
  Dumper d;
  d.module(module);
  return std::move(d.out);
}

} // namespace tulip::lang
