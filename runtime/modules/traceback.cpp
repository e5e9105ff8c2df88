// The _traceback module: the interpreter's own traceback formatting, for the
// traceback module written in Python (runtime/lib/traceback.py), so that
// traceback.format_exc() prints exactly what an uncaught exception prints.
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/modules/native_modules.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt {

namespace {

Ref ListOfStrings(const std::vector<std::string>& lines) {
  Ref list = NewList(static_cast<int64_t>(lines.size()));
  if (!list) return Ref();
  for (const std::string& line : lines) {
    Ref s = StrFromUtf8(line);
    if (!s || ListAppend(list.get(), s.get()) < 0) return Ref();
  }
  return list;
}

// format_exception(exc, chain=True) -> list of str
Ref TbFormatException(Value, const Value* args, size_t nargs, Value kwnames) {
  Value out[2];
  if (!ParseArgs("format_exception", args, nargs, kwnames, {"exc", "chain"}, 1, out)) {
    return Ref();
  }
  Value exc = out[0], chain = out[1];
  int do_chain = 1;
  if (chain) {
    do_chain = IsTrue(chain);
    if (do_chain < 0) return Ref();
  }
  return ListOfStrings(FormatExceptionLines(CurrentThread()->runtime, exc, do_chain != 0));
}

// format_tb(tb) -> list of str, one per frame (None gives []).
Ref TbFormatTb(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("format_tb", kwnames) || !CheckArgCount("format_tb", nargs, 1, 1)) return Ref();
  if (IsNone(args[0])) return NewList();
  if (!Is<TracebackObject>(args[0])) {
    return SetErrorFmt(TypeErrorType(), "expected a traceback, not {}", TypeName(args[0]));
  }
  return ListOfStrings(FormatTracebackLines(CurrentThread()->runtime, args[0]));
}

// tb_entries(tb) -> list of (filename, lineno, name, source line) tuples.
Ref TbEntries(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("tb_entries", kwnames) || !CheckArgCount("tb_entries", nargs, 1, 1)) return Ref();
  Ref list = NewList();
  if (!list) return Ref();
  Runtime* rt = CurrentThread()->runtime;
  Value tb = args[0];
  while (tb && Is<TracebackObject>(tb)) {
    auto* t = static_cast<TracebackObject*>(tb.obj());
    Value filename = Value::FromObject(t->filename);
    std::string src = rt->SourceLine(std::string(StrView(filename)), t->line);
    size_t a = src.find_first_not_of(" \t\f\r");
    size_t b = src.find_last_not_of(" \t\f\r\n");
    src = a == std::string::npos ? "" : src.substr(a, b - a + 1);
    Ref line = StrFromUtf8(src);
    if (!line) return Ref();
    Ref entry = MakeTuple({filename, Value::SmallInt(t->line), Value::FromObject(t->name), line.get()});
    if (!entry || ListAppend(list.get(), entry.get()) < 0) return Ref();
    tb = t->next ? Value::FromObject(t->next) : Value();
  }
  return list;
}

const MethodDef kTracebackMethods[] = {
    {"format_exception", TbFormatException},
    {"format_tb", TbFormatTb},
    {"tb_entries", TbEntries},
    {nullptr, nullptr}};

}  // namespace

Ref CreateTracebackNativeModule() {
  Ref mod = NewModule("_traceback");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kTracebackMethods);
  return mod;
}

}  // namespace gilectomy::rt
