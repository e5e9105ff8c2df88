// Lexer for Python 3.11 source. Entry point: Lexer::Next().
//
// Design
//  - Tokens are produced on demand; each Token is a view into the source, so
//    lexing allocates nothing except the indentation and bracket stacks.
//  - Logical lines: at the start of each physical line outside brackets we
//    measure indentation twice, once with tabs to the next multiple of 8
//    (`col`) and once with tabs as one column (`altcol`), as CPython does. The
//    two measures must order a line against the indentation stack the same
//    way, otherwise the indentation depends on the tab width: TabError.
//    Blank and comment-only lines produce no tokens at all.
//  - Inside (), [], {} newlines and indentation are ignored (implicit line
//    joining); a backslash before a newline joins lines explicitly.
//  - At end of input: NEWLINE (if the last line had tokens), one DEDENT per
//    open indentation level, then kEnd. An open bracket at end of input is
//    the error "'(' was never closed", marked incomplete for the REPL.
//  - String literals are only delimited here (prefix, quotes, newlines,
//    bytes must be ASCII); escape decoding and f-string parsing happen in
//    the parser, which keeps this file independent of the AST.
//  - Errors are sticky: the first one is stored in error_ and every later
//    Next() returns kError. A stray character ("$", "?") is a kError token
//    without a stored error; the parser reports it as "invalid syntax".
#include "runtime/lexer.h"

#include <cstring>

namespace gilectomy::rt {
namespace {

constexpr int kTabSize = 8;
constexpr int kMaxIndentLevels = 100;
constexpr int kMaxBracketDepth = 200;

bool IsIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsIdentChar(char c) { return IsIdentStart(c) || (c >= '0' && c <= '9'); }
bool IsDec(char c) { return c >= '0' && c <= '9'; }
bool IsHex(char c) {
  return IsDec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool IsOct(char c) { return c >= '0' && c <= '7'; }
bool IsBin(char c) { return c == '0' || c == '1'; }

struct Spelled {
  std::string_view text;
  Tok kind;
};

#define GY_TOKEN_ENTRY(name, spelling) {spelling, Tok::name},
constexpr Spelled kKeywords[] = {GY_KEYWORD_TOKENS(GY_TOKEN_ENTRY)};
constexpr Spelled kOperators[] = {GY_OPERATOR_TOKENS(GY_TOKEN_ENTRY)};
#undef GY_TOKEN_ENTRY

Tok KeywordKind(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return Tok::kName;
  for (const Spelled& k : kKeywords) {
    if (k.text[0] == word[0] && k.text == word) return k.kind;
  }
  return Tok::kName;
}

// String prefixes: any case of r, u, b, br, rb, f, fr, rf.
bool IsStringPrefix(std::string_view p) {
  if (p.empty() || p.size() > 2) return false;
  bool r = false, b = false, f = false, u = false;
  for (char c : p) {
    switch (c | 0x20) {
      case 'r': if (r) return false; r = true; break;
      case 'b': if (b) return false; b = true; break;
      case 'f': if (f) return false; f = true; break;
      case 'u': if (u) return false; u = true; break;
      default: return false;
    }
  }
  if (u) return p.size() == 1;
  return !(b && f);
}

}  // namespace

std::string_view TokName(Tok t) {
  switch (t) {
    case Tok::kEnd: return "end of input";
    case Tok::kNewline: return "NEWLINE";
    case Tok::kIndent: return "INDENT";
    case Tok::kDedent: return "DEDENT";
    case Tok::kName: return "NAME";
    case Tok::kNumber: return "NUMBER";
    case Tok::kString: return "STRING";
    case Tok::kError: return "ERRORTOKEN";
    default: break;
  }
  for (const Spelled& k : kKeywords) {
    if (k.kind == t) return k.text;
  }
  for (const Spelled& k : kOperators) {
    if (k.kind == t) return k.text;
  }
  return "?";
}

std::string SourceLine(std::string_view source, int line) {
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return "";
    start = nl + 1;
  }
  size_t end = source.find('\n', start);
  if (end == std::string_view::npos) end = source.size();
  return std::string(source.substr(start, end - start));
}

Lexer::Lexer(std::string_view source, int first_line, int first_col, bool inside_brackets)
    : src_(source), line_(first_line), col_base_(first_col),
      at_line_start_(!inside_brackets), inside_brackets_base_(inside_brackets) {}

char Lexer::Peek(size_t ahead) const {
  size_t p = pos_ + ahead;
  return p < src_.size() ? src_[p] : '\0';
}

// Moves over n bytes, counting newlines.
void Lexer::Advance(size_t n) {
  for (size_t i = 0; i < n && pos_ < src_.size(); ++i) {
    if (src_[pos_++] == '\n') {
      ++line_;
      line_start_ = pos_;
      col_base_ = 0;
    }
  }
}

Token Lexer::Make(Tok kind, size_t start, int line, int col) {
  Token t;
  t.kind = kind;
  t.line = line;
  t.col = col;
  t.end_line = line_;
  t.end_col = static_cast<int>(pos_ - line_start_) + col_base_;
  t.text = src_.substr(start, pos_ - start);
  if (kind != Tok::kNewline && kind != Tok::kIndent && kind != Tok::kDedent) {
    line_has_tokens_ = true;
  }
  return t;
}

Token Lexer::Fail(SyntaxErrorKind kind, std::string message, int line, int col,
                  int end_col, bool incomplete) {
  SyntaxErrorInfo e;
  e.kind = kind;
  e.message = std::move(message);
  e.line = line;
  e.col = col;
  e.end_col = end_col > col ? end_col : col + 1;
  e.incomplete = incomplete;
  error_ = std::move(e);
  Token t;
  t.kind = Tok::kError;
  t.line = t.end_line = line;
  t.col = col;
  t.end_col = col + 1;
  return t;
}

Token Lexer::Next() {
  if (error_) return Fail(error_->kind, error_->message, error_->line, error_->col,
                          error_->end_col, error_->incomplete);
  if (pending_dedents_ > 0) {
    --pending_dedents_;
    return Make(Tok::kDedent, pos_, line_, static_cast<int>(pos_ - line_start_));
  }
  for (;;) {
    if (at_line_start_) {
      if (std::optional<Token> t = AtLineStart()) return *t;
      if (error_) return Next();
      continue;
    }
    char c = Peek();
    int col = static_cast<int>(pos_ - line_start_) + col_base_;
    size_t start = pos_;
    if (pos_ >= src_.size()) return AtEndOfInput();
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
      Advance();
    } else if (c == '#') {
      while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
    } else if (c == '\n') {
      bool joined = !brackets_.empty() || inside_brackets_base_ || !line_has_tokens_;
      Advance();
      if (joined) {
        if (brackets_.empty() && !inside_brackets_base_) at_line_start_ = true;
        continue;
      }
      at_line_start_ = true;
      line_has_tokens_ = false;
      Token t;
      t.kind = Tok::kNewline;
      t.line = t.end_line = line_ - 1;
      t.col = col;
      t.end_col = col + 1;
      t.text = src_.substr(start, 1);
      return t;
    } else if (c == '\\') {
      if (Peek(1) == '\n') {
        Advance(2);
        if (pos_ >= src_.size()) {
          return Fail(SyntaxErrorKind::kSyntaxError, "unexpected EOF while parsing", line_ - 1,
                      col + 1, col + 2, true);
        }
      } else if (pos_ + 1 >= src_.size()) {
        return Fail(SyntaxErrorKind::kSyntaxError, "unexpected EOF while parsing", line_,
                    col + 1, col + 2, true);
      } else {
        return Fail(SyntaxErrorKind::kSyntaxError,
                    "unexpected character after line continuation character", line_,
                    col + 1, col + 2);
      }
    } else if (IsIdentStart(c)) {
      return LexName(start);
    } else if (IsDec(c) || (c == '.' && IsDec(Peek(1)))) {
      return LexNumber(start);
    } else if (c == '"' || c == '\'') {
      return LexString(start, start);
    } else {
      return LexOperator(start);
    }
  }
}

// Measures indentation at the start of a physical line. Returns a token
// (INDENT/DEDENT/error) or nothing when lexing should simply continue.
std::optional<Token> Lexer::AtLineStart() {
  int col = 0, altcol = 0;
  size_t start = pos_;
  for (;; ++pos_) {
    char c = Peek();
    if (c == ' ') {
      ++col, ++altcol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else {
      break;
    }
  }
  char c = Peek();
  if (c == '#' || c == '\n' || c == '\r' || pos_ >= src_.size()) {
    // Blank or comment-only line: no tokens, no indentation change.
    while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
    if (pos_ >= src_.size()) {
      at_line_start_ = false;
      return std::nullopt;
    }
    Advance();
    return std::nullopt;
  }
  at_line_start_ = false;
  return HandleIndent(col, altcol, start);
}

std::optional<Token> Lexer::HandleIndent(int col, int altcol, size_t start) {
  int cur_col = static_cast<int>(pos_ - line_start_);
  auto tab_error = [&] {
    return Fail(SyntaxErrorKind::kTabError, "inconsistent use of tabs and spaces in indentation",
                line_, cur_col, cur_col + 1);
  };
  if (col == indents_.back()) {
    if (altcol != alt_indents_.back()) return tab_error();
    return std::nullopt;
  }
  if (col > indents_.back()) {
    if (altcol <= alt_indents_.back()) return tab_error();
    if (static_cast<int>(indents_.size()) > kMaxIndentLevels) {
      return Fail(SyntaxErrorKind::kIndentationError, "too many levels of indentation", line_,
                  cur_col, cur_col + 1);
    }
    indents_.push_back(col);
    alt_indents_.push_back(altcol);
    // CPython reports "unexpected indent" one byte before the first token.
    return Make(Tok::kIndent, start, line_, cur_col > 0 ? cur_col - 1 : 0);
  }
  int dedents = 0;
  while (indents_.size() > 1 && col < indents_.back()) {
    indents_.pop_back();
    alt_indents_.pop_back();
    ++dedents;
  }
  if (col != indents_.back()) {
    // CPython reports this error at the end of the offending line.
    size_t eol = src_.find('\n', pos_);
    int end = static_cast<int>((eol == std::string_view::npos ? src_.size() : eol) - line_start_);
    return Fail(SyntaxErrorKind::kIndentationError,
                "unindent does not match any outer indentation level", line_, end, end + 1);
  }
  if (altcol != alt_indents_.back()) return tab_error();
  pending_dedents_ = dedents - 1;
  return Make(Tok::kDedent, pos_, line_, cur_col);
}

Token Lexer::AtEndOfInput() {
  int col = static_cast<int>(pos_ - line_start_) + col_base_;
  if (!brackets_.empty()) {
    const Bracket& b = brackets_.back();
    return Fail(SyntaxErrorKind::kSyntaxError, std::string("'") + b.ch + "' was never closed",
                b.line, b.col, b.col + 1, true);
  }
  if (line_has_tokens_ && !inside_brackets_base_) {
    line_has_tokens_ = false;
    Token t = Make(Tok::kNewline, pos_, line_, col);
    line_has_tokens_ = false;
    return t;
  }
  if (indents_.size() > 1) {
    indents_.pop_back();
    alt_indents_.pop_back();
    return Make(Tok::kDedent, pos_, line_, col);
  }
  return Make(Tok::kEnd, pos_, line_, col);
}

Token Lexer::LexName(size_t start) {
  int col = static_cast<int>(pos_ - line_start_) + col_base_;
  while (pos_ < src_.size() && IsIdentChar(src_[pos_])) ++pos_;
  std::string_view word = src_.substr(start, pos_ - start);
  char c = Peek();
  if ((c == '"' || c == '\'') && IsStringPrefix(word)) return LexString(start, pos_);
  return Make(KeywordKind(word), start, line_, col);
}

// Consumes digit ('_'? digit)* ; false (with error_ set) on a misplaced '_'.
bool Lexer::SkipDigits(bool (*is_digit)(char), size_t start, const char* kind_name) {
  while (pos_ < src_.size()) {
    if (is_digit(src_[pos_])) {
      ++pos_;
    } else if (src_[pos_] == '_' && pos_ > start && is_digit(src_[pos_ - 1]) &&
               is_digit(Peek(1))) {
      ++pos_;
    } else {
      break;
    }
  }
  if (Peek() == '_') {
    int col = static_cast<int>(pos_ - line_start_) + col_base_;
    Fail(SyntaxErrorKind::kSyntaxError, std::string("invalid ") + kind_name + " literal", line_,
         col, col + 1);
    return false;
  }
  return true;
}

// A number must not run into an identifier ("1abc"), except for the keywords
// CPython tolerates there ("1if x else 2").
bool Lexer::FinishNumber(size_t start, const char* kind_name) {
  if (!IsIdentChar(Peek())) return true;
  static constexpr std::string_view kAllowed[] = {"and", "else", "for", "if",
                                                  "in",  "is",   "not", "or"};
  std::string_view rest = src_.substr(pos_);
  for (std::string_view kw : kAllowed) {
    if (rest.substr(0, kw.size()) == kw) return true;
  }
  int col = static_cast<int>(pos_ - line_start_) + col_base_;
  Fail(SyntaxErrorKind::kSyntaxError, std::string("invalid ") + kind_name + " literal", line_,
       col, col + 1);
  return false;
}

Token Lexer::LexNumber(size_t start) {
  int col = static_cast<int>(pos_ - line_start_) + col_base_;
  auto fail_token = [&] { return Next(); };  // error_ is set: returns kError
  char c1 = Peek(1) | 0x20;
  if (Peek() == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
    bool (*is_digit)(char) = c1 == 'x' ? IsHex : c1 == 'o' ? IsOct : IsBin;
    const char* kind_name = c1 == 'x' ? "hexadecimal" : c1 == 'o' ? "octal" : "binary";
    pos_ += 2;
    if (Peek() == '_') ++pos_;
    int here = static_cast<int>(pos_ - line_start_) + col_base_;
    if (!is_digit(Peek())) {
      if (IsDec(Peek())) {
        Fail(SyntaxErrorKind::kSyntaxError,
             std::string("invalid digit '") + Peek() + "' in " + kind_name + " literal", line_,
             here, here + 1);
      } else {
        Fail(SyntaxErrorKind::kSyntaxError, std::string("invalid ") + kind_name + " literal",
             line_, here, here + 1);
      }
      return fail_token();
    }
    if (!SkipDigits(is_digit, pos_, kind_name)) return fail_token();
    if (IsDec(Peek())) {
      int here2 = static_cast<int>(pos_ - line_start_) + col_base_;
      Fail(SyntaxErrorKind::kSyntaxError,
           std::string("invalid digit '") + Peek() + "' in " + kind_name + " literal", line_,
           here2, here2 + 1);
      return fail_token();
    }
    if (!FinishNumber(start, kind_name)) return fail_token();
    return Make(Tok::kNumber, start, line_, col);
  }
  bool is_float = false;
  if (Peek() != '.') {
    if (!SkipDigits(IsDec, pos_, "decimal")) return fail_token();
  }
  std::string_view int_part = src_.substr(start, pos_ - start);
  if (Peek() == '.') {
    is_float = true;
    ++pos_;
    if (IsDec(Peek()) && !SkipDigits(IsDec, pos_, "decimal")) return fail_token();
  }
  if ((Peek() | 0x20) == 'e') {
    size_t save = pos_;
    ++pos_;
    if (Peek() == '+' || Peek() == '-') ++pos_;
    if (!IsDec(Peek())) {
      pos_ = save;
      if (src_.substr(pos_, 4) != "else") {
        Fail(SyntaxErrorKind::kSyntaxError, "invalid decimal literal", line_, col, col + 1);
        return fail_token();
      }
    } else {
      is_float = true;
      if (!SkipDigits(IsDec, pos_, "decimal")) return fail_token();
    }
  }
  if ((Peek() | 0x20) == 'j') {
    ++pos_;
    is_float = true;
  }
  if (!is_float && int_part.size() > 1 && int_part[0] == '0' &&
      int_part.find_first_not_of("0_") != std::string_view::npos) {
    Fail(SyntaxErrorKind::kSyntaxError,
         "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
         "octal integers",
         line_, col, col + static_cast<int>(int_part.size()));
    return fail_token();
  }
  if (!FinishNumber(start, "decimal")) return fail_token();
  return Make(Tok::kNumber, start, line_, col);
}

// `start` is the first byte of the prefix, `quote` the opening quote.
Token Lexer::LexString(size_t start, size_t quote) {
  int line = line_;
  int col = static_cast<int>(start - line_start_) + col_base_;
  char q = src_[quote];
  bool triple = quote + 2 < src_.size() && src_[quote + 1] == q && src_[quote + 2] == q;
  size_t qlen = triple ? 3 : 1;
  pos_ = quote + qlen;
  for (;;) {
    if (pos_ >= src_.size() || (!triple && src_[pos_] == '\n')) {
      int detected = line_;
      if (pos_ >= src_.size() && pos_ > 0 && src_[pos_ - 1] == '\n' && detected > line) {
        --detected;
      }
      bool after_backslash_newline =
          !triple && pos_ >= src_.size() && pos_ >= 2 && src_[pos_ - 1] == '\n' &&
          src_[pos_ - 2] == '\\';
      std::string what = triple ? "unterminated triple-quoted string literal"
                                : "unterminated string literal";
      return Fail(SyntaxErrorKind::kSyntaxError,
                  what + " (detected at line " + std::to_string(detected) + ")", line, col,
                  col + 1, triple || after_backslash_newline);
    }
    char c = src_[pos_];
    if (c == '\\') {
      Advance(pos_ + 1 < src_.size() ? 2 : 1);
      continue;
    }
    if (c == q && (!triple || (Peek(1) == q && Peek(2) == q))) {
      pos_ += qlen;
      break;
    }
    Advance();
  }
  Token t = Make(Tok::kString, start, line, col);
  std::string_view prefix = src_.substr(start, quote - start);
  bool is_bytes = prefix.find_first_of("bB") != std::string_view::npos;
  if (is_bytes) {
    for (char c : t.text) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        int end = t.end_line == line ? t.end_col : col + 1;
        Fail(SyntaxErrorKind::kSyntaxError, "bytes can only contain ASCII literal characters",
             line, col, end);
        return Next();
      }
    }
  }
  return t;
}

Token Lexer::LexOperator(size_t start) {
  int col = static_cast<int>(pos_ - line_start_) + col_base_;
  Tok best = Tok::kError;
  size_t best_len = 0;
  char c = src_[pos_];
  for (const Spelled& op : kOperators) {
    if (op.text[0] == c && op.text.size() > best_len &&
        src_.substr(pos_, op.text.size()) == op.text) {
      best = op.kind;
      best_len = op.text.size();
    }
  }
  if (best == Tok::kError) {
    ++pos_;
    return Make(Tok::kError, start, line_, col);
  }
  pos_ += best_len;
  switch (best) {
    case Tok::kLParen: case Tok::kLBracket: case Tok::kLBrace:
      if (static_cast<int>(brackets_.size()) >= kMaxBracketDepth) {
        return Fail(SyntaxErrorKind::kSyntaxError, "too many nested parentheses", line_, col,
                    col + 1);
      }
      brackets_.push_back({src_[start], line_, col});
      break;
    case Tok::kRParen: case Tok::kRBracket: case Tok::kRBrace:
      return CloseBracket(best, start);
    default:
      break;
  }
  return Make(best, start, line_, col);
}

Token Lexer::CloseBracket(Tok kind, size_t start) {
  int col = static_cast<int>(start - line_start_) + col_base_;
  char c = src_[start];
  if (brackets_.empty()) {
    if (inside_brackets_base_) return Make(Tok::kError, start, line_, col);
    return Fail(SyntaxErrorKind::kSyntaxError, std::string("unmatched '") + c + "'", line_, col,
                col + 1);
  }
  Bracket open = brackets_.back();
  char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
  if (c != want) {
    std::string msg = std::string("closing parenthesis '") + c +
                      "' does not match opening parenthesis '" + open.ch + "'";
    if (open.line != line_) msg += " on line " + std::to_string(open.line);
    return Fail(SyntaxErrorKind::kSyntaxError, msg, line_, col, col + 1);
  }
  brackets_.pop_back();
  return Make(kind, start, line_, col);
}

}  // namespace gilectomy::rt
