// Lexer: UTF-8 source -> tokens, including NEWLINE/INDENT/DEDENT.
//
// Tokens point into the source (no copies); string and number tokens keep
// their raw text (prefix and quotes included) and the parser decodes them.
// The lexer never throws: on the first error it returns a kError token and
// keeps the error in error(); every later call returns kError again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/parser.h"

namespace gilectomy::rt {

// One source for the token table: X(enum name, spelling).
#define GY_KEYWORD_TOKENS(X)                                                  \
  X(kFalse, "False") X(kNone, "None") X(kTrue, "True") X(kAnd, "and")         \
  X(kAs, "as") X(kAssert, "assert") X(kAsync, "async") X(kAwait, "await")     \
  X(kBreak, "break") X(kClass, "class") X(kContinue, "continue")              \
  X(kDef, "def") X(kDel, "del") X(kElif, "elif") X(kElse, "else")             \
  X(kExcept, "except") X(kFinally, "finally") X(kFor, "for")                  \
  X(kFrom, "from") X(kGlobal, "global") X(kIf, "if") X(kImport, "import")     \
  X(kIn, "in") X(kIs, "is") X(kLambda, "lambda") X(kNonlocal, "nonlocal")     \
  X(kNot, "not") X(kOr, "or") X(kPass, "pass") X(kRaise, "raise")             \
  X(kReturn, "return") X(kTry, "try") X(kWhile, "while") X(kWith, "with")     \
  X(kYield, "yield")

// Longest spellings first is not required: the lexer matches greedily.
#define GY_OPERATOR_TOKENS(X)                                                 \
  X(kLParen, "(") X(kRParen, ")") X(kLBracket, "[") X(kRBracket, "]")         \
  X(kLBrace, "{") X(kRBrace, "}") X(kColon, ":") X(kComma, ",")               \
  X(kSemi, ";") X(kPlus, "+") X(kMinus, "-") X(kStar, "*") X(kSlash, "/")     \
  X(kVBar, "|") X(kAmper, "&") X(kLess, "<") X(kGreater, ">") X(kEqual, "=")  \
  X(kDot, ".") X(kPercent, "%") X(kEqEqual, "==") X(kNotEqual, "!=")          \
  X(kLessEqual, "<=") X(kGreaterEqual, ">=") X(kTilde, "~")                   \
  X(kCircumflex, "^") X(kLeftShift, "<<") X(kRightShift, ">>")                \
  X(kDoubleStar, "**") X(kPlusEqual, "+=") X(kMinEqual, "-=")                 \
  X(kStarEqual, "*=") X(kSlashEqual, "/=") X(kPercentEqual, "%=")             \
  X(kAmperEqual, "&=") X(kVBarEqual, "|=") X(kCircumflexEqual, "^=")          \
  X(kLeftShiftEqual, "<<=") X(kRightShiftEqual, ">>=")                        \
  X(kDoubleStarEqual, "**=") X(kDoubleSlash, "//")                            \
  X(kDoubleSlashEqual, "//=") X(kAt, "@") X(kAtEqual, "@=")                   \
  X(kRArrow, "->") X(kEllipsis, "...") X(kColonEqual, ":=")

#define GY_TOKEN_ENUM(name, spelling) name,
enum class Tok : uint8_t {
  kEnd, kNewline, kIndent, kDedent, kName, kNumber, kString,
  kError,  // a lexical error (see Lexer::error()) or a stray character
  GY_KEYWORD_TOKENS(GY_TOKEN_ENUM) GY_OPERATOR_TOKENS(GY_TOKEN_ENUM)
};
#undef GY_TOKEN_ENUM

// The spelling of a keyword/operator token, or a description ("NEWLINE").
std::string_view TokName(Tok t);

struct Token {
  Tok kind = Tok::kEnd;
  int line = 0, col = 0, end_line = 0, end_col = 0;  // as ast::Pos
  std::string_view text;  // raw source text of the token
};

class Lexer {
 public:
  // `first_line`/`first_col` give the position of source[0]; a lexer that
  // starts `inside_brackets` ignores newlines and indentation, as inside
  // "(...)" (used for f-string replacement fields).
  explicit Lexer(std::string_view source, int first_line = 1, int first_col = 0,
                 bool inside_brackets = false);

  Token Next();

  const std::optional<SyntaxErrorInfo>& error() const { return error_; }
  // Number of brackets currently open.
  int bracket_depth() const { return static_cast<int>(brackets_.size()); }

 private:
  struct Bracket {
    char ch;
    int line, col;
  };

  Token Make(Tok kind, size_t start, int line, int col);
  Token Fail(SyntaxErrorKind kind, std::string message, int line, int col,
             int end_col, bool incomplete = false);
  std::optional<Token> AtLineStart();
  std::optional<Token> HandleIndent(int col, int altcol, size_t start);
  Token AtEndOfInput();
  Token LexName(size_t start);
  Token LexNumber(size_t start);
  Token LexString(size_t start, size_t quote);
  Token LexOperator(size_t start);
  Token CloseBracket(Tok kind, size_t start);
  bool SkipDigits(bool (*is_digit)(char), size_t start, const char* kind_name);
  bool FinishNumber(size_t start, const char* kind_name);
  void Advance(size_t n = 1);
  char Peek(size_t ahead = 0) const;

  std::string_view src_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;  // offset of the current line's first byte
  int col_base_ = 0;       // column of src_[0] on the first line
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;  // a token was produced on this logical line
  bool inside_brackets_base_ = false;
  int pending_dedents_ = 0;
  bool eof_done_ = false;
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<Bracket> brackets_;
  std::optional<Token> number_error_;
  std::optional<SyntaxErrorInfo> error_;
};

// The text of 1-based `line` of `source`, without its newline.
std::string SourceLine(std::string_view source, int line);

}  // namespace gilectomy::rt
