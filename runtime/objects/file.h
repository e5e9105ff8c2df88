// File objects over a C FILE*: sys.stdin/stdout/stderr (not owned) and the
// files builtins.open() returns (owned; text or binary).
#pragma once

#include <cstdio>

#include "runtime/object.h"

namespace gilectomy::rt {

extern TypeObject TextFileType;

struct TextFileObject : Object {
  FILE* fp;        // owned when `owned` (open()); stdin/stdout/stderr are not
  Object* name;    // str (owned): "<stdout>" or the path given to open()
  bool readable;
  bool writable;
  bool owned;      // close() closes fp
  bool binary;     // read() returns bytes, write() takes bytes
  bool closed;
  char mode[8];    // as given to open(): "r", "wb", "a+"...
  static bool IsType(TypeObject* t) { return t == &TextFileType; }
};

Ref NewTextFile(FILE* fp, const char* name, bool readable, bool writable);
void InitFileType();  // called by the runtime's start-up
// builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)
Ref BuiltinOpen(Value self, const Value* args, size_t nargs, Value kwnames);

}  // namespace gilectomy::rt
