// Tests for runtime/parser.h: the AST (dumped as compact S-expressions),
// every statement kind, f-strings, error messages and positions, REPL
// incompleteness, and a no-crash loop over malformed input.
#include "runtime/parser.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <string>

namespace gilectomy::rt {
namespace {

using ast::ConstKind;
using ast::Ctx;
using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;

std::string D(const Expr* e);

std::string List(const std::vector<Expr*>& v) {
  std::string out;
  for (const Expr* e : v) out += " " + D(e);
  return out;
}

std::string Opt(const Expr* e) { return e ? D(e) : "_"; }

const char* BinName(ast::BinOpKind k) {
  static const char* kNames[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  return kNames[static_cast<int>(k)];
}

const char* CmpName(ast::CmpOpKind k) {
  static const char* kNames[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is-not", "in", "not-in"};
  return kNames[static_cast<int>(k)];
}

std::string Args(const ast::Arguments* a) {
  std::string out = "(";
  auto arg = [](const ast::Arg& x) {
    return x.annotation ? x.name + ":" + D(x.annotation) : x.name;
  };
  for (const auto& x : a->posonlyargs) out += arg(x) + " ";
  if (!a->posonlyargs.empty()) out += "/ ";
  for (const auto& x : a->args) out += arg(x) + " ";
  if (a->has_vararg) out += "*" + arg(a->vararg) + " ";
  for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
    out += "kw:" + arg(a->kwonlyargs[i]);
    if (a->kw_defaults[i]) out += "=" + D(a->kw_defaults[i]);
    out += " ";
  }
  if (a->has_kwarg) out += "**" + arg(a->kwarg) + " ";
  if (!a->defaults.empty()) out += "defaults" + List(a->defaults) + " ";
  if (out.size() > 1) out.pop_back();
  return out + ")";
}

std::string Comps(const std::vector<ast::Comprehension>& gens) {
  std::string out;
  for (const auto& g : gens) {
    out += " (for " + D(g.target) + " " + D(g.iter);
    for (const Expr* i : g.ifs) out += " (if " + D(i) + ")";
    out += ")";
  }
  return out;
}

std::string Const(const Expr* e) {
  char buf[64];
  switch (e->const_kind) {
    case ConstKind::kNone: return "None";
    case ConstKind::kTrue: return "True";
    case ConstKind::kFalse: return "False";
    case ConstKind::kEllipsis: return "...";
    case ConstKind::kInt:
      return e->int_base == 10 ? e->int_digits : std::to_string(e->int_base) + "#" + e->int_digits;
    case ConstKind::kFloat: std::snprintf(buf, sizeof buf, "%gf", e->float_value); return buf;
    case ConstKind::kImag: std::snprintf(buf, sizeof buf, "%gj", e->float_value); return buf;
    case ConstKind::kStr: return "'" + e->str_value + "'";
    case ConstKind::kBytes: return "b'" + e->str_value + "'";
  }
  return "?";
}

std::string D(const Expr* e) {
  std::string ctx = e->ctx == Ctx::kStore ? "!" : e->ctx == Ctx::kDel ? "~" : "";
  switch (e->kind) {
    case ExprKind::kName: return e->name + ctx;
    case ExprKind::kConstant: return Const(e);
    case ExprKind::kBinOp: return std::string("(") + BinName(e->binop) + " " + D(e->left) + " " + D(e->right) + ")";
    case ExprKind::kUnaryOp: {
      static const char* kNames[] = {"~", "not", "u+", "u-"};
      return std::string("(") + kNames[static_cast<int>(e->unaryop)] + " " + D(e->left) + ")";
    }
    case ExprKind::kBoolOp: return std::string("(") + (e->boolop == ast::BoolOpKind::kAnd ? "and" : "or") + List(e->elts) + ")";
    case ExprKind::kCompare: {
      std::string out = "(cmp " + D(e->left);
      for (size_t i = 0; i < e->ops.size(); ++i) out += std::string(" ") + CmpName(e->ops[i]) + " " + D(e->elts[i]);
      return out + ")";
    }
    case ExprKind::kCall: {
      std::string out = "(call " + D(e->left) + List(e->elts);
      for (const auto& k : e->keywords) out += " " + (k.arg.empty() ? "**" : k.arg + "=") + D(k.value);
      return out + ")";
    }
    case ExprKind::kAttribute: return "(. " + D(e->left) + " " + e->name + ")" + ctx;
    case ExprKind::kSubscript: return "([] " + D(e->left) + " " + D(e->right) + ")" + ctx;
    case ExprKind::kSlice: return "(slice " + Opt(e->left) + " " + Opt(e->right) + " " + Opt(e->third) + ")";
    case ExprKind::kTuple: return "(tuple" + List(e->elts) + ")" + ctx;
    case ExprKind::kList: return "(list" + List(e->elts) + ")" + ctx;
    case ExprKind::kSet: return "(set" + List(e->elts) + ")";
    case ExprKind::kDict: {
      std::string out = "(dict";
      for (size_t i = 0; i < e->elts.size(); ++i) out += " " + (e->elts[i] ? D(e->elts[i]) : "**") + " " + D(e->values[i]);
      return out + ")";
    }
    case ExprKind::kIfExp: return "(ifexp " + D(e->third) + " " + D(e->left) + " " + D(e->right) + ")";
    case ExprKind::kLambda: return "(lambda " + Args(e->args) + " " + D(e->left) + ")";
    case ExprKind::kStarred: return "(* " + D(e->left) + ")" + ctx;
    case ExprKind::kNamedExpr: return "(:= " + D(e->left) + " " + D(e->right) + ")";
    case ExprKind::kListComp: return "(listcomp " + D(e->left) + Comps(e->generators) + ")";
    case ExprKind::kSetComp: return "(setcomp " + D(e->left) + Comps(e->generators) + ")";
    case ExprKind::kDictComp: return "(dictcomp " + D(e->left) + " " + D(e->right) + Comps(e->generators) + ")";
    case ExprKind::kGeneratorExp: return "(genexp " + D(e->left) + Comps(e->generators) + ")";
    case ExprKind::kYield: return "(yield " + Opt(e->left) + ")";
    case ExprKind::kYieldFrom: return "(yieldfrom " + D(e->left) + ")";
    case ExprKind::kAwait: return "(await " + D(e->left) + ")";
    case ExprKind::kJoinedStr: return "(f" + List(e->elts) + ")";
    case ExprKind::kFormattedValue: {
      std::string out = "(fv " + D(e->left);
      if (e->conversion) out += std::string(" !") + static_cast<char>(e->conversion);
      if (e->right) out += " :" + D(e->right);
      return out + ")";
    }
  }
  return "?";
}

std::string S(const Stmt* s);

std::string Body(const std::vector<Stmt*>& body) {
  std::string out;
  for (const Stmt* s : body) out += " " + S(s);
  return out;
}

std::string S(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::kFunctionDef: {
      std::string out = std::string("(") + (s->is_async ? "asyncdef " : "def ") + s->name + " " + Args(s->args);
      if (s->value) out += " -> " + D(s->value);
      for (const Expr* d : s->decorator_list) out += " @" + D(d);
      return out + Body(s->body) + ")";
    }
    case StmtKind::kClassDef: {
      std::string out = "(class " + s->name + List(s->targets);
      for (const auto& k : s->keywords) out += " " + k.arg + "=" + D(k.value);
      for (const Expr* d : s->decorator_list) out += " @" + D(d);
      return out + Body(s->body) + ")";
    }
    case StmtKind::kReturn: return "(return " + Opt(s->value) + ")";
    case StmtKind::kDelete: return "(del" + List(s->targets) + ")";
    case StmtKind::kAssign: return "(=" + List(s->targets) + " " + D(s->value) + ")";
    case StmtKind::kAugAssign: return std::string("(") + BinName(s->binop) + "= " + D(s->targets[0]) + " " + D(s->value) + ")";
    case StmtKind::kAnnAssign:
      return "(ann " + D(s->targets[0]) + " " + D(s->annotation) + " " + Opt(s->value) + (s->simple ? " simple" : "") + ")";
    case StmtKind::kFor: {
      std::string out = std::string(s->is_async ? "(asyncfor " : "(for ") + D(s->targets[0]) + " " + D(s->value) + Body(s->body);
      if (!s->orelse.empty()) out += " else" + Body(s->orelse);
      return out + ")";
    }
    case StmtKind::kWhile: case StmtKind::kIf: {
      std::string out = std::string(s->kind == StmtKind::kIf ? "(if " : "(while ") + D(s->value) + Body(s->body);
      if (!s->orelse.empty()) out += " else" + Body(s->orelse);
      return out + ")";
    }
    case StmtKind::kWith: {
      std::string out = "(with";
      for (const auto& i : s->items) out += " [" + D(i.context_expr) + (i.optional_vars ? " as " + D(i.optional_vars) : "") + "]";
      return out + Body(s->body) + ")";
    }
    case StmtKind::kRaise: return "(raise " + Opt(s->value) + " " + Opt(s->cause) + ")";
    case StmtKind::kTry: {
      std::string out = "(try" + Body(s->body);
      for (const auto& h : s->handlers) out += " (except " + Opt(h.type) + (h.name.empty() ? "" : " as " + h.name) + Body(h.body) + ")";
      if (!s->orelse.empty()) out += " else" + Body(s->orelse);
      if (!s->finalbody.empty()) out += " finally" + Body(s->finalbody);
      return out + ")";
    }
    case StmtKind::kAssert: return "(assert " + D(s->value) + " " + Opt(s->msg) + ")";
    case StmtKind::kImport: case StmtKind::kImportFrom: {
      std::string out = s->kind == StmtKind::kImport ? "(import" : "(from " + std::string(s->level, '.') + s->name;
      for (const auto& a : s->names) out += " " + a.name + (a.asname.empty() ? "" : "=" + a.asname);
      return out + ")";
    }
    case StmtKind::kGlobal: case StmtKind::kNonlocal: {
      std::string out = s->kind == StmtKind::kGlobal ? "(global" : "(nonlocal";
      for (const auto& n : s->identifiers) out += " " + n;
      return out + ")";
    }
    case StmtKind::kExpr: return D(s->value);
    case StmtKind::kPass: return "pass";
    case StmtKind::kBreak: return "break";
    case StmtKind::kContinue: return "continue";
  }
  return "?";
}

std::string P(std::string_view src, ast::Mode mode = ast::Mode::kFile) {
  ParseResult r = Parse(src, "<test>", mode);
  if (r.error) return "ERROR: " + r.error->message;
  std::string out;
  for (const Stmt* s : r.module->body) out += (out.empty() ? "" : " ") + S(s);
  return out;
}

std::string E(std::string_view src) { return P(src, ast::Mode::kEval); }

SyntaxErrorInfo Err(std::string_view src, ast::Mode mode = ast::Mode::kFile) {
  ParseResult r = Parse(src, "<test>", mode);
  EXPECT_TRUE(r.error.has_value()) << src;
  EXPECT_FALSE(r.module);
  return r.error ? *r.error : SyntaxErrorInfo{};
}

// ---------------------------------------------------------------------------
// Expressions

TEST(ParserExpr, ArithmeticPrecedence) {
  EXPECT_EQ(E("1 + 2 * 3"), "(+ 1 (* 2 3))");
  EXPECT_EQ(E("1 - 2 - 3"), "(- (- 1 2) 3)");
  EXPECT_EQ(E("a | b ^ c & d << e + f // g"), "(| a (^ b (& c (<< d (+ e (// f g))))))");
  EXPECT_EQ(E("a @ b % c / d"), "(/ (% (@ a b) c) d)");
}

TEST(ParserExpr, PowerAndUnary) {
  EXPECT_EQ(E("-2 ** 2"), "(u- (** 2 2))");
  EXPECT_EQ(E("2 ** 3 ** 2"), "(** 2 (** 3 2))");
  EXPECT_EQ(E("2 ** -1"), "(** 2 (u- 1))");
  EXPECT_EQ(E("~+-x"), "(~ (u+ (u- x)))");
  EXPECT_EQ(E("await x ** 2"), "(** (await x) 2)");
}

TEST(ParserExpr, BooleanAndComparison) {
  EXPECT_EQ(E("a or b and not c or d"), "(or a (and b (not c)) d)");
  EXPECT_EQ(E("a < b <= c != d"), "(cmp a < b <= c != d)");
  EXPECT_EQ(E("a not in b is not c in d is e"), "(cmp a not-in b is-not c in d is e)");
  EXPECT_EQ(E("not a == b"), "(not (cmp a == b))");
  EXPECT_EQ(E("a | b < c"), "(cmp (| a b) < c)");
}

TEST(ParserExpr, ConditionalAndLambda) {
  EXPECT_EQ(E("a if b else c if d else e"), "(ifexp b a (ifexp d c e))");
  EXPECT_EQ(E("lambda: 0"), "(lambda () 0)");
  EXPECT_EQ(E("lambda x, y=1, *a, k, **kw: x"), "(lambda (x y *a kw:k **kw defaults 1) x)");
  EXPECT_EQ(E("lambda x: a if x else b"), "(lambda (x) (ifexp x a b))");
}

TEST(ParserExpr, Primaries) {
  EXPECT_EQ(E("a.b.c"), "(. (. a b) c)");
  EXPECT_EQ(E("f(1, *a, k=2, **kw)"), "(call f 1 (* a) k=2 **kw)");
  EXPECT_EQ(E("f()()[0].x"), "(. ([] (call (call f)) 0) x)");
  EXPECT_EQ(E("f(x for x in y)"), "(call f (genexp x (for x! y)))");
  EXPECT_EQ(E("f(a, *b, c, d=1, *e, **f, g=2)"), "(call f a (* b) c (* e) d=1 **f g=2)");
}

TEST(ParserExpr, Subscripts) {
  EXPECT_EQ(E("a[1]"), "([] a 1)");
  EXPECT_EQ(E("a[1:2]"), "([] a (slice 1 2 _))");
  EXPECT_EQ(E("a[::2]"), "([] a (slice _ _ 2))");
  EXPECT_EQ(E("a[:]"), "([] a (slice _ _ _))");
  EXPECT_EQ(E("a[1:2, 3]"), "([] a (tuple (slice 1 2 _) 3))");
  EXPECT_EQ(E("a[1,]"), "([] a (tuple 1))");
  EXPECT_EQ(E("a[*b]"), "([] a (* b))");
}

TEST(ParserExpr, Numbers) {
  EXPECT_EQ(E("0xFF"), "16#ff");
  EXPECT_EQ(E("0o17"), "8#17");
  EXPECT_EQ(E("0b101"), "2#101");
  EXPECT_EQ(E("1_000_000"), "1000000");
  EXPECT_EQ(E("00"), "0");
  EXPECT_EQ(E("1.5e3"), "1500f");
  EXPECT_EQ(E("1."), "1f");
  EXPECT_EQ(E(".5"), "0.5f");
  EXPECT_EQ(E("2j"), "2j");
  EXPECT_EQ(E("123456789012345678901234567890"), "123456789012345678901234567890");
}

TEST(ParserExpr, Constants) {
  EXPECT_EQ(E("(None, True, False, ...)"), "(tuple None True False ...)");
}

TEST(ParserExpr, StringsAndEscapes) {
  EXPECT_EQ(E("'a' \"b\" '''c'''"), "'abc'");
  EXPECT_EQ(E("'\\x41\\101\\u00e9\\U0001F600\\t'"), "'AA\xc3\xa9\xf0\x9f\x98\x80\t'");
  EXPECT_EQ(E("r'\\n' '\\q'"), "'\\n\\q'");
  EXPECT_EQ(E("b'\\x00\\u1234' rb'\\d'"), std::string("b'") + '\0' + "\\u1234\\d'");
  EXPECT_EQ(E("'a\\\nb'"), "'ab'");
  EXPECT_EQ(E("'\\0\\a\\b\\f\\v\\r\\'\\\"\\\\'"), std::string("'") + '\0' + "\a\b\f\v\r'\"\\'");
}

TEST(ParserExpr, Displays) {
  EXPECT_EQ(E("()"), "(tuple)");
  EXPECT_EQ(E("(1,)"), "(tuple 1)");
  EXPECT_EQ(E("(1)"), "1");
  EXPECT_EQ(E("[1, *a, 2,]"), "(list 1 (* a) 2)");
  EXPECT_EQ(E("{}"), "(dict)");
  EXPECT_EQ(E("{1: 2, **d, 3: 4}"), "(dict 1 2 ** d 3 4)");
  EXPECT_EQ(E("{**d}"), "(dict ** d)");
  EXPECT_EQ(E("{1, *s}"), "(set 1 (* s))");
  EXPECT_EQ(E("1, 2"), "(tuple 1 2)");
}

TEST(ParserExpr, Comprehensions) {
  EXPECT_EQ(E("[x for x in y if x if z for a, b in c]"),
            "(listcomp x (for x! y (if x) (if z)) (for (tuple a! b!)! c))");
  EXPECT_EQ(E("{k: v for k, v in d}"), "(dictcomp k v (for (tuple k! v!)! d))");
  EXPECT_EQ(E("{x for x in s}"), "(setcomp x (for x! s))");
  EXPECT_EQ(E("(x for x in a if b)"), "(genexp x (for x! a (if b)))");
  EXPECT_EQ(E("[x for x in a or b]"), "(listcomp x (for x! (or a b)))");
}

TEST(ParserExpr, WalrusAndYield) {
  EXPECT_EQ(E("(y := f(x))"), "(:= y! (call f x))");
  EXPECT_EQ(P("def g():\n  x = yield 1, 2\n  yield from h()\n  yield\n"),
            "(def g () (= x! (yield (tuple 1 2))) (yieldfrom (call h)) (yield _))");
  EXPECT_EQ(P("if (n := len(a)) > 10: pass\n"), "(if (cmp (:= n! (call len a)) > 10) pass)");
}

// ---------------------------------------------------------------------------
// f-strings

TEST(ParserFString, Basic) {
  EXPECT_EQ(E("f'a{x}b'"), "(f 'a' (fv x) 'b')");
  EXPECT_EQ(E("f''"), "(f)");
  EXPECT_EQ(E("f'{x!r:>{w}}'"), "(f (fv x !r :(f '>' (fv w))))");
  EXPECT_EQ(E("f'{{}}{x}'"), "(f '{}' (fv x))");
  EXPECT_EQ(E("f'{a[\"k\"] + 1:.2f}'"), "(f (fv (+ ([] a 'k') 1) :(f '.2f')))");
}

TEST(ParserFString, Concatenation) {
  EXPECT_EQ(E("'a' f'b{x}' 'c' f'd'"), "(f 'ab' (fv x) 'cd')");
  EXPECT_EQ(E("f'\\n{x}' rf'\\n{y}'"), "(f '\n' (fv x) '\\n' (fv y))");
}

TEST(ParserFString, DebugSpecifier) {
  EXPECT_EQ(E("f'{x=}'"), "(f 'x=' (fv x !r))");
  EXPECT_EQ(E("f'v: {x = }'"), "(f 'v: x = ' (fv x !r))");
  EXPECT_EQ(E("f'{x=!s}'"), "(f 'x=' (fv x !s))");
  EXPECT_EQ(E("f'{x=:>4}'"), "(f 'x=' (fv x :(f '>4')))");
  EXPECT_EQ(E("f'{a!=b}'"), "(f (fv (cmp a != b)))");
}

TEST(ParserFString, NestedQuotesAndLambdas) {
  EXPECT_EQ(E("f\"{'a' + 'b'}\""), "(f (fv (+ 'a' 'b')))");
  EXPECT_EQ(E("f'{(lambda x: x)(1)}'"), "(f (fv (call (lambda (x) x) 1)))");
  EXPECT_EQ(E("f'{d[1:2]}'"), "(f (fv ([] d (slice 1 2 _))))");
  EXPECT_EQ(E("f'''{\nx\n}'''"), "(f (fv x))");
}

TEST(ParserFString, Errors) {
  EXPECT_EQ(Err("f'{x'").message, "f-string: expecting '}'");
  EXPECT_EQ(Err("f'{}'").message, "f-string: empty expression not allowed");
  EXPECT_EQ(Err("f'}'").message, "f-string: single '}' is not allowed");
  EXPECT_EQ(Err("f'{x!z}'").message,
            "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(Err("f'{#}'").message, "f-string expression part cannot include '#'");
  EXPECT_EQ(Err("f'{a\\n}'").message, "f-string expression part cannot include a backslash");
  EXPECT_EQ(Err("f'{a b}'").message, "f-string: invalid syntax. Perhaps you forgot a comma?");
  EXPECT_EQ(Err("f'{a +}'").message, "f-string: invalid syntax");
}

TEST(ParserFString, FieldPositionsAreSourcePositions) {
  ParseResult r = Parse("x = f'ab{yy}'\n", "<t>", ast::Mode::kFile);
  ASSERT_FALSE(r.error);
  const Expr* fv = r.module->body[0]->value->elts[1];
  EXPECT_EQ(fv->left->pos.line, 1);
  EXPECT_EQ(fv->left->pos.col, 9);
  EXPECT_EQ(fv->left->pos.end_col, 11);
}

// ---------------------------------------------------------------------------
// Statements

TEST(ParserStmt, Assignments) {
  EXPECT_EQ(P("a = b = 1\n"), "(= a! b! 1)");
  EXPECT_EQ(P("a, *b = c\n"), "(= (tuple a! (* b!)!)! c)");
  EXPECT_EQ(P("[a, (b, c)] = x\n"), "(= (list a! (tuple b! c!)!)! x)");
  EXPECT_EQ(P("a.b[1] = 2\n"), "(= ([] (. a b) 1)! 2)");
  EXPECT_EQ(P("x = *a, b\n"), "(= x! (tuple (* a) b))");
  EXPECT_EQ(P("x: int\n"), "(ann x! int _ simple)");
  EXPECT_EQ(P("(x): int = 1\n"), "(ann x! int 1)");
  EXPECT_EQ(P("a.b: int = 1\n"), "(ann (. a b)! int 1)");
}

TEST(ParserStmt, AugmentedAssignmentAllOps) {
  EXPECT_EQ(P("a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1\n"),
            "(+= a! 1) (-= a! 1) (*= a! 1) (/= a! 1) (//= a! 1) (%= a! 1) (**= a! 1)");
  EXPECT_EQ(P("a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1; a @= 1;\n"),
            "(<<= a! 1) (>>= a! 1) (&= a! 1) (|= a! 1) (^= a! 1) (@= a! 1)");
  EXPECT_EQ(P("a.b += yield\n"), "(+= (. a b)! (yield _))");
}

TEST(ParserStmt, SimpleStatements) {
  EXPECT_EQ(P("pass; break; continue\n"), "pass break continue");
  EXPECT_EQ(P("del a, b[0], (c, d)\n"), "(del a~ ([] b 0)~ (tuple c~ d~)~)");
  EXPECT_EQ(P("raise\nraise X\nraise X from e\n"), "(raise _ _) (raise X _) (raise X e)");
  EXPECT_EQ(P("assert x\nassert x, 'm'\n"), "(assert x _) (assert x 'm')");
  EXPECT_EQ(P("global a, b\nnonlocal c\n"), "(global a b) (nonlocal c)");
  EXPECT_EQ(P("def f():\n  return\n  return 1, 2\n"), "(def f () (return _) (return (tuple 1 2)))");
}

TEST(ParserStmt, Imports) {
  EXPECT_EQ(P("import a.b as c, d\n"), "(import a.b=c d)");
  EXPECT_EQ(P("from ..x.y import (a as b, c,)\n"), "(from ..x.y a=b c)");
  EXPECT_EQ(P("from . import *\n"), "(from . *)");
  EXPECT_EQ(P("from ...a import b\n"), "(from ...a b)");
  EXPECT_EQ(P("from x import a, b\n"), "(from x a b)");
}

TEST(ParserStmt, IfElifElse) {
  EXPECT_EQ(P("if a:\n  x\nelif b:\n  y\nelse:\n  z\n"), "(if a x else (if b y else z))");
  EXPECT_EQ(P("if x: pass\n"), "(if x pass)");
  EXPECT_EQ(P("if x: a; b\n"), "(if x a b)");
}

TEST(ParserStmt, Loops) {
  EXPECT_EQ(P("while x:\n  break\nelse:\n  pass\n"), "(while x break else pass)");
  EXPECT_EQ(P("for a, b in c, d:\n  pass\nelse:\n  pass\n"),
            "(for (tuple a! b!)! (tuple c d) pass else pass)");
  EXPECT_EQ(P("for x in *a, b: pass\n"), "(for x! (tuple (* a) b) pass)");
  EXPECT_EQ(P("async for x in y: pass\n"), "(asyncfor x! y pass)");
}

TEST(ParserStmt, Try) {
  EXPECT_EQ(P("try:\n  a\nexcept E as e:\n  b\nexcept (A, B):\n  c\nexcept:\n  d\n"
              "else:\n  f\nfinally:\n  g\n"),
            "(try a (except E as e b) (except (tuple A B) c) (except _ d) else f finally g)");
  EXPECT_EQ(P("try:\n  a\nfinally:\n  b\n"), "(try a finally b)");
}

TEST(ParserStmt, With) {
  EXPECT_EQ(P("with a as b, c:\n  pass\n"), "(with [a as b!] [c] pass)");
  EXPECT_EQ(P("with (a as b, c as d,):\n  pass\n"), "(with [a as b!] [c as d!] pass)");
  EXPECT_EQ(P("with (a, b): pass\n"), "(with [a] [b] pass)");
  EXPECT_EQ(P("with (a, b) as c: pass\n"), "(with [(tuple a b) as c!] pass)");
  EXPECT_EQ(P("with (yield): pass\n"), "(with [(yield _)] pass)");
  EXPECT_EQ(P("with a as (b, c): pass\n"), "(with [a as (tuple b! c!)!] pass)");
}

TEST(ParserStmt, FunctionDefinitions) {
  EXPECT_EQ(P("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n  pass\n"),
            "(def f (a b / c *args kw:d kw:e=3 **kw defaults 1 2) -> int pass)");
  EXPECT_EQ(P("def f(*, a): pass\n"), "(def f (kw:a) pass)");
  EXPECT_EQ(P("def f(a: int, *b: str, **c: 'x') -> None: pass\n"),
            "(def f (a:int *b:str **c:'x') -> None pass)");
  EXPECT_EQ(P("@d1\n@d2.x(1)\ndef f(): pass\n"), "(def f () @d1 @(call (. d2 x) 1) pass)");
  EXPECT_EQ(P("async def f(): await x\n"), "(asyncdef f () (await x))");
}

TEST(ParserStmt, ClassDefinitions) {
  EXPECT_EQ(P("class A: pass\n"), "(class A pass)");
  EXPECT_EQ(P("class A(B, C, metaclass=M):\n  x = 1\n"), "(class A B C metaclass=M (= x! 1))");
  EXPECT_EQ(P("@dec\nclass A(): pass\n"), "(class A @dec pass)");
}

TEST(ParserStmt, NestedBlocks) {
  EXPECT_EQ(P("def f():\n  if x:\n    for i in y:\n      pass\n  return 1\n"),
            "(def f () (if x (for i! y pass)) (return 1))");
}

TEST(ParserStmt, SoftKeywordsAreNames) {
  EXPECT_EQ(P("match = 1\ncase = _\n"), "(= match! 1) (= case! _)");
}

TEST(ParserStmt, CrLfAndBom) {
  EXPECT_EQ(P("\xEF\xBB\xBFif x:\r\n  y\r\n"), "(if x y)");
}

TEST(ParserStmt, Positions) {
  ParseResult r = Parse("x = 1\nif a:\n    foo(b)\n", "<t>", ast::Mode::kFile);
  ASSERT_FALSE(r.error);
  const Stmt* s = r.module->body[1]->body[0];
  EXPECT_EQ(s->pos.line, 3);
  EXPECT_EQ(s->pos.col, 4);
  EXPECT_EQ(s->value->pos.end_col, 10);
  EXPECT_EQ(s->value->elts[0]->pos.col, 8);
  EXPECT_EQ(r.module->body[1]->pos.end_line, 3);
}

TEST(ParserStmt, DecoratedDefStartsAtDef) {
  ParseResult r = Parse("@a\n@b\ndef f():\n  pass\n", "<t>", ast::Mode::kFile);
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.module->body[0]->pos.line, 3);
  EXPECT_EQ(r.module->body[0]->pos.end_line, 4);
  EXPECT_EQ(r.module->body[0]->decorator_list[0]->pos.line, 1);
}

// ---------------------------------------------------------------------------
// Modes

TEST(ParserMode, Eval) {
  EXPECT_EQ(E("x + 1\n\n"), "(+ x 1)");
  EXPECT_EQ(Err("x = 1", ast::Mode::kEval).message, "invalid syntax");
  EXPECT_EQ(Err("1; 2", ast::Mode::kEval).message, "invalid syntax");
}

TEST(ParserMode, SingleSimple) {
  EXPECT_EQ(P("x = 1\n", ast::Mode::kSingle), "(= x! 1)");
  EXPECT_EQ(P("a; b\n", ast::Mode::kSingle), "a b");
  EXPECT_EQ(P("if x:\n  pass\n\n", ast::Mode::kSingle), "(if x pass)");
}

TEST(ParserMode, SingleIncomplete) {
  EXPECT_TRUE(Err("if x:\n", ast::Mode::kSingle).incomplete);
  EXPECT_TRUE(Err("if x:\n  pass\n", ast::Mode::kSingle).incomplete);
  EXPECT_TRUE(Err("if x: pass\n", ast::Mode::kSingle).incomplete);
  EXPECT_TRUE(Err("try:\n  pass\n", ast::Mode::kSingle).incomplete);
  EXPECT_TRUE(Err("x = (1,\n", ast::Mode::kSingle).incomplete);
  EXPECT_TRUE(Err("x = '''abc\n", ast::Mode::kSingle).incomplete);
  EXPECT_TRUE(Err("x = 1 + \\\n", ast::Mode::kSingle).incomplete);
  EXPECT_TRUE(Err("def f():\n  if x:\n", ast::Mode::kSingle).incomplete);
  EXPECT_TRUE(Err("@dec\n", ast::Mode::kSingle).incomplete);
  EXPECT_FALSE(Err("x = 1 +\n", ast::Mode::kSingle).incomplete);
  EXPECT_FALSE(Err("try:\n  pass\n\n", ast::Mode::kSingle).incomplete);
  EXPECT_FALSE(Err("1 = 2\n", ast::Mode::kSingle).incomplete);
}

TEST(ParserMode, SingleRejectsTwoStatements) {
  EXPECT_EQ(Err("x = 1\ny = 2\n", ast::Mode::kSingle).message,
            "multiple statements found while compiling a single statement");
}

// ---------------------------------------------------------------------------
// Errors

void ExpectError(std::string_view src, const std::string& msg, int line, int col,
                 SyntaxErrorKind kind = SyntaxErrorKind::kSyntaxError) {
  SyntaxErrorInfo e = Err(src);
  EXPECT_EQ(e.message, msg) << src;
  EXPECT_EQ(e.line, line) << src;
  EXPECT_EQ(e.col, col) << src;
  EXPECT_EQ(e.kind, kind) << src;
  EXPECT_GE(e.end_col, e.col + 1) << src;
}

TEST(ParserError, InvalidSyntaxCaret) {
  ExpectError("a b\n", "invalid syntax", 1, 2);
  ExpectError("x = 1 +\n", "invalid syntax", 1, 7);
  ExpectError("1 +* 2\n", "invalid syntax", 1, 3);
  ExpectError("x = $\n", "invalid syntax", 1, 4);
  ExpectError("else:\n", "invalid syntax", 1, 0);
  ExpectError("a = 1;; b\n", "invalid syntax", 1, 6);
  ExpectError("import\n", "invalid syntax", 1, 6);
  EXPECT_EQ(Err("a b\n").text, "a b");
}

TEST(ParserError, Brackets) {
  ExpectError("foo(1, 2\nx = 3\n", "'(' was never closed", 1, 3);
  ExpectError("(a b\n", "'(' was never closed", 1, 0);
  ExpectError("x = [1, 2\n", "'[' was never closed", 1, 4);
  ExpectError(")\n", "unmatched ')'", 1, 0);
  ExpectError("(]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 1);
  EXPECT_TRUE(Err("x = (\n").incomplete);
  EXPECT_FALSE(Err(")\n").incomplete);
}

TEST(ParserError, ExpectedColon) {
  ExpectError("if x\n  pass\n", "expected ':'", 1, 4);
  ExpectError("def f()\n", "expected ':'", 1, 7);
  ExpectError("class A\n", "expected ':'", 1, 7);
  ExpectError("for x in y\n", "expected ':'", 1, 10);
  ExpectError("if x:\n  a\nelse\n", "expected ':'", 3, 4);
}

TEST(ParserError, ExpectedIndentedBlock) {
  auto ind = SyntaxErrorKind::kIndentationError;
  ExpectError("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2, 0, ind);
  ExpectError("for x in y:\nz\n", "expected an indented block after 'for' statement on line 1", 2, 0, ind);
  ExpectError("while x:\nz\n", "expected an indented block after 'while' statement on line 1", 2, 0, ind);
  ExpectError("def f():\nz\n", "expected an indented block after function definition on line 1", 2, 0, ind);
  ExpectError("class A:\nz\n", "expected an indented block after class definition on line 1", 2, 0, ind);
  ExpectError("try:\nz\n", "expected an indented block after 'try' statement on line 1", 2, 0, ind);
  ExpectError("try:\n  z\nexcept:\nz\n", "expected an indented block after 'except' statement on line 3", 4, 0, ind);
  ExpectError("try:\n  z\nfinally:\nz\n", "expected an indented block after 'finally' statement on line 3", 4, 0, ind);
  ExpectError("if x:\n  a\nelse:\nz\n", "expected an indented block after 'else' statement on line 3", 4, 0, ind);
  ExpectError("if x:\n  a\nelif y:\nz\n", "expected an indented block after 'elif' statement on line 3", 4, 0, ind);
  ExpectError("with a:\nz\n", "expected an indented block after 'with' statement on line 1", 2, 0, ind);
  SyntaxErrorInfo e = Err("if x:\n");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.col, 5);
  EXPECT_TRUE(e.incomplete);
  EXPECT_FALSE(Err("if x:\npass\n").incomplete);
}

TEST(ParserError, Indentation) {
  ExpectError(" x = 1\n", "unexpected indent", 1, 0, SyntaxErrorKind::kIndentationError);
  ExpectError("def f():\n  return\n    x\n", "unexpected indent", 3, 3,
              SyntaxErrorKind::kIndentationError);
  ExpectError("if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3, 3,
              SyntaxErrorKind::kIndentationError);
  ExpectError("if x:\n\ta\n        b\n", "inconsistent use of tabs and spaces in indentation", 3,
              8, SyntaxErrorKind::kTabError);
}

TEST(ParserError, AssignmentTargets) {
  ExpectError("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0);
  ExpectError("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0);
  ExpectError("a + b = 1\n", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0);
  ExpectError("x = 1 = y\n", "cannot assign to literal", 1, 4);
  ExpectError("(1, 2) = x\n", "cannot assign to literal", 1, 1);
  ExpectError("True = 1\n", "cannot assign to True", 1, 0);
  ExpectError("a if b else c = 1\n", "cannot assign to conditional expression", 1, 0);
  ExpectError("for 1 in x: pass\n", "cannot assign to literal", 1, 4);
  ExpectError("with a as 1: pass\n", "cannot assign to literal", 1, 10);
  ExpectError("[x for 1 in y]\n", "cannot assign to literal", 1, 7);
  ExpectError("del 1\n", "cannot delete literal", 1, 4);
  ExpectError("del f()\n", "cannot delete function call", 1, 4);
  ExpectError("del a + b\n", "cannot delete expression", 1, 4);
  ExpectError("f() += 1\n", "'function call' is an illegal expression for augmented assignment", 1, 0);
  ExpectError("(a, b) += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 0);
  ExpectError("x = yield = 1\n", "assignment to yield expression not possible", 1, 4);
  ExpectError("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 0);
  ExpectError("*a = 1\n", "starred assignment target must be in a list or tuple", 1, 0);
  ExpectError("x = *a\n", "can't use starred expression here", 1, 4);
  ExpectError("a.b := 1\n", "cannot use assignment expressions with attribute", 1, 0);
  ExpectError("a := 1\n", "invalid syntax", 1, 2);
  ExpectError("(a.b := 1)\n", "cannot use assignment expressions with attribute", 1, 1);
  ExpectError("x: int, y: int = 1\n", "invalid syntax", 1, 6);
  ExpectError("a, b: int\n", "only single target (not tuple) can be annotated", 1, 0);
}

TEST(ParserError, Arguments) {
  ExpectError("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 7);
  ExpectError("f(a=1, b)\n", "positional argument follows keyword argument", 1, 8);
  ExpectError("f(**a, b)\n", "positional argument follows keyword argument unpacking", 1, 8);
  ExpectError("f(a.b=1)\n", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2);
  ExpectError("f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1, 2);
  ExpectError("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 11);
  ExpectError("lambda x=1, y: 0\n", "non-default argument follows default argument", 1, 12);
  ExpectError("def f(*): pass\n", "named arguments must follow bare *", 1, 6);
  ExpectError("def f(**k, a): pass\n", "arguments cannot follow var-keyword argument", 1, 11);
}

TEST(ParserError, Hints) {
  ExpectError("x = (1 2)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 5);
  ExpectError("foo(a b)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 4);
  ExpectError("x = {'a': 1 'b': 2}\n", "invalid syntax. Perhaps you forgot a comma?", 1, 10);
  ExpectError("{1: }\n", "expression expected after dictionary key and ':'", 1, 2);
  ExpectError("x = 1 if y\n", "expected 'else' after 'if' expression", 1, 4);
  ExpectError("print 'x'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0);
  ExpectError("try:\n  pass\nx\n", "expected 'except' or 'finally' block", 3, 0);
  ExpectError("from x import a,\n", "trailing comma not allowed without surrounding parentheses", 1, 16);
  ExpectError("'a' b'c'\n", "cannot mix bytes and nonbytes literals", 1, 0);
  ExpectError("except A, B:\n", "invalid syntax", 1, 0);
  ExpectError("try:\n  a\nexcept A, B:\n  b\n", "multiple exception types must be parenthesized", 3, 7);
}

TEST(ParserError, LiteralErrors) {
  EXPECT_EQ(Err("'\\x1'\n").message,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "truncated \\xXX escape");
  ExpectError("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 4);
  ExpectError("012\n", "leading zeros in decimal integer literals are not permitted; use an 0o "
                       "prefix for octal integers", 1, 0);
  ExpectError("x = b'\xc3\xa9'\n", "bytes can only contain ASCII literal characters", 1, 4);
  ExpectError(std::string_view("x = 1\n\0\n", 8), "source code cannot contain null bytes", 2, 0);
  EXPECT_EQ(Err("x = '\xff'\n").message.substr(0, 15), "(unicode error)");
}

TEST(ParserError, LexicalErrorBeatsGenericSyntaxError) {
  // "a b" alone is "invalid syntax", but the unclosed bracket later wins.
  ExpectError("a b\nc = 'x\n", "unterminated string literal (detected at line 2)", 2, 4);
  // ... but an unclosed bracket only when opened before the error's line.
  ExpectError("a b\nc = (\n", "invalid syntax", 1, 2);
  ExpectError("def f(:\n", "invalid syntax", 1, 6);
  // A specific parser error is not replaced.
  ExpectError("if x\nc = (\n", "expected ':'", 1, 4);
}

TEST(ParserError, DeepNesting) {
  std::string parens = std::string(1000, '(') + "1" + std::string(1000, ')');
  EXPECT_EQ(Err(parens).message, "too many nested parentheses");
  std::string ok = std::string(150, '(') + "1" + std::string(150, ')') + "\n";
  EXPECT_EQ(P(ok), "1");
  EXPECT_EQ(Err(std::string(100000, '-') + "1\n").message, "too complex");
  std::string nots;
  for (int i = 0; i < 50000; ++i) nots += "not ";
  EXPECT_EQ(Err(nots + "x\n").message, "too complex");
  std::string lambdas;
  for (int i = 0; i < 50000; ++i) lambdas += "lambda: ";
  EXPECT_EQ(Err(lambdas + "x\n").message, "too complex");
  std::string ifs;
  for (int i = 0; i < 50000; ++i) ifs += "a if b else ";
  EXPECT_EQ(Err(ifs + "x\n").message, "too complex");
  std::string pows;
  for (int i = 0; i < 50000; ++i) pows += "2**";
  EXPECT_EQ(Err(pows + "2\n").message, "too complex");
  std::string subs = std::string(50000, 'a');
  for (char& c : subs) c = 'a';
  std::string sub_chain;
  for (int i = 0; i < 190; ++i) sub_chain += "a[";
  sub_chain += "1" + std::string(190, ']') + "\n";
  EXPECT_FALSE(Parse(sub_chain, "<t>", ast::Mode::kFile).error);
  // Worst case for the C++ stack: 199 brackets, each with several
  // recursive productions inside. Must fail cleanly, not overflow.
  std::string mix;
  for (int i = 0; i < 199; ++i) {
    mix += i % 3 == 0 ? "(not -" : i % 3 == 1 ? "[lambda: ~a if b else " : "{x: await ";
  }
  EXPECT_TRUE(Parse(mix + "1\n", "<t>", ast::Mode::kFile).error);
  std::string blocks;
  for (int i = 0; i < 99; ++i) blocks += std::string(i, ' ') + "if x:\n";
  blocks += std::string(99, ' ') + "pass\n";
  EXPECT_FALSE(Parse(blocks, "<t>", ast::Mode::kFile).error);
}

// ---------------------------------------------------------------------------
// Robustness and performance

const char* const kSamples[] = {
    "def f(a, b=1, *c, d, **e):\n    return [x for x in a if x]\n",
    "class A(B):\n    @property\n    def x(self): return f'{self.y!r:>{w}}'\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nfinally:\n    pass\n",
    "with open(f) as g, h:\n    x: int = {1: 2, **d}\n    del x[1:2, ::3]\n",
    "for i in range(10):\n    if i % 2: continue\n    else: break\nelse:\n    pass\n",
    "x = lambda a, /, b, *, c: (yield from a) if b else not c\n",
    "import a.b as c\nfrom ..d import (e as f, g)\nglobal h\n",
    "while (n := len(a)) > 0:\n    a[0] **= -~2; a @= b\n",
    "s = '''abc\n''' + r'\\d' 'x' + b'y' + \"\\u2022\"\n",
    "async def f():\n    async with a as b:\n        await c\n",
};

TEST(ParserRobustness, MalformedSnippetsDoNotCrash) {
  const char* bad[] = {
      "(", ")", "[", "{", "f(", "f(**", "def", "def f(", "def f(*", "class", "if", "if x:",
      "lambda", "lambda *", "x = ", "a[", "a[1:", "a[::", "@", "@x\n", "import", "from",
      "from .", "from . import (", "with (", "with (a as", "try:", "except", "f'{", "f'{x!",
      "f'{x:{'", "f'{x:{y:{z}}}'", "'''", "\"", "\\", "0x", "1e+", "**", "*", "* = 1",
      "yield", "await", "not", "a if", "a if b", "a if b else", "{**", "{1:", "{1:2,", "(*a)",
      "[*]", "del", "del (", "x: ", "assert", "raise from", "for", "for x", "for x in",
      "while", "\t\n  x", "if x:\n\tpass\n        pass", "\n\n\n   ", "#", "x\\\n", ":=",
      "a :=", "f(a=)", "f(=1)", "def f(a, /, /): pass", "def f(*, *): pass", "def f(**a, **b):",
      "f'{a!r=}'", "f'{=}'", "f'{!r}'", "f'{:}'", "b'\\", "u'\\N{", "'\\U00110000'", "1_000_",
      "x.", "x.1", "..", "...", "....", "a b c d e", "if x:\n  pass\n else:\n", "\x80\x81",
      "\xf0\x9f", "x = 1\r\ny = 2\r", "match x:\n  case 1: pass", "except* E: pass",
  };
  for (const char* src : bad) {
    for (ast::Mode mode : {ast::Mode::kFile, ast::Mode::kEval, ast::Mode::kSingle}) {
      ParseResult r = Parse(src, "<t>", mode);
      EXPECT_TRUE(r.module || r.error) << src;
    }
  }
}

TEST(ParserRobustness, TruncationsAndRandomBytesDoNotCrash) {
  std::mt19937 rng(12345);
  for (const char* sample : kSamples) {
    std::string s = sample;
    ParseResult ok = Parse(s, "<t>", ast::Mode::kFile);
    ASSERT_FALSE(ok.error) << s << ok.error->message;
    for (size_t n = 0; n <= s.size(); ++n) {
      for (ast::Mode mode : {ast::Mode::kFile, ast::Mode::kSingle, ast::Mode::kEval}) {
        ParseResult r = Parse(std::string_view(s).substr(0, n), "<t>", mode);
        EXPECT_TRUE(r.module || r.error);
      }
    }
    for (int k = 0; k < 200; ++k) {
      std::string m = s;
      for (int j = 0; j < 3; ++j) {
        static constexpr char kChars[] = "()[]{}:,.'\"\\\n\t x=*f{}!#0_";
        m[rng() % m.size()] = kChars[rng() % (sizeof kChars - 1)];
      }
      ParseResult r = Parse(m, "<t>", ast::Mode::kFile);
      EXPECT_TRUE(r.module || r.error);
    }
  }
  for (int k = 0; k < 2000; ++k) {
    std::string m(rng() % 40, ' ');
    for (char& c : m) c = static_cast<char>(rng() % 128);
    ParseResult r = Parse(m, "<t>", ast::Mode::kFile);
    EXPECT_TRUE(r.module || r.error);
  }
}

TEST(ParserPerformance, TenThousandLines) {
  std::string src;
  for (int i = 0; i < 1000; ++i) {
    src += "def f" + std::to_string(i) + "(a, b=1, *c, **d):\n";
    src += "    x = [i * 2 for i in range(a) if i % 3]\n";
    src += "    y = {'k': x, 'v': f'{a!r:>10}'}\n";
    src += "    if a and not b or c:\n";
    src += "        return x[1:2], y.get('k')\n";
    src += "    for k, v in y.items():\n";
    src += "        print(k, v, sep=', ')\n";
    src += "    while a < b <= c:\n";
    src += "        a += 1\n";
    src += "    return lambda q: q ** 2\n";
  }
  auto t0 = std::chrono::steady_clock::now();
  ParseResult r = Parse(src, "<t>", ast::Mode::kFile);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - t0).count();
  ASSERT_FALSE(r.error) << r.error->message;
  EXPECT_EQ(r.module->body.size(), 1000u);
  std::printf("parsed 10000 lines in %lld ms\n", static_cast<long long>(ms));
}

}  // namespace
}  // namespace gilectomy::rt
