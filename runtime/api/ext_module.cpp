// Native extension modules: loading a .so, multi-phase initialisation
// (PEP 489), native types, and the auto-lock.
//
// Loading (LoadExtensionModule) runs under a recursive import lock per
// module name, waited for DETACHED: two threads importing the same module at
// once see one module object (the second finds it in sys.modules). It is
// recursive because an exec slot may import other modules; one lock per name
// means a thread inside an auto-locked module may import another native
// module while a different native import is in progress.
//
// Each ModuleDef gets one ExtLibrary record for the life of the process (the
// .so is never unloaded, as in CPython). A library that does not declare
// Gil::kNotUsed is auto-locked: every call the runtime makes into its code
// (functions, methods, __init__, repr) holds the library's recursive lock.
// Waiting for it is DETACHED, so a thread blocked on it never holds up a
// stop-the-world; the holder may call back into Python (which polls and may
// park) while holding it. Destroy hooks run without it (they run when the
// last reference goes, possibly under a container's object lock, where
// waiting for another lock could deadlock).
//
// Native types are static types: ReadyType builds one immortal TypeObject
// per TypeDef per process (slots validated, MRO computed) and publishes it
// in TypeDef::ready_type; every API taking a TypeDef raises SystemError
// while it is unset.
#include "runtime/api/ext_module.h"

#include <dlfcn.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "gilectomy/extension.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"
#include "safepoints/safepoints.h"

namespace gilectomy::rt {

namespace {

// ------------------------------------------------------------------ libraries

struct ExtLibrary {
  const gilectomy::ModuleDef* def = nullptr;
  std::string name;
  bool autolock = true;
  std::mutex mu;
  std::atomic<ThreadState*> owner{nullptr};
  int depth = 0;  // written by the owner only
};

// The recursive per-library lock; waits DETACHED.
class AutoLock {
 public:
  explicit AutoLock(ExtLibrary* lib) : lib_(lib != nullptr && lib->autolock ? lib : nullptr) {
    if (lib_ == nullptr) return;
    ThreadState* me = CurrentThread();
    if (lib_->owner.load(std::memory_order_relaxed) == me) {
      ++lib_->depth;
      return;
    }
    if (!lib_->mu.try_lock()) {
      sp::Detached detached;
      lib_->mu.lock();
    }
    lib_->owner.store(me, std::memory_order_relaxed);
    lib_->depth = 1;
  }
  ~AutoLock() {
    if (lib_ == nullptr) return;
    if (--lib_->depth == 0) {
      lib_->owner.store(nullptr, std::memory_order_relaxed);
      lib_->mu.unlock();
    }
  }
  AutoLock(const AutoLock&) = delete;
  AutoLock& operator=(const AutoLock&) = delete;

 private:
  ExtLibrary* lib_;
};

// Native calls in progress on this thread: the borrowed pool is released
// when the outermost returns.
thread_local int tls_native_depth = 0;

class NativeCallScope {
 public:
  NativeCallScope() { ++tls_native_depth; }
  ~NativeCallScope() {
    if (--tls_native_depth == 0) ReleaseBorrowedPool();
  }
  NativeCallScope(const NativeCallScope&) = delete;
  NativeCallScope& operator=(const NativeCallScope&) = delete;
};

// A std::mutex or std::recursive_mutex taken DETACHED when it is contended:
// its holder may park at a stop-the-world while holding it.
template <typename Mutex>
class DetachedLock {
 public:
  explicit DetachedLock(Mutex& mu) : mu_(mu) {
    if (!mu_.try_lock()) {
      sp::Detached detached;
      mu_.lock();
    }
  }
  ~DetachedLock() { mu_.unlock(); }
  DetachedLock(const DetachedLock&) = delete;
  DetachedLock& operator=(const DetachedLock&) = delete;

 private:
  Mutex& mu_;
};

// One recursive import lock per module name (an exec slot may import other
// modules; two threads importing the same name see one module object).
std::recursive_mutex& NameImportMutex(const std::string& fullname) {
  static std::mutex names_mu;  // held for a map lookup only: never across a safepoint
  static auto* names = new std::unordered_map<std::string, std::recursive_mutex*>();
  std::lock_guard<std::mutex> g(names_mu);
  std::recursive_mutex*& mu = (*names)[fullname];
  if (mu == nullptr) mu = new std::recursive_mutex();
  return *mu;
}

// Guards Libraries() and readying types (TypeDef::ready_type).
std::mutex& RegistryMutex() {
  static std::mutex mu;
  return mu;
}

std::unordered_map<const gilectomy::ModuleDef*, ExtLibrary*>& Libraries() {
  static auto* libs = new std::unordered_map<const gilectomy::ModuleDef*, ExtLibrary*>();
  return *libs;
}

// -1: not read yet; 0/1.
std::atomic<int> g_autolock_warn{-1};

bool AutolockWarnEnabled() {
  int v = g_autolock_warn.load(std::memory_order_relaxed);
  if (v < 0) {
    LoadAutolockWarnSetting();  // a malformed value was reported by main; default on
    v = g_autolock_warn.load(std::memory_order_relaxed);
  }
  return v != 0;
}

// ------------------------------------------------------------------ results

gilectomy::Handle ToHandle(Value v) { return gilectomy::Handle::from_raw(v.raw()); }

// Turns a native function's result into a Ref, checking the error protocol.
Ref CheckResult(gilectomy::Object r, const char* what, const char* name) {
  if (!r) {
    if (!ErrorOccurred()) {
      return SetErrorFmt(SystemErrorType(), "<{} {}> returned NULL without setting an exception", what,
                         name);
    }
    return Ref();
  }
  Ref result = Ref::Steal(Value::FromRaw(r.release().raw()));
  if (ErrorOccurred()) {
    Ref exc = FetchError();
    result.reset();
    SetErrorFmt(SystemErrorType(), "<{} {}> returned a result with an exception set", what, name);
    Ref outer = FetchError();
    auto* e = static_cast<BaseExceptionObject*>(outer.obj());
    e->cause = exc.release().obj();
    e->suppress_context = true;
    RestoreError(std::move(outer));
    return Ref();
  }
  return result;
}

Ref InvokeNative(ExtLibrary* lib, const gilectomy::FunctionDef* def, const char* what, Value self,
                 const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && TupleSize(kwnames) > 0) {
    return SetErrorFmt(TypeErrorType(), "{}() takes no keyword arguments", def->name);
  }
  gilectomy::Object r;
  {
    NativeCallScope scope;
    AutoLock lock(lib);
    r = def->fn(ToHandle(self), gilectomy::Args(args, nargs));
  }
  return CheckResult(std::move(r), what, def->name);
}

// ------------------------------------------------------------------ function objects

struct ExtFunctionObject : Object {
  const gilectomy::FunctionDef* def;
  ExtLibrary* lib;
  Value self;           // owned: the module, or the instance of a bound method
  Object* module_name;  // str or null (owned)
};

struct ExtTypeObject;

struct ExtMethodDescrObject : Object {
  const gilectomy::FunctionDef* def;
  ExtTypeObject* owner;
};

struct ExtTypeObject : TypeObject {
  gilectomy::TypeDef* def = nullptr;
  ExtLibrary* lib = nullptr;
  size_t state_offset = 0;
};

TypeObject ExtFunctionType;
TypeObject ExtMethodDescrType;

Ref NewExtFunction(const gilectomy::FunctionDef* def, ExtLibrary* lib, Value self, Value module_name) {
  Object* o = AllocObject(&ExtFunctionType, sizeof(ExtFunctionObject));
  if (o == nullptr) return Ref();
  auto* f = static_cast<ExtFunctionObject*>(o);
  f->def = def;
  f->lib = lib;
  Incref(self);
  f->self = self;
  if (module_name) {
    Incref(module_name);
    f->module_name = module_name.obj();
  }
  return Ref::Steal(o);
}

void ExtFunctionDealloc(Object* o) {
  auto* f = static_cast<ExtFunctionObject*>(o);
  Decref(f->self);
  if (f->module_name != nullptr) Decref(Value::FromObject(f->module_name));
  FreeObject(o);
}

Ref ExtFunctionCall(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* f = static_cast<ExtFunctionObject*>(callable.obj());
  return InvokeNative(f->lib, f->def, "built-in function", f->self, args, nargs, kwnames);
}

Ref ExtFunctionRepr(Value v) {
  auto* f = static_cast<ExtFunctionObject*>(v.obj());
  if (!f->self || f->self.type() == &ModuleType) {
    return StrFromUtf8(fmt::format("<built-in function {}>", f->def->name));
  }
  return StrFromUtf8(fmt::format("<built-in method {} of {} object at {:#x}>", f->def->name,
                                 TypeName(f->self), f->self.raw()));
}

Ref ExtFunctionGetName(Value v) { return StrFromUtf8(static_cast<ExtFunctionObject*>(v.obj())->def->name); }
Ref ExtFunctionGetSelf(Value v) {
  Value self = static_cast<ExtFunctionObject*>(v.obj())->self;
  return Ref::New(self ? self : None());
}
Ref ExtFunctionGetModule(Value v) {
  Object* m = static_cast<ExtFunctionObject*>(v.obj())->module_name;
  return Ref::New(m != nullptr ? Value::FromObject(m) : None());
}
Ref ExtFunctionGetDoc(Value v) {
  const char* doc = static_cast<ExtFunctionObject*>(v.obj())->def->doc;
  return doc != nullptr ? StrFromUtf8(doc) : Ref::New(None());
}
const GetSetDef kExtFunctionGetSets[] = {{"__name__", ExtFunctionGetName},
                                         {"__qualname__", ExtFunctionGetName},
                                         {"__self__", ExtFunctionGetSelf},
                                         {"__module__", ExtFunctionGetModule},
                                         {"__doc__", ExtFunctionGetDoc},
                                         {nullptr, nullptr}};

Ref NewExtMethodDescr(const gilectomy::FunctionDef* def, ExtTypeObject* owner) {
  Object* o = AllocObject(&ExtMethodDescrType, sizeof(ExtMethodDescrObject));
  if (o == nullptr) return Ref();
  auto* d = static_cast<ExtMethodDescrObject*>(o);
  d->def = def;
  d->owner = owner;
  return Ref::Steal(o);
}

void ExtMethodDescrDealloc(Object* o) { FreeObject(o); }

Ref ExtMethodDescrGet(Value descr, Value instance, Value owner) {
  auto* d = static_cast<ExtMethodDescrObject*>(descr.obj());
  if (!instance) return Ref::New(descr);
  return NewExtFunction(d->def, d->owner->lib, instance, Value());
}

Ref ExtMethodDescrCall(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* d = static_cast<ExtMethodDescrObject*>(callable.obj());
  if (nargs < 1) {
    return SetErrorFmt(TypeErrorType(), "unbound method {}.{}() needs an argument", d->owner->name,
                       d->def->name);
  }
  if (!IsInstance(args[0], d->owner)) {
    return SetErrorFmt(TypeErrorType(), "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                       d->def->name, d->owner->name, TypeName(args[0]));
  }
  return InvokeNative(d->owner->lib, d->def, "built-in method", args[0], args + 1, nargs - 1, kwnames);
}

Ref ExtMethodDescrRepr(Value v) {
  auto* d = static_cast<ExtMethodDescrObject*>(v.obj());
  return StrFromUtf8(fmt::format("<method '{}' of '{}' objects>", d->def->name, d->owner->name));
}

Ref ExtMethodDescrGetName(Value v) {
  return StrFromUtf8(static_cast<ExtMethodDescrObject*>(v.obj())->def->name);
}
Ref ExtMethodDescrGetQualname(Value v) {
  auto* d = static_cast<ExtMethodDescrObject*>(v.obj());
  const char* dot = std::strrchr(d->owner->name, '.');
  return StrFromUtf8(fmt::format("{}.{}", dot != nullptr ? dot + 1 : d->owner->name, d->def->name));
}
Ref ExtMethodDescrGetDoc(Value v) {
  const char* doc = static_cast<ExtMethodDescrObject*>(v.obj())->def->doc;
  return doc != nullptr ? StrFromUtf8(doc) : Ref::New(None());
}
Ref ExtMethodDescrGetObjclass(Value v) {
  return Ref::New(Value::FromObject(static_cast<ExtMethodDescrObject*>(v.obj())->owner));
}
const GetSetDef kExtMethodDescrGetSets[] = {{"__name__", ExtMethodDescrGetName},
                                            {"__qualname__", ExtMethodDescrGetQualname},
                                            {"__doc__", ExtMethodDescrGetDoc},
                                            {"__objclass__", ExtMethodDescrGetObjclass},
                                            {nullptr, nullptr}};

void InitExtCallableTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    ExtFunctionType.name = "builtin_function_or_method";
    ExtFunctionType.hooks.dealloc = ExtFunctionDealloc;
    ExtFunctionType.call = ExtFunctionCall;
    ExtFunctionType.repr = ExtFunctionRepr;
    ExtFunctionType.getsets = kExtFunctionGetSets;
    InitRuntimeType(&ExtFunctionType);
    ExtFunctionType.new_ = nullptr;
    ExtMethodDescrType.name = "method_descriptor";
    ExtMethodDescrType.hooks.dealloc = ExtMethodDescrDealloc;
    ExtMethodDescrType.call = ExtMethodDescrCall;
    ExtMethodDescrType.repr = ExtMethodDescrRepr;
    ExtMethodDescrType.descr_get = ExtMethodDescrGet;
    ExtMethodDescrType.getsets = kExtMethodDescrGetSets;
    InitRuntimeType(&ExtMethodDescrType);
    ExtMethodDescrType.new_ = nullptr;
  });
}

// ------------------------------------------------------------------ native types

constexpr size_t kStateAlign = 16;

void* StateOf(Object* o) {
  auto* t = static_cast<ExtTypeObject*>(TypeOf(o));
  return reinterpret_cast<char*>(o) + t->state_offset;
}

void ExtInstanceDealloc(Object* o) {
  auto* t = static_cast<ExtTypeObject*>(TypeOf(o));
  if (t->def->destroy != nullptr) t->def->destroy(StateOf(o));
  FreeObject(o);
}

Ref ExtTypeNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  auto* t = static_cast<ExtTypeObject*>(type);
  bool has_kw = kwnames && TupleSize(kwnames) > 0;
  if (t->def->init == nullptr && (nargs > 0 || has_kw)) {
    return SetErrorFmt(TypeErrorType(), "{}() takes no arguments", t->name);
  }
  if (has_kw) return SetErrorFmt(TypeErrorType(), "{}() takes no keyword arguments", t->name);
  Object* o = AllocObject(type, t->basic_size);
  if (o == nullptr) return Ref();
  if (t->def->construct != nullptr) t->def->construct(StateOf(o));
  Ref inst = Ref::Steal(o);
  if (t->def->init != nullptr) {
    int r;
    {
      NativeCallScope scope;
      AutoLock lock(t->lib);
      r = t->def->init(ToHandle(inst.get()), gilectomy::Args(args, nargs));
    }
    if (r < 0) {
      if (!ErrorOccurred()) {
        SetErrorFmt(SystemErrorType(), "{}.__init__ returned -1 without setting an exception", t->name);
      }
      return Ref();
    }
  }
  return inst;
}

Ref ExtTypeRepr(Value self) {
  auto* t = static_cast<ExtTypeObject*>(self.type());
  gilectomy::Object r;
  {
    NativeCallScope scope;
    AutoLock lock(t->lib);
    r = t->def->repr(ToHandle(self));
  }
  Ref result = CheckResult(std::move(r), "repr of", t->name);
  if (result && !IsStr(result.get())) {
    return SetErrorFmt(TypeErrorType(), "__repr__ returned non-string (type {})", TypeName(result.get()));
  }
  return result;
}

// Makes `def` ready for `lib` (under the import lock). 0, or -1 with SystemError.
int ReadyType(gilectomy::TypeDef* def, ExtLibrary* lib) {
  if (def->ready_type.load(std::memory_order_acquire) != nullptr) return 0;
  const char* mod = lib->name.c_str();
  if (def->name == nullptr || *def->name == '\0') {
    return SetErrorFmt(SystemErrorType(), "module '{}': a type in its types slot has no name", mod);
  }
  if (std::strchr(def->name, '.') == nullptr) {
    return SetErrorFmt(SystemErrorType(), "type '{}' of module '{}': the name must be 'module.Name'", def->name,
                       mod);
  }
  if (def->state_size > (size_t{1} << 30)) {
    return SetErrorFmt(SystemErrorType(), "type '{}': state_size {} is too large", def->name, def->state_size);
  }
  if (def->destroy != nullptr && def->construct == nullptr) {
    return SetErrorFmt(SystemErrorType(), "type '{}': a destroy slot needs a construct slot", def->name);
  }
  std::unordered_set<std::string_view> seen;
  for (const gilectomy::FunctionDef* m = def->methods; m != nullptr && m->name != nullptr; ++m) {
    if (m->fn == nullptr) {
      return SetErrorFmt(SystemErrorType(), "type '{}': method '{}' has no function", def->name, m->name);
    }
    if (!seen.insert(m->name).second) {
      return SetErrorFmt(SystemErrorType(), "type '{}': method '{}' is defined twice", def->name, m->name);
    }
  }
  auto* t = new ExtTypeObject();  // a static type: lives as long as the process
  t->def = def;
  t->lib = lib;
  t->name = def->name;
  size_t offset = (sizeof(Object) + kStateAlign - 1) / kStateAlign * kStateAlign;
  t->state_offset = offset;
  t->basic_size = offset + def->state_size;
  t->hooks.dealloc = ExtInstanceDealloc;
  t->new_ = ExtTypeNew;
  if (def->repr != nullptr) t->repr = ExtTypeRepr;
  InitRuntimeType(t);  // inherits object's slots, computes the MRO, immortal
  Value dict = Value::FromObject(t->dict);
  for (const gilectomy::FunctionDef* m = def->methods; m != nullptr && m->name != nullptr; ++m) {
    Ref d = NewExtMethodDescr(m, t);
    if (!d || DictSetItem(dict, Intern(m->name), d.get()) < 0) return -1;
  }
  def->ready_type.store(t, std::memory_order_release);
  return 0;
}

TypeObject* ReadyTypeOrRaise(const gilectomy::TypeDef& def) {
  void* t = def.ready_type.load(std::memory_order_acquire);
  if (t == nullptr) {
    SetErrorFmt(SystemErrorType(),
                "type '{}' is not ready: list it in its module's types slot (it is made ready at import)",
                def.name != nullptr ? def.name : "?");
    return nullptr;
  }
  return static_cast<TypeObject*>(t);
}

// ------------------------------------------------------------------ loading

Ref ChainImportError(std::string msg, Ref cause) {
  SetError(ImportErrorType(), msg);
  Ref outer = FetchError();
  auto* e = static_cast<BaseExceptionObject*>(outer.obj());
  e->cause = cause.release().obj();
  e->suppress_context = true;
  RestoreError(std::move(outer));
  return Ref();
}

Ref Load(const std::string& fullname, const std::string& last, const std::string& path) {
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* err = dlerror();
    return SetErrorFmt(ImportErrorType(), "{}", err != nullptr ? err : path);
  }
  std::string entry = "gilectomy_init_" + last;
  using InitFn = const gilectomy::ModuleDef* (*)();
  auto init = reinterpret_cast<InitFn>(dlsym(handle, entry.c_str()));
  if (init == nullptr) {
    return SetErrorFmt(ImportErrorType(), "dynamic module does not define module export function ({})",
                       entry);
  }
  const gilectomy::ModuleDef* def = init();
  if (def == nullptr) {
    if (ErrorOccurred()) return Ref();
    return SetErrorFmt(SystemErrorType(), "initialization of {} failed without raising an exception", last);
  }
  if (def->abi_version != gilectomy::kAbiVersion) {
    return SetErrorFmt(ImportErrorType(), "module '{}' was built for gilectomy ABI version {}, this runtime has {}",
                       fullname, def->abi_version, gilectomy::kAbiVersion);
  }
  // Validate the slots.
  gilectomy::CreateFn create = nullptr;
  int gil_slots = 0;
  bool gil_not_used = false;
  for (size_t i = 0; i < def->nslots; ++i) {
    const gilectomy::ModuleSlot& s = def->slots[i];
    switch (s.id) {
      case gilectomy::SlotId::kCreate:
        if (create != nullptr) return SetErrorFmt(SystemErrorType(), "module {} has multiple create slots", fullname);
        if (s.create == nullptr) return SetErrorFmt(SystemErrorType(), "module {}: create slot without a function", fullname);
        create = s.create;
        break;
      case gilectomy::SlotId::kExec:
        if (s.exec == nullptr) return SetErrorFmt(SystemErrorType(), "module {}: exec slot without a function", fullname);
        break;
      case gilectomy::SlotId::kMethods:
        for (const gilectomy::FunctionDef* m = s.methods; m != nullptr && m->name != nullptr; ++m) {
          if (m->fn == nullptr) {
            return SetErrorFmt(SystemErrorType(), "module {}: function '{}' has no implementation", fullname, m->name);
          }
        }
        break;
      case gilectomy::SlotId::kTypes:
        break;
      case gilectomy::SlotId::kGil:
        if (++gil_slots > 1) return SetErrorFmt(SystemErrorType(), "module {} has more than one 'gil' slot", fullname);
        gil_not_used = s.gil == gilectomy::Gil::kNotUsed;
        break;
      default:
        return SetErrorFmt(SystemErrorType(), "module {} uses unknown slot ID {}", fullname, static_cast<int>(s.id));
    }
  }
  ExtLibrary* lib = nullptr;
  bool first_load = false;
  {
    DetachedLock<std::mutex> registry(RegistryMutex());
    ExtLibrary*& entry = Libraries()[def];
    first_load = entry == nullptr;
    if (first_load) {
      entry = new ExtLibrary();
      entry->def = def;
      entry->name = fullname;
      entry->autolock = !gil_not_used;
    }
    lib = entry;
    // Phase 1: types.
    for (size_t i = 0; i < def->nslots; ++i) {
      const gilectomy::ModuleSlot& s = def->slots[i];
      if (s.id != gilectomy::SlotId::kTypes) continue;
      for (gilectomy::TypeDef* const* t = s.types; t != nullptr && *t != nullptr; ++t) {
        if (ReadyType(*t, lib) < 0) return Ref();
      }
    }
  }
  if (first_load && lib->autolock && AutolockWarnEnabled()) {
    std::fprintf(stderr,
                 "gilectomy: warning: module '%s' does not declare that it is safe without a GIL; "
                 "calls into it are serialised by a per-module lock (GILECTOMY_AUTOLOCK_WARN=0 hides this)\n",
                 fullname.c_str());
    std::fflush(stderr);
  }
  // Phase 2: create.
  Ref name_str = StrFromUtf8(fullname);
  if (!name_str) return Ref();
  Ref module;
  if (create != nullptr) {
    gilectomy::Object m;
    {
      NativeCallScope scope;
      AutoLock lock(lib);
      m = create(ToHandle(name_str.get()), def);
    }
    module = CheckResult(std::move(m), "create slot of", fullname.c_str());
    if (!module) return Ref();
  } else {
    module = NewModule(fullname);
    if (!module) return Ref();
  }
  // Attributes: __file__, __doc__, types, functions.
  Ref file = StrFromUtf8(path);
  if (SetAttr(module.get(), Intern("__file__"), file.get()) < 0) return Ref();
  if (def->doc != nullptr) {
    Ref doc = StrFromUtf8(def->doc);
    if (SetAttr(module.get(), Intern("__doc__"), doc.get()) < 0) return Ref();
  }
  for (size_t i = 0; i < def->nslots; ++i) {
    const gilectomy::ModuleSlot& s = def->slots[i];
    if (s.id == gilectomy::SlotId::kTypes) {
      for (gilectomy::TypeDef* const* t = s.types; t != nullptr && *t != nullptr; ++t) {
        const char* dot = std::strrchr((*t)->name, '.');
        Value type = Value::FromObject(static_cast<TypeObject*>((*t)->ready_type.load(std::memory_order_acquire)));
        if (SetAttr(module.get(), Intern(dot + 1), type) < 0) return Ref();
      }
    } else if (s.id == gilectomy::SlotId::kMethods) {
      for (const gilectomy::FunctionDef* m = s.methods; m != nullptr && m->name != nullptr; ++m) {
        Ref f = NewExtFunction(m, lib, module.get(), name_str.get());
        if (!f || SetAttr(module.get(), Intern(m->name), f.get()) < 0) return Ref();
      }
    }
  }
  // Phase 3: exec, with the module in sys.modules (removed again on failure).
  Value modules = CurrentThread()->runtime->modules();
  if (DictSetItem(modules, name_str.get(), module.get()) < 0) return Ref();
  for (size_t i = 0; i < def->nslots; ++i) {
    const gilectomy::ModuleSlot& s = def->slots[i];
    if (s.id != gilectomy::SlotId::kExec) continue;
    int r;
    {
      NativeCallScope scope;
      AutoLock lock(lib);
      r = s.exec(ToHandle(module.get()));
    }
    if (r != 0 || ErrorOccurred()) {
      Ref cause;
      if (ErrorOccurred()) {
        cause = FetchError();
      }
      if (DictDelItem(modules, name_str.get()) < 0) ClearError();
      if (!cause) {
        return SetErrorFmt(SystemErrorType(), "execution of module {} failed without setting an exception",
                           fullname);
      }
      if (r == 0) {
        RestoreError(std::move(cause));
        return SetErrorFmt(SystemErrorType(), "execution of module {} raised unreported exception", fullname);
      }
      Ref text = Str(cause.get());
      std::string detail = text && IsStr(text.get()) ? std::string(StrView(text.get())) : std::string();
      ClearError();
      std::string msg = fmt::format("execution of module '{}' failed: {}", fullname, TypeName(cause.get()));
      if (!detail.empty()) msg += ": " + detail;
      return ChainImportError(std::move(msg), std::move(cause));
    }
  }
  Ref final_module;
  if (DictLookup(modules, name_str.get(), &final_module) > 0) return final_module;
  return module;
}

}  // namespace

std::string LoadAutolockWarnSetting() {
  const char* text = std::getenv("GILECTOMY_AUTOLOCK_WARN");
  if (text == nullptr) {
    g_autolock_warn.store(1, std::memory_order_relaxed);
    return "";
  }
  std::string_view v(text);
  if (v == "0" || v == "1") {
    g_autolock_warn.store(v == "1" ? 1 : 0, std::memory_order_relaxed);
    return "";
  }
  g_autolock_warn.store(1, std::memory_order_relaxed);
  return fmt::format("GILECTOMY_AUTOLOCK_WARN must be 0 or 1, got '{}'", v);
}

Ref LoadExtensionModule(const std::string& fullname, const std::string& last, const std::string& path) {
  InitExtCallableTypes();
  DetachedLock<std::recursive_mutex> lock(NameImportMutex(fullname));
  // Another thread may have finished importing it while we waited.
  Value modules = CurrentThread()->runtime->modules();
  Ref key = StrFromUtf8(fullname);
  Ref existing;
  int r = DictLookup(modules, key.get(), &existing);
  if (r < 0) return Ref();
  if (r > 0) return existing;
  return Load(fullname, last, path);
}

}  // namespace gilectomy::rt

// ------------------------------------------------------------------ public API

namespace gilectomy {

using rt::Ref;
using rt::Value;

Handle type_object(const TypeDef& def) {
  rt::TypeObject* t = rt::ReadyTypeOrRaise(def);
  return t != nullptr ? Handle::from_raw(Value::FromObject(t).raw()) : Handle();
}

Object new_instance(const TypeDef& def, std::initializer_list<Handle> args) {
  Handle t = type_object(def);
  if (!t) return Object();
  return call(t, args);
}

bool is_instance(Handle v, const TypeDef& def) {
  void* t = def.ready_type.load(std::memory_order_acquire);
  return t != nullptr && v && rt::IsInstance(Value::FromRaw(v.raw()), static_cast<rt::TypeObject*>(t));
}

void* instance_state(Handle v, const TypeDef& def) {
  rt::TypeObject* t = rt::ReadyTypeOrRaise(def);
  if (t == nullptr) return nullptr;
  Value val = Value::FromRaw(v.raw());
  if (!val || val.type() != t) {
    rt::SetErrorFmt(rt::TypeErrorType(), "descriptor requires a '{}' object but received '{}'", t->name,
                    val ? rt::TypeName(val) : "NULL");
    return nullptr;
  }
  return rt::StateOf(val.obj());
}

}  // namespace gilectomy
