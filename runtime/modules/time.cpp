// The time module: clocks, sleep, and the struct_time basics (gmtime,
// localtime, mktime, strftime).
//
// sleep() is a blocking call: it runs DETACHED (no stop-the-world waits for
// it; the GIL build releases the GIL). On the main thread SIGINT interrupts
// the underlying nanosleep (other threads block SIGINT), and the interrupt
// becomes KeyboardInterrupt as in CPython.
//
// struct_time is a tuple subclass of 9 visible items; tm_zone and
// tm_gmtoff live in two hidden slots after them (as CPython's structseq
// keeps its non-sequence fields).
#include <errno.h>
#include <time.h>

#include <cmath>
#include <cstddef>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/thread.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/signals.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt {

namespace {
// For functions that return false on error.
inline bool Fail(ErrorTag) { return false; }
}  // namespace

TypeObject StructTimeType;

namespace {

constexpr int kVisibleFields = 9;
constexpr int kAllFields = 11;  // + tm_zone, tm_gmtoff
const char* const kFieldNames[kAllFields] = {"tm_year", "tm_mon",   "tm_mday", "tm_hour",
                                             "tm_min",  "tm_sec",   "tm_wday", "tm_yday",
                                             "tm_isdst", "tm_zone", "tm_gmtoff"};

int64_t ClockNs(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

Ref Seconds(clockid_t id) { return FloatFromDouble(static_cast<double>(ClockNs(id)) * 1e-9); }
Ref Nanoseconds(clockid_t id) { return IntFromInt64(ClockNs(id)); }

#define GY_CLOCK_FN(name, clock)                                                                  \
  Ref name(Value, const Value*, size_t nargs, Value) {                                            \
    if (nargs != 0) return SetErrorFmt(TypeErrorType(), "time." #name "() takes no arguments ({} given)", nargs); \
    return Seconds(clock);                                                                        \
  }                                                                                               \
  Ref name##_ns(Value, const Value*, size_t nargs, Value) {                                       \
    if (nargs != 0) return SetErrorFmt(TypeErrorType(), "time." #name "_ns() takes no arguments ({} given)", nargs); \
    return Nanoseconds(clock);                                                                    \
  }

GY_CLOCK_FN(time, CLOCK_REALTIME)
GY_CLOCK_FN(monotonic, CLOCK_MONOTONIC)
GY_CLOCK_FN(perf_counter, CLOCK_MONOTONIC)
GY_CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID)
GY_CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef GY_CLOCK_FN

Ref Sleep(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("sleep", kwnames)) return Ref();
  if (nargs != 1) return SetErrorFmt(TypeErrorType(), "time.sleep() takes exactly one argument ({} given)", nargs);
  int64_t ns;
  if (!SecondsToNs(args[0], &ns)) return Ref();
  if (ns < 0) return SetError(ValueErrorType(), "sleep length must be non-negative");
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  int64_t end = static_cast<int64_t>(deadline.tv_sec) * 1'000'000'000 + deadline.tv_nsec + ns;
  deadline.tv_sec = end / 1'000'000'000;
  deadline.tv_nsec = end % 1'000'000'000;
  for (;;) {
    int rc;
    {
      sp::Detached detached;
      rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr);
    }
    if (rc == 0) break;
    if (rc != EINTR) return SetErrorFmt(OSErrorType(), "[Errno {}] sleep failed", rc);
    if (!CheckSignals()) return Ref();  // KeyboardInterrupt on the main thread
  }
  return Ref::New(None());
}

// ------------------------------------------------------------ struct_time

Ref NewStructTime(const struct tm& t, const char* zone, long gmtoff) {
  size_t size = offsetof(TupleObject, items) + kAllFields * sizeof(Value);
  Object* o = AllocObject(&StructTimeType, size);
  if (o == nullptr) return Ref();
  Ref r = Ref::Steal(o);
  auto* tup = static_cast<TupleObject*>(o);
  tup->size = kVisibleFields;
  int64_t vals[kVisibleFields] = {t.tm_year + 1900LL, t.tm_mon + 1, t.tm_mday,
                                  t.tm_hour, t.tm_min, t.tm_sec, (t.tm_wday + 6) % 7, t.tm_yday + 1,
                                  t.tm_isdst};
  for (int i = 0; i < kVisibleFields; ++i) tup->items[i] = Value::SmallInt(vals[i]);
  Ref z = zone ? StrFromUtf8(zone) : Ref::New(None());
  if (!z) return Ref();
  tup->items[9] = z.release();
  tup->items[10] = Value::SmallInt(gmtoff);
  return r;
}

void StructTimeDealloc(gc::Header* h) {
  auto* tup = static_cast<TupleObject*>(static_cast<Object*>(h));
  for (int i = 0; i < kAllFields; ++i) Decref(tup->items[i]);
  FreeObject(static_cast<Object*>(h));
}

Ref StructTimeRepr(Value self) {
  std::string out = "time.struct_time(";
  for (int i = 0; i < kVisibleFields; ++i) {
    if (i) out += ", ";
    out += kFieldNames[i];
    out += '=';
    std::string r;
    if (!ReprText(TupleItem(self, i), &r)) return Ref();
    out += r;
  }
  out += ')';
  return StrFromUtf8(out);
}

template <int kIndex>
Ref StructTimeField(Value self) {
  return Ref::New(As<TupleObject>(self)->items[kIndex]);
}

const GetSetDef kStructTimeGetSets[] = {
    {"tm_year", StructTimeField<0>},  {"tm_mon", StructTimeField<1>},   {"tm_mday", StructTimeField<2>},
    {"tm_hour", StructTimeField<3>},  {"tm_min", StructTimeField<4>},   {"tm_sec", StructTimeField<5>},
    {"tm_wday", StructTimeField<6>},  {"tm_yday", StructTimeField<7>},  {"tm_isdst", StructTimeField<8>},
    {"tm_zone", StructTimeField<9>},  {"tm_gmtoff", StructTimeField<10>}, {nullptr, nullptr}};

// The seconds argument of gmtime/localtime: None or absent -> now; floats
// are floored.
bool SecondsArg(const Value* args, size_t nargs, time_t* out) {
  if (nargs == 0 || IsNone(args[0])) {
    *out = ::time(nullptr);
    return true;
  }
  Value v = args[0];
  if (Is<FloatObject>(v)) {
    double d = FloatValue(v);
    if (std::isnan(d)) return Fail(SetError(ValueErrorType(), "Invalid value NaN (not a number)"));
    d = std::floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) return Fail(SetError(OverflowErrorType(), "timestamp out of range for platform time_t"));
    *out = static_cast<time_t>(d);
    return true;
  }
  int64_t i;
  if (!IndexToInt64(v, OverflowErrorType(), &i)) {
    if (ErrorMatches(OverflowErrorType())) {
      ClearError();
      return Fail(SetError(OverflowErrorType(), "timestamp out of range for platform time_t"));
    }
    return false;
  }
  *out = static_cast<time_t>(i);
  return true;
}

Ref GmTime(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("gmtime", kwnames)) return Ref();
  if (nargs > 1) return SetErrorFmt(TypeErrorType(), "gmtime() takes at most 1 argument ({} given)", nargs);
  time_t t;
  if (!SecondsArg(args, nargs, &t)) return Ref();
  struct tm tm;
  if (gmtime_r(&t, &tm) == nullptr) return SetErrorFmt(OverflowErrorType(), "timestamp out of range for platform time_t");
  return NewStructTime(tm, tm.tm_zone, 0);
}

Ref LocalTime(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("localtime", kwnames)) return Ref();
  if (nargs > 1) return SetErrorFmt(TypeErrorType(), "localtime() takes at most 1 argument ({} given)", nargs);
  time_t t;
  if (!SecondsArg(args, nargs, &t)) return Ref();
  struct tm tm;
  if (localtime_r(&t, &tm) == nullptr) return SetErrorFmt(OverflowErrorType(), "timestamp out of range for platform time_t");
  return NewStructTime(tm, tm.tm_zone, tm.tm_gmtoff);
}

// A 9-item sequence -> struct tm, as CPython's gettmarg (the checks
// strftime/mktime need).
bool TimeTuple(const char* fname, Value v, struct tm* out) {
  if (!IsTuple(v) || TupleSize(v) != kVisibleFields) {
    if (IsTuple(v)) return Fail(SetErrorFmt(TypeErrorType(), "{}(): illegal time tuple argument", fname));
    return Fail(SetErrorFmt(TypeErrorType(), "Tuple or struct_time argument required"));
  }
  int64_t f[kVisibleFields];
  for (int i = 0; i < kVisibleFields; ++i) {
    if (!IndexToInt64(TupleItem(v, i), OverflowErrorType(), &f[i])) return false;
  }
  *out = {};
  out->tm_year = static_cast<int>(f[0] - 1900);
  out->tm_mon = static_cast<int>(f[1] - 1);
  out->tm_mday = static_cast<int>(f[2]);
  out->tm_hour = static_cast<int>(f[3]);
  out->tm_min = static_cast<int>(f[4]);
  out->tm_sec = static_cast<int>(f[5]);
  out->tm_wday = static_cast<int>((f[6] + 1) % 7);
  out->tm_yday = static_cast<int>(f[7] - 1);
  out->tm_isdst = static_cast<int>(f[8]);
  if (v.type() == &StructTimeType) {
    // strftime's %Z reads tm_zone: keep a NUL-terminated copy per thread.
    static thread_local std::string zone_copy;
    Value zone = As<TupleObject>(v)->items[9];
    if (IsStr(zone)) {
      zone_copy = std::string(StrView(zone));
      out->tm_zone = zone_copy.c_str();
    }
    out->tm_gmtoff = static_cast<long>(As<TupleObject>(v)->items[10].small_int());
  }
  return true;
}

Ref StrFTime(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("strftime", kwnames) || !CheckArgCount("strftime", nargs, 1, 2)) return Ref();
  if (!IsStr(args[0])) {
    return SetErrorFmt(TypeErrorType(), "strftime() argument 1 must be str, not {}", TypeName(args[0]));
  }
  struct tm tm;
  if (nargs == 2) {
    if (!TimeTuple("strftime", args[1], &tm)) return Ref();
    if (tm.tm_mon < 0 || tm.tm_mon > 11) {
      if (tm.tm_mon == -1) tm.tm_mon = 0; else return SetError(ValueErrorType(), "month out of range");
    }
    if (tm.tm_mday == 0) tm.tm_mday = 1;
    if (tm.tm_mday < 0 || tm.tm_mday > 31) return SetError(ValueErrorType(), "day of month out of range");
    if (tm.tm_hour < 0 || tm.tm_hour > 23) return SetError(ValueErrorType(), "hour out of range");
    if (tm.tm_min < 0 || tm.tm_min > 59) return SetError(ValueErrorType(), "minute out of range");
    if (tm.tm_sec < 0 || tm.tm_sec > 61) return SetError(ValueErrorType(), "seconds out of range");
    if (tm.tm_yday == -1) tm.tm_yday = 0;
    if (tm.tm_yday < 0 || tm.tm_yday > 365) return SetError(ValueErrorType(), "day of year out of range");
  } else {
    time_t now = ::time(nullptr);
    localtime_r(&now, &tm);
  }
  std::string fmt(StrView(args[0]));
  if (fmt.empty()) return StrFromUtf8("");
  std::string buf(256, '\0');
  for (;;) {
    size_t n = strftime(buf.data(), buf.size(), fmt.c_str(), &tm);
    if (n > 0 || buf.size() > 256 * fmt.size() + 4096) return StrFromUtf8(std::string_view(buf.data(), n));
    buf.resize(buf.size() * 4);
  }
}

Ref MkTime(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("mktime", kwnames) || !CheckArgCount("mktime", nargs, 1, 1)) return Ref();
  struct tm tm;
  if (!TimeTuple("mktime", args[0], &tm)) return Ref();
  tm.tm_wday = -1;
  time_t t = mktime(&tm);
  if (t == static_cast<time_t>(-1) && tm.tm_wday == -1) return SetError(OverflowErrorType(), "mktime argument out of range");
  return FloatFromDouble(static_cast<double>(t));
}

const MethodDef kTimeMethods[] = {
    {"time", time},
    {"time_ns", time_ns},
    {"monotonic", monotonic},
    {"monotonic_ns", monotonic_ns},
    {"perf_counter", perf_counter},
    {"perf_counter_ns", perf_counter_ns},
    {"process_time", process_time},
    {"process_time_ns", process_time_ns},
    {"thread_time", thread_time},
    {"thread_time_ns", thread_time_ns},
    {"sleep", Sleep},
    {"gmtime", GmTime},
    {"localtime", LocalTime},
    {"strftime", StrFTime},
    {"mktime", MkTime},
    {nullptr, nullptr}};

}  // namespace

void InitTimeTypes() {
  StructTimeType.name = "time.struct_time";
  StructTimeType.base = &TupleType;
  StructTimeType.type_flags = kTypeTupleSubclass;
  StructTimeType.basic_size = 0;
  StructTimeType.hooks.dealloc = StructTimeDealloc;
  StructTimeType.repr = StructTimeRepr;
  StructTimeType.getsets = kStructTimeGetSets;
  InitStaticType(&StructTimeType);
}

Ref CreateTimeModule() {
  Ref mod = NewModule("time");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kTimeMethods);
  Value d = ModuleDict(mod.get());
  DictSetCStr(d, "struct_time", Value::FromObject(&StructTimeType));
  tzset();
  Ref tz = IntFromInt64(timezone);
  DictSetCStr(d, "timezone", tz.get());
  Ref names = MakeTuple({StrFromUtf8(tzname[0]).get(), StrFromUtf8(tzname[1]).get()});
  DictSetCStr(d, "tzname", names.get());
  Ref daylight_v = IntFromInt64(daylight);
  DictSetCStr(d, "daylight", daylight_v.get());
  return mod;
}

}  // namespace gilectomy::rt
