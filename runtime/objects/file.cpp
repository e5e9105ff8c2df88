// Minimal text streams over a C FILE*: sys.stdin, sys.stdout, sys.stderr.
//
// Buffering is C stdio's: stdout is line-buffered on a terminal and fully
// buffered otherwise, stderr is unbuffered, as CPython's defaults. Anything
// that must appear in order across the two streams (tracebacks) flushes
// stdout first; the traceback printer does that itself.
//
// Text is UTF-8 both ways. Input that is not valid UTF-8 raises
// UnicodeDecodeError, as CPython's strict stdin decoder does.
#include "runtime/objects/file.h"

#include "runtime/signals.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"

namespace gilectomy::rt {

TypeObject TextFileType;

namespace {

TextFileObject* File(Value self) { return static_cast<TextFileObject*>(self.obj()); }

bool CheckWritable(TextFileObject* f) {
  if (f->writable) return true;
  SetError(OSErrorType(), "not writable");
  return false;
}

bool CheckReadable(TextFileObject* f) {
  if (f->readable) return true;
  SetError(OSErrorType(), "not readable");
  return false;
}

// Offset of the first byte that does not start a valid UTF-8 sequence, or npos.
size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n;
    uint32_t min;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xe0) == 0xc0) {
      n = 2, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
      n = 3, min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
      n = 4, min = 0x10000;
    } else {
      return i;
    }
    if (i + n > s.size()) return i;
    uint32_t cp = c & (0x7f >> n);
    for (size_t k = 1; k < n; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xc0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n;
  }
  return std::string_view::npos;
}

Ref DecodeInput(const std::string& bytes) {
  size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos) {
    return SetErrorFmt(UnicodeDecodeErrorType(),
                       "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                       static_cast<unsigned char>(bytes[bad]), bad);
  }
  return StrFromUtf8(bytes);
}

// Reads one line including its '\n' ('' at end of input).
Ref ReadLine(TextFileObject* f) {
  std::string line;
  int c;
  while ((c = std::getc(f->fp)) != EOF) {
    line.push_back(static_cast<char>(c));
    if (c == '\n') break;
  }
  if (c == EOF) {
    bool failed = std::ferror(f->fp) != 0;
    std::clearerr(f->fp);  // a later read may see more (a terminal after ^D)
    // Ctrl-C during the read: raise KeyboardInterrupt, not a short line.
    if (failed && TakePendingInterrupt()) {
      return SetErrorObject(Value::FromObject(KeyboardInterruptType()));
    }
  }
  return DecodeInput(line);
}

// --- methods -----------------------------------------------------------------

Ref FileWrite(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("write", kwnames) || !CheckArgCount("write", nargs, 1, 1)) return Ref();
  TextFileObject* f = File(self);
  if (!CheckWritable(f)) return Ref();
  if (!IsStr(args[0])) {
    return SetErrorFmt(TypeErrorType(), "write() argument must be str, not {}", TypeName(args[0]));
  }
  auto* s = As<StrObject>(args[0]);
  if (s->size > 0) std::fwrite(s->data, 1, static_cast<size_t>(s->size), f->fp);
  return IntFromInt64(s->length);
}

Ref FileFlush(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("flush", kwnames) || !CheckArgCount("flush", nargs, 0, 0)) return Ref();
  std::fflush(File(self)->fp);
  return Ref::New(None());
}

Ref FileReadline(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("readline", kwnames) || !CheckArgCount("readline", nargs, 0, 1)) return Ref();
  TextFileObject* f = File(self);
  if (!CheckReadable(f)) return Ref();
  return ReadLine(f);
}

Ref FileRead(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("read", kwnames) || !CheckArgCount("read", nargs, 0, 1)) return Ref();
  TextFileObject* f = File(self);
  if (!CheckReadable(f)) return Ref();
  std::string data;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f->fp)) > 0) data.append(buf, n);
  std::clearerr(f->fp);
  return DecodeInput(data);
}

Ref FileFileno(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("fileno", kwnames) || !CheckArgCount("fileno", nargs, 0, 0)) return Ref();
  return IntFromInt64(fileno(File(self)->fp));
}

Ref FileIsatty(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("isatty", kwnames) || !CheckArgCount("isatty", nargs, 0, 0)) return Ref();
  return Ref::New(Bool(isatty(fileno(File(self)->fp)) != 0));
}

Ref FileWritable(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("writable", kwnames) || !CheckArgCount("writable", nargs, 0, 0)) return Ref();
  return Ref::New(Bool(File(self)->writable));
}

Ref FileReadable(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("readable", kwnames) || !CheckArgCount("readable", nargs, 0, 0)) return Ref();
  return Ref::New(Bool(File(self)->readable));
}

// The standard streams are never really closed (CPython keeps the fds open too).
Ref FileClose(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("close", kwnames) || !CheckArgCount("close", nargs, 0, 0)) return Ref();
  std::fflush(File(self)->fp);
  return Ref::New(None());
}

Ref FileEnter(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("__enter__", kwnames) || !CheckArgCount("__enter__", nargs, 0, 0)) return Ref();
  return Ref::New(self);
}

Ref FileExit(Value self, const Value*, size_t, Value) {
  std::fflush(File(self)->fp);
  return Ref::New(None());
}

const MethodDef kFileMethods[] = {
    {"write", FileWrite},       {"flush", FileFlush},       {"readline", FileReadline},
    {"read", FileRead},         {"fileno", FileFileno},     {"isatty", FileIsatty},
    {"writable", FileWritable}, {"readable", FileReadable}, {"close", FileClose},
    {"__enter__", FileEnter},   {"__exit__", FileExit},     {nullptr, nullptr},
};

// --- attributes --------------------------------------------------------------

Ref FileGetName(Value self) { return Ref::New(Value::FromObject(File(self)->name)); }
Ref FileGetEncoding(Value) { return StrFromAscii("utf-8"); }
Ref FileGetErrors(Value self) {
  return StrFromAscii(File(self)->fp == stderr ? "backslashreplace" : "strict");
}
Ref FileGetMode(Value self) { return StrFromAscii(File(self)->readable ? "r" : "w"); }
Ref FileGetClosed(Value) { return Ref::New(False()); }

const GetSetDef kFileGetSets[] = {
    {"name", FileGetName},     {"encoding", FileGetEncoding}, {"errors", FileGetErrors},
    {"mode", FileGetMode},     {"closed", FileGetClosed},     {nullptr, nullptr},
};

// --- slots -------------------------------------------------------------------

Ref FileRepr(Value self) {
  TextFileObject* f = File(self);
  std::string name = StrReprText(StrView(Value::FromObject(f->name)));
  return StrFromUtf8(fmt::format("<_io.TextIOWrapper name={} mode='{}' encoding='utf-8'>", name,
                                 f->readable ? "r" : "w"));
}

// Iteration yields lines until readline returns ''.
Ref FileNext(Value self) {
  TextFileObject* f = File(self);
  if (!CheckReadable(f)) return Ref();
  Ref line = ReadLine(f);
  if (!line || As<StrObject>(line.get())->size == 0) return Ref();
  return line;
}

void FileDealloc(gc::Header* h) {
  auto* f = static_cast<TextFileObject*>(h);
  if (f->name) gc::Decref(f->name);
  FreeObject(h);
}

}  // namespace

Ref NewTextFile(FILE* fp, const char* name, bool readable, bool writable) {
  Ref n = StrFromUtf8(name);
  if (!n) return Ref();
  Object* o = AllocObject(&TextFileType, sizeof(TextFileObject));
  if (o == nullptr) return Ref();
  auto* f = static_cast<TextFileObject*>(o);
  f->fp = fp;
  f->name = n.release().obj();
  f->readable = readable;
  f->writable = writable;
  return Ref::Steal(o);
}

void InitFileType() {
  TextFileType.name = "_io.TextIOWrapper";
  TextFileType.basic_size = sizeof(TextFileObject);
  TextFileType.hooks.dealloc = FileDealloc;
  TextFileType.repr = FileRepr;
  TextFileType.iter = detail::SelfIter;
  TextFileType.next = FileNext;
  TextFileType.methods = kFileMethods;
  TextFileType.getsets = kFileGetSets;
  InitStaticType(&TextFileType);
}

}  // namespace gilectomy::rt
