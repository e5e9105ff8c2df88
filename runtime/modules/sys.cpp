// The sys module.
#include "runtime/modules/sys.h"

#include <cfloat>

#include <cstdio>

#include "gc/buffered_rc.h"
#include "gc/refcount.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/interpreter.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/file.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/structseq.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"
#include "safepoints/safepoints.h"

namespace gilectomy::rt {

namespace {

Runtime* RT() { return CurrentThread()->runtime; }

Ref SysExit(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("exit", kwnames) || !CheckArgCount("exit", nargs, 0, 1)) return Ref();
  if (nargs == 0) return SetErrorObject(Value::FromObject(SystemExitType()));
  Ref exc = NewException(SystemExitType(), args, 1);
  if (!exc) return Ref();
  return SetErrorObject(exc.get());
}

Ref SysGetRecursionLimit(Value, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("getrecursionlimit", nargs, 0, 0)) return Ref();
  return Ref::SmallInt(RT()->recursion_limit());
}

Ref SysSetRecursionLimit(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("setrecursionlimit", kwnames) || !CheckArgCount("setrecursionlimit", nargs, 1, 1)) {
    return Ref();
  }
  if (!IsInt(args[0])) {
    return SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer", TypeName(args[0]));
  }
  int64_t n;
  if (!IntAsInt64(args[0], &n)) return Ref();
  if (n < 1) return SetError(ValueErrorType(), "recursion limit must be greater or equal than 1");
  ThreadState* ts = CurrentThread();
  if (n <= ts->py_depth) {
    return SetErrorFmt(RecursionErrorType(),
                       "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                       n, ts->py_depth);
  }
  RT()->set_recursion_limit(static_cast<int>(std::min<int64_t>(n, 1 << 30)));
  return Ref::New(None());
}

Ref SysIsGilEnabled(Value, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("_is_gil_enabled", nargs, 0, 0)) return Ref();
#if defined(GILECTOMY_RC_GIL)
  return Ref::New(True());
#else
  return Ref::New(False());
#endif
}

Ref SysGetSwitchInterval(Value, const Value*, size_t nargs, Value) {
  if (nargs != 0) return SetErrorFmt(TypeErrorType(), "sys.getswitchinterval() takes no arguments ({} given)", nargs);
  return FloatFromDouble(sp::SwitchInterval());
}

// Meaningful in the GIL build (how long a thread waits before asking the
// holder to drop the GIL); stored and reported in every build, as CPython's
// free-threaded build does.
Ref SysSetSwitchInterval(Value, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && TupleSize(kwnames) > 0) {
    return SetError(TypeErrorType(), "sys.setswitchinterval() takes no keyword arguments");
  }
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "sys.setswitchinterval() takes exactly one argument ({} given)", nargs);
  }
  double d;
  if (!AsDouble(args[0], &d)) return Ref();
  if (!(d > 0.0)) return SetError(ValueErrorType(), "switch interval must be strictly positive");
  sp::SetSwitchInterval(d);
  return Ref::New(None());
}

// sys._rc_stats(): the refcount strategy and, in the buffered build, the
// commit thread's statistics (docs/buffered-refcount.md).
Ref SysRcStats(Value, const Value* args, size_t nargs, Value) {
  if (!CheckArgCount("_rc_stats", nargs, 0, 0)) return Ref();
  Ref d = NewDict();
  if (!d) return Ref();
  gc::rc::Stats s = gc::rc::GetStats();
  Ref strategy = StrFromAscii(gc::kRefCountStrategy);
  if (!strategy || DictSetCStr(d.get(), "strategy", strategy.get()) < 0) return Ref();
  for (auto [name, value] : {std::pair<const char*, uint64_t>{"epochs", s.epochs},
                             {"increments", s.increments},
                             {"decrements", s.decrements},
                             {"chunks", s.chunks},
                             {"freed", s.freed},
                             {"mutator_deaths", s.mutator_deaths},
                             {"exclusive_drains", s.exclusive},
                             {"prompt_syncs", s.prompt_syncs},
                             {"liveness_drains", s.liveness_drains},
                             {"log_size", s.log_size},
                             {"epoch_us", s.epoch_us}}) {
    Ref v = IntFromInt64(static_cast<int64_t>(value));
    if (!v || DictSetCStr(d.get(), name, v.get()) < 0) return Ref();
  }
  for (auto [name, value] : {std::pair<const char*, double>{"commit_lag_mean_ms", s.lag_mean_ms},
                             {"commit_lag_max_ms", s.lag_max_ms},
                             {"busy_fraction", s.busy_fraction},
                             {"cpu_seconds", s.cpu_seconds}}) {
    Ref v = FloatFromDouble(value);
    if (!v || DictSetCStr(d.get(), name, v.get()) < 0) return Ref();
  }
  return d;
}

Ref SysGetRefCount(Value, const Value* args, size_t nargs, Value) {
  if (!CheckArgCount("getrefcount", nargs, 1, 1)) return Ref();
  if (!args[0].is_object()) return Ref::SmallInt(1 << 30);
  if (args[0].obj()->immortal()) return IntFromInt64((int64_t{1} << 32) - 1);
  // Buffered build: the committed count plus this thread's own unapplied
  // changes (approximate: other threads' logs are not counted).
  if constexpr (gc::kBufferedRefCounts) return IntFromInt64(gc::rc::ApproximateRefCount(args[0].obj()));
  return IntFromInt64(gc::RefCount(args[0].obj()));
}

Ref SysExcInfo(Value, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("exc_info", nargs, 0, 0)) return Ref();
  Value exc = CurrentThread()->handled_exc;
  if (!exc) return MakeTuple({None(), None(), None()});
  Ref tb = GetAttrStr(exc, "__traceback__");
  if (!tb) return Ref();
  return MakeTuple({Value::FromObject(exc.type()), exc, tb.get()});
}

Ref SysException(Value, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("exception", nargs, 0, 0)) return Ref();
  Value exc = CurrentThread()->handled_exc;
  return Ref::New(exc ? exc : None());
}

Ref SysIntern(Value, const Value* args, size_t nargs, Value) {
  if (!CheckArgCount("intern", nargs, 1, 1)) return Ref();
  if (args[0].type() != &StrType) {
    return SetErrorFmt(TypeErrorType(), "intern() argument must be str, not {}", TypeName(args[0]));
  }
  return InternStr(Ref::New(args[0]));
}

Ref SysGetSizeOf(Value, const Value* args, size_t nargs, Value) {
  if (!CheckArgCount("getsizeof", nargs, 1, 2)) return Ref();
  size_t base = args[0].is_small_int() ? 28 : args[0].type()->basic_size;
  return IntFromInt64(static_cast<int64_t>(base ? base : sizeof(Object)));
}

Ref SysGetIntMaxStrDigits(Value, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("get_int_max_str_digits", nargs, 0, 0)) return Ref();
  return IntFromInt64(IntMaxStrDigits());
}

// 0 disables the limit; otherwise at least 640 (CPython's threshold).
Ref SysSetIntMaxStrDigits(Value, const Value* args, size_t nargs, Value kwnames) {
  Value n;
  if (!ParseArgs("set_int_max_str_digits", args, nargs, kwnames, {"maxdigits"}, 1, &n)) return Ref();
  int64_t digits;
  if (!AsSsizeArg(n, &digits)) return Ref();
  if (digits != 0 && digits < 640) {
    return SetError(ValueErrorType(), "maxdigits must be 0 or larger than 640");
  }
  SetIntMaxStrDigits(digits);
  return Ref::New(None());
}

// sys._getframemodulename(depth=0) (CPython 3.12): the __name__ in the
// globals of the Python frame `depth` calls up, or None. collections.namedtuple
// and enum use it to set __module__ of the classes they create.
Ref SysGetFrameModuleName(Value, const Value* args, size_t nargs, Value kwnames) {
  Value depth_arg;
  if (!ParseArgs("_getframemodulename", args, nargs, kwnames, {"depth"}, 0, &depth_arg)) {
    return Ref();
  }
  int64_t depth = 0;
  if (depth_arg && !AsSsizeArg(depth_arg, &depth)) return Ref();
  Frame* f = CurrentThread()->frame;
  for (; f && depth > 0; --depth) f = f->prev;
  if (!f || !f->globals) return Ref::New(None());
  Value name = DictGetCStr(f->globals, "__name__");
  return Ref::New(name ? name : None());
}

const MethodDef kSysMethods[] = {
    {"_getframemodulename", SysGetFrameModuleName},
    {"get_int_max_str_digits", SysGetIntMaxStrDigits},
    {"set_int_max_str_digits", SysSetIntMaxStrDigits},
    {"exit", SysExit},
    {"getrecursionlimit", SysGetRecursionLimit},
    {"setrecursionlimit", SysSetRecursionLimit},
    {"_is_gil_enabled", SysIsGilEnabled},
    {"getswitchinterval", SysGetSwitchInterval},
    {"setswitchinterval", SysSetSwitchInterval},
    {"getrefcount", SysGetRefCount},
    {"_rc_stats", SysRcStats},
    {"exc_info", SysExcInfo},
    {"exception", SysException},
    {"intern", SysIntern},
    {"getsizeof", SysGetSizeOf},
    {nullptr, nullptr}};

void Set(Value dict, const char* name, Ref v) { DictSetCStr(dict, name, v.get()); }

}  // namespace

Ref CreateSysModule(const RuntimeConfig& config, Value modules, Value builtins_module) {
  Ref sys = NewModule("sys");
  if (!sys) return Ref();
  AddModuleFunctions(sys.get(), kSysMethods);
  Value d = ModuleDict(sys.get());
  Ref argv = NewList(0);
  for (const std::string& a : config.argv) {
    Ref s = StrFromUtf8(a);
    ListAppend(argv.get(), s.get());
  }
  Set(d, "argv", argv);
  Ref path = NewList(0);
  for (const std::string& p : config.path) {
    Ref s = StrFromUtf8(p);
    ListAppend(path.get(), s.get());
  }
  Set(d, "path", path);
  Set(d, "modules", Ref::New(modules));
  Set(d, "maxsize", IntFromInt64(INT64_MAX));
  static TypeObject* version_info_type =
      NewStructSeqType("sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  Set(d, "version_info", NewStructSeq(version_info_type, {Value::SmallInt(3), Value::SmallInt(11),
                                                          Value::SmallInt(0), Intern("final"),
                                                          Value::SmallInt(0)}));
  static TypeObject* float_info_type = NewStructSeqType(
      "sys.float_info", {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                         "mant_dig", "epsilon", "radix", "rounds"});
  Ref fmax = FloatFromDouble(DBL_MAX), fmin = FloatFromDouble(DBL_MIN), eps = FloatFromDouble(DBL_EPSILON);
  Set(d, "float_info", NewStructSeq(float_info_type,
                                    {fmax.get(), Value::SmallInt(DBL_MAX_EXP), Value::SmallInt(DBL_MAX_10_EXP),
                                     fmin.get(), Value::SmallInt(DBL_MIN_EXP), Value::SmallInt(DBL_MIN_10_EXP),
                                     Value::SmallInt(DBL_DIG), Value::SmallInt(DBL_MANT_DIG), eps.get(),
                                     Value::SmallInt(FLT_RADIX), Value::SmallInt(1)}));
  Set(d, "version", StrFromUtf8("3.11.0 (gilectomy " GILECTOMY_VERSION ", refcounts: " GILECTOMY_RC_NAME ")"));
  Set(d, "platform", StrFromUtf8("linux"));
  Set(d, "byteorder", StrFromUtf8("little"));
  Set(d, "executable", StrFromUtf8(config.executable));
  Set(d, "maxunicode", Ref::SmallInt(0x10FFFF));
  Set(d, "stdin", NewTextFile(stdin, "<stdin>", true, false));
  Set(d, "stdout", NewTextFile(stdout, "<stdout>", false, true));
  Set(d, "stderr", NewTextFile(stderr, "<stderr>", false, true));
  DictSetCStr(d, "__stdin__", DictGetCStr(d, "stdin"));
  DictSetCStr(d, "__stdout__", DictGetCStr(d, "stdout"));
  DictSetCStr(d, "__stderr__", DictGetCStr(d, "stderr"));
  Set(d, "implementation_name", StrFromUtf8("gilectomy"));
  Ref names = MakeTuple({Intern("builtins"), Intern("sys")});
  Set(d, "builtin_module_names", names);
  (void)builtins_module;
  return sys;
}

}  // namespace gilectomy::rt
