# A tokenizer and recursive-descent parser for arithmetic, evaluating
# expressions with variables, unary minus, powers and parentheses.
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return "Token(" + self.kind + ", " + repr(self.text) + ")"


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg + " at position " + str(pos))
        self.pos = pos


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif c in "+-*/%()=,":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError("unexpected character " + repr(c), i)
    tokens.append(Token("end", "", len(src)))
    return tokens


class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, env):
        self.env = env

    def parse(self, src):
        self.toks = tokenize(src)
        self.i = 0
        if self.peek().kind == "name" and self.toks[self.i + 1].text == "=":
            name = self.next().text
            self.next()
            value = self.expr()
            self.expect("end")
            self.env[name] = value
            return value
        value = self.expr()
        self.expect("end")
        return value

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, text=None):
        t = self.next()
        if t.kind != kind or (text is not None and t.text != text):
            want = text if text is not None else kind
            raise ParseError("expected " + want + " but found " + repr(t.text or "end"), t.pos)
        return t

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.next().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().text in ("*", "/", "%"):
            t = self.next()
            rhs = self.unary()
            if t.text != "*" and rhs == 0:
                raise ParseError("division by zero", t.pos)
            if t.text == "*":
                value *= rhs
            elif t.text == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek().text == "-":
            self.next()
            return -self.unary()
        if self.peek().text == "+":
            self.next()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.next()
            return base ** self.unary()
        return base

    def atom(self):
        t = self.next()
        if t.kind == "num":
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = [self.expr()]
                while self.peek().text == ",":
                    self.next()
                    args.append(self.expr())
                self.expect("op", ")")
                if t.text not in self.FUNCS:
                    raise ParseError("unknown function " + t.text, t.pos)
                return self.FUNCS[t.text](*args)
            if t.text not in self.env:
                raise ParseError("undefined variable " + t.text, t.pos)
            return self.env[t.text]
        if t.text == "(":
            value = self.expr()
            self.expect("op", ")")
            return value
        raise ParseError("unexpected " + repr(t.text or "end"), t.pos)


print(tokenize("x = 3 * (4 + y)"))
env = {}
p = Parser(env)
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4", "7 - -3",
    "x = 5", "y = x * 2 + 1", "x * y", "max(x, y, 3) - min(4, abs(-9))", "1.5 * 4",
    "1 +", "(1 + 2", "3 / 0", "z + 1", "4 $ 4", "foo(1)", "2 3",
]
for line in lines:
    try:
        print(line.ljust(34), "=>", p.parse(line))
    except ParseError as e:
        print(line.ljust(34), "!!", e, "| pos", e.pos)
print(sorted(env.items()))
