// The symbol table: which names each scope binds, and how every name used
// in a scope is reached (fast local, cell, free variable, global, or the
// dynamic name lookup of module and class bodies).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "runtime/ast.h"
#include "runtime/parser.h"

namespace gilectomy::rt {

enum class ScopeKind : uint8_t { kModule, kFunction, kClass, kLambda, kComprehension };

enum class NameKind : uint8_t {
  kLocal,          // fast local slot (functions)
  kCell,           // fast local that inner functions capture
  kFree,           // captured from an enclosing function
  kGlobalExplicit, // `global x`
  kGlobalImplicit, // not bound anywhere enclosing: globals, then builtins
  kName,           // module/class body: dict lookup (LOAD_NAME)
};

struct Scope {
  ScopeKind kind;
  std::string name;
  const void* node = nullptr;  // the ast::Stmt / ast::Expr that opened the scope
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  std::vector<std::string> params;   // in slot order
  std::set<std::string> bound;       // assigned, imported, def/class names, params
  std::set<std::string> used;        // loaded
  std::set<std::string> globals;     // declared global
  std::set<std::string> nonlocals;   // declared nonlocal
  std::map<std::string, NameKind> kinds;  // filled by analysis
  std::vector<std::string> cellvars;      // sorted
  std::vector<std::string> freevars;      // sorted
  bool has_vararg = false, has_kwarg = false;
  bool is_generator = false;  // the body contains yield (or: a generator expression)

  NameKind Resolve(const std::string& n) const;
};

struct SymbolTable {
  std::unique_ptr<Scope> top;
  std::map<const void*, Scope*> by_node;
};

// Builds and analyses the table. On error (e.g. nonlocal without binding)
// returns false with `error` filled.
bool BuildSymbolTable(const ast::Module& module, SymbolTable* table, SyntaxErrorInfo* error);

}  // namespace gilectomy::rt
