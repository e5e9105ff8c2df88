// The posix module: the operating-system calls that os (runtime/lib/os/)
// builds on. Failing calls raise the OSError subclass CPython picks for the
// errno (FileNotFoundError, FileExistsError, ...) with CPython's message
// "[Errno 2] No such file or directory: 'path'".
//
// environ is a snapshot of the process environment taken when the module
// is created (a dict of str, as os.environ reads); putenv/unsetenv change
// the real environment.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>
#include <string>
#include <thread>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/native_modules.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

extern char** environ;

namespace gilectomy::rt {

namespace {

ErrorTag ErrnoError(int err, std::string_view path) {
  TypeObject* type = OSErrorType();
  switch (err) {
    case ENOENT: type = FileNotFoundErrorType(); break;
    case EEXIST: type = FileExistsErrorType(); break;
    case EACCES: case EPERM: type = PermissionErrorType(); break;
    case EISDIR: type = IsADirectoryErrorType(); break;
    case ENOTDIR: type = NotADirectoryErrorType(); break;
    default: break;
  }
  if (path.data() == nullptr) return SetErrorFmt(type, "[Errno {}] {}", err, std::strerror(err));
  return SetErrorFmt(type, "[Errno {}] {}: {}", err, std::strerror(err), StrReprText(path));
}

// A path argument: str (or bytes, decoded as UTF-8).
bool PathArg(const char* fname, Value v, std::string* out) {
  if (IsStr(v)) {
    out->assign(StrView(v));
  } else if (IsBytes(v)) {
    out->assign(BytesView(v));
  } else {
    SetErrorFmt(TypeErrorType(), "{}: path should be string, bytes or os.PathLike, not {}", fname,
                TypeName(v));
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    SetErrorFmt(ValueErrorType(), "{}: embedded null character in path", fname);
    return false;
  }
  return true;
}

// OS text as str: UTF-8, with U+FFFD for undecodable bytes (CPython would
// use surrogate escapes).
Ref OsStr(std::string_view text) { return DecodeBytes(text, Value(), Intern("replace")); }

bool NoArgs(const char* name, size_t nargs, Value kwnames) {
  return NoKeywords(name, kwnames) && CheckArgCount(name, nargs, 0, 0);
}

Ref Posix_getpid(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("getpid", nargs, kwnames)) return Ref();
  return IntFromInt64(getpid());
}

Ref Posix_getppid(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("getppid", nargs, kwnames)) return Ref();
  return IntFromInt64(getppid());
}

Ref Posix_getcwd(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("getcwd", nargs, kwnames)) return Ref();
  std::string buf(4096, '\0');
  while (getcwd(buf.data(), buf.size()) == nullptr) {
    if (errno != ERANGE) return ErrnoError(errno, {});
    buf.resize(buf.size() * 2);
  }
  return OsStr(buf.c_str());
}

Ref Posix_listdir(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!ParseArgs("listdir", args, nargs, kwnames, {"path"}, 0, a)) return Ref();
  std::string path = ".";
  if (a[0] && !IsNone(a[0]) && !PathArg("listdir", a[0], &path)) return Ref();
  DIR* dir = opendir(path.c_str());
  if (dir == nullptr) return ErrnoError(errno, path);
  Ref list = NewList(0);
  while (struct dirent* e = readdir(dir)) {
    std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    Ref s = OsStr(name);
    if (!s || ListAppend(list.get(), s.get()) < 0) {
      closedir(dir);
      return Ref();
    }
  }
  closedir(dir);
  return list;
}

// 1 for a regular file, 2 for a directory, 3 for anything else, 0 when the
// path does not exist (the helper behind os.path.exists/isfile/isdir).
Ref Posix_stat_kind(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("_stat_kind", kwnames) || !CheckArgCount("_stat_kind", nargs, 1, 1)) return Ref();
  std::string path;
  if (!PathArg("stat", args[0], &path)) return Ref();
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Ref::SmallInt(0);
  return Ref::SmallInt(S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3);
}

Ref Posix_getsize(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("_getsize", kwnames) || !CheckArgCount("_getsize", nargs, 1, 1)) return Ref();
  std::string path;
  if (!PathArg("stat", args[0], &path)) return Ref();
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return ErrnoError(errno, path);
  return IntFromInt64(st.st_size);
}

Ref PathCall(const char* name, const Value* args, size_t nargs, Value kwnames, size_t max,
             int (*call)(const std::string&, const std::string&)) {
  if (!NoKeywords(name, kwnames) || !CheckArgCount(name, nargs, max == 2 ? 2 : 1, max)) return Ref();
  std::string a, b;
  if (!PathArg(name, args[0], &a)) return Ref();
  if (max == 2 && !PathArg(name, args[1], &b)) return Ref();
  if (call(a, b) != 0) return ErrnoError(errno, a);
  return Ref::New(None());
}

Ref Posix_mkdir(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("mkdir", args, nargs, kwnames, {"path", "mode"}, 1, a)) return Ref();
  std::string path;
  int64_t mode = 0777;
  if (!PathArg("mkdir", a[0], &path) || (a[1] && !IntAsInt64(a[1], &mode))) return Ref();
  if (mkdir(path.c_str(), static_cast<mode_t>(mode)) != 0) return ErrnoError(errno, path);
  return Ref::New(None());
}

Ref Posix_rmdir(Value, const Value* a, size_t n, Value k) {
  return PathCall("rmdir", a, n, k, 1, [](const std::string& p, const std::string&) { return rmdir(p.c_str()); });
}
Ref Posix_remove(Value, const Value* a, size_t n, Value k) {
  return PathCall("remove", a, n, k, 1, [](const std::string& p, const std::string&) { return unlink(p.c_str()); });
}
Ref Posix_rename(Value, const Value* a, size_t n, Value k) {
  return PathCall("rename", a, n, k, 2,
                  [](const std::string& p, const std::string& q) { return std::rename(p.c_str(), q.c_str()); });
}

Ref Posix_putenv(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("putenv", kwnames) || !CheckArgCount("putenv", nargs, 2, 2)) return Ref();
  std::string k, v;
  if (!PathArg("putenv", args[0], &k) || !PathArg("putenv", args[1], &v)) return Ref();
  if (k.empty() || k.find('=') != std::string::npos) {
    return SetError(ValueErrorType(), "illegal environment variable name");
  }
  if (setenv(k.c_str(), v.c_str(), 1) != 0) return ErrnoError(errno, {});
  return Ref::New(None());
}

Ref Posix_unsetenv(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("unsetenv", kwnames) || !CheckArgCount("unsetenv", nargs, 1, 1)) return Ref();
  std::string k;
  if (!PathArg("unsetenv", args[0], &k)) return Ref();
  if (unsetenv(k.c_str()) != 0) return ErrnoError(errno, {});
  return Ref::New(None());
}

Ref Posix_urandom(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("urandom", kwnames) || !CheckArgCount("urandom", nargs, 1, 1)) return Ref();
  int64_t n;
  if (!AsSsizeArg(args[0], &n)) return Ref();
  if (n < 0) return SetError(ValueErrorType(), "negative argument not allowed");
  std::random_device dev;
  std::string out(static_cast<size_t>(n), '\0');
  for (char& c : out) c = static_cast<char>(dev() & 0xff);
  return BytesFromString(out);
}

Ref Posix_cpu_count(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("cpu_count", nargs, kwnames)) return Ref();
  unsigned n = std::thread::hardware_concurrency();
  if (n == 0) return Ref::New(None());
  return IntFromInt64(n);
}

Ref Posix_strerror(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("strerror", kwnames) || !CheckArgCount("strerror", nargs, 1, 1)) return Ref();
  int64_t code;
  if (!IntAsInt64(args[0], &code)) return Ref();
  return StrFromUtf8(std::strerror(static_cast<int>(code)));
}

const MethodDef kPosixFunctions[] = {
    {"getpid", Posix_getpid},     {"getppid", Posix_getppid},   {"getcwd", Posix_getcwd},
    {"listdir", Posix_listdir},   {"_stat_kind", Posix_stat_kind}, {"_getsize", Posix_getsize},
    {"mkdir", Posix_mkdir},       {"rmdir", Posix_rmdir},       {"remove", Posix_remove},
    {"unlink", Posix_remove},     {"rename", Posix_rename},     {"putenv", Posix_putenv},
    {"unsetenv", Posix_unsetenv}, {"urandom", Posix_urandom},   {"cpu_count", Posix_cpu_count},
    {"strerror", Posix_strerror}, {nullptr, nullptr},
};

}  // namespace

Ref CreatePosixModule() {
  Ref mod = NewModule("posix");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kPosixFunctions);
  Ref env = NewDict();
  if (!env) return Ref();
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string_view entry = *e;
    size_t eq = entry.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    Ref k = OsStr(entry.substr(0, eq)), v = OsStr(entry.substr(eq + 1));
    if (!k || !v || DictSetItem(env.get(), k.get(), v.get()) < 0) return Ref();
  }
  if (DictSetCStr(ModuleDict(mod.get()), "environ", env.get()) < 0) return Ref();
  return mod;
}

}  // namespace gilectomy::rt
