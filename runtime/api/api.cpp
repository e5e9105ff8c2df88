// The public C++ API (include/gilectomy/object.h, embed.h): a thin layer
// over the runtime. Handles and Objects are the runtime's Value words.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "gc/config.h"
#include "gilectomy/embed.h"
#include "gilectomy/object.h"
#include "runtime/abstract.h"
#include "runtime/api/ext_module.h"
#include "runtime/code.h"
#include "runtime/compiler.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/import.h"
#include "runtime/interpreter.h"
#include "runtime/object_lock.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"
#include "safepoints/safepoints.h"

namespace gilectomy::rt {

namespace {
// Strong references behind the borrowed handles this thread handed out.
thread_local std::vector<Value> tls_borrowed;
}  // namespace

void ReleaseBorrowedPool() {
  if (tls_borrowed.empty()) return;
  std::vector<Value> pool;
  pool.swap(tls_borrowed);  // a dealloc may borrow again
  for (Value v : pool) Decref(v);
}

}  // namespace gilectomy::rt

namespace gilectomy {

using rt::Ref;
using rt::Value;

namespace {

inline Value V(Handle h) { return Value::FromRaw(h.raw()); }
inline Handle H(Value v) { return Handle::from_raw(v.raw()); }
inline Object Own(Ref r) { return Object::steal(H(r.release())); }

// A borrowed handle backed by the thread's pool.
Handle Pool(Ref r) {
  if (!r) return Handle();
  Value v = r.release();
  if (v.is_object()) rt::tls_borrowed.push_back(v);
  return H(v);
}

std::vector<Value> ToValues(std::initializer_list<Handle> args) {
  std::vector<Value> out;
  out.reserve(args.size());
  for (Handle h : args) out.push_back(V(h));
  return out;
}

void RequireThread(const char* what) {
  if (rt::CurrentThread() == nullptr) {
    std::fprintf(stderr, "gilectomy: %s called on a thread that is not attached (use gilectomy::ThreadScope)\n",
                 what);
    std::abort();
  }
}

}  // namespace

namespace detail {
void Incref(uintptr_t v) noexcept { rt::Incref(Value::FromRaw(v)); }
void Decref(uintptr_t v) noexcept { rt::Decref(Value::FromRaw(v)); }
}  // namespace detail

// ------------------------------------------------------------ to Python
Handle none() { return H(rt::None()); }
Handle true_() { return H(rt::True()); }
Handle false_() { return H(rt::False()); }
Object make_int(int64_t v) { return Own(rt::IntFromInt64(v)); }
Object make_float(double v) { return Own(rt::FloatFromDouble(v)); }
Object make_bool(bool v) { return Object::borrow(H(rt::Bool(v))); }
Object make_str(std::string_view utf8) { return Own(rt::StrFromUtf8(utf8)); }
Object make_bytes(std::string_view data) { return Own(rt::BytesFromString(data)); }
Object make_list(std::initializer_list<Handle> items) {
  std::vector<Value> v = ToValues(items);
  return Own(rt::ListFromArray(v.data(), static_cast<int64_t>(v.size())));
}
Object make_tuple(std::initializer_list<Handle> items) {
  std::vector<Value> v = ToValues(items);
  return Own(rt::TupleFromArray(v.data(), static_cast<int64_t>(v.size())));
}
Object make_dict() { return Own(rt::NewDict()); }
Object make_module(std::string_view name) { return Own(rt::NewModule(name)); }

// ------------------------------------------------------------ from Python
bool to_int(Handle h, int64_t* out) {
  Value v = V(h);
  if (rt::IsInt(v)) return rt::IntAsInt64(v, out);
  Ref i = rt::Index(v);
  return i && rt::IntAsInt64(i.get(), out);
}
bool to_double(Handle h, double* out) { return rt::AsDouble(V(h), out); }
bool to_string(Handle h, std::string* out) {
  Value v = V(h);
  if (!rt::IsStr(v)) {
    rt::SetErrorFmt(rt::TypeErrorType(), "expected str, got {}", rt::TypeName(v));
    return false;
  }
  *out = std::string(rt::StrView(v));
  return true;
}
bool to_bytes(Handle h, std::string* out) {
  Value v = V(h);
  if (rt::IsBytes(v)) {
    *out = std::string(rt::BytesView(v));
    return true;
  }
  if (rt::IsByteArray(v)) {
    std::string storage;
    std::string_view view;
    if (!rt::GetBuffer(v, &storage, &view)) return false;
    *out = std::string(view);
    return true;
  }
  rt::SetErrorFmt(rt::TypeErrorType(), "expected bytes, got {}", rt::TypeName(v));
  return false;
}
bool to_bool(Handle h, bool* out) {
  int r = rt::IsTrue(V(h));
  if (r < 0) return false;
  *out = r != 0;
  return true;
}
bool is_none(Handle v) { return rt::IsNone(V(v)); }
bool is_int(Handle v) { return rt::IsInt(V(v)); }
bool is_float(Handle v) { return V(v) && rt::IsInstance(V(v), &rt::FloatType); }
bool is_str(Handle v) { return rt::IsStr(V(v)); }
bool is_bytes(Handle v) { return rt::IsBytes(V(v)); }
bool is_list(Handle v) { return rt::IsList(V(v)); }
bool is_tuple(Handle v) { return rt::IsTuple(V(v)); }
bool is_dict(Handle v) { return rt::IsDict(V(v)); }
std::string type_name(Handle v) { return V(v) ? rt::TypeName(V(v)) : "NULL"; }
bool repr(Handle v, std::string* out) { return rt::ReprText(V(v), out); }
bool str(Handle v, std::string* out) { return rt::StrText(V(v), out); }

// ------------------------------------------------------------ protocol
Object getattr(Handle obj, std::string_view name) { return Own(rt::GetAttrStr(V(obj), name)); }
int setattr(Handle obj, std::string_view name, Handle v) {
  Ref key = rt::StrFromUtf8(name);
  if (!key) return -1;
  return rt::SetAttr(V(obj), key.get(), V(v));
}
bool hasattr(Handle obj, std::string_view name) {
  Ref r = rt::GetAttrStr(V(obj), name);
  if (!r) rt::ClearError();
  return static_cast<bool>(r);
}
Object call(Handle callable, std::initializer_list<Handle> args, Handle kwargs) {
  std::vector<Value> v = ToValues(args);
  size_t nargs = v.size();
  Ref kwnames;
  if (kwargs && rt::IsDict(V(kwargs)) && rt::DictSize(V(kwargs)) > 0) {
    Ref copy = rt::DictCopy(V(kwargs));  // a snapshot: the caller's dict may be shared
    if (!copy) return Object();
    kwnames = rt::NewTuple(rt::DictSize(copy.get()));
    if (!kwnames) return Object();
    int64_t pos = 0, i = 0;
    Value k, val;
    while (rt::DictNext(copy.get(), &pos, &k, &val)) {
      if (!rt::IsStr(k)) return raise(exc::TypeError(), "keywords must be strings");
      rt::TupleInit(kwnames.get(), i++, Ref::New(k));
      v.push_back(val);
    }
    Ref r = rt::Call(V(callable), v.data(), nargs, kwnames.get());
    return Own(std::move(r));
  }
  if (kwargs && !rt::IsDict(V(kwargs))) return raise(exc::TypeError(), "kwargs must be a dict");
  return Own(rt::Call(V(callable), v.data(), nargs));
}
Object call_method(Handle obj, std::string_view name, std::initializer_list<Handle> args) {
  std::vector<Value> v = ToValues(args);
  return Own(rt::CallMethod(V(obj), name, v.data(), v.size()));
}
Object get_item(Handle container, Handle key) { return Own(rt::GetItem(V(container), V(key))); }
int set_item(Handle container, Handle key, Handle v) { return rt::SetItem(V(container), V(key), V(v)); }
int64_t length(Handle v) { return rt::Length(V(v)); }
int compare_eq(Handle a, Handle b) { return rt::RichCompareBool(V(a), V(b), rt::CompareOp::kEq); }
Object iter(Handle iterable) { return Own(rt::GetIter(V(iterable))); }
Object next(Handle iterator) { return Own(rt::IterNext(V(iterator))); }

// ------------------------------------------------------------ containers
int64_t list_size(Handle list) {
  if (!rt::IsList(V(list))) {
    rt::SetErrorFmt(rt::TypeErrorType(), "expected list, got {}", type_name(list));
    return -1;
  }
  return rt::ListSize(V(list));
}
Handle list_item(Handle list, int64_t i) {
  if (list_size(list) < 0) return Handle();
  Ref r = rt::ListGetItemRef(V(list), i);
  if (!r) {
    if (!rt::ErrorOccurred()) rt::SetError(rt::IndexErrorType(), "list index out of range");
    return Handle();
  }
  return Pool(std::move(r));
}
int list_append(Handle list, Handle v) {
  if (list_size(list) < 0) return -1;
  return rt::ListAppend(V(list), V(v));
}
Handle tuple_item(Handle tuple, int64_t i) {
  Value t = V(tuple);
  if (!rt::IsTuple(t)) {
    rt::SetErrorFmt(rt::TypeErrorType(), "expected tuple, got {}", type_name(tuple));
    return Handle();
  }
  if (i < 0 || i >= rt::TupleSize(t)) {
    rt::SetError(rt::IndexErrorType(), "tuple index out of range");
    return Handle();
  }
  return Pool(Ref::New(rt::TupleItem(t, i)));
}
Handle dict_get(Handle dict, std::string_view key) {
  if (!rt::IsDict(V(dict))) {
    rt::SetErrorFmt(rt::TypeErrorType(), "expected dict, got {}", type_name(dict));
    return Handle();
  }
  Ref k = rt::StrFromUtf8(key);
  if (!k) return Handle();
  Ref out;
  if (rt::DictLookup(V(dict), k.get(), &out) <= 0) return Handle();
  return Pool(std::move(out));
}
int dict_set(Handle dict, std::string_view key, Handle v) {
  if (!rt::IsDict(V(dict))) {
    rt::SetErrorFmt(rt::TypeErrorType(), "expected dict, got {}", type_name(dict));
    return -1;
  }
  Ref k = rt::StrFromUtf8(key);
  if (!k) return -1;
  return rt::DictSetItem(V(dict), k.get(), V(v));
}

// ------------------------------------------------------------ exceptions
namespace exc {
#define GY_EXC(name) \
  Handle name() { return H(Value::FromObject(rt::name##Type())); }
GY_EXC(BaseException)
GY_EXC(Exception)
GY_EXC(TypeError)
GY_EXC(ValueError)
GY_EXC(KeyError)
GY_EXC(IndexError)
GY_EXC(AttributeError)
GY_EXC(RuntimeError)
GY_EXC(SystemError)
GY_EXC(ImportError)
GY_EXC(OverflowError)
GY_EXC(ZeroDivisionError)
GY_EXC(MemoryError)
#undef GY_EXC
}  // namespace exc

Object raise(Handle type, std::string_view message) {
  Value t = V(type);
  if (!t.is_object() || !(t.obj()->flags_ & gc::kIsType) ||
      !rt::IsSubtype(static_cast<rt::TypeObject*>(t.obj()), rt::BaseExceptionType())) {
    rt::SetError(rt::TypeErrorType(), "exceptions must derive from BaseException");
    return Object();
  }
  rt::SetError(static_cast<rt::TypeObject*>(t.obj()), message);
  return Object();
}
Object raise_object(Handle exception) {
  rt::SetErrorObject(V(exception));
  return Object();
}
bool error_occurred() { return rt::ErrorOccurred(); }
bool error_matches(Handle type) {
  Value t = V(type);
  if (!t.is_object() || !(t.obj()->flags_ & gc::kIsType)) return false;
  return rt::ErrorMatches(static_cast<rt::TypeObject*>(t.obj()));
}
void clear_error() { rt::ClearError(); }

ErrorInfo fetch_error() {
  ErrorInfo info;
  Ref e = rt::FetchError();
  if (!e) return info;
  info.type = rt::TypeName(e.get());
  Ref module = rt::GetAttrStr(Value::FromObject(e.type()), "__module__");
  if (module && rt::IsStr(module.get()) && rt::StrView(module.get()) != "builtins") {
    Ref qual = rt::GetAttrStr(Value::FromObject(e.type()), "__qualname__");
    if (qual && rt::IsStr(qual.get())) {
      info.type = std::string(rt::StrView(module.get())) + "." + std::string(rt::StrView(qual.get()));
    }
  }
  rt::ClearError();
  Ref s = rt::ExceptionStr(e.get());
  if (s && rt::IsStr(s.get())) info.message = std::string(rt::StrView(s.get()));
  rt::ClearError();
  for (const std::string& line : rt::FormatExceptionLines(rt::CurrentThread()->runtime, e.get(), true)) {
    info.traceback += line;
  }
  rt::ClearError();
  info.exception = Own(std::move(e));
  return info;
}
void restore_error(Object exception) { rt::RestoreError(Ref::Steal(V(exception.release()))); }

Object import_module(std::string_view dotted_name) { return Own(rt::ImportByName(dotted_name)); }

// ------------------------------------------------------------ threads
bool safepoint() {
  rt::ReleaseBorrowedPool();
  rt::ThreadState* ts = rt::CurrentThread();
  return ts == nullptr || sp::Poll(&ts->sp);
}

static_assert(sizeof(sp::Detached) <= 16 && alignof(sp::Detached) <= 8);
AllowThreads::AllowThreads() { new (storage_) sp::Detached(); }
AllowThreads::~AllowThreads() { reinterpret_cast<sp::Detached*>(storage_)->~Detached(); }

void ob_lock(Handle obj) {
  if (V(obj).is_object()) rt::ObjectLock(V(obj).obj());
}
void ob_unlock(Handle obj) {
  if (V(obj).is_object()) rt::ObjectUnlock(V(obj).obj());
}

// ------------------------------------------------------------ embedding

namespace {

struct RuntimeImpl {
  rt::Runtime* runtime = nullptr;
  sp::Detached* creator_detached = nullptr;  // the creating thread, between scopes
};

std::atomic<RuntimeImpl*> g_runtime{nullptr};

void ExitOnSettingError(const std::string& error) {
  if (error.empty()) return;
  std::fprintf(stderr, "gilectomy: %s\n", error.c_str());
  std::exit(2);
}

Handle GlobalsOrMain(RuntimeImpl* impl, Handle globals) {
  return globals ? globals : H(impl->runtime->main_dict());
}

}  // namespace

Runtime::Runtime(Config config) {
  ExitOnSettingError(rt::LoadAutolockWarnSetting());
  gc::GcConfig gc_config;
  std::string error = gc::LoadGcConfig({}, &gc_config);
  if (error.empty()) error = gc::ApplyGcConfig(gc_config);
  ExitOnSettingError(error);
  auto* impl = new RuntimeImpl();
  RuntimeImpl* expected = nullptr;
  if (!g_runtime.compare_exchange_strong(expected, impl)) {
    std::fprintf(stderr, "gilectomy: only one gilectomy::Runtime may exist at a time\n");
    std::abort();
  }
  rt::RuntimeConfig rc;
  rc.argv = config.argv.empty() ? std::vector<std::string>{""} : config.argv;
  rc.path = config.path;
  rc.handle_signals = config.handle_signals;
  impl->runtime = new rt::Runtime(std::move(rc));
  impl->creator_detached = new sp::Detached();
  impl_ = impl;
}

Runtime::~Runtime() {
  auto* impl = static_cast<RuntimeImpl*>(impl_);
  delete impl->creator_detached;  // attached again
  rt::ReleaseBorrowedPool();
  impl->runtime->WaitForThreads();
  impl->runtime->Finalize();
  rt::ReleaseBorrowedPool();
  delete impl->runtime;  // detaches and drops this thread's state
  g_runtime.store(nullptr);
  delete impl;
}

Object Runtime::exec(std::string_view source, Handle globals, std::string_view filename) {
  RequireThread("gilectomy::Runtime::exec");
  auto* impl = static_cast<RuntimeImpl*>(impl_);
  std::string name(filename);
  impl->runtime->RegisterSource(name, std::string(source));
  Ref code = rt::Compile(source, name, rt::ast::Mode::kFile);
  if (!code) return Object();
  Value g = V(GlobalsOrMain(impl, globals));
  return Own(rt::EvalCode(rt::As<rt::CodeObject>(code.get()), g, g));
}

Object Runtime::eval(std::string_view expression, Handle globals) {
  RequireThread("gilectomy::Runtime::eval");
  auto* impl = static_cast<RuntimeImpl*>(impl_);
  Ref code = rt::Compile(expression, "<embed>", rt::ast::Mode::kEval);
  if (!code) return Object();
  Value g = V(GlobalsOrMain(impl, globals));
  return Own(rt::EvalCode(rt::As<rt::CodeObject>(code.get()), g, g));
}

Object Runtime::run_file(const std::string& path) {
  RequireThread("gilectomy::Runtime::run_file");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    rt::SetErrnoError(ENOENT, path);
    return Object();
  }
  std::stringstream ss;
  ss << in.rdbuf();
  Object file = make_str(path);
  if (dict_set(main_dict(), "__file__", file) < 0) return Object();
  return exec(ss.str(), Handle(), path);
}

Handle Runtime::main_dict() const { return H(static_cast<RuntimeImpl*>(impl_)->runtime->main_dict()); }

// kind_: 0 nothing to undo, 1 re-attached an existing state, 2 created one.
static_assert(sizeof(sp::Attached) <= 24 && alignof(sp::Attached) <= 8);
ThreadScope::ThreadScope(Runtime& runtime) : kind_(0) {
  rt::ThreadState* ts = rt::CurrentThread();
  if (ts == nullptr) {
    rt::AttachNewThreadState(static_cast<RuntimeImpl*>(runtime.impl_)->runtime);
    kind_ = 2;
  } else {
    new (storage_) sp::Attached();
    kind_ = 1;
  }
}

ThreadScope::~ThreadScope() {
  if (kind_ == 2) {
    rt::ReleaseBorrowedPool();
    rt::DetachThreadState();
  } else if (kind_ == 1) {
    reinterpret_cast<sp::Attached*>(storage_)->~Attached();
  }
}

}  // namespace gilectomy
