// File objects over a C FILE*: sys.stdin, sys.stdout, sys.stderr, and the
// text and binary files builtins.open() returns.
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

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <cstdlib>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"

namespace gilectomy::rt {

TypeObject TextFileType;

namespace {

TextFileObject* File(Value self) { return static_cast<TextFileObject*>(self.obj()); }

bool CheckOpen(TextFileObject* f) {
  if (!f->closed) return true;
  SetError(ValueErrorType(), "I/O operation on closed file.");
  return false;
}

bool CheckWritable(TextFileObject* f) {
  if (!CheckOpen(f)) return false;
  if (f->writable) return true;
  SetError(OSErrorType(), "not writable");
  return false;
}

bool CheckReadable(TextFileObject* f) {
  if (!CheckOpen(f)) return false;
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

Ref DecodeInput(const std::string& bytes);
// A binary file's data as bytes, a text file's as str.
Ref FromFile(TextFileObject* f, const std::string& data) {
  return f->binary ? BytesFromString(data) : DecodeInput(data);
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
  return FromFile(f, line);
}

// --- methods -----------------------------------------------------------------

Ref FileWrite(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("write", kwnames) || !CheckArgCount("write", nargs, 1, 1)) return Ref();
  TextFileObject* f = File(self);
  if (!CheckWritable(f)) return Ref();
  if (f->binary) {
    std::string storage;
    std::string_view b;
    if (!GetBuffer(args[0], &storage, &b)) {
      return SetErrorFmt(TypeErrorType(), "a bytes-like object is required, not '{}'", TypeName(args[0]));
    }
    if (!b.empty()) std::fwrite(b.data(), 1, b.size(), f->fp);
    return IntFromInt64(static_cast<int64_t>(b.size()));
  }
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
  int64_t limit = -1;
  if (nargs == 1 && !IsNone(args[0]) && !AsIndexInt64(args[0], &limit)) return Ref();
  std::string data;
  if (limit < 0) {
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f->fp)) > 0) data.append(buf, n);
  } else if (f->binary) {
    data.resize(static_cast<size_t>(limit));
    data.resize(std::fread(data.data(), 1, data.size(), f->fp));
  } else {
    // `limit` characters: whole UTF-8 sequences.
    int c;
    for (int64_t chars = 0; chars < limit && (c = std::getc(f->fp)) != EOF; ++chars) {
      data.push_back(static_cast<char>(c));
      int extra = (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : 0;
      while (extra-- > 0 && (c = std::getc(f->fp)) != EOF) data.push_back(static_cast<char>(c));
    }
  }
  std::clearerr(f->fp);
  return FromFile(f, data);
}

Ref FileReadlines(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("readlines", kwnames) || !CheckArgCount("readlines", nargs, 0, 1)) return Ref();
  TextFileObject* f = File(self);
  if (!CheckReadable(f)) return Ref();
  Ref out = NewList(0);
  while (true) {
    Ref line = ReadLine(f);
    if (!line) return Ref();
    if (Length(line.get()) == 0) break;
    ListAppend(out.get(), line.get());
  }
  return out;
}

Ref FileWritelines(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("writelines", kwnames) || !CheckArgCount("writelines", nargs, 1, 1)) return Ref();
  Ref it = GetIter(args[0]);
  if (!it) return Ref();
  while (Ref line = IterNext(it.get())) {
    Value a = line.get();
    if (!FileWrite(self, &a, 1, Value())) return Ref();
  }
  if (ErrorOccurred()) return Ref();
  return Ref::New(None());
}

Ref FileSeek(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("seek", kwnames) || !CheckArgCount("seek", nargs, 1, 2)) return Ref();
  TextFileObject* f = File(self);
  if (!CheckOpen(f)) return Ref();
  int64_t offset, whence = 0;
  if (!AsIndexInt64(args[0], &offset) || (nargs == 2 && !AsIndexInt64(args[1], &whence))) return Ref();
  if (std::fseek(f->fp, offset, whence == 1 ? SEEK_CUR : whence == 2 ? SEEK_END : SEEK_SET) != 0) {
    return SetErrnoError(errno, std::string_view());
  }
  return IntFromInt64(std::ftell(f->fp));
}

Ref FileTell(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("tell", kwnames) || !CheckArgCount("tell", nargs, 0, 0)) return Ref();
  TextFileObject* f = File(self);
  if (!CheckOpen(f)) return Ref();
  return IntFromInt64(std::ftell(f->fp));
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

// Closes a file from open(); the standard streams are only flushed
// (CPython keeps their fds open too).
void CloseFile(TextFileObject* f) {
  if (f->closed) return;
  if (f->owned) {
    std::fclose(f->fp);
    f->closed = true;
  } else {
    std::fflush(f->fp);
  }
}

Ref FileClose(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("close", kwnames) || !CheckArgCount("close", nargs, 0, 0)) return Ref();
  CloseFile(File(self));
  return Ref::New(None());
}

Ref FileEnter(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("__enter__", kwnames) || !CheckArgCount("__enter__", nargs, 0, 0)) return Ref();
  if (!CheckOpen(File(self))) return Ref();
  return Ref::New(self);
}

Ref FileExit(Value self, const Value*, size_t, Value) {
  CloseFile(File(self));
  return Ref::New(None());
}

const MethodDef kFileMethods[] = {
    {"write", FileWrite},       {"flush", FileFlush},       {"readline", FileReadline},
    {"read", FileRead},         {"fileno", FileFileno},     {"isatty", FileIsatty},
    {"writable", FileWritable}, {"readable", FileReadable}, {"close", FileClose},
    {"readlines", FileReadlines}, {"writelines", FileWritelines}, {"seek", FileSeek},
    {"tell", FileTell},
    {"__enter__", FileEnter},   {"__exit__", FileExit},     {nullptr, nullptr},
};

// --- attributes --------------------------------------------------------------

Ref FileGetName(Value self) { return Ref::New(Value::FromObject(File(self)->name)); }
Ref FileGetEncoding(Value) { return StrFromAscii("utf-8"); }
Ref FileGetErrors(Value self) {
  return StrFromAscii(File(self)->fp == stderr ? "backslashreplace" : "strict");
}
Ref FileGetMode(Value self) {
  TextFileObject* f = File(self);
  if (f->mode[0] != '\0') return StrFromAscii(f->mode);
  return StrFromAscii(f->readable ? "r" : "w");
}
Ref FileGetClosed(Value self) { return Ref::New(Bool(File(self)->closed)); }

const GetSetDef kFileGetSets[] = {
    {"name", FileGetName},     {"encoding", FileGetEncoding}, {"errors", FileGetErrors},
    {"mode", FileGetMode},     {"closed", FileGetClosed},     {nullptr, nullptr},
};

// --- slots -------------------------------------------------------------------

Ref FileRepr(Value self) {
  TextFileObject* f = File(self);
  std::string name = StrReprText(StrView(Value::FromObject(f->name)));
  Ref mode = FileGetMode(self);
  if (f->binary) {
    const char* kind = f->readable && f->writable ? "BufferedRandom"
                       : f->readable              ? "BufferedReader"
                                                  : "BufferedWriter";
    return StrFromUtf8(fmt::format("<_io.{} name={}>", kind, name));
  }
  return StrFromUtf8(fmt::format("<_io.TextIOWrapper name={} mode='{}' encoding='UTF-8'>", name,
                                 StrView(mode.get())));
}

// Iteration yields lines until readline returns ''.
Ref FileNext(Value self) {
  TextFileObject* f = File(self);
  if (!CheckReadable(f)) return Ref();
  Ref line = ReadLine(f);
  if (!line || Length(line.get()) == 0) return Ref();
  return line;
}

void FileDealloc(gc::Header* h) {
  auto* f = static_cast<TextFileObject*>(h);
  if (f->owned && !f->closed) std::fclose(f->fp);
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

Ref BuiltinOpen(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[6] = {};
  if (!ParseArgs("open", args, nargs, kwnames,
                 {"file", "mode", "buffering", "encoding", "errors", "newline"}, 1, a)) {
    return Ref();
  }
  if (!IsStr(a[0])) {
    return SetErrorFmt(TypeErrorType(), "expected str, bytes or os.PathLike object, not {}", TypeName(a[0]));
  }
  std::string mode = a[1] ? std::string(IsStr(a[1]) ? StrView(a[1]) : "") : "r";
  if (a[1] && !IsStr(a[1])) {
    return SetErrorFmt(TypeErrorType(), "open() argument 'mode' must be str, not {}", TypeName(a[1]));
  }
  // One of r/w/a/x, at most one '+', and 'b' or 't'.
  int kinds = 0, plus = 0;
  bool binary = false, text = false, valid = mode.size() < 8;
  char kind = 'r';
  for (char c : mode) {
    if (c == 'r' || c == 'w' || c == 'a' || c == 'x') kind = c, ++kinds;
    else if (c == '+') ++plus;
    else if (c == 'b') binary = true;
    else if (c == 't') text = true;
    else valid = false;
  }
  if (!valid || plus > 1) return SetErrorFmt(ValueErrorType(), "invalid mode: '{}'", mode);
  if (binary && text) return SetError(ValueErrorType(), "can't have text and binary mode at once");
  if (kinds != 1) {
    return SetError(ValueErrorType(), "must have exactly one of create/read/write/append mode");
  }
  if (binary && a[3] && !IsNone(a[3])) {
    return SetError(ValueErrorType(), "binary mode doesn't take an encoding argument");
  }
  std::string path(StrView(a[0]));
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return SetErrnoError(EISDIR, path);
  std::string cmode(1, kind == 'x' ? 'w' : kind);
  if (plus) cmode += '+';
  if (kind == 'x') cmode += 'x';
  FILE* fp = std::fopen(path.c_str(), cmode.c_str());
  if (fp == nullptr) return SetErrnoError(errno, path);
  Ref file = NewTextFile(fp, path.c_str(), kind == 'r' || plus, kind != 'r' || plus);
  if (!file) {
    std::fclose(fp);
    return Ref();
  }
  auto* f = static_cast<TextFileObject*>(file.obj());
  f->owned = true;
  f->binary = binary;
  std::memcpy(f->mode, mode.c_str(), mode.size() + 1);
  return file;
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
