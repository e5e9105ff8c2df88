// The eval loop. Entry point: EvalFrame.
//
// - Dispatch: computed goto (GILECTOMY_COMPUTED_GOTO) or a switch; both are
//   generated from runtime/opcodes.def through the TARGET/DISPATCH macros.
// - Registers: `ip`, `sp`, `f`, `locals`, `consts` live in locals of EvalFrame
//   and are written back to the frame (SAVE_FRAME) before anything that can
//   push a frame or needs the current line.
// - Python-to-Python calls push a frame on the thread's frame stack and keep
//   running in the same EvalFrame; only calls from C++ recurse.
// - Errors: every failing instruction jumps to `error`, which records a
//   traceback entry and looks the instruction up in the exception table;
//   without a handler the frame is popped and the search continues in the
//   caller, until the entry frame returns an empty Ref.
// - Safepoint poll: JUMP_BACKWARD and function entry load the thread's
//   eval_breaker word (relaxed) and take the slow path when it is non-zero.
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/format.h"
#include "runtime/frame.h"
#include "runtime/import.h"
#include "runtime/interpreter.h"
#include "runtime/object_lock.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/signals.h"

namespace gilectomy::rt {

// ------------------------------------------------------------------ frames

namespace {
constexpr size_t kFrameChunkSize = 1 << 20;  // bytes per frame-stack chunk
}

int Frame::line() const {
  size_t index = ip > code->code.data() ? static_cast<size_t>(ip - code->code.data()) - 1 : 0;
  if (index >= code->lines.size()) return code->firstlineno;
  return code->lines[index];
}

Frame* PushFrame(ThreadState* ts, CodeObject* code) {
  size_t slots = static_cast<size_t>(code->nlocalsplus() + code->stacksize);
  size_t size = offsetof(Frame, localsplus) + slots * sizeof(Value);
  size = (size + 15) & ~size_t{15};
  char* saved_top = ts->frame_top;
  char* saved_end = ts->frame_end;
  size_t saved_chunk = ts->frame_chunk_index;
  if (ts->frame_top == nullptr || ts->frame_top + size > ts->frame_end) {
    // Move to the next chunk (reusing one allocated earlier when possible).
    size_t next = ts->frame_top == nullptr ? 0 : ts->frame_chunk_index + 1;
    size_t chunk_size = std::max(kFrameChunkSize, size);
    if (next < ts->frame_chunks.size() &&
        (size > kFrameChunkSize)) {  // a reused chunk only holds kFrameChunkSize
      gc::FreeRaw(ts->frame_chunks[next]);
      ts->frame_chunks[next] = static_cast<char*>(gc::AllocateRaw(chunk_size));
    } else if (next >= ts->frame_chunks.size()) {
      ts->frame_chunks.push_back(static_cast<char*>(gc::AllocateRaw(chunk_size)));
    }
    char* chunk = ts->frame_chunks[next];
    if (chunk == nullptr) {
      NoMemory();
      return nullptr;
    }
    ts->frame_chunk_index = next;
    ts->frame_top = chunk;
    ts->frame_end = chunk + chunk_size;
  }
  auto* f = reinterpret_cast<Frame*>(ts->frame_top);
  ts->frame_top += size;
  // Only the header and the fast locals need clearing; the value stack is
  // written before it is read.
  std::memset(static_cast<void*>(f), 0,
              offsetof(Frame, localsplus) + static_cast<size_t>(code->nlocalsplus()) * sizeof(Value));
  f->code = code;
  f->saved_top = saved_top;
  f->saved_end = saved_end;
  f->saved_chunk = saved_chunk;
  f->ip = code->code.data();
  f->sp = f->stack_base();
  f->prev = ts->frame;
  ts->frame = f;
  ts->py_depth++;
  return f;
}

void PopFrame(ThreadState* ts, Frame* f) {
  for (Value* p = f->localsplus; p < f->sp; ++p) Decref(*p);
  if (f->func) {
    // The function keeps the code and the globals alive.
    gc::Decref(f->func);
  } else {
    Decref(Value::FromObject(f->code));
    Decref(f->globals);
  }
  Decref(f->locals);
  ts->frame = f->prev;
  ts->py_depth--;
  ts->frame_top = f->saved_top;
  ts->frame_end = f->saved_end;
  ts->frame_chunk_index = f->saved_chunk;
}

// ------------------------------------------------------------------ arguments

namespace {

std::string FuncName(FunctionObject* func) {
  return std::string(StrView(Value::FromObject(func->qualname)));
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string NameList(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

void MissingArguments(FunctionObject* func, Frame* f, int from, int to, const char* kind) {
  CodeObject* co = func->code;
  std::vector<std::string> missing;
  for (int i = from; i < to; ++i) {
    if (!f->localsplus[i]) missing.emplace_back(StrView(co->localsplus_names[i]));
  }
  SetErrorFmt(TypeErrorType(), "{}() missing {} required {} argument{}: {}", FuncName(func),
              missing.size(), kind, missing.size() == 1 ? "" : "s", NameList(missing));
}

void TooManyPositional(FunctionObject* func, size_t given, size_t kw_given) {
  CodeObject* co = func->code;
  int ndefaults = func->defaults ? static_cast<int>(TupleSize(Value::FromObject(func->defaults))) : 0;
  std::string takes;
  if (ndefaults > 0) {
    takes = fmt::format("from {} to {} positional arguments", co->argcount - ndefaults, co->argcount);
  } else {
    takes = fmt::format("{} positional argument{}", co->argcount, co->argcount == 1 ? "" : "s");
  }
  std::string kwpart;
  if (kw_given > 0) {
    kwpart = fmt::format(" positional argument{} (and {} keyword-only argument{})",
                         given == 1 ? "" : "s", kw_given, kw_given == 1 ? "" : "s");
  }
  SetErrorFmt(TypeErrorType(), "{}() takes {} but {}{} {} given", FuncName(func), takes, given,
              kwpart, given == 1 && kw_given == 0 ? "was" : "were");
}

}  // namespace

bool BindArguments(FunctionObject* func, Frame* f, const Value* args, size_t nargs, Value kwnames) {
  CodeObject* co = func->code;
  Value* locals = f->localsplus;
  const int argcount = co->argcount;
  const int total = argcount + co->kwonlyargcount;
  int next_slot = total;
  Value* varargs_slot = nullptr;
  Value* kwargs_slot = nullptr;
  if (co->flags & kCodeVarargs) varargs_slot = &locals[next_slot++];
  if (co->flags & kCodeVarkeywords) {
    kwargs_slot = &locals[next_slot++];
    Ref d = NewDict();
    if (!d) return false;
    *kwargs_slot = d.release();
  }
  size_t npos = std::min(nargs, static_cast<size_t>(argcount));
  for (size_t i = 0; i < npos; ++i) {
    Incref(args[i]);
    locals[i] = args[i];
  }
  if (varargs_slot != nullptr) {
    Ref t = nargs > npos ? TupleFromArray(args + npos, static_cast<int64_t>(nargs - npos))
                         : Ref::New(EmptyTuple());
    if (!t) return false;
    *varargs_slot = t.release();
  }
  size_t nkw = kwnames ? static_cast<size_t>(TupleSize(kwnames)) : 0;
  for (size_t k = 0; k < nkw; ++k) {
    Value name = TupleItem(kwnames, static_cast<int64_t>(k));
    Value value = args[nargs + k];
    int slot = -1;
    for (int i = co->posonlyargcount; i < total; ++i) {
      if (co->localsplus_names[i] == name) {
        slot = i;
        break;
      }
    }
    if (slot < 0) {
      for (int i = co->posonlyargcount; i < total; ++i) {
        if (StrEquals(co->localsplus_names[i], name)) {
          slot = i;
          break;
        }
      }
    }
    if (slot < 0) {
      if (kwargs_slot != nullptr) {
        if (DictSetItem(*kwargs_slot, name, value) < 0) return false;
        continue;
      }
      for (int i = 0; i < co->posonlyargcount; ++i) {
        if (StrEquals(co->localsplus_names[i], name)) {
          SetErrorFmt(TypeErrorType(),
                      "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                      FuncName(func), StrView(name));
          return false;
        }
      }
      SetErrorFmt(TypeErrorType(), "{}() got an unexpected keyword argument '{}'", FuncName(func),
                  StrView(name));
      return false;
    }
    if (locals[slot]) {
      SetErrorFmt(TypeErrorType(), "{}() got multiple values for argument '{}'", FuncName(func),
                  StrView(name));
      return false;
    }
    Incref(value);
    locals[slot] = value;
  }
  if (nargs > static_cast<size_t>(argcount) && varargs_slot == nullptr) {
    size_t kwonly_given = 0;
    for (int i = argcount; i < total; ++i) kwonly_given += locals[i] ? 1 : 0;
    TooManyPositional(func, nargs, kwonly_given);
    return false;
  }
  // Defaults for missing positional parameters.
  if (npos < static_cast<size_t>(argcount)) {
    Value defaults = func->defaults ? Value::FromObject(func->defaults) : Value();
    int ndef = defaults ? static_cast<int>(TupleSize(defaults)) : 0;
    int first_default = argcount - ndef;
    bool missing = false;
    for (int i = static_cast<int>(npos); i < argcount; ++i) {
      if (locals[i]) continue;
      if (i >= first_default) {
        Value d = TupleItem(defaults, i - first_default);
        Incref(d);
        locals[i] = d;
      } else {
        missing = true;
      }
    }
    if (missing) {
      MissingArguments(func, f, 0, argcount, "positional");
      return false;
    }
  }
  // Keyword-only defaults.
  bool missing_kw = false;
  for (int i = argcount; i < total; ++i) {
    if (locals[i]) continue;
    Value d = func->kwdefaults ? DictGetStr(Value::FromObject(func->kwdefaults), co->localsplus_names[i])
                               : Value();
    if (d) {
      Incref(d);
      locals[i] = d;
    } else {
      missing_kw = true;
    }
  }
  if (missing_kw) {
    MissingArguments(func, f, argcount, total, "keyword-only");
    return false;
  }
  return true;
}

namespace {

// Cells for captured locals and free variables from the closure.
bool SetupCells(FunctionObject* func, Frame* f) {
  CodeObject* co = func->code;
  for (int i = 0; i < co->ncells; ++i) {
    int slot = co->nlocals + i;
    Value init;
    for (const auto& [cell, arg] : co->cell_args) {
      if (cell == slot) init = f->localsplus[arg];
    }
    Ref c = NewCell(init);
    if (!c) return false;
    f->localsplus[slot] = c.release();
  }
  if (co->nfrees > 0) {
    Value closure = Value::FromObject(func->closure);
    for (int i = 0; i < co->nfrees; ++i) {
      Value c = TupleItem(closure, i);
      Incref(c);
      f->localsplus[co->nlocals + co->ncells + i] = c;
    }
  }
  return true;
}

// A function frame owns one reference, to the function; the code and the
// globals are borrowed from it (fewer shared-counter writes per call).
void InitFunctionFrame(Frame* f, FunctionObject* func) {
  gc::Incref(func);
  f->func = func;
  f->globals = Value::FromObject(func->globals);
  f->builtins = CurrentThread()->runtime->builtins();
}

// Called before a frame is pushed, so the error is reported in the caller.
bool RecursionCheck(ThreadState* ts) {
  if (ts->py_depth >= ts->runtime->recursion_limit()) {
    SetError(RecursionErrorType(), "maximum recursion depth exceeded");
    return false;
  }
  return true;
}

}  // namespace

Ref CallPythonFunction(FunctionObject* func, const Value* args, size_t nargs, Value kwnames) {
  ThreadState* ts = CurrentThread();
  if (!CheckCStack(" while calling a Python object") || !RecursionCheck(ts)) return Ref();
  CodeObject* co = func->code;
  Frame* f = PushFrame(ts, co);
  if (f == nullptr) return Ref();
  InitFunctionFrame(f, func);
  bool simple = !kwnames && co->argcount == static_cast<int>(nargs) && co->kwonlyargcount == 0 &&
                (co->flags & (kCodeVarargs | kCodeVarkeywords)) == 0;
  if (simple) {
    for (size_t i = 0; i < nargs; ++i) {
      Incref(args[i]);
      f->localsplus[i] = args[i];
    }
  }
  if ((!simple && !BindArguments(func, f, args, nargs, kwnames)) ||
      ((co->ncells | co->nfrees) != 0 && !SetupCells(func, f))) {
    PopFrame(ts, f);
    return Ref();
  }
  if (co->flags & kCodeGenerator) return MakeGenerator(ts, f);
  f->is_entry = true;
  return EvalFrame(ts, f);
}

Ref EvalCode(CodeObject* code, Value globals, Value locals) {
  ThreadState* ts = CurrentThread();
  if (!RecursionCheck(ts)) return Ref();
  Frame* f = PushFrame(ts, code);
  if (f == nullptr) return Ref();
  Incref(Value::FromObject(code));
  Incref(globals);
  f->globals = globals;
  Incref(locals);
  f->locals = locals;
  f->builtins = ts->runtime->builtins();
  Value b = DictGetCStr(globals, "__builtins__");
  if (b && IsDict(b)) f->builtins = b;
  for (int i = 0; i < code->ncells; ++i) {
    Ref c = NewCell(Value());
    f->localsplus[code->nlocals + i] = c.release();
  }
  f->is_entry = true;
  return EvalFrame(ts, f);
}

// Runs a class body: the body function's code with `ns` as its locals dict
// (LOAD_NAME/STORE_NAME), its closure for free variables, and fresh cells
// (the __class__ cell that zero-argument super() reads).
Ref EvalClassBody(FunctionObject* body, Value ns) {
  ThreadState* ts = CurrentThread();
  if (!CheckCStack(" while calling a Python object") || !RecursionCheck(ts)) return Ref();
  CodeObject* co = body->code;
  Frame* f = PushFrame(ts, co);
  if (f == nullptr) return Ref();
  InitFunctionFrame(f, body);
  Incref(ns);
  f->locals = ns;
  if ((co->ncells | co->nfrees) != 0 && !SetupCells(body, f)) {
    PopFrame(ts, f);
    return Ref();
  }
  f->is_entry = true;
  return EvalFrame(ts, f);
}

// ------------------------------------------------------------------ slow paths

namespace {

// The slow path of the poll: safepoint work (park for a stop-the-world, run
// pending calls, yield the GIL), then signals. The frame is saved.
[[gnu::noinline]] bool HandleEvalBreaker(ThreadState* ts) {
  uint32_t bits = ts->sp.eval_breaker.load(std::memory_order_relaxed);
  if ((bits & kBreakerSafepoint) && !sp::SafepointSlow(&ts->sp)) return false;
  if (bits & kBreakerSignal) return CheckSignals();
  return true;
}

[[gnu::noinline]] Ref NameErrorFor(Value name) {
  return SetErrorFmt(NameErrorType(), "name '{}' is not defined", StrView(name));
}

// The LOAD_GLOBAL cache slot for (globals, name), or null before the
// thread's cache exists.
inline ThreadState::GlobalCacheEntry* GlobalCacheSlot(ThreadState* ts, Value globals, Value name) {
  if (ts->global_cache == nullptr) return nullptr;
  uintptr_t h = (reinterpret_cast<uintptr_t>(name.obj()) >> 4) ^ (reinterpret_cast<uintptr_t>(globals.obj()) >> 7);
  return &ts->global_cache[h & (ThreadState::kGlobalCacheSize - 1)];
}

// LOAD_GLOBAL's miss path: globals, then builtins, under their locks, with
// their versions read in the same critical sections; refills the cache
// slot unless a lookup ran Python code. Raises NameError.
[[gnu::noinline]] Ref LoadGlobalSlow(ThreadState* ts, Value globals, Value builtins, Value name) {
  uint64_t gv = 0, bv = 0;
  bool gok = true, bok = true;
  Ref v = DictGetStrVersioned(globals, name, &gv, &gok);
  if (!v) {
    v = DictGetStrVersioned(builtins, name, &bv, &bok);
    if (!v) return NameErrorFor(name);
  } else {
    // Found in globals: a builtins change cannot matter, but the hit test
    // compares both versions; a builtins change just costs one refill.
    bv = As<DictObject>(builtins)->version;
  }
  if (!gok || !bok) return v;
  if (ts->global_cache == nullptr) ts->global_cache = new ThreadState::GlobalCacheEntry[ThreadState::kGlobalCacheSize];
  ThreadState::GlobalCacheEntry* e = GlobalCacheSlot(ts, globals, name);
  ThreadState::GlobalCacheEntry old = *e;
  Incref(globals);
  Incref(builtins);
  Incref(v.get());
  *e = {globals.obj(), builtins.obj(), name, gv, bv, v.get()};
  Decref(old.value);
  if (old.globals != nullptr) Decref(Value::FromObject(old.globals));
  if (old.builtins != nullptr) Decref(Value::FromObject(old.builtins));
  return v;
}


[[gnu::noinline]] bool UnpackIterable(Value seq, uint32_t before, int after, Value** sp_io) {
  // after < 0: exact count `before` (UNPACK_SEQUENCE); else UNPACK_EX.
  Value* sp = *sp_io;
  // Fast path: a list of exactly the right length, read under its lock
  // (another thread may be resizing it). Incref only: nothing can run here.
  if (after < 0 && seq.is_object() && seq.type() == &ListType) {
    LockGuard g(seq);
    if (ListSize(seq) == static_cast<int64_t>(before)) {
      for (int64_t i = before; i-- > 0;) {
        Value v = ListItem(seq, i);
        Incref(v);
        *sp++ = v;
      }
      *sp_io = sp;
      return true;
    }
  }
  std::vector<Ref> items;
  Ref snapshot;  // a list another thread may mutate: copy it under its lock
  if (IsList(seq)) {
    snapshot = ListToTuple(seq);
    if (!snapshot) return false;
    seq = snapshot.get();
  }
  if (IsTuple(seq)) {
    int64_t n = TupleSize(seq);
    for (int64_t i = 0; i < n; ++i) items.push_back(Ref::New(TupleItem(seq, i)));
  } else {
    Ref it = GetIter(seq);
    if (!it) {
      if (ErrorMatches(TypeErrorType()) && seq.type()->iter == nullptr && seq.type()->getitem == nullptr) {
        ClearError();
        SetErrorFmt(TypeErrorType(), "cannot unpack non-iterable {} object", TypeName(seq));
      }
      return false;
    }
    while (true) {
      Ref x = IterNext(it.get());
      if (!x) break;
      items.push_back(std::move(x));
      if (after < 0 && items.size() > before) break;
    }
    if (ErrorOccurred()) return false;
  }
  size_t n = items.size();
  if (after < 0) {
    if (n < before) {
      SetErrorFmt(ValueErrorType(), "not enough values to unpack (expected {}, got {})", before, n);
      return false;
    }
    if (n > before) {
      SetErrorFmt(ValueErrorType(), "too many values to unpack (expected {})", before);
      return false;
    }
    for (size_t i = n; i-- > 0;) *sp++ = items[i].release();
    *sp_io = sp;
    return true;
  }
  size_t a = static_cast<size_t>(after);
  if (n < before + a) {
    SetErrorFmt(ValueErrorType(), "not enough values to unpack (expected at least {}, got {})",
                before + a, n);
    return false;
  }
  for (size_t i = n; i-- > n - a;) *sp++ = items[i].release();
  Ref middle = NewList(0);
  if (!middle) return false;
  for (size_t i = before; i < n - a; ++i) ListAppend(middle.get(), items[i].get());
  *sp++ = middle.release();
  for (size_t i = before; i-- > 0;) *sp++ = items[i].release();
  *sp_io = sp;
  return true;
}

bool IsExceptionClass(Value v) {
  return v.is_object() && (v.obj()->flags_ & gc::kIsType) &&
         IsSubtype(static_cast<TypeObject*>(v.obj()), BaseExceptionType());
}

// `except T:` matching; T may be a tuple of classes.
int ExceptionMatches(Value exc, Value type) {
  if (IsTuple(type)) {
    for (int64_t i = 0; i < TupleSize(type); ++i) {
      int r = ExceptionMatches(exc, TupleItem(type, i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (!IsExceptionClass(type)) {
    SetError(TypeErrorType(), "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return IsInstance(exc, static_cast<TypeObject*>(type.obj())) ? 1 : 0;
}

// RAISE_VARARGS: builds the exception to raise. Returns false (error set either way).
void DoRaise(ThreadState* ts, Value exc, Value cause) {
  Ref instance;
  if (IsExceptionClass(exc)) {
    instance = CallNoArgs(exc);
    if (!instance) return;
    if (!Is<BaseExceptionObject>(instance.get())) {
      SetErrorFmt(TypeErrorType(), "calling {} should have returned an instance of BaseException, not {}",
                  static_cast<TypeObject*>(exc.obj())->name, TypeName(instance.get()));
      return;
    }
  } else if (Is<BaseExceptionObject>(exc)) {
    instance = Ref::New(exc);
  } else {
    SetError(TypeErrorType(), "exceptions must derive from BaseException");
    return;
  }
  if (cause) {
    Ref cause_instance;
    if (IsNone(cause)) {
      cause_instance = Ref::New(None());
    } else if (IsExceptionClass(cause)) {
      cause_instance = CallNoArgs(cause);
      if (!cause_instance) return;
    } else if (Is<BaseExceptionObject>(cause)) {
      cause_instance = Ref::New(cause);
    } else {
      SetError(TypeErrorType(), "exception causes must derive from BaseException");
      return;
    }
    if (SetAttr(instance.get(), Intern("__cause__"), cause_instance.get()) < 0) return;
  }
  SetErrorObject(instance.get());
}

Ref LoadName(Frame* f, Value name) {
  if (f->locals) {
    if (IsDict(f->locals)) {
      Ref v;
      int r = DictLookup(f->locals, name, &v);
      if (r < 0) return Ref();
      if (r > 0) return v;
    } else {
      Ref v = GetItem(f->locals, name);
      if (v || !ErrorMatches(KeyErrorType())) return v;
      ClearError();
    }
  }
  Value v = DictGetStr(f->globals, name);
  if (!v) v = DictGetStr(f->builtins, name);
  if (!v) return NameErrorFor(name);
  return Ref::New(v);
}

Ref CallWithArgsTuple(Value callable, Value self, Value args, Value kwargs) {
  std::vector<Value> argv;
  if (self) argv.push_back(self);
  Ref arg_tuple;
  if (!IsTuple(args)) {
    Ref t = ListFromIterable(args);
    if (!t) return Ref();
    arg_tuple = TupleFromArray(&As<ListObject>(t.get())->items[0], ListSize(t.get()));
    args = arg_tuple.get();
  }
  for (int64_t i = 0; i < TupleSize(args); ++i) argv.push_back(TupleItem(args, i));
  size_t npos = argv.size();
  Ref kwnames;
  if (kwargs && DictSize(kwargs) > 0) {
    kwnames = NewTuple(DictSize(kwargs));
    int64_t pos = 0, i = 0;
    Value k, v;
    while (DictNext(kwargs, &pos, &k, &v)) {
      if (!IsStr(k)) return SetError(TypeErrorType(), "keywords must be strings");
      TupleInit(kwnames.get(), i++, Ref::New(k));
      argv.push_back(v);
    }
  }
  return Call(callable, argv.data(), npos, kwnames.get());
}

// The line of the instruction before `ip` (the one executing).
int LineAt(const CodeObject* code, const uint32_t* ip) {
  ptrdiff_t index = ip - code->code.data() - 1;
  if (index < 0) return code->firstlineno;
  return code->lines[static_cast<size_t>(index)];
}

// How CPython names a callable in call errors: "mod.qualname()" for
// functions, "name()" for builtins, "'type' object" otherwise.
std::string FunctionStr(Value callable) {
  if (callable.is_object() && callable.type() == &FunctionType) {
    auto* fn = static_cast<FunctionObject*>(callable.obj());
    std::string q(StrView(Value::FromObject(fn->qualname)));
    if (fn->module && IsStr(Value::FromObject(fn->module))) {
      std::string m(StrView(Value::FromObject(fn->module)));
      if (m != "builtins") return m + "." + q + "()";
    }
    return q + "()";
  }
  if (callable.is_object() && callable.type() == &BuiltinFunctionType) {
    return std::string(static_cast<BuiltinFunctionObject*>(callable.obj())->def->name) + "()";
  }
  return std::string(TypeName(callable)) + " object";
}

// DICT_MERGE: f(**m) — m must be a mapping and may not repeat a keyword.
// (The function's name is formatted only for an error: a std::string alive
// at DISPATCH would leak, since a computed goto runs no destructors.)
int MergeKeywords(Value d, Value m, Value callable) {
  Ref source;
  if (IsDict(m)) {
    source = Ref::New(m);
  } else {
    Ref keys = CallMethod(m, "keys", nullptr, 0);
    if (!keys) {
      if (ErrorMatches(AttributeErrorType())) {
        ClearError();
        SetErrorFmt(TypeErrorType(), "{} argument after ** must be a mapping, not {}", FunctionStr(callable), TypeName(m));
      }
      return -1;
    }
    source = NewDict();
    if (!source || DictMerge(source.get(), m, true) < 0) return -1;
  }
  int64_t pos = 0;
  Value k, v;
  while (DictNext(source.get(), &pos, &k, &v)) {
    if (!IsStr(k)) {
      SetErrorFmt(TypeErrorType(), "keywords must be strings");
      return -1;
    }
    Ref existing;
    int found = DictLookup(d, k, &existing);
    if (found < 0) return -1;
    if (found > 0) {
      SetErrorFmt(TypeErrorType(), "{} got multiple values for keyword argument '{}'", FunctionStr(callable), StrView(k));
      return -1;
    }
    if (DictSetItem(d, k, v) < 0) return -1;
  }
  return 0;
}

// Fast arithmetic on two small ints; falls back to the generic path.
[[gnu::noinline]] Ref BinaryOpSlow(Value a, Value b, uint32_t arg) {
  if (arg >= 16) return InPlaceOp(a, b, static_cast<BinOp>(arg - 16));
  return BinaryOp(a, b, static_cast<BinOp>(arg));
}

[[gnu::noinline]] Ref CompareSlow(Value a, Value b, uint32_t arg) {
  return RichCompare(a, b, static_cast<CompareOp>(arg));
}

// Prints an expression result at the interactive prompt (PRINT_EXPR).
bool PrintExpr(Value v) {
  if (IsNone(v)) return true;
  Ref r = Repr(v);
  if (!r) return false;
  Value builtins = CurrentThread()->runtime->builtins();
  DictSetCStr(builtins, "_", v);
  std::string_view s = StrView(r.get());
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
  std::fflush(stdout);
  return true;
}

// BEFORE_WITH: the bound __enter__ and __exit__ of a context manager,
// looked up on its type as CPython's _PyObject_LookupSpecial does.
bool WithMethods(Value mgr, Ref* enter, Ref* exit) {
  auto special = [&](const char* name, Ref* out) {
    Value d = LookupInType(mgr.type(), Intern(name));
    if (!d) return false;
    DescrGetFn get = d.type()->descr_get;
    *out = get != nullptr ? get(d, mgr, Value::FromObject(mgr.type())) : Ref::New(d);
    return true;
  };
  if (!special("__enter__", enter)) {
    SetErrorFmt(TypeErrorType(), "'{}' object does not support the context manager protocol",
                TypeName(mgr));
    return false;
  }
  if (!*enter) return false;
  if (!special("__exit__", exit)) {
    SetErrorFmt(TypeErrorType(),
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                TypeName(mgr));
    return false;
  }
  return static_cast<bool>(*exit);
}

}  // namespace

// ------------------------------------------------------------------ the loop

Ref EvalFrame(ThreadState* ts, Frame* entry) {
  Frame* f = entry;
  const uint32_t* ip;
  Value* sp;
  Value* locals;
  const Value* consts;
  const Value* names;
  const uint32_t* code_start;
  uint32_t instr = 0;
  uint32_t arg = 0;
  bool reraise = false;

#define LOAD_FRAME()                                  \
  do {                                                \
    ip = f->ip;                                       \
    sp = f->sp;                                       \
    locals = f->localsplus;                           \
    consts = f->code->consts.data();                  \
    names = f->code->names.data();                    \
    code_start = f->code->code.data();                \
  } while (0)
#define SAVE_FRAME() \
  do {               \
    f->ip = ip;      \
    f->sp = sp;      \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define JUMPTO(target) (ip = code_start + (target))

#if defined(GILECTOMY_COMPUTED_GOTO)
  static void* const kDispatch[] = {
#define GY_OPCODE(name, effect, doc) &&L_##name,
#include "runtime/opcodes.def"
#undef GY_OPCODE
  };
// A computed goto runs no destructors (GCC and Clang): a local with one
// (Ref, std::string) that is still alive and non-empty at DISPATCH leaks.
// Release such locals, or scope them so they die before DISPATCH; a plain
// `goto error` is fine. The asan CI run's leak check catches offenders.
#define TARGET(op) L_##op:
#define DISPATCH()                         \
  do {                                     \
    instr = *ip++;                         \
    arg = InstrArg(instr);                 \
    goto* kDispatch[instr & 0xff];         \
  } while (0)
#else
#define TARGET(op) case Opcode::op:
#define DISPATCH() goto dispatch
#endif

  LOAD_FRAME();
  if (f->throwing) {  // generator.throw(): raise the pending exception at the yield
    f->throwing = false;
    goto error;
  }
  if (ts->sp.eval_breaker.load(std::memory_order_relaxed) != 0 && !HandleEvalBreaker(ts)) {
    goto error;
  }

#if defined(GILECTOMY_COMPUTED_GOTO)
  DISPATCH();
#else
dispatch:
  instr = *ip++;
  arg = InstrArg(instr);
  switch (InstrOp(instr)) {
#endif

  TARGET(NOP) { DISPATCH(); }

  TARGET(POP_TOP) {
    Decref(POP());
    DISPATCH();
  }

  TARGET(PUSH_NULL) {
    PUSH(Value());
    DISPATCH();
  }

  TARGET(COPY) {
    Value v = PEEK(arg);
    Incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(SWAP) {
    Value t = TOP();
    TOP() = PEEK(arg);
    PEEK(arg) = t;
    DISPATCH();
  }

  TARGET(LOAD_CONST) {
    Value v = consts[arg];
    Incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_FAST) {
    Value v = locals[arg];
    if (v.is_null()) {
      SetErrorFmt(UnboundLocalErrorType(),
                  "cannot access local variable '{}' where it is not associated with a value",
                  StrView(f->code->localsplus_names[arg]));
      goto error;
    }
    Incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_FAST) {
    Value old = locals[arg];
    locals[arg] = POP();
    Decref(old);
    DISPATCH();
  }

  TARGET(DELETE_FAST) {
    Value old = locals[arg];
    if (old.is_null()) {
      SetErrorFmt(UnboundLocalErrorType(),
                  "cannot access local variable '{}' where it is not associated with a value",
                  StrView(f->code->localsplus_names[arg]));
      goto error;
    }
    locals[arg] = Value();
    Decref(old);
    DISPATCH();
  }

  TARGET(LOAD_DEREF) {
    auto* cell = static_cast<CellObject*>(locals[arg].obj());
    Value v = cell->contents;
    if (v.is_null()) {
      Value name = f->code->localsplus_names[arg];
      if (static_cast<int>(arg) < f->code->nlocals + f->code->ncells) {
        SetErrorFmt(UnboundLocalErrorType(),
                    "cannot access local variable '{}' where it is not associated with a value",
                    StrView(name));
      } else {
        SetErrorFmt(NameErrorType(),
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    StrView(name));
      }
      goto error;
    }
    Incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_DEREF) {
    auto* cell = static_cast<CellObject*>(locals[arg].obj());
    Value old = cell->contents;
    cell->contents = POP();
    Decref(old);
    DISPATCH();
  }

  TARGET(DELETE_DEREF) {
    auto* cell = static_cast<CellObject*>(locals[arg].obj());
    Value old = cell->contents;
    if (old.is_null()) {
      SetErrorFmt(NameErrorType(), "name '{}' is not defined", StrView(f->code->localsplus_names[arg]));
      goto error;
    }
    cell->contents = Value();
    Decref(old);
    DISPATCH();
  }

  TARGET(LOAD_CLOSURE) {
    Value c = locals[arg];
    Incref(c);
    PUSH(c);
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    Value name = names[arg];
    Value v;
    ThreadState::GlobalCacheEntry* e = GlobalCacheSlot(ts, f->globals, name);
    if (e != nullptr && e->name == name && e->globals == f->globals.obj() && e->builtins == f->builtins.obj() &&
        e->globals_version == As<DictObject>(f->globals)->version &&
        e->builtins_version == As<DictObject>(f->builtins)->version) {
      v = e->value;
      Incref(v);
    } else {
      SAVE_FRAME();
      v = LoadGlobalSlow(ts, f->globals, f->builtins, name).release();
      if (v.is_null()) goto error;
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_GLOBAL) {
    Value v = POP();
    int r = DictSetItem(f->globals, names[arg], v);
    Decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_GLOBAL) {
    if (DictDelItem(f->globals, names[arg]) < 0) {
      ClearError();
      NameErrorFor(names[arg]);
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_NAME) {
    SAVE_FRAME();
    Ref v = LoadName(f, names[arg]);
    if (!v) goto error;
    PUSH(v.release());
    DISPATCH();
  }

  TARGET(STORE_NAME) {
    Value v = POP();
    int r = f->locals ? (IsDict(f->locals) ? DictSetItem(f->locals, names[arg], v)
                                           : SetItem(f->locals, names[arg], v))
                      : DictSetItem(f->globals, names[arg], v);
    Decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_NAME) {
    Value ns = f->locals ? f->locals : f->globals;
    int r = IsDict(ns) ? DictDelItem(ns, names[arg]) : DelItem(ns, names[arg]);
    if (r < 0) {
      ClearError();
      NameErrorFor(names[arg]);
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    SAVE_FRAME();
    Value owner = TOP();
    Ref v = GetAttr(owner, names[arg]);
    if (!v) goto error;
    TOP() = v.release();
    Decref(owner);
    DISPATCH();
  }

  TARGET(STORE_ATTR) {
    SAVE_FRAME();
    Value owner = POP();
    Value v = POP();
    int r = SetAttr(owner, names[arg], v);
    Decref(owner);
    Decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_ATTR) {
    SAVE_FRAME();
    Value owner = POP();
    int r = SetAttr(owner, names[arg], Value());
    Decref(owner);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(LOAD_METHOD) {
    SAVE_FRAME();
    Value obj = TOP();
    Value name = names[arg];
    TypeObject* t = obj.type();
    if (t->getattr == GenericGetAttr) {
      Value descr = LookupInType(t, name);
      if (descr && (descr.type() == &FunctionType ||
                    (descr.type() == &MethodDescriptorType &&
                     static_cast<MethodDescriptorObject*>(descr.obj())->def->kind == MethodDef::kInstance))) {
        bool shadowed = false;
        if (t->dict_offset != 0) {
          Value dict = LoadDictSlot(reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + t->dict_offset));
          shadowed = dict && DictGetStr(dict, name);
        }
        if (!shadowed) {
          Incref(descr);
          TOP() = descr;
          PUSH(obj);  // the reference moves from the old TOP slot
          DISPATCH();
        }
      }
    }
    Ref v = GetAttr(obj, name);
    if (!v) goto error;
    TOP() = v.release();
    Decref(obj);
    PUSH(Value());
    DISPATCH();
  }

  TARGET(CALL) {
    Value* args = sp - arg;
    Value self = args[-1];
    Value callable = args[-2];
    if (self.is_null() && callable.is_object() && callable.type() == &MethodType) {
      auto* m = static_cast<MethodObject*>(callable.obj());
      self = m->self;
      Incref(self);
      Value func = Value::FromObject(m->func);
      Incref(func);
      args[-1] = self;
      args[-2] = func;
      Decref(callable);
      callable = func;
    }
    Value* argv = self.is_null() ? args : args - 1;
    size_t argc = self.is_null() ? arg : arg + 1;
    if (callable.is_object() && callable.type() == &FunctionType &&
        (static_cast<FunctionObject*>(callable.obj())->code->flags & kCodeGenerator) == 0) {
      auto* func = static_cast<FunctionObject*>(callable.obj());
      CodeObject* co = func->code;
      SAVE_FRAME();
      if (!RecursionCheck(ts)) goto error;
      Frame* nf = PushFrame(ts, co);
      if (nf == nullptr) goto error;
      InitFunctionFrame(nf, func);
      bool simple = co->argcount == static_cast<int>(argc) && co->kwonlyargcount == 0 &&
                    (co->flags & (kCodeVarargs | kCodeVarkeywords)) == 0;
      if (simple) {
        // Move the arguments: the stack's references become the locals'.
        for (size_t i = 0; i < argc; ++i) nf->localsplus[i] = argv[i];
      } else if (!BindArguments(func, nf, argv, argc, Value())) {
        PopFrame(ts, nf);
        goto error;
      } else {
        for (size_t i = 0; i < argc; ++i) Decref(argv[i]);
      }
      sp = args - 2;
      Decref(callable);
      f->sp = sp;
      if ((co->ncells | co->nfrees) != 0 && !SetupCells(func, nf)) {
        f = nf;
        LOAD_FRAME();
        sp = f->stack_base();
        goto error;
      }
      f = nf;
      LOAD_FRAME();
      if (ts->sp.eval_breaker.load(std::memory_order_relaxed) != 0 && !HandleEvalBreaker(ts)) goto error;
      DISPATCH();
    }
    SAVE_FRAME();
    Ref result = Call(callable, argv, argc, Value());
    for (Value* p = args - 2; p < sp; ++p) Decref(*p);
    sp = args - 2;
    if (!result) goto error;
    PUSH(result.release());
    DISPATCH();
  }

  TARGET(CALL_KW) {
    Value kwnames = POP();
    Value* args = sp - arg;
    Value self = args[-1];
    Value callable = args[-2];
    Value* argv = self.is_null() ? args : args - 1;
    size_t nkw = static_cast<size_t>(TupleSize(kwnames));
    size_t npos = (self.is_null() ? arg : arg + 1) - nkw;
    SAVE_FRAME();
    Ref result = Call(callable, argv, npos, kwnames);
    Decref(kwnames);
    for (Value* p = args - 2; p < sp; ++p) Decref(*p);
    sp = args - 2;
    if (!result) goto error;
    PUSH(result.release());
    DISPATCH();
  }

  TARGET(CALL_EX) {
    Value kwargs = (arg & 1) ? POP() : Value();
    Value callargs = POP();
    Value self = POP();
    Value callable = POP();
    SAVE_FRAME();
    Ref result = CallWithArgsTuple(callable, self, callargs, kwargs);
    Decref(kwargs);
    Decref(callargs);
    Decref(self);
    Decref(callable);
    if (!result) goto error;
    PUSH(result.release());
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Value b = POP();
    Value a = TOP();
    if (a.is_small_int() && b.is_small_int()) {
      int64_t x = a.small_int(), y = b.small_int();
      switch (static_cast<BinOp>(arg & 15)) {
        case BinOp::kAdd:
          TOP() = Value::FitsSmallInt(x + y) ? Value::SmallInt(x + y) : IntFromInt64(x + y).release();
          DISPATCH();
        case BinOp::kSub:
          TOP() = Value::FitsSmallInt(x - y) ? Value::SmallInt(x - y) : IntFromInt64(x - y).release();
          DISPATCH();
        case BinOp::kMul: {
          int64_t r;
          if (!__builtin_mul_overflow(x, y, &r) && Value::FitsSmallInt(r)) {
            TOP() = Value::SmallInt(r);
            DISPATCH();
          }
          break;
        }
        case BinOp::kFloorDiv:
          if (y != 0) {
            int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
            if (Value::FitsSmallInt(q)) {
              TOP() = Value::SmallInt(q);
              DISPATCH();
            }
          }
          break;
        case BinOp::kMod:
          if (y != 0) {
            int64_t r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            TOP() = Value::SmallInt(r);
            DISPATCH();
          }
          break;
        case BinOp::kAnd: TOP() = Value::SmallInt(x & y); DISPATCH();
        case BinOp::kOr: TOP() = Value::SmallInt(x | y); DISPATCH();
        case BinOp::kXor: TOP() = Value::SmallInt(x ^ y); DISPATCH();
        default: break;
      }
      if (TOP().is_null()) goto error;
    } else if (a.is_object() && b.is_object() && a.type() == &FloatType && b.type() == &FloatType) {
      double x = FloatValue(a), y = FloatValue(b);
      double r;
      bool done = true;
      switch (static_cast<BinOp>(arg & 15)) {
        case BinOp::kAdd: r = x + y; break;
        case BinOp::kSub: r = x - y; break;
        case BinOp::kMul: r = x * y; break;
        case BinOp::kTrueDiv:
          done = y != 0.0;
          r = done ? x / y : 0.0;
          break;
        case BinOp::kPow:
          // A positive finite base and a finite exponent: a real result, no
          // domain error. Overflow (inf) and the special cases take the
          // generic path, which raises as CPython does.
          r = 0.0;
          done = x > 0.0 && std::isfinite(x) && std::isfinite(y);
          if (done) {
            r = std::pow(x, y);
            done = std::isfinite(r);
          }
          break;
        default: done = false; r = 0; break;
      }
      if (done) {
        Ref res = FloatFromDouble(r);
        if (!res) goto error;
        TOP() = res.release();
        Decref(a);
        Decref(b);
        DISPATCH();
      }
    }
    {
      SAVE_FRAME();
      Ref r = BinaryOpSlow(a, b, arg);
      Decref(b);
      if (!r) goto error;
      TOP() = r.release();
      Decref(a);
    }
    DISPATCH();
  }

  TARGET(COMPARE_OP) {
    Value b = POP();
    Value a = TOP();
    if (a.is_small_int() && b.is_small_int()) {
      TOP() = Bool(ApplyCompare(a.small_int(), b.small_int(), static_cast<CompareOp>(arg)));
      DISPATCH();
    }
    SAVE_FRAME();
    Ref r = CompareSlow(a, b, arg);
    Decref(b);
    if (!r) goto error;
    TOP() = r.release();
    Decref(a);
    DISPATCH();
  }

  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    bool r = (a == b) != (arg != 0);
    TOP() = Bool(r);
    Decref(a);
    Decref(b);
    DISPATCH();
  }

  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = TOP();
    SAVE_FRAME();
    int r = Contains(container, item);
    Decref(container);
    if (r < 0) goto error;
    TOP() = Bool((r != 0) != (arg != 0));
    Decref(item);
    DISPATCH();
  }

  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    if (v.is_small_int() && v.small_int() != kSmallIntMin) {
      TOP() = Value::SmallInt(-v.small_int());
      DISPATCH();
    }
    SAVE_FRAME();
    Ref r = Negative(v);
    if (!r) goto error;
    TOP() = r.release();
    Decref(v);
    DISPATCH();
  }

  TARGET(UNARY_POSITIVE) {
    Value v = TOP();
    SAVE_FRAME();
    Ref r = Positive(v);
    if (!r) goto error;
    TOP() = r.release();
    Decref(v);
    DISPATCH();
  }

  TARGET(UNARY_INVERT) {
    Value v = TOP();
    SAVE_FRAME();
    Ref r = Invert(v);
    if (!r) goto error;
    TOP() = r.release();
    Decref(v);
    DISPATCH();
  }

  TARGET(UNARY_NOT) {
    Value v = TOP();
    SAVE_FRAME();
    int t = IsTrue(v);
    if (t < 0) goto error;
    TOP() = Bool(!t);
    Decref(v);
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Value key = POP();
    Value container = TOP();
    SAVE_FRAME();
    Ref r;
    if (key.is_small_int() && container.is_object() && container.type() == &ListType) {
      int64_t i = key.small_int();
      if (i < 0) i += ListSize(container);
      r = ListGetItemRef(container, i);  // empty when out of range: GetItem raises
    }
    if (!r) r = GetItem(container, key);
    Decref(key);
    if (!r) goto error;
    TOP() = r.release();
    Decref(container);
    DISPATCH();
  }

  TARGET(STORE_SUBSCR) {
    Value key = POP();
    Value container = POP();
    Value v = POP();
    SAVE_FRAME();
    int r = SetItem(container, key, v);
    Decref(key);
    Decref(container);
    Decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_SUBSCR) {
    Value key = POP();
    Value container = POP();
    SAVE_FRAME();
    int r = DelItem(container, key);
    Decref(key);
    Decref(container);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(BUILD_SLICE) {
    Value step = arg == 3 ? POP() : None();
    Value stop = POP();
    Value start = POP();
    Ref s = NewSlice(start, stop, step);
    Decref(start);
    Decref(stop);
    if (arg == 3) Decref(step);
    if (!s) goto error;
    PUSH(s.release());
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    Ref t = NewTuple(arg);
    if (!t) goto error;
    auto* tp = static_cast<TupleObject*>(t.obj());
    sp -= arg;
    for (uint32_t i = 0; i < arg; ++i) tp->items[i] = sp[i];
    PUSH(t.release());
    DISPATCH();
  }

  TARGET(BUILD_LIST) {
    Ref l = NewList(arg);
    if (!l) goto error;
    sp -= arg;
    for (uint32_t i = 0; i < arg; ++i) {
      ListAppend(l.get(), sp[i]);
      Decref(sp[i]);
    }
    PUSH(l.release());
    DISPATCH();
  }

  TARGET(BUILD_MAP) {
    Ref d = NewDict();
    if (!d) goto error;
    Value* items = sp - 2 * arg;
    int r = 0;
    for (uint32_t i = 0; i < arg && r == 0; ++i) r = DictSetItem(d.get(), items[2 * i], items[2 * i + 1]);
    for (Value* p = items; p < sp; ++p) Decref(*p);
    sp = items;
    if (r < 0) goto error;
    PUSH(d.release());
    DISPATCH();
  }

  TARGET(BUILD_CONST_KEY_MAP) {
    Value keys = POP();
    Ref d = NewDict();
    if (!d) goto error;
    Value* items = sp - arg;
    int r = 0;
    for (uint32_t i = 0; i < arg && r == 0; ++i) r = DictSetItem(d.get(), TupleItem(keys, i), items[i]);
    for (Value* p = items; p < sp; ++p) Decref(*p);
    Decref(keys);
    sp = items;
    if (r < 0) goto error;
    PUSH(d.release());
    DISPATCH();
  }

  TARGET(LIST_APPEND) {
    Value v = POP();
    int r = ListAppend(PEEK(arg), v);
    Decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(LIST_EXTEND) {
    Value iterable = POP();
    SAVE_FRAME();
    Value list = PEEK(arg & 0xff);
    int r = ListExtend(list, iterable);
    if (r < 0) {
      if (ErrorMatches(TypeErrorType()) && iterable.type()->iter == nullptr &&
          iterable.type()->getitem == nullptr) {
        ClearError();
        if (arg & kInCall) {
          SetErrorFmt(TypeErrorType(), "{} argument after * must be an iterable, not {}",
                      FunctionStr(PEEK((arg & 0xff) + 2)), TypeName(iterable));
        } else {
          SetErrorFmt(TypeErrorType(), "Value after * must be an iterable, not {}", TypeName(iterable));
        }
      }
      Decref(iterable);
      goto error;
    }
    Decref(iterable);
    DISPATCH();
  }

  TARGET(LIST_TO_TUPLE) {
    Value l = TOP();
    Ref t = TupleFromArray(As<ListObject>(l)->items, ListSize(l));
    if (!t) goto error;
    TOP() = t.release();
    Decref(l);
    DISPATCH();
  }

  TARGET(DICT_UPDATE) {
    Value m = POP();
    SAVE_FRAME();
    int r = DictMerge(PEEK(arg), m, true);
    if (r < 0 && ErrorMatches(AttributeErrorType())) {
      ClearError();
      SetErrorFmt(TypeErrorType(), "'{}' object is not a mapping", TypeName(m));
    }
    Decref(m);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DICT_MERGE) {
    Value m = POP();
    Value d = PEEK(arg & 0xff);
    SAVE_FRAME();
    // In a call the callable is below [NULL|self, args tuple, kwargs dict].
    int r = MergeKeywords(d, m, PEEK((arg & 0xff) + 3));
    Decref(m);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(MAP_ADD) {
    Value v = POP();
    Value k = POP();
    int r = DictSetItem(PEEK(arg), k, v);
    Decref(k);
    Decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(JUMP) {
    JUMPTO(arg);
    DISPATCH();
  }

  TARGET(JUMP_BACKWARD) {
    // Poll before jumping, so an error is reported at the loop's line.
    if (ts->sp.eval_breaker.load(std::memory_order_relaxed) != 0) {
      SAVE_FRAME();
      if (!HandleEvalBreaker(ts)) goto error;
    }
    JUMPTO(arg);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    if (v == False()) {
      JUMPTO(arg);
    } else if (v != True()) {
      int t = IsTrue(v);
      Decref(v);
      if (t < 0) goto error;
      if (t == 0) JUMPTO(arg);
    }
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    if (v == True()) {
      JUMPTO(arg);
    } else if (v != False()) {
      int t = IsTrue(v);
      Decref(v);
      if (t < 0) goto error;
      if (t == 1) JUMPTO(arg);
    }
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NONE) {
    Value v = POP();
    if (IsNone(v)) JUMPTO(arg);
    Decref(v);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NOT_NONE) {
    Value v = POP();
    if (!IsNone(v)) JUMPTO(arg);
    Decref(v);
    DISPATCH();
  }

  TARGET(JUMP_IF_FALSE_OR_POP) {
    Value v = TOP();
    int t = v == True() ? 1 : v == False() ? 0 : IsTrue(v);
    if (t < 0) goto error;
    if (t == 0) {
      JUMPTO(arg);
    } else {
      Decref(POP());
    }
    DISPATCH();
  }

  TARGET(JUMP_IF_TRUE_OR_POP) {
    Value v = TOP();
    int t = v == True() ? 1 : v == False() ? 0 : IsTrue(v);
    if (t < 0) goto error;
    if (t == 1) {
      JUMPTO(arg);
    } else {
      Decref(POP());
    }
    DISPATCH();
  }

  TARGET(GET_ITER) {
    Value v = TOP();
    SAVE_FRAME();
    Ref it = GetIter(v);
    if (!it) goto error;
    TOP() = it.release();
    Decref(v);
    DISPATCH();
  }

  TARGET(FOR_ITER) {
    Value it = TOP();
    SAVE_FRAME();
    Ref next = it.type()->next(it);
    if (next) {
      PUSH(next.release());
      DISPATCH();
    }
    if (ErrorOccurred()) {
      if (!ErrorMatches(StopIterationType())) goto error;
      ClearError();
    }
    Decref(POP());
    JUMPTO(arg);
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    Value seq = POP();
    SAVE_FRAME();
    if (seq.is_object() && seq.type() == &TupleType && TupleSize(seq) == arg) {
      for (uint32_t i = arg; i-- > 0;) {
        Value v = TupleItem(seq, i);
        Incref(v);
        PUSH(v);
      }
      Decref(seq);
      DISPATCH();
    }
    bool ok = UnpackIterable(seq, arg, -1, &sp);
    Decref(seq);
    if (!ok) goto error;
    DISPATCH();
  }

  TARGET(UNPACK_EX) {
    Value seq = POP();
    SAVE_FRAME();
    bool ok = UnpackIterable(seq, arg & 0xff, static_cast<int>(arg >> 8), &sp);
    Decref(seq);
    if (!ok) goto error;
    DISPATCH();
  }

  TARGET(MAKE_FUNCTION) {
    Value qualname = POP();
    Value code = POP();
    Ref fn = NewFunction(code, f->globals, qualname);
    Decref(qualname);
    Decref(code);
    if (!fn) goto error;
    auto* func = static_cast<FunctionObject*>(fn.obj());
    // A function defined at module level is shared by every thread that
    // calls it: make it immortal, so calls never write its refcount (one
    // contended cache line otherwise). Only the first such function per
    // code object, so a module-level loop that keeps redefining a function
    // leaks at most one. It is not yet visible to any other thread.
    // Methods of a class defined at module level are shared the same way.
    bool module_level = f->func == nullptr && f->locals == f->globals;
    bool module_class_body = f->func != nullptr && f->locals && f->prev != nullptr &&
                             f->prev->func == nullptr && f->prev->locals == f->prev->globals;
    if ((module_level || module_class_body) &&
        !As<CodeObject>(code)->made_immortal_function.exchange(true, std::memory_order_relaxed)) {
      MakeImmortal(func);
    }
    if (arg & 8) func->closure = POP().obj();
    if (arg & 2) func->kwdefaults = POP().obj();
    if (arg & 1) func->defaults = POP().obj();
    PUSH(fn.release());
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    Value retval = POP();
    if (f == entry) {
      f->sp = sp;
      PopFrame(ts, f);
      return Ref::Steal(retval);
    }
    Frame* caller = f->prev;
    f->sp = sp;
    PopFrame(ts, f);
    f = caller;
    LOAD_FRAME();
    PUSH(retval);
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) {
    SAVE_FRAME();
    if (arg == 0) {
      Value handled = ts->handled_exc;
      if (!handled) {
        SetError(RuntimeErrorType(), "No active exception to reraise");
        goto error;
      }
      RestoreError(Ref::New(handled));
      reraise = true;
      goto error;
    }
    Value cause = arg == 2 ? POP() : Value();
    Value exc = POP();
    DoRaise(ts, exc, cause);
    Decref(exc);
    Decref(cause);
    goto error;
  }

  TARGET(RERAISE) {
    Value exc = POP();
    RestoreError(Ref::Steal(exc));
    reraise = true;
    goto error;
  }

  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    Value prev = ts->handled_exc ? ts->handled_exc : None();
    Incref(exc);
    ts->handled_exc = exc;
    TOP() = prev;  // the reference held by handled_exc moves to the stack
    PUSH(exc);
    DISPATCH();
  }

  TARGET(POP_EXCEPT) {
    Value prev = POP();
    Value old = ts->handled_exc;
    ts->handled_exc = IsNone(prev) ? Value() : prev;
    Decref(old);
    DISPATCH();
  }

  TARGET(POP_EXCEPT_RERAISE) {
    Value exc = POP();
    Value prev = POP();
    Value old = ts->handled_exc;
    ts->handled_exc = IsNone(prev) ? Value() : prev;
    Decref(old);
    RestoreError(Ref::Steal(exc));
    reraise = true;
    goto error;
  }

  TARGET(CHECK_EXC_MATCH) {
    Value type = POP();
    int r = ExceptionMatches(TOP(), type);
    Decref(type);
    if (r < 0) goto error;
    PUSH(Bool(r != 0));
    DISPATCH();
  }

  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value::FromObject(AssertionErrorType()));
    DISPATCH();
  }

  TARGET(LOAD_BUILD_CLASS) {
    Value bc = DictGetCStr(f->builtins, "__build_class__");
    if (!bc) {
      SAVE_FRAME();
      SetError(NameErrorType(), "__build_class__ not found");
      goto error;
    }
    Incref(bc);
    PUSH(bc);
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    Value fromlist = POP();
    Value level = POP();
    SAVE_FRAME();
    Ref m = ImportModule(names[arg], f->globals, fromlist, level);
    Decref(fromlist);
    Decref(level);
    if (!m) goto error;
    PUSH(m.release());
    DISPATCH();
  }

  TARGET(IMPORT_FROM) {
    SAVE_FRAME();
    Ref v = ImportFrom(TOP(), names[arg]);
    if (!v) goto error;
    PUSH(v.release());
    DISPATCH();
  }

  TARGET(IMPORT_STAR) {
    Value m = POP();
    SAVE_FRAME();
    int r = ImportStar(m, f->locals ? f->locals : f->globals);
    Decref(m);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(PRINT_EXPR) {
    Value v = POP();
    SAVE_FRAME();
    bool ok = PrintExpr(v);
    Decref(v);
    if (!ok) goto error;
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    Value spec = (arg & 4) ? POP() : Value();
    Value v = TOP();
    SAVE_FRAME();
    Ref r;
    {  // `converted` must die before DISPATCH (see DISPATCH's definition)
      Ref converted;
      switch (arg & 3) {
        case 1: converted = Str(v); break;
        case 2: converted = Repr(v); break;
        case 3: {
          Value ascii = DictGetCStr(ts->runtime->builtins(), "ascii");
          converted = ascii ? CallOneArg(ascii, v) : Repr(v);
          break;
        }
        default: converted = Ref::New(v); break;
      }
      if (converted) {
        if (!spec && converted.type() == &StrType) {
          r = std::move(converted);
        } else {
          r = FormatValue(converted.get(), spec ? StrView(spec) : std::string_view());
        }
      }
    }
    Decref(spec);
    if (!r) goto error;
    TOP() = r.release();
    Decref(v);
    DISPATCH();
  }

  TARGET(BUILD_STRING) {
    Ref s;
    {  // `out` must die before DISPATCH: a computed goto runs no destructors.
      std::string out;
      for (uint32_t i = arg; i > 0; --i) out += StrView(PEEK(i));
      for (uint32_t i = 0; i < arg; ++i) Decref(POP());
      s = StrFromUtf8(out);
    }
    if (!s) goto error;
    PUSH(s.release());
    DISPATCH();
  }

  TARGET(BUILD_SET) {
    Ref set = NewSet();
    int r = set ? 0 : -1;
    sp -= arg;
    for (uint32_t i = 0; i < arg; ++i) {
      if (r == 0) {
        SAVE_FRAME();
        r = SetAdd(set.get(), sp[i]);
      }
      Decref(sp[i]);
    }
    if (r < 0) goto error;
    PUSH(set.release());
    DISPATCH();
  }

  TARGET(SET_ADD) {
    Value v = POP();
    SAVE_FRAME();
    int r = SetAdd(PEEK(arg), v);
    Decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(SET_UPDATE) {
    Value iterable = POP();
    SAVE_FRAME();
    int r = SetUpdate(PEEK(arg), iterable);
    Decref(iterable);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(YIELD_VALUE) {
    // Only generator frames yield, and they always run as entry frames
    // (runtime/objects/generator.cpp resumes them).
    Value v = POP();
    SAVE_FRAME();
    f->yielded = true;
    ts->frame = f->prev;
    ts->py_depth--;
    return Ref::Steal(v);
  }

  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (!IsGenerator(v)) {
      SAVE_FRAME();
      Ref it = GetIter(v);
      if (!it) goto error;
      TOP() = it.release();
      Decref(v);
    }
    DISPATCH();
  }

  TARGET(SEND) {
    Value v = POP();
    Value receiver = TOP();
    SAVE_FRAME();
    Ref out;
    int st = YieldFromSend(receiver, v, &out);
    Decref(v);
    if (st < 0) goto error;
    if (st == 1) {
      Decref(POP());
      PUSH(out.release());
      JUMPTO(arg);
      DISPATCH();
    }
    PUSH(out.release());
    DISPATCH();
  }

  TARGET(BEFORE_WITH) {
    Value mgr = TOP();
    SAVE_FRAME();
    Ref res;
    {  // `enter` must die before DISPATCH (see DISPATCH's definition)
      Ref enter, exit;
      if (!WithMethods(mgr, &enter, &exit)) goto error;
      TOP() = exit.release();
      Decref(mgr);
      res = CallNoArgs(enter.get());
    }
    if (!res) goto error;
    PUSH(res.release());
    DISPATCH();
  }

  TARGET(WITH_EXCEPT_START) {
    // [exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, tb)]
    Value exc = TOP();
    Value exit = PEEK(3);
    SAVE_FRAME();
    auto* e = static_cast<BaseExceptionObject*>(exc.obj());
    Value exit_args[3] = {Value::FromObject(exc.type()), exc,
                          e->traceback ? Value::FromObject(e->traceback) : None()};
    Ref r = Call(exit, exit_args, 3);
    if (!r) goto error;
    PUSH(r.release());
    DISPATCH();
  }

#if !defined(GILECTOMY_COMPUTED_GOTO)
    default:
      break;
  }
  // Every opcode's case ends in DISPATCH or goto; reaching here is a bug.
  std::fprintf(stderr, "gilectomy: fatal: unknown opcode %u\n", instr & 0xff);
  std::abort();
#endif

error:
  // An exception is pending. Record where it passed (unless re-raised),
  // then find a handler in this frame or unwind to the caller.
  if (!reraise) {
    Value exc = ts->current_exc;
    if (exc) AddTraceback(exc, f->code->filename, f->code->name, LineAt(f->code, ip));
  }
  reraise = false;
  for (;;) {
    uint32_t index = static_cast<uint32_t>(ip - 1 - code_start);
    const ExceptionTableEntry* h = FindHandler(f->code, index);
    if (h != nullptr) {
      Value* base = f->stack_base() + h->depth;
      while (sp > base) Decref(POP());
      PUSH(FetchError().release());
      JUMPTO(h->handler);
      DISPATCH();
    }
    // No handler: pop the frame and continue in the caller.
    f->sp = sp;
    bool was_entry = f == entry;
    Frame* caller = f->prev;
    PopFrame(ts, f);
    if (was_entry) return Ref();
    f = caller;
    LOAD_FRAME();
    Value exc = ts->current_exc;
    if (exc) AddTraceback(exc, f->code->filename, f->code->name, LineAt(f->code, ip));
  }

#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef JUMPTO
#undef TARGET
#undef DISPATCH
}

}  // namespace gilectomy::rt
