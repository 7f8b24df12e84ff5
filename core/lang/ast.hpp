// The abstract syntax tree, mirroring CPython 3.11's `ast` module: the same node classes, the
// same fields in the same order, the same positions (lineno and end_lineno from 1, col_offset
// and end_col_offset in UTF-8 bytes from 0). Nodes own their children.
//
// An expression or statement is a struct derived from Expr or Stmt; `kind` says which, and
// `as<T>()` gives the derived struct:
//   if (e.kind == ExprKind::BinOp) { const ast::BinOp& b = e.as<ast::BinOp>(); ... }
#pragma once

#include <cassert>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tulip::lang::ast {

struct Location {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

// --- Operators and contexts -------------------------------------------------------------------

enum class ExprContext { Load, Store, Del };
enum class BoolOperator { And, Or };
enum class Operator {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv,
};
enum class UnaryOperator { Invert, Not, UAdd, USub };
enum class CmpOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// The class names Python gives them ("Add", "USub", "NotIn", "Load").
const char* name(ExprContext v);
const char* name(BoolOperator v);
const char* name(Operator v);
const char* name(UnaryOperator v);
const char* name(CmpOperator v);

// --- Constants --------------------------------------------------------------------------------

// The value of a Constant node.
struct ConstantValue {
  enum class Kind { None, Bool, Int, BigInt, Float, Str, Bytes, Ellipsis };
  Kind kind = Kind::None;
  bool boolean = false;
  std::int64_t integer = 0; // Int
  double real = 0;          // Float
  // Str: the text in UTF-8 (a lone surrogate from "\ud800" is encoded as its 3 bytes);
  // Bytes: the raw bytes; BigInt: the decimal digits of an int beyond int64.
  std::string text;
};

// --- Expressions ------------------------------------------------------------------------------

enum class ExprKind {
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Await,
  Yield,
  YieldFrom,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice,
};

struct Expr {
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;

  template <class T> T& as() {
    assert(kind == T::kKind);
    return static_cast<T&>(*this);
  }
  template <class T> const T& as() const {
    assert(kind == T::kKind);
    return static_cast<const T&>(*this);
  }

  const ExprKind kind;
  Location loc;
};

using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

template <ExprKind K> struct ExprOf : Expr {
  static constexpr ExprKind kKind = K;
  ExprOf() : Expr(K) {}
};

struct Arg {
  std::string arg;
  ExprPtr annotation; // may be null
  Location loc;
};

struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  std::optional<Arg> vararg;
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults; // one per kwonlyarg, null when it has no default
  std::optional<Arg> kwarg;
  ExprList defaults; // for the last positional parameters
};

struct Keyword {
  std::optional<std::string> arg; // none for **kwargs
  ExprPtr value;
  Location loc;
};

struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
  bool is_async = false;
};

struct BoolOp : ExprOf<ExprKind::BoolOp> {
  BoolOperator op = BoolOperator::And;
  ExprList values;
};
struct NamedExpr : ExprOf<ExprKind::NamedExpr> {
  ExprPtr target;
  ExprPtr value;
};
struct BinOp : ExprOf<ExprKind::BinOp> {
  ExprPtr left;
  Operator op = Operator::Add;
  ExprPtr right;
};
struct UnaryOp : ExprOf<ExprKind::UnaryOp> {
  UnaryOperator op = UnaryOperator::Not;
  ExprPtr operand;
};
struct Lambda : ExprOf<ExprKind::Lambda> {
  std::unique_ptr<Arguments> args;
  ExprPtr body;
};
struct IfExp : ExprOf<ExprKind::IfExp> {
  ExprPtr test;
  ExprPtr body;
  ExprPtr orelse;
};
struct Dict : ExprOf<ExprKind::Dict> {
  ExprList keys; // a null key stands for **mapping
  ExprList values;
};
struct Set : ExprOf<ExprKind::Set> {
  ExprList elts;
};
struct ListComp : ExprOf<ExprKind::ListComp> {
  ExprPtr elt;
  std::vector<Comprehension> generators;
};
struct SetComp : ExprOf<ExprKind::SetComp> {
  ExprPtr elt;
  std::vector<Comprehension> generators;
};
struct DictComp : ExprOf<ExprKind::DictComp> {
  ExprPtr key;
  ExprPtr value;
  std::vector<Comprehension> generators;
};
struct GeneratorExp : ExprOf<ExprKind::GeneratorExp> {
  ExprPtr elt;
  std::vector<Comprehension> generators;
};
struct Await : ExprOf<ExprKind::Await> {
  ExprPtr value;
};
struct Yield : ExprOf<ExprKind::Yield> {
  ExprPtr value; // may be null
};
struct YieldFrom : ExprOf<ExprKind::YieldFrom> {
  ExprPtr value;
};
struct Compare : ExprOf<ExprKind::Compare> {
  ExprPtr left;
  std::vector<CmpOperator> ops;
  ExprList comparators;
};
struct Call : ExprOf<ExprKind::Call> {
  ExprPtr func;
  ExprList args;
  std::vector<Keyword> keywords;
};
struct FormattedValue : ExprOf<ExprKind::FormattedValue> {
  ExprPtr value;
  int conversion = -1; // -1, or 's', 'r', 'a'
  ExprPtr format_spec; // a JoinedStr, or null
};
struct JoinedStr : ExprOf<ExprKind::JoinedStr> {
  ExprList values; // Constant (str) and FormattedValue nodes
};
struct Constant : ExprOf<ExprKind::Constant> {
  ConstantValue value;
  std::optional<std::string> kind; // "u" for a u"..." string
};
struct Attribute : ExprOf<ExprKind::Attribute> {
  ExprPtr value;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};
struct Subscript : ExprOf<ExprKind::Subscript> {
  ExprPtr value;
  ExprPtr slice;
  ExprContext ctx = ExprContext::Load;
};
struct Starred : ExprOf<ExprKind::Starred> {
  ExprPtr value;
  ExprContext ctx = ExprContext::Load;
};
struct Name : ExprOf<ExprKind::Name> {
  std::string id;
  ExprContext ctx = ExprContext::Load;
};
struct List : ExprOf<ExprKind::List> {
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};
struct Tuple : ExprOf<ExprKind::Tuple> {
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};
struct Slice : ExprOf<ExprKind::Slice> {
  ExprPtr lower; // each may be null
  ExprPtr upper;
  ExprPtr step;
};

// --- Statements -------------------------------------------------------------------------------

enum class StmtKind {
  FunctionDef,
  AsyncFunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  AsyncFor,
  While,
  If,
  With,
  AsyncWith,
  Raise,
  Try,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  Expr,
  Pass,
  Break,
  Continue,
};

struct Stmt {
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  template <class T> T& as() {
    assert(kind == T::kKind);
    return static_cast<T&>(*this);
  }
  template <class T> const T& as() const {
    assert(kind == T::kKind);
    return static_cast<const T&>(*this);
  }

  const StmtKind kind;
  Location loc;
};

template <StmtKind K> struct StmtOf : Stmt {
  static constexpr StmtKind kKind = K;
  StmtOf() : Stmt(K) {}
};

struct Alias {
  std::string name; // a dotted name for `import a.b`
  std::optional<std::string> asname;
  Location loc;
};

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars; // may be null
};

struct ExceptHandler {
  ExprPtr type; // may be null
  std::optional<std::string> name;
  StmtList body;
  Location loc;
};

// FunctionDef and AsyncFunctionDef share their fields.
template <StmtKind K> struct FunctionDefOf : StmtOf<K> {
  std::string name;
  std::unique_ptr<Arguments> args;
  StmtList body;
  ExprList decorator_list;
  ExprPtr returns; // may be null
};
using FunctionDef = FunctionDefOf<StmtKind::FunctionDef>;
using AsyncFunctionDef = FunctionDefOf<StmtKind::AsyncFunctionDef>;

struct ClassDef : StmtOf<StmtKind::ClassDef> {
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorator_list;
};
struct Return : StmtOf<StmtKind::Return> {
  ExprPtr value; // may be null
};
struct Delete : StmtOf<StmtKind::Delete> {
  ExprList targets;
};
struct Assign : StmtOf<StmtKind::Assign> {
  ExprList targets;
  ExprPtr value;
};
struct AugAssign : StmtOf<StmtKind::AugAssign> {
  ExprPtr target;
  Operator op = Operator::Add;
  ExprPtr value;
};
struct AnnAssign : StmtOf<StmtKind::AnnAssign> {
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;       // may be null
  bool simple = false; // a plain name, not in parentheses
};
// For and AsyncFor share their fields.
template <StmtKind K> struct ForOf : StmtOf<K> {
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
  StmtList orelse;
};
using For = ForOf<StmtKind::For>;
using AsyncFor = ForOf<StmtKind::AsyncFor>;
struct While : StmtOf<StmtKind::While> {
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};
struct If : StmtOf<StmtKind::If> {
  ExprPtr test;
  StmtList body;
  StmtList orelse; // an elif is a single If here
};
// With and AsyncWith share their fields.
template <StmtKind K> struct WithOf : StmtOf<K> {
  std::vector<WithItem> items;
  StmtList body;
};
using With = WithOf<StmtKind::With>;
using AsyncWith = WithOf<StmtKind::AsyncWith>;
struct Raise : StmtOf<StmtKind::Raise> {
  ExprPtr exc;   // may be null
  ExprPtr cause; // may be null
};
struct Try : StmtOf<StmtKind::Try> {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
};
struct Assert : StmtOf<StmtKind::Assert> {
  ExprPtr test;
  ExprPtr msg; // may be null
};
struct Import : StmtOf<StmtKind::Import> {
  std::vector<Alias> names;
};
struct ImportFrom : StmtOf<StmtKind::ImportFrom> {
  std::optional<std::string> module; // none for `from . import x`
  std::vector<Alias> names;
  int level = 0; // the number of leading dots
};
struct Global : StmtOf<StmtKind::Global> {
  std::vector<std::string> names;
};
struct Nonlocal : StmtOf<StmtKind::Nonlocal> {
  std::vector<std::string> names;
};
// Python's `Expr` statement (an expression evaluated for its effect).
struct ExprStmt : StmtOf<StmtKind::Expr> {
  ExprPtr value;
};
struct Pass : StmtOf<StmtKind::Pass> {};
struct Break : StmtOf<StmtKind::Break> {};
struct Continue : StmtOf<StmtKind::Continue> {};

struct Module {
  StmtList body;
};

} // namespace tulip::lang::ast

namespace tulip::lang {

// Exactly the text of CPython 3.11's `ast.dump(tree)` (no attributes, no indent), e.g.
// "Module(body=[Expr(value=Constant(value=1))], type_ignores=[])".
std::string ast_dump(const ast::Module& module);

// Python's repr() of a str given in UTF-8, of a bytes value, and of a float.
std::string repr_str(const std::string& utf8);
std::string repr_bytes(const std::string& bytes);
std::string repr_float(double value);

} // namespace tulip::lang
