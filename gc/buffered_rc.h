// Buffered reference counting (GILECTOMY_RC=buffered): the Gilectomy's own
// design, DESIGN.md "Refcount strategies — buffered"; the full argument is in
// docs/buffered-refcount.md.
//
// A mutator never writes a refcount. Incref/Decref (gc/refcount.h) append the
// object to the thread's increment or decrement log, a chunk of
// GILECTOMY_RC_LOG_SIZE entries. Chunks are handed to the commit thread when
// full and whenever the thread is quiescent (a safepoint, detaching,
// exiting); each chunk carries the epoch its thread was in.
//
// The commit thread is the only writer of refcounts. It announces epoch E+1
// (store, seq_cst; then it scans the threads) and waits until every ATTACHED
// thread has acknowledged it. A thread acknowledges only when quiescent: it
// hands its logs over, then stores its epoch (release). DETACHED and PARKED
// threads count as acknowledged (they handed their logs over before leaving
// ATTACHED); a re-attaching thread publishes ATTACHED and only then loads the
// global epoch (seq_cst). Then epoch E is complete, and the commit thread
// applies every increment logged in epochs <= E, then every decrement logged
// in epochs <= E-1, and frees what reaches zero. Objects whose death runs
// Python code (__del__, weakref callbacks, closing a suspended generator) are
// not freed there: they get a count of 1 and go to a mutator.
//
// With the world stopped the collector asks for exclusive access: the commit
// thread applies everything (all increments, then all decrements, whatever
// their epoch: every thread is at a safepoint), then pauses until the
// collector releases it; meanwhile the collector's thread writes counts
// directly.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/header.h"

namespace gilectomy::gc {

// The thread-local log cursors the inline Incref/Decref write through. A
// thread without logs (not attached, the commit thread, the collector while
// it has exclusive access) has pos == end, so every change takes the slow path.
struct RcCursor {
  Header** pos = nullptr;
  Header** end = nullptr;
};
extern thread_local RcCursor tl_rc_inc __attribute__((tls_model("initial-exec")));

// Solo mode: while one thread is registered, it writes counts itself, as in
// the GIL build, and deaths are immediate (docs/buffered-refcount.md, "Solo
// mode"). A second thread's registration stops the world and turns logging
// on; when the last other thread exits, the survivor drains every log and
// turns it off again. Set only with the world stopped.
// The solo thread's identity (tl_rc_me), or kRcNoSolo: only that thread
// takes the solo path (an exiting thread that is no longer registered must
// log, not write). Set only with the world stopped.
extern const char kRcNoSolo[1];
extern std::atomic<const void*> rc_solo_owner;
extern thread_local const void* tl_rc_me __attribute__((tls_model("initial-exec")));
inline bool RcSoloHere() { return rc_solo_owner.load(std::memory_order_relaxed) == tl_rc_me; }
inline bool RcSoloMode() { return rc_solo_owner.load(std::memory_order_relaxed) != kRcNoSolo; }
extern thread_local RcCursor tl_rc_dec __attribute__((tls_model("initial-exec")));

[[gnu::noinline]] void BufferedIncrefSlow(Header* o);
// Solo mode: a count reached zero. A death that runs Python code goes the
// same way as from the commit thread (a held reference, rc::RunDeaths), so
// no dealloc writes counts itself: the mode may change while Python runs.
[[gnu::noinline]] void SoloDeath(Header* o);
[[gnu::noinline]] void BufferedDecrefSlow(Header* o);
// A decrement of an object whose death runs Python code: logged like any
// other; if the calling thread's view says it was the last reference and no
// other thread is running, the logs are applied at once so the finalizer runs
// here, as it would in CPython (docs/buffered-refcount.md, "Prompt deaths").
[[gnu::noinline]] void BufferedDecrefFinalizable(Header* o);

namespace rc {

struct Config {
  size_t log_size = 4096;   // entries per chunk
  int64_t epoch_us = 1000;  // time between epochs
  bool solo = true;         // solo mode allowed
};
void SetConfig(const Config& config);

// How the runtime handles objects whose death runs Python code. Both are
// called with no lock held. needs_mutator runs on the commit thread on an
// object whose count reached zero; run_on_mutator runs on a mutator holding
// one reference to it (the caller drops it afterwards).
struct DeathHooks {
  bool (*needs_mutator)(Header* o) = nullptr;
  void (*run_on_mutator)(Header* o) = nullptr;
  const char* (*type_name)(Header* o) = nullptr;  // for the fatal "went negative" message
};
void SetDeathHooks(const DeathHooks& hooks);

// Starts the commit thread (idempotent; before it runs, every count change
// is applied directly by the thread that makes it) and installs the
// safepoints thread hooks. Call before the first thread registers.
void InstallThreadHooks();
void Start();
// Stops it; logs not yet applied stay unapplied until a later Start (tests
// use it to switch between the commit thread and manual mode).
void Stop();

// The calling thread gets logs / hands them over and drops them. Called by
// the runtime when a thread state is created and destroyed (with the
// thread's safepoints record registered).
void AttachThread();
void DetachThread();

// Exclusive access for a stop-the-world requester (the world must be
// stopped): every log is applied and the commit thread pauses; the calling
// thread writes counts directly until the scope ends. Objects that died and
// need a mutator are returned by TakeDeaths() (else queued as pending calls
// when the scope ends). No-op outside the buffered build.
class ExclusiveScope {
 public:
  ExclusiveScope();
  ~ExclusiveScope();
  ExclusiveScope(const ExclusiveScope&) = delete;
  ExclusiveScope& operator=(const ExclusiveScope&) = delete;
  std::vector<Header*> TakeDeaths();

 private:
  bool active_;
  RcCursor saved_inc_, saved_dec_;  // the holder's cursors: emptied while it writes directly
  std::vector<Header*> deaths_;
};

// Runs the deaths a mutator must run (each holds one reference, dropped here).
void RunDeaths(const std::vector<Header*>& deaths);
// At exit: applies every log (when no other thread runs) and runs the
// deaths that follow, repeatedly, on the calling thread, until none is left.
void SettleDeaths();

// Turns solo mode off (the calling thread was just registered: it stops the
// world first) or, when only the calling thread is registered, on.
void LeaveSolo();
bool TryEnterSolo();
// Goes solo if only the calling thread is registered, else applies every log
// and runs the deaths if no other thread is running (a joiner's settling).
void Settle();

// The committed count plus the calling thread's own unapplied changes
// (sys.getrefcount in this build: approximate).
int64_t ApproximateRefCount(const Header* o);

struct Stats {
  uint64_t epochs = 0;              // completed epochs
  uint64_t increments = 0;          // log entries applied
  uint64_t decrements = 0;
  uint64_t chunks = 0;              // chunks applied
  uint64_t freed = 0;               // objects freed by the commit thread
  uint64_t mutator_deaths = 0;      // objects handed to a mutator to die
  uint64_t exclusive = 0;           // full drains for the collector
  uint64_t prompt_syncs = 0;        // full drains for a prompt death
  uint64_t liveness_drains = 0;     // full drains asked for after flagged decrements
  double lag_mean_ms = 0;           // time from a chunk's start to its application
  double lag_max_ms = 0;
  double busy_fraction = 0;         // commit thread: time applying / time running
  double cpu_seconds = 0;           // commit thread CPU time
  uint64_t log_size = 0;
  uint64_t epoch_us = 0;
};
Stats GetStats();

// ---- for tests (tests/gc/buffered_rc_test.cpp): drive the protocol by hand.
namespace testing {
// Manual mode: no commit thread; the test calls the steps below, from any
// one thread at a time.
void StartManual();
void StopManual();
// Announces the global epoch + 1 (the store, then the breaker bits).
void Announce();
// The epoch waiting for acknowledgements (0: none).
uint64_t Announced();
// True when every ATTACHED thread has acknowledged the announced epoch.
bool Acknowledged();
// Applies the announced epoch minus one (requires Acknowledged()).
void Complete();
// Called between a re-attaching thread's load of the global epoch and its
// store of it (null: none). Lets a test run protocol steps in that window.
void SetReattachGapHook(void (*hook)());

// ---- fibers sharing one OS thread (gcstress --schedule fiber, stress/fiber.cpp)
// The calling OS thread's refcount-log state: its logs, its two cursors, its
// identity (solo mode) and whether it writes counts directly. Opaque; a
// default-constructed one is a thread without logs.
struct ThreadLocals {
  void* thread = nullptr;
  RcCursor inc;
  RcCursor dec;
  const void* me = nullptr;
  bool direct = false;
};
// Swaps the calling OS thread's state with *state. A fiber scheduler calls it
// on every switch, as it calls sp::ExchangeCurrentForTest and
// gc::ExchangeThreadBuffersForTest, so each fiber logs into its own logs.
void ExchangeThreadForTest(ThreadLocals* state);
// Manual mode: one step of the committer, as the commit thread would take it
// (announce when nothing is announced; complete when every ATTACHED thread
// acknowledged), run as a thread without logs. Does nothing while the world
// is stopped (a collector's ExclusiveScope owns the counts then) or outside
// manual mode. Returns what it did.
enum class StepResult { kNothing, kAnnounced, kCompleted };
StepResult Step();
}  // namespace testing

}  // namespace rc
}  // namespace gilectomy::gc
