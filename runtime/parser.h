// Parser: source text -> ast::Module. Entry point: Parse().
//
// The lexer (runtime/lexer.h) turns UTF-8 source into tokens, including
// INDENT/DEDENT/NEWLINE; the parser is a hand-written recursive-descent parser
// with CPython's operator precedence. Errors never escape as C++ exceptions:
// Parse() returns them as a SyntaxErrorInfo, which the runtime turns into a
// Python SyntaxError/IndentationError/TabError.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/ast.h"

namespace gilectomy::rt {

enum class SyntaxErrorKind : uint8_t { kSyntaxError, kIndentationError, kTabError };

struct SyntaxErrorInfo {
  SyntaxErrorKind kind = SyntaxErrorKind::kSyntaxError;
  std::string message;  // CPython's wording where possible ("invalid syntax", "'(' was never closed", ...)
  int line = 0;         // 1-based
  int col = 0;          // 0-based byte offset of the caret in `text`
  int end_col = 0;      // one past the last byte to underline (>= col + 1)
  std::string text;     // the source line (without its newline)
  // True when the input ended inside an unfinished construct (open bracket,
  // a block header with no body yet, an unterminated triple-quoted string,
  // a trailing backslash). The REPL uses it to print "... " and read more.
  bool incomplete = false;
};

struct ParseResult {
  std::unique_ptr<ast::Module> module;   // null on error
  std::optional<SyntaxErrorInfo> error;  // set on error
};

ParseResult Parse(std::string_view source, std::string_view filename, ast::Mode mode);

}  // namespace gilectomy::rt
