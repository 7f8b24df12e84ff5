// The parser: trees for tricky inputs (compared with the ast.dump text CPython 3.11 gives for
// them), node positions, and the checks CPython makes at compile time.
#include <doctest/doctest.h>

#include <string>

#include "lang/ast.hpp"
#include "lang/parser.hpp"

using namespace tulip::lang;

namespace {

// ast.dump(ast.parse(source)) without the Module(body=[...], type_ignores=[]) around it.
std::string dump(const std::string& source, ParseOptions options = {}) {
  options.compile_checks = false; // as ast.parse()
  std::string d = ast_dump(*parse(source, "main.py", options));
  std::string head = "Module(body=[", tail = "], type_ignores=[])";
  REQUIRE(d.rfind(head, 0) == 0);
  return d.substr(head.size(), d.size() - head.size() - tail.size());
}

// "Type: message (main.py, line N)" for a program that does not compile, else "<no error>".
std::string error(const std::string& source) {
  try {
    parse(source, "main.py");
  } catch (const SyntaxError& e) {
    return e.type + ": " + e.str();
  }
  return "<no error>";
}

} // namespace

TEST_CASE("parser: operator precedence and associativity") {
  CHECK(dump("-x ** -y") ==
        "Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), "
        "right=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load())))))");
  CHECK(dump("a - b - c") ==
        "Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', "
        "ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load())))");
  CHECK(dump("2 ** 3 ** 2") ==
        "Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), "
        "op=Pow(), right=Constant(value=2))))");
  CHECK(dump("a | b ^ c & d << e + f * g") ==
        "Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', "
        "ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), "
        "right=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=BinOp(left=Name(id='e', "
        "ctx=Load()), op=Add(), right=BinOp(left=Name(id='f', ctx=Load()), op=Mult(), "
        "right=Name(id='g', ctx=Load()))))))))");
  CHECK(
      dump("not a and b or c") ==
      "Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), "
      "operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))");
  CHECK(dump("a < b <= c is not d not in e") ==
        "Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], "
        "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', "
        "ctx=Load()), Name(id='e', ctx=Load())]))");
  CHECK(dump("a if b else c if d else e") ==
        "Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), "
        "orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), "
        "orelse=Name(id='e', ctx=Load()))))");
  CHECK(dump("await f() ** 2") ==
        "Expr(value=BinOp(left=Await(value=Call(func=Name(id='f', ctx=Load()), args=[], "
        "keywords=[])), op=Pow(), right=Constant(value=2)))");
}

TEST_CASE("parser: assignment targets get the Store context") {
  CHECK(dump("a, *b = c") ==
        "Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', "
        "ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))");
  CHECK(dump("x = y = f()") ==
        "Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], "
        "value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))");
  CHECK(dump("a.b[c] += 1") ==
        "AugAssign(target=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', "
        "ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Store()), op=Add(), "
        "value=Constant(value=1))");
  CHECK(dump("(x): int = 1") ==
        "AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), "
        "value=Constant(value=1), simple=0)");
  CHECK(dump("del a, (b, c)") ==
        "Delete(targets=[Name(id='a', ctx=Del()), Tuple(elts=[Name(id='b', ctx=Del()), "
        "Name(id='c', ctx=Del())], ctx=Del())])");
  CHECK(dump("for i, (j, k) in x: pass") ==
        "For(target=Tuple(elts=[Name(id='i', ctx=Store()), Tuple(elts=[Name(id='j', "
        "ctx=Store()), Name(id='k', ctx=Store())], ctx=Store())], ctx=Store()), "
        "iter=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])");
}

TEST_CASE("parser: calls, slices, displays and comprehensions") {
  CHECK(dump("f(a, *b, c=1, **d)") ==
        "Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), "
        "Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', "
        "value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))");
  CHECK(dump("x[1:2, ::3]") ==
        "Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice("
        "lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], "
        "ctx=Load()), ctx=Load()))");
  CHECK(dump("{**a, 'b': 1}") ==
        "Expr(value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), "
        "Constant(value=1)]))");
  CHECK(dump("[x async for x in y if x]") ==
        "Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension("
        "target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', "
        "ctx=Load())], is_async=1)]))");
  CHECK(dump("sum(x for x in y)") ==
        "Expr(value=Call(func=Name(id='sum', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', "
        "ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), "
        "iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))");
  CHECK(dump("{(k := 1): 2}") ==
        "Expr(value=Dict(keys=[NamedExpr(target=Name(id='k', ctx=Store()), "
        "value=Constant(value=1))], values=[Constant(value=2)]))");
  CHECK(dump("(yield)") == "Expr(value=Yield())");
  CHECK(dump("x = ()") == "Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], "
                          "ctx=Load()))");
}

TEST_CASE("parser: strings, concatenation and f-strings") {
  CHECK(dump("u'a' 'b'") == "Expr(value=Constant(value='ab', kind='u'))");
  CHECK(dump("b'a' b'\\x00'") == "Expr(value=Constant(value=b'a\\x00'))");
  CHECK(dump("'\\x41\\101\\u00e9\\N{EURO SIGN}'") == "Expr(value=Constant(value='AAé€'))");
  CHECK(dump("f'a{b!r:>{w}}c{{d}}'") ==
        "Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', "
        "ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), "
        "FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='c{d}')"
        "]))");
  CHECK(dump("f'{x=}' f'{ y = :3}'") ==
        "Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', "
        "ctx=Load()), conversion=114), Constant(value=' y = '), FormattedValue(value=Name("
        "id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant("
        "value='3')]))]))");
  CHECK(dump("f''") == "Expr(value=JoinedStr(values=[]))");
  CHECK(dump("rf'\\d{x}'") ==
        "Expr(value=JoinedStr(values=[Constant(value='\\\\d'), FormattedValue(value=Name(id='x', "
        "ctx=Load()), conversion=-1)]))");
}

TEST_CASE("parser: numbers") {
  CHECK(dump("0x_ff + 0o17 + 0b1 + 1_000") ==
        "Expr(value=BinOp(left=BinOp(left=BinOp(left=Constant(value=255), op=Add(), "
        "right=Constant(value=15)), op=Add(), right=Constant(value=1)), op=Add(), "
        "right=Constant(value=1000)))");
  CHECK(dump("123456789012345678901234567890") ==
        "Expr(value=Constant(value=123456789012345678901234567890))");
  CHECK(dump("0xFFFFFFFFFFFFFFFF") == "Expr(value=Constant(value=18446744073709551615))");
  CHECK(dump("1e999") == "Expr(value=Constant(value=inf))");
  CHECK(dump("1.5e-3") == "Expr(value=Constant(value=0.0015))");
  auto module = parse("x = 9223372036854775807\n", "main.py");
  const auto& assign = module->body[0]->as<ast::Assign>();
  const auto& constant = assign.value->as<ast::Constant>();
  CHECK(constant.value.kind == ast::ConstantValue::Kind::Int);
  CHECK(constant.value.integer == 9223372036854775807LL);
}

TEST_CASE("parser: definitions") {
  CHECK(dump("def f(a, /, b=1, *c, d, e=2, **g) -> int: pass") ==
        "FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], "
        "vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, "
        "Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Pass()], "
        "decorator_list=[], returns=Name(id='int', ctx=Load()))");
  CHECK(dump("@d\nasync def f(): await x") ==
        "AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], "
        "decorator_list=[Name(id='d', ctx=Load())])");
  CHECK(dump("class A(B, metaclass=M): x = 1") ==
        "ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', "
        "value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], "
        "value=Constant(value=1))], decorator_list=[])");
  CHECK(dump("with (a as b, c): pass") ==
        "With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', "
        "ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])");
  CHECK(dump("from .. import (a as b, c,)") ==
        "ImportFrom(names=[alias(name='a', asname='b'), alias(name='c')], level=2)");
  CHECK(dump("import a.b as c") == "Import(names=[alias(name='a.b', asname='c')])");
}

TEST_CASE("parser: node positions are CPython's") {
  auto module = parse("def f():\n    return  x + (y)\n", "main.py");
  const auto& f = module->body[0]->as<ast::FunctionDef>();
  CHECK(f.loc.lineno == 1);
  CHECK(f.loc.col_offset == 0);
  CHECK(f.loc.end_lineno == 2);
  CHECK(f.loc.end_col_offset == 19);
  const auto& ret = f.body[0]->as<ast::Return>();
  CHECK(ret.loc.col_offset == 4);
  const auto& sum = ret.value->as<ast::BinOp>();
  CHECK(sum.loc.col_offset == 12);
  CHECK(sum.loc.end_col_offset == 19);
  CHECK(sum.right->loc.col_offset == 17); // the name, not its parentheses
}

TEST_CASE("parser: book mode accepts asyncio.async(...)") {
  CHECK(error("asyncio.async(coro())\n") == "SyntaxError: invalid syntax (main.py, line 1)");
  ParseOptions book;
  book.book_mode = true;
  CHECK(dump("asyncio.async(coro())", book) ==
        "Expr(value=Call(func=Attribute(value=Name(id='asyncio', ctx=Load()), attr='async', "
        "ctx=Load()), args=[Call(func=Name(id='coro', ctx=Load()), args=[], keywords=[])], "
        "keywords=[]))");
  CHECK(dump("with (yield from semaphore): pass") ==
        "With(items=[withitem(context_expr=YieldFrom(value=Name(id='semaphore', "
        "ctx=Load())))], body=[Pass()])");
}

TEST_CASE("parser: the compiler's checks") {
  CHECK(error("return 1\n") == "SyntaxError: 'return' outside function (main.py, line 1)");
  CHECK(error("class A:\n    return\n") ==
        "SyntaxError: 'return' outside function (main.py, line 2)");
  CHECK(error("x = yield\n") == "SyntaxError: 'yield' outside function (main.py, line 1)");
  CHECK(error("await x\n") == "SyntaxError: 'await' outside function (main.py, line 1)");
  CHECK(error("def f():\n    await x\n") ==
        "SyntaxError: 'await' outside async function (main.py, line 2)");
  CHECK(error("async def f():\n    def g():\n        await x\n") ==
        "SyntaxError: 'await' outside async function (main.py, line 3)");
  CHECK(error("async def f():\n    return [await x for x in y]\n") == "<no error>");
  CHECK(error("def f():\n    return (await x for x in y)\n") == "<no error>");
  CHECK(error("break\n") == "SyntaxError: 'break' outside loop (main.py, line 1)");
  CHECK(error("for x in y:\n    pass\nelse:\n    break\n") ==
        "SyntaxError: 'break' outside loop (main.py, line 4)");
  CHECK(error("while x:\n    def f():\n        continue\n") ==
        "SyntaxError: 'continue' not properly in loop (main.py, line 3)");
  CHECK(error("while x:\n    try:\n        pass\n    finally:\n        break\n") == "<no error>");
  CHECK(error("nonlocal x\n") ==
        "SyntaxError: nonlocal declaration not allowed at module level (main.py, line 1)");
  CHECK(error("def f(a):\n    global a\n") ==
        "SyntaxError: name 'a' is parameter and global (main.py, line 2)");
  CHECK(error("def f():\n    print(x)\n    global x\n") ==
        "SyntaxError: name 'x' is used prior to global declaration (main.py, line 3)");
  CHECK(error("def f(a, a): pass\n") ==
        "SyntaxError: duplicate argument 'a' in function definition (main.py, line 1)");
  CHECK(error("f(a=1, a=2)\n") == "SyntaxError: keyword argument repeated: a (main.py, line 1)");
  CHECK(error("async def f():\n    yield from x\n") ==
        "SyntaxError: 'yield from' inside async function (main.py, line 2)");
  CHECK(error("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n") ==
        "SyntaxError: default 'except:' must be last (main.py, line 3)");
  CHECK(error("if __name__ == '__main__':\n    main()\n") == "<no error>");
}

TEST_CASE("parser: CPython's specific syntax error messages") {
  CHECK(error("x = (1 +\n") == "SyntaxError: '(' was never closed (main.py, line 1)");
  CHECK(error("if x\n    pass\n") == "SyntaxError: expected ':' (main.py, line 1)");
  CHECK(error("f(a b)\n") ==
        "SyntaxError: invalid syntax. Perhaps you forgot a comma? (main.py, line 1)");
  CHECK(error("x = 1 2\n") == "SyntaxError: invalid syntax (main.py, line 1)");
  CHECK(error("if x:\npass\n") ==
        "IndentationError: expected an indented block after 'if' statement on line 1 (main.py, "
        "line 2)");
  CHECK(error("f() = 1\n") == "SyntaxError: cannot assign to function call here. Maybe you "
                              "meant '==' instead of '='? (main.py, line 1)");
  CHECK(error("x = f() = 1\n") == "SyntaxError: cannot assign to function call (main.py, line 1)");
  CHECK(error("(a, 1) = x\n") == "SyntaxError: cannot assign to literal (main.py, line 1)");
  CHECK(error("None = 1\n") == "SyntaxError: cannot assign to None (main.py, line 1)");
  CHECK(error("f(a=1, b)\n") ==
        "SyntaxError: positional argument follows keyword argument (main.py, line 1)");
  CHECK(error("f(**a, b)\n") ==
        "SyntaxError: positional argument follows keyword argument unpacking (main.py, line 1)");
  CHECK(error("def f(a=1, b): pass\n") ==
        "SyntaxError: non-default argument follows default argument (main.py, line 1)");
  CHECK(error("def f(*): pass\n") ==
        "SyntaxError: named arguments must follow bare * (main.py, line 1)");
  CHECK(error("print 'x'\n") == "SyntaxError: Missing parentheses in call to 'print'. Did you "
                                "mean print(...)? (main.py, line 1)");
  CHECK(error("print(f'{x')\n") == "SyntaxError: f-string: expecting '}' (main.py, line 1)");
  CHECK(error("f'{a b}'\n") ==
        "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (main.py, line 1)");
  CHECK(error("x = [i for i in range(3)\ny = 2\n") ==
        "SyntaxError: '[' was never closed (main.py, line 1)");
  CHECK(error("a, b += 1\n") ==
        "SyntaxError: 'tuple' is an illegal expression for augmented assignment (main.py, line 1)");
  CHECK(error("for f() in x: pass\n") ==
        "SyntaxError: cannot assign to function call (main.py, line 1)");
  CHECK(error("del f()\n") == "SyntaxError: cannot delete function call (main.py, line 1)");
  CHECK(error("with a as f(): pass\n") ==
        "SyntaxError: cannot assign to function call (main.py, line 1)");
  CHECK(error("  x = 1\n") == "IndentationError: unexpected indent (main.py, line 1)");
  CHECK(error("try:\n    pass\nx = 1\n") ==
        "SyntaxError: expected 'except' or 'finally' block (main.py, line 3)");
}

TEST_CASE("parser: deep nesting stops with CPython's RecursionError, not a crash") {
  auto repeat = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i)
      out += s;
    return out;
  };
  // As in CPython 3.11, a thousand levels compile.
  CHECK(error("x = " + repeat("-", 1000) + "y\n") == "<no error>");
  CHECK(error("x = " + repeat("not ", 1000) + "y\n") == "<no error>");
  for (const std::string& prefix :
       {std::string("not "), std::string("-"), std::string("lambda: ")}) {
    std::string deep = "x = " + repeat(prefix, 100000) + "y\n";
    bool raised = false;
    try {
      parse(deep, "main.py");
    } catch (const SyntaxError& e) {
      raised = true;
      CHECK(e.type == "RecursionError");
      CHECK(format_syntax_error(e) ==
            "RecursionError: maximum recursion depth exceeded during compilation\n");
    }
    CHECK(raised);
  }
}
