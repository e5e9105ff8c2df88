// Minimal text streams for sys.stdin/stdout/stderr: a FILE* with write,
// flush, readline, fileno, isatty. (The io module comes later.)
#pragma once

#include <cstdio>

#include "runtime/object.h"

namespace gilectomy::rt {

extern TypeObject TextFileType;

struct TextFileObject : Object {
  FILE* fp;        // not owned: stdin/stdout/stderr
  Object* name;    // str (owned): "<stdout>"
  bool readable;
  bool writable;
  static bool IsType(TypeObject* t) { return t == &TextFileType; }
};

Ref NewTextFile(FILE* fp, const char* name, bool readable, bool writable);
void InitFileType();  // called by the runtime's start-up

}  // namespace gilectomy::rt
