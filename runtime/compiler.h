// Compiler: AST -> code objects. Entry points: Compile (source text) and
// CompileModule (an already parsed module, used by the REPL).
//
// Two passes per module: the symbol table (runtime/symtable.h) decides for
// every name in every scope whether it is local, global, free or a cell;
// then code generation walks the AST, emitting instructions, line numbers
// and exception-table entries.
#pragma once

#include <string>
#include <string_view>

#include "runtime/ast.h"
#include "runtime/parser.h"
#include "runtime/value.h"

namespace gilectomy::rt {

// Parses and compiles; on a syntax error raises SyntaxError (with filename,
// lineno, offset, text set) and returns an empty Ref.
Ref Compile(std::string_view source, std::string_view filename, ast::Mode mode);
Ref CompileModule(const ast::Module& module, std::string_view filename);
// Raises the Python SyntaxError/IndentationError/TabError for `info`.
void RaiseSyntaxError(const SyntaxErrorInfo& info, std::string_view filename);

}  // namespace gilectomy::rt
