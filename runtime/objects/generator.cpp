// Generators.
//
// A generator owns its frame (DESIGN.md: "Generators suspend their frame
// object"). Calling a generator function pushes a frame on the thread's
// frame stack as for any call and binds the arguments; MakeGenerator then
// moves that frame (a memcpy: the frame holds no pointer into itself except
// `sp`, which is rebased) into memory the generator owns, and pops the
// thread's stack without touching the references, which now belong to the
// generator.
//
// Resuming (Resume) links the generator's frame on top of the thread's frame
// chain and runs it with EvalFrame as an entry frame:
//   - YIELD_VALUE saves ip/sp, sets `f->yielded`, unlinks the frame and makes
//     EvalFrame return the yielded value; the frame stays in the generator.
//   - RETURN_VALUE or an unhandled exception pops the frame as usual
//     (PopFrame releases its references; the saved frame-stack bookkeeping
//     was set to the current values, so PopFrame leaves the thread's stack
//     as it is), and the generator frees the memory.
//   - send(v) pushes v on the suspended frame's stack: it is the value of the
//     `yield` expression. throw() makes the exception pending and sets
//     `f->throwing`, so EvalFrame starts at its error path, at the yield.
// Each resume is one C++ call of EvalFrame (generators are resumed from C++:
// next(), for loops, SEND), guarded by CheckCStack and the recursion limit.
//
// `yield from` compiles to  GET_YIELD_FROM_ITER; LOAD_CONST None;
// L: SEND exit; YIELD_VALUE 1; JUMP L; exit:  so a generator suspended at a
// YIELD_VALUE with operand 1 is delegating to the iterator on top of its
// stack (gi_yieldfrom). throw() and close() pass through to that delegate
// first, as CPython's gen_throw/gen_close do.
//
// The exception being handled inside a suspended generator (a yield inside
// an `except` block) is kept in exc_state and swapped with the thread's
// handled exception around each resume.
#include "runtime/objects/generator.h"

#include <cstdio>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/code.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/interpreter.h"
#include "runtime/objects/init.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"
#include "runtime/objects/weakref.h"

namespace gilectomy::rt {

TypeObject GeneratorType;

namespace {

GeneratorObject* AsGen(Value v) { return static_cast<GeneratorObject*>(v.obj()); }

size_t FrameBytes(const CodeObject* code) {
  size_t slots = static_cast<size_t>(code->nlocalsplus() + code->stacksize);
  return offsetof(Frame, localsplus) + slots * sizeof(Value);
}

bool Started(const GeneratorObject* g) {
  return g->frame != nullptr && g->frame->ip != g->frame->code->code.data();
}

// Drops the references a suspended frame holds and frees its memory.
void ReleaseFrame(Frame* f) {
  for (Value* p = f->localsplus; p < f->sp; ++p) Decref(*p);
  if (f->func) {
    gc::Decref(f->func);
  } else {
    Decref(Value::FromObject(f->code));
    Decref(f->globals);
  }
  Decref(f->locals);
  gc::FreeRaw(f);
}

// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
void ConvertStopIteration() {
  Ref exc = FetchError();
  Ref msg = StrFromUtf8("generator raised StopIteration");
  Value arg = msg.get();
  Ref rt = NewException(RuntimeErrorType(), &arg, 1);
  if (!rt) return;
  auto* e = static_cast<BaseExceptionObject*>(rt.obj());
  Incref(exc.get());
  e->cause = exc.get().obj();
  e->context = exc.release().obj();
  e->suppress_context = true;
  RestoreError(std::move(rt));
}

// Runs the generator's frame until it yields (0, *out = the value), returns
// (1, *out = the return value) or raises (-1). `sent` (may be null) is pushed
// as the value of the pending yield; `throwing` resumes with the pending
// exception raised at the yield.
int Resume(GeneratorObject* g, Value sent, bool throwing, Ref* out) {
  ThreadState* ts = CurrentThread();
  Frame* f = g->frame;
  if (ts->py_depth >= ts->runtime->recursion_limit()) {
    SetError(RecursionErrorType(), "maximum recursion depth exceeded");
    return -1;
  }
  if (!CheckCStack(" while calling a Python object")) return -1;
  if (sent) {
    Incref(sent);
    *f->sp++ = sent;
  }
  f->prev = ts->frame;
  ts->frame = f;
  ts->py_depth++;
  f->saved_top = ts->frame_top;
  f->saved_end = ts->frame_end;
  f->saved_chunk = ts->frame_chunk_index;
  f->is_entry = true;
  f->yielded = false;
  f->throwing = throwing;
  Value outer = ts->handled_exc;  // this reference is ours until we put it back
  if (g->exc_state) {
    ts->handled_exc = g->exc_state;
    g->exc_state = Value();
  } else {
    Incref(outer);
  }
  g->running = true;
  Ref r = EvalFrame(ts, f);
  g->running = false;
  Value inner = ts->handled_exc;
  ts->handled_exc = outer;
  bool yielded = r && f->yielded;
  if (yielded && inner != outer) {
    g->exc_state = inner;
  } else {
    Decref(inner);
  }
  if (yielded) {
    *out = std::move(r);
    return 0;
  }
  // The frame finished; EvalFrame has released its references.
  gc::FreeRaw(f);
  g->frame = nullptr;
  if constexpr (gc::kBufferedRefCounts) gc::ClearGcBits(g, gc::kGcNeedsFinalize);
  if (r) {
    *out = std::move(r);
    return 1;
  }
  if (ErrorMatches(StopIterationType())) ConvertStopIteration();
  return -1;
}

// gen_send_ex: send `arg` (None for next()).
int Send(GeneratorObject* g, Value arg, Ref* out) {
  if (g->frame != nullptr && !Started(g) && !IsNone(arg)) {
    SetError(TypeErrorType(), "can't send non-None value to a just-started generator");
    return -1;
  }
  if (g->running) {
    SetError(ValueErrorType(), "generator already executing");
    return -1;
  }
  if (g->frame == nullptr) {
    *out = Ref::New(None());
    return 1;
  }
  return Resume(g, Started(g) ? arg : Value(), false, out);
}

// Raises the pending exception inside the generator.
int ThrowPending(GeneratorObject* g, Ref* out) {
  if (g->running) {
    SetError(ValueErrorType(), "generator already executing");
    return -1;
  }
  if (g->frame == nullptr) return -1;  // finished: the exception propagates as is
  return Resume(g, Value(), true, out);
}

// The iterator a suspended `yield from` delegates to (borrowed), or null.
Value Delegate(const GeneratorObject* g) {
  const Frame* f = g->frame;
  if (!Started(g)) return Value();
  uint32_t prev = f->ip[-1];
  if (InstrOp(prev) == Opcode::YIELD_VALUE && InstrArg(prev) == 1) return f->sp[-1];
  return Value();
}

// Value of a pending StopIteration (taking it), or None.
Ref TakeStopIterationValue() {
  Ref exc = FetchError();
  if (!exc) return Ref::New(None());
  auto* e = static_cast<BaseExceptionObject*>(exc.obj());
  Value args = Value::FromObject(e->args);
  if (e->args != nullptr && TupleSize(args) > 0) return Ref::New(TupleItem(args, 0));
  return Ref::New(None());
}

int Close(GeneratorObject* g);

// gen_close_iter: closes a delegate. -1 with its error.
int CloseIter(Value yf) {
  if (IsGenerator(yf)) return Close(AsGen(yf));
  Ref meth = GetAttrStr(yf, "close");
  if (!meth) {
    ClearError();
    return 0;
  }
  Ref r = CallNoArgs(meth.get());
  return r ? 0 : -1;
}

// The delegate of a `yield from` finished (st 1, value in *ret) or failed
// (st -1, error pending): drop it and continue the frame after the loop.
int FinishDelegation(GeneratorObject* g, int st, Ref ret, Ref* out) {
  Frame* f = g->frame;
  Decref(*--f->sp);
  uint32_t send = f->ip[-2];  // SEND exit; YIELD_VALUE 1; JUMP L  <- ip
  f->ip = f->code->code.data() + InstrArg(send);
  if (st == 1) return Resume(g, ret.get(), false, out);
  if (ErrorMatches(StopIterationType())) {
    Ref v = TakeStopIterationValue();
    return Resume(g, v.get(), false, out);
  }
  return Resume(g, Value(), true, out);
}

// _gen_throw: `exc` (an exception instance) is thrown into g.
int Throw(GeneratorObject* g, bool close_on_genexit, Value exc, Ref* out) {
  Value yf = Delegate(g);
  if (yf && !g->running) {
    Ref hold = Ref::New(yf);
    if (close_on_genexit && IsInstance(exc, GeneratorExitType())) {
      g->running = true;
      int err = CloseIter(yf);
      g->running = false;
      if (err < 0) return ThrowPending(g, out);
    } else {
      Ref ret;
      int st;
      if (IsGenerator(yf)) {
        g->running = true;
        st = Throw(AsGen(yf), close_on_genexit, exc, &ret);
        g->running = false;
      } else {
        Ref meth = GetAttrStr(yf, "throw");
        if (!meth) {
          if (!ErrorMatches(AttributeErrorType())) return -1;
          ClearError();
          goto throw_here;
        }
        auto* e = static_cast<BaseExceptionObject*>(exc.obj());
        Value args[3] = {Value::FromObject(exc.type()), exc,
                         e->traceback ? Value::FromObject(e->traceback) : None()};
        g->running = true;
        ret = Call(meth.get(), args, 3);
        g->running = false;
        st = ret ? 0 : -1;
      }
      if (st == 0) {
        *out = std::move(ret);
        return 0;
      }
      return FinishDelegation(g, st, std::move(ret), out);
    }
  }
throw_here:
  RestoreError(Ref::New(exc));
  return ThrowPending(g, out);
}

// gen_close. 0, or -1 with an error.
int Close(GeneratorObject* g) {
  Value yf = Delegate(g);
  int err = 0;
  if (yf && !g->running) {
    Ref hold = Ref::New(yf);
    g->running = true;
    err = CloseIter(yf);
    g->running = false;
  }
  if (err == 0) SetErrorObject(Value::FromObject(GeneratorExitType()));
  Ref out;
  int st = ThrowPending(g, &out);
  if (st == 0) {
    SetError(RuntimeErrorType(), "generator ignored GeneratorExit");
    return -1;
  }
  if (st == 1) return 0;
  if (ErrorMatches(StopIterationType()) || ErrorMatches(GeneratorExitType())) {
    ClearError();
    return 0;
  }
  return -1;
}

// Builds the exception throw(typ, val, tb) raises.
Ref ThrowArgument(Value typ, Value val, Value tb) {
  if (tb && !IsNone(tb) && !Is<TracebackObject>(tb)) {
    return SetError(TypeErrorType(), "throw() third argument must be a traceback object");
  }
  bool is_class = typ.is_object() && (typ.obj()->flags_ & gc::kIsType) &&
                  IsSubtype(static_cast<TypeObject*>(typ.obj()), BaseExceptionType());
  if (is_class) {
    if (!val || IsNone(val)) return CallNoArgs(typ);
    if (IsInstance(val, static_cast<TypeObject*>(typ.obj()))) return Ref::New(val);
    if (IsTuple(val)) {
      auto* t = As<TupleObject>(val);
      return Call(typ, t->items, static_cast<size_t>(t->size));
    }
    return CallOneArg(typ, val);
  }
  if (Is<BaseExceptionObject>(typ)) {
    if (val && !IsNone(val)) {
      return SetError(TypeErrorType(), "instance exception may not have a separate value");
    }
    return Ref::New(typ);
  }
  return SetErrorFmt(TypeErrorType(),
                     "exceptions must be classes or instances deriving from BaseException, not {}",
                     TypeName(typ));
}

// Reports an exception a finalizer could not raise (CPython's "Exception
// ignored in: ..." line).
void WriteUnraisable(Value obj) {
  Ref exc = FetchError();
  std::string what;
  if (!ReprText(obj, &what)) {
    ClearError();
    what = "<object>";
  }
  std::string msg;
  if (exc) {
    Ref s = ExceptionStr(exc.get());
    msg = TypeName(exc.get());
    if (s && !StrView(s.get()).empty()) msg += ": " + std::string(StrView(s.get()));
    ClearError();
  }
  std::fflush(stdout);
  std::fprintf(stderr, "Exception ignored in: %s\n%s\n", what.c_str(), msg.c_str());
}

// --- slots -----------------------------------------------------------------------

void GenDealloc(gc::Header* h) {
  auto* g = static_cast<GeneratorObject*>(h);
  ClearWeakRefs(g);
  if (Started(g) && !g->running) {
    // Finalizer (PEP 342): close() a suspended generator so its `finally`
    // blocks run. The object is kept alive (count 1) while close() runs.
    gc::InitRefCount(h, 1);
    Ref saved = FetchError();
    if (Close(g) < 0) WriteUnraisable(Value::FromObject(h));
    RestoreError(std::move(saved));
    if (gc::RefCount(h) != 1) {
      gc::InitRefCount(h, gc::RefCount(h) - 1);  // resurrected by close()
      return;
    }
  }
  if (g->frame != nullptr) ReleaseFrame(g->frame);
  g->frame = nullptr;
  Decref(g->exc_state);
  gc::Decref(g->name);
  gc::Decref(g->qualname);
  gc::Decref(g->code);
  FreeObject(h);
}

// The suspended frame's slots and value stack, the function it runs (or, for
// a module-level frame, the code and globals it owns), the saved exception
// and the names. A running generator's frame is in use by a thread (its
// saved stack pointer is stale): it is skipped, which only keeps its
// referents alive for this collection (the thread's frames are roots).
void GenTraverse(gc::Header* h, gc::Visitor& v) {
  auto* g = static_cast<GeneratorObject*>(h);
  if (g->frame != nullptr && !g->running) {
    Frame* f = g->frame;
    for (Value* p = f->localsplus; p < f->sp; ++p) {
      if (p->is_object()) v.Visit(p->obj());
    }
    if (f->func) {
      v.Visit(f->func);
    } else {
      v.Visit(f->code);
      if (f->globals.is_object()) v.Visit(f->globals.obj());
    }
    if (f->locals.is_object()) v.Visit(f->locals.obj());
  }
  if (g->exc_state.is_object()) v.Visit(g->exc_state.obj());
  if (g->name) v.Visit(g->name);
  if (g->qualname) v.Visit(g->qualname);
  if (g->code) v.Visit(g->code);
}

// The collector's finalizer for a suspended generator found in a cycle:
// close() it, so its `finally` blocks run while everything it refers to is
// still intact (CPython's gen finalizer). The collector holds a reference
// and sets kGcFinalized first; once closed the frame is gone, so neither
// GenClear nor GenDealloc runs close() again.
}  // namespace

bool GenNeedsClose(Object* o) {
  auto* g = static_cast<GeneratorObject*>(o);
  return Started(g) && !g->running;
}

void GenFinalize(gc::Header* h) {
  auto* g = static_cast<GeneratorObject*>(h);
  if (!Started(g) || g->running) return;
  Ref saved = FetchError();
  if (Close(g) < 0) WriteUnraisable(Value::FromObject(h));
  RestoreError(std::move(saved));
}

namespace {

// Releases a suspended frame without running it: the generator is then
// finished (next() raises StopIteration, dealloc runs no close()). The
// collector runs finalizers (close()) before clearing, as CPython does.
void GenClear(gc::Header* h) {
  auto* g = static_cast<GeneratorObject*>(h);
  if (g->running) return;
  Frame* f = g->frame;
  Value exc = g->exc_state;
  g->frame = nullptr;
  g->exc_state = Value();
  if (f != nullptr) ReleaseFrame(f);
  XDecref(exc);
}

Ref GenRepr(Value self) {
  GeneratorObject* g = AsGen(self);
  return StrFromUtf8(fmt::format("<generator object {} at {:#x}>",
                                 StrView(Value::FromObject(g->qualname)),
                                 reinterpret_cast<uintptr_t>(g)));
}

Ref GenIterNext(Value self) {
  Ref out;
  int st = Send(AsGen(self), None(), &out);
  if (st == 0) return out;
  if (st == 1 && !IsNone(out.get())) SetErrorWithArg(StopIterationType(), out.get());
  return Ref();
}

// The result of send()/throw(): a yielded value, or StopIteration(value).
Ref SendResult(int st, Ref out) {
  if (st == 0) return out;
  if (st == 1) {
    if (IsNone(out.get())) return SetErrorObject(Value::FromObject(StopIterationType()));
    return SetErrorWithArg(StopIterationType(), out.get());
  }
  return Ref();
}

Ref SendMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("generator.send", kwnames) ||
      !CheckArgCount("generator.send", nargs, 1, 1)) {
    return Ref();
  }
  Ref out;
  int st = Send(AsGen(self), args[0], &out);
  return SendResult(st, std::move(out));
}

Ref NextMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("generator.__next__", kwnames) ||
      !CheckArgCount("generator.__next__", nargs, 0, 0)) {
    return Ref();
  }
  Ref out;
  int st = Send(AsGen(self), None(), &out);
  return SendResult(st, std::move(out));
}

Ref ThrowMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("throw", kwnames) || !CheckArgCount("throw", nargs, 1, 3)) return Ref();
  Ref exc = ThrowArgument(args[0], nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value());
  if (!exc) return Ref();
  Ref out;
  int st = Throw(AsGen(self), true, exc.get(), &out);
  return SendResult(st, std::move(out));
}

Ref CloseMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("generator.close", kwnames) ||
      !CheckArgCount("generator.close", nargs, 0, 0)) {
    return Ref();
  }
  if (Close(AsGen(self)) < 0) return Ref();
  return Ref::New(None());
}

Ref GetRunning(Value self) { return Ref::New(Bool(AsGen(self)->running)); }
Ref GetCode(Value self) { return Ref::New(Value::FromObject(AsGen(self)->code)); }
Ref GetName(Value self) { return Ref::New(Value::FromObject(AsGen(self)->name)); }
Ref GetQualname(Value self) { return Ref::New(Value::FromObject(AsGen(self)->qualname)); }
Ref GetYieldFrom(Value self) {
  Value yf = Delegate(AsGen(self));
  return Ref::New(yf ? yf : None());
}
Ref GetSuspended(Value self) {
  GeneratorObject* g = AsGen(self);
  return Ref::New(Bool(Started(g) && !g->running));
}

const MethodDef kGenMethods[] = {
    {"send", SendMethod},
    {"throw", ThrowMethod},
    {"close", CloseMethod},
    {"__next__", NextMethod},
    {nullptr, nullptr},
};

const GetSetDef kGenGetSets[] = {
    {"gi_running", GetRunning},
    {"gi_code", GetCode},
    {"gi_yieldfrom", GetYieldFrom},
    {"gi_suspended", GetSuspended},
    {"__name__", GetName},
    {"__qualname__", GetQualname},
    {nullptr, nullptr},
};

}  // namespace

Ref MakeGenerator(ThreadState* ts, Frame* f) {
  // The generator owns a copy of the frame; the thread's stack is popped
  // without releasing anything (the references moved with the copy).
  size_t bytes = FrameBytes(f->code);
  auto* copy = static_cast<Frame*>(gc::AllocateRaw(bytes));
  Object* o = copy != nullptr ? AllocObject(&GeneratorType, sizeof(GeneratorObject)) : nullptr;
  if (o == nullptr) {
    if (copy != nullptr) gc::FreeRaw(copy);
    PopFrame(ts, f);
    return NoMemory();
  }
  std::memcpy(static_cast<void*>(copy), static_cast<const void*>(f), bytes);
  copy->sp = copy->stack_base() + (f->sp - f->stack_base());
  copy->prev = nullptr;
  ts->frame = f->prev;
  ts->py_depth--;
  ts->frame_top = f->saved_top;
  ts->frame_end = f->saved_end;
  ts->frame_chunk_index = f->saved_chunk;

  auto* g = static_cast<GeneratorObject*>(o);
  g->frame = copy;
  // Buffered build: its death may run Python code (close() while suspended)
  // until the frame is gone. Not yet published: a plain write.
  if constexpr (gc::kBufferedRefCounts) o->gc_bits_ |= gc::kGcNeedsFinalize;
  FunctionObject* func = copy->func;
  Object* name = func != nullptr ? func->name : copy->code->name.obj();
  Object* qualname = func != nullptr ? func->qualname : copy->code->qualname.obj();
  gc::Incref(name);
  gc::Incref(qualname);
  gc::Incref(copy->code);
  g->name = name;
  g->qualname = qualname;
  g->code = copy->code;
  return Ref::Steal(o);
}

int YieldFromSend(Value receiver, Value v, Ref* out) {
  if (IsGenerator(receiver)) return Send(AsGen(receiver), v, out);
  Ref r;
  if (IsNone(v) && receiver.type()->next != nullptr) {
    r = receiver.type()->next(receiver);
    if (!r && !ErrorOccurred()) {
      *out = Ref::New(None());
      return 1;
    }
  } else {
    r = CallMethod(receiver, "send", &v, 1);
  }
  if (r) {
    *out = std::move(r);
    return 0;
  }
  if (ErrorMatches(StopIterationType())) {
    *out = TakeStopIterationValue();
    return 1;
  }
  return -1;
}

void InitGeneratorType() {
  GeneratorType.name = "generator";
  GeneratorType.basic_size = sizeof(GeneratorObject);
  GeneratorType.hooks.dealloc = GenDealloc;
  GeneratorType.hooks.traverse = GenTraverse;
  GeneratorType.hooks.clear = GenClear;
  GeneratorType.hooks.finalize = GenFinalize;
  GeneratorType.repr = GenRepr;
  GeneratorType.iter = [](Value self) { return Ref::New(self); };
  GeneratorType.next = GenIterNext;
  GeneratorType.methods = kGenMethods;
  GeneratorType.getsets = kGenGetSets;
  InitStaticType(&GeneratorType);
}

}  // namespace gilectomy::rt
