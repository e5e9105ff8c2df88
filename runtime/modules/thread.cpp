// The _thread module: OS threads running Python callables, locks, RLocks.
//
// A new thread gets its own ThreadState (registered with the safepoints
// library, ATTACHED) and runs function(*args, **kwargs). An uncaught
// exception is printed ("Exception ignored in thread started by: ...", as
// CPython's unraisable hook does) and ends only that thread; SystemExit
// ends it silently.
//
// Locks are native (a std::mutex guarding a flag, plus a condition variable
// for waiters), so they never touch Python objects while blocked. Every
// wait is inside sp::Detached: a blocked thread never delays a
// stop-the-world, and in the GIL build it releases the GIL. On the main
// thread a wait wakes every 20 ms to notice Ctrl-C (KeyboardInterrupt
// interrupts lock.acquire() as in CPython).
#include "gc/buffered_rc.h"
#include "gc/refcount.h"
#include "runtime/modules/thread.h"

#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <mutex>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
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

TypeObject LockType, RLockType;

namespace {

// ------------------------------------------------------------- lock state

// The native part of a lock. `mu` is held only for a few instructions by an
// attached thread, or while waiting on `cv` by a detached one; no object is
// touched under it.
struct LockState {
  std::mutex mu;
  std::condition_variable cv;
  bool locked = false;   // guarded by mu
  int waiters = 0;       // guarded by mu
  uint64_t owner = 0;    // RLock: the owner's ident; guarded by mu
  uint64_t count = 0;    // RLock: recursion count; guarded by mu
};

struct LockObject : Object {
  LockState* st;  // owned
  static bool IsType(TypeObject* t) { return t == &LockType || t == &RLockType; }
};

LockState* StateOf(Value v) { return As<LockObject>(v)->st; }

uint64_t CurrentIdent() { return static_cast<uint64_t>(pthread_self()); }

constexpr int64_t kForever = -1;
// CPython's TIMEOUT_MAX on Linux (PY_TIMEOUT_MAX in seconds, as a float).
constexpr double kTimeoutMaxSeconds = 9223372036.0;
constexpr std::chrono::milliseconds kSignalSlice{20};

// Blocks until the lock is free and takes it (1), until the timeout ends
// (0), or until Ctrl-C raises KeyboardInterrupt on the main thread (-1).
// timeout_ns: kForever, 0 (try once) or a positive number of nanoseconds.
int AcquireState(LockState* st, int64_t timeout_ns, bool rlock) {
  uint64_t me = rlock ? CurrentIdent() : 0;
  {
    std::lock_guard g(st->mu);
    if (!st->locked) {
      st->locked = true;
      st->owner = me;
      st->count = 1;
      return 1;
    }
    if (timeout_ns == 0) return 0;
  }
  using Clock = std::chrono::steady_clock;
  auto deadline = Clock::now() + std::chrono::nanoseconds(timeout_ns > 0 ? timeout_ns : 0);
  ThreadState* ts = CurrentThread();
  bool signal_target = IsSignalTarget(ts);
  for (;;) {
    bool got = false;
    {
      sp::Detached detached;
      std::unique_lock lk(st->mu);
      ++st->waiters;
      while (st->locked) {
        if (signal_target && (ts->sp.eval_breaker.load(std::memory_order_relaxed) & kBreakerSignal)) break;
        if (timeout_ns == kForever && !signal_target) {
          st->cv.wait(lk);
          continue;
        }
        auto until = timeout_ns == kForever ? Clock::now() + kSignalSlice : deadline;
        if (signal_target) until = std::min(until, Clock::now() + kSignalSlice);
        st->cv.wait_until(lk, until);
        if (timeout_ns != kForever && Clock::now() >= deadline) break;
      }
      --st->waiters;
      if (!st->locked) {
        st->locked = true;
        st->owner = me;
        st->count = 1;
        got = true;
      }
    }
    if (got) return 1;
    if (signal_target && (ts->sp.eval_breaker.load(std::memory_order_relaxed) & kBreakerSignal)) {
      if (!CheckSignals()) return -1;
      continue;
    }
    if (timeout_ns != kForever && Clock::now() >= deadline) return 0;
  }
}

// acquire(blocking=True, timeout=-1) -> parsed timeout, CPython's checks.
bool ParseAcquireArgs(const Value* args, size_t nargs, Value kwnames, int64_t* timeout_ns) {
  Value vals[2] = {Value(), Value()};
  if (!ParseArgs("acquire", args, nargs, kwnames, {"blocking", "timeout"}, 0, vals)) return false;
  bool blocking = true;
  if (vals[0]) {
    int b = IsTrue(vals[0]);
    if (b < 0) return false;
    blocking = b != 0;
  }
  int64_t ns = kForever;
  if (vals[1]) {
    if (!SecondsToNs(vals[1], &ns)) return false;
    if (!blocking && ns != -1'000'000'000) {
      return Fail(SetError(ValueErrorType(), "can't specify a timeout for a non-blocking call"));
    }
    if (ns < 0 && ns != -1'000'000'000) return Fail(SetError(ValueErrorType(), "timeout value must be positive"));
    if (ns == -1'000'000'000) {
      ns = kForever;
    } else if (static_cast<double>(ns) / 1e9 > kTimeoutMaxSeconds) {
      return Fail(SetError(OverflowErrorType(), "timeout value is too large"));
    }
  }
  *timeout_ns = blocking ? ns : 0;
  return true;
}

// ------------------------------------------------------------------ lock

Ref NewLockOf(TypeObject* type) {
  Object* o = AllocObject(type, sizeof(LockObject));
  if (o == nullptr) return Ref();
  static_cast<LockObject*>(o)->st = new LockState();
  return Ref::Steal(Value::FromObject(o));
}

void LockDealloc(gc::Header* h) {
  delete static_cast<LockObject*>(h)->st;
  FreeObject(static_cast<Object*>(h));
}

Ref LockAcquire(Value self, const Value* args, size_t nargs, Value kwnames) {
  int64_t timeout;
  if (!ParseAcquireArgs(args, nargs, kwnames, &timeout)) return Ref();
  int r = AcquireState(StateOf(self), timeout, false);
  if (r < 0) return Ref();
  return Ref::New(Bool(r == 1));
}

bool ReleaseLock(Value self) {
  LockState* st = StateOf(self);
  std::lock_guard g(st->mu);
  if (!st->locked) return Fail(SetError(RuntimeErrorType(), "release unlocked lock"));
  st->locked = false;
  if (st->waiters > 0) st->cv.notify_one();
  return true;
}

Ref LockRelease(Value self, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("release", nargs, 0, 0)) return Ref();
  if (!ReleaseLock(self)) return Ref();
  return Ref::New(None());
}

Ref LockExit(Value self, const Value*, size_t, Value) {
  if (!ReleaseLock(self)) return Ref();
  return Ref::New(None());
}

bool IsLocked(Value self) {
  LockState* st = StateOf(self);
  std::lock_guard g(st->mu);
  return st->locked;
}

Ref LockLocked(Value self, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("locked", nargs, 0, 0)) return Ref();
  return Ref::New(Bool(IsLocked(self)));
}

Ref LockRepr(Value self) {
  return StrFromUtf8(fmt::format("<{} _thread.lock object at {}>", IsLocked(self) ? "locked" : "unlocked",
                                 static_cast<const void*>(self.obj())));
}

const MethodDef kLockMethods[] = {
    {"acquire", LockAcquire},        {"acquire_lock", LockAcquire}, {"release", LockRelease},
    {"release_lock", LockRelease},   {"locked", LockLocked},        {"locked_lock", LockLocked},
    {"__enter__", LockAcquire},      {"__exit__", LockExit},        {nullptr, nullptr}};

// ----------------------------------------------------------------- RLock

Ref RLockNew(TypeObject* type, const Value*, size_t, Value) { return NewLockOf(type); }

Ref RLockAcquire(Value self, const Value* args, size_t nargs, Value kwnames) {
  int64_t timeout;
  if (!ParseAcquireArgs(args, nargs, kwnames, &timeout)) return Ref();
  LockState* st = StateOf(self);
  {
    std::lock_guard g(st->mu);
    if (st->locked && st->owner == CurrentIdent()) {
      if (st->count == UINT64_MAX) return SetError(OverflowErrorType(), "Internal lock count overflowed");
      ++st->count;
      return Ref::New(True());
    }
  }
  int r = AcquireState(st, timeout, true);
  if (r < 0) return Ref();
  return Ref::New(Bool(r == 1));
}

bool ReleaseRLock(Value self) {
  LockState* st = StateOf(self);
  std::lock_guard g(st->mu);
  if (!st->locked || st->owner != CurrentIdent()) {
    return Fail(SetError(RuntimeErrorType(), "cannot release un-acquired lock"));
  }
  if (--st->count == 0) {
    st->locked = false;
    st->owner = 0;
    if (st->waiters > 0) st->cv.notify_one();
  }
  return true;
}

Ref RLockRelease(Value self, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("release", nargs, 0, 0)) return Ref();
  if (!ReleaseRLock(self)) return Ref();
  return Ref::New(None());
}

Ref RLockExit(Value self, const Value*, size_t, Value) {
  if (!ReleaseRLock(self)) return Ref();
  return Ref::New(None());
}

Ref RLockIsOwned(Value self, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("_is_owned", nargs, 0, 0)) return Ref();
  LockState* st = StateOf(self);
  std::lock_guard g(st->mu);
  return Ref::New(Bool(st->locked && st->owner == CurrentIdent()));
}

// Releases fully and returns (count, owner), for Condition.wait.
Ref RLockReleaseSave(Value self, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("_release_save", nargs, 0, 0)) return Ref();
  LockState* st = StateOf(self);
  uint64_t count, owner;
  {
    std::lock_guard g(st->mu);
    if (!st->locked || st->count == 0) return SetError(RuntimeErrorType(), "cannot release un-acquired lock");
    count = st->count;
    owner = st->owner;
    st->locked = false;
    st->owner = 0;
    st->count = 0;
    if (st->waiters > 0) st->cv.notify_one();
  }
  Ref c = IntFromUint64(count);
  Ref o = IntFromUint64(owner);
  if (!c || !o) return Ref();
  return MakeTuple({c.get(), o.get()});
}

Ref RLockAcquireRestore(Value self, const Value* args, size_t nargs, Value) {
  if (!CheckArgCount("_acquire_restore", nargs, 1, 1)) return Ref();
  if (!IsTuple(args[0]) || TupleSize(args[0]) != 2) {
    return SetError(TypeErrorType(), "_acquire_restore() argument 1 must be a 2-tuple");
  }
  int64_t count;
  if (!IndexToInt64(TupleItem(args[0], 0), OverflowErrorType(), &count)) return Ref();
  // Idents are pthread ids: unsigned, possibly above INT64_MAX.
  Value ov = TupleItem(args[0], 1);
  if (!IsInt(ov)) return SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer", TypeName(ov));
  mpz_t m;
  mpz_init(m);
  IntToMpz(ov, m);
  uint64_t owner_u = mpz_get_ui(m);
  mpz_clear(m);
  LockState* st = StateOf(self);
  if (AcquireState(st, kForever, true) < 0) return Ref();
  std::lock_guard g(st->mu);
  st->owner = owner_u;
  st->count = static_cast<uint64_t>(count);
  return Ref::New(None());
}

Ref RLockRepr(Value self) {
  LockState* st = StateOf(self);
  bool locked;
  uint64_t owner, count;
  {
    std::lock_guard g(st->mu);
    locked = st->locked;
    owner = st->owner;
    count = st->count;
  }
  if (!locked) owner = count = 0;
  return StrFromUtf8(fmt::format("<{} _thread.RLock object owner={} count={} at {}>", locked ? "locked" : "unlocked",
                                 owner, count, static_cast<const void*>(self.obj())));
}

const MethodDef kRLockMethods[] = {
    {"acquire", RLockAcquire},
    {"release", RLockRelease},
    {"__enter__", RLockAcquire},
    {"__exit__", RLockExit},
    {"_is_owned", RLockIsOwned},
    {"_release_save", RLockReleaseSave},
    {"_acquire_restore", RLockAcquireRestore},
    {nullptr, nullptr}};

// ---------------------------------------------------------------- threads

std::atomic<int64_t> g_thread_count{0};   // threads started by start_new_thread, still running
std::atomic<int64_t> g_stack_size{0};     // 0: the platform default

// What a new thread needs; owned by the new thread once started.
struct BootState {
  Runtime* runtime;
  Value func, args, kwargs;  // owned; kwargs may be null
};

void ReportThreadException(Value func, Ref exc) {
  Runtime* rt = CurrentThread()->runtime;
  int status;
  if (rt->IsSystemExit(exc.get(), &status)) return;
  std::string repr;
  if (!ReprText(func, &repr)) {
    ClearError();
    repr = "<object repr() failed>";
  }
  std::fflush(stdout);
  std::fprintf(stderr, "Exception ignored in thread started by: %s\n", repr.c_str());
  rt->PrintException(exc.get());
  std::fflush(stderr);
}

Ref CallWithArgs(Value func, Value args, Value kwargs) {
  std::vector<Value> argv;
  int64_t n = TupleSize(args);
  for (int64_t i = 0; i < n; ++i) argv.push_back(TupleItem(args, i));
  Ref kwnames;
  if (kwargs && DictSize(kwargs) > 0) {
    Ref copy = DictCopy(kwargs);  // a private snapshot: other threads may mutate kwargs
    if (!copy) return Ref();
    kwnames = NewTuple(DictSize(copy.get()));
    if (!kwnames) return Ref();
    std::vector<Ref> keep;
    int64_t pos = 0, k = 0;
    Value key, value;
    while (DictNext(copy.get(), &pos, &key, &value)) {
      if (!IsStr(key)) return SetError(TypeErrorType(), "keywords must be strings");
      Incref(key);
      As<TupleObject>(kwnames.get())->items[k++] = key;
      argv.push_back(value);
      keep.push_back(Ref::New(value));
    }
    return Call(func, argv.data(), static_cast<size_t>(n), kwnames.get());
  }
  return Call(func, argv.data(), static_cast<size_t>(n));
}

void* ThreadMain(void* p) {
  auto* boot = static_cast<BootState*>(p);
  // Only the main thread handles SIGINT (its eval loop raises KeyboardInterrupt).
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  ThreadState* ts = AttachNewThreadState(boot->runtime);
  {
    Ref result = CallWithArgs(boot->func, boot->args, boot->kwargs);
    if (!result) ReportThreadException(boot->func, FetchError());
  }
  Decref(boot->func);
  Decref(boot->args);
  if (boot->kwargs) Decref(boot->kwargs);
  delete boot;
  std::vector<Object*> sentinels;
  sentinels.swap(ts->sentinels);
  g_thread_count.fetch_sub(1, std::memory_order_relaxed);
  DetachThreadState();
  // Wake threading.Thread.join() once the thread is gone (as CPython's
  // tstate lock): its references are dropped and, in the buffered build,
  // its logs handed over. Our references to the locks keep them alive; the
  // decrements come last (a thread without logs: gc/buffered_rc.h).
  for (Object* lock : sentinels) {
    LockState* st = static_cast<LockObject*>(lock)->st;
    std::lock_guard g(st->mu);
    st->locked = false;
    st->cv.notify_all();
  }
  for (Object* lock : sentinels) Decref(Value::FromObject(lock));
  return nullptr;
}

Ref StartNewThread(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("start_new_thread", kwnames) || !CheckArgCount("start_new_thread", nargs, 2, 3)) return Ref();
  if (args[0].type()->call == nullptr) return SetError(TypeErrorType(), "first arg must be callable");
  if (!IsTuple(args[1])) return SetError(TypeErrorType(), "2nd arg must be a tuple");
  if (nargs == 3 && !IsDict(args[2])) return SetError(TypeErrorType(), "optional 3rd arg must be a dictionary");
  auto* boot = new BootState{CurrentThread()->runtime, args[0], args[1], nargs == 3 ? args[2] : Value()};
  Incref(boot->func);
  Incref(boot->args);
  if (boot->kwargs) Incref(boot->kwargs);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  int64_t stack = g_stack_size.load(std::memory_order_relaxed);
  if (stack > 0) pthread_attr_setstacksize(&attr, static_cast<size_t>(stack));
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  g_thread_count.fetch_add(1, std::memory_order_relaxed);
  pthread_t tid;
  int rc = pthread_create(&tid, &attr, ThreadMain, boot);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    g_thread_count.fetch_sub(1, std::memory_order_relaxed);
    Decref(boot->func);
    Decref(boot->args);
    if (boot->kwargs) Decref(boot->kwargs);
    delete boot;
    return SetError(RuntimeErrorType(), "can't start new thread");
  }
  return IntFromUint64(static_cast<uint64_t>(tid));
}

Ref AllocateLock(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("allocate_lock", kwnames)) return Ref();
  if (nargs != 0) return SetErrorFmt(TypeErrorType(), "_thread.allocate_lock() takes no arguments ({} given)", nargs);
  return NewLockOf(&LockType);
}

Ref GetIdent(Value, const Value*, size_t nargs, Value) {
  if (nargs != 0) return SetErrorFmt(TypeErrorType(), "_thread.get_ident() takes no arguments ({} given)", nargs);
  return IntFromUint64(CurrentIdent());
}

Ref GetNativeId(Value, const Value*, size_t nargs, Value) {
  if (nargs != 0) return SetErrorFmt(TypeErrorType(), "_thread.get_native_id() takes no arguments ({} given)", nargs);
  return IntFromInt64(static_cast<int64_t>(syscall(SYS_gettid)));
}

Ref ThreadExit(Value, const Value*, size_t nargs, Value) {
  if (nargs != 0) return SetErrorFmt(TypeErrorType(), "_thread.exit() takes no arguments ({} given)", nargs);
  return SetErrorObject(Value::FromObject(SystemExitType()));
}

Ref ThreadCount(Value, const Value*, size_t nargs, Value) {
  if (nargs != 0) return SetErrorFmt(TypeErrorType(), "_thread._count() takes no arguments ({} given)", nargs);
  return IntFromInt64(g_thread_count.load(std::memory_order_relaxed));
}

Ref StackSize(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("stack_size", kwnames) || !CheckArgCount("stack_size", nargs, 0, 1)) return Ref();
  // As in CPython, stack_size() with no argument also resets it to 0.
  int64_t n = 0;
  if (nargs == 1 && !AsSsizeArg(args[0], &n)) return Ref();
  if (n != 0 && n < 32768) return SetErrorFmt(ValueErrorType(), "size not valid: {} bytes", n);
  return IntFromInt64(g_stack_size.exchange(n, std::memory_order_relaxed));
}

// A lock, held now, released when this thread's state is destroyed.
Ref SetSentinel(Value, const Value*, size_t nargs, Value) {
  if (nargs != 0) return SetErrorFmt(TypeErrorType(), "_thread._set_sentinel() takes no arguments ({} given)", nargs);
  Ref lock = NewLockOf(&LockType);
  if (!lock) return Ref();
  StateOf(lock.get())->locked = true;
  Incref(lock.get());
  CurrentThread()->sentinels.push_back(lock.get().obj());
  return lock;
}

Ref DaemonThreadsAllowed(Value, const Value*, size_t, Value) { return Ref::New(True()); }

// _thread._settle(): called by threading.Thread.join() after the thread is
// gone. Buffered build: if no other thread runs, every log is applied and the
// deaths that follow run here, so the joined thread's garbage is gone (and
// its __del__ and weakref callbacks have run) when join() returns, as in
// CPython. Other builds: nothing to do.
Ref Settle(Value, const Value*, size_t nargs, Value) {
  if (nargs != 0) return SetErrorFmt(TypeErrorType(), "_thread._settle() takes no arguments ({} given)", nargs);
  if constexpr (gc::kBufferedRefCounts) gc::rc::Settle();
  return Ref::New(None());
}

Ref InterruptMain(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("interrupt_main", kwnames) || !CheckArgCount("interrupt_main", nargs, 0, 1)) return Ref();
  SimulateInterrupt();
  return Ref::New(None());
}

const MethodDef kThreadMethods[] = {
    {"start_new_thread", StartNewThread},
    {"start_new", StartNewThread},
    {"allocate_lock", AllocateLock},
    {"allocate", AllocateLock},
    {"get_ident", GetIdent},
    {"get_native_id", GetNativeId},
    {"exit", ThreadExit},
    {"exit_thread", ThreadExit},
    {"_count", ThreadCount},
    {"stack_size", StackSize},
    {"_set_sentinel", SetSentinel},
    {"daemon_threads_allowed", DaemonThreadsAllowed},
    {"_settle", Settle},
    {"interrupt_main", InterruptMain},
    {nullptr, nullptr}};

}  // namespace

// Converts a timeout in seconds (float, or int through __index__) to
// nanoseconds with CPython's errors.
bool SecondsToNs(Value v, int64_t* out) {
  double d;
  if (Is<FloatObject>(v)) {
    d = FloatValue(v);
    if (std::isnan(d)) return Fail(SetError(ValueErrorType(), "Invalid value NaN (not a number)"));
  } else {
    int64_t i;
    if (!IndexToInt64(v, OverflowErrorType(), &i)) {
      if (ErrorMatches(OverflowErrorType())) {
        ClearError();
        return Fail(SetError(OverflowErrorType(), "timestamp out of range for platform time_t"));
      }
      return false;
    }
    d = static_cast<double>(i);
  }
  double ns = d * 1e9;
  if (!(ns >= -9.2e18 && ns <= 9.2e18)) {
    return Fail(SetError(OverflowErrorType(), "timestamp out of range for platform time_t"));
  }
  *out = static_cast<int64_t>(ns);
  if (!Is<FloatObject>(v) && d != 0 && *out / 1000000000 != static_cast<int64_t>(d)) {
    return Fail(SetError(OverflowErrorType(), "timestamp out of range for platform time_t"));
  }
  return true;
}

void InitThreadTypes() {
  LockType.name = "_thread.lock";
  LockType.basic_size = sizeof(LockObject);
  LockType.hooks.dealloc = LockDealloc;
  LockType.repr = LockRepr;
  LockType.methods = kLockMethods;
  InitStaticType(&LockType);

  RLockType.name = "_thread.RLock";
  RLockType.basic_size = sizeof(LockObject);
  RLockType.type_flags = kTypeBaseType;
  RLockType.hooks.dealloc = LockDealloc;
  RLockType.repr = RLockRepr;
  RLockType.new_ = RLockNew;
  RLockType.methods = kRLockMethods;
  InitStaticType(&RLockType);
}

Ref CreateThreadModule() {
  Ref mod = NewModule("_thread");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kThreadMethods);
  Value d = ModuleDict(mod.get());
  DictSetCStr(d, "LockType", Value::FromObject(&LockType));
  DictSetCStr(d, "RLock", Value::FromObject(&RLockType));
  DictSetCStr(d, "error", Value::FromObject(RuntimeErrorType()));
  Ref tmax = FloatFromDouble(kTimeoutMaxSeconds);
  DictSetCStr(d, "TIMEOUT_MAX", tmax.get());
  return mod;
}

}  // namespace gilectomy::rt
