// The `gc` module: the cycle collector's Python interface (gc/collector.h),
// as CPython 3.11's. The collector is not generational: the three CPython
// generations are reported as one (generation 2), thresholds 1 and 2 are
// stored and returned but do not change when collections run.
#include "runtime/modules/gc_module.h"

#include <atomic>

#include "gc/buffered_rc.h"
#include "gc/collector.h"
#include "gc/header.h"
#include "gc/tracked_set.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"
#include "runtime/objects/weakref.h"

namespace gilectomy::rt {
namespace {

constexpr int64_t kDebugStats = 1, kDebugCollectable = 2, kDebugUncollectable = 4, kDebugSaveAll = 32;

// gc.garbage and gc.callbacks: created with the module, immortal.
std::atomic<Object*> garbage_list{nullptr};
std::atomic<Object*> callbacks_list{nullptr};
std::atomic<int64_t> debug_flags{0};
std::atomic<int64_t> threshold1{10}, threshold2{10};

Ref ListOfHeld(std::vector<gc::Header*>& objs) {
  Ref list = NewList(static_cast<int64_t>(objs.size()));
  for (gc::Header* h : objs) {
    Ref item = Ref::Steal(static_cast<Object*>(h));
    if (list && ListAppend(list.get(), item.get()) < 0) list = Ref();
  }
  objs.clear();
  return list;
}

// A C `int` argument (Argument Clinic's `int`): __index__, then
// OverflowError "Python int too large to convert to C int".
bool CIntArg(Value v, int64_t* out) {
  Ref i = Index(v);
  if (!i) return false;
  int64_t x = 0;
  if (!IntAsInt64(i.get(), &x) || x > INT32_MAX || x < INT32_MIN) {
    ClearError();
    SetError(OverflowErrorType(), "Python int too large to convert to C int");
    return false;
  }
  *out = x;
  return true;
}

// The functions without arguments: "gc.enable() takes no arguments (1 given)".
bool NoArgs(const char* qualname, size_t nargs, Value kwnames) {
  return NoKeywords(qualname, kwnames) && CheckArgCount(qualname, nargs, 0, 0);
}
// The METH_O functions: "gc.is_tracked() takes exactly one argument (0 given)".
bool OneArg(const char* qualname, size_t nargs, Value kwnames) {
  return NoKeywords(qualname, kwnames) && CheckArgCount(qualname, nargs, 1, 1);
}

Ref GcCollect(Value, const Value* args, size_t nargs, Value kwnames) {
  Value gen;
  if (!ParseArgs("collect", args, nargs, kwnames, {"generation"}, 0, &gen)) return Ref();
  if (gen) {
    int64_t g = 0;
    if (!CIntArg(gen, &g)) return Ref();
    if (g < 0 || g > 2) return SetErrorFmt(ValueErrorType(), "invalid generation");
  }
  size_t n = gc::Collect(/*automatic=*/false);
  if (ErrorOccurred()) return Ref();
  return IntFromInt64(static_cast<int64_t>(n));
}

Ref GcEnable(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.enable", nargs, kwnames)) return Ref();
  gc::SetAutoCollectEnabled(true);
  return Ref::New(None());
}
Ref GcDisable(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.disable", nargs, kwnames)) return Ref();
  gc::SetAutoCollectEnabled(false);
  return Ref::New(None());
}
Ref GcIsEnabled(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.isenabled", nargs, kwnames)) return Ref();
  return Ref::New(Bool(gc::AutoCollectEnabled()));
}

Ref GcGetCount(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.get_count", nargs, kwnames)) return Ref();
  int64_t n = gc::NetNewSinceCollection();
  Ref a = IntFromInt64(n < 0 ? 0 : n);
  Ref z = IntFromInt64(0);
  return MakeTuple({a.get(), z.get(), z.get()});
}

Ref GcGetThreshold(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.get_threshold", nargs, kwnames)) return Ref();
  Ref a = IntFromInt64(gc::AutoCollectThreshold());
  Ref b = IntFromInt64(threshold1.load());
  Ref c = IntFromInt64(threshold2.load());
  return MakeTuple({a.get(), b.get(), c.get()});
}

// PyArg_ParseTuple("i|ii:set_threshold") messages.
Ref GcSetThreshold(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("set_threshold", kwnames)) return Ref();
  if (nargs < 1) return SetErrorFmt(TypeErrorType(), "set_threshold() takes at least 1 argument ({} given)", nargs);
  if (nargs > 3) return SetErrorFmt(TypeErrorType(), "set_threshold() takes at most 3 arguments ({} given)", nargs);
  int64_t t[3] = {0, threshold1.load(), threshold2.load()};
  for (size_t i = 0; i < nargs; ++i) {
    Ref v = Index(args[i]);
    if (!v || !IntAsInt64(v.get(), &t[i])) return Ref();
    if (t[i] > INT32_MAX) return SetError(OverflowErrorType(), "signed integer is greater than maximum");
    if (t[i] < INT32_MIN) return SetError(OverflowErrorType(), "signed integer is less than minimum");
  }
  gc::SetAutoCollectThreshold(t[0]);
  threshold1.store(t[1]);
  threshold2.store(t[2]);
  return Ref::New(None());
}

Ref StatsDict(int64_t collections, int64_t collected, int64_t uncollectable) {
  Ref d = NewDict();
  Ref a = IntFromInt64(collections), b = IntFromInt64(collected), c = IntFromInt64(uncollectable);
  DictSetCStr(d.get(), "collections", a.get());
  DictSetCStr(d.get(), "collected", b.get());
  DictSetCStr(d.get(), "uncollectable", c.get());
  return d;
}

Ref GcGetStats(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.get_stats", nargs, kwnames)) return Ref();
  gc::CollectorTotals t = gc::GetCollectorTotals();
  Ref g0 = StatsDict(0, 0, 0), g1 = StatsDict(0, 0, 0);
  Ref g2 = StatsDict(static_cast<int64_t>(t.collections), static_cast<int64_t>(t.collected),
                     static_cast<int64_t>(t.uncollectable));
  Ref list = NewList(3);
  ListAppend(list.get(), g0.get());
  ListAppend(list.get(), g1.get());
  ListAppend(list.get(), g2.get());
  return list;
}

Ref GcIsTracked(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("gc.is_tracked", nargs, kwnames)) return Ref();
  return Ref::New(Bool(args[0].is_object() && gc::IsTracked(args[0].obj())));
}

Ref GcIsFinalized(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("gc.is_finalized", nargs, kwnames)) return Ref();
  return Ref::New(Bool(args[0].is_object() && (gc::GcBitsOf(args[0].obj()) & gc::kGcFinalized) != 0));
}

Ref GcGetObjects(Value, const Value* args, size_t nargs, Value kwnames) {
  Value gen;
  if (!ParseArgs("get_objects", args, nargs, kwnames, {"generation"}, 0, &gen)) return Ref();
  // A Py_ssize_t or None; -1 (like None) means every generation.
  if (gen && !IsNone(gen)) {
    Ref index = Index(gen);
    if (!index) {
      if (!ErrorMatches(TypeErrorType())) return Ref();
      ClearError();
      return SetErrorFmt(TypeErrorType(), "argument should be integer or None, not '{}'", TypeName(gen));
    }
    int64_t g = 0;
    if (!IndexToInt64(index.get(), OverflowErrorType(), &g)) return Ref();
    if (g >= 3) return SetErrorFmt(ValueErrorType(), "generation parameter must be less than the number of available generations (3)");
    if (g < -1) return SetErrorFmt(ValueErrorType(), "generation parameter cannot be negative");
    if (g == 0 || g == 1) return NewList(0);  // one generation: everything is in the oldest
  }
  std::vector<gc::Header*> objs = gc::SnapshotTracked();
  return ListOfHeld(objs);
}

Ref GcGetReferents(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("get_referents", kwnames)) return Ref();
  std::vector<gc::Header*> all;
  for (size_t i = 0; i < nargs; ++i) {
    if (!args[i].is_object() || !gc::HasTrackWord(args[i].obj())) continue;
    std::vector<gc::Header*> some = gc::Referents(args[i].obj());
    all.insert(all.end(), some.begin(), some.end());
  }
  return ListOfHeld(all);
}

Ref GcGetReferrers(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("get_referrers", kwnames)) return Ref();
  std::vector<gc::Header*> targets;
  for (size_t i = 0; i < nargs; ++i) {
    if (args[i].is_object()) targets.push_back(args[i].obj());
  }
  std::vector<gc::Header*> found = gc::FindReferrers(targets);
  return ListOfHeld(found);
}

Ref GcFreeze(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.freeze", nargs, kwnames)) return Ref();
  {
    sp::StopTheWorldScope stw;
    gc::FlushAll();
    gc::FreezeAll();
  }
  return Ref::New(None());
}
Ref GcUnfreeze(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.unfreeze", nargs, kwnames)) return Ref();
  {
    sp::StopTheWorldScope stw;
    gc::FlushAll();
    gc::UnfreezeAll();
  }
  return Ref::New(None());
}
Ref GcGetFreezeCount(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.get_freeze_count", nargs, kwnames)) return Ref();
  return IntFromInt64(static_cast<int64_t>(gc::FrozenCount()));
}

Ref GcSetDebug(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("gc.set_debug", nargs, kwnames)) return Ref();
  int64_t flags = 0;
  if (!CIntArg(args[0], &flags)) return Ref();
  debug_flags.store(flags);
  return Ref::New(None());
}
Ref GcGetDebug(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("gc.get_debug", nargs, kwnames)) return Ref();
  return IntFromInt64(debug_flags.load());
}

const MethodDef kGcMethods[] = {
    {"collect", GcCollect},
    {"enable", GcEnable},
    {"disable", GcDisable},
    {"isenabled", GcIsEnabled},
    {"get_count", GcGetCount},
    {"get_threshold", GcGetThreshold},
    {"set_threshold", GcSetThreshold},
    {"get_stats", GcGetStats},
    {"is_tracked", GcIsTracked},
    {"is_finalized", GcIsFinalized},
    {"get_objects", GcGetObjects},
    {"get_referents", GcGetReferents},
    {"get_referrers", GcGetReferrers},
    {"freeze", GcFreeze},
    {"unfreeze", GcUnfreeze},
    {"get_freeze_count", GcGetFreezeCount},
    {"set_debug", GcSetDebug},
    {"get_debug", GcGetDebug},
    {nullptr, nullptr},
};

// --- collector hooks ----------------------------------------------------------

// gc.callbacks: each is called with ("start" | "stop", info) on the
// collecting thread; an error is printed as unraisable.
void PhaseHook(bool start, const gc::CollectionStats& stats) {
  Object* cbs = callbacks_list.load(std::memory_order_acquire);
  if (cbs == nullptr) return;
  Ref snapshot = ListToTuple(Value::FromObject(cbs));
  if (!snapshot) {
    ClearError();
    return;
  }
  int64_t n = TupleSize(snapshot.get());
  if (n == 0) return;
  Ref saved = FetchError();
  Ref phase = StrFromUtf8(start ? "start" : "stop");
  Ref info = NewDict();
  Ref gen = IntFromInt64(2);
  Ref collected = IntFromInt64(start ? 0 : static_cast<int64_t>(stats.unreachable));
  Ref uncollectable = IntFromInt64(0);
  DictSetCStr(info.get(), "generation", gen.get());
  DictSetCStr(info.get(), "collected", collected.get());
  DictSetCStr(info.get(), "uncollectable", uncollectable.get());
  for (int64_t i = 0; i < n; ++i) {
    Value cb = TupleItem(snapshot.get(), i);
    Value argv[2] = {phase.get(), info.get()};
    Ref r = Call(cb, argv, 2);
    if (!r) CurrentThread()->runtime->WriteUnraisable(cb);
  }
  RestoreError(std::move(saved));
}

// gc.DEBUG_SAVEALL: garbage goes to gc.garbage instead of being freed.
bool KeepGarbageHook(gc::Header* o) {
  if ((debug_flags.load(std::memory_order_relaxed) & kDebugSaveAll) == 0) return false;
  Object* garbage = garbage_list.load(std::memory_order_acquire);
  if (garbage == nullptr) return false;
  if (ListAppend(Value::FromObject(garbage), Value::FromObject(static_cast<Object*>(o))) < 0) {
    ClearError();
    return false;
  }
  return true;
}

}  // namespace

// Buffered build: deaths that run Python code go from the commit thread to a
// mutator (gc/buffered_rc.h). One step per death, as CPython orders them:
// the finalizer (__del__, or close() of a suspended generator) first; if the
// object dies again, its weak references are cleared and their callbacks run.
bool DeathNeedsMutator(gc::Header* h) {
  auto* o = static_cast<Object*>(h);
  uint8_t bits = gc::GcBitsOf(o);
  if (bits & gc::kGcHasWeakRefs) return true;
  if (!(bits & gc::kGcNeedsFinalize)) return false;
  if (IsGenerator(Value::FromObject(o))) return GenNeedsClose(o);
  return !(bits & gc::kGcFinalized) && gc::TypeHooksOf(o).finalize != nullptr;
}

void RunDeathOnMutator(gc::Header* h) {
  auto* o = static_cast<Object*>(h);
  uint8_t bits = gc::GcBitsOf(o);
  if (bits & gc::kGcNeedsFinalize) {
    if (IsGenerator(Value::FromObject(o))) {
      if (GenNeedsClose(o)) {
        GenFinalize(o);
        return;
      }
    } else if (!(bits & gc::kGcFinalized) && gc::TypeHooksOf(o).finalize != nullptr) {
      gc::SetGcBits(o, gc::kGcFinalized);
      gc::ClearGcBits(o, gc::kGcNeedsFinalize);
      gc::TypeHooksOf(o).finalize(o);
      return;
    }
    gc::ClearGcBits(o, gc::kGcNeedsFinalize);
  }
  ClearWeakRefs(o);
}

void InstallCollectorHooks() {
  gc::rc::SetDeathHooks(gc::rc::DeathHooks{DeathNeedsMutator, RunDeathOnMutator,
                                           [](gc::Header* h) { return TypeName(Value::FromObject(static_cast<Object*>(h))); }});
  gc::CollectorHooks hooks;
  hooks.phase = PhaseHook;
  hooks.keep_garbage = KeepGarbageHook;
  hooks.clear_weakrefs = ClearWeakRefsForCollector;
  hooks.run_weakref_callbacks = RunWeakRefCallbacks;
  gc::SetCollectorHooks(hooks);
}

Ref CreateGcModule() {
  Ref mod = NewModule("gc");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kGcMethods);
  Value d = ModuleDict(mod.get());
  for (auto [name, value] : {std::pair{"DEBUG_STATS", kDebugStats}, {"DEBUG_COLLECTABLE", kDebugCollectable},
                             {"DEBUG_UNCOLLECTABLE", kDebugUncollectable}, {"DEBUG_SAVEALL", kDebugSaveAll},
                             {"DEBUG_LEAK", kDebugCollectable | kDebugUncollectable | kDebugSaveAll}}) {
    Ref v = IntFromInt64(value);
    DictSetCStr(d, name, v.get());
  }
  // One garbage list and one callbacks list for the process, as in CPython
  // (a second import finds the module in sys.modules).
  Object* garbage = garbage_list.load(std::memory_order_acquire);
  if (garbage == nullptr) {
    Ref g = NewList(0);
    Ref c = NewList(0);
    if (!g || !c) return Ref();
    garbage = g.release().obj();
    MakeImmortal(garbage);
    Object* callbacks = c.release().obj();
    MakeImmortal(callbacks);
    callbacks_list.store(callbacks, std::memory_order_release);
    garbage_list.store(garbage, std::memory_order_release);
  }
  DictSetCStr(d, "garbage", Value::FromObject(garbage));
  DictSetCStr(d, "callbacks", Value::FromObject(callbacks_list.load()));
  return mod;
}

}  // namespace gilectomy::rt
