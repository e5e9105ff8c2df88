// The import system.
//
// A dotted name is imported one component at a time: each package's module
// is executed before its submodules are searched for in its __path__. A
// module is entered in sys.modules *before* its code runs, so circular
// imports see the partially initialised module (as CPython does); if its code
// raises, the entry is removed again.
#include "runtime/import.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>

#include "runtime/abstract.h"
#include "runtime/api/ext_module.h"
#include "runtime/code.h"
#include "runtime/compiler.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/interpreter.h"
#include "runtime/modules/registry.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt {

namespace {

bool IsFile(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool IsDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

Value SysModules() { return CurrentThread()->runtime->modules(); }

Ref NotFound(std::string_view name) {
  Ref msg = StrFromUtf8(fmt::format("No module named '{}'", name));
  Value arg = msg.get();
  Ref exc = NewException(ModuleNotFoundErrorType(), &arg, 1);
  if (!exc) return Ref();
  Ref n = StrFromUtf8(name);
  SetAttr(exc.get(), Intern("name"), n.get());
  SetErrorObject(exc.get());
  return Ref();
}

// Executes `source` (read from `path`) as module `name`. A package's
// __path__ holds `package_dir` (empty for the embedded library).
Ref ExecSourceModule(const std::string& name, const std::string& path, std::string source,
                     bool is_package, const std::string& package_dir) {
  Runtime* rt = CurrentThread()->runtime;
  rt->RegisterSource(path, source);

  Ref module = NewModule(name);
  if (!module) return Ref();
  Value dict = ModuleDict(module.get());
  Ref file = StrFromUtf8(path);
  DictSetCStr(dict, "__file__", file.get());
  DictSetCStr(dict, "__builtins__", rt->builtins());
  if (is_package) {
    Ref pathlist = ListFromArray(nullptr, 0);
    if (!package_dir.empty()) {
      Ref d = StrFromUtf8(package_dir);
      ListAppend(pathlist.get(), d.get());
    }
    DictSetCStr(dict, "__path__", pathlist.get());
    Ref pkg = StrFromUtf8(name);
    DictSetCStr(dict, "__package__", pkg.get());
  } else {
    size_t dot = name.rfind('.');
    Ref pkg = StrFromUtf8(dot == std::string::npos ? std::string() : name.substr(0, dot));
    DictSetCStr(dict, "__package__", pkg.get());
  }
  Ref key = StrFromUtf8(name);
  if (DictSetItem(SysModules(), key.get(), module.get()) < 0) return Ref();

  Ref code = Compile(source, path, ast::Mode::kFile);
  Ref result = code ? EvalCode(As<CodeObject>(code.get()), dict, dict) : Ref();
  if (!result) {
    Ref exc = FetchError();
    if (DictDelItem(SysModules(), key.get()) < 0) ClearError();
    RestoreError(std::move(exc));
    return Ref();
  }
  // The module object in sys.modules may have been replaced by its code.
  Ref final_module;
  if (DictLookup(SysModules(), key.get(), &final_module) > 0) return final_module;
  return module;
}

// Executes the source file `path` as module `name`.
Ref LoadSourceModule(const std::string& name, const std::string& path, bool is_package) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return SetErrorFmt(ImportErrorType(), "cannot read '{}'", path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string dir = is_package ? path.substr(0, path.rfind('/')) : std::string();
  return ExecSourceModule(name, path, ss.str(), is_package, dir);
}

// A native or embedded-library module named `fullname`, if there is one
// (*found false otherwise).
Ref LoadBuiltinModule(const std::string& fullname, bool* found) {
  *found = true;
  if (const NativeModuleDef* def = FindNativeModule(fullname)) {
    Ref mod = def->create();
    if (!mod) return Ref();
    Ref key = StrFromUtf8(fullname);
    if (DictSetItem(SysModules(), key.get(), mod.get()) < 0) return Ref();
    return mod;
  }
  if (const LibModuleDef* def = FindLibModule(fullname)) {
    std::string path = "<gilectomy-lib>/" + fullname + (def->is_package ? "/__init__.py" : ".py");
    return ExecSourceModule(fullname, path, def->source, def->is_package, std::string());
  }
  *found = false;
  return Ref();
}

// Finds `last` (one component) in the directories of `search_path` (a list of str).
Ref FindAndLoad(const std::string& fullname, const std::string& last, Value search_path) {
  if (!search_path || !IsList(search_path)) return NotFound(fullname);
  Ref path = ListToTuple(search_path);  // sys.path may change under us
  if (!path) return Ref();
  for (int64_t i = 0; i < TupleSize(path.get()); ++i) {
    Value entry = TupleItem(path.get(), i);
    if (!IsStr(entry)) continue;
    std::string dir(StrView(entry));
    std::string base = dir.empty() ? last : dir + "/" + last;
    if (IsDir(base) && IsFile(base + "/__init__.py")) {
      return LoadSourceModule(fullname, base + "/__init__.py", true);
    }
    // A native extension module (name.so) comes before name.py, as in CPython.
    if (IsFile(base + ".so")) return LoadExtensionModule(fullname, last, base + ".so");
    if (IsFile(base + ".py")) return LoadSourceModule(fullname, base + ".py", false);
  }
  return NotFound(fullname);
}

// Imports one absolute dotted name, returning the innermost module.
Ref ImportAbsolute(const std::string& dotted) {
  Value modules = SysModules();
  Ref parent;
  size_t start = 0;
  while (true) {
    size_t dot = dotted.find('.', start);
    std::string fullname = dotted.substr(0, dot);
    std::string last = dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    Ref key = StrFromUtf8(fullname);
    Ref mod;
    int r = DictLookup(modules, key.get(), &mod);
    if (r < 0) return Ref();
    if (r == 0) {
      Value search_path;
      Ref path_holder;
      if (parent) {
        path_holder = GetAttrStr(parent.get(), "__path__");
        if (!path_holder) {
          ClearError();
          return SetErrorFmt(ModuleNotFoundErrorType(),
                             "No module named '{}'; '{}' is not a package", fullname,
                             dotted.substr(0, start - 1));
        }
        search_path = path_holder.get();
      } else {
        path_holder = GetAttrStr(CurrentThread()->runtime->sys_module(), "path");
        if (!path_holder) return Ref();
        search_path = path_holder.get();
      }
      bool builtin = false;
      mod = LoadBuiltinModule(fullname, &builtin);
      if (!builtin) mod = FindAndLoad(fullname, last, search_path);
      if (!mod) return Ref();
      if (parent) {
        // Bind the submodule as an attribute of its package.
        if (SetAttr(parent.get(), Intern(last), mod.get()) < 0) ClearError();
      }
    }
    parent = mod;
    if (dot == std::string::npos) return parent;
    start = dot + 1;
  }
}

// Resolves a relative import against the importing module's package.
bool ResolveName(Value name, Value globals, int64_t level, std::string* out) {
  std::string n(StrView(name));
  if (level == 0) {
    *out = n;
    return true;
  }
  Value pkg = globals ? DictGetCStr(globals, "__package__") : Value();
  std::string package;
  if (pkg && IsStr(pkg)) {
    package = std::string(StrView(pkg));
  } else if (globals) {
    Value modname = DictGetCStr(globals, "__name__");
    if (modname && IsStr(modname)) {
      package = std::string(StrView(modname));
      if (!DictGetCStr(globals, "__path__")) {
        size_t dot = package.rfind('.');
        package = dot == std::string::npos ? "" : package.substr(0, dot);
      }
    }
  }
  if (package.empty()) {
    SetError(ImportErrorType(), "attempted relative import with no known parent package");
    return false;
  }
  for (int64_t i = 1; i < level; ++i) {
    size_t dot = package.rfind('.');
    if (dot == std::string::npos) {
      SetError(ImportErrorType(), "attempted relative import beyond top-level package");
      return false;
    }
    package = package.substr(0, dot);
  }
  *out = n.empty() ? package : package + "." + n;
  return true;
}

}  // namespace

Ref ImportByName(std::string_view dotted) { return ImportAbsolute(std::string(dotted)); }

Ref ImportModule(Value name, Value globals, Value fromlist, Value level) {
  int64_t lvl = level.is_small_int() ? level.small_int() : 0;
  std::string resolved;
  if (!ResolveName(name, globals, lvl, &resolved)) return Ref();
  Ref inner = ImportAbsolute(resolved);
  if (!inner) return Ref();
  bool has_fromlist = fromlist && !IsNone(fromlist) && TupleSize(fromlist) > 0;
  if (has_fromlist || lvl > 0) {
    if (!has_fromlist && lvl > 0) {
      // `from . import x` style handled by IMPORT_FROM; `import` with level>0 is not valid syntax.
    }
    return inner;
  }
  // `import a.b.c` binds `a`.
  size_t dot = resolved.find('.');
  if (dot == std::string::npos) return inner;
  Ref key = StrFromUtf8(resolved.substr(0, dot));
  Ref top;
  if (DictLookup(SysModules(), key.get(), &top) > 0) return top;
  return inner;
}

Ref ImportFrom(Value module, Value name) {
  Ref v = GetAttr(module, name);
  if (v) return v;
  if (!ErrorMatches(AttributeErrorType())) return Ref();
  ClearError();
  // Maybe a submodule not imported yet.
  Ref modname = GetAttrStr(module, "__name__");
  if (modname && IsStr(modname.get())) {
    std::string full = std::string(StrView(modname.get())) + "." + std::string(StrView(name));
    Ref path = GetAttrStr(module, "__path__");
    if (path) {
      Ref sub = ImportAbsolute(full);
      if (sub) return sub;
      if (!ErrorMatches(ModuleNotFoundErrorType())) return Ref();
    }
    ClearError();
    Ref file = GetAttrStr(module, "__file__");
    std::string where = file && IsStr(file.get()) ? std::string(StrView(file.get())) : "unknown location";
    ClearError();
    return SetErrorFmt(ImportErrorType(), "cannot import name '{}' from '{}' ({})", StrView(name),
                       StrView(modname.get()), where);
  }
  ClearError();
  return SetErrorFmt(ImportErrorType(), "cannot import name '{}'", StrView(name));
}

int ImportStar(Value module, Value ns) {
  Ref all = GetAttrStr(module, "__all__");
  if (all) {
    Ref it = GetIter(all.get());
    if (!it) return -1;
    while (Ref n = IterNext(it.get())) {
      Ref v = GetAttr(module, n.get());
      if (!v || DictSetItem(ns, n.get(), v.get()) < 0) return -1;
    }
    return ErrorOccurred() ? -1 : 0;
  }
  ClearError();
  Ref dict = GetAttrStr(module, "__dict__");
  if (!dict) return -1;
  int64_t pos = 0;
  Value k, v;
  while (DictNext(dict.get(), &pos, &k, &v)) {
    if (IsStr(k) && !StrView(k).empty() && StrView(k)[0] == '_') continue;
    if (DictSetItem(ns, k, v) < 0) return -1;
  }
  return 0;
}

}  // namespace gilectomy::rt
