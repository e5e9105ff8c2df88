// Argument parsing for native functions.
#include "runtime/args.h"

#include <cstring>

#include "runtime/errors.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {
const char* Plural(size_t n) { return n == 1 ? "" : "s"; }
bool PositionalOnly(const char* name) { return name == nullptr || name[0] == '$'; }
}  // namespace

bool NoKeywords(const char* fname, Value kwnames) {
  if (kwnames && TupleSize(kwnames) != 0) {
    SetErrorFmt(TypeErrorType(), "{}() takes no keyword arguments", fname);
    return false;
  }
  return true;
}

bool CheckArgCount(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    if (min == 0) {
      SetErrorFmt(TypeErrorType(), "{}() takes no arguments ({} given)", fname, nargs);
    } else if (min == 1) {
      SetErrorFmt(TypeErrorType(), "{}() takes exactly one argument ({} given)", fname, nargs);
    } else {
      SetErrorFmt(TypeErrorType(), "{} expected {} argument{}, got {}", fname, min, Plural(min), nargs);
    }
  } else if (nargs < min) {
    SetErrorFmt(TypeErrorType(), "{} expected at least {} argument{}, got {}", fname, min,
                Plural(min), nargs);
  } else {
    SetErrorFmt(TypeErrorType(), "{} expected at most {} argument{}, got {}", fname, max,
                Plural(max), nargs);
  }
  return false;
}

bool ParseArgs(const char* fname, const Value* args, size_t nargs, Value kwnames,
               std::initializer_list<const char*> names, size_t required, Value* out) {
  size_t n = names.size();
  size_t nkw = kwnames ? static_cast<size_t>(TupleSize(kwnames)) : 0;
  if (nargs > n) {
    SetErrorFmt(TypeErrorType(), "{}() takes at most {} argument{} ({} given)", fname, n,
                Plural(n), nargs + nkw);
    return false;
  }
  for (size_t i = 0; i < n; ++i) out[i] = i < nargs ? args[i] : Value();
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kw = StrView(TupleItem(kwnames, k));
    size_t i = 0;
    for (const char* name : names) {
      if (!PositionalOnly(name) && kw == name) break;
      ++i;
    }
    if (i == n) {
      SetErrorFmt(TypeErrorType(), "'{}' is an invalid keyword argument for {}()", kw, fname);
      return false;
    }
    if (out[i]) {
      SetErrorFmt(TypeErrorType(), "argument for {}() given by name ('{}') and position ({})",
                  fname, kw, i + 1);
      return false;
    }
    out[i] = args[nargs + k];
  }
  size_t i = 0;
  for (const char* name : names) {
    if (i >= required) break;
    if (!out[i]) {
      if (PositionalOnly(name)) {
        SetErrorFmt(TypeErrorType(), "{}() takes at least {} positional argument{} ({} given)",
                    fname, required, Plural(required), nargs);
      } else {
        SetErrorFmt(TypeErrorType(), "{}() missing required argument '{}' (pos {})", fname, name,
                    i + 1);
      }
      return false;
    }
    ++i;
  }
  return true;
}

}  // namespace gilectomy::rt
