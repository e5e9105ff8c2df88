// The abstract syntax tree produced by the parser (runtime/parser.h) and
// consumed by the compiler (runtime/compiler.h).
//
// Nodes are "fat" structs: one Expr and one Stmt struct whose fields are used
// according to `kind` (documented beside each kind). All nodes of one parse
// are owned by the Module's arena and die with it; pointers between nodes are
// plain and never null unless a field says "optional".
//
// Positions: `line` is 1-based, `col` is the 0-based *byte* offset in the
// line's UTF-8 text; `end_line`/`end_col` point one past the node's last byte.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace gilectomy::rt::ast {

struct Expr;
struct Stmt;

struct Pos {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

enum class ExprKind : uint8_t {
  kName,          // name; ctx
  kConstant,      // constant (see ConstKind)
  kBinOp,         // left binop right
  kUnaryOp,       // unaryop operand(=left)
  kBoolOp,        // boolop values(=elts): `a and b and c` is one node
  kCompare,       // left ops[i] comparators(=elts)[i]
  kCall,          // func(=left) args(=elts) keywords
  kAttribute,     // value(=left) . name ; ctx
  kSubscript,     // value(=left) [ slice(=right) ] ; ctx
  kSlice,         // lower(=left, optional) upper(=right, optional) step(=third, optional)
  kTuple,         // elts ; ctx
  kList,          // elts ; ctx
  kSet,           // elts
  kDict,          // keys(=elts; a null key means `**value`) values
  kIfExp,         // body(=left) if test(=third) else orelse(=right)
  kLambda,        // args ; body(=left)
  kStarred,       // *value(=left) ; ctx
  kNamedExpr,     // target(=left, a Name) := value(=right)
  kListComp,      // elt(=left) generators
  kSetComp,       // elt(=left) generators
  kDictComp,      // key(=left) : value(=right) generators
  kGeneratorExp,  // elt(=left) generators
  kYield,         // value(=left, optional)
  kYieldFrom,     // value(=left)
  kAwait,         // value(=left)  (parsed only; no async support)
  kJoinedStr,     // f-string: values(=elts): Constant str and FormattedValue parts
  kFormattedValue // value(=left) conversion ('s','r','a' or 0) format_spec(=right, optional JoinedStr)
};

enum class Ctx : uint8_t { kLoad, kStore, kDel };

enum class ConstKind : uint8_t {
  kNone, kTrue, kFalse, kEllipsis,
  kInt,      // int_digits in int_base (no prefix, no underscores), e.g. "ff"/16
  kFloat,    // float_value
  kImag,     // float_value is the imaginary part (`3j`)
  kStr,      // str_value: decoded UTF-8 text (adjacent literals already joined)
  kBytes     // str_value: the raw bytes
};

enum class BinOpKind : uint8_t {
  kAdd, kSub, kMult, kMatMult, kDiv, kMod, kPow, kLShift, kRShift,
  kBitOr, kBitXor, kBitAnd, kFloorDiv
};

enum class UnaryOpKind : uint8_t { kInvert, kNot, kUAdd, kUSub };
enum class BoolOpKind : uint8_t { kAnd, kOr };
enum class CmpOpKind : uint8_t { kEq, kNotEq, kLt, kLtE, kGt, kGtE, kIs, kIsNot, kIn, kNotIn };

struct Keyword {
  std::string arg;   // empty for `**value`
  Expr* value = nullptr;
  Pos pos;
};

struct Arg {
  std::string name;
  Expr* annotation = nullptr;  // optional
  Pos pos;
};

// def f(posonly, /, args, *vararg, kwonly, **kwarg)
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  bool has_vararg = false;
  Arg vararg;
  std::vector<Arg> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // same length as kwonlyargs; null = no default
  bool has_kwarg = false;
  Arg kwarg;
  std::vector<Expr*> defaults;     // for the last len(defaults) of posonlyargs+args
};

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

struct Expr {
  ExprKind kind;
  Pos pos;
  Ctx ctx = Ctx::kLoad;
  // kName: identifier; kAttribute: attribute name.
  std::string name;
  // kConstant
  ConstKind const_kind = ConstKind::kNone;
  std::string str_value;
  std::string int_digits;
  int int_base = 10;
  double float_value = 0.0;
  // operators
  BinOpKind binop = BinOpKind::kAdd;
  UnaryOpKind unaryop = UnaryOpKind::kNot;
  BoolOpKind boolop = BoolOpKind::kAnd;
  std::vector<CmpOpKind> ops;
  int conversion = 0;  // kFormattedValue
  // children (meaning per kind, see ExprKind)
  Expr* left = nullptr;
  Expr* right = nullptr;
  Expr* third = nullptr;
  std::vector<Expr*> elts;
  std::vector<Expr*> values;  // kDict values
  std::vector<Keyword> keywords;
  std::vector<Comprehension> generators;
  Arguments* args = nullptr;  // kLambda
};

enum class StmtKind : uint8_t {
  kFunctionDef,  // name args body decorator_list returns(=value, optional) is_async
  kClassDef,     // name bases(=targets) keywords body decorator_list
  kReturn,       // value (optional)
  kDelete,       // targets
  kAssign,       // targets (a = b = value: two targets) value
  kAugAssign,    // target(=targets[0]) binop value
  kAnnAssign,    // target(=targets[0]) annotation value(optional) simple
  kFor,          // target(=targets[0]) iter(=value) body orelse
  kWhile,        // test(=value) body orelse
  kIf,           // test(=value) body orelse (elif = a nested If as the only orelse stmt)
  kWith,         // items body
  kRaise,        // exc(=value, optional) cause(optional)
  kTry,          // body handlers orelse finalbody
  kAssert,       // test(=value) msg(optional)
  kImport,       // names
  kImportFrom,   // module(=name, may be empty) names level
  kGlobal,       // identifiers
  kNonlocal,     // identifiers
  kExpr,         // value
  kPass, kBreak, kContinue
};

struct Alias {
  std::string name;    // dotted for `import a.b`; "*" for `from m import *`
  std::string asname;  // empty when absent
  Pos pos;
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // optional
};

struct ExceptHandler {
  Expr* type = nullptr;  // optional (bare `except:`)
  std::string name;      // empty when no `as name`
  std::vector<Stmt*> body;
  Pos pos;
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  std::string name;                   // def/class name; ImportFrom module
  Arguments* args = nullptr;          // kFunctionDef
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
  std::vector<Expr*> decorator_list;
  std::vector<Expr*> targets;
  std::vector<Keyword> keywords;      // class keywords (metaclass=...)
  Expr* value = nullptr;
  Expr* cause = nullptr;              // kRaise
  Expr* msg = nullptr;                // kAssert
  Expr* annotation = nullptr;         // kAnnAssign
  bool simple = false;                // kAnnAssign
  bool is_async = false;
  BinOpKind binop = BinOpKind::kAdd;  // kAugAssign
  std::vector<WithItem> items;
  std::vector<ExceptHandler> handlers;
  std::vector<Alias> names;
  std::vector<std::string> identifiers;
  int level = 0;                      // kImportFrom: number of leading dots
};

// Owns every node of one parse. Nodes are carved from chunks of kChunk
// default-constructed nodes: one allocation per chunk instead of one per
// node, and addresses stay stable.
class Arena {
 public:
  Expr* NewExpr(ExprKind k, Pos p) {
    Expr* e = exprs_.New();
    e->kind = k;
    e->pos = p;
    return e;
  }
  Stmt* NewStmt(StmtKind k, Pos p) {
    Stmt* s = stmts_.New();
    s->kind = k;
    s->pos = p;
    return s;
  }
  Arguments* NewArguments() { return args_.New(); }

 private:
  template <typename T, size_t kChunk>
  class Pool {
   public:
    T* New() {
      if (used_ == kChunk) {
        chunks_.emplace_back(new T[kChunk]);
        used_ = 0;
      }
      return &chunks_.back()[used_++];
    }

   private:
    std::vector<std::unique_ptr<T[]>> chunks_;
    size_t used_ = kChunk;
  };

  Pool<Expr, 64> exprs_;
  Pool<Stmt, 32> stmts_;
  Pool<Arguments, 16> args_;
};

enum class Mode : uint8_t {
  kFile,    // a module: statements until end of input
  kEval,    // one expression (eval()); body holds one kExpr statement
  kSingle   // one interactive statement (the REPL), possibly compound
};

struct Module {
  Arena arena;
  std::vector<Stmt*> body;
  Mode mode = Mode::kFile;
};

}  // namespace gilectomy::rt::ast
