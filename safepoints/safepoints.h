// The safepoints library: thread registry, thread states, eval-breaker bits,
// stop-the-world, pending calls and (in the GIL build) the global lock.
// Depends on nothing of ours; see safepoints.cpp for the design.
//
// Thread states and who may make each transition:
//
//                 Detach (the thread itself)
//   ATTACHED  ------------------------------>  DETACHED
//      ^  <------------------------------------   |  ^
//      |    Attach: CAS DETACHED->ATTACHED        |  |
//      |    (the thread itself)                   |  | StartTheWorld (requester):
//      |                                  claim:  |  | PARKED->DETACHED
//      | park at a poll (the thread itself)  CAS  v  |
//      +-------------------------------------->  PARKED
//
//   A thread that parked itself leaves PARKED only when the requester
//   releases it; then it re-attaches by CAS like any detached thread.
//   ATTACHED: may touch objects. DETACHED: in a blocking call or native code
//   that touches no object. PARKED: stopped for a stop-the-world request.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>

namespace gilectomy::sp {

enum class State : uint8_t { kAttached = 0, kDetached = 1, kParked = 2 };

// Bits of a thread's eval-breaker word. Any thread (or a signal handler) may
// set bits; the eval loop polls the word with one relaxed load.
//
//   bit  name              set by                       handled by
//   ---  ----------------  ---------------------------  -------------------------
//     0  kBreakerSignal    the SIGINT handler           the embedder (KeyboardInterrupt)
//     1  kBreakerStop      StopTheWorld                 SafepointSlow: park
//     2  kBreakerPending   AddPendingCall               SafepointSlow: run the calls
//     3  kBreakerGilDrop   a thread waiting for the GIL SafepointSlow: yield the GIL
//     4  kBreakerEpoch     the commit thread (buffered   SafepointSlow: the quiescent
//                          refcounting) announcing an   hook (hand logs over,
//                          epoch                        acknowledge the epoch)
enum BreakerBits : uint32_t {
  kBreakerSignal = 1u << 0,
  kBreakerStop = 1u << 1,
  kBreakerPending = 1u << 2,
  kBreakerGilDrop = 1u << 3,
  kBreakerEpoch = 1u << 4,
};
inline constexpr uint32_t kBreakerSafepointMask = kBreakerStop | kBreakerPending | kBreakerGilDrop | kBreakerEpoch;

// One per registered OS thread. Owned by the thread (usually embedded in the
// embedder's thread state); it must stay alive from RegisterThread until
// UnregisterThread returns.
struct ThreadRecord {
  // Polled by the owner; set by any thread. Relaxed: a set bit only asks the
  // owner to take the slow path, which synchronises through the registry lock.
  std::atomic<uint32_t> eval_breaker{0};
  // ATTACHED/DETACHED/PARKED, seq_cst (the requester's Dekker-style
  // "store request, load states" against the thread's "store state, load
  // request").
  std::atomic<State> state{State::kDetached};
  // Nesting depth of Detached scopes; only the owner touches it.
  int detach_depth = 0;
  // Registry links; protected by the registry lock.
  ThreadRecord* prev = nullptr;
  ThreadRecord* next = nullptr;
  uint64_t id = 0;          // 1, 2, ... in registration order; set under the registry lock
  void* user = nullptr;     // the embedder's thread state
  // Buffered refcounting (gc/buffered_rc.cpp): the last epoch this thread
  // acknowledged, written by the owner (release; seq_cst when it
  // re-attaches) and read by the commit thread (acquire); and the owner's
  // logs, touched only by the owner.
  std::atomic<uint64_t> epoch{0};
  void* rc = nullptr;
};

// ---------------------------------------------------------------- registry

// Registers the calling thread (which must not be registered yet) as
// ATTACHED, waiting first if a stop-the-world is in progress. In the GIL
// build the thread also takes the GIL.
void RegisterThread(ThreadRecord* rec);
// Unregisters the calling thread, which must be ATTACHED and registered with
// `rec`: detaches it for good and removes it from the registry. After this
// returns the record may be freed.
void UnregisterThread(ThreadRecord* rec);
// The calling thread's record, or null if it is not registered.
ThreadRecord* Current();
// Number of registered threads.
size_t ThreadCount();

// ----------------------------------------------------------- attach/detach

// Detaches the calling thread around a blocking call (nestable: only the
// outermost scope changes state). Re-attaching waits while the world is
// stopped. A thread that is not registered passes through.
class Detached {
 public:
  Detached();
  ~Detached();
  Detached(const Detached&) = delete;
  Detached& operator=(const Detached&) = delete;

 private:
  ThreadRecord* rec_;
};

// The opposite scope: attaches a registered, detached thread (nestable).
class Attached {
 public:
  Attached();
  ~Attached();
  Attached(const Attached&) = delete;
  Attached& operator=(const Attached&) = delete;

 private:
  ThreadRecord* rec_;
  bool was_detached_;
};

// A mutex guard that is DETACHED while it waits for the mutex (V8's
// ParkedMutexGuard): a thread blocked on a native mutex never delays a
// stop-the-world.
class DetachedMutexGuard {
 public:
  explicit DetachedMutexGuard(std::mutex& mu);
  ~DetachedMutexGuard() { mu_.unlock(); }
  DetachedMutexGuard(const DetachedMutexGuard&) = delete;
  DetachedMutexGuard& operator=(const DetachedMutexGuard&) = delete;

 private:
  std::mutex& mu_;
};

// ---------------------------------------------------------------- polling

// The out-of-line slow path of a poll: parks for a stop-the-world, runs
// pending calls, yields the GIL when asked. Returns false if a pending call
// failed (its error is the embedder's to report). The caller must be
// ATTACHED and must be at a point where it holds no object lock and every
// object it uses is reachable from roots the requester can see.
[[nodiscard]] bool SafepointSlow(ThreadRecord* rec);

// ------------------------------------------------------ schedule points

// Points where a test scheduler may switch threads (gcstress --schedule
// fiber runs mutators as fibers on one OS thread and switches only here;
// in --schedule os it may yield to widen race windows). In normal runs the
// hook is null and a schedule point is one relaxed load.
enum class PointKind : uint8_t {
  kPoll,      // Poll()
  kLock,      // an object lock acquisition (contended path)
  kMerge,     // a track/untrack buffer merge (gc/tracked_set.cpp)
  kLogFlush,  // a refcount log flush (buffered build)
  kOther,     // test code (planted bugs, gcstress's own points)
};
using SchedulePointHook = void (*)(PointKind kind);
extern std::atomic<SchedulePointHook> schedule_point_hook;
inline void SchedulePoint(PointKind kind) {
  SchedulePointHook h = schedule_point_hook.load(std::memory_order_relaxed);
  if (h != nullptr) h(kind);
}
// Installs the hook (null: none). Only while no thread is registered.
void SetSchedulePointHook(SchedulePointHook hook);

// Test hook for fibers that share one OS thread: the calling OS thread's
// current record becomes `rec` (it may be null); returns the old one. A
// fiber scheduler calls it on every switch so Current(), Detached and
// friends see the running fiber's record. Never used outside gcstress.
ThreadRecord* ExchangeCurrentForTest(ThreadRecord* rec);

// A poll for native loops (sort, join, repeated allocation).
[[nodiscard]] inline bool Poll(ThreadRecord* rec) {
  SchedulePoint(PointKind::kPoll);
  if (rec != nullptr && (rec->eval_breaker.load(std::memory_order_relaxed) & kBreakerSafepointMask) != 0) {
    return SafepointSlow(rec);
  }
  return true;
}

// ---------------------------------------------------------- stop the world

// Stops every other registered thread: each is PARKED at a poll or claimed
// while DETACHED. Concurrent requesters serialise; a waiting requester is
// DETACHED while it waits. The caller may be registered (then it must be
// ATTACHED) or not. Every StopTheWorld is paired with StartTheWorld.
void StopTheWorld();
// Stops the world only if that needs no waiting: no other requester, and
// every other registered thread DETACHED (each is claimed). Returns false,
// changing nothing, otherwise. Pair a true result with StartTheWorld.
// Callable where StopTheWorld is not: with an object lock held (no thread
// can be waiting for it, since lock waiters are ATTACHED).
bool TryStopTheWorld();
// Clears the request, then releases the parked threads (in that order: see
// models/stop_the_world.pml, RELEASE_THEN_CLEAR).
void StartTheWorld();
bool WorldStopped();

class StopTheWorldScope {
 public:
  StopTheWorldScope() { StopTheWorld(); }
  ~StopTheWorldScope() { StartTheWorld(); }
  StopTheWorldScope(const StopTheWorldScope&) = delete;
  StopTheWorldScope& operator=(const StopTheWorldScope&) = delete;
};

struct StopTheWorldStats {
  uint64_t count = 0;              // completed stops
  uint64_t last_ns = 0;            // time to safepoint of the last stop
  uint64_t max_ns = 0;
  uint64_t total_ns = 0;
};
StopTheWorldStats GetStopTheWorldStats();

// ----------------------------------------------------------- pending calls

// A call to run at a safepoint on an ATTACHED thread: `target`, or the first
// registered thread to poll when target is null. Returns 0, or -1 after the
// embedder set its error (the poll then returns false). Any thread may add
// calls, including threads that are not registered (not a signal handler:
// this takes a lock).
using PendingFn = int (*)(void* arg);
void AddPendingCall(PendingFn fn, void* arg, ThreadRecord* target = nullptr);
// Runs the calls waiting for `rec` (or for anyone). Returns false when one
// failed; the rest stay queued.
[[nodiscard]] bool RunPendingCalls(ThreadRecord* rec);

// Called by a thread that parks at a poll (begin true) and again when it is
// released (begin false), with the registry lock held: it must not call
// back into this library. For tracing (gc/gc_log.cpp); null: none.
using ParkObserver = void (*)(ThreadRecord* rec, bool begin);
void SetParkObserver(ParkObserver observer);

// ------------------------------------------------------------- thread hooks

// Called by the thread itself at the points where it changes what it may
// touch (buffered refcounting installs them; null: none):
//   attached(rec)   after it became ATTACHED (registration, every re-attach:
//                   after the seq_cst publication of ATTACHED, so the hook's
//                   load of a global epoch cannot be older than the state a
//                   concurrent scanner saw);
//   quiescent(rec)  at a safepoint (SafepointSlow, before parking) and before
//                   it leaves ATTACHED (detach, unregister): it holds no
//                   borrowed reference there.
struct ThreadHooks {
  void (*attached)(ThreadRecord* rec) = nullptr;
  void (*quiescent)(ThreadRecord* rec) = nullptr;
};
// Installs the hooks (once, at start-up: a thread registered earlier missed
// its attach hook).
void SetThreadHooks(const ThreadHooks& hooks);

// Calls fn(rec, arg) for every registered thread with the registry lock held
// (fn must not call back into this library), and returns the count. Used by
// the commit thread, which is not registered, to announce epochs and scan
// acknowledgements.
size_t ForEachThread(void (*fn)(ThreadRecord* rec, void* arg), void* arg);

// --------------------------------------------------------------- scheduler

// How threads wait for each other inside this library. The default blocks on
// a condition variable; a fiber scheduler (gcstress) installs its own so it
// can switch fibers at these points.
class Scheduler {
 public:
  virtual ~Scheduler() = default;
  // Called with `lock` (the registry lock) held; returns with it held after
  // a wake-up, a spurious wake-up or `timeout`. Callers re-check.
  virtual void Wait(std::unique_lock<std::mutex>& lock, std::chrono::nanoseconds timeout) = 0;
  // Wakes every waiter. Called with the registry lock held.
  virtual void WakeAll() = 0;
};
// Installs `s` (null: the default). Only while no thread is registered.
void SetScheduler(Scheduler* s);

// -------------------------------------------------------------------- GIL

// True in the GIL build: attaching takes the global lock, detaching releases
// it, and a thread waiting for it sets kBreakerGilDrop on the holder after
// the switch interval.
bool GilEnabled();
// The switch interval in seconds (GIL build; stored but unused without it).
double SwitchInterval();
void SetSwitchInterval(double seconds);

}  // namespace gilectomy::sp
