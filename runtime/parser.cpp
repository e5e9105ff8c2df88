// Parser: tokens -> ast::Module. Entry point: Parse() at the bottom.
//
// Design
//  - Hand-written recursive descent over the token stream of runtime/lexer.h,
//    one function per precedence level of CPython 3.11's grammar
//    (Expression > Disjunction > Conjunction > Inversion > Comparison >
//    BitOr > BitXor > BitAnd > Shift > Sum > Term > Factor > Power >
//    AwaitPrimary > Primary > Atom). Tokens are pulled from the lexer on
//    demand into a buffer so that the parser can look ahead and, in the one
//    place the grammar needs it (parenthesised with-items), backtrack.
//  - Assignment targets are parsed as expressions and then converted:
//    SetContext() checks that the expression can be a target and marks it
//    kStore/kDel recursively, producing CPython's "cannot assign to ..."
//    messages. Comprehension and for-loop targets are parsed at BitOr level
//    so that the `in` keyword is not taken as a comparison.
//  - f-strings: the lexer only delimits them; FStringParser splits the body
//    into literal text and replacement fields and parses each field's
//    expression with a nested Parser over the same source bytes (so node
//    positions are real source positions), starting "inside brackets".
//  - Errors: the parser throws a private ParseError holding a
//    SyntaxErrorInfo; Parse() catches it, so no C++ exception crosses the
//    API. Errors are rare and the unwind frees nothing that the arena does
//    not own. A generic "invalid syntax" is replaced by a lexical error found
//    further on (e.g. "'(' was never closed"), as CPython does.
//  - Recursion is bounded: the lexer refuses more than 200 nested brackets
//    and DepthGuard counts the recursive productions (unary operators,
//    `not`, lambda, conditional expressions, bracketed atoms); beyond
//    kMaxDepth the parse fails with "too complex" instead of overflowing the
//    C++ stack.
//  Rejected: a PEG parser generated from CPython's grammar (needs a
//  generator and memoisation, and copying CPython's grammar actions);
//  building a token vector up front (a late lexical error would hide an
//  earlier syntax error).
#include "runtime/parser.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/lexer.h"
#include "runtime/unicode_names.h"

namespace gilectomy::rt {
namespace {

using ast::ConstKind;
using ast::Ctx;
using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;

constexpr int kMaxDepth = 1000;
constexpr int kMaxFStringNesting = 2;

struct ParseError {
  SyntaxErrorInfo info;
};

bool IsWhitespaceOnly(std::string_view s) {
  return s.find_first_not_of(" \t\f\r\n") == std::string_view::npos;
}

// Appends code point `cp` to `out` as UTF-8 (surrogates encoded as-is).
void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The offset CPython reports for byte `end` of a str literal body in
// "(unicode error) ... position A-B" messages. CPython decodes a copy of the
// body in which every non-ASCII character became a 10-byte "\UXXXXXXXX" and an
// escaping backslash before one became "\u005c", so offsets count those.
size_t EscapeErrorOffset(std::string_view s, size_t end) {
  size_t pos = 0;
  for (size_t j = 0; j < end; ++j) {
    unsigned char c = static_cast<unsigned char>(s[j]);
    if (c == '\\' && j + 1 < s.size()) {
      bool before_non_ascii = static_cast<unsigned char>(s[j + 1]) >= 0x80;
      pos += before_non_ascii ? 6 : 1;
      if (!before_non_ascii && j + 1 < end) ++pos, ++j;  // the escaped ASCII character
    } else if (c < 0x80) {
      pos += 1;
    } else if (c >= 0xC0) {
      pos += 10;
    }
  }
  return pos;
}

// "(unicode error) 'unicodeescape' codec can't decode bytes in position A-B:
// `what`" for the escape at bytes [start, end) of `s`.
std::string UnicodeEscapeError(std::string_view s, size_t start, size_t end, std::string_view what) {
  return "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
         std::to_string(EscapeErrorOffset(s, start)) + "-" +
         std::to_string(EscapeErrorOffset(s, end) - 1) + ": " + std::string(what);
}

// Decodes "\N{NAME}" at s[esc] (the backslash) into `out`; `*i` is the index
// of the 'N' and is left at the escape's last byte. Returns an error message,
// or empty on success.
std::string DecodeNamedEscape(std::string_view s, size_t esc, size_t* i, std::string& out) {
  size_t open = *i + 1;
  if (open >= s.size() || s[open] != '{') {
    return UnicodeEscapeError(s, esc, open, "malformed \\N character escape");
  }
  size_t close = s.find('}', open + 1);
  if (close == std::string_view::npos) {
    return UnicodeEscapeError(s, esc, s.size(), "malformed \\N character escape");
  }
  if (close == open + 1) return UnicodeEscapeError(s, esc, close, "malformed \\N character escape");
  uint32_t cp = 0;
  if (!LookupUnicodeName(s.substr(open + 1, close - open - 1), &cp)) {
    return UnicodeEscapeError(s, esc, close + 1, "unknown Unicode character name");
  }
  AppendUtf8(out, cp);
  *i = close;
  return {};
}

// Decodes backslash escapes of a str (UTF-8 out) or bytes literal body.
// Returns an error message, or empty on success.
std::string DecodeEscapes(std::string_view s, bool is_bytes, std::string& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '\\' || i + 1 >= s.size()) {
      out += c;
      continue;
    }
    size_t esc = i;
    char e = s[++i];
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = 0;
        size_t n = 0;
        while (n < 3 && i < s.size() && s[i] >= '0' && s[i] <= '7') v = v * 8 + (s[i++] - '0'), ++n;
        --i;
        if (is_bytes) out += static_cast<char>(v & 0xFF);
        else AppendUtf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (is_bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (size_t k = 0; k < digits; ++k) {
          int h = i + 1 + k < s.size() ? HexValue(s[i + 1 + k]) : -1;
          if (h < 0) {
            if (is_bytes) return "(value error) invalid \\x escape at position " + std::to_string(esc);
            const char* what = e == 'x' ? "truncated \\xXX escape"
                               : e == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape";
            return UnicodeEscapeError(s, esc, i + 1 + k, what);
          }
          v = v * 16 + h;
        }
        i += digits;
        if (v > 0x10FFFF) return UnicodeEscapeError(s, esc, i + 1, "illegal Unicode character");
        if (is_bytes) out += static_cast<char>(v);
        else AppendUtf8(out, v);
        break;
      }
      case 'N':
        if (!is_bytes) {
          std::string err = DecodeNamedEscape(s, esc, &i, out);
          if (!err.empty()) return err;
          break;
        }
        [[fallthrough]];  // not an escape in bytes: kept as is
      default:
        out += '\\';
        out += e;
        break;
    }
  }
  return {};
}

// The name CPython uses for an expression in "cannot assign to ..." errors.
const char* ExprName(const Expr* e) {
  switch (e->kind) {
    case ExprKind::kAttribute: return "attribute";
    case ExprKind::kSubscript: return "subscript";
    case ExprKind::kStarred: return "starred";
    case ExprKind::kName: return "name";
    case ExprKind::kList: return "list";
    case ExprKind::kTuple: return "tuple";
    case ExprKind::kLambda: return "lambda";
    case ExprKind::kCall: return "function call";
    case ExprKind::kBoolOp: case ExprKind::kBinOp: case ExprKind::kUnaryOp: return "expression";
    case ExprKind::kGeneratorExp: return "generator expression";
    case ExprKind::kYield: case ExprKind::kYieldFrom: return "yield expression";
    case ExprKind::kAwait: return "await expression";
    case ExprKind::kListComp: return "list comprehension";
    case ExprKind::kSetComp: return "set comprehension";
    case ExprKind::kDictComp: return "dict comprehension";
    case ExprKind::kDict: return "dict literal";
    case ExprKind::kSet: return "set display";
    case ExprKind::kJoinedStr: case ExprKind::kFormattedValue: return "f-string expression";
    case ExprKind::kCompare: return "comparison";
    case ExprKind::kIfExp: return "conditional expression";
    case ExprKind::kNamedExpr: return "named expression";
    case ExprKind::kSlice: return "slice";
    case ExprKind::kConstant:
      switch (e->const_kind) {
        case ConstKind::kNone: return "None";
        case ConstKind::kTrue: return "True";
        case ConstKind::kFalse: return "False";
        case ConstKind::kEllipsis: return "ellipsis";
        default: return "literal";
      }
  }
  return "expression";
}

class Parser {
 public:
  // `source` is the full program text: error positions and f-string bodies
  // refer to it. `text` is the part this parser lexes (all of it, or one
  // f-string replacement field starting at first_line/first_col).
  Parser(std::string_view source, std::string_view text, ast::Module* module, ast::Mode mode,
         int first_line = 1, int first_col = 0, bool inside_brackets = false, int depth = 0)
      : source_(source), lexer_(text, first_line, first_col, inside_brackets),
        module_(module), arena_(module->arena), mode_(mode), depth_(depth),
        bracket_level_(inside_brackets ? 1 : 0) {}

  void ParseModule();
  Expr* ParseFStringField();

 private:
  friend class FStringParser;
  struct DepthGuard {
    explicit DepthGuard(Parser* p) : p_(p) {
      if (++p_->depth_ > kMaxDepth) {
        --p_->depth_;
        p_->Fail("too complex", p_->Peek());
      }
    }
    ~DepthGuard() { --p_->depth_; }
    Parser* p_;
  };

  // --- tokens ---
  const Token& Peek(size_t ahead = 0) {
    return pos_ + ahead < tokens_.size() ? tokens_[pos_ + ahead] : PeekSlow(ahead);
  }
  const Token& PeekSlow(size_t ahead);
  void DropConsumedTokens();
  bool Check(Tok k, size_t ahead = 0) { return Peek(ahead).kind == k; }
  Token Take();
  bool Accept(Tok k);
  Token Expect(Tok k);
  void ExpectColon();
  bool AtEof(const Token& t) const;
  bool StartsExpression(const Token& t) const;

  // --- errors ---
  [[noreturn]] void Fail(std::string msg, const Token& t,
                         SyntaxErrorKind kind = SyntaxErrorKind::kSyntaxError);
  [[noreturn]] void FailAt(std::string msg, ast::Pos p,
                           SyntaxErrorKind kind = SyntaxErrorKind::kSyntaxError);
  [[noreturn]] void InvalidSyntax(Token t);
  [[noreturn]] void LexerFailure();
  void CheckRestForLexerError(int error_line);

  // --- nodes ---
  ast::Pos Start(const Token& t) const { return {t.line, t.col, t.end_line, t.end_col}; }
  Expr* NewExpr(ExprKind k, ast::Pos start);
  Stmt* NewStmt(StmtKind k, ast::Pos start);
  void Finish(ast::Pos& p) { p.end_line = prev_.end_line, p.end_col = prev_.end_col; }

  // --- statements ---
  void ParseStatement(std::vector<Stmt*>& out);
  bool IsCompoundStart();
  Stmt* ParseCompound();
  void ParseSimpleStatements(std::vector<Stmt*>& out);
  Stmt* ParseSimple();
  Stmt* ParseExprStatement();
  Stmt* ParseAssignRest(Expr* first, ast::Pos start);
  Stmt* ParseAnnAssign(Expr* target, ast::Pos start, bool parenthesized);
  Stmt* ParseAugAssign(Expr* target, ast::Pos start);
  Stmt* ParseDel();
  Stmt* ParseImport();
  Stmt* ParseFromImport();
  std::string ParseDottedName();
  Stmt* ParseGlobal(StmtKind kind);
  void ParseBlock(std::vector<Stmt*>& out, const std::string& what, int header_line);
  Stmt* ParseIf(bool is_elif);
  Stmt* ParseWhile();
  Stmt* ParseFor(bool is_async, ast::Pos start);
  Stmt* ParseTry();
  Stmt* ParseWith(bool is_async, ast::Pos start);
  bool TryParenthesizedWithItems(Stmt* s);
  ast::WithItem ParseWithItem();
  Stmt* ParseFunctionDef(std::vector<Expr*> decorators, bool is_async, ast::Pos start);
  Stmt* ParseClassDef(std::vector<Expr*> decorators, ast::Pos start);
  Stmt* ParseDecorated();
  ast::Arguments* ParseParameters(Tok closing, bool annotations);
  ast::Arg ParseParam(bool annotations, bool star_annotation);

  // --- expressions ---
  Expr* ParseStarExpressions();
  Expr* ParseStarExpression();
  Expr* ParseStarNamedExpression();
  Expr* ParseNamedExpression();
  Expr* ParseExpression();
  Expr* ParseLambda();
  Expr* ParseDisjunction();
  Expr* ParseConjunction();
  Expr* ParseInversion();
  Expr* ParseComparison();
  Expr* ParseBinary(int level);
  Expr* ParseFactor();
  Expr* ParsePower();
  Expr* ParseAwaitPrimary();
  Expr* ParsePrimary();
  Expr* ParseAtom();
  Expr* ParseYield();
  Expr* ParseParenthesized();
  Expr* ParseListDisplay();
  Expr* ParseBraceDisplay();
  Expr* ParseDictRest(Expr* d, Expr* first_key);
  void ParseElements(Expr* container, Tok closing, Expr* first);
  void ParseComprehensions(std::vector<ast::Comprehension>& out);
  Expr* ParseTargetList(Tok stop);
  void ParseCallArgs(Expr* call, Tok closing);
  Expr* ParseSubscript(Expr* value);
  Expr* ParseSlice();
  Expr* ParseNumber(const Token& t);
  Expr* ParseStrings();
  [[noreturn]] void MissingComma(const Expr* first);

  // --- targets ---
  void SetContext(Expr* e, Ctx ctx, bool top);
  void SetAssignTargets(std::vector<Expr*>& targets);
  void CheckNotStarred(const Expr* e);

  std::string_view source_;
  Lexer lexer_;
  ast::Module* module_;
  ast::Arena& arena_;
  ast::Mode mode_;
  int depth_;
  std::vector<Token> tokens_;  // every token pulled from lexer_ so far
  int bracket_level_;          // brackets open in the parser (for hints)
  size_t pos_ = 0;             // index of the next token in tokens_
  Token prev_;                 // the last consumed token
  int compound_depth_ = 0;     // compound statements being parsed
  bool block_error_ = false;   // the error is "expected an indented block"
  bool speculating_ = false;   // inside TryParenthesizedWithItems
 public:
  bool single_statement_compound_ = false;
  bool error_inside_compound_ = false;
  bool error_at_eof_ = false;
};

// ---------------------------------------------------------------------------
// Tokens and errors

const Token& Parser::PeekSlow(size_t ahead) {
  while (tokens_.size() <= pos_ + ahead) {
    if (!tokens_.empty() && (tokens_.back().kind == Tok::kEnd ||
                             (tokens_.back().kind == Tok::kError && lexer_.error()))) {
      return tokens_.back();
    }
    tokens_.push_back(lexer_.Next());
  }
  return tokens_[pos_ + ahead];
}

// Consumes the next token. prev_ tracks the last *visible* token, so that
// node ends never land on NEWLINE/INDENT/DEDENT.
// Forgets consumed tokens (keeps memory flat on big files); only called at
// statement boundaries, never while TryParenthesizedWithItems may backtrack.
void Parser::DropConsumedTokens() {
  if (speculating_ || pos_ < 256) return;
  tokens_.erase(tokens_.begin(), tokens_.begin() + static_cast<std::ptrdiff_t>(pos_));
  pos_ = 0;
}

Token Parser::Take() {
  Token t = Peek();
  if (t.kind == Tok::kError) InvalidSyntax(t);
  if (t.kind != Tok::kNewline && t.kind != Tok::kIndent && t.kind != Tok::kDedent &&
      t.kind != Tok::kEnd) {
    prev_ = t;
  }
  if (pos_ < tokens_.size()) ++pos_;
  return t;
}

bool Parser::Accept(Tok k) {
  if (!Check(k)) return false;
  Take();
  return true;
}

Token Parser::Expect(Tok k) {
  if (!Check(k)) InvalidSyntax(Peek());
  return Take();
}

void Parser::ExpectColon() {
  if (Accept(Tok::kColon)) return;
  if (Peek().kind == Tok::kError) InvalidSyntax(Peek());
  FailAt("expected ':'", {prev_.end_line, prev_.end_col, prev_.end_line, prev_.end_col + 1});
}

bool Parser::AtEof(const Token& t) const {
  return t.kind == Tok::kEnd || (t.kind == Tok::kDedent &&
                                 t.text.data() == source_.data() + source_.size());
}

bool Parser::StartsExpression(const Token& t) const {
  switch (t.kind) {
    case Tok::kName: case Tok::kNumber: case Tok::kString: case Tok::kLParen:
    case Tok::kLBracket: case Tok::kLBrace: case Tok::kMinus: case Tok::kPlus:
    case Tok::kTilde: case Tok::kNot: case Tok::kLambda: case Tok::kAwait: case Tok::kNone:
    case Tok::kTrue: case Tok::kFalse: case Tok::kEllipsis: case Tok::kStar:
      return true;
    default:
      return false;
  }
}

void Parser::Fail(std::string msg, const Token& t, SyntaxErrorKind kind) {
  FailAt(std::move(msg), {t.line, t.col, t.line, t.end_line == t.line ? t.end_col : t.col + 1},
         kind);
}

void Parser::FailAt(std::string msg, ast::Pos p, SyntaxErrorKind kind) {
  ParseError err;
  err.info.kind = kind;
  err.info.message = std::move(msg);
  err.info.line = p.line;
  err.info.col = p.col;
  err.info.end_col = (p.end_line == p.line && p.end_col > p.col) ? p.end_col : p.col + 1;
  error_at_eof_ = AtEof(Peek());
  error_inside_compound_ = compound_depth_ > 0;
  err.info.incomplete = block_error_ && error_at_eof_;
  throw err;
}

void Parser::LexerFailure() {
  ParseError err;
  err.info = *lexer_.error();
  throw err;
}

void Parser::InvalidSyntax(Token t) {
  if (t.kind == Tok::kError && lexer_.error()) LexerFailure();
  if (t.kind == Tok::kIndent) Fail("unexpected indent", t, SyntaxErrorKind::kIndentationError);
  if (t.kind == Tok::kDedent && !AtEof(t)) {
    Fail("unexpected unindent", t, SyntaxErrorKind::kIndentationError);
  }
  // A lexical error further on wins over a generic "invalid syntax".
  CheckRestForLexerError(t.line);
  Fail("invalid syntax", t);
}

// Lexes the rest of the input; a lexical SyntaxError found there replaces
// the error being reported on `error_line`, except that an unclosed bracket
// only does so when it was opened on an earlier line (as CPython decides).
void Parser::CheckRestForLexerError(int error_line) {
  size_t saved = pos_;
  pos_ = tokens_.size() - 1;
  for (;;) {
    const Token& n = Peek(1);
    if (n.kind == Tok::kEnd) break;
    if (n.kind == Tok::kError && lexer_.error()) {
      const SyntaxErrorInfo& e = *lexer_.error();
      bool unclosed = e.message.size() > 16 &&
                      e.message.compare(e.message.size() - 16, 16, "was never closed") == 0;
      if (e.kind == SyntaxErrorKind::kSyntaxError &&
          e.message != "unexpected EOF while parsing" && (!unclosed || error_line > e.line)) {
        LexerFailure();
      }
      break;
    }
    ++pos_;
  }
  pos_ = saved;
}

Expr* Parser::NewExpr(ExprKind k, ast::Pos start) { return arena_.NewExpr(k, start); }

Stmt* Parser::NewStmt(StmtKind k, ast::Pos start) { return arena_.NewStmt(k, start); }

// ---------------------------------------------------------------------------
// Modules and statements

void Parser::ParseModule() {
  if (mode_ == ast::Mode::kEval) {
    bool indented = Accept(Tok::kIndent);
    Expr* e = ParseStarExpressions();
    CheckNotStarred(e);
    while (Accept(Tok::kNewline) || (indented && Accept(Tok::kDedent))) {
    }
    if (!Check(Tok::kEnd)) InvalidSyntax(Peek());
    Stmt* s = NewStmt(StmtKind::kExpr, e->pos);
    s->value = e;
    module_->body.push_back(s);
    return;
  }
  if (mode_ == ast::Mode::kSingle) {
    if (Check(Tok::kEnd)) return;
    if (Check(Tok::kIndent)) Fail("unexpected indent", Peek(), SyntaxErrorKind::kIndentationError);
    single_statement_compound_ = IsCompoundStart();
    ParseStatement(module_->body);
    if (!Check(Tok::kEnd)) {
      if (Peek().kind == Tok::kError) InvalidSyntax(Peek());
      Fail("multiple statements found while compiling a single statement", Peek());
    }
    return;
  }
  while (!Check(Tok::kEnd)) {
    if (Check(Tok::kIndent)) Fail("unexpected indent", Peek(), SyntaxErrorKind::kIndentationError);
    ParseStatement(module_->body);
  }
}

bool Parser::IsCompoundStart() {
  switch (Peek().kind) {
    case Tok::kDef: case Tok::kIf: case Tok::kClass: case Tok::kWith: case Tok::kFor:
    case Tok::kTry: case Tok::kWhile: case Tok::kAt:
      return true;
    case Tok::kAsync:
      return Check(Tok::kDef, 1) || Check(Tok::kFor, 1) || Check(Tok::kWith, 1);
    default:
      return false;
  }
}

void Parser::ParseStatement(std::vector<Stmt*>& out) {
  DropConsumedTokens();
  if (IsCompoundStart()) {
    ++compound_depth_;
    out.push_back(ParseCompound());
    --compound_depth_;
  } else {
    ParseSimpleStatements(out);
  }
}

Stmt* Parser::ParseCompound() {
  ast::Pos start = Start(Peek());
  switch (Peek().kind) {
    case Tok::kDef: return ParseFunctionDef({}, false, start);
    case Tok::kIf: return ParseIf(false);
    case Tok::kClass: return ParseClassDef({}, start);
    case Tok::kWith: return ParseWith(false, start);
    case Tok::kFor: return ParseFor(false, start);
    case Tok::kTry: return ParseTry();
    case Tok::kWhile: return ParseWhile();
    case Tok::kAt: return ParseDecorated();
    default: break;
  }
  Take();  // async
  if (Check(Tok::kDef)) return ParseFunctionDef({}, true, start);
  if (Check(Tok::kFor)) return ParseFor(true, start);
  return ParseWith(true, start);
}

void Parser::ParseSimpleStatements(std::vector<Stmt*>& out) {
  for (;;) {
    out.push_back(ParseSimple());
    if (Accept(Tok::kNewline)) return;
    if (!Accept(Tok::kSemi)) InvalidSyntax(Peek());
    if (Accept(Tok::kNewline)) return;
  }
}

Stmt* Parser::ParseSimple() {
  const Token& t = Peek();
  ast::Pos start = Start(t);
  switch (t.kind) {
    case Tok::kPass: Take(); return NewStmt(StmtKind::kPass, start);
    case Tok::kBreak: Take(); return NewStmt(StmtKind::kBreak, start);
    case Tok::kContinue: Take(); return NewStmt(StmtKind::kContinue, start);
    case Tok::kReturn: {
      Take();
      Stmt* s = NewStmt(StmtKind::kReturn, start);
      if (StartsExpression(Peek())) {
        s->value = ParseStarExpressions();
        CheckNotStarred(s->value);
      }
      Finish(s->pos);
      return s;
    }
    case Tok::kRaise: {
      Take();
      Stmt* s = NewStmt(StmtKind::kRaise, start);
      if (StartsExpression(Peek())) {
        s->value = ParseExpression();
        if (Accept(Tok::kFrom)) s->cause = ParseExpression();
      }
      Finish(s->pos);
      return s;
    }
    case Tok::kGlobal: return ParseGlobal(StmtKind::kGlobal);
    case Tok::kNonlocal: return ParseGlobal(StmtKind::kNonlocal);
    case Tok::kDel: return ParseDel();
    case Tok::kAssert: {
      Take();
      Stmt* s = NewStmt(StmtKind::kAssert, start);
      s->value = ParseExpression();
      if (Accept(Tok::kComma)) s->msg = ParseExpression();
      Finish(s->pos);
      return s;
    }
    case Tok::kImport: return ParseImport();
    case Tok::kFrom: return ParseFromImport();
    default: return ParseExprStatement();
  }
}

Stmt* Parser::ParseGlobal(StmtKind kind) {
  ast::Pos start = Start(Take());
  Stmt* s = NewStmt(kind, start);
  do {
    s->identifiers.emplace_back(Expect(Tok::kName).text);
  } while (Accept(Tok::kComma));
  Finish(s->pos);
  return s;
}

Stmt* Parser::ParseDel() {
  ast::Pos start = Start(Take());
  Stmt* s = NewStmt(StmtKind::kDelete, start);
  do {
    if (Check(Tok::kNewline) || Check(Tok::kSemi)) {
      if (s->targets.empty()) InvalidSyntax(Peek());
      break;
    }
    Expr* e = ParseBinary(0);
    SetContext(e, Ctx::kDel, true);
    s->targets.push_back(e);
  } while (Accept(Tok::kComma));
  Finish(s->pos);
  return s;
}

std::string Parser::ParseDottedName() {
  std::string name(Expect(Tok::kName).text);
  while (Check(Tok::kDot) && Check(Tok::kName, 1)) {
    Take();
    name += '.';
    name += Take().text;
  }
  return name;
}

Stmt* Parser::ParseImport() {
  ast::Pos start = Start(Take());
  Stmt* s = NewStmt(StmtKind::kImport, start);
  do {
    ast::Alias a;
    a.pos = Start(Peek());
    a.name = ParseDottedName();
    if (Accept(Tok::kAs)) a.asname = std::string(Expect(Tok::kName).text);
    Finish(a.pos);
    s->names.push_back(std::move(a));
  } while (Accept(Tok::kComma));
  Finish(s->pos);
  return s;
}

Stmt* Parser::ParseFromImport() {
  ast::Pos start = Start(Take());
  Stmt* s = NewStmt(StmtKind::kImportFrom, start);
  for (;;) {
    if (Accept(Tok::kDot)) ++s->level;
    else if (Accept(Tok::kEllipsis)) s->level += 3;
    else break;
  }
  if (Check(Tok::kName) || s->level == 0) s->name = ParseDottedName();
  Expect(Tok::kImport);
  if (Check(Tok::kStar)) {
    ast::Alias a;
    a.pos = Start(Take());
    a.name = "*";
    s->names.push_back(a);
    Finish(s->pos);
    return s;
  }
  bool parens = Accept(Tok::kLParen);
  for (;;) {
    ast::Alias a;
    a.pos = Start(Peek());
    a.name = std::string(Expect(Tok::kName).text);
    if (Accept(Tok::kAs)) a.asname = std::string(Expect(Tok::kName).text);
    Finish(a.pos);
    s->names.push_back(std::move(a));
    if (!Accept(Tok::kComma)) break;
    if (parens && Check(Tok::kRParen)) break;
    if (!parens && (Check(Tok::kNewline) || Check(Tok::kSemi))) {
      FailAt("trailing comma not allowed without surrounding parentheses",
             {prev_.line, prev_.end_col, prev_.line, prev_.end_col + 1});
    }
  }
  if (parens) Expect(Tok::kRParen);
  Finish(s->pos);
  return s;
}

Stmt* Parser::ParseExprStatement() {
  ast::Pos start = Start(Peek());
  bool parenthesized = Check(Tok::kLParen);
  Expr* first = Check(Tok::kYield) ? ParseYield() : ParseStarExpressions();
  switch (Peek().kind) {
    case Tok::kEqual:
      return ParseAssignRest(first, start);
    case Tok::kColon:
      return ParseAnnAssign(first, start, parenthesized);
    case Tok::kPlusEqual: case Tok::kMinEqual: case Tok::kStarEqual: case Tok::kSlashEqual:
    case Tok::kPercentEqual: case Tok::kAmperEqual: case Tok::kVBarEqual:
    case Tok::kCircumflexEqual: case Tok::kLeftShiftEqual: case Tok::kRightShiftEqual:
    case Tok::kDoubleStarEqual: case Tok::kDoubleSlashEqual: case Tok::kAtEqual:
      return ParseAugAssign(first, start);
    default:
      break;
  }
  if (first->kind == ExprKind::kName && (first->name == "print" || first->name == "exec") &&
      StartsExpression(Peek()) && !Check(Tok::kLParen) && !Check(Tok::kMinus) &&
      !Check(Tok::kPlus) && !Check(Tok::kStar) && !Check(Tok::kLBracket)) {
    ast::Pos p = first->pos;
    p.end_col = first->pos.end_col;
    FailAt("Missing parentheses in call to '" + first->name + "'. Did you mean " + first->name +
               "(...)?",
           p);
  }
  if (Check(Tok::kColonEqual) && first->kind != ExprKind::kName) {
    FailAt(std::string("cannot use assignment expressions with ") + ExprName(first), first->pos);
  }
  CheckNotStarred(first);
  Stmt* s = NewStmt(StmtKind::kExpr, start);
  s->value = first;
  Finish(s->pos);
  return s;
}

Stmt* Parser::ParseAssignRest(Expr* first, ast::Pos start) {
  Stmt* s = NewStmt(StmtKind::kAssign, start);
  s->targets.push_back(first);
  Expr* value = nullptr;
  while (Accept(Tok::kEqual)) {
    if (value) s->targets.push_back(value);
    value = Check(Tok::kYield) ? ParseYield() : ParseStarExpressions();
  }
  CheckNotStarred(value);
  s->value = value;
  SetAssignTargets(s->targets);
  Finish(s->pos);
  return s;
}

void Parser::SetAssignTargets(std::vector<Expr*>& targets) {
  for (size_t i = 0; i < targets.size(); ++i) {
    Expr* t = targets[i];
    ExprKind k = t->kind;
    bool simple_invalid = k == ExprKind::kCall || k == ExprKind::kBinOp ||
                          k == ExprKind::kUnaryOp ||
                          (k == ExprKind::kConstant && t->const_kind != ConstKind::kNone &&
                           t->const_kind != ConstKind::kTrue &&
                           t->const_kind != ConstKind::kFalse);
    if (k == ExprKind::kYield || k == ExprKind::kYieldFrom) {
      FailAt("assignment to yield expression not possible", t->pos);
    }
    if (targets.size() == 1 && simple_invalid) {
      FailAt(std::string("cannot assign to ") + ExprName(t) +
                 " here. Maybe you meant '==' instead of '='?",
             t->pos);
    }
    SetContext(t, Ctx::kStore, true);
  }
}

Stmt* Parser::ParseAnnAssign(Expr* target, ast::Pos start, bool parenthesized) {
  if (target->kind == ExprKind::kTuple) {
    FailAt("only single target (not tuple) can be annotated", target->pos);
  }
  if (target->kind == ExprKind::kList) {
    FailAt("only single target (not list) can be annotated", target->pos);
  }
  if (target->kind != ExprKind::kName && target->kind != ExprKind::kAttribute &&
      target->kind != ExprKind::kSubscript) {
    FailAt("illegal target for annotation", target->pos);
  }
  Take();  // ':'
  Stmt* s = NewStmt(StmtKind::kAnnAssign, start);
  SetContext(target, Ctx::kStore, true);
  s->targets.push_back(target);
  s->simple = target->kind == ExprKind::kName && !parenthesized;
  s->annotation = ParseExpression();
  if (Accept(Tok::kEqual)) {
    s->value = Check(Tok::kYield) ? ParseYield() : ParseStarExpressions();
    CheckNotStarred(s->value);
  }
  Finish(s->pos);
  return s;
}

Stmt* Parser::ParseAugAssign(Expr* target, ast::Pos start) {
  if (target->kind != ExprKind::kName && target->kind != ExprKind::kAttribute &&
      target->kind != ExprKind::kSubscript) {
    FailAt(std::string("'") + ExprName(target) +
               "' is an illegal expression for augmented assignment",
           target->pos);
  }
  using ast::BinOpKind;
  static constexpr struct {
    Tok tok;
    BinOpKind op;
  } kOps[] = {
      {Tok::kPlusEqual, BinOpKind::kAdd},         {Tok::kMinEqual, BinOpKind::kSub},
      {Tok::kStarEqual, BinOpKind::kMult},        {Tok::kSlashEqual, BinOpKind::kDiv},
      {Tok::kPercentEqual, BinOpKind::kMod},      {Tok::kAmperEqual, BinOpKind::kBitAnd},
      {Tok::kVBarEqual, BinOpKind::kBitOr},       {Tok::kCircumflexEqual, BinOpKind::kBitXor},
      {Tok::kLeftShiftEqual, BinOpKind::kLShift}, {Tok::kRightShiftEqual, BinOpKind::kRShift},
      {Tok::kDoubleStarEqual, BinOpKind::kPow},   {Tok::kDoubleSlashEqual, BinOpKind::kFloorDiv},
      {Tok::kAtEqual, BinOpKind::kMatMult},
  };
  Stmt* s = NewStmt(StmtKind::kAugAssign, start);
  Tok op = Take().kind;
  for (const auto& entry : kOps) {
    if (entry.tok == op) s->binop = entry.op;
  }
  SetContext(target, Ctx::kStore, true);
  s->targets.push_back(target);
  s->value = Check(Tok::kYield) ? ParseYield() : ParseStarExpressions();
  CheckNotStarred(s->value);
  Finish(s->pos);
  return s;
}

void Parser::ParseBlock(std::vector<Stmt*>& out, const std::string& what, int header_line) {
  if (!Check(Tok::kNewline)) {
    if (Check(Tok::kError)) InvalidSyntax(Peek());
    ParseSimpleStatements(out);
    return;
  }
  Token nl = Take();
  if (!Check(Tok::kIndent)) {
    if (Check(Tok::kError)) InvalidSyntax(Peek());
    block_error_ = true;
    std::string msg =
        "expected an indented block after " + what + " on line " + std::to_string(header_line);
    if (AtEof(Peek())) {
      FailAt(msg, {nl.line, nl.col, nl.line, nl.col + 1}, SyntaxErrorKind::kIndentationError);
    }
    Fail(msg, Peek(), SyntaxErrorKind::kIndentationError);
  }
  Take();
  while (!Check(Tok::kDedent)) {
    if (Check(Tok::kEnd)) break;  // only reachable after a lexer quirk; be safe
    if (Check(Tok::kIndent)) Fail("unexpected indent", Peek(), SyntaxErrorKind::kIndentationError);
    ParseStatement(out);
  }
  Accept(Tok::kDedent);
}

Stmt* Parser::ParseIf(bool is_elif) {
  Token kw = Take();
  Stmt* s = NewStmt(StmtKind::kIf, Start(kw));
  s->value = ParseNamedExpression();
  ExpectColon();
  ParseBlock(s->body, is_elif ? "'elif' statement" : "'if' statement", kw.line);
  if (Check(Tok::kElif)) {
    s->orelse.push_back(ParseIf(true));
  } else if (Check(Tok::kElse)) {
    Token e = Take();
    ExpectColon();
    ParseBlock(s->orelse, "'else' statement", e.line);
  }
  Finish(s->pos);
  return s;
}

Stmt* Parser::ParseWhile() {
  Token kw = Take();
  Stmt* s = NewStmt(StmtKind::kWhile, Start(kw));
  s->value = ParseNamedExpression();
  ExpectColon();
  ParseBlock(s->body, "'while' statement", kw.line);
  if (Check(Tok::kElse)) {
    Token e = Take();
    ExpectColon();
    ParseBlock(s->orelse, "'else' statement", e.line);
  }
  Finish(s->pos);
  return s;
}

Stmt* Parser::ParseFor(bool is_async, ast::Pos start) {
  Token kw = Take();
  Stmt* s = NewStmt(StmtKind::kFor, start);
  s->is_async = is_async;
  Expr* target = ParseTargetList(Tok::kIn);
  SetContext(target, Ctx::kStore, true);
  s->targets.push_back(target);
  Expect(Tok::kIn);
  s->value = ParseStarExpressions();
  ExpectColon();
  ParseBlock(s->body, "'for' statement", kw.line);
  if (Check(Tok::kElse)) {
    Token e = Take();
    ExpectColon();
    ParseBlock(s->orelse, "'else' statement", e.line);
  }
  Finish(s->pos);
  return s;
}

Stmt* Parser::ParseTry() {
  Token kw = Take();
  Stmt* s = NewStmt(StmtKind::kTry, Start(kw));
  ExpectColon();
  ParseBlock(s->body, "'try' statement", kw.line);
  while (Check(Tok::kExcept)) {
    Token ex = Take();
    ast::ExceptHandler h;
    h.pos = Start(ex);
    if (!Check(Tok::kColon)) {
      h.type = ParseExpression();
      if (Check(Tok::kComma)) {
        Take();
        Expr* second = ParseExpression();
        ast::Pos p = h.type->pos;
        p.end_line = second->pos.end_line, p.end_col = second->pos.end_col;
        FailAt("multiple exception types must be parenthesized", p);
      }
      if (Accept(Tok::kAs)) h.name = std::string(Expect(Tok::kName).text);
    }
    ExpectColon();
    ParseBlock(h.body, "'except' statement", ex.line);
    Finish(h.pos);
    s->handlers.push_back(std::move(h));
  }
  if (!s->handlers.empty() && Check(Tok::kElse)) {
    Token e = Take();
    ExpectColon();
    ParseBlock(s->orelse, "'else' statement", e.line);
  }
  if (Check(Tok::kFinally)) {
    Token f = Take();
    ExpectColon();
    ParseBlock(s->finalbody, "'finally' statement", f.line);
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    if (Check(Tok::kError)) InvalidSyntax(Peek());
    if (AtEof(Peek())) {
      FailAt("expected 'except' or 'finally' block", {prev_.line, prev_.end_col, 0, 0});
    }
    Fail("expected 'except' or 'finally' block", Peek());
  }
  Finish(s->pos);
  return s;
}

ast::WithItem Parser::ParseWithItem() {
  ast::WithItem item;
  item.context_expr = ParseExpression();
  if (Accept(Tok::kAs)) {
    item.optional_vars = ParseBinary(0);
    SetContext(item.optional_vars, Ctx::kStore, true);
  }
  return item;
}

// `with (a as b, c as d):` -- tried first; on failure the caller re-parses
// the parenthesis as an ordinary expression.
bool Parser::TryParenthesizedWithItems(Stmt* s) {
  size_t saved = pos_;
  Token saved_prev = prev_;
  speculating_ = true;
  try {
    Take();  // '('
    std::vector<ast::WithItem> items;
    do {
      if (Check(Tok::kRParen) && !items.empty()) break;
      ast::WithItem item;
      item.context_expr = ParseExpression();
      if (Accept(Tok::kAs)) {
        item.optional_vars = ParseBinary(0);
        SetContext(item.optional_vars, Ctx::kStore, true);
      }
      items.push_back(item);
    } while (Accept(Tok::kComma));
    Expect(Tok::kRParen);
    if (!Check(Tok::kColon)) throw ParseError{};
    s->items = std::move(items);
    speculating_ = false;
    return true;
  } catch (const ParseError&) {
    speculating_ = false;
    pos_ = saved;
    prev_ = saved_prev;
    block_error_ = false;
    return false;
  }
}

Stmt* Parser::ParseWith(bool is_async, ast::Pos start) {
  Token kw = Take();
  Stmt* s = NewStmt(StmtKind::kWith, start);
  s->is_async = is_async;
  if (!(Check(Tok::kLParen) && TryParenthesizedWithItems(s))) {
    do {
      s->items.push_back(ParseWithItem());
    } while (Accept(Tok::kComma));
  }
  ExpectColon();
  ParseBlock(s->body, "'with' statement", kw.line);
  Finish(s->pos);
  return s;
}

// A decorated def/class starts (as in CPython) at `def`/`class`/`async`,
// not at the first decorator.
Stmt* Parser::ParseDecorated() {
  std::vector<Expr*> decorators;
  while (Accept(Tok::kAt)) {
    decorators.push_back(ParseNamedExpression());
    Expect(Tok::kNewline);
  }
  ast::Pos start = Start(Peek());
  if (Check(Tok::kDef)) return ParseFunctionDef(std::move(decorators), false, start);
  if (Check(Tok::kClass)) return ParseClassDef(std::move(decorators), start);
  if (Check(Tok::kAsync) && Check(Tok::kDef, 1)) {
    Take();
    return ParseFunctionDef(std::move(decorators), true, start);
  }
  InvalidSyntax(Peek());
}

Stmt* Parser::ParseFunctionDef(std::vector<Expr*> decorators, bool is_async, ast::Pos start) {
  Token kw = Take();
  Stmt* s = NewStmt(StmtKind::kFunctionDef, start);
  s->is_async = is_async;
  s->decorator_list = std::move(decorators);
  s->name = std::string(Expect(Tok::kName).text);
  Expect(Tok::kLParen);
  ++bracket_level_;
  s->args = ParseParameters(Tok::kRParen, true);
  --bracket_level_;
  Expect(Tok::kRParen);
  if (Accept(Tok::kRArrow)) s->value = ParseExpression();
  ExpectColon();
  ParseBlock(s->body, "function definition", kw.line);
  Finish(s->pos);
  return s;
}

Stmt* Parser::ParseClassDef(std::vector<Expr*> decorators, ast::Pos start) {
  Token kw = Take();
  Stmt* s = NewStmt(StmtKind::kClassDef, start);
  s->decorator_list = std::move(decorators);
  s->name = std::string(Expect(Tok::kName).text);
  if (Accept(Tok::kLParen)) {
    Expr* call = NewExpr(ExprKind::kCall, Start(prev_));
    ParseCallArgs(call, Tok::kRParen);
    for (Expr* e : call->elts) {
      if (e->kind == ExprKind::kGeneratorExp) InvalidSyntax(prev_);
    }
    s->targets = std::move(call->elts);
    s->keywords = std::move(call->keywords);
  }
  ExpectColon();
  ParseBlock(s->body, "class definition", kw.line);
  Finish(s->pos);
  return s;
}

ast::Arg Parser::ParseParam(bool annotations, bool star_annotation) {
  ast::Arg a;
  Token name = Expect(Tok::kName);
  a.name = std::string(name.text);
  a.pos = Start(name);
  if (annotations && Accept(Tok::kColon)) {
    a.annotation = star_annotation ? ParseStarExpression() : ParseExpression();
  }
  Finish(a.pos);
  return a;
}

// Parameters of def (annotations allowed) or lambda, up to `closing`.
ast::Arguments* Parser::ParseParameters(Tok closing, bool annotations) {
  ast::Arguments* args = arena_.NewArguments();
  bool seen_slash = false, seen_star = false, seen_default = false;
  while (!Check(closing)) {
    const Token& t = Peek();
    if (args->has_kwarg) Fail("arguments cannot follow var-keyword argument", t);
    if (t.kind == Tok::kSlash) {
      if (seen_star) Fail("/ must be ahead of *", t);
      if (seen_slash) Fail("/ may appear only once", t);
      if (args->args.empty()) Fail("at least one argument must precede /", t);
      Take();
      seen_slash = true;
      args->posonlyargs = std::move(args->args);
      args->args.clear();
    } else if (t.kind == Tok::kStar) {
      Token star = Take();
      if (seen_star) Fail("* argument may appear only once", star);
      seen_star = true;
      if (Check(Tok::kName)) {
        args->has_vararg = true;
        args->vararg = ParseParam(annotations, true);
      } else if (Check(closing) || (Check(Tok::kComma) && (Check(closing, 1) ||
                                                            Check(Tok::kDoubleStar, 1)))) {
        Fail("named arguments must follow bare *", star);
      }
    } else if (t.kind == Tok::kDoubleStar) {
      Take();
      args->has_kwarg = true;
      args->kwarg = ParseParam(annotations, false);
    } else {
      ast::Arg a = ParseParam(annotations, false);
      Expr* def = nullptr;
      if (Accept(Tok::kEqual)) def = ParseExpression();
      if (seen_star) {
        args->kwonlyargs.push_back(std::move(a));
        args->kw_defaults.push_back(def);
      } else {
        if (def) {
          seen_default = true;
          args->defaults.push_back(def);
        } else if (seen_default) {
          FailAt("non-default argument follows default argument", a.pos);
        }
        args->args.push_back(std::move(a));
      }
    }
    if (!Accept(Tok::kComma)) break;
  }
  return args;
}

// ---------------------------------------------------------------------------
// Expressions

Expr* Parser::ParseStarExpressions() {
  Expr* first = ParseStarExpression();
  if (!Check(Tok::kComma)) return first;
  Expr* t = NewExpr(ExprKind::kTuple, first->pos);
  t->elts.push_back(first);
  while (Accept(Tok::kComma)) {
    if (!StartsExpression(Peek())) break;
    t->elts.push_back(ParseStarExpression());
  }
  Finish(t->pos);
  return t;
}

Expr* Parser::ParseStarExpression() {
  if (!Check(Tok::kStar)) return ParseExpression();
  Expr* e = NewExpr(ExprKind::kStarred, Start(Take()));
  e->left = ParseBinary(0);
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseStarNamedExpression() {
  if (!Check(Tok::kStar)) return ParseNamedExpression();
  Expr* e = NewExpr(ExprKind::kStarred, Start(Take()));
  e->left = ParseBinary(0);
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseNamedExpression() {
  Expr* e = ParseExpression();
  if (!Check(Tok::kColonEqual)) return e;
  if (e->kind != ExprKind::kName) {
    FailAt(std::string("cannot use assignment expressions with ") + ExprName(e), e->pos);
  }
  Take();
  e->ctx = Ctx::kStore;
  Expr* n = NewExpr(ExprKind::kNamedExpr, e->pos);
  n->left = e;
  n->right = ParseExpression();
  Finish(n->pos);
  return n;
}

Expr* Parser::ParseExpression() {
  DepthGuard guard(this);
  if (Check(Tok::kLambda)) return ParseLambda();
  Expr* body = ParseDisjunction();
  if (!Check(Tok::kIf)) return body;
  Take();
  Expr* test = ParseDisjunction();
  if (!Accept(Tok::kElse)) {
    if (Check(Tok::kError)) InvalidSyntax(Peek());
    ast::Pos p = body->pos;
    p.end_line = test->pos.end_line, p.end_col = test->pos.end_col;
    FailAt("expected 'else' after 'if' expression", p);
  }
  Expr* e = NewExpr(ExprKind::kIfExp, body->pos);
  e->left = body;
  e->third = test;
  e->right = ParseExpression();
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseLambda() {
  Expr* e = NewExpr(ExprKind::kLambda, Start(Take()));
  e->args = ParseParameters(Tok::kColon, false);
  ExpectColon();
  e->left = ParseExpression();
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseDisjunction() {
  Expr* first = ParseConjunction();
  if (!Check(Tok::kOr)) return first;
  Expr* e = NewExpr(ExprKind::kBoolOp, first->pos);
  e->boolop = ast::BoolOpKind::kOr;
  e->elts.push_back(first);
  while (Accept(Tok::kOr)) e->elts.push_back(ParseConjunction());
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseConjunction() {
  Expr* first = ParseInversion();
  if (!Check(Tok::kAnd)) return first;
  Expr* e = NewExpr(ExprKind::kBoolOp, first->pos);
  e->boolop = ast::BoolOpKind::kAnd;
  e->elts.push_back(first);
  while (Accept(Tok::kAnd)) e->elts.push_back(ParseInversion());
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseInversion() {
  if (!Check(Tok::kNot)) return ParseComparison();
  DepthGuard guard(this);
  Expr* e = NewExpr(ExprKind::kUnaryOp, Start(Take()));
  e->unaryop = ast::UnaryOpKind::kNot;
  e->left = ParseInversion();
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseComparison() {
  using ast::CmpOpKind;
  Expr* left = ParseBinary(0);
  Expr* e = nullptr;
  for (;;) {
    CmpOpKind op;
    switch (Peek().kind) {
      case Tok::kEqEqual: op = CmpOpKind::kEq; break;
      case Tok::kNotEqual: op = CmpOpKind::kNotEq; break;
      case Tok::kLess: op = CmpOpKind::kLt; break;
      case Tok::kLessEqual: op = CmpOpKind::kLtE; break;
      case Tok::kGreater: op = CmpOpKind::kGt; break;
      case Tok::kGreaterEqual: op = CmpOpKind::kGtE; break;
      case Tok::kIn: op = CmpOpKind::kIn; break;
      case Tok::kIs: op = Check(Tok::kNot, 1) ? CmpOpKind::kIsNot : CmpOpKind::kIs; break;
      case Tok::kNot:
        if (!Check(Tok::kIn, 1)) return e ? e : left;
        op = CmpOpKind::kNotIn;
        break;
      default:
        return e ? e : left;
    }
    Take();
    if (op == CmpOpKind::kIsNot || op == CmpOpKind::kNotIn) Take();
    if (!e) {
      e = NewExpr(ExprKind::kCompare, left->pos);
      e->left = left;
    }
    e->ops.push_back(op);
    e->elts.push_back(ParseBinary(0));
    Finish(e->pos);
  }
}

// Left-associative binary levels, loosest first: | ^ & (<< >>) (+ -)
// (* / // % @); below that, unary operators (ParseFactor).
// The level of a binary operator token (0 = loosest), or -1.
int BinaryLevel(Tok t, ast::BinOpKind* op) {
  using ast::BinOpKind;
  switch (t) {
    case Tok::kVBar: *op = BinOpKind::kBitOr; return 0;
    case Tok::kCircumflex: *op = BinOpKind::kBitXor; return 1;
    case Tok::kAmper: *op = BinOpKind::kBitAnd; return 2;
    case Tok::kLeftShift: *op = BinOpKind::kLShift; return 3;
    case Tok::kRightShift: *op = BinOpKind::kRShift; return 3;
    case Tok::kPlus: *op = BinOpKind::kAdd; return 4;
    case Tok::kMinus: *op = BinOpKind::kSub; return 4;
    case Tok::kStar: *op = BinOpKind::kMult; return 5;
    case Tok::kSlash: *op = BinOpKind::kDiv; return 5;
    case Tok::kDoubleSlash: *op = BinOpKind::kFloorDiv; return 5;
    case Tok::kPercent: *op = BinOpKind::kMod; return 5;
    case Tok::kAt: *op = BinOpKind::kMatMult; return 5;
    default: return -1;
  }
}

// Left-associative binary levels, loosest first: | ^ & (<< >>) (+ -)
// (* / // % @); below that, unary operators (ParseFactor).
Expr* Parser::ParseBinary(int level) {
  constexpr int kLevels = 6;
  if (level == kLevels) return ParseFactor();
  Expr* left = ParseBinary(level + 1);
  for (;;) {
    ast::BinOpKind op = ast::BinOpKind::kAdd;
    if (BinaryLevel(Peek().kind, &op) != level) return left;
    Take();
    Expr* e = NewExpr(ExprKind::kBinOp, left->pos);
    e->binop = op;
    e->left = left;
    e->right = ParseBinary(level + 1);
    Finish(e->pos);
    left = e;
  }
}

Expr* Parser::ParseFactor() {
  ast::UnaryOpKind op;
  switch (Peek().kind) {
    case Tok::kPlus: op = ast::UnaryOpKind::kUAdd; break;
    case Tok::kMinus: op = ast::UnaryOpKind::kUSub; break;
    case Tok::kTilde: op = ast::UnaryOpKind::kInvert; break;
    default: return ParsePower();
  }
  DepthGuard guard(this);
  Expr* e = NewExpr(ExprKind::kUnaryOp, Start(Take()));
  e->unaryop = op;
  e->left = ParseFactor();
  Finish(e->pos);
  return e;
}

Expr* Parser::ParsePower() {
  Expr* base = ParseAwaitPrimary();
  if (!Check(Tok::kDoubleStar)) return base;
  Take();
  DepthGuard guard(this);
  Expr* e = NewExpr(ExprKind::kBinOp, base->pos);
  e->binop = ast::BinOpKind::kPow;
  e->left = base;
  e->right = ParseFactor();
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseAwaitPrimary() {
  if (!Check(Tok::kAwait)) return ParsePrimary();
  Expr* e = NewExpr(ExprKind::kAwait, Start(Take()));
  e->left = ParsePrimary();
  Finish(e->pos);
  return e;
}

Expr* Parser::ParsePrimary() {
  Expr* e = ParseAtom();
  for (;;) {
    if (Check(Tok::kDot)) {
      Take();
      Expr* a = NewExpr(ExprKind::kAttribute, e->pos);
      a->left = e;
      a->name = std::string(Expect(Tok::kName).text);
      Finish(a->pos);
      e = a;
    } else if (Check(Tok::kLParen)) {
      DepthGuard guard(this);
      Take();
      Expr* c = NewExpr(ExprKind::kCall, e->pos);
      c->left = e;
      ParseCallArgs(c, Tok::kRParen);
      Finish(c->pos);
      e = c;
    } else if (Check(Tok::kLBracket)) {
      DepthGuard guard(this);
      e = ParseSubscript(e);
    } else {
      return e;
    }
  }
}

void Parser::ParseCallArgs(Expr* call, Tok closing) {
  ++bracket_level_;
  bool seen_keyword = false, seen_kwargs = false;
  size_t count = 0;
  bool saw_genexp = false;
  while (!Check(closing)) {
    ++count;
    const Token& t = Peek();
    if (t.kind == Tok::kStar) {
      if (seen_kwargs) Fail("iterable argument unpacking follows keyword argument unpacking", t);
      call->elts.push_back(ParseStarExpression());
    } else if (t.kind == Tok::kDoubleStar) {
      ast::Keyword k;
      k.pos = Start(Take());
      k.value = ParseExpression();
      Finish(k.pos);
      call->keywords.push_back(k);
      seen_kwargs = true;
    } else if (t.kind == Tok::kName && Check(Tok::kEqual, 1)) {
      ast::Keyword k;
      Token name = Take();
      k.pos = Start(name);
      k.arg = std::string(name.text);
      Take();
      k.value = ParseExpression();
      Finish(k.pos);
      call->keywords.push_back(k);
      seen_keyword = true;
    } else {
      Expr* e = ParseNamedExpression();
      if (Check(Tok::kEqual)) {
        ast::Pos p = e->pos;
        p.end_line = Peek().end_line, p.end_col = Peek().end_col;
        FailAt("expression cannot contain assignment, perhaps you meant \"==\"?", p);
      }
      if (Check(Tok::kFor) || (Check(Tok::kAsync) && Check(Tok::kFor, 1))) {
        Expr* g = NewExpr(ExprKind::kGeneratorExp, e->pos);
        g->left = e;
        ParseComprehensions(g->generators);
        Finish(g->pos);
        e = g;
        saw_genexp = true;
      }
      // CPython puts the caret on the token after the offending argument.
      if (seen_kwargs) Fail("positional argument follows keyword argument unpacking", Peek());
      if (seen_keyword) Fail("positional argument follows keyword argument", Peek());
      call->elts.push_back(e);
    }
    if (!Accept(Tok::kComma)) {
      if (!Check(closing) && StartsExpression(Peek()) && !call->elts.empty()) {
        MissingComma(call->elts.back());
      }
      break;
    }
  }
  if (saw_genexp && count > 1) {
    for (Expr* e : call->elts) {
      if (e->kind == ExprKind::kGeneratorExp) {
        FailAt("Generator expression must be parenthesized", e->pos);
      }
    }
  }
  --bracket_level_;
  Expect(closing);
}

Expr* Parser::ParseSubscript(Expr* value) {
  Take();  // '['
  ++bracket_level_;
  Expr* s = NewExpr(ExprKind::kSubscript, value->pos);
  s->left = value;
  Expr* first = ParseSlice();
  if (Check(Tok::kComma)) {
    Expr* t = NewExpr(ExprKind::kTuple, first->pos);
    t->elts.push_back(first);
    while (Accept(Tok::kComma)) {
      if (Check(Tok::kRBracket)) break;
      t->elts.push_back(ParseSlice());
    }
    Finish(t->pos);
    first = t;
  }
  s->right = first;
  --bracket_level_;
  Expect(Tok::kRBracket);
  Finish(s->pos);
  return s;
}

Expr* Parser::ParseSlice() {
  if (Check(Tok::kStar)) return ParseStarExpression();
  Expr* lower = nullptr;
  ast::Pos start = Start(Peek());
  if (!Check(Tok::kColon)) {
    lower = ParseNamedExpression();
    if (!Check(Tok::kColon)) return lower;
  }
  Take();  // ':'
  Expr* s = NewExpr(ExprKind::kSlice, start);
  s->left = lower;
  if (!Check(Tok::kColon) && !Check(Tok::kComma) && !Check(Tok::kRBracket)) {
    s->right = ParseExpression();
  }
  if (Accept(Tok::kColon) && !Check(Tok::kComma) && !Check(Tok::kRBracket)) {
    s->third = ParseExpression();
  }
  Finish(s->pos);
  return s;
}

void Parser::MissingComma(const Expr* first) {
  if (bracket_level_ <= 0) InvalidSyntax(Peek());
  Token t = Peek();
  if (t.kind == Tok::kString && first->kind == ExprKind::kName) InvalidSyntax(t);
  Expr* second = ParseExpression();
  // CPython only gets here if the tokens after `second` lex cleanly.
  if (Peek().kind == Tok::kError && lexer_.error()) LexerFailure();
  if (second->pos.line != first->pos.line) CheckRestForLexerError(second->pos.line + 1);
  ast::Pos p = first->pos;
  p.end_line = second->pos.end_line, p.end_col = second->pos.end_col;
  if (p.end_line != p.line) p.end_col = p.col + 1;
  FailAt("invalid syntax. Perhaps you forgot a comma?", p);
}

Expr* Parser::ParseYield() {
  Expr* e = NewExpr(ExprKind::kYield, Start(Take()));
  if (Accept(Tok::kFrom)) {
    e->kind = ExprKind::kYieldFrom;
    e->left = ParseExpression();
  } else if (StartsExpression(Peek())) {
    e->left = ParseStarExpressions();
  }
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseAtom() {
  const Token& t = Peek();
  switch (t.kind) {
    case Tok::kName: {
      Token n = Take();
      Expr* e = NewExpr(ExprKind::kName, Start(n));
      e->name = std::string(n.text);
      return e;
    }
    case Tok::kNumber: return ParseNumber(Take());
    case Tok::kString: return ParseStrings();
    case Tok::kNone: case Tok::kTrue: case Tok::kFalse: case Tok::kEllipsis: {
      Token k = Take();
      Expr* e = NewExpr(ExprKind::kConstant, Start(k));
      e->const_kind = k.kind == Tok::kNone   ? ConstKind::kNone
                      : k.kind == Tok::kTrue ? ConstKind::kTrue
                      : k.kind == Tok::kFalse ? ConstKind::kFalse
                                              : ConstKind::kEllipsis;
      return e;
    }
    case Tok::kLParen: {
      DepthGuard guard(this);
      return ParseParenthesized();
    }
    case Tok::kLBracket: {
      DepthGuard guard(this);
      return ParseListDisplay();
    }
    case Tok::kLBrace: {
      DepthGuard guard(this);
      return ParseBraceDisplay();
    }
    default:
      InvalidSyntax(t);
  }
}

Expr* Parser::ParseNumber(const Token& t) {
  Expr* e = NewExpr(ExprKind::kConstant, Start(t));
  std::string clean;
  clean.reserve(t.text.size());
  for (char c : t.text) {
    if (c != '_') clean += c;
  }
  char second = clean.size() > 1 ? (clean[1] | 0x20) : 0;
  if (clean[0] == '0' && (second == 'x' || second == 'o' || second == 'b')) {
    e->const_kind = ConstKind::kInt;
    e->int_base = second == 'x' ? 16 : second == 'o' ? 8 : 2;
    clean.erase(0, 2);
  } else if (clean.find_first_of(".eEjJ") == std::string::npos) {
    e->const_kind = ConstKind::kInt;
    e->int_base = 10;
  } else {
    bool imag = (clean.back() | 0x20) == 'j';
    if (imag) clean.pop_back();
    e->const_kind = imag ? ConstKind::kImag : ConstKind::kFloat;
    e->float_value = std::strtod(clean.c_str(), nullptr);
    return e;
  }
  size_t nz = clean.find_first_not_of('0');
  clean.erase(0, nz == std::string::npos ? clean.size() - 1 : nz);
  for (char& c : clean) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c | 0x20);
  }
  e->int_digits = std::move(clean);
  return e;
}

Expr* Parser::ParseParenthesized() {
  Token open = Take();
  ++bracket_level_;
  ast::Pos start = Start(open);
  Expr* result;
  if (Check(Tok::kRParen)) {
    result = NewExpr(ExprKind::kTuple, start);
  } else if (Check(Tok::kYield)) {
    result = ParseYield();
  } else {
    Expr* first = ParseStarNamedExpression();
    if (Check(Tok::kFor) || (Check(Tok::kAsync) && Check(Tok::kFor, 1))) {
      result = NewExpr(ExprKind::kGeneratorExp, start);
      result->left = first;
      ParseComprehensions(result->generators);
    } else if (Check(Tok::kComma)) {
      result = NewExpr(ExprKind::kTuple, start);
      ParseElements(result, Tok::kRParen, first);
    } else {
      if (first->kind == ExprKind::kStarred) {
        FailAt("cannot use starred expression here", first->pos);
      }
      if (!Check(Tok::kRParen) && StartsExpression(Peek())) MissingComma(first);
      result = first;
    }
  }
  --bracket_level_;
  Expect(Tok::kRParen);
  if (result->kind == ExprKind::kTuple || result->kind == ExprKind::kGeneratorExp) {
    Finish(result->pos);
  }
  return result;
}

// Comma-separated star_named_expressions after `first`, up to `closing`.
void Parser::ParseElements(Expr* container, Tok closing, Expr* first) {
  container->elts.push_back(first);
  for (;;) {
    if (!Accept(Tok::kComma)) {
      if (!Check(closing) && StartsExpression(Peek())) MissingComma(container->elts.back());
      return;
    }
    if (Check(closing)) return;
    container->elts.push_back(ParseStarNamedExpression());
  }
}

Expr* Parser::ParseListDisplay() {
  ast::Pos start = Start(Take());
  ++bracket_level_;
  Expr* e = NewExpr(ExprKind::kList, start);
  if (!Check(Tok::kRBracket)) {
    Expr* first = ParseStarNamedExpression();
    if (Check(Tok::kFor) || (Check(Tok::kAsync) && Check(Tok::kFor, 1))) {
      e->kind = ExprKind::kListComp;
      e->left = first;
      ParseComprehensions(e->generators);
    } else {
      ParseElements(e, Tok::kRBracket, first);
    }
  }
  --bracket_level_;
  Expect(Tok::kRBracket);
  Finish(e->pos);
  return e;
}

Expr* Parser::ParseBraceDisplay() {
  ast::Pos start = Start(Take());
  ++bracket_level_;
  Expr* e = NewExpr(ExprKind::kDict, start);
  if (Check(Tok::kRBrace)) {
    // empty dict
  } else if (Check(Tok::kDoubleStar)) {
    ParseDictRest(e, nullptr);
  } else {
    Expr* first = ParseStarNamedExpression();
    if (Check(Tok::kColon) && first->kind != ExprKind::kStarred) {
      ParseDictRest(e, first);
    } else if (Check(Tok::kFor) || (Check(Tok::kAsync) && Check(Tok::kFor, 1))) {
      e->kind = ExprKind::kSetComp;
      e->left = first;
      ParseComprehensions(e->generators);
    } else {
      e->kind = ExprKind::kSet;
      ParseElements(e, Tok::kRBrace, first);
    }
  }
  --bracket_level_;
  Expect(Tok::kRBrace);
  Finish(e->pos);
  return e;
}

// The rest of a dict display or comprehension; `first_key` is parsed
// already (null when the display starts with `**`).
Expr* Parser::ParseDictRest(Expr* d, Expr* first_key) {
  Expr* key = first_key;
  for (;;) {
    Expr* value;
    if (!key) {
      Expect(Tok::kDoubleStar);
      value = ParseBinary(0);
    } else {
      Token colon = Expect(Tok::kColon);
      if (Check(Tok::kRBrace) || Check(Tok::kComma)) {
        Fail("expression expected after dictionary key and ':'", colon);
      }
      value = ParseExpression();
      if (d->elts.empty() && (Check(Tok::kFor) || (Check(Tok::kAsync) && Check(Tok::kFor, 1)))) {
        d->kind = ExprKind::kDictComp;
        d->left = key;
        d->right = value;
        ParseComprehensions(d->generators);
        return d;
      }
    }
    d->elts.push_back(key);
    d->values.push_back(value);
    if (!Check(Tok::kComma) && !Check(Tok::kRBrace) && StartsExpression(Peek())) {
      MissingComma(value);
    }
    if (!Accept(Tok::kComma) || Check(Tok::kRBrace)) return d;
    key = Check(Tok::kDoubleStar) ? nullptr : ParseExpression();
  }
}

void Parser::ParseComprehensions(std::vector<ast::Comprehension>& out) {
  while (Check(Tok::kFor) || (Check(Tok::kAsync) && Check(Tok::kFor, 1))) {
    ast::Comprehension c;
    c.is_async = Accept(Tok::kAsync);
    Take();  // for
    c.target = ParseTargetList(Tok::kIn);
    SetContext(c.target, Ctx::kStore, true);
    Expect(Tok::kIn);
    c.iter = ParseDisjunction();
    while (Accept(Tok::kIf)) c.ifs.push_back(ParseDisjunction());
    out.push_back(std::move(c));
  }
}

// star_targets: `a`, `a, b`, `*a, b`, `(a, b)`; stops before `stop`.
Expr* Parser::ParseTargetList(Tok stop) {
  auto one = [this]() -> Expr* {
    if (!Check(Tok::kStar)) return ParseBinary(0);
    Expr* e = NewExpr(ExprKind::kStarred, Start(Take()));
    e->left = ParseBinary(0);
    Finish(e->pos);
    return e;
  };
  Expr* first = one();
  if (!Check(Tok::kComma)) return first;
  Expr* t = NewExpr(ExprKind::kTuple, first->pos);
  t->elts.push_back(first);
  while (Accept(Tok::kComma)) {
    if (Check(stop) || !StartsExpression(Peek())) break;
    t->elts.push_back(one());
  }
  Finish(t->pos);
  return t;
}

// ---------------------------------------------------------------------------
// Targets

void Parser::CheckNotStarred(const Expr* e) {
  if (e && e->kind == ExprKind::kStarred) {
    FailAt("can't use starred expression here", e->pos);
  }
}

void Parser::SetContext(Expr* e, Ctx ctx, bool top) {
  const char* verb = ctx == Ctx::kDel ? "cannot delete " : "cannot assign to ";
  switch (e->kind) {
    case ExprKind::kName:
    case ExprKind::kAttribute:
    case ExprKind::kSubscript:
      e->ctx = ctx;
      return;
    case ExprKind::kTuple:
    case ExprKind::kList: {
      e->ctx = ctx;
      int starred = 0;
      for (Expr* elt : e->elts) {
        if (elt->kind == ExprKind::kStarred) ++starred;
        SetContext(elt, ctx, false);
      }
      if (starred > 1) FailAt("multiple starred expressions in assignment", e->pos);
      return;
    }
    case ExprKind::kStarred:
      if (ctx == Ctx::kDel) FailAt("cannot delete starred", e->pos);
      if (top) FailAt("starred assignment target must be in a list or tuple", e->pos);
      e->ctx = ctx;
      SetContext(e->left, ctx, false);
      return;
    default:
      FailAt(std::string(verb) + ExprName(e), e->pos);
  }
}

// ---------------------------------------------------------------------------
// String literals and f-strings

struct StringPiece {
  const Token* tok;
  bool raw = false, bytes = false, fstring = false;
  std::string_view body;  // between the quotes
};

StringPiece SplitString(const Token& t) {
  StringPiece p;
  p.tok = &t;
  size_t q = t.text.find_first_of("'\"");
  for (size_t i = 0; i < q; ++i) {
    char c = t.text[i] | 0x20;
    if (c == 'r') p.raw = true;
    if (c == 'b') p.bytes = true;
    if (c == 'f') p.fstring = true;
  }
  size_t qlen = (t.text.size() - q >= 6 && t.text[q + 1] == t.text[q] && t.text[q + 2] == t.text[q])
                    ? 3
                    : 1;
  p.body = t.text.substr(q + qlen, t.text.size() - q - 2 * qlen);
  return p;
}

// Builds the parts of a JoinedStr: literal text accumulates in `pending`
// and is flushed as one Constant before each FormattedValue.
class FStringParser {
 public:
  FStringParser(Parser* parser, const Token& tok, std::string_view body, bool raw)
      : p_(parser), tok_(tok), body_(body), raw_(raw) {}

  // Parses body_[i..] up to the end (or a closing '}' when in_spec);
  // returns the index where it stopped.
  size_t Parse(size_t i, int nesting, bool in_spec, std::vector<Expr*>& parts,
               std::string& pending);

 private:
  size_t ParseField(size_t i, int nesting, std::vector<Expr*>& parts, std::string& pending);
  size_t FindExpressionEnd(size_t i);
  void AppendLiteral(std::string_view raw, std::string& pending);
  void Flush(std::vector<Expr*>& parts, std::string& pending);
  ast::Pos PosAt(size_t i) const;
  [[noreturn]] void Fail(const std::string& msg, size_t i) const {
    p_->FailAt(msg, PosAt(i));
  }

  Parser* p_;
  const Token& tok_;
  std::string_view body_;
  bool raw_;
};

ast::Pos FStringParser::PosAt(size_t i) const {
  const char* target = body_.data() + i;
  int line = tok_.line, col = tok_.col;
  for (const char* c = tok_.text.data(); c < target; ++c) {
    if (*c == '\n') ++line, col = 0;
    else ++col;
  }
  return {line, col, line, col + 1};
}

void FStringParser::AppendLiteral(std::string_view raw, std::string& pending) {
  if (raw_) {
    pending.append(raw);
    return;
  }
  std::string err = DecodeEscapes(raw, false, pending);
  if (!err.empty()) p_->Fail(err, p_->Peek());  // CPython: at the token after the strings
}

void FStringParser::Flush(std::vector<Expr*>& parts, std::string& pending) {
  if (pending.empty()) return;
  Expr* c = p_->NewExpr(ExprKind::kConstant, p_->Start(tok_));
  c->const_kind = ConstKind::kStr;
  c->str_value = std::move(pending);
  pending.clear();
  parts.push_back(c);
}

size_t FStringParser::Parse(size_t i, int nesting, bool in_spec, std::vector<Expr*>& parts,
                            std::string& pending) {
  size_t lit = i;
  while (i < body_.size()) {
    char c = body_[i];
    if (!raw_ && c == '\\' && i + 1 < body_.size()) {
      char e = body_[i + 1];
      if (e == 'N' && i + 2 < body_.size() && body_[i + 2] == '{') {
        size_t close = body_.find('}', i);
        i = close == std::string_view::npos ? body_.size() : close + 1;
      } else {
        i += (e == '{' || e == '}') ? 1 : 2;
      }
      continue;
    }
    if (c == '{' || c == '}') {
      AppendLiteral(body_.substr(lit, i - lit), pending);
      if (c == '}' && in_spec) return i;
      if (i + 1 < body_.size() && body_[i + 1] == c && !in_spec) {
        pending += c;
        i += 2;
      } else if (c == '}') {
        Fail("f-string: single '}' is not allowed", i);
      } else {
        i = ParseField(i + 1, nesting, parts, pending);
      }
      lit = i;
      continue;
    }
    ++i;
  }
  AppendLiteral(body_.substr(lit, i - lit), pending);
  if (in_spec) Fail("f-string: expecting '}'", i);
  return i;
}

// Finds the end of a replacement field's expression: the first top-level
// '}', '!', ':' or '=' (not part of ==, !=, <=, >=) outside nested
// brackets and strings.
size_t FStringParser::FindExpressionEnd(size_t i) {
  int depth = 0;
  char quote = 0;
  bool triple = false;
  for (; i < body_.size(); ++i) {
    char c = body_[i];
    if (c == '\\') Fail("f-string expression part cannot include a backslash", i);
    if (quote) {
      if (c == quote && (!triple || body_.substr(i, 3) == std::string(3, quote))) {
        if (triple) i += 2;
        quote = 0;
      }
      continue;
    }
    char next = i + 1 < body_.size() ? body_[i + 1] : 0;
    if (c == '\'' || c == '"') {
      quote = c;
      triple = body_.substr(i, 3) == std::string(3, c);
      if (triple) i += 2;
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
      --depth;
    } else if (c == '#') {
      Fail("f-string expression part cannot include '#'", i);
    } else if ((c == '=' || c == '!' || c == '<' || c == '>') && next == '=') {
      ++i;
    } else if (depth == 0 && (c == '}' || c == '!' || c == ':' || c == '=')) {
      return i;
    } else if (depth == 0 && (c == ')' || c == ']')) {
      return i;
    }
  }
  if (quote) Fail("f-string: unterminated string", i);
  return i;
}

size_t FStringParser::ParseField(size_t i, int nesting, std::vector<Expr*>& parts,
                                 std::string& pending) {
  if (nesting > kMaxFStringNesting) Fail("f-string: expressions nested too deeply", i);
  size_t end = FindExpressionEnd(i);
  if (end >= body_.size()) Fail("f-string: expecting '}'", end);
  std::string_view expr_text = body_.substr(i, end - i);
  if (IsWhitespaceOnly(expr_text)) Fail("f-string: empty expression not allowed", end);
  char c = body_[end];
  if (c == ')' || c == ']') Fail(std::string("f-string: unmatched '") + c + "'", end);
  ast::Pos at = PosAt(i);
  Parser sub(p_->source_, expr_text, p_->module_, ast::Mode::kEval, at.line, at.col, true,
             p_->depth_ + 1);
  Expr* value = sub.ParseFStringField();
  Expr* fv = p_->NewExpr(ExprKind::kFormattedValue, p_->Start(tok_));
  fv->left = value;
  bool debug = false;
  if (c == '=') {
    debug = true;
    ++end;
    while (end < body_.size() && (body_[end] == ' ' || body_[end] == '\t' || body_[end] == '\n')) {
      ++end;
    }
    pending.append(body_.substr(i, end - i));
    c = end < body_.size() ? body_[end] : 0;
  }
  if (c == '!') {
    char conv = end + 1 < body_.size() ? body_[end + 1] : 0;
    if (conv == '}' || conv == ':' || conv == 0) Fail("f-string: missing conversion character", end + 1);
    if (conv != 's' && conv != 'r' && conv != 'a') {
      Fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", end + 1);
    }
    fv->conversion = conv;
    end += 2;
    c = end < body_.size() ? body_[end] : 0;
  }
  if (c == ':') {
    Expr* spec = p_->NewExpr(ExprKind::kJoinedStr, p_->Start(tok_));
    std::string spec_pending;
    end = Parse(end + 1, nesting + 1, true, spec->elts, spec_pending);
    Flush(spec->elts, spec_pending);
    fv->right = spec;
    c = end < body_.size() ? body_[end] : 0;
  }
  if (c != '}') Fail("f-string: expecting '}'", end);
  if (debug && fv->conversion == 0 && !fv->right) fv->conversion = 'r';
  Flush(parts, pending);
  parts.push_back(fv);
  return end + 1;
}

Expr* Parser::ParseFStringField() {
  try {
    Expr* e = Check(Tok::kYield) ? ParseYield() : ParseStarExpressions();
    if (!Check(Tok::kEnd) && StartsExpression(Peek())) MissingComma(e);
    if (!Check(Tok::kEnd)) InvalidSyntax(Peek());
    return e;
  } catch (ParseError& err) {
    if (err.info.message.rfind("f-string", 0) != 0) {
      err.info.message = "f-string: " + err.info.message;
    }
    throw;
  }
}

Expr* Parser::ParseStrings() {
  ast::Pos start = Start(Peek());
  std::vector<Token> toks;
  while (Check(Tok::kString)) toks.push_back(Take());
  std::vector<StringPiece> pieces;
  bool any_bytes = false, any_str = false, any_f = false;
  for (const Token& t : toks) {
    pieces.push_back(SplitString(t));
    any_bytes |= pieces.back().bytes;
    any_str |= !pieces.back().bytes;
    any_f |= pieces.back().fstring;
  }
  if (any_bytes && any_str) Fail("cannot mix bytes and nonbytes literals", toks.front());
  Expr* e = NewExpr(any_f ? ExprKind::kJoinedStr : ExprKind::kConstant, start);
  Finish(e->pos);
  std::string pending;
  for (const StringPiece& p : pieces) {
    if (p.fstring) {
      FStringParser fp(this, *p.tok, p.body, p.raw);
      fp.Parse(0, 0, false, e->elts, pending);
    } else if (p.raw) {
      pending.append(p.body);
    } else {
      std::string err = DecodeEscapes(p.body, p.bytes, pending);
      // CPython decodes when it reduces the atom, so it points at the token
      // after the strings.
      if (!err.empty()) Fail(err, Peek());
    }
  }
  if (any_f) {
    if (!pending.empty()) {
      Expr* c = NewExpr(ExprKind::kConstant, start);
      c->const_kind = ConstKind::kStr;
      c->str_value = std::move(pending);
      e->elts.push_back(c);
    }
    return e;
  }
  e->const_kind = any_bytes ? ConstKind::kBytes : ConstKind::kStr;
  e->str_value = std::move(pending);
  return e;
}

// ---------------------------------------------------------------------------
// Entry point

// Returns an error for a NUL byte or malformed UTF-8, else nothing.
std::optional<SyntaxErrorInfo> CheckEncoding(std::string_view src) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < src.size();) {
    unsigned char c = static_cast<unsigned char>(src[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = n != 0 && i + n <= src.size() && !(n == 2 && c < 0xC2) && !(n == 4 && c > 0xF4);
    for (size_t k = 1; ok && k < n; ++k) {
      ok = (static_cast<unsigned char>(src[i + k]) & 0xC0) == 0x80;
    }
    if (c == 0 || !ok) {
      SyntaxErrorInfo e;
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02x", c);
      e.message = c == 0 ? "source code cannot contain null bytes"
                         : std::string("(unicode error) 'utf-8' codec can't decode byte ") + hex +
                               " in position " + std::to_string(i - line_start) +
                               ": invalid start byte";
      e.line = line;
      e.col = static_cast<int>(i - line_start);
      e.end_col = e.col + 1;
      return e;
    }
    if (c == '\n') ++line, line_start = i + 1;
    i += n;
  }
  return std::nullopt;
}

// True if the input's last line is whitespace-only: how the REPL user
// signals the end of a compound statement.
bool EndsWithBlankLine(std::string_view src) {
  if (src.empty() || src.back() != '\n') return false;
  src.remove_suffix(1);
  size_t nl = src.rfind('\n');
  std::string_view last = nl == std::string_view::npos ? src : src.substr(nl + 1);
  return IsWhitespaceOnly(last) && nl != std::string_view::npos;
}

}  // namespace

ParseResult Parse(std::string_view source, std::string_view filename, ast::Mode mode) {
  ParseResult result;
  std::string normalized;
  if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  if (source.find('\r') != std::string_view::npos) {
    normalized.reserve(source.size());
    for (size_t i = 0; i < source.size(); ++i) {
      if (source[i] != '\r') normalized += source[i];
      else if (i + 1 >= source.size() || source[i + 1] != '\n') normalized += '\n';
    }
    source = normalized;
  }
  if (std::optional<SyntaxErrorInfo> enc = CheckEncoding(source)) {
    enc->text = SourceLine(source, enc->line);
    result.error = std::move(enc);
    return result;
  }
  auto module = std::make_unique<ast::Module>();
  module->mode = mode;
  Parser parser(source, source, module.get(), mode);
  try {
    parser.ParseModule();
    if (mode == ast::Mode::kSingle && parser.single_statement_compound_ &&
        !EndsWithBlankLine(source)) {
      const ast::Stmt* last = module->body.back();
      SyntaxErrorInfo e;
      e.message = "incomplete input";
      e.line = last->pos.end_line;
      e.col = last->pos.end_col;
      e.end_col = e.col + 1;
      e.incomplete = true;
      throw ParseError{e};
    }
  } catch (ParseError& err) {
    SyntaxErrorInfo& info = err.info;
    if (mode == ast::Mode::kSingle && parser.error_at_eof_ && parser.error_inside_compound_ &&
        !EndsWithBlankLine(source)) {
      info.incomplete = true;
    }
    info.text = SourceLine(source, info.line);
    if (info.end_col <= info.col) info.end_col = info.col + 1;
    result.error = std::move(info);
    return result;
  }
  (void)filename;
  result.module = std::move(module);
  return result;
}

}  // namespace gilectomy::rt
