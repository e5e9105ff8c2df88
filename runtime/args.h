// Argument parsing for native functions (vectorcall convention: positional
// values, then one value per keyword name in kwnames).
#pragma once

#include <initializer_list>

#include "runtime/object.h"

namespace gilectomy::rt {

// Binds args to `names` (in order) into out[0..names.size()): positional
// first, then keywords by name. A name of nullptr or starting with '$'
// (written "$x") is positional-only. Slots not given are left null.
// Raises CPython-style TypeErrors: "f() takes at most 2 arguments (3 given)",
// "f() missing required argument 'x' (pos 1)", "'y' is an invalid keyword
// argument for f()", "argument for f() given by name ('x') and position (1)".
bool ParseArgs(const char* fname, const Value* args, size_t nargs, Value kwnames,
               std::initializer_list<const char*> names, size_t required, Value* out);
// TypeError "f() takes no keyword arguments" when kwnames is non-empty.
bool NoKeywords(const char* fname, Value kwnames);
// Checks min <= nargs <= max with CPython's messages for builtins:
// "f expected at least 1 argument, got 0", "f expected at most 2 arguments, got 3",
// "f() takes exactly one argument (0 given)", "f() takes no arguments (1 given)".
bool CheckArgCount(const char* fname, size_t nargs, size_t min, size_t max);

}  // namespace gilectomy::rt
