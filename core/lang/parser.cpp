// The parser. Each parse_* method is named after the rule of CPython 3.11's grammar
// (Grammar/python.gram) that it implements; the checks marked "error pass" are that grammar's
// invalid_* rules, which only run in the second pass (see parser.hpp).
//
// Unsupported constructs (valid Python 3.11 outside the scenario language), reported as
// NotImplementedError naming the construct and the line:
//   - the 'match' statement
//   - 'except*' clauses (exception groups)
//   - the 'type' statement and type parameter lists (Python 3.12 syntax)
//   - imaginary literals (complex numbers)
//   - \N{name} escapes naming a character outside a table of common ones
#include "lang/parser.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

namespace tulip::lang {

void poll_embedder(); // runtime.hpp (whose names would clash with the AST's here)

using namespace ast;

namespace {

// A parse that cannot go on: the caller backtracks or reports "invalid syntax".
struct ParseFailure {};

// --- Targets (CPython's _PyPegen_get_invalid_target and _PyPegen_get_expr_name) ---------------

enum class TargetsType { Star, Del, For };

const char* expr_name(const Expr& e) {
  switch (e.kind) {
  case ExprKind::Attribute:
    return "attribute";
  case ExprKind::Subscript:
    return "subscript";
  case ExprKind::Starred:
    return "starred";
  case ExprKind::Name:
    return "name";
  case ExprKind::List:
    return "list";
  case ExprKind::Tuple:
    return "tuple";
  case ExprKind::Lambda:
    return "lambda";
  case ExprKind::Call:
    return "function call";
  case ExprKind::BoolOp:
  case ExprKind::BinOp:
  case ExprKind::UnaryOp:
    return "expression";
  case ExprKind::GeneratorExp:
    return "generator expression";
  case ExprKind::Yield:
  case ExprKind::YieldFrom:
    return "yield expression";
  case ExprKind::Await:
    return "await expression";
  case ExprKind::ListComp:
    return "list comprehension";
  case ExprKind::SetComp:
    return "set comprehension";
  case ExprKind::DictComp:
    return "dict comprehension";
  case ExprKind::Dict:
    return "dict literal";
  case ExprKind::Set:
    return "set display";
  case ExprKind::JoinedStr:
  case ExprKind::FormattedValue:
    return "f-string expression";
  case ExprKind::Constant: {
    const ConstantValue& v = e.as<Constant>().value;
    if (v.kind == ConstantValue::Kind::None)
      return "None";
    if (v.kind == ConstantValue::Kind::Bool)
      return v.boolean ? "True" : "False";
    if (v.kind == ConstantValue::Kind::Ellipsis)
      return "ellipsis";
    return "literal";
  }
  case ExprKind::Compare:
    return "comparison";
  case ExprKind::IfExp:
    return "conditional expression";
  case ExprKind::NamedExpr:
    return "named expression";
  case ExprKind::Slice:
    return "slice";
  }
  return "expression";
}

// The part of `e` that cannot be assigned to (or deleted), or null.
const Expr* invalid_target(const Expr& e, TargetsType type) {
  switch (e.kind) {
  case ExprKind::List:
    for (const ExprPtr& x : e.as<List>().elts)
      if (const Expr* bad = invalid_target(*x, type))
        return bad;
    return nullptr;
  case ExprKind::Tuple:
    for (const ExprPtr& x : e.as<Tuple>().elts)
      if (const Expr* bad = invalid_target(*x, type))
        return bad;
    return nullptr;
  case ExprKind::Starred:
    if (type == TargetsType::Del)
      return &e;
    return invalid_target(*e.as<Starred>().value, type);
  case ExprKind::Compare:
    // `for a in b` parsed as an expression is a comparison: look at its left side.
    if (type == TargetsType::For) {
      const Compare& c = e.as<Compare>();
      return c.ops[0] == CmpOperator::In ? invalid_target(*c.left, type) : nullptr;
    }
    return &e;
  case ExprKind::Name:
  case ExprKind::Subscript:
  case ExprKind::Attribute:
    return nullptr;
  default:
    return &e;
  }
}

// Gives a valid target (and its elements) the context `ctx`.
void set_context(Expr& e, ExprContext ctx) {
  switch (e.kind) {
  case ExprKind::Name:
    e.as<Name>().ctx = ctx;
    break;
  case ExprKind::Attribute:
    e.as<Attribute>().ctx = ctx;
    break;
  case ExprKind::Subscript:
    e.as<Subscript>().ctx = ctx;
    break;
  case ExprKind::Starred:
    e.as<Starred>().ctx = ctx;
    set_context(*e.as<Starred>().value, ctx);
    break;
  case ExprKind::List:
    e.as<List>().ctx = ctx;
    for (ExprPtr& x : e.as<List>().elts)
      set_context(*x, ctx);
    break;
  case ExprKind::Tuple:
    e.as<Tuple>().ctx = ctx;
    for (ExprPtr& x : e.as<Tuple>().elts)
      set_context(*x, ctx);
    break;
  default:
    break;
  }
}

// --- Numbers ----------------------------------------------------------------------------------

// Multiplies the decimal digits in `digits` by `base` and adds `add`.
void big_multiply_add(std::string& digits, int base, int add) {
  int carry = add;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = (*it - '0') * base + carry;
    *it = static_cast<char>('0' + d % 10);
    carry = d / 10;
  }
  while (carry) {
    digits.insert(digits.begin(), static_cast<char>('0' + carry % 10));
    carry /= 10;
  }
}

// --- Unsupported constructs -------------------------------------------------------------------

constexpr const char* kMatchUnsupported = "'match' statement is not supported";
constexpr const char* kExceptStarUnsupported = "'except*' (exception groups) is not supported";
constexpr const char* kTypeStatementUnsupported = "'type' statement is not supported";
constexpr const char* kTypeParamsUnsupported = "type parameter lists are not supported";
constexpr const char* kComplexUnsupported =
    "complex numbers (imaginary literals) are not supported";
constexpr const char* kNamedEscapeUnsupported =
    "only the common characters have names in the scenario language";

// --- The parser -------------------------------------------------------------------------------

struct StringPart; // one STRING token, decoded

class Parser {
public:
  Parser(const SourceFile& source, TokenizedSource tokens, const ParseOptions& options)
      : source_(source), tokens_(std::move(tokens)), options_(options) {}

  // Runs `rule` (parse_file, or parse_star_expressions for an f-string's expression) in the
  // first pass, then in the error pass when it failed; throws the SyntaxError to report.
  template <class Rule> auto parse_with_error_pass(Rule rule) -> decltype((this->*rule)());

  std::unique_ptr<Module> parse_file();
  ExprPtr parse_star_expressions();
  // In an f-string's expression: messages start with "f-string: ", and show the expression
  // as CPython 3.11 parses it, "(expr)", on its real line (tokens are shifted by these).
  bool in_fstring = false;
  const SourceFile* fstring_source = nullptr;
  int fstring_line_shift = 0;
  int fstring_col_shift = 0;

  SyntaxError error_at_locations(std::string msg, int line, int col, int end_line, int end_col,
                                 const char* type = "SyntaxError") const;

private:
  const SourceFile& source_;
  TokenizedSource tokens_;
  ParseOptions options_;
  std::size_t pos_ = 0;
  std::size_t furthest_ = 0; // the furthest token fetched (CPython's p->fill - 1)
  bool error_pass_ = false;
  int speculating_ = 0; // inside attempt(): the invalid_* checks stay off
  bool tokenizer_error_reached_ = false;
  int depth_ = 0; // nesting of expressions being parsed

  // Deeply nested expressions ("not not not ... x") stop with CPython's error before the
  // recursion can exhaust the C++ stack.
  struct DepthGuard {
    static constexpr int kMaxDepth = 3000;
    Parser& parser;
    explicit DepthGuard(Parser& p) : parser(p) {
      if (++parser.depth_ > kMaxDepth) {
        --parser.depth_;
        SyntaxError e;
        e.type = "RecursionError";
        e.msg = "maximum recursion depth exceeded during compilation";
        e.filename = parser.source_.filename();
        e.has_text = false;
        throw e;
      }
    }
    ~DepthGuard() { --parser.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
  };

  // --- Tokens ---

  const Token& tok(std::size_t i) {
    if (i >= tokens_.tokens.size()) {
      if (tokens_.error) {
        tokenizer_error_reached_ = true;
        throw *tokens_.error;
      }
      i = tokens_.tokens.size() - 1; // the ENDMARKER
    }
    furthest_ = std::max(furthest_, i);
    return tokens_.tokens[i];
  }
  const Token& cur() { return tok(pos_); }
  const Token& ahead(std::size_t n) { return tok(pos_ + n); }
  const Token& prev() const { return tokens_.tokens[pos_ - 1]; }
  bool at(TokenKind k) { return cur().kind == k; }
  bool at_name(std::string_view text) { return at(TokenKind::Name) && cur().text == text; }
  bool accept(TokenKind k) {
    if (!at(k))
      return false;
    ++pos_;
    return true;
  }
  const Token& expect(TokenKind k) {
    if (!at(k))
      fail();
    return tokens_.tokens[pos_++];
  }
  // CPython's forced token (&&':'): a SyntaxError "expected ':'" right at the wrong token.
  const Token& expect_forced(TokenKind k) {
    if (!at(k))
      throw error_at_token(cur(), "expected '" + std::string(token_kind_spelling(k)) + "'");
    return tokens_.tokens[pos_++];
  }
  [[noreturn]] void fail() { throw ParseFailure{}; }

  bool checking() const { return error_pass_ && speculating_ == 0; }

  // Runs `f` as a PEG alternative: when it fails, the position is restored and false returned.
  // A SyntaxError still propagates, as an error raised in CPython's parser does.
  template <class F> bool backtrack(F&& f) {
    std::size_t saved = pos_;
    try {
      f();
      return true;
    } catch (const ParseFailure&) {
      pos_ = saved;
      return false;
    }
  }
  // The same for a look-ahead made by an invalid_* check: the checks stay off inside.
  template <class F> bool attempt(F&& f) {
    ++speculating_;
    bool ok;
    try {
      ok = backtrack(f);
    } catch (...) {
      --speculating_;
      throw;
    }
    --speculating_;
    return ok;
  }

  // --- Errors ---

  // From the token at `start` to the last token read, NEWLINE, INDENT and DEDENT aside (a
  // compound statement ends with the last statement of its block).
  Location loc_from(std::size_t start) {
    const Token& first = tok(start);
    std::size_t last = pos_ - 1;
    while (last > start && (tokens_.tokens[last].kind == TokenKind::Newline ||
                            tokens_.tokens[last].kind == TokenKind::Indent ||
                            tokens_.tokens[last].kind == TokenKind::Dedent))
      --last;
    const Token& end = tokens_.tokens[last];
    return Location{first.line, first.col, end.end_line, end.end_col};
  }

  SyntaxError error_at_token(const Token& t, std::string msg, const char* type = "SyntaxError") {
    return error_at_locations(std::move(msg), t.line, t.col, t.end_line, t.end_col, type);
  }
  SyntaxError error_at(const Location& l, std::string msg) {
    return error_at_locations(std::move(msg), l.lineno, l.col_offset, l.end_lineno,
                              l.end_col_offset);
  }
  SyntaxError error_range(const Location& a, const Location& b, std::string msg) {
    return error_at_locations(std::move(msg), a.lineno, a.col_offset, b.end_lineno,
                              b.end_col_offset);
  }
  // CPython's RAISE_SYNTAX_ERROR: located at the last token fetched.
  SyntaxError error_at_last_token(std::string msg, const char* type = "SyntaxError") {
    return error_at_token(tok(furthest_), std::move(msg), type);
  }
  // CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to the tokenizer's position.
  SyntaxError error_starting_from(const Location& a, std::string msg) {
    const Token& last = tok(furthest_);
    return error_at_locations(std::move(msg), a.lineno, a.col_offset, last.end_line,
                              last.end_col - 1);
  }
  SyntaxError unsupported(int line, int col, int end_line, int end_col, std::string msg) {
    SyntaxError e = error_at_locations(msg, line, col, end_line, end_col);
    e.type = "NotImplementedError";
    e.msg = std::move(msg);
    return e;
  }
  SyntaxError unsupported_at(const Token& t, std::string msg) {
    return unsupported(t.line, t.col, t.end_line, t.end_col, std::move(msg));
  }

  // --- Node construction ---

  template <class T> std::unique_ptr<T> make(std::size_t start) {
    auto n = std::make_unique<T>();
    n->loc = loc_from(start);
    return n;
  }

  ExprPtr make_name(const Token& t, ExprContext ctx = ExprContext::Load) {
    auto n = std::make_unique<Name>();
    n->id = std::string(t.text);
    n->ctx = ctx;
    n->loc = Location{t.line, t.col, t.end_line, t.end_col};
    return n;
  }

  // --- Statements ---

  void parse_statements(StmtList& out, bool top_level);
  void parse_statement(StmtList& out);
  void parse_simple_stmts(StmtList& out);
  StmtPtr parse_simple_stmt();
  StmtPtr parse_assignment_or_expression();
  void check_invalid_assignment(std::size_t start);
  void check_invalid_named_expression_at(std::size_t start);
  StmtPtr parse_return();
  StmtPtr parse_raise();
  StmtPtr parse_global_or_nonlocal();
  StmtPtr parse_del();
  StmtPtr parse_assert();
  StmtPtr parse_import();
  StmtPtr parse_import_from();
  StmtList parse_block(const Token& keyword, const char* what);
  StmtPtr parse_compound_stmt();
  StmtPtr parse_decorated();
  StmtPtr parse_function_def(std::size_t start, ExprList decorators, bool is_async);
  StmtPtr parse_class_def(std::size_t start, ExprList decorators);
  StmtPtr parse_if(bool elif);
  StmtList parse_else_block();
  StmtPtr parse_while();
  StmtPtr parse_for(std::size_t start, bool is_async);
  StmtPtr parse_with(std::size_t start, bool is_async);
  StmtPtr parse_try();
  bool at_match_statement();
  void check_block_header_end(const Token& keyword, const char* what);

  // --- Expressions ---

  ExprPtr parse_star_expression();
  ExprPtr parse_star_named_expression();
  void parse_star_named_expressions(ExprList& out, TokenKind closing);
  ExprPtr parse_named_expression();
  ExprPtr parse_expression();
  ExprPtr parse_expression_without_invalid();
  void check_invalid_expression(std::size_t start);
  ExprPtr parse_disjunction();
  ExprPtr parse_conjunction();
  ExprPtr parse_bool_op(TokenKind token, BoolOperator op, ExprPtr (Parser::*operand)());
  ExprPtr parse_inversion();
  ExprPtr parse_comparison();
  ExprPtr parse_bitwise(int level);
  ExprPtr parse_factor();
  ExprPtr parse_power();
  ExprPtr parse_await_primary();
  ExprPtr parse_primary();
  ExprPtr parse_atom();
  ExprPtr parse_paren_atom();
  // invalid_comprehension: ('[' | '(' | '{') starred_expression for_if_clauses
  void check_starred_comprehension(const Expr& first) {
    if (first.kind != ExprKind::Starred)
      return;
    if (checking())
      throw error_at(first.loc, "iterable unpacking cannot be used in comprehension");
    fail();
  }
  ExprPtr parse_list_atom();
  ExprPtr parse_brace_atom();
  ExprPtr parse_slices();
  ExprPtr parse_slice();
  void parse_arguments(bool allow_genexp, ExprList& args, std::vector<Keyword>& keywords);
  void check_invalid_arguments(std::size_t args_start);
  ExprPtr parse_lambda();
  std::unique_ptr<Arguments> parse_parameters(bool lambda);
  std::vector<Comprehension> parse_for_if_clauses();
  ExprPtr parse_star_targets();
  ExprPtr parse_star_target();
  ExprPtr parse_yield_expr();
  ExprPtr parse_number(const Token& t);
  ExprPtr parse_strings();
  void to_store(Expr& target, TargetsType type);
  bool starts_expression(const Token& t);

  // Strings (below, with the f-string parser).
  friend class StringParser;
};

// --- Errors -----------------------------------------------------------------------------------

SyntaxError Parser::error_at_locations(std::string msg, int line, int col, int end_line,
                                       int end_col, const char* type) const {
  SyntaxError e;
  e.type = type;
  e.msg = in_fstring ? "f-string: " + msg : std::move(msg);
  e.filename = source_.filename();
  std::string_view text = source_.line(line);
  if (fstring_source) {
    int sub_line = line - fstring_line_shift;
    if (sub_line == 1)
      col -= fstring_col_shift;
    if (end_line - fstring_line_shift == 1 && end_col >= 0)
      end_col -= fstring_col_shift;
    text = fstring_source->line(sub_line);
  }
  e.lineno = line;
  // Running a file, CPython 3.11 keeps the parser's columns in bytes (its tokenizer has no
  // encoding set, so _PyPegen_raise_error_known_location does not convert them).
  e.offset = col < 0 ? col : col + 1;
  e.end_lineno = end_line;
  e.end_offset = end_col < 0 ? end_col : end_col + 1;
  e.text = std::string(text);
  e.has_text = !text.empty();
  return e;
}

// --- File and statements ----------------------------------------------------------------------

std::unique_ptr<Module> Parser::parse_file() {
  auto module = std::make_unique<Module>();
  parse_statements(module->body, true);
  expect(TokenKind::EndMarker);
  return module;
}

void Parser::parse_statements(StmtList& out, bool top_level) {
  for (;;) {
    TokenKind k = cur().kind;
    if (k == TokenKind::EndMarker || (!top_level && k == TokenKind::Dedent))
      return;
    parse_statement(out);
  }
}

void Parser::parse_statement(StmtList& out) {
  poll_embedder();
  if (StmtPtr s = parse_compound_stmt()) {
    out.push_back(std::move(s));
    return;
  }
  parse_simple_stmts(out);
}

void Parser::parse_simple_stmts(StmtList& out) {
  for (;;) {
    out.push_back(parse_simple_stmt());
    if (accept(TokenKind::Semi)) {
      if (at(TokenKind::Newline))
        break;
      continue;
    }
    break;
  }
  expect(TokenKind::Newline);
}

bool Parser::starts_expression(const Token& t) {
  switch (t.kind) {
  case TokenKind::Name:
  case TokenKind::Number:
  case TokenKind::String:
  case TokenKind::LPar:
  case TokenKind::LSqb:
  case TokenKind::LBrace:
  case TokenKind::Minus:
  case TokenKind::Plus:
  case TokenKind::Tilde:
  case TokenKind::Not:
  case TokenKind::Lambda:
  case TokenKind::Await:
  case TokenKind::None:
  case TokenKind::True:
  case TokenKind::False:
  case TokenKind::Ellipsis:
    return true;
  default:
    return false;
  }
}

StmtPtr Parser::parse_simple_stmt() {
  std::size_t start = pos_;
  switch (cur().kind) {
  case TokenKind::Return:
    return parse_return();
  case TokenKind::Import:
    return parse_import();
  case TokenKind::From:
    return parse_import_from();
  case TokenKind::Raise:
    return parse_raise();
  case TokenKind::Pass:
    ++pos_;
    return make<Pass>(start);
  case TokenKind::Break:
    ++pos_;
    return make<Break>(start);
  case TokenKind::Continue:
    ++pos_;
    return make<Continue>(start);
  case TokenKind::Del:
    return parse_del();
  case TokenKind::Assert:
    return parse_assert();
  case TokenKind::Global:
  case TokenKind::Nonlocal:
    return parse_global_or_nonlocal();
  default:
    break;
  }
  // `type X = ...` (Python 3.12): CPython 3.11 rejects it; name the construct instead.
  if (at_name("type") && ahead(1).kind == TokenKind::Name &&
      (ahead(2).kind == TokenKind::Equal || ahead(2).kind == TokenKind::LSqb))
    throw unsupported_at(cur(), kTypeStatementUnsupported);
  return parse_assignment_or_expression();
}

// assignment | star_expressions (and yield_stmt): the targets are parsed as expressions, then
// checked and given the Store context once an '=', ':' or augmented operator follows.
StmtPtr Parser::parse_assignment_or_expression() {
  std::size_t start = pos_;
  // Annotated assignment: NAME ':' | '(' single_target ')' ':' | attribute/subscript ':'.
  ExprPtr first = at(TokenKind::Yield) ? parse_yield_expr() : parse_star_expressions();
  bool first_parenthesized_name = tok(start).kind == TokenKind::LPar;

  if (at(TokenKind::Colon)) {
    const Expr& t = *first;
    bool valid =
        t.kind == ExprKind::Name || t.kind == ExprKind::Attribute || t.kind == ExprKind::Subscript;
    if (!valid) {
      if (!checking())
        fail();
      // invalid_assignment: the annotated target must be a single one.
      ++pos_;
      ExprPtr annotation = parse_expression();
      (void)annotation;
      if (t.kind == ExprKind::List || t.kind == ExprKind::Tuple) {
        const char* what = t.kind == ExprKind::List ? "list" : "tuple";
        // An unparenthesized tuple reports its first element.
        bool bare_tuple = t.kind == ExprKind::Tuple && tok(start).kind != TokenKind::LPar;
        if (bare_tuple)
          throw error_at(t.as<Tuple>().elts[0]->loc,
                         "only single target (not tuple) can be annotated");
        throw error_at(t.loc,
                       std::string("only single target (not ") + what + ") can be annotated");
      }
      throw error_at(t.loc, "illegal target for annotation");
    }
    ++pos_;
    auto s = make<AnnAssign>(start);
    s->simple = t.kind == ExprKind::Name && !first_parenthesized_name;
    set_context(*first, ExprContext::Store);
    s->target = std::move(first);
    s->annotation = parse_expression();
    if (accept(TokenKind::Equal))
      s->value = at(TokenKind::Yield) ? parse_yield_expr() : parse_star_expressions();
    s->loc = loc_from(start);
    return s;
  }

  if (cur().kind >= TokenKind::PlusEqual && cur().kind <= TokenKind::RightShiftEqual) {
    TokenKind k = cur().kind;
    const Expr& t = *first;
    if (t.kind != ExprKind::Name && t.kind != ExprKind::Attribute &&
        t.kind != ExprKind::Subscript) {
      if (!checking())
        fail();
      throw error_at(t.loc, std::string("'") + expr_name(t) +
                                "' is an illegal expression for augmented assignment");
    }
    ++pos_;
    static constexpr Operator kOps[] = {
        Operator::Add,      Operator::Sub,    Operator::Mult,    Operator::Pow,    Operator::Div,
        Operator::FloorDiv, Operator::Mod,    Operator::MatMult, Operator::BitAnd, Operator::BitOr,
        Operator::BitXor,   Operator::LShift, Operator::RShift};
    auto s = std::make_unique<AugAssign>();
    set_context(*first, ExprContext::Store);
    s->target = std::move(first);
    s->op = kOps[static_cast<int>(k) - static_cast<int>(TokenKind::PlusEqual)];
    s->value = at(TokenKind::Yield) ? parse_yield_expr() : parse_star_expressions();
    s->loc = loc_from(start);
    return s;
  }

  if (at(TokenKind::Equal)) {
    ExprList targets;
    targets.push_back(std::move(first));
    ExprPtr value;
    for (;;) {
      expect(TokenKind::Equal);
      // CPython's assignment rule stops at an invalid target; its invalid_assignment follows.
      if (checking() && invalid_target(*targets.back(), TargetsType::Star))
        check_invalid_assignment(start);
      try {
        value = at(TokenKind::Yield) ? parse_yield_expr() : parse_star_expressions();
      } catch (const ParseFailure&) {
        if (checking())
          check_invalid_assignment(start);
        throw;
      }
      if (!at(TokenKind::Equal))
        break;
      targets.push_back(std::move(value));
    }
    for (const ExprPtr& t : targets) {
      if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom ||
          invalid_target(*t, TargetsType::Star)) {
        if (!checking())
          fail();
        check_invalid_assignment(start);
      }
    }
    for (ExprPtr& t : targets)
      set_context(*t, ExprContext::Store);
    auto s = std::make_unique<Assign>();
    s->targets = std::move(targets);
    s->value = std::move(value);
    s->loc = loc_from(start);
    return s;
  }

  auto s = std::make_unique<ExprStmt>();
  s->value = std::move(first);
  s->loc = loc_from(start);
  return s;
}

// invalid_assignment, for targets that cannot be assigned to (error pass).
void Parser::check_invalid_assignment(std::size_t start) {
  // Its alternative star_named_expression ',' ... reaches invalid_named_expression for the
  // elements of a first bare tuple: "cannot assign to X here. Maybe you meant '=='...".
  pos_ = start;
  for (;;) {
    std::size_t element = pos_;
    if (!at(TokenKind::Star))
      check_invalid_named_expression_at(element);
    pos_ = element;
    ExprPtr e;
    if (!attempt([&] { e = parse_star_named_expression(); }))
      break;
    if (!accept(TokenKind::Comma))
      break;
  }
  // (star_targets '=')* a=star_expressions '=': the first invalid target, then yields.
  pos_ = start;
  for (;;) {
    std::size_t target_start = pos_;
    ExprPtr t;
    if (at(TokenKind::Yield)) {
      t = parse_yield_expr();
      if (at(TokenKind::Equal))
        throw error_at(t->loc, "assignment to yield expression not possible");
      break;
    }
    t = parse_star_expressions();
    if (!at(TokenKind::Equal))
      break;
    if (const Expr* bad = invalid_target(*t, TargetsType::Star))
      throw error_at(bad->loc, std::string("cannot assign to ") + expr_name(*bad));
    ++pos_;
    (void)target_start;
  }
  fail();
}

// invalid_named_expression at `start` (error pass): an expression followed by '='.
void Parser::check_invalid_named_expression_at(std::size_t start) {
  pos_ = start;
  // a=NAME '=' b=bitwise_or !('='|':=')
  if (at(TokenKind::Name) && ahead(1).kind == TokenKind::Equal) {
    const Token& name = cur();
    pos_ += 2;
    ExprPtr b;
    if (attempt([&] { b = parse_bitwise(0); }) && !at(TokenKind::Equal) &&
        !at(TokenKind::ColonEqual))
      throw error_range(Location{name.line, name.col, name.end_line, name.end_col}, b->loc,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  pos_ = start;
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  TokenKind k = cur().kind;
  if (k == TokenKind::True || k == TokenKind::None || k == TokenKind::False)
    return;
  if (k == TokenKind::LSqb || k == TokenKind::LPar) {
    ExprPtr display;
    bool is_display = attempt([&] {
      display = parse_atom();
      if (display->kind != (k == TokenKind::LSqb ? ExprKind::List : ExprKind::Tuple) &&
          display->kind != ExprKind::GeneratorExp)
        fail();
      // A parenthesized single expression is a group, not a tuple.
      if (display->kind == ExprKind::Tuple && display->loc.col_offset != tok(start).col)
        fail();
    });
    pos_ = start;
    if (is_display)
      return;
  }
  ExprPtr a, b;
  if (attempt([&] { a = parse_bitwise(0); }) && at(TokenKind::Equal)) {
    ++pos_;
    if (attempt([&] { b = parse_bitwise(0); }) && !at(TokenKind::Equal) &&
        !at(TokenKind::ColonEqual))
      throw error_at(a->loc, std::string("cannot assign to ") + expr_name(*a) +
                                 " here. Maybe you meant '==' instead of '='?");
  }
  pos_ = start;
}

StmtPtr Parser::parse_return() {
  std::size_t start = pos_;
  expect(TokenKind::Return);
  auto s = std::make_unique<Return>();
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi))
    s->value = parse_star_expressions();
  s->loc = loc_from(start);
  return s;
}

StmtPtr Parser::parse_raise() {
  std::size_t start = pos_;
  const Token& raise = expect(TokenKind::Raise);
  auto s = std::make_unique<Raise>();
  if (checking() && at(TokenKind::From))
    throw error_range(Location{raise.line, raise.col, raise.end_line, raise.end_col},
                      Location{cur().line, cur().col, cur().end_line, cur().end_col},
                      "did you forget an expression between 'raise' and 'from'?");
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
    s->exc = parse_expression();
    if (accept(TokenKind::From)) {
      if (checking() && (at(TokenKind::Newline) || at(TokenKind::Semi)))
        throw error_at_token(prev(), "did you forget an expression after 'from'?");
      s->cause = parse_expression();
    }
  }
  s->loc = loc_from(start);
  return s;
}

StmtPtr Parser::parse_global_or_nonlocal() {
  std::size_t start = pos_;
  bool global = accept(TokenKind::Global);
  if (!global)
    expect(TokenKind::Nonlocal);
  std::vector<std::string> names;
  do {
    names.emplace_back(expect(TokenKind::Name).text);
  } while (accept(TokenKind::Comma));
  if (global) {
    auto s = make<Global>(start);
    s->names = std::move(names);
    return s;
  }
  auto s = make<Nonlocal>(start);
  s->names = std::move(names);
  return s;
}

StmtPtr Parser::parse_del() {
  std::size_t start = pos_;
  expect(TokenKind::Del);
  std::size_t targets_start = pos_;
  ExprList targets;
  // del_targets: ','.del_target+ [','], each a name, attribute, subscript or a
  // (parenthesized / bracketed) list of them, followed by ';' or NEWLINE.
  bool ok = attempt([&] {
    for (;;) {
      ExprPtr t = parse_bitwise(0);
      if (invalid_target(*t, TargetsType::Del))
        fail();
      targets.push_back(std::move(t));
      if (!accept(TokenKind::Comma))
        break;
      if (at(TokenKind::Newline) || at(TokenKind::Semi))
        break;
    }
    if (!at(TokenKind::Newline) && !at(TokenKind::Semi))
      fail();
  });
  if (!ok) {
    if (!checking())
      fail();
    // invalid_del_stmt: 'del' a=star_expressions
    pos_ = targets_start;
    ExprPtr a = parse_star_expressions();
    if (const Expr* bad = invalid_target(*a, TargetsType::Del))
      throw error_at(bad->loc, std::string("cannot delete ") + expr_name(*bad));
    fail();
  }
  for (ExprPtr& t : targets)
    set_context(*t, ExprContext::Del);
  auto s = make<Delete>(start);
  s->targets = std::move(targets);
  return s;
}

StmtPtr Parser::parse_assert() {
  std::size_t start = pos_;
  expect(TokenKind::Assert);
  auto s = std::make_unique<Assert>();
  s->test = parse_expression();
  if (accept(TokenKind::Comma))
    s->msg = parse_expression();
  s->loc = loc_from(start);
  return s;
}

StmtPtr Parser::parse_import() {
  std::size_t start = pos_;
  expect(TokenKind::Import);
  auto s = std::make_unique<Import>();
  do {
    std::size_t alias_start = pos_;
    Alias a;
    a.name = std::string(expect(TokenKind::Name).text);
    while (accept(TokenKind::Dot))
      a.name += "." + std::string(expect(TokenKind::Name).text);
    if (accept(TokenKind::As))
      a.asname = std::string(expect(TokenKind::Name).text);
    a.loc = loc_from(alias_start);
    s->names.push_back(std::move(a));
  } while (accept(TokenKind::Comma));
  s->loc = loc_from(start);
  return s;
}

StmtPtr Parser::parse_import_from() {
  std::size_t start = pos_;
  expect(TokenKind::From);
  auto s = std::make_unique<ImportFrom>();
  for (;;) {
    if (accept(TokenKind::Dot))
      s->level += 1;
    else if (accept(TokenKind::Ellipsis))
      s->level += 3;
    else
      break;
  }
  if (at(TokenKind::Name)) {
    std::string module(expect(TokenKind::Name).text);
    while (accept(TokenKind::Dot))
      module += "." + std::string(expect(TokenKind::Name).text);
    s->module = std::move(module);
  } else if (s->level == 0) {
    fail();
  }
  expect(TokenKind::Import);
  auto parse_alias = [&] {
    std::size_t alias_start = pos_;
    Alias a;
    a.name = std::string(expect(TokenKind::Name).text);
    if (accept(TokenKind::As))
      a.asname = std::string(expect(TokenKind::Name).text);
    a.loc = loc_from(alias_start);
    s->names.push_back(std::move(a));
  };
  if (accept(TokenKind::LPar)) {
    do {
      if (at(TokenKind::RPar) && !s->names.empty())
        break;
      parse_alias();
    } while (accept(TokenKind::Comma));
    expect(TokenKind::RPar);
  } else if (at(TokenKind::Star)) {
    std::size_t star = pos_++;
    Alias a;
    a.name = "*";
    a.loc = loc_from(star);
    s->names.push_back(std::move(a));
  } else {
    do {
      if (checking() && at(TokenKind::Newline) && !s->names.empty())
        throw error_at_last_token("trailing comma not allowed without surrounding parentheses");
      parse_alias();
    } while (accept(TokenKind::Comma));
  }
  s->loc = loc_from(start);
  return s;
}

// --- Compound statements ----------------------------------------------------------------------

// The end of a block header, in the error pass: "expected ':'" when the line ends instead.
void Parser::check_block_header_end(const Token& keyword, const char* what) {
  (void)keyword;
  (void)what;
  if (checking() && at(TokenKind::Newline))
    throw error_at_last_token("expected ':'");
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts. The ':' was just read; `keyword`
// and `what` name the statement for "expected an indented block after 'if' statement on line 1".
StmtList Parser::parse_block(const Token& keyword, const char* what) {
  StmtList body;
  if (accept(TokenKind::Newline)) {
    if (!at(TokenKind::Indent)) {
      if (!checking())
        fail();
      std::string msg = "expected an indented block";
      if (what)
        msg += std::string(" after ") + what + " on line " + std::to_string(keyword.line);
      throw error_at_last_token(msg, "IndentationError");
    }
    ++pos_;
    parse_statements(body, false);
    expect(TokenKind::Dedent);
    return body;
  }
  parse_simple_stmts(body);
  return body;
}

StmtPtr Parser::parse_compound_stmt() {
  std::size_t start = pos_;
  switch (cur().kind) {
  case TokenKind::Def:
    return parse_function_def(start, {}, false);
  case TokenKind::At:
    return parse_decorated();
  case TokenKind::Class:
    return parse_class_def(start, {});
  case TokenKind::If:
    return parse_if(false);
  case TokenKind::While:
    return parse_while();
  case TokenKind::For:
    return parse_for(start, false);
  case TokenKind::With:
    return parse_with(start, false);
  case TokenKind::Try:
    return parse_try();
  case TokenKind::Async: {
    TokenKind next = ahead(1).kind;
    ++pos_;
    if (next == TokenKind::Def)
      return parse_function_def(start, {}, true);
    if (next == TokenKind::For)
      return parse_for(start, true);
    if (next == TokenKind::With)
      return parse_with(start, true);
    fail();
  }
  default:
    break;
  }
  if (at_name("match") && at_match_statement())
    throw unsupported_at(cur(), kMatchUnsupported);
  return nullptr;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. Only the head is
// recognized here, to name the construct.
bool Parser::at_match_statement() {
  std::size_t saved = pos_;
  bool is_match = attempt([&] {
    ++pos_;
    ExprPtr subject = parse_star_named_expression();
    if (accept(TokenKind::Comma) && !at(TokenKind::Colon)) {
      ExprList rest;
      parse_star_named_expressions(rest, TokenKind::Colon);
    }
    expect(TokenKind::Colon);
    expect(TokenKind::Newline);
    expect(TokenKind::Indent);
    if (!at_name("case"))
      fail();
  });
  pos_ = saved;
  return is_match;
}

StmtPtr Parser::parse_decorated() {
  std::size_t start = pos_;
  ExprList decorators;
  while (accept(TokenKind::At)) {
    decorators.push_back(parse_named_expression());
    expect(TokenKind::Newline);
  }
  if (at(TokenKind::Def))
    return parse_function_def(start, std::move(decorators), false);
  if (at(TokenKind::Async) && ahead(1).kind == TokenKind::Def) {
    ++pos_;
    return parse_function_def(start, std::move(decorators), true);
  }
  if (at(TokenKind::Class))
    return parse_class_def(start, std::move(decorators));
  fail();
}

StmtPtr Parser::parse_function_def(std::size_t start, ExprList decorators, bool is_async) {
  // The node starts at 'def' (or 'async'), not at the decorators.
  std::size_t def_start = is_async ? pos_ - 1 : pos_;
  const Token& def = expect(TokenKind::Def);
  const Token& name = expect(TokenKind::Name);
  if (at(TokenKind::LSqb))
    throw unsupported_at(cur(), kTypeParamsUnsupported);
  expect_forced(TokenKind::LPar);
  std::unique_ptr<Arguments> args = parse_parameters(false);
  expect(TokenKind::RPar);
  ExprPtr returns;
  if (accept(TokenKind::RArrow))
    returns = parse_expression();
  expect_forced(TokenKind::Colon);
  StmtList body = parse_block(def, "function definition");
  (void)start;
  auto fill = [&](auto& f) {
    f.name = std::string(name.text);
    f.args = std::move(args);
    f.body = std::move(body);
    f.decorator_list = std::move(decorators);
    f.returns = std::move(returns);
    f.loc = loc_from(def_start);
  };
  if (is_async) {
    auto f = std::make_unique<AsyncFunctionDef>();
    fill(*f);
    return f;
  }
  auto f = std::make_unique<FunctionDef>();
  fill(*f);
  return f;
}

StmtPtr Parser::parse_class_def(std::size_t start, ExprList decorators) {
  (void)start;
  std::size_t class_start = pos_;
  const Token& cls = expect(TokenKind::Class);
  auto c = std::make_unique<ClassDef>();
  c->name = std::string(expect(TokenKind::Name).text);
  if (at(TokenKind::LSqb))
    throw unsupported_at(cur(), kTypeParamsUnsupported);
  if (accept(TokenKind::LPar)) {
    if (!at(TokenKind::RPar))
      parse_arguments(false, c->bases, c->keywords);
    expect(TokenKind::RPar);
  }
  check_block_header_end(cls, "class definition");
  expect(TokenKind::Colon);
  c->body = parse_block(cls, "class definition");
  c->decorator_list = std::move(decorators);
  c->loc = loc_from(class_start);
  return c;
}

StmtPtr Parser::parse_if(bool elif) {
  std::size_t start = pos_;
  const Token& keyword = tok(pos_++);
  auto s = std::make_unique<If>();
  s->test = parse_named_expression();
  check_block_header_end(keyword, nullptr);
  expect(TokenKind::Colon);
  s->body = parse_block(keyword, elif ? "'elif' statement" : "'if' statement");
  if (at(TokenKind::Elif)) {
    s->orelse.push_back(parse_if(true));
  } else if (at(TokenKind::Else)) {
    s->orelse = parse_else_block();
  }
  s->loc = loc_from(start);
  return s;
}

StmtList Parser::parse_else_block() {
  const Token& keyword = expect(TokenKind::Else);
  expect_forced(TokenKind::Colon);
  return parse_block(keyword, "'else' statement");
}

StmtPtr Parser::parse_while() {
  std::size_t start = pos_;
  const Token& keyword = expect(TokenKind::While);
  auto s = std::make_unique<While>();
  s->test = parse_named_expression();
  check_block_header_end(keyword, nullptr);
  expect(TokenKind::Colon);
  s->body = parse_block(keyword, "'while' statement");
  if (at(TokenKind::Else))
    s->orelse = parse_else_block();
  s->loc = loc_from(start);
  return s;
}

StmtPtr Parser::parse_for(std::size_t start, bool is_async) {
  const Token& keyword = expect(TokenKind::For);
  std::size_t target_start = pos_;
  ExprPtr target;
  bool ok = attempt([&] {
    target = parse_star_targets();
    if (!at(TokenKind::In))
      fail();
  });
  if (!ok) {
    if (!checking())
      fail();
    // invalid_for_target: 'for' a=star_expressions
    pos_ = target_start;
    ExprPtr a = parse_star_expressions();
    if (const Expr* bad = invalid_target(*a, TargetsType::For))
      throw error_at(bad->loc, std::string("cannot assign to ") + expr_name(*bad));
    fail();
  }
  expect(TokenKind::In);
  ExprPtr iter = parse_star_expressions();
  check_block_header_end(keyword, nullptr);
  expect(TokenKind::Colon);
  StmtList body = parse_block(keyword, "'for' statement");
  StmtList orelse;
  if (at(TokenKind::Else))
    orelse = parse_else_block();
  auto fill = [&](auto& f) {
    f.target = std::move(target);
    f.iter = std::move(iter);
    f.body = std::move(body);
    f.orelse = std::move(orelse);
    f.loc = loc_from(start);
  };
  if (is_async) {
    auto f = std::make_unique<AsyncFor>();
    fill(*f);
    return f;
  }
  auto f = std::make_unique<For>();
  fill(*f);
  return f;
}

StmtPtr Parser::parse_with(std::size_t start, bool is_async) {
  const Token& keyword = expect(TokenKind::With);
  std::vector<WithItem> items;
  auto parse_item = [&] {
    WithItem item;
    item.context_expr = parse_expression();
    if (accept(TokenKind::As)) {
      std::size_t target_start = pos_;
      ExprPtr target;
      bool ok = attempt([&] {
        target = parse_star_target();
        if (!at(TokenKind::Comma) && !at(TokenKind::RPar) && !at(TokenKind::Colon))
          fail();
      });
      if (!ok) {
        if (!checking())
          fail();
        // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
        pos_ = target_start;
        ExprPtr a = parse_expression();
        if (at(TokenKind::Comma) || at(TokenKind::RPar) || at(TokenKind::Colon))
          if (const Expr* bad = invalid_target(*a, TargetsType::Star))
            throw error_at(bad->loc, std::string("cannot assign to ") + expr_name(*bad));
        fail();
      }
      item.optional_vars = std::move(target);
    }
    items.push_back(std::move(item));
  };
  // 'with' '(' ','.with_item+ ','? ')' ':' first, then the items without parentheses.
  bool parenthesized = at(TokenKind::LPar) && attempt([&] {
                         ++pos_;
                         do {
                           if (at(TokenKind::RPar) && !items.empty())
                             break;
                           parse_item();
                         } while (accept(TokenKind::Comma));
                         expect(TokenKind::RPar);
                         if (!at(TokenKind::Colon))
                           fail();
                       });
  if (!parenthesized) {
    items.clear();
    do {
      parse_item();
    } while (accept(TokenKind::Comma));
  }
  if (checking() && !at(TokenKind::Colon))
    throw error_at_token(cur(), "expected ':'");
  expect(TokenKind::Colon);
  StmtList body = parse_block(keyword, "'with' statement");
  auto fill = [&](auto& w) {
    w.items = std::move(items);
    w.body = std::move(body);
    w.loc = loc_from(start);
  };
  if (is_async) {
    auto w = std::make_unique<AsyncWith>();
    fill(*w);
    return w;
  }
  auto w = std::make_unique<With>();
  fill(*w);
  return w;
}

StmtPtr Parser::parse_try() {
  std::size_t start = pos_;
  const Token& keyword = expect(TokenKind::Try);
  expect_forced(TokenKind::Colon);
  auto s = std::make_unique<Try>();
  s->body = parse_block(keyword, "'try' statement");
  while (at(TokenKind::Except)) {
    std::size_t handler_start = pos_;
    const Token& except = tok(pos_++);
    if (at(TokenKind::Star))
      throw unsupported_at(except, kExceptStarUnsupported);
    ExceptHandler h;
    if (!at(TokenKind::Colon)) {
      if (checking() && at(TokenKind::Newline))
        throw error_at_last_token("expected ':'");
      h.type = parse_expression();
      if (checking() && at(TokenKind::Comma)) {
        // invalid_except_stmt: 'except' a=expression ',' expressions ['as' NAME ] ':'
        Location a = h.type->loc;
        ++pos_;
        ExprPtr rest;
        if (attempt([&] {
              rest = parse_expression();
              while (accept(TokenKind::Comma))
                parse_expression();
              if (accept(TokenKind::As))
                expect(TokenKind::Name);
              expect(TokenKind::Colon);
            }))
          throw error_starting_from(a, "multiple exception types must be parenthesized");
      }
      if (accept(TokenKind::As))
        h.name = std::string(expect(TokenKind::Name).text);
      check_block_header_end(except, nullptr);
    }
    expect(TokenKind::Colon);
    h.body = parse_block(except, "'except' statement");
    h.loc = loc_from(handler_start);
    s->handlers.push_back(std::move(h));
  }
  if (!s->handlers.empty() && at(TokenKind::Else))
    s->orelse = parse_else_block();
  if (at(TokenKind::Finally)) {
    const Token& finally = tok(pos_++);
    expect_forced(TokenKind::Colon);
    s->finalbody = parse_block(finally, "'finally' statement");
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    if (checking())
      throw error_at_last_token("expected 'except' or 'finally' block");
    fail();
  }
  s->loc = loc_from(start);
  return s;
}

// --- Expressions ------------------------------------------------------------------------------

// star_expressions: star_expression (',' star_expression)* [','], a Tuple when there is a comma.
ExprPtr Parser::parse_star_expressions() {
  std::size_t start = pos_;
  ExprPtr first = parse_star_expression();
  if (!at(TokenKind::Comma))
    return first;
  auto t = std::make_unique<Tuple>();
  t->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (!at(TokenKind::Star) && !starts_expression(cur()))
      break;
    t->elts.push_back(parse_star_expression());
  }
  t->loc = loc_from(start);
  return t;
}

ExprPtr Parser::parse_star_expression() {
  std::size_t start = pos_;
  if (accept(TokenKind::Star)) {
    auto s = std::make_unique<Starred>();
    s->value = parse_bitwise(0);
    s->loc = loc_from(start);
    return s;
  }
  return parse_expression();
}

ExprPtr Parser::parse_star_named_expression() {
  std::size_t start = pos_;
  if (accept(TokenKind::Star)) {
    auto s = std::make_unique<Starred>();
    s->value = parse_bitwise(0);
    s->loc = loc_from(start);
    return s;
  }
  return parse_named_expression();
}

// ','.star_named_expression+ [','] up to `closing` (not consumed).
void Parser::parse_star_named_expressions(ExprList& out, TokenKind closing) {
  for (;;) {
    out.push_back(parse_star_named_expression());
    if (!accept(TokenKind::Comma) || at(closing))
      return;
  }
}

// named_expression: NAME ':=' expression | expression !':='
ExprPtr Parser::parse_named_expression() {
  std::size_t start = pos_;
  if (at(TokenKind::Name) && ahead(1).kind == TokenKind::ColonEqual) {
    ExprPtr target = make_name(cur(), ExprContext::Store);
    pos_ += 2;
    auto n = std::make_unique<NamedExpr>();
    n->target = std::move(target);
    n->value = parse_expression();
    n->loc = loc_from(start);
    return n;
  }
  if (checking())
    check_invalid_named_expression_at(start);
  ExprPtr e = parse_expression();
  if (at(TokenKind::ColonEqual)) {
    if (checking())
      throw error_at(e->loc,
                     std::string("cannot use assignment expressions with ") + expr_name(*e));
    fail();
  }
  return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
ExprPtr Parser::parse_expression() {
  DepthGuard guard(*this);
  std::size_t start = pos_;
  if (checking())
    check_invalid_expression(start);
  if (at(TokenKind::Lambda))
    return parse_lambda();
  ExprPtr body = parse_disjunction();
  if (!at(TokenKind::If))
    return body;
  auto e = std::make_unique<IfExp>();
  bool complete = backtrack([&] {
    ++pos_;
    e->test = parse_disjunction();
    expect(TokenKind::Else);
    e->orelse = parse_expression();
  });
  if (!complete)
    return body; // as PEG: the disjunction alone, and the caller fails on the 'if'
  e->body = std::move(body);
  e->loc = loc_from(start);
  return e;
}

ExprPtr Parser::parse_expression_without_invalid() {
  ++speculating_;
  ExprPtr e;
  try {
    e = parse_expression();
  } catch (...) {
    --speculating_;
    throw;
  }
  --speculating_;
  return e;
}

// invalid_expression and invalid_legacy_expression (error pass).
void Parser::check_invalid_expression(std::size_t start) {
  const Token& first = cur();
  bool soft_keyword = first.kind == TokenKind::Name &&
                      (first.text == "match" || first.text == "case" || first.text == "_");
  bool name_string = first.kind == TokenKind::Name && ahead(1).kind == TokenKind::String;
  ExprPtr a;
  if (!attempt([&] { a = parse_disjunction(); })) {
    pos_ = start;
    return;
  }
  std::size_t after_a = pos_;
  bool legacy =
      a->kind == ExprKind::Name && (a->as<Name>().id == "print" || a->as<Name>().id == "exec");
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  if (!soft_keyword && !name_string && !legacy) {
    ExprPtr b;
    if (attempt([&] { b = parse_expression_without_invalid(); }) && prev().level > 0)
      throw error_range(a->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
  }
  pos_ = after_a;
  // a=disjunction 'if' b=disjunction !('else'|':')
  if (at(TokenKind::If)) {
    ++pos_;
    ExprPtr b;
    if (attempt([&] { b = parse_disjunction(); }) && !at(TokenKind::Else) && !at(TokenKind::Colon))
      throw error_range(a->loc, b->loc, "expected 'else' after 'if' expression");
  }
  // invalid_legacy_expression: a=NAME !'(' b=star_expressions
  pos_ = start;
  if (first.kind == TokenKind::Name && (first.text == "print" || first.text == "exec") &&
      ahead(1).kind != TokenKind::LPar) {
    ++pos_;
    ExprPtr b;
    if (attempt([&] { b = parse_star_expressions(); }))
      throw error_range(Location{first.line, first.col, first.end_line, first.end_col}, b->loc,
                        "Missing parentheses in call to '" + std::string(first.text) +
                            "'. Did you mean " + std::string(first.text) + "(...)?");
  }
  pos_ = start;
}

ExprPtr Parser::parse_disjunction() {
  return parse_bool_op(TokenKind::Or, BoolOperator::Or, &Parser::parse_conjunction);
}

ExprPtr Parser::parse_conjunction() {
  return parse_bool_op(TokenKind::And, BoolOperator::And, &Parser::parse_inversion);
}

// `operand (op operand)*` for `or` and `and`: one BoolOp holding every operand.
ExprPtr Parser::parse_bool_op(TokenKind token, BoolOperator op, ExprPtr (Parser::*operand)()) {
  std::size_t start = pos_;
  ExprPtr first = (this->*operand)();
  if (!at(token))
    return first;
  auto b = std::make_unique<BoolOp>();
  b->op = op;
  b->values.push_back(std::move(first));
  while (at(token) && backtrack([&] {
           ++pos_;
           b->values.push_back((this->*operand)());
         })) {
  }
  if (b->values.size() == 1)
    return std::move(b->values[0]);
  b->loc = loc_from(start);
  return b;
}

ExprPtr Parser::parse_inversion() {
  DepthGuard guard(*this);
  std::size_t start = pos_;
  if (accept(TokenKind::Not)) {
    auto u = std::make_unique<UnaryOp>();
    u->op = UnaryOperator::Not;
    u->operand = parse_inversion();
    u->loc = loc_from(start);
    return u;
  }
  return parse_comparison();
}

ExprPtr Parser::parse_comparison() {
  std::size_t start = pos_;
  ExprPtr left = parse_bitwise(0);
  std::unique_ptr<Compare> c;
  for (;;) {
    CmpOperator op;
    switch (cur().kind) {
    case TokenKind::EqEqual:
      op = CmpOperator::Eq;
      break;
    case TokenKind::NotEqual:
      op = CmpOperator::NotEq;
      break;
    case TokenKind::Less:
      op = CmpOperator::Lt;
      break;
    case TokenKind::LessEqual:
      op = CmpOperator::LtE;
      break;
    case TokenKind::Greater:
      op = CmpOperator::Gt;
      break;
    case TokenKind::GreaterEqual:
      op = CmpOperator::GtE;
      break;
    case TokenKind::In:
      op = CmpOperator::In;
      break;
    case TokenKind::Is:
      op = ahead(1).kind == TokenKind::Not ? CmpOperator::IsNot : CmpOperator::Is;
      break;
    case TokenKind::Not:
      if (ahead(1).kind != TokenKind::In)
        goto done;
      op = CmpOperator::NotIn;
      break;
    default:
      goto done;
    }
    (void)0;
    ExprPtr right;
    if (!backtrack([&] {
          pos_ += (op == CmpOperator::IsNot || op == CmpOperator::NotIn) ? 2 : 1;
          right = parse_bitwise(0);
        }))
      break;
    if (!c) {
      c = std::make_unique<Compare>();
      c->left = std::move(left);
    }
    c->ops.push_back(op);
    c->comparators.push_back(std::move(right));
  }
done:
  if (!c)
    return left;
  c->loc = loc_from(start);
  return c;
}

// bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term: left-associative binary
// operators by precedence climbing, `level` 0 being '|' and 5 being '*' '/' '//' '%' '@'.
ExprPtr Parser::parse_bitwise(int level) {
  if (level == 6)
    return parse_factor();
  std::size_t start = pos_;
  ExprPtr left = parse_bitwise(level + 1);
  for (;;) {
    Operator op;
    TokenKind k = cur().kind;
    if (level == 0 && k == TokenKind::VBar)
      op = Operator::BitOr;
    else if (level == 1 && k == TokenKind::Circumflex)
      op = Operator::BitXor;
    else if (level == 2 && k == TokenKind::Amper)
      op = Operator::BitAnd;
    else if (level == 3 && k == TokenKind::LeftShift)
      op = Operator::LShift;
    else if (level == 3 && k == TokenKind::RightShift)
      op = Operator::RShift;
    else if (level == 4 && k == TokenKind::Plus)
      op = Operator::Add;
    else if (level == 4 && k == TokenKind::Minus)
      op = Operator::Sub;
    else if (level == 5 && k == TokenKind::Star)
      op = Operator::Mult;
    else if (level == 5 && k == TokenKind::Slash)
      op = Operator::Div;
    else if (level == 5 && k == TokenKind::DoubleSlash)
      op = Operator::FloorDiv;
    else if (level == 5 && k == TokenKind::Percent)
      op = Operator::Mod;
    else if (level == 5 && k == TokenKind::At)
      op = Operator::MatMult;
    else
      return left;
    ExprPtr right;
    if (!backtrack([&] {
          ++pos_;
          right = parse_bitwise(level + 1);
        }))
      return left;
    auto b = std::make_unique<BinOp>();
    b->left = std::move(left);
    b->op = op;
    b->right = std::move(right);
    b->loc = loc_from(start);
    left = std::move(b);
  }
}

ExprPtr Parser::parse_factor() {
  DepthGuard guard(*this);
  std::size_t start = pos_;
  UnaryOperator op;
  switch (cur().kind) {
  case TokenKind::Plus:
    op = UnaryOperator::UAdd;
    break;
  case TokenKind::Minus:
    op = UnaryOperator::USub;
    break;
  case TokenKind::Tilde:
    op = UnaryOperator::Invert;
    break;
  default:
    return parse_power();
  }
  ++pos_;
  auto u = std::make_unique<UnaryOp>();
  u->op = op;
  u->operand = parse_factor();
  u->loc = loc_from(start);
  return u;
}

ExprPtr Parser::parse_power() {
  std::size_t start = pos_;
  ExprPtr base = parse_await_primary();
  ExprPtr exponent;
  if (!at(TokenKind::DoubleStar) || !backtrack([&] {
        ++pos_;
        exponent = parse_factor();
      }))
    return base;
  auto b = std::make_unique<BinOp>();
  b->left = std::move(base);
  b->op = Operator::Pow;
  b->right = std::move(exponent);
  b->loc = loc_from(start);
  return b;
}

ExprPtr Parser::parse_await_primary() {
  std::size_t start = pos_;
  if (accept(TokenKind::Await)) {
    auto a = std::make_unique<Await>();
    a->value = parse_primary();
    a->loc = loc_from(start);
    return a;
  }
  return parse_primary();
}

// primary: atom followed by '.' NAME, '(' arguments ')', a genexp argument, '[' slices ']'.
ExprPtr Parser::parse_primary() {
  std::size_t start = pos_;
  ExprPtr e = parse_atom();
  // Each trailer is a PEG alternative: when it does not parse, the primary ends before it.
  for (;;) {
    if (at(TokenKind::Dot)) {
      std::string attr;
      if (!backtrack([&] {
            ++pos_;
            if (options_.book_mode && at(TokenKind::Async))
              attr = std::string(tok(pos_++).text);
            else
              attr = std::string(expect(TokenKind::Name).text);
          }))
        return e;
      auto a = std::make_unique<Attribute>();
      a->value = std::move(e);
      a->attr = std::move(attr);
      a->loc = loc_from(start);
      e = std::move(a);
    } else if (at(TokenKind::LPar)) {
      auto c = std::make_unique<Call>();
      if (!backtrack([&] {
            ++pos_;
            if (!at(TokenKind::RPar))
              parse_arguments(true, c->args, c->keywords);
            expect(TokenKind::RPar);
          }))
        return e;
      c->func = std::move(e);
      c->loc = loc_from(start);
      e = std::move(c);
    } else if (at(TokenKind::LSqb)) {
      auto s = std::make_unique<Subscript>();
      if (!backtrack([&] {
            ++pos_;
            s->slice = parse_slices();
            expect(TokenKind::RSqb);
          }))
        return e;
      s->value = std::move(e);
      s->loc = loc_from(start);
      e = std::move(s);
    } else {
      return e;
    }
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] (a Tuple)
ExprPtr Parser::parse_slices() {
  std::size_t start = pos_;
  ExprPtr first = at(TokenKind::Star) ? parse_star_expression() : parse_slice();
  if (!at(TokenKind::Comma) && first->kind != ExprKind::Starred)
    return first;
  auto t = std::make_unique<Tuple>();
  t->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma) && !at(TokenKind::RSqb))
    t->elts.push_back(at(TokenKind::Star) ? parse_star_expression() : parse_slice());
  t->loc = loc_from(start);
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
ExprPtr Parser::parse_slice() {
  std::size_t start = pos_;
  ExprPtr lower;
  if (!at(TokenKind::Colon)) {
    bool walrus = at(TokenKind::Name) && ahead(1).kind == TokenKind::ColonEqual;
    lower = parse_named_expression();
    if (!at(TokenKind::Colon))
      return lower;
    if (walrus)
      fail();
  }
  auto s = std::make_unique<Slice>();
  s->lower = std::move(lower);
  expect(TokenKind::Colon);
  auto ends_part = [&] {
    return at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RSqb);
  };
  if (!ends_part())
    s->upper = parse_expression();
  if (accept(TokenKind::Colon) && !ends_part())
    s->step = parse_expression();
  s->loc = loc_from(start);
  return s;
}

ExprPtr Parser::parse_atom() {
  std::size_t start = pos_;
  const Token& t = cur();
  switch (t.kind) {
  case TokenKind::Name:
    ++pos_;
    return make_name(t);
  case TokenKind::True:
  case TokenKind::False:
  case TokenKind::None:
  case TokenKind::Ellipsis: {
    ++pos_;
    auto c = make<Constant>(start);
    c->value.kind = t.kind == TokenKind::None       ? ConstantValue::Kind::None
                    : t.kind == TokenKind::Ellipsis ? ConstantValue::Kind::Ellipsis
                                                    : ConstantValue::Kind::Bool;
    c->value.boolean = t.kind == TokenKind::True;
    return c;
  }
  case TokenKind::Number:
    ++pos_;
    return parse_number(t);
  case TokenKind::String:
    return parse_strings();
  case TokenKind::LPar:
    return parse_paren_atom();
  case TokenKind::LSqb:
    return parse_list_atom();
  case TokenKind::LBrace:
    return parse_brace_atom();
  default:
    fail();
  }
}

// tuple | group | genexp
ExprPtr Parser::parse_paren_atom() {
  std::size_t start = pos_;
  expect(TokenKind::LPar);
  if (accept(TokenKind::RPar))
    return make<Tuple>(start);
  if (at(TokenKind::Yield)) {
    ExprPtr y = parse_yield_expr();
    expect(TokenKind::RPar);
    return y;
  }
  ExprPtr first = parse_star_named_expression();
  if (at(TokenKind::For) || (at(TokenKind::Async) && ahead(1).kind == TokenKind::For)) {
    check_starred_comprehension(*first);
    auto g = std::make_unique<GeneratorExp>();
    g->elt = std::move(first);
    g->generators = parse_for_if_clauses();
    expect(TokenKind::RPar);
    g->loc = loc_from(start);
    return g;
  }
  if (accept(TokenKind::RPar)) {
    if (first->kind == ExprKind::Starred) {
      if (checking())
        throw error_at(first->loc, "cannot use starred expression here");
      fail();
    }
    return first; // a group: the inner expression keeps its own position
  }
  auto t = std::make_unique<Tuple>();
  t->elts.push_back(std::move(first));
  expect(TokenKind::Comma);
  if (!at(TokenKind::RPar))
    parse_star_named_expressions(t->elts, TokenKind::RPar);
  expect(TokenKind::RPar);
  t->loc = loc_from(start);
  return t;
}

// list | listcomp
ExprPtr Parser::parse_list_atom() {
  std::size_t start = pos_;
  expect(TokenKind::LSqb);
  auto l = std::make_unique<List>();
  if (!at(TokenKind::RSqb)) {
    ExprPtr first = parse_star_named_expression();
    if (at(TokenKind::For) || (at(TokenKind::Async) && ahead(1).kind == TokenKind::For)) {
      check_starred_comprehension(*first);
      auto c = std::make_unique<ListComp>();
      c->elt = std::move(first);
      c->generators = parse_for_if_clauses();
      expect(TokenKind::RSqb);
      c->loc = loc_from(start);
      return c;
    }
    l->elts.push_back(std::move(first));
    if (accept(TokenKind::Comma) && !at(TokenKind::RSqb))
      parse_star_named_expressions(l->elts, TokenKind::RSqb);
  }
  expect(TokenKind::RSqb);
  l->loc = loc_from(start);
  return l;
}

// dict | set | dictcomp | setcomp
ExprPtr Parser::parse_brace_atom() {
  std::size_t start = pos_;
  expect(TokenKind::LBrace);
  if (accept(TokenKind::RBrace))
    return make<Dict>(start);
  // A dict starts with '**' or with `key ':'`.
  bool is_dict = at(TokenKind::DoubleStar);
  ExprPtr first_key;
  if (!is_dict) {
    // An unparenthesized `name := value` can only be a set element.
    bool walrus = at(TokenKind::Name) && ahead(1).kind == TokenKind::ColonEqual;
    first_key = parse_star_named_expression();
    is_dict = at(TokenKind::Colon) && first_key->kind != ExprKind::Starred && !walrus;
  }
  if (!is_dict) {
    if (at(TokenKind::For) || (at(TokenKind::Async) && ahead(1).kind == TokenKind::For)) {
      check_starred_comprehension(*first_key);
      auto c = std::make_unique<SetComp>();
      c->elt = std::move(first_key);
      c->generators = parse_for_if_clauses();
      expect(TokenKind::RBrace);
      c->loc = loc_from(start);
      return c;
    }
    auto s = std::make_unique<Set>();
    s->elts.push_back(std::move(first_key));
    if (accept(TokenKind::Comma) && !at(TokenKind::RBrace))
      parse_star_named_expressions(s->elts, TokenKind::RBrace);
    expect(TokenKind::RBrace);
    s->loc = loc_from(start);
    return s;
  }
  auto d = std::make_unique<Dict>();
  bool first = true;
  for (;;) {
    if (!first_key && accept(TokenKind::DoubleStar)) {
      d->keys.push_back(nullptr);
      d->values.push_back(parse_bitwise(0));
    } else {
      bool first_pair = first_key != nullptr;
      ExprPtr key = first_key ? std::move(first_key) : parse_expression();
      if (checking() && !first_pair && !at(TokenKind::Colon)) {
        // invalid_kvpair: a=expression !(':'), pointed at the key's last character.
        SyntaxError e = error_at_locations("':' expected after dictionary key", key->loc.end_lineno,
                                           key->loc.end_col_offset - 1, key->loc.end_lineno, -1);
        e.end_offset = 0;
        throw e;
      }
      expect(TokenKind::Colon);
      if (checking() && (at(TokenKind::RBrace) || at(TokenKind::Comma)))
        throw error_at_token(prev(), "expression expected after dictionary key and ':'");
      ExprPtr value = parse_expression();
      if (first &&
          (at(TokenKind::For) || (at(TokenKind::Async) && ahead(1).kind == TokenKind::For))) {
        auto c = std::make_unique<DictComp>();
        c->key = std::move(key);
        c->value = std::move(value);
        c->generators = parse_for_if_clauses();
        expect(TokenKind::RBrace);
        c->loc = loc_from(start);
        return c;
      }
      d->keys.push_back(std::move(key));
      d->values.push_back(std::move(value));
    }
    first = false;
    if (!accept(TokenKind::Comma) || at(TokenKind::RBrace))
      break;
  }
  expect(TokenKind::RBrace);
  d->loc = loc_from(start);
  return d;
}

// for_if_clauses: ('async'? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
std::vector<Comprehension> Parser::parse_for_if_clauses() {
  std::vector<Comprehension> out;
  while (at(TokenKind::For) || (at(TokenKind::Async) && ahead(1).kind == TokenKind::For)) {
    Comprehension c;
    c.is_async = accept(TokenKind::Async);
    expect(TokenKind::For);
    std::size_t target_start = pos_;
    bool ok = attempt([&] {
      c.target = parse_star_targets();
      if (!at(TokenKind::In))
        fail();
    });
    if (!ok) {
      if (!checking())
        fail();
      pos_ = target_start;
      ExprPtr a = parse_star_expressions();
      if (const Expr* bad = invalid_target(*a, TargetsType::For))
        throw error_at(bad->loc, std::string("cannot assign to ") + expr_name(*bad));
      if (!at(TokenKind::In))
        throw error_at_last_token("'in' expected after for-loop variables");
      fail();
    }
    expect(TokenKind::In);
    c.iter = parse_disjunction();
    while (accept(TokenKind::If))
      c.ifs.push_back(parse_disjunction());
    out.push_back(std::move(c));
  }
  return out;
}

// star_targets for 'for' loops and comprehensions: targets up to 'in'.
ExprPtr Parser::parse_star_targets() {
  std::size_t start = pos_;
  ExprPtr first = parse_star_target();
  if (!at(TokenKind::Comma))
    return first;
  auto t = std::make_unique<Tuple>();
  t->ctx = ExprContext::Store;
  t->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma) && !at(TokenKind::In) && !at(TokenKind::Equal))
    t->elts.push_back(parse_star_target());
  t->loc = loc_from(start);
  return t;
}

// star_target: '*' target | a primary that is a name, attribute, subscript, or a
// parenthesized / bracketed list of targets.
ExprPtr Parser::parse_star_target() {
  std::size_t start = pos_;
  if (accept(TokenKind::Star)) {
    if (at(TokenKind::Star))
      fail();
    auto s = std::make_unique<Starred>();
    s->value = parse_star_target();
    s->ctx = ExprContext::Store;
    s->loc = loc_from(start);
    return s;
  }
  ExprPtr e = parse_primary();
  if (invalid_target(*e, TargetsType::Star) || e->kind == ExprKind::Starred)
    fail();
  set_context(*e, ExprContext::Store);
  return e;
}

ExprPtr Parser::parse_yield_expr() {
  std::size_t start = pos_;
  expect(TokenKind::Yield);
  if (accept(TokenKind::From)) {
    auto y = std::make_unique<YieldFrom>();
    y->value = parse_expression();
    y->loc = loc_from(start);
    return y;
  }
  auto y = std::make_unique<Yield>();
  if (at(TokenKind::Star) || starts_expression(cur()))
    y->value = parse_star_expressions();
  y->loc = loc_from(start);
  return y;
}

// arguments in a call or a class definition:
// positional (expression, *iterable, NAME := expr) then keywords (NAME = expr, **mapping).
// A call's arguments accept a lone generator expression, a class's do not.
void Parser::parse_arguments(bool allow_genexp, ExprList& args, std::vector<Keyword>& keywords) {
  std::size_t args_start = pos_;
  bool seen_keyword = false;
  bool seen_double_star = false;
  try {
    for (;;) {
      std::size_t arg_start = pos_;
      if (at(TokenKind::DoubleStar)) {
        ++pos_;
        Keyword k;
        k.value = parse_expression();
        k.loc = loc_from(arg_start);
        keywords.push_back(std::move(k));
        seen_keyword = seen_double_star = true;
      } else if (at(TokenKind::Star)) {
        ++pos_;
        auto s = std::make_unique<Starred>();
        s->value = parse_expression();
        s->loc = loc_from(arg_start);
        if (seen_double_star)
          fail();
        if (allow_genexp && args.empty() && keywords.empty() &&
            (at(TokenKind::For) || (at(TokenKind::Async) && ahead(1).kind == TokenKind::For)))
          check_starred_comprehension(*s);
        args.push_back(std::move(s));
      } else if (at(TokenKind::Name) && ahead(1).kind == TokenKind::Equal) {
        Keyword k;
        k.arg = std::string(cur().text);
        pos_ += 2;
        k.value = parse_expression();
        k.loc = loc_from(arg_start);
        keywords.push_back(std::move(k));
        seen_keyword = true;
      } else {
        // assignment_expression | expression: not named_expression's invalid_* rules.
        ExprPtr e = at(TokenKind::Name) && ahead(1).kind == TokenKind::ColonEqual
                        ? parse_named_expression()
                        : parse_expression();
        if (allow_genexp &&
            (at(TokenKind::For) || (at(TokenKind::Async) && ahead(1).kind == TokenKind::For))) {
          // A generator expression as the sole argument: f(x for x in y).
          auto g = std::make_unique<GeneratorExp>();
          g->elt = std::move(e);
          g->generators = parse_for_if_clauses();
          g->loc = loc_from(arg_start);
          if (!args.empty() || !keywords.empty() || !at(TokenKind::RPar))
            fail();
          // CPython's genexp position includes the call's parentheses.
          g->loc.col_offset = tok(arg_start - 1).col;
          g->loc.lineno = tok(arg_start - 1).line;
          g->loc.end_lineno = cur().end_line;
          g->loc.end_col_offset = cur().end_col;
          args.push_back(std::move(g));
          break;
        }
        if (seen_keyword)
          fail();
        args.push_back(std::move(e));
      }
      if (!accept(TokenKind::Comma) || at(TokenKind::RPar))
        break;
    }
    if (!at(TokenKind::RPar))
      fail();
  } catch (const ParseFailure&) {
    if (checking())
      check_invalid_arguments(args_start);
    throw;
  }
}

// invalid_arguments and invalid_kwarg (error pass), run once the arguments failed to parse.
void Parser::check_invalid_arguments(std::size_t args_start) {
  pos_ = args_start;
  bool seen_keyword = false, seen_double_star = false;
  std::size_t count = 0;
  for (;;) {
    const Token& first = cur();
    if (accept(TokenKind::DoubleStar)) {
      ExprPtr e = parse_expression();
      if (at(TokenKind::Equal)) {
        ++pos_;
        ExprPtr b = parse_expression();
        throw error_range(Location{first.line, first.col, first.end_line, first.end_col}, b->loc,
                          "cannot assign to keyword argument unpacking");
      }
      seen_keyword = seen_double_star = true;
    } else if (at(TokenKind::Star)) {
      if (seen_double_star)
        throw error_at_token(cur(),
                             "iterable argument unpacking follows keyword argument unpacking");
      ++pos_;
      ExprPtr e = parse_expression();
    } else if ((first.kind == TokenKind::True || first.kind == TokenKind::False ||
                first.kind == TokenKind::None) &&
               ahead(1).kind == TokenKind::Equal) {
      throw error_range(Location{first.line, first.col, first.end_line, first.end_col},
                        Location{ahead(1).line, ahead(1).col, ahead(1).end_line, ahead(1).end_col},
                        "cannot assign to " + std::string(first.text));
    } else if (first.kind == TokenKind::Name && ahead(1).kind == TokenKind::Equal) {
      const Token& eq = ahead(1);
      pos_ += 2;
      ExprPtr value = parse_expression();
      if (at(TokenKind::For) || (at(TokenKind::Async) && ahead(1).kind == TokenKind::For))
        throw error_range(Location{first.line, first.col, first.end_line, first.end_col},
                          Location{eq.line, eq.col, eq.end_line, eq.end_col},
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      seen_keyword = true;
    } else {
      ExprPtr e = first.kind == TokenKind::Name && ahead(1).kind == TokenKind::ColonEqual
                      ? parse_named_expression()
                      : parse_expression();
      if (at(TokenKind::Equal)) {
        const Token& eq = cur();
        throw error_range(e->loc, Location{eq.line, eq.col, eq.end_line, eq.end_col},
                          "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (at(TokenKind::For) || (at(TokenKind::Async) && ahead(1).kind == TokenKind::For)) {
        std::vector<Comprehension> gens = parse_for_if_clauses();
        if (count > 0 || at(TokenKind::Comma)) {
          const Comprehension& last = gens.back();
          const Expr& end = last.ifs.empty() ? *last.iter : *last.ifs.back();
          throw error_range(e->loc, end.loc, "Generator expression must be parenthesized");
        }
      } else if (seen_keyword) {
        // invalid_arguments: a=args ',' args, reported at the last token of the arguments.
        const char* msg = seen_double_star
                              ? "positional argument follows keyword argument unpacking"
                              : "positional argument follows keyword argument";
        attempt([&] {
          while (accept(TokenKind::Comma) && !at(TokenKind::RPar))
            at(TokenKind::Star) || at(TokenKind::DoubleStar) ? (++pos_, parse_expression())
                                                             : parse_named_expression();
          if (!at(TokenKind::RPar))
            fail();
        });
        throw error_at_last_token(msg);
      }
    }
    ++count;
    if (!accept(TokenKind::Comma) || at(TokenKind::RPar))
      break;
  }
  fail();
}

ExprPtr Parser::parse_lambda() {
  std::size_t start = pos_;
  expect(TokenKind::Lambda);
  auto l = std::make_unique<Lambda>();
  l->args = parse_parameters(true);
  expect(TokenKind::Colon);
  l->body = parse_expression();
  l->loc = loc_from(start);
  return l;
}

// params / lambda_params: [posonly '/'] [args with defaults] ['*' [vararg] kwonly] ['**' kwarg]
std::unique_ptr<Arguments> Parser::parse_parameters(bool lambda) {
  auto a = std::make_unique<Arguments>();
  TokenKind closing = lambda ? TokenKind::Colon : TokenKind::RPar;
  auto parse_param = [&]() {
    std::size_t start = pos_;
    Arg arg;
    arg.arg = std::string(expect(TokenKind::Name).text);
    if (!lambda && accept(TokenKind::Colon))
      arg.annotation =
          lambda ? nullptr : (at(TokenKind::Star) ? parse_star_expression() : parse_expression());
    arg.loc = loc_from(start);
    return arg;
  };
  auto token_loc = [](const Token& t) { return Location{t.line, t.col, t.end_line, t.end_col}; };
  bool seen_default = false, seen_slash = false, seen_star = false;
  std::vector<Arg> positional;
  for (;;) {
    if (at(closing))
      break;
    const Token& t = cur();
    if (accept(TokenKind::Slash)) {
      if (seen_star) {
        if (checking())
          throw error_at(token_loc(t), "/ must be ahead of *");
        fail();
      }
      if (seen_slash) {
        if (checking())
          throw error_at(token_loc(t), "/ may appear only once");
        fail();
      }
      if (positional.empty()) {
        if (checking())
          throw error_at(token_loc(t), "at least one argument must precede /");
        fail();
      }
      seen_slash = true;
      a->posonlyargs = std::move(positional);
      positional.clear();
    } else if (accept(TokenKind::Star)) {
      if (seen_star) {
        if (checking())
          throw error_at(token_loc(t), "* argument may appear only once");
        fail();
      }
      seen_star = true;
      if (at(TokenKind::Name)) {
        Arg arg = parse_param();
        if (at(TokenKind::Equal)) {
          if (checking())
            throw error_at(token_loc(cur()), "var-positional argument cannot have default value");
          fail();
        }
        a->vararg = std::move(arg);
      } else if (at(closing) ||
                 (at(TokenKind::Comma) &&
                  (ahead(1).kind == closing || ahead(1).kind == TokenKind::DoubleStar))) {
        if (checking())
          throw lambda ? error_at_last_token("named arguments must follow bare *")
                       : error_at(token_loc(t), "named arguments must follow bare *");
        fail();
      }
    } else if (accept(TokenKind::DoubleStar)) {
      a->kwarg = parse_param();
      if (at(TokenKind::Equal)) {
        if (checking())
          throw error_at(token_loc(cur()), "var-keyword argument cannot have default value");
        fail();
      }
      accept(TokenKind::Comma);
      if (!at(closing)) {
        if (checking() && (at(TokenKind::Name) || at(TokenKind::Star) ||
                           at(TokenKind::DoubleStar) || at(TokenKind::Slash)))
          throw error_at(token_loc(cur()), "arguments cannot follow var-keyword argument");
        fail();
      }
      break;
    } else {
      Arg arg = parse_param();
      ExprPtr default_value;
      if (accept(TokenKind::Equal)) {
        if (checking() && !lambda && (at(TokenKind::Comma) || at(closing)))
          throw error_at(token_loc(prev()), "expected default value expression");
        default_value = parse_expression();
      }
      if (seen_star) {
        a->kwonlyargs.push_back(std::move(arg));
        a->kw_defaults.push_back(std::move(default_value));
      } else {
        if (default_value) {
          seen_default = true;
          a->defaults.push_back(std::move(default_value));
        } else if (seen_default) {
          if (checking())
            throw error_at(arg.loc, "non-default argument follows default argument");
          fail();
        }
        positional.push_back(std::move(arg));
      }
    }
    if (!accept(TokenKind::Comma))
      break;
  }
  a->args = std::move(positional);
  return a;
}

// --- Numbers ----------------------------------------------------------------------------------

ExprPtr Parser::parse_number(const Token& t) {
  auto c = std::make_unique<Constant>();
  c->loc = Location{t.line, t.col, t.end_line, t.end_col};
  std::string text;
  for (char ch : t.text)
    if (ch != '_')
      text += ch;
  char last = text.back();
  if (last == 'j' || last == 'J')
    throw unsupported_at(t, kComplexUnsupported);
  int base = 10;
  if (text.size() > 1 && text[0] == '0' &&
      std::string("xXoObB").find(text[1]) != std::string::npos) {
    base = (text[1] == 'x' || text[1] == 'X') ? 16 : (text[1] == 'o' || text[1] == 'O') ? 8 : 2;
    text.erase(0, 2);
  } else if (text.find_first_of(".eE") != std::string::npos) {
    c->value.kind = ConstantValue::Kind::Float;
    c->value.real = std::strtod(text.c_str(), nullptr); // inf for 1e999, as CPython
    return c;
  }
  // An int: in int64 when it fits, else its decimal digits.
  std::string digits = "0";
  for (char ch : text) {
    int d = ch >= 'a' ? ch - 'a' + 10 : ch >= 'A' ? ch - 'A' + 10 : ch - '0';
    big_multiply_add(digits, base, d);
  }
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
  static const std::string kMax = "9223372036854775807";
  if (digits.size() < kMax.size() || (digits.size() == kMax.size() && digits <= kMax)) {
    c->value.kind = ConstantValue::Kind::Int;
    c->value.integer = std::stoll(digits);
  } else {
    c->value.kind = ConstantValue::Kind::BigInt;
    c->value.text = std::move(digits);
  }
  return c;
}

// --- Strings ----------------------------------------------------------------------------------

// One STRING token taken apart: its prefix flags and the text between its quotes.
struct StringPart {
  const Token* token = nullptr;
  bool bytes = false;
  bool raw = false;
  bool fstring = false;
  std::string_view body;
  std::size_t body_offset = 0; // of body within token->text
};

StringPart split_string_token(const Token& t) {
  StringPart p;
  p.token = &t;
  std::size_t i = 0;
  for (; i < t.text.size() && t.text[i] != '\'' && t.text[i] != '"'; ++i) {
    char c = static_cast<char>(t.text[i] | 0x20);
    p.bytes = p.bytes || c == 'b';
    p.raw = p.raw || c == 'r';
    p.fstring = p.fstring || c == 'f';
  }
  std::size_t quote_size =
      t.text.size() - i >= 6 && t.text[i + 1] == t.text[i] && t.text[i + 2] == t.text[i] ? 3 : 1;
  p.body_offset = i + quote_size;
  p.body = t.text.substr(p.body_offset, t.text.size() - p.body_offset - quote_size);
  return p;
}

// Decodes the escapes of a str or bytes literal body; raw bodies are taken as they are.
class StringParser {
public:
  explicit StringParser(Parser& parser) : p_(parser) {}

  ExprPtr parse(std::size_t first, std::size_t last);

private:
  Parser& p_;
  bool kind_u_ = false;
  // The JoinedStr being built (CPython's FstringParser).
  ExprList values_;
  std::string pending_; // literal text not yet made a Constant
  bool fmode_ = false;
  Location whole_;

  [[noreturn]] void fail_unsupported(const Token& t, const std::string& what) {
    throw p_.unsupported_at(t, what);
  }

  std::string decode(const StringPart& part, std::string_view body, bool bytes);
  void flush_literal(ExprList& into, std::string& text);
  ExprPtr make_str(std::string text);
  // f-strings
  void parse_fstring(const StringPart& part, std::string_view& rest, int depth, ExprList& into,
                     std::string& literal);
  ExprPtr parse_replacement_field(const StringPart& part, std::string_view& rest, int depth,
                                  std::string& literal);
  ExprPtr compile_expression(const StringPart& part, std::string_view text);
};

ExprPtr StringParser::make_str(std::string text) {
  auto c = std::make_unique<Constant>();
  c->value.kind = ConstantValue::Kind::Str;
  c->value.text = std::move(text);
  if (kind_u_)
    c->kind = "u";
  c->loc = whole_;
  return c;
}

void StringParser::flush_literal(ExprList& into, std::string& text) {
  if (!text.empty())
    into.push_back(make_str(std::move(text)));
  text.clear();
}

std::string StringParser::decode(const StringPart& part, std::string_view body, bool bytes) {
  std::string out;
  if (part.raw || body.find('\\') == std::string_view::npos) {
    out = std::string(body);
    return out;
  }
  auto position_error = [&](std::size_t start, std::size_t end, const char* what) {
    std::string msg =
        bytes ? std::string("(value error) invalid \\x escape at position ") + std::to_string(start)
              : "(unicode error) 'unicodeescape' codec can't decode bytes in "
                "position " +
                    std::to_string(start) + "-" + std::to_string(end) + ": " + what;
    throw p_.error_at_last_token(msg);
  };
  for (std::size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    std::size_t esc = i;
    if (i + 1 >= body.size()) {
      out += '\\';
      break;
    }
    char e = body[i + 1];
    i += 2;
    auto append_code = [&](std::uint32_t code) {
      if (bytes)
        out += static_cast<char>(code);
      else
        append_utf8(out, code);
    };
    switch (e) {
    case '\n':
      break;
    case '\\':
      out += '\\';
      break;
    case '\'':
      out += '\'';
      break;
    case '"':
      out += '"';
      break;
    case 'a':
      out += '\a';
      break;
    case 'b':
      out += '\b';
      break;
    case 'f':
      out += '\f';
      break;
    case 'n':
      out += '\n';
      break;
    case 'r':
      out += '\r';
      break;
    case 't':
      out += '\t';
      break;
    case 'v':
      out += '\v';
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      std::uint32_t code = static_cast<std::uint32_t>(e - '0');
      for (int n = 1; n < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++n, ++i)
        code = code * 8 + static_cast<std::uint32_t>(body[i] - '0');
      append_code(bytes ? (code & 0xFF) : code);
      break;
    }
    case 'x':
    case 'u':
    case 'U': {
      if (bytes && e != 'x') {
        out += '\\';
        out += e;
        break;
      }
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      std::uint32_t code = 0;
      int n = 0;
      for (; n < digits && i < body.size() && std::isxdigit(static_cast<unsigned char>(body[i]));
           ++n, ++i) {
        char h = body[i];
        code = code * 16 + static_cast<std::uint32_t>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
      }
      if (n < digits) {
        const char* what = e == 'x'   ? "truncated \\xXX escape"
                           : e == 'u' ? "truncated \\uXXXX escape"
                                      : "truncated \\UXXXXXXXX escape";
        position_error(esc, i - 1, what);
      }
      if (code > 0x10FFFF)
        position_error(esc, i - 1, "illegal Unicode character");
      append_code(code);
      break;
    }
    case 'N': {
      if (bytes) {
        out += "\\N";
        break;
      }
      std::size_t close = body.find('}', i);
      if (i >= body.size() || body[i] != '{' || close == std::string_view::npos || close == i + 1)
        position_error(esc, std::min(i, body.size() - 1), "malformed \\N character escape");
      std::string_view name = body.substr(i + 1, close - i - 1);
      std::optional<char32_t> code = lookup_character_name(name);
      if (!code)
        fail_unsupported(*part.token, "\\N{" + std::string(name) + "}: " + kNamedEscapeUnsupported);
      append_utf8(out, *code);
      i = close + 1;
      break;
    }
    default:
      // An unknown escape keeps its backslash (CPython only warns).
      out += '\\';
      out += e;
      break;
    }
  }
  return out;
}

ExprPtr StringParser::parse(std::size_t first, std::size_t last) {
  const Token& first_token = p_.tokens_.tokens[first];
  const Token& last_token = p_.tokens_.tokens[last];
  whole_ = Location{first_token.line, first_token.col, last_token.end_line, last_token.end_col};
  kind_u_ = !first_token.text.empty() && first_token.text[0] == 'u';
  bool bytes_mode = false;
  std::string bytes_value;
  for (std::size_t i = first; i <= last; ++i) {
    const Token& t = p_.tokens_.tokens[i];
    StringPart part = split_string_token(t);
    if (part.fstring) {
      fmode_ = true;
      std::string_view rest = part.body;
      parse_fstring(part, rest, 0, values_, pending_);
    } else if (part.bytes) {
      for (char ch : part.body)
        if (static_cast<unsigned char>(ch) >= 0x80)
          throw p_.error_at_token(t, "bytes can only contain ASCII literal characters");
      bytes_value += decode(part, part.body, true);
    } else {
      pending_ += decode(part, part.body, false);
    }
    if (i != first && bytes_mode != part.bytes)
      throw p_.error_at_last_token("cannot mix bytes and nonbytes literals");
    bytes_mode = part.bytes;
  }
  if (bytes_mode) {
    auto c = std::make_unique<Constant>();
    c->value.kind = ConstantValue::Kind::Bytes;
    c->value.text = std::move(bytes_value);
    c->loc = whole_;
    return c;
  }
  if (!fmode_)
    return make_str(std::move(pending_));
  flush_literal(values_, pending_);
  auto j = std::make_unique<JoinedStr>();
  j->values = std::move(values_);
  j->loc = whole_;
  return j;
}

// The literal parts and replacement fields of one f-string (depth 0), or of a format spec
// (depth 1), up to the end of `rest` or the '}' closing the spec.
void StringParser::parse_fstring(const StringPart& part, std::string_view& rest, int depth,
                                 ExprList& into, std::string& literal) {
  for (;;) {
    // fstring_find_literal: text up to a single '{' (or a '}' ending a nested spec).
    std::size_t i = 0;
    std::string_view chunk;
    bool doubled = false;
    while (i < rest.size()) {
      char ch = rest[i++];
      if (!part.raw && ch == '\\' && i < rest.size()) {
        ch = rest[i++];
        if (ch == 'N') {
          if (i < rest.size() && rest[i++] == '{')
            while (i < rest.size() && rest[i++] != '}') {
            }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (depth == 0) {
          if (i < rest.size() && rest[i] == ch) {
            doubled = true;
            break;
          }
          if (ch == '}') {
            rest = rest.substr(i - 1);
            throw p_.error_at_last_token("f-string: single '}' is not allowed");
          }
        }
        --i;
        break;
      }
    }
    chunk = rest.substr(0, i);
    if (!chunk.empty())
      literal += decode(part, chunk, false);
    if (doubled) {
      rest = rest.substr(i + 1);
      continue;
    }
    rest = rest.substr(i);
    if (rest.empty() || rest[0] == '}')
      break;
    // A '{': a replacement field.
    ExprPtr field = parse_replacement_field(part, rest, depth, literal);
    flush_literal(into, literal);
    into.push_back(std::move(field));
  }
  if (depth > 0 && (rest.empty() || rest[0] != '}'))
    throw p_.error_at_last_token("f-string: expecting '}'");
}

// fstring_find_expr: '{' expression ['='] ['!' conversion] [':' format_spec] '}'
ExprPtr StringParser::parse_replacement_field(const StringPart& part, std::string_view& rest,
                                              int depth, std::string& literal) {
  if (depth >= 2)
    throw p_.error_at_last_token("f-string: expressions nested too deeply");
  rest = rest.substr(1); // the '{'
  std::string_view expr_start = rest;
  std::size_t i = 0;
  char quote = 0;
  int string_type = 0;
  std::string brackets;
  for (; i < rest.size(); ++i) {
    char ch = rest[i];
    if (ch == '\\')
      throw p_.error_at_last_token("f-string expression part cannot include a backslash");
    if (quote) {
      if (ch == quote) {
        if (string_type == 3) {
          if (i + 2 < rest.size() && rest[i + 1] == ch && rest[i + 2] == ch) {
            i += 2;
            quote = 0;
            string_type = 0;
          }
        } else {
          quote = 0;
          string_type = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (i + 2 < rest.size() && rest[i + 1] == ch && rest[i + 2] == ch) {
        string_type = 3;
        i += 2;
      } else {
        string_type = 1;
      }
      quote = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      brackets += ch;
    } else if (ch == '#') {
      throw p_.error_at_last_token("f-string expression part cannot include '#'");
    } else if (brackets.empty() &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (i + 1 < rest.size()) {
        char next = rest[i + 1];
        if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
          ++i;
          continue;
        }
      }
      if (ch == '>' || ch == '<')
        continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (brackets.empty())
        throw p_.error_at_last_token(std::string("f-string: unmatched '") + ch + "'");
      char opening = brackets.back();
      brackets.pop_back();
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
            (opening == '{' && ch == '}')))
        throw p_.error_at_last_token(std::string("f-string: closing parenthesis '") + ch +
                                     "' does not match opening parenthesis '" + opening + "'");
    }
  }
  if (quote)
    throw p_.error_at_last_token("f-string: unterminated string");
  if (!brackets.empty())
    throw p_.error_at_last_token(std::string("f-string: unmatched '") + brackets.back() + "'");
  if (i >= rest.size())
    throw p_.error_at_last_token("f-string: expecting '}'");
  std::string_view expr_text = rest.substr(0, i);
  rest = rest.substr(i);
  ExprPtr value = compile_expression(part, expr_text);
  auto field = std::make_unique<FormattedValue>();
  field->loc = whole_;
  field->value = std::move(value);
  bool self_documenting = false;
  if (rest[0] == '=') {
    rest = rest.substr(1);
    while (!rest.empty() && (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' ||
                             rest[0] == '\f' || rest[0] == '\r' || rest[0] == '\v'))
      rest = rest.substr(1);
    if (rest.empty())
      throw p_.error_at_last_token("f-string: expecting '}'");
    literal += std::string(expr_start.substr(0, expr_start.size() - rest.size()));
    self_documenting = true;
  }
  if (rest[0] == '!') {
    rest = rest.substr(1);
    if (rest.empty())
      throw p_.error_at_last_token("f-string: expecting '}'");
    char conversion = rest[0];
    rest = rest.substr(1);
    if (conversion != 's' && conversion != 'r' && conversion != 'a')
      throw p_.error_at_last_token(
          "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    field->conversion = conversion;
  }
  if (rest.empty())
    throw p_.error_at_last_token("f-string: expecting '}'");
  if (rest[0] == ':') {
    rest = rest.substr(1);
    if (rest.empty())
      throw p_.error_at_last_token("f-string: expecting '}'");
    auto spec = std::make_unique<JoinedStr>();
    spec->loc = whole_;
    std::string spec_literal;
    parse_fstring(part, rest, depth + 1, spec->values, spec_literal);
    flush_literal(spec->values, spec_literal);
    field->format_spec = std::move(spec);
  }
  if (rest.empty() || rest[0] != '}')
    throw p_.error_at_last_token("f-string: expecting '}'");
  rest = rest.substr(1);
  if (self_documenting && !field->format_spec && field->conversion == -1)
    field->conversion = 'r';
  return field;
}

// fstring_compile_expr: the expression text parsed on its own as "(text)".
ExprPtr StringParser::compile_expression(const StringPart& part, std::string_view text) {
  std::size_t s = 0;
  while (s < text.size() &&
         (text[s] == ' ' || text[s] == '\t' || text[s] == '\n' || text[s] == '\f'))
    ++s;
  if (s == text.size()) {
    char end = text.data()[text.size()];
    if (end == '!' || end == ':' || end == '=')
      throw p_.error_at_last_token(std::string("f-string: expression required before '") + end +
                                   "'");
    throw p_.error_at_last_token("f-string: empty expression not allowed");
  }
  // Where the expression starts in the file, to give its nodes their real positions.
  const Token& t = *part.token;
  std::size_t offset_in_token = static_cast<std::size_t>(text.data() - t.text.data());
  int line = t.line;
  int col = t.col;
  for (std::size_t k = 0; k < offset_in_token; ++k) {
    if (t.text[k] == '\n') {
      ++line;
      col = 0;
    } else {
      ++col;
    }
  }
  col -= 1; // the '(' added in front stands where the '{' is
  SourceFile sub(p_.source_.filename(), "(" + std::string(text) + ")");
  TokenizedSource tokens = tokenize(sub);
  for (Token& tk : tokens.tokens) {
    if (tk.line == 1)
      tk.col += col;
    if (tk.end_line == 1)
      tk.end_col += col;
    tk.line += line - 1;
    tk.end_line += line - 1;
  }
  if (tokens.error) {
    SyntaxError e = *tokens.error;
    e.msg = "f-string: " + e.msg;
    e.lineno += line - 1;
    e.end_lineno += line - 1;
    throw e;
  }
  Parser sub_parser(p_.source_, std::move(tokens), p_.options_);
  sub_parser.in_fstring = true;
  sub_parser.fstring_source = &sub;
  sub_parser.fstring_line_shift = line - 1;
  sub_parser.fstring_col_shift = col;
  return sub_parser.parse_with_error_pass(&Parser::parse_star_expressions);
}

ExprPtr Parser::parse_strings() {
  std::size_t first = pos_;
  while (at(TokenKind::String))
    ++pos_;
  cur(); // CPython has fetched the token after the strings when it decodes them
  StringParser strings(*this);
  return strings.parse(first, pos_ - 1);
}

// --- Two passes -------------------------------------------------------------------------------

template <class Rule> auto Parser::parse_with_error_pass(Rule rule) -> decltype((this->*rule)()) {
  std::optional<SyntaxError> error;
  std::size_t first_pass_furthest = 0;
  try {
    return (this->*rule)();
  } catch (const ParseFailure&) {
    first_pass_furthest = furthest_;
  } catch (const SyntaxError& e) {
    if (tokenizer_error_reached_)
      throw;
    error = e;
  }
  if (!error) {
    // The second pass, with the invalid_* rules.
    pos_ = 0;
    error_pass_ = true;
    try {
      (this->*rule)();
    } catch (const ParseFailure&) {
    } catch (const SyntaxError& e) {
      if (tokenizer_error_reached_)
        throw;
      error = e;
    }
  }
  if (!error) {
    const Token& last = tokens_.tokens[std::min(first_pass_furthest, tokens_.tokens.size() - 1)];
    if (last.kind == TokenKind::Indent || last.kind == TokenKind::Dedent) {
      SyntaxError e = error_at_locations(last.kind == TokenKind::Indent ? "unexpected indent"
                                                                        : "unexpected unindent",
                                         last.line, -1, last.line, -1, "IndentationError");
      e.offset = last.col; // tok->cur - line_start: just after the indentation
      throw e;
    }
    error = error_at_token(last, "invalid syntax");
  }
  // CPython tokenizes the rest of the file: a tokenizer error there wins.
  if (tokens_.error && tokens_.error_overrides_parser_errors)
    throw *tokens_.error;
  // ... and a bracket left open replaces it when it opened before the last token fetched.
  if (tokens_.unclosed_bracket &&
      tokens_.tokens[std::min(furthest_, tokens_.tokens.size() - 1)].line >
          tokens_.unclosed_bracket->lineno)
    throw *tokens_.unclosed_bracket;
  throw *error;
}

} // namespace

// --- Compile-time checks ----------------------------------------------------------------------
// The SyntaxErrors CPython's symtable and compiler raise for a tree that parsed: they use the
// node's location, in UTF-8 bytes.

namespace {

class Checker {
public:
  explicit Checker(const SourceFile& source) : source_(source) {}

  void module(const Module& m) {
    scopes_.emplace_back(ScopeKind::Module, false);
    stmts(m.body);
  }

private:
  enum class ScopeKind { Module, Class, Function, Lambda, Comprehension };
  struct Scope {
    Scope(ScopeKind k, bool async) : kind(k), is_async(async) {}
    ScopeKind kind;
    bool is_async;
    int loops = 0;
    bool is_generator = false;
    std::set<std::string> params;
    std::set<std::string> assigned;
    std::set<std::string> used;
    std::map<std::string, Location> globals;
    std::map<std::string, Location> nonlocals;
    bool saw_await = false; // in a comprehension: makes it asynchronous
  };
  const SourceFile& source_;
  std::vector<Scope> scopes_;

  [[noreturn]] void fail(const Location& l, const std::string& msg) {
    SyntaxError e;
    e.msg = msg;
    e.filename = source_.filename();
    e.lineno = l.lineno;
    e.offset = l.col_offset + 1;
    e.end_lineno = l.end_lineno;
    e.end_offset = l.end_col_offset + 1;
    e.text = std::string(source_.line(l.lineno));
    throw e;
  }

  Scope& scope() { return scopes_.back(); }
  bool in_function() const {
    ScopeKind k = scopes_.back().kind;
    return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
  }
  bool future_imports_allowed_ = true;

  void stmts(const StmtList& list) {
    for (const StmtPtr& s : list) {
      stmt(*s);
      // Only a docstring and other __future__ imports may come before a __future__ import.
      bool docstring = &s == &list.front() && s->kind == StmtKind::Expr &&
                       s->as<ExprStmt>().value->kind == ExprKind::Constant;
      bool future = s->kind == StmtKind::ImportFrom && s->as<ImportFrom>().module &&
                    *s->as<ImportFrom>().module == "__future__";
      if (!docstring && !future)
        future_imports_allowed_ = false;
    }
  }

  void future_import(const ImportFrom& f) {
    if (!future_imports_allowed_ || scopes_.size() > 1)
      fail(f.loc, "from __future__ imports must occur at the beginning of the file");
    static const std::set<std::string> kFeatures = {
        "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
    for (const Alias& a : f.names) {
      Location at{f.loc.lineno, f.loc.col_offset, f.loc.lineno, f.loc.col_offset};
      if (a.name == "braces")
        fail(at, "not a chance");
      if (!kFeatures.count(a.name))
        fail(at, "future feature " + a.name + " is not defined");
    }
  }

  void arguments(const Arguments& a) {
    for (const ExprPtr& d : a.defaults)
      expr(*d);
    for (const ExprPtr& d : a.kw_defaults)
      if (d)
        expr(*d);
    auto annotate = [&](const Arg& arg) {
      if (arg.annotation)
        expr(*arg.annotation);
    };
    for (const Arg& x : a.posonlyargs)
      annotate(x);
    for (const Arg& x : a.args)
      annotate(x);
    if (a.vararg)
      annotate(*a.vararg);
    for (const Arg& x : a.kwonlyargs)
      annotate(x);
    if (a.kwarg)
      annotate(*a.kwarg);
  }

  void enter_function(const Arguments& a, ScopeKind kind, bool is_async) {
    scopes_.emplace_back(kind, is_async);
    auto param = [&](const Arg& arg) {
      if (!scope().params.insert(arg.arg).second)
        fail(arg.loc, "duplicate argument '" + arg.arg + "' in function definition");
    };
    for (const Arg& x : a.posonlyargs)
      param(x);
    for (const Arg& x : a.args)
      param(x);
    if (a.vararg)
      param(*a.vararg);
    for (const Arg& x : a.kwonlyargs)
      param(x);
    if (a.kwarg)
      param(*a.kwarg);
  }

  template <class F> void function(const F& f, bool is_async) {
    for (const ExprPtr& d : f.decorator_list)
      expr(*d);
    arguments(*f.args);
    if (f.returns)
      expr(*f.returns);
    enter_function(*f.args, ScopeKind::Function, is_async);
    stmts(f.body);
    scopes_.pop_back();
  }

  void declare(const Stmt& s, const std::vector<std::string>& names, bool global) {
    for (const std::string& n : names) {
      Scope& sc = scope();
      const char* kind = global ? "global" : "nonlocal";
      if (sc.params.count(n))
        fail(s.loc, "name '" + n + "' is parameter and " + kind);
      auto& other = global ? sc.nonlocals : sc.globals;
      if (auto it = other.find(n); it != other.end())
        fail(it->second, "name '" + n + "' is nonlocal and global");
      if (sc.assigned.count(n))
        fail(s.loc, "name '" + n + "' is assigned to before " + kind + " declaration");
      if (sc.used.count(n))
        fail(s.loc, "name '" + n + "' is used prior to " + kind + " declaration");
      (global ? sc.globals : sc.nonlocals).emplace(n, s.loc);
    }
  }

  void target(const Expr& e) {
    if (e.kind == ExprKind::Name)
      scope().assigned.insert(e.as<Name>().id);
    if (e.kind == ExprKind::Starred)
      fail(e.loc, "starred assignment target must be in a list or tuple");
    if (e.kind == ExprKind::Tuple || e.kind == ExprKind::List) {
      const ExprList& elts = e.kind == ExprKind::Tuple ? e.as<Tuple>().elts : e.as<List>().elts;
      int starred = 0;
      for (const ExprPtr& x : elts) {
        if (x->kind == ExprKind::Starred) {
          if (++starred > 1)
            fail(e.loc, "multiple starred expressions in assignment");
          target(*x->as<Starred>().value);
        } else {
          target(*x);
        }
      }
      return;
    }
    expr(e);
  }

  // A starred expression alone, where a value is expected: `x = *a`.
  void value(const Expr& e) {
    if (e.kind == ExprKind::Starred)
      fail(e.loc, "can't use starred expression here");
    expr(e);
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
    case StmtKind::FunctionDef:
      function(s.as<FunctionDef>(), false);
      scope().assigned.insert(s.as<FunctionDef>().name);
      break;
    case StmtKind::AsyncFunctionDef:
      function(s.as<AsyncFunctionDef>(), true);
      scope().assigned.insert(s.as<AsyncFunctionDef>().name);
      break;
    case StmtKind::ClassDef: {
      const ClassDef& c = s.as<ClassDef>();
      for (const ExprPtr& d : c.decorator_list)
        expr(*d);
      for (const ExprPtr& b : c.bases)
        expr(*b);
      for (const Keyword& k : c.keywords)
        expr(*k.value);
      scopes_.emplace_back(ScopeKind::Class, false);
      stmts(c.body);
      scopes_.pop_back();
      scope().assigned.insert(c.name);
      break;
    }
    case StmtKind::Return: {
      const Return& r = s.as<Return>();
      if (!in_function())
        fail(s.loc, "'return' outside function");
      if (r.value) {
        value(*r.value);
        if (scope().is_async && scope().is_generator)
          fail(s.loc, "'return' with value in async generator");
      }
      break;
    }
    case StmtKind::Delete:
      for (const ExprPtr& t : s.as<Delete>().targets)
        target(*t);
      break;
    case StmtKind::Assign:
      value(*s.as<Assign>().value);
      for (const ExprPtr& t : s.as<Assign>().targets)
        target(*t);
      break;
    case StmtKind::AugAssign:
      expr(*s.as<AugAssign>().value);
      target(*s.as<AugAssign>().target);
      break;
    case StmtKind::AnnAssign: {
      const AnnAssign& a = s.as<AnnAssign>();
      if (a.simple && a.target->kind == ExprKind::Name) {
        const std::string& id = a.target->as<Name>().id;
        if (scope().globals.count(id))
          fail(s.loc, "annotated name '" + id + "' can't be global");
        if (scope().nonlocals.count(id))
          fail(s.loc, "annotated name '" + id + "' can't be nonlocal");
      }
      expr(*a.annotation);
      if (a.value)
        expr(*a.value);
      target(*a.target);
      break;
    }
    case StmtKind::For:
      loop(s.as<For>());
      break;
    case StmtKind::AsyncFor:
      if (!scope().is_async)
        fail(s.loc, "'async for' outside async function");
      loop(s.as<AsyncFor>());
      break;
    case StmtKind::While: {
      const While& w = s.as<While>();
      expr(*w.test);
      ++scope().loops;
      stmts(w.body);
      --scope().loops;
      stmts(w.orelse);
      break;
    }
    case StmtKind::If:
      expr(*s.as<If>().test);
      stmts(s.as<If>().body);
      stmts(s.as<If>().orelse);
      break;
    case StmtKind::With:
      with(s.as<With>());
      break;
    case StmtKind::AsyncWith:
      if (!scope().is_async)
        fail(s.loc, "'async with' outside async function");
      with(s.as<AsyncWith>());
      break;
    case StmtKind::Raise:
      if (s.as<Raise>().exc)
        expr(*s.as<Raise>().exc);
      if (s.as<Raise>().cause)
        expr(*s.as<Raise>().cause);
      break;
    case StmtKind::Try: {
      const Try& t = s.as<Try>();
      stmts(t.body);
      for (std::size_t i = 0; i < t.handlers.size(); ++i) {
        const ExceptHandler& h = t.handlers[i];
        if (!h.type && i + 1 < t.handlers.size())
          fail(h.loc, "default 'except:' must be last");
        if (h.type)
          expr(*h.type);
        if (h.name)
          scope().assigned.insert(*h.name);
        stmts(h.body);
      }
      stmts(t.orelse);
      stmts(t.finalbody);
      break;
    }
    case StmtKind::Assert:
      expr(*s.as<Assert>().test);
      if (s.as<Assert>().msg)
        expr(*s.as<Assert>().msg);
      break;
    case StmtKind::Import:
      for (const Alias& a : s.as<Import>().names)
        scope().assigned.insert(a.asname ? *a.asname : a.name.substr(0, a.name.find('.')));
      break;
    case StmtKind::ImportFrom: {
      const ImportFrom& f = s.as<ImportFrom>();
      if (f.module && *f.module == "__future__" && f.level == 0)
        future_import(f);
      for (const Alias& a : f.names) {
        if (a.name == "*" && scope().kind != ScopeKind::Module)
          fail(a.loc, "import * only allowed at module level");
        scope().assigned.insert(a.asname ? *a.asname : a.name);
      }
      break;
    }
    case StmtKind::Global:
      declare(s, s.as<Global>().names, true);
      break;
    case StmtKind::Nonlocal:
      declare(s, s.as<Nonlocal>().names, false);
      if (scope().kind == ScopeKind::Module)
        fail(s.loc, "nonlocal declaration not allowed at module level");
      break;
    case StmtKind::Expr:
      value(*s.as<ExprStmt>().value);
      break;
    case StmtKind::Pass:
      break;
    case StmtKind::Break:
      if (scope().loops == 0)
        fail(s.loc, "'break' outside loop");
      break;
    case StmtKind::Continue:
      if (scope().loops == 0)
        fail(s.loc, "'continue' not properly in loop");
      break;
    }
  }

  template <class F> void loop(const F& f) {
    expr(*f.iter);
    target(*f.target);
    ++scope().loops;
    stmts(f.body);
    --scope().loops;
    stmts(f.orelse);
  }

  template <class W> void with(const W& w) {
    for (const WithItem& item : w.items) {
      expr(*item.context_expr);
      if (item.optional_vars)
        target(*item.optional_vars);
    }
    stmts(w.body);
  }

  void exprs(const ExprList& list) {
    for (const ExprPtr& e : list)
      if (e)
        expr(*e);
  }

  // A list, set or dict comprehension: its first iterable is evaluated outside; the rest runs
  // in its own scope, where 'await' or 'async for' need an enclosing async function.
  template <class F>
  void comprehension(const std::vector<Comprehension>& gens, const Expr& node, const char* what,
                     F elements) {
    expr(*gens[0].iter);
    bool enclosing_async = scope().is_async;
    scopes_.emplace_back(ScopeKind::Comprehension, true);
    comprehension_kinds_.push_back(what);
    bool is_async = false;
    for (std::size_t i = 0; i < gens.size(); ++i) {
      is_async = is_async || gens[i].is_async;
      if (i > 0)
        expr(*gens[i].iter);
      expr(*gens[i].target);
      exprs(gens[i].ifs);
    }
    elements();
    is_async = is_async || scope().saw_await;
    comprehension_kinds_.pop_back();
    scopes_.pop_back();
    if (is_async && !enclosing_async && what != std::string("generator expression"))
      fail(node.loc, "asynchronous comprehension outside of an asynchronous function");
  }
  std::vector<const char*> comprehension_kinds_;

  void expr(const Expr& e) {
    switch (e.kind) {
    case ExprKind::BoolOp:
      exprs(e.as<BoolOp>().values);
      break;
    case ExprKind::NamedExpr:
      scope().assigned.insert(e.as<NamedExpr>().target->as<Name>().id);
      expr(*e.as<NamedExpr>().value);
      break;
    case ExprKind::BinOp:
      expr(*e.as<BinOp>().left);
      expr(*e.as<BinOp>().right);
      break;
    case ExprKind::UnaryOp:
      expr(*e.as<UnaryOp>().operand);
      break;
    case ExprKind::Lambda: {
      const Lambda& l = e.as<Lambda>();
      arguments(*l.args);
      enter_function(*l.args, ScopeKind::Lambda, false);
      expr(*l.body);
      scopes_.pop_back();
      break;
    }
    case ExprKind::IfExp:
      expr(*e.as<IfExp>().test);
      expr(*e.as<IfExp>().body);
      expr(*e.as<IfExp>().orelse);
      break;
    case ExprKind::Dict:
      exprs(e.as<Dict>().keys);
      exprs(e.as<Dict>().values);
      break;
    case ExprKind::Set:
      exprs(e.as<Set>().elts);
      break;
    case ExprKind::ListComp:
      comprehension(e.as<ListComp>().generators, e, "list comprehension",
                    [&] { expr(*e.as<ListComp>().elt); });
      break;
    case ExprKind::SetComp:
      comprehension(e.as<SetComp>().generators, e, "set comprehension",
                    [&] { expr(*e.as<SetComp>().elt); });
      break;
    case ExprKind::GeneratorExp:
      // 'await' in it makes an asynchronous generator expression, allowed anywhere.
      comprehension(e.as<GeneratorExp>().generators, e, "generator expression",
                    [&] { expr(*e.as<GeneratorExp>().elt); });
      break;
    case ExprKind::DictComp:
      comprehension(e.as<DictComp>().generators, e, "dict comprehension", [&] {
        expr(*e.as<DictComp>().key);
        expr(*e.as<DictComp>().value);
      });
      break;
    case ExprKind::Await:
      if (scope().kind == ScopeKind::Comprehension) {
        scope().saw_await = true; // judged once the comprehension is complete
      } else {
        if (scope().kind != ScopeKind::Function && scope().kind != ScopeKind::Lambda)
          fail(e.loc, "'await' outside function");
        if (!scope().is_async)
          fail(e.loc, "'await' outside async function");
      }
      expr(*e.as<Await>().value);
      break;
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      if (scope().kind == ScopeKind::Comprehension)
        fail(e.loc, std::string("'yield' inside ") + comprehension_kinds_.back());
      if (!in_function())
        fail(e.loc, "'yield' outside function");
      if (e.kind == ExprKind::YieldFrom && scope().is_async)
        fail(e.loc, "'yield from' inside async function");
      scope().is_generator = true;
      if (e.kind == ExprKind::Yield && e.as<Yield>().value)
        expr(*e.as<Yield>().value);
      if (e.kind == ExprKind::YieldFrom)
        expr(*e.as<YieldFrom>().value);
      break;
    case ExprKind::Compare:
      expr(*e.as<Compare>().left);
      exprs(e.as<Compare>().comparators);
      break;
    case ExprKind::Call: {
      const Call& c = e.as<Call>();
      expr(*c.func);
      exprs(c.args);
      std::set<std::string> seen;
      for (const Keyword& k : c.keywords) {
        if (k.arg && !seen.insert(*k.arg).second)
          fail(k.loc, "keyword argument repeated: " + *k.arg);
        expr(*k.value);
      }
      break;
    }
    case ExprKind::FormattedValue:
      expr(*e.as<FormattedValue>().value);
      if (e.as<FormattedValue>().format_spec)
        expr(*e.as<FormattedValue>().format_spec);
      break;
    case ExprKind::JoinedStr:
      exprs(e.as<JoinedStr>().values);
      break;
    case ExprKind::Constant:
      break;
    case ExprKind::Attribute:
      expr(*e.as<Attribute>().value);
      break;
    case ExprKind::Subscript:
      expr(*e.as<Subscript>().value);
      expr(*e.as<Subscript>().slice);
      break;
    case ExprKind::Starred:
      expr(*e.as<Starred>().value);
      break;
    case ExprKind::Name: {
      const Name& n = e.as<Name>();
      if (n.ctx == ExprContext::Load)
        scope().used.insert(n.id);
      else
        scope().assigned.insert(n.id);
      break;
    }
    case ExprKind::List:
      exprs(e.as<List>().elts);
      break;
    case ExprKind::Tuple:
      exprs(e.as<Tuple>().elts);
      break;
    case ExprKind::Slice:
      if (e.as<Slice>().lower)
        expr(*e.as<Slice>().lower);
      if (e.as<Slice>().upper)
        expr(*e.as<Slice>().upper);
      if (e.as<Slice>().step)
        expr(*e.as<Slice>().step);
      break;
    }
  }
};

} // namespace

std::unique_ptr<Module> parse(const SourceFile& source, const ParseOptions& options) {
  TokenizedSource tokens = tokenize(source);
  if (tokens.tokens.empty() && tokens.error)
    throw *tokens.error;
  Parser parser(source, std::move(tokens), options);
  std::unique_ptr<Module> module = parser.parse_with_error_pass(&Parser::parse_file);
  if (options.compile_checks)
    Checker(source).module(*module);
  return module;
}

std::unique_ptr<Module> parse(std::string_view text, const std::string& filename,
                              const ParseOptions& options) {
  SourceFile source(filename, text);
  return parse(source, options);
}

} // namespace tulip::lang
