// The safepoints library: thread registry and stop-the-world (DESIGN.md
// "Safepoints"). Entry points: StopTheWorld / StartTheWorld for a requester
// (the collector), Detached / SafepointSlow for mutators.
//
// Design
// ------
// Every registered thread owns a ThreadRecord: its state (ATTACHED /
// DETACHED / PARKED, see safepoints.h for the state machine) and its
// eval-breaker word. The registry is a doubly linked list of records under
// one mutex (the registry lock, g.mu), which also guards the stop request.
//
// Stop the world (one requester at a time: the stw mutex, taken DETACHED):
//   1. Under the registry lock, set stop_requested (seq_cst) and the
//      kBreakerStop bit of every other thread.
//   2. For each other thread: if it is DETACHED, claim it by CAS
//      DETACHED->PARKED (it cannot re-attach until released); if PARKED, it
//      parked itself at a poll; if ATTACHED, wait (the registry lock is
//      released while waiting) until it parks or detaches, then look again.
//   3. world_stopped; record the time to safepoint.
// Start the world:
//   4. Under the registry lock, clear world_stopped and stop_requested, THEN
//      release every PARKED thread (PARKED->DETACHED) and wake them. The
//      other order lets a released thread see the stale request, park again
//      and stay parked for good (models/stop_the_world.pml,
//      -DRELEASE_THEN_CLEAR). Each released thread re-attaches by CAS; a
//      plain store could attach a thread that the next requester has just
//      claimed (-DPLAIN_REATTACH).
// Mutators:
//   * Poll (eval loop, native loops): one relaxed load of the eval-breaker
//     word; SafepointSlow takes the registry lock, and if a stop is
//     requested stores PARKED, wakes the requester and waits for release.
//   * Detach: store DETACHED, then if a stop is requested wake the
//     requester. Attach: CAS DETACHED->ATTACHED; on failure the thread was
//     claimed: wait until released and retry. After a successful attach,
//     a pending request is honoured at once (park), so a thread that comes
//     back from a long blocking call never runs into a stopped world.
//   Lost wake-ups cannot happen: the requester re-checks states under the
//   registry lock before waiting, and a thread changes its state before it
//   takes that lock to wake the requester (seq_cst on both sides: the
//   requester stores the request then loads states; a detaching thread
//   stores its state then loads the request).
//
// Concurrent requesters: two threads that both want the world stopped take
// the stw mutex in turn. The waiter is DETACHED while it waits, so the
// winner can claim it; otherwise the two would wait for each other forever.
//
// Pending calls: a queue under its own mutex. Adding one sets kBreakerPending
// on the target (or every thread); the first poll that takes the slow path
// runs the calls meant for it. Calls never run with the world stopped.
//
// The GIL build (GILECTOMY_GIL): attaching takes the global lock and
// detaching releases it, so the Detached scopes around blocking calls are
// also the points where the GIL is released. A thread that waits longer than
// the switch interval sets kBreakerGilDrop on the holder, which yields at its
// next poll and waits until some other thread has taken the lock (forced
// switching, as CPython does). With at most one ATTACHED thread,
// StopTheWorld only claims detached threads.
//
// Rejected alternatives: a per-thread semaphore for parking (the one
// registry condition variable is simpler and parking is rare); signals to
// interrupt running threads (the eval loop polls anyway, and native loops
// poll with Poll()); a counter of running threads instead of scanning the
// registry (a requester must claim each detached thread individually).
#include "safepoints/safepoints.h"

#include <condition_variable>
#include <cstdlib>
#include <vector>

namespace gilectomy::sp {

namespace {

class CondVarScheduler final : public Scheduler {
 public:
  void Wait(std::unique_lock<std::mutex>& lock, std::chrono::nanoseconds timeout) override {
    cv_.wait_for(lock, timeout);
  }
  void WakeAll() override { cv_.notify_all(); }

 private:
  std::condition_variable cv_;
};

struct PendingCall {
  PendingFn fn;
  void* arg;
  ThreadRecord* target;  // null: any thread
};

// Process-wide state of the library. (The registry is inherently
// process-wide: it is the list of OS threads.)
struct Globals {
  std::mutex mu;                      // the registry lock
  ThreadRecord* head = nullptr;       // registered threads; guarded by mu
  size_t count = 0;                   // guarded by mu
  uint64_t next_id = 1;               // guarded by mu
  std::atomic<bool> stop_requested{false};  // written under mu; read anywhere (seq_cst)
  bool world_stopped = false;         // guarded by mu
  ThreadRecord* requester = nullptr;  // guarded by mu; null if unregistered or none
  std::chrono::steady_clock::time_point request_time;  // guarded by mu
  StopTheWorldStats stats;            // guarded by mu
  std::mutex stw_mu;                  // serialises requesters
  CondVarScheduler default_scheduler;
  Scheduler* scheduler = &default_scheduler;  // set while no thread is registered

  std::mutex pending_mu;              // guards pending
  std::vector<PendingCall> pending;

  // GIL build only.
  std::mutex gil_mu;
  std::condition_variable gil_cv;
  bool gil_locked = false;            // guarded by gil_mu
  ThreadRecord* gil_holder = nullptr; // guarded by gil_mu
  uint64_t gil_switches = 0;          // guarded by gil_mu: times the GIL changed hands
  int gil_waiters = 0;                // guarded by gil_mu
  std::atomic<int64_t> switch_interval_ns{5'000'000};
};

Globals& G() {
  static Globals* g = new Globals();  // never destroyed: threads may outlive static destructors
  return *g;
}

thread_local ThreadRecord* tls_record = nullptr;

// Set once at start-up (SetThreadHooks), read by every thread.
std::atomic<void (*)(ThreadRecord*)> attached_hook{nullptr};
std::atomic<void (*)(ThreadRecord*)> quiescent_hook{nullptr};

inline void Quiescent(ThreadRecord* rec) {
  if (auto hook = quiescent_hook.load(std::memory_order_acquire)) hook(rec);
}
inline void AttachedHook(ThreadRecord* rec) {
  if (auto hook = attached_hook.load(std::memory_order_acquire)) hook(rec);
}

// A requester waiting for a straggler wakes up at least this often, which
// bounds the damage of a missed wake-up from an embedder bug.
constexpr std::chrono::milliseconds kWaitSlice{50};

#if defined(GILECTOMY_GIL)
constexpr bool kGil = true;
#else
constexpr bool kGil = false;
#endif

// ----------------------------------------------------------------- the GIL

void TakeGil(ThreadRecord* rec) {
  Globals& g = G();
  std::unique_lock lk(g.gil_mu);
  if (!g.gil_locked) {
    g.gil_locked = true;
    g.gil_holder = rec;
    return;
  }
  ++g.gil_waiters;
  while (g.gil_locked) {
    uint64_t switches = g.gil_switches;
    auto interval = std::chrono::nanoseconds(g.switch_interval_ns.load(std::memory_order_relaxed));
    if (!g.gil_cv.wait_for(lk, interval, [&] { return !g.gil_locked; })) {
      // Timed out with no switch meanwhile: ask the holder to yield.
      if (g.gil_locked && g.gil_switches == switches && g.gil_holder != nullptr) {
        g.gil_holder->eval_breaker.fetch_or(kBreakerGilDrop, std::memory_order_relaxed);
      }
    }
  }
  --g.gil_waiters;
  g.gil_locked = true;
  g.gil_holder = rec;
  ++g.gil_switches;
  g.gil_cv.notify_all();  // a yielding thread waits for this switch
}

void DropGil(ThreadRecord* rec) {
  Globals& g = G();
  std::lock_guard lk(g.gil_mu);
  g.gil_locked = false;
  g.gil_holder = nullptr;
  rec->eval_breaker.fetch_and(~kBreakerGilDrop, std::memory_order_relaxed);
  g.gil_cv.notify_all();
}

void DetachState(ThreadRecord* rec);
void AttachStateSlow(ThreadRecord* rec);

// Yields the GIL to a waiting thread and takes it back (kBreakerGilDrop).
// The thread is DETACHED while it does not hold the GIL: an ATTACHED thread
// waiting for the GIL would hold up a stop-the-world whose requester waits
// for it, while the GIL's new holder may itself be parked.
void YieldGil(ThreadRecord* rec) {
  Globals& g = G();
  {
    std::lock_guard lk(g.gil_mu);
    rec->eval_breaker.fetch_and(~kBreakerGilDrop, std::memory_order_relaxed);
    if (g.gil_waiters == 0) return;
  }
  DetachState(rec);
  {
    std::unique_lock lk(g.gil_mu);
    g.gil_locked = false;
    g.gil_holder = nullptr;
    uint64_t switches = g.gil_switches;
    g.gil_cv.notify_all();
    // Forced switching: wait until another thread has taken the lock.
    g.gil_cv.wait(lk, [&] { return g.gil_switches != switches || g.gil_waiters == 0; });
  }
  TakeGil(rec);
  AttachStateSlow(rec);
}

// ------------------------------------------------------------ transitions

// Parks `rec` (ATTACHED, registry lock held) until released, then returns
// with it DETACHED; the caller re-attaches. Precondition: a stop is
// requested by someone else.
std::atomic<ParkObserver> park_observer{nullptr};

void ParkLocked(ThreadRecord* rec, std::unique_lock<std::mutex>& lk) {
  Globals& g = G();
  ParkObserver observer = park_observer.load(std::memory_order_acquire);
  if (observer != nullptr) observer(rec, true);
  rec->state.store(State::kParked, std::memory_order_seq_cst);
  g.scheduler->WakeAll();  // the requester may be waiting for us
  while (rec->state.load(std::memory_order_seq_cst) == State::kParked) g.scheduler->Wait(lk, kWaitSlice);
  if (observer != nullptr) observer(rec, false);
}

// CAS DETACHED->ATTACHED; if a requester claimed the thread, wait until it
// is released and retry. Then honour a request made meanwhile by parking
// (the thread is at a safepoint). Does not touch the GIL.
void AttachStateSlow(ThreadRecord* rec) {
  Globals& g = G();
  for (;;) {
    State expected = State::kDetached;
#if defined(GILECTOMY_BUG_RC_RACY_REATTACH)
    AttachedHook(rec);  // planted bug: the epoch is loaded before ATTACHED is published
    SchedulePoint(PointKind::kOther);  // the race window, for gcstress's schedules
#endif
    if (rec->state.compare_exchange_strong(expected, State::kAttached, std::memory_order_seq_cst)) {
#if !defined(GILECTOMY_BUG_RC_RACY_REATTACH)
      AttachedHook(rec);  // after publishing ATTACHED (models/buffered_rc.pml, RACY_REATTACH)
#endif
      if (!g.stop_requested.load(std::memory_order_seq_cst)) return;
      std::unique_lock lk(g.mu);
      if (!g.stop_requested.load(std::memory_order_seq_cst) || g.requester == rec) return;
      ParkLocked(rec, lk);
      continue;  // released: DETACHED again
    }
    std::unique_lock lk(g.mu);
    while (rec->state.load(std::memory_order_seq_cst) == State::kParked) g.scheduler->Wait(lk, kWaitSlice);
  }
}

void DetachState(ThreadRecord* rec) {
  Globals& g = G();
  Quiescent(rec);  // hand the logs over while still ATTACHED
  rec->state.store(State::kDetached, std::memory_order_seq_cst);
  if (g.stop_requested.load(std::memory_order_seq_cst)) {
    std::lock_guard lk(g.mu);
    g.scheduler->WakeAll();
  }
}

void DetachOuter(ThreadRecord* rec) {
  DetachState(rec);
  if (kGil) DropGil(rec);
}

void AttachOuter(ThreadRecord* rec) {
  if (kGil) TakeGil(rec);
  AttachStateSlow(rec);
}

void SetBitsLocked(uint32_t bits, ThreadRecord* only) {
  for (ThreadRecord* r = G().head; r != nullptr; r = r->next) {
    if (only == nullptr || only == r) r->eval_breaker.fetch_or(bits, std::memory_order_relaxed);
  }
}

}  // namespace

// ---------------------------------------------------------------- registry

void RegisterThread(ThreadRecord* rec) {
  Globals& g = G();
  if (kGil) TakeGil(rec);
  std::unique_lock lk(g.mu);
  // A thread appearing in a stopped world would run in it: wait.
  while (g.stop_requested.load(std::memory_order_seq_cst)) g.scheduler->Wait(lk, kWaitSlice);
  rec->state.store(State::kAttached, std::memory_order_seq_cst);
  rec->detach_depth = 0;
  rec->id = g.next_id++;
  rec->prev = nullptr;
  rec->next = g.head;
  if (g.head != nullptr) g.head->prev = rec;
  g.head = rec;
  ++g.count;
  tls_record = rec;
  lk.unlock();
  AttachedHook(rec);  // ATTACHED is published (seq_cst, above)
}

void UnregisterThread(ThreadRecord* rec) {
  Globals& g = G();
  DetachOuter(rec);
  {
    std::lock_guard lk(g.mu);
    if (rec->prev != nullptr) rec->prev->next = rec->next; else g.head = rec->next;
    if (rec->next != nullptr) rec->next->prev = rec->prev;
    rec->prev = rec->next = nullptr;
    --g.count;
    g.scheduler->WakeAll();
  }
  tls_record = nullptr;
  // Calls meant for this thread go to whoever polls next.
  std::lock_guard plk(g.pending_mu);
  bool orphaned = false;
  for (PendingCall& c : g.pending) {
    if (c.target == rec) {
      c.target = nullptr;
      orphaned = true;
    }
  }
  if (orphaned) {
    std::lock_guard lk(g.mu);
    SetBitsLocked(kBreakerPending, nullptr);
  }
}

ThreadRecord* Current() { return tls_record; }

size_t ThreadCount() {
  std::lock_guard lk(G().mu);
  return G().count;
}

// ----------------------------------------------------------- attach/detach

Detached::Detached() : rec_(tls_record) {
  if (rec_ != nullptr && rec_->detach_depth++ == 0) DetachOuter(rec_);
}

Detached::~Detached() {
  if (rec_ != nullptr && --rec_->detach_depth == 0) AttachOuter(rec_);
}

Attached::Attached() : rec_(tls_record), was_detached_(false) {
  if (rec_ != nullptr && rec_->detach_depth > 0) {
    was_detached_ = true;
    AttachOuter(rec_);
  }
}

Attached::~Attached() {
  if (was_detached_) DetachOuter(rec_);
}

DetachedMutexGuard::DetachedMutexGuard(std::mutex& mu) : mu_(mu) {
  if (mu_.try_lock()) return;
  Detached d;
  mu_.lock();
}

// ---------------------------------------------------------------- polling

bool SafepointSlow(ThreadRecord* rec) {
  Globals& g = G();
  uint32_t bits = rec->eval_breaker.load(std::memory_order_relaxed);
  if (bits & (kBreakerEpoch | kBreakerStop)) {
    // Clear first: an epoch announced after the hook sets the bit again.
    rec->eval_breaker.fetch_and(~kBreakerEpoch, std::memory_order_relaxed);
    Quiescent(rec);  // before parking, too: a parked thread counts as acknowledged
  }
  if (bits & kBreakerStop) {
    std::unique_lock lk(g.mu);
    if (g.stop_requested.load(std::memory_order_seq_cst) && g.requester != rec) {
      ParkLocked(rec, lk);  // returns DETACHED, released; the bit was cleared by StartTheWorld
      lk.unlock();
      AttachStateSlow(rec);
    } else {
      rec->eval_breaker.fetch_and(~kBreakerStop, std::memory_order_relaxed);
    }
  }
  if (kGil && (bits & kBreakerGilDrop)) YieldGil(rec);
  if (bits & kBreakerPending) return RunPendingCalls(rec);
  return true;
}

// ---------------------------------------------------------- stop the world

void StopTheWorld() {
  Globals& g = G();
  ThreadRecord* self = tls_record;
  // Another requester may hold the stw mutex: wait for it DETACHED, so that
  // requester can claim us (the guard's unlock is in StartTheWorld).
  if (!g.stw_mu.try_lock()) {
    Detached d;
    g.stw_mu.lock();
  }
  std::unique_lock lk(g.mu);
  auto start = std::chrono::steady_clock::now();
  g.requester = self;
  g.request_time = start;
  g.stop_requested.store(true, std::memory_order_seq_cst);
  for (ThreadRecord* r = g.head; r != nullptr; r = r->next) {
    if (r != self) r->eval_breaker.fetch_or(kBreakerStop, std::memory_order_relaxed);
  }
  for (;;) {
    bool all = true;
    for (ThreadRecord* r = g.head; r != nullptr; r = r->next) {
      if (r == self) continue;
      State s = State::kDetached;
      if (r->state.compare_exchange_strong(s, State::kParked, std::memory_order_seq_cst)) continue;  // claimed
      if (s == State::kAttached) all = false;
    }
    if (all) break;
    g.scheduler->Wait(lk, kWaitSlice);
  }
  g.world_stopped = true;
  uint64_t ns = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count());
  g.stats.count++;
  g.stats.last_ns = ns;
  g.stats.total_ns += ns;
  if (ns > g.stats.max_ns) g.stats.max_ns = ns;
}

bool TryStopTheWorld() {
  Globals& g = G();
  ThreadRecord* self = tls_record;
  if (!g.stw_mu.try_lock()) return false;
  std::unique_lock lk(g.mu);
  auto start = std::chrono::steady_clock::now();
  bool all = true;
  for (ThreadRecord* r = g.head; r != nullptr; r = r->next) {
    if (r == self) continue;
    State s = State::kDetached;
    if (!r->state.compare_exchange_strong(s, State::kParked, std::memory_order_seq_cst)) {
      all = false;
      break;
    }
  }
  if (!all) {
    // Undo the claims: back to DETACHED, and wake any of them waiting to attach.
    for (ThreadRecord* r = g.head; r != nullptr; r = r->next) {
      State s = State::kParked;
      if (r != self) r->state.compare_exchange_strong(s, State::kDetached, std::memory_order_seq_cst);
    }
    g.scheduler->WakeAll();
    lk.unlock();
    g.stw_mu.unlock();
    return false;
  }
  g.requester = self;
  g.request_time = start;
  g.stop_requested.store(true, std::memory_order_seq_cst);
  g.world_stopped = true;
  return true;
}

void StartTheWorld() {
  Globals& g = G();
#if defined(GILECTOMY_BUG_RELEASE_BEFORE_CLEAR)
  // PLANTED BUG (gcstress proves it finds it): release the parked threads,
  // then clear the request in a second critical section. A released thread
  // that re-attaches in between sees the stale request, parks again and is
  // never released (models/stop_the_world.pml -DRELEASE_THEN_CLEAR).
  {
    std::lock_guard lk(g.mu);
    for (ThreadRecord* r = g.head; r != nullptr; r = r->next) {
      r->eval_breaker.fetch_and(~kBreakerStop, std::memory_order_relaxed);
      State s = State::kParked;
      r->state.compare_exchange_strong(s, State::kDetached, std::memory_order_seq_cst);
    }
    g.scheduler->WakeAll();
  }
  SchedulePoint(PointKind::kOther);
#endif
  {
    std::lock_guard lk(g.mu);
    // Clear the request first, then release (see the design comment, step 4).
    g.world_stopped = false;
    g.stop_requested.store(false, std::memory_order_seq_cst);
    g.requester = nullptr;
#if !defined(GILECTOMY_BUG_RELEASE_BEFORE_CLEAR)
    for (ThreadRecord* r = g.head; r != nullptr; r = r->next) {
      r->eval_breaker.fetch_and(~kBreakerStop, std::memory_order_relaxed);
      State s = State::kParked;
      r->state.compare_exchange_strong(s, State::kDetached, std::memory_order_seq_cst);
    }
#endif
    g.scheduler->WakeAll();
  }
  g.stw_mu.unlock();
}

bool WorldStopped() {
  std::lock_guard lk(G().mu);
  return G().world_stopped;
}

StopTheWorldStats GetStopTheWorldStats() {
  std::lock_guard lk(G().mu);
  return G().stats;
}

// ----------------------------------------------------------- pending calls

void AddPendingCall(PendingFn fn, void* arg, ThreadRecord* target) {
  Globals& g = G();
  {
    std::lock_guard plk(g.pending_mu);
    g.pending.push_back(PendingCall{fn, arg, target});
  }
  std::lock_guard lk(g.mu);
  bool found = false;
  for (ThreadRecord* r = g.head; r != nullptr && target != nullptr; r = r->next) found |= (r == target);
  SetBitsLocked(kBreakerPending, found ? target : nullptr);
}

void SetParkObserver(ParkObserver observer) { park_observer.store(observer, std::memory_order_release); }

bool RunPendingCalls(ThreadRecord* rec) {
  Globals& g = G();
  // Clear first: a call added after the scan sets the bit again.
  rec->eval_breaker.fetch_and(~kBreakerPending, std::memory_order_relaxed);
  for (;;) {
    PendingCall call{};
    {
      std::lock_guard plk(g.pending_mu);
      auto it = g.pending.begin();
      while (it != g.pending.end() && it->target != nullptr && it->target != rec) ++it;
      if (it == g.pending.end()) return true;
      call = *it;
      g.pending.erase(it);
    }
    if (call.fn(call.arg) != 0) {
      rec->eval_breaker.fetch_or(kBreakerPending, std::memory_order_relaxed);  // the rest later
      return false;
    }
  }
}

// ------------------------------------------------------------- thread hooks

void SetThreadHooks(const ThreadHooks& hooks) {
  attached_hook.store(hooks.attached, std::memory_order_release);
  quiescent_hook.store(hooks.quiescent, std::memory_order_release);
}

size_t ForEachThread(void (*fn)(ThreadRecord* rec, void* arg), void* arg) {
  Globals& g = G();
  std::lock_guard lk(g.mu);
  for (ThreadRecord* r = g.head; r != nullptr; r = r->next) fn(r, arg);
  return g.count;
}

// --------------------------------------------------------------- scheduler

std::atomic<SchedulePointHook> schedule_point_hook{nullptr};

void SetSchedulePointHook(SchedulePointHook hook) {
  Globals& g = G();
  std::lock_guard lk(g.mu);
  if (g.count != 0) std::abort();  // a thread could be inside the old hook
  schedule_point_hook.store(hook, std::memory_order_relaxed);
}

ThreadRecord* ExchangeCurrentForTest(ThreadRecord* rec) {
  ThreadRecord* old = tls_record;
  tls_record = rec;
  return old;
}

void SetScheduler(Scheduler* s) {
  Globals& g = G();
  std::lock_guard lk(g.mu);
  if (g.count != 0) std::abort();  // a waiter could be inside the old scheduler
  g.scheduler = s != nullptr ? s : &g.default_scheduler;
}

// -------------------------------------------------------------------- GIL

bool GilEnabled() { return kGil; }

double SwitchInterval() {
  return static_cast<double>(G().switch_interval_ns.load(std::memory_order_relaxed)) / 1e9;
}

void SetSwitchInterval(double seconds) {
  G().switch_interval_ns.store(static_cast<int64_t>(seconds * 1e9), std::memory_order_relaxed);
}

}  // namespace gilectomy::sp
