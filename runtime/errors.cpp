// The thread's pending exception: set, test, fetch, restore.
#include "runtime/errors.h"

#include "runtime/abstract.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

#include <cerrno>
#include <cstring>

namespace gilectomy::rt {

namespace {

// Links `exc.__context__` to the exception being handled, as raising inside
// an `except` block does in CPython, without creating a context cycle.
void ChainContext(ThreadState* ts, Value exc) {
  Value handled = ts->handled_exc;
  if (!handled || handled == exc || !Is<BaseExceptionObject>(exc)) return;
  auto* e = static_cast<BaseExceptionObject*>(exc.obj());
  // Break a cycle: if exc is already in handled's context chain, cut it there.
  Value o = handled;
  while (o) {
    auto* oe = static_cast<BaseExceptionObject*>(o.obj());
    Value ctx = oe->context ? Value::FromObject(oe->context) : Value();
    if (ctx == exc) {
      oe->context = nullptr;
      Decref(ctx);
      break;
    }
    o = ctx;
  }
  Incref(handled);
  Value old = e->context ? Value::FromObject(e->context) : Value();
  e->context = handled.obj();
  Decref(old);
}

void SetCurrent(ThreadState* ts, Ref exc) {
  ChainContext(ts, exc.get());
  Value old = ts->current_exc;
  ts->current_exc = exc.release();
  Decref(old);
}

}  // namespace

ErrorTag SetError(TypeObject* type, std::string_view msg) {
  Ref s = StrFromUtf8(msg);
  Value arg = s.get();
  Ref exc = NewException(type, &arg, 1);
  if (exc) SetCurrent(CurrentThread(), std::move(exc));
  return {};
}

ErrorTag SetErrorWithArg(TypeObject* type, Value arg) {
  Ref exc = NewException(type, &arg, 1);
  if (exc) SetCurrent(CurrentThread(), std::move(exc));
  return {};
}

ErrorTag SetErrorObject(Value exc) {
  if (exc.is_object() && (exc.obj()->flags_ & gc::kIsType)) {
    Ref inst = CallNoArgs(exc);
    if (!inst) return {};
    SetCurrent(CurrentThread(), std::move(inst));
    return {};
  }
  SetCurrent(CurrentThread(), Ref::New(exc));
  return {};
}

ErrorTag NoMemory() {
  // Preallocated? MemoryError with no arguments needs no allocation of a message.
  Ref exc = NewException(MemoryErrorType(), nullptr, 0);
  if (exc) SetCurrent(CurrentThread(), std::move(exc));
  return {};
}

bool ErrorOccurred() { return !CurrentThread()->current_exc.is_null(); }

bool ErrorMatches(TypeObject* type) {
  Value exc = CurrentThread()->current_exc;
  return exc && IsInstance(exc, type);
}

Ref FetchError() {
  ThreadState* ts = CurrentThread();
  Value v = ts->current_exc;
  ts->current_exc = Value();
  return Ref::Steal(v);
}

void RestoreError(Ref exc) {
  ThreadState* ts = CurrentThread();
  Value old = ts->current_exc;
  ts->current_exc = exc.release();
  Decref(old);
}

void ClearError() { RestoreError(Ref()); }

ErrorTag SetErrnoError(int err, std::string_view path) {
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

}  // namespace gilectomy::rt
