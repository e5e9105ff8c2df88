// Python exceptions as values: a failing operation sets the current thread's
// exception and returns an empty Ref / -1. Exceptions never travel as C++
// exceptions (DESIGN.md "Values and objects").
//
//   if (!ok) return SetError(TypeErrorType(), "...");   // Ref(), -1 or int64_t -1
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "runtime/object.h"

namespace gilectomy::rt {

// The builtin exception types: BaseExceptionType(), TypeErrorType(), ...
#define GY_EXCEPTION(cpp, pyname, base) TypeObject* cpp##Type();
#include "runtime/exceptions.def"
#undef GY_EXCEPTION

// What an error path returns: converts to an empty Ref, or -1.
struct ErrorTag {
  operator Ref() const { return Ref(); }
  operator int() const { return -1; }
  operator long() const { return -1; }
  operator long long() const { return -1; }
};

// Raises type(msg).
ErrorTag SetError(TypeObject* type, std::string_view msg);
template <typename... Args>
ErrorTag SetErrorFmt(TypeObject* type, fmt::format_string<Args...> f, Args&&... args) {
  return SetError(type, fmt::format(f, std::forward<Args>(args)...));
}
// Raises an exception instance, or a type (instantiated with no arguments).
ErrorTag SetErrorObject(Value exc);
// Raises type(arg) with a single arbitrary argument (KeyError(key), StopIteration(value)).
ErrorTag SetErrorWithArg(TypeObject* type, Value arg);
ErrorTag NoMemory();
// The OSError subclass for errno `err` (FileNotFoundError for ENOENT, ...)
// with CPython's message "[Errno 2] No such file or directory: 'path'"
// (no path part when path.data() is null).
ErrorTag SetErrnoError(int err, std::string_view path);

bool ErrorOccurred();
// True if the pending exception is an instance of `type` (or a subclass).
bool ErrorMatches(TypeObject* type);
// Takes the pending exception (an instance), leaving none.
Ref FetchError();
// Makes `exc` (an instance, or null to clear) the pending exception.
void RestoreError(Ref exc);
void ClearError();

// Exception objects (runtime/objects/exceptions.cpp).
struct BaseExceptionObject : Object {
  Object* args;        // tuple (owned)
  Object* traceback;   // TracebackObject or null (owned)
  Object* context;     // __context__ or null (owned)
  Object* cause;       // __cause__ or null (owned)
  bool suppress_context;
  Object* dict;        // instance __dict__ or null (owned); subclasses' attributes
  static bool IsType(TypeObject* t);
};

// Creates an exception instance of `type` with the given args.
Ref NewException(TypeObject* type, const Value* args, size_t nargs);
// str(exc) as CPython prints it after "TypeName: ".
Ref ExceptionStr(Value exc);

}  // namespace gilectomy::rt

namespace gilectomy::rt {

// One traceback entry; `next` points toward the frame where the exception was raised.
struct TracebackObject : Object {
  Object* next;      // TracebackObject or null (owned)
  Object* filename;  // str (owned)
  Object* name;      // function name, str (owned)
  int line;
  static bool IsType(TypeObject* t);
};
extern TypeObject TracebackType;
inline bool TracebackObject::IsType(TypeObject* t) { return t == &TracebackType; }
// Prepends an entry for a frame the exception is passing through.
void AddTraceback(Value exc, Value filename, Value name, int line);

}  // namespace gilectomy::rt
