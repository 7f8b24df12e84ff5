# A recursive-descent calculator: tokenizer, parser, evaluator and error reporting.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/()%^":
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self):
        tok = self.peek(); self.pos += 1; return tok
    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op, rhs = self.take(), self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        base = self.unary()
        return base ** self.factor() if self.peek() == "^" and self.take() else base
    def unary(self):
        tok = self.take()
        if tok == "-":
            return -self.unary()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected ')'")
            return value
        if isinstance(tok, (int, float)):
            return tok
        raise SyntaxError(f"unexpected token {tok!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "7 / 2", "0.1 + 0.2",
            "2 * (3 + 4) - -1", "1 / 0", "3 + * 4", "(1 + 2", "5 $ 3"]:
    try:
        print(f"{src:<18} = {Parser(tokenize(src)).expr()}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src:<18} ! {type(e).__name__}: {e}")
