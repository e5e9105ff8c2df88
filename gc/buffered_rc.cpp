// Buffered reference counting: the logs, the epoch protocol and the commit
// thread (gc/buffered_rc.h has the overview; docs/buffered-refcount.md the
// correctness argument and the measured costs).
//
// Who touches what:
//   * a thread's current chunks and its cursors: the thread alone;
//   * the inbox (chunks handed over) and the orphan entries: their mutexes;
//   * `pending` (handed-over chunks not yet applied), `announced`, `deaths`:
//     the committer, which is the commit thread, or in manual mode the test,
//     or the holder of an ExclusiveScope while the commit thread is paused
//     (the pause handshake on ctl_mu orders those hand-offs);
//   * refcounts: the committer, or a thread in direct mode (before the
//     commit thread starts; the exclusive holder).
//
// Planted bugs (test-only builds, tests/gc/CMakeLists.txt): the wrong
// variants of models/buffered_rc.pml, each of which a test must catch:
//   GILECTOMY_BUG_RC_DECREFS_UP_TO_E   decrements applied up to E, not E-1
//   GILECTOMY_BUG_RC_STALE_REATTACH    a re-attaching thread keeps its old epoch
//   GILECTOMY_BUG_RC_RACY_REATTACH     it loads the epoch before publishing
//                                      ATTACHED (safepoints/safepoints.cpp)
#include "gc/buffered_rc.h"

#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <thread>
#include <type_traits>

#include "gc/gc_log.h"
#include "gc/refcount.h"
#include "gc/tracked_set.h"
#include "safepoints/safepoints.h"

namespace gilectomy::gc {

thread_local RcCursor tl_rc_inc;
thread_local RcCursor tl_rc_dec;
const char kRcNoSolo[1] = {0};
std::atomic<const void*> rc_solo_owner{kRcNoSolo};
thread_local const void* tl_rc_me = nullptr;

namespace rc {
namespace {

// The count field is an atomic in the atomic and buffered builds and a plain
// integer in the GIL build (where this file's code is never reached but
// still compiled): these reach either.
template <typename F>
int64_t RcLoad(const F& f) {
  if constexpr (std::is_integral_v<F>) {
    return f;
  } else {
    return f.load(std::memory_order_relaxed);
  }
}
template <typename F>
void RcStore(F& f, int64_t n) {
  if constexpr (std::is_integral_v<F>) {
    f = n;
  } else {
    f.store(n, std::memory_order_relaxed);
  }
}
template <typename F>
int64_t RcFetchAdd(F& f, int64_t d) {
  if constexpr (std::is_integral_v<F>) {
    int64_t old = f;
    f += d;
    return old;
  } else {
    return f.fetch_add(d, std::memory_order_acq_rel);
  }
}

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

struct Chunk {
  Chunk* next = nullptr;
  uint64_t epoch = 0;     // the epoch its thread was in (all its entries)
  int64_t start_ns = 0;   // when the thread started writing it
  uint32_t count = 0;
  uint32_t capacity = 0;
  bool is_inc = false;
  Header* entries[1];     // `capacity` entries (allocated past the struct)
};

Chunk* NewChunk(size_t capacity) {
  size_t bytes = offsetof(Chunk, entries) + capacity * sizeof(Header*);
  void* mem = std::malloc(bytes);
  if (mem == nullptr) {
    std::fputs("gilectomy: out of memory for a refcount log\n", stderr);
    std::abort();
  }
  auto* c = new (mem) Chunk();
  c->capacity = static_cast<uint32_t>(capacity);
  return c;
}

struct RcThread {
  sp::ThreadRecord* rec = nullptr;
  Chunk* inc = nullptr;
  Chunk* dec = nullptr;
  bool in_prompt = false;
  // Chunks handed over since the last prompt drain: their changes are in
  // nobody's view until applied, so the thread's estimate of a count is blind.
  bool handed_over = false;
};

thread_local RcThread* tl_thread = nullptr;
thread_local bool tl_direct = false;  // this thread writes counts itself

// The calling thread writes counts directly while this lives: tl_direct is
// set and its log cursors are emptied (the inline paths log whenever a
// cursor has room, so a drain's cascading decrements would be logged).
class DirectWrites {
 public:
  DirectWrites() : direct_(tl_direct), inc_(tl_rc_inc), dec_(tl_rc_dec) {
    tl_direct = true;
    tl_rc_inc = RcCursor{};
    tl_rc_dec = RcCursor{};
  }
  ~DirectWrites() {
    tl_direct = direct_;
    tl_rc_inc = inc_;
    tl_rc_dec = dec_;
  }
  DirectWrites(const DirectWrites&) = delete;
  DirectWrites& operator=(const DirectWrites&) = delete;

 private:
  bool direct_;
  RcCursor inc_, dec_;
};

struct Globals {
  std::atomic<uint64_t> epoch{1};           // the global epoch (seq_cst store/load)
  std::atomic<size_t> log_size{4096};
  std::atomic<int64_t> epoch_us{1000};
  std::atomic<bool> solo_allowed{true};
  std::atomic<bool> started{false};         // a committer exists: threads with logs log
  bool manual = false;
  DeathHooks hooks;
  std::atomic<void (*)()> reattach_gap{nullptr};

  std::mutex inbox_mu;                      // inbox, orphans
  Chunk* inbox = nullptr;
  size_t inbox_count = 0;
  std::vector<Header*> orphan_inc, orphan_dec;

  std::mutex pool_mu;
  Chunk* pool = nullptr;
  size_t pool_count = 0;

  // The committer's state.
  std::vector<Chunk*> pending;
  uint64_t announced = 0;                   // the epoch waiting for acknowledgements (0: none)
  std::vector<Header*> deaths;              // objects that must die on a mutator
  int die_depth = 0;
  std::vector<Header*> die_queue;
  uint64_t freed = 0;                       // objects freed by the committer
  uint64_t insertions_at[2] = {0, 0};       // TrackedInsertions() two and one epochs ago
  // Liveness drains (LivenessDrainCall): a flagged decrement was logged since
  // the last one. Written only when false, so the line is rarely dirtied.
  std::atomic<bool> flagged_decrement{false};
  int64_t last_liveness_ns = 0;             // the committer's

  // The commit thread and its control.
  std::mutex ctl_mu;
  std::condition_variable ctl_cv;
  bool stop = false;                        // guarded by ctl_mu
  bool excl_req = false;
  // Exclusive requests are numbered: a scope proceeds only once the commit
  // thread drained for its own request. A flag alone is not enough: a scope
  // that follows another before the commit thread wakes would find it still
  // paused from the first and skip the drain, leaving logs handed over in
  // between to be applied after the holder's direct writes.
  uint64_t excl_seq = 0;     // requests made
  uint64_t excl_served = 0;  // the request the last drain served
  bool paused = false;
  std::thread thread;

  std::mutex stats_mu;
  Stats stats;
  double lag_sum_ms = 0;
  uint64_t lag_n = 0;
  int64_t busy_ns = 0;
  int64_t run_start_ns = 0;
  clockid_t cpu_clock{};
  bool have_cpu_clock = false;
};

Globals& G() {
  static Globals* g = new Globals();  // never destroyed: threads may outlive static destructors
  return *g;
}

// ------------------------------------------------------------- chunk pool

Chunk* GetChunk(bool is_inc) {
  Globals& g = G();
  size_t cap = g.log_size.load(std::memory_order_relaxed);
  Chunk* c = nullptr;
  {
    std::lock_guard lk(g.pool_mu);
    if (g.pool != nullptr && g.pool->capacity == cap) {
      c = g.pool;
      g.pool = c->next;
      --g.pool_count;
    }
  }
  if (c == nullptr) c = NewChunk(cap);
  c->next = nullptr;
  c->count = 0;
  c->is_inc = is_inc;
  c->start_ns = NowNs();
  return c;
}

void PutChunk(Chunk* c) {
  Globals& g = G();
  {
    std::lock_guard lk(g.pool_mu);
    if (g.pool_count < 256 && c->capacity == g.log_size.load(std::memory_order_relaxed)) {
      c->next = g.pool;
      g.pool = c;
      ++g.pool_count;
      return;
    }
  }
  std::free(c);
}

// ------------------------------------------------------------ hand-over

RcCursor& CursorFor(bool is_inc) { return is_inc ? tl_rc_inc : tl_rc_dec; }

// Hands the thread's current chunk over (if it holds entries), tagged with
// the thread's epoch, and gives the thread a fresh one.
void Handover(RcThread* t, bool is_inc) {
  Globals& g = G();
  Chunk*& c = is_inc ? t->inc : t->dec;
  RcCursor& cur = CursorFor(is_inc);
  uint32_t n = static_cast<uint32_t>(cur.pos - c->entries);
  if (n == 0) return;
  c->count = n;
  c->epoch = t->rec->epoch.load(std::memory_order_relaxed);  // our own epoch
  // The protocol's invariant: the committer announces E+1 only after every
  // ATTACHED thread acknowledged E, so an attached thread's epoch is never
  // more than one behind the global epoch. One load per chunk; a breach
  // would let this chunk's decrements overtake other threads' increments.
  // (Manual mode is exempt: its tests plant breaches and watch the counts.)
  if (uint64_t global = g.epoch.load(std::memory_order_seq_cst); c->epoch + 1 < global && !g.manual) {
    std::fprintf(stderr, "gilectomy: refcount log epoch %llu is more than one behind the global epoch %llu\n",
                 static_cast<unsigned long long>(c->epoch), static_cast<unsigned long long>(global));
    std::abort();
  }
  t->handed_over = true;
  sp::SchedulePoint(sp::PointKind::kLogFlush);
  {
    std::lock_guard lk(g.inbox_mu);
    c->next = g.inbox;
    g.inbox = c;
    ++g.inbox_count;
  }
  c = GetChunk(is_inc);
  cur.pos = c->entries;
  cur.end = c->entries + c->capacity;
}

// --------------------------------------------------------------- applying

void DieOne(Header* o) {
  Globals& g = G();
  if ((GcBitsRelaxed(o) & kGcDeathRunsCode) && g.hooks.needs_mutator != nullptr && g.hooks.needs_mutator(o)) {
    RcStore(o->rc_, 1);  // the mutator's reference (RunDeaths drops it)
    g.deaths.push_back(o);
    return;
  }
  ++g.freed;
  DeallocSlow(o);
}

// Deallocations nest (a dealloc drops references, which may free more): the
// nested ones are queued and run by the outermost, so the stack stays flat.
void Die(Header* o) {
  Globals& g = G();
  if (g.die_depth > 0) {
    g.die_queue.push_back(o);
    return;
  }
  ++g.die_depth;
  DieOne(o);
  while (!g.die_queue.empty()) {
    Header* next = g.die_queue.back();
    g.die_queue.pop_back();
    DieOne(next);
  }
  --g.die_depth;
}

inline void ApplyInc(Header* o) { RcStore(o->rc_, RcLoad(o->rc_) + 1); }

inline void ApplyDec(Header* o) {
  int64_t n = RcLoad(o->rc_) - 1;
  RcStore(o->rc_, n);
  if (n == 0) {
    Die(o);
  } else if (n < 0) {
    auto name = G().hooks.type_name;
    std::fprintf(stderr, "gilectomy: refcount of %p (%s) went negative (%lld)\n", static_cast<void*>(o),
                 name != nullptr ? name(o) : "?", static_cast<long long>(n));
    std::abort();
  }
}

// Moves the inbox and the orphan entries to `pending`. Orphan entries come
// from threads outside the protocol; an increment tagged 0 is applied early
// and a decrement tagged two epochs ahead late, which is always safe.
void TakeInbox() {
  Globals& g = G();
  Chunk* list;
  std::vector<Header*> oinc, odec;
  {
    std::lock_guard lk(g.inbox_mu);
    list = g.inbox;
    g.inbox = nullptr;
    g.inbox_count = 0;
    oinc.swap(g.orphan_inc);
    odec.swap(g.orphan_dec);
  }
  for (; list != nullptr;) {
    Chunk* next = list->next;
    g.pending.push_back(list);
    list = next;
  }
  auto orphans = [&](std::vector<Header*>& v, bool is_inc, uint64_t epoch) {
    size_t i = 0;
    while (i < v.size()) {
      Chunk* c = GetChunk(is_inc);
      c->epoch = epoch;
      while (i < v.size() && c->count < c->capacity) c->entries[c->count++] = v[i++];
      g.pending.push_back(c);
    }
  };
  orphans(oinc, true, 0);
  orphans(odec, false, g.epoch.load(std::memory_order_seq_cst) + 1);
}

struct ApplyResult {
  uint64_t incs = 0, decs = 0;
  double max_lag_ms = 0;
};

// Applies pending increments tagged <= inc_max, then decrements <= dec_max.
ApplyResult ApplyPending(uint64_t inc_max, uint64_t dec_max) {
  Globals& g = G();
  ApplyResult r;
  int64_t now = NowNs();
  double lag_sum = 0;
  uint64_t lag_n = 0;
  auto pass = [&](bool is_inc, uint64_t max) {
    size_t keep = 0;
    for (size_t i = 0; i < g.pending.size(); ++i) {
      Chunk* c = g.pending[i];
      if (c->is_inc != is_inc || c->epoch > max) {
        g.pending[keep++] = c;
        continue;
      }
      if (is_inc) {
        for (uint32_t k = 0; k < c->count; ++k) ApplyInc(c->entries[k]);
        r.incs += c->count;
      } else {
        for (uint32_t k = 0; k < c->count; ++k) ApplyDec(c->entries[k]);
        r.decs += c->count;
      }
      double lag = static_cast<double>(now - c->start_ns) / 1e6;
      r.max_lag_ms = std::max(r.max_lag_ms, lag);
      lag_sum += lag;
      ++lag_n;
      PutChunk(c);
    }
    g.pending.resize(keep);
  };
  pass(true, inc_max);
  pass(false, dec_max);
  std::lock_guard lk(g.stats_mu);
  g.stats.increments += r.incs;
  g.stats.decrements += r.decs;
  g.stats.chunks += lag_n;
  g.lag_sum_ms += lag_sum;
  g.lag_n += lag_n;
  g.stats.lag_max_ms = std::max(g.stats.lag_max_ms, r.max_lag_ms);
  return r;
}

// Every log, whatever its epoch (the world is stopped: every thread is at a
// safepoint and has handed its logs over).
void DrainAll() {
  TakeInbox();
  ApplyPending(UINT64_MAX, UINT64_MAX);
}

void QueueDeaths(std::vector<Header*> deaths) {
  if (deaths.empty()) return;
  {
    std::lock_guard lk(G().stats_mu);
    G().stats.mutator_deaths += deaths.size();
  }
  auto* batch = new std::vector<Header*>(std::move(deaths));
  sp::AddPendingCall(
      [](void* arg) {
        auto* v = static_cast<std::vector<Header*>*>(arg);
        RunDeaths(*v);
        delete v;
        return 0;
      },
      batch);
}

// ---------------------------------------------------------- the protocol

void SetEpochBit(sp::ThreadRecord* r, void*) { r->eval_breaker.fetch_or(sp::kBreakerEpoch, std::memory_order_relaxed); }

void AnnounceNext() {
  Globals& g = G();
  uint64_t e = g.epoch.load(std::memory_order_relaxed) + 1;
  g.epoch.store(e, std::memory_order_seq_cst);  // then scan the threads (seq_cst), never the other order
  g.announced = e;
  sp::ForEachThread(SetEpochBit, nullptr);
}

struct AckScan {
  uint64_t target;
  bool all;
};

void CheckAck(sp::ThreadRecord* r, void* arg) {
  auto* scan = static_cast<AckScan*>(arg);
  if (r->state.load(std::memory_order_seq_cst) != sp::State::kAttached) return;  // flushed when it left
  if (r->epoch.load(std::memory_order_acquire) < scan->target) scan->all = false;
}

bool AllAcknowledged() {
  AckScan scan{G().announced, true};
  sp::ForEachThread(CheckAck, &scan);
  return scan.all;
}

// Epoch E = announced - 1 is complete: increments <= E, then decrements <= E-1.
void CompleteEpoch() {
  Globals& g = G();
  uint64_t e = g.announced - 1;
  int64_t t0 = NowNs();
  TakeInbox();
#if defined(GILECTOMY_BUG_RC_DECREFS_UP_TO_E)
  uint64_t dec_max = e;  // planted bug (models/buffered_rc.pml, NAIVE)
#else
  uint64_t dec_max = e - 1;
#endif
  uint64_t freed_before = g.freed;
  ApplyResult r = ApplyPending(e, dec_max);
  g.announced = 0;
  uint64_t freed = g.freed - freed_before;
  {
    std::lock_guard lk(g.stats_mu);
    g.stats.epochs++;
    g.stats.freed = g.freed;
  }
  if (!g.deaths.empty()) {
    std::vector<Header*> d;
    d.swap(g.deaths);
    QueueDeaths(std::move(d));
  }
  FlushThreadBuffers();  // our untrack records: free the memory of what died
  if (!g.manual) {
    // Automatic collections (gc/tracked_set.h, SetAutoCollectDeferred): what
    // was inserted since two epochs ago may have died in logs not applied yet.
    uint64_t now = TrackedInsertions();
    int64_t in_flight = static_cast<int64_t>(now - g.insertions_at[0]);
    g.insertions_at[0] = g.insertions_at[1];
    g.insertions_at[1] = now;
    CheckAutoCollect(in_flight);
  }
  LogEpoch(e, r.incs, r.decs, freed, r.max_lag_ms, static_cast<double>(NowNs() - t0) / 1e6);
}

// ------------------------------------------------------- the commit thread

// An object some thread references anew in every epoch (through a weak
// reference it keeps dereferencing, say) always has an increment applied
// ahead of the matching decrement: epochs alone never bring its committed
// count to zero, and a loop waiting for the weak reference to die would wait
// for ever. A full drain with the world stopped applies every decrement (no
// thread holds a borrowed reference at a safepoint), so its count is exact
// there. After a flagged decrement (an object whose death runs code) the
// committer asks a mutator for one, at most every 20 epochs' time.
int LivenessDrainCall(void*) {
  sp::StopTheWorld();
  std::vector<Header*> deaths;
  {
    ExclusiveScope ex;
    deaths = ex.TakeDeaths();
  }
  sp::StartTheWorld();
  RunDeaths(deaths);
  return 0;
}

void MaybeAskForLivenessDrain() {
  Globals& g = G();
  if (!g.flagged_decrement.load(std::memory_order_relaxed)) return;
  int64_t now = NowNs();
  if (now - g.last_liveness_ns < 20 * 1000 * g.epoch_us.load(std::memory_order_relaxed)) return;
  g.flagged_decrement.store(false, std::memory_order_relaxed);
  g.last_liveness_ns = now;
  {
    std::lock_guard lk(g.stats_mu);
    g.stats.liveness_drains++;
  }
  sp::AddPendingCall(LivenessDrainCall, nullptr);
}

void ServeExclusive(std::unique_lock<std::mutex>& lk) {
  Globals& g = G();
  while (g.excl_req) {
    uint64_t ticket = g.excl_seq;
    lk.unlock();
    DrainAll();
    FlushThreadBuffers();
    lk.lock();
    g.excl_served = ticket;
    g.paused = true;
    g.ctl_cv.notify_all();
    // Until this request ends, or a new one replaces it (drain again).
    g.ctl_cv.wait(lk, [&] { return !g.excl_req || g.excl_seq != ticket; });
    g.paused = false;
  }
}

void CommitMain() {
  Globals& g = G();
  tl_direct = true;
  AttachThreadBuffers();
  {
    std::lock_guard lk(g.stats_mu);
    g.run_start_ns = NowNs();
  }
  std::unique_lock lk(g.ctl_mu);
  for (;;) {
    if (g.excl_req) {
      ServeExclusive(lk);
      continue;
    }
    if (g.stop) break;
    if (g.announced == 0) {
      // Between epochs (and no epochs at all while a solo thread writes counts).
      g.ctl_cv.wait_for(lk, std::chrono::microseconds(g.epoch_us.load(std::memory_order_relaxed)),
                        [&] { return g.stop || g.excl_req; });
      if (g.stop || g.excl_req || RcSoloMode()) continue;
    }
    if (RcSoloMode()) {
      // Nothing is logged; orphan entries wait (they cannot race the solo
      // thread). An announced epoch stays announced: abandoning it would
      // leave the global epoch one ahead of threads that never acknowledged
      // it, and the next announcement would find them two behind, so their
      // decrements would be applied before increments other threads logged
      // after them (a use-after-free; the check in Handover catches it).
      g.ctl_cv.wait_for(lk, std::chrono::microseconds(g.epoch_us.load(std::memory_order_relaxed)),
                        [&] { return g.stop || g.excl_req; });
      continue;
    }
    lk.unlock();
    int64_t t0 = NowNs();
    if (g.announced == 0) AnnounceNext();
    bool done = AllAcknowledged();
    if (done) {
      CompleteEpoch();
      MaybeAskForLivenessDrain();
    }
    int64_t t1 = NowNs();
    {
      std::lock_guard slk(g.stats_mu);
      g.busy_ns += t1 - t0;
    }
    lk.lock();
    if (!done && !g.stop && !g.excl_req) {
      // Threads acknowledge at their next poll: usually microseconds away.
      g.ctl_cv.wait_for(lk, std::chrono::microseconds(50), [&] { return g.stop || g.excl_req; });
    }
  }
  lk.unlock();
  DetachThreadBuffers();
  tl_direct = false;
}

// ----------------------------------------------------------- thread hooks

void OnQuiescent(sp::ThreadRecord* rec) {
  auto* t = static_cast<RcThread*>(rec->rc);
  if (t == nullptr || tl_direct) return;
  Handover(t, true);
  Handover(t, false);
  FlushThreadBuffers();  // track records travel with the logs
  // Logs handed over, then the acknowledgement (release; the committer
  // reads it with acquire before it takes the inbox).
  rec->epoch.store(G().epoch.load(std::memory_order_seq_cst), std::memory_order_release);
}

void OnAttached(sp::ThreadRecord* rec) {
#if defined(GILECTOMY_BUG_RC_STALE_REATTACH)
  (void)rec;  // planted bug: keep the epoch from before the detach
  return;
#else
  uint64_t e = G().epoch.load(std::memory_order_seq_cst);
  if (void (*gap)() = G().reattach_gap.load(std::memory_order_acquire)) gap();
  rec->epoch.store(e, std::memory_order_seq_cst);
#endif
}

void PromptSync(RcThread* t);

}  // namespace

// ================================================================ public

void SetConfig(const Config& config) {
  G().log_size.store(std::max<size_t>(config.log_size, 1), std::memory_order_relaxed);
  G().epoch_us.store(std::max<int64_t>(config.epoch_us, 1), std::memory_order_relaxed);
  G().solo_allowed.store(config.solo, std::memory_order_relaxed);
}

void SetDeathHooks(const DeathHooks& hooks) { G().hooks = hooks; }

void InstallThreadHooks() {
  static std::once_flag once;
  std::call_once(once, [] { sp::SetThreadHooks(sp::ThreadHooks{OnAttached, OnQuiescent}); });
}

void Start() {
  Globals& g = G();
  InstallThreadHooks();
  std::lock_guard lk(g.ctl_mu);
  if (g.started.load(std::memory_order_relaxed)) return;
  g.stop = false;
  g.manual = false;
  g.started.store(true, std::memory_order_release);
  if (sp::ThreadCount() <= 1 && g.solo_allowed.load(std::memory_order_relaxed) && tl_thread != nullptr) {
    // What the thread logged so far is applied before it writes counts itself
    // (no commit thread yet: this thread is the committer).
    Handover(tl_thread, true);
    Handover(tl_thread, false);
    {
      DirectWrites direct;
      DrainAll();
    }
    rc_solo_owner.store(tl_thread, std::memory_order_relaxed);
  }
  SetAutoCollectDeferred(!RcSoloMode());
  g.thread = std::thread(CommitMain);
  g.have_cpu_clock = pthread_getcpuclockid(g.thread.native_handle(), &g.cpu_clock) == 0;
}

void Stop() {
  Globals& g = G();
  {
    std::lock_guard lk(g.ctl_mu);
    if (!g.started.load(std::memory_order_relaxed) || g.manual) return;
    g.stop = true;
    g.ctl_cv.notify_all();
  }
  {
    Stats s = GetStats();  // the CPU time, while the thread still exists
    std::lock_guard slk(g.stats_mu);
    g.stats.cpu_seconds = s.cpu_seconds;
    g.have_cpu_clock = false;
  }
  g.thread.join();
  // Threads still running keep logging; nothing applies their logs until a
  // later Start (or testing::StartManual).
  std::lock_guard lk(g.ctl_mu);
  g.started.store(false, std::memory_order_release);
  rc_solo_owner.store(kRcNoSolo, std::memory_order_relaxed);
  SetAutoCollectDeferred(false);
}

void AttachThread() {
  if constexpr (!kBufferedRefCounts) return;
  sp::ThreadRecord* rec = sp::Current();
  if (rec == nullptr || tl_thread != nullptr) return;
  auto* t = new RcThread;
  t->rec = rec;
  t->inc = GetChunk(true);
  t->dec = GetChunk(false);
  tl_rc_inc = RcCursor{t->inc->entries, t->inc->entries + t->inc->capacity};
  tl_rc_dec = RcCursor{t->dec->entries, t->dec->entries + t->dec->capacity};
  tl_thread = t;
  tl_rc_me = t;
  rec->rc = t;
  if (RcSoloMode()) LeaveSolo();
}

void LeaveSolo() {
  // The solo thread parks at a poll: no count change of its is half done.
  sp::StopTheWorld();
  rc_solo_owner.store(kRcNoSolo, std::memory_order_relaxed);
  SetAutoCollectDeferred(true);
  sp::StartTheWorld();
}

bool TryEnterSolo() {
  Globals& g = G();
  if (RcSoloMode() || g.manual || !g.started.load(std::memory_order_acquire) ||
      !g.solo_allowed.load(std::memory_order_relaxed)) {
    return false;
  }
  if (sp::ThreadCount() != 1 || tl_thread == nullptr) return false;
  if (!sp::TryStopTheWorld()) return false;
  std::vector<Header*> deaths;
  {
    ExclusiveScope ex;  // every log applied; the commit thread paused
    if (sp::ThreadCount() == 1) {
      rc_solo_owner.store(tl_thread, std::memory_order_relaxed);
      SetAutoCollectDeferred(false);
    }
    deaths = ex.TakeDeaths();
  }
  sp::StartTheWorld();
  RunDeaths(deaths);
  return RcSoloHere();
}

void DetachThread() {
  RcThread* t = tl_thread;
  if (t == nullptr) return;
  Handover(t, true);
  Handover(t, false);
  t->rec->rc = nullptr;
  tl_thread = nullptr;
  tl_rc_me = nullptr;
  tl_rc_inc = RcCursor{};
  tl_rc_dec = RcCursor{};
  PutChunk(t->inc);
  PutChunk(t->dec);
  delete t;
}

ExclusiveScope::ExclusiveScope() : active_(false) {
  Globals& g = G();
  if (!g.started.load(std::memory_order_acquire) || tl_direct) return;
  if (RcThread* t = tl_thread) {
    Handover(t, true);
    Handover(t, false);
  }
  // From here on this thread writes directly (as DirectWrites; the
  // destructor restores): the inline paths log while the cursors have room,
  // so they are emptied, before a manual-mode drain whose cascading
  // decrements are ours.
  tl_direct = true;
  saved_inc_ = tl_rc_inc;
  saved_dec_ = tl_rc_dec;
  tl_rc_inc = RcCursor{};
  tl_rc_dec = RcCursor{};
  if (g.manual) {
    DrainAll();
  } else {
    std::unique_lock lk(g.ctl_mu);
    g.excl_req = true;
    uint64_t ticket = ++g.excl_seq;
    g.ctl_cv.notify_all();
    g.ctl_cv.wait(lk, [&] { return g.paused && g.excl_served == ticket; });
  }
  active_ = true;
  std::lock_guard lk(g.stats_mu);
  g.stats.exclusive++;
}

ExclusiveScope::~ExclusiveScope() {
  if (!active_) return;
  Globals& g = G();
  tl_direct = false;
  tl_rc_inc = saved_inc_;
  tl_rc_dec = saved_dec_;
  // Deaths found by the drain or by our own direct decrements.
  deaths_.insert(deaths_.end(), g.deaths.begin(), g.deaths.end());
  g.deaths.clear();
  if (!g.manual) {
    std::lock_guard lk(g.ctl_mu);
    g.excl_req = false;
    g.ctl_cv.notify_all();
  }
  QueueDeaths(std::move(deaths_));
}

std::vector<Header*> ExclusiveScope::TakeDeaths() {
  std::vector<Header*> out;
  if (!active_) return out;
  Globals& g = G();
  out.swap(g.deaths);
  return out;
}

void RunDeaths(const std::vector<Header*>& deaths) {
  Globals& g = G();
  for (Header* o : deaths) {
    if (g.hooks.run_on_mutator != nullptr) g.hooks.run_on_mutator(o);
    Decref(o);
  }
}

int64_t ApproximateRefCount(const Header* o) {
  int64_t n = RcLoad(o->rc_);
  if (o->immortal() || tl_thread == nullptr) return n;
  for (Header** p = tl_thread->inc->entries; p < tl_rc_inc.pos; ++p) n += (*p == o);
  for (Header** p = tl_thread->dec->entries; p < tl_rc_dec.pos; ++p) n -= (*p == o);
  return n;
}

Stats GetStats() {
  Globals& g = G();
  std::lock_guard lk(g.stats_mu);
  Stats s = g.stats;
  s.lag_mean_ms = g.lag_n ? g.lag_sum_ms / static_cast<double>(g.lag_n) : 0;
  int64_t run = g.run_start_ns ? NowNs() - g.run_start_ns : 0;
  s.busy_fraction = run > 0 ? static_cast<double>(g.busy_ns) / static_cast<double>(run) : 0;
  if (g.have_cpu_clock) {
    timespec ts{};
    if (clock_gettime(g.cpu_clock, &ts) == 0) s.cpu_seconds = static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
  }
  s.log_size = g.log_size.load(std::memory_order_relaxed);
  s.epoch_us = static_cast<uint64_t>(g.epoch_us.load(std::memory_order_relaxed));
  return s;
}

namespace {

void PromptSync(RcThread* t) {
  t->in_prompt = true;
  for (int round = 0; round < 64; ++round) {
    if (!sp::TryStopTheWorld()) break;  // another thread is running: its deaths come at a poll
    std::vector<Header*> deaths;
    {
      ExclusiveScope ex;
      deaths = ex.TakeDeaths();
    }
    t->handed_over = false;
    sp::StartTheWorld();
    {
      std::lock_guard lk(G().stats_mu);
      G().stats.prompt_syncs++;
    }
    if (deaths.empty()) break;
    RunDeaths(deaths);
  }
  t->in_prompt = false;
}

}  // namespace

void Settle() {
  RcThread* t = tl_thread;
  if (t == nullptr || !G().started.load(std::memory_order_acquire)) return;
  if (TryEnterSolo() || RcSoloMode()) return;
  if (!t->in_prompt) PromptSync(t);
}

void SettleDeaths() {
  RcThread* t = tl_thread;
  if (t == nullptr || !G().started.load(std::memory_order_acquire)) return;
  for (int round = 0; round < 8; ++round) {
    PromptSync(t);
    (void)sp::RunPendingCalls(t->rec);
  }
}

namespace {

// A count change by a thread without logs.
void Unlogged(Header* o, bool is_inc) {
  Globals& g = G();
  if (!tl_direct && !g.started.load(std::memory_order_acquire)) {
    // No committer (the gc/ library on its own: its tests, gcstress's graph
    // workload): several threads may write, so as the atomic build does.
    if (is_inc) {
      RcFetchAdd(o->rc_, 1);
    } else if (RcFetchAdd(o->rc_, -1) == 1) {
      DeallocSlow(o);
    }
    return;
  }
  if (tl_direct) {
    if (is_inc) {
      ApplyInc(o);
    } else {
      ApplyDec(o);
    }
    return;
  }
  std::lock_guard lk(g.inbox_mu);
  (is_inc ? g.orphan_inc : g.orphan_dec).push_back(o);
}

}  // namespace

// ---------------------------------------------------------------- testing

namespace testing {

void StartManual() {
  Globals& g = G();
  InstallThreadHooks();
  std::lock_guard lk(g.ctl_mu);
  g.manual = true;
  g.started.store(true, std::memory_order_release);
}

void StopManual() {
  Globals& g = G();
  std::lock_guard lk(g.ctl_mu);
  g.manual = false;
  g.started.store(false, std::memory_order_release);
  g.announced = 0;
}

void Announce() { AnnounceNext(); }

uint64_t Announced() { return G().announced; }

bool Acknowledged() { return G().announced != 0 && AllAcknowledged(); }

void Complete() {
  DirectWrites direct;
  CompleteEpoch();
}

void SetReattachGapHook(void (*hook)()) { G().reattach_gap.store(hook, std::memory_order_release); }

}  // namespace testing
}  // namespace rc

// ============================================================ slow paths

void BufferedIncrefSlow(Header* o) {
  rc::RcThread* t = rc::tl_thread;
  if (t == nullptr || rc::tl_direct) return rc::Unlogged(o, true);
  rc::Handover(t, true);
  *tl_rc_inc.pos++ = o;
}

void BufferedDecrefSlow(Header* o) {
  rc::RcThread* t = rc::tl_thread;
  if (t == nullptr || rc::tl_direct) return rc::Unlogged(o, false);
  rc::Handover(t, false);
  *tl_rc_dec.pos++ = o;
}

void SoloDeath(Header* o) {
  rc::Globals& g = rc::G();
  if ((GcBitsRelaxed(o) & kGcDeathRunsCode) && g.hooks.needs_mutator != nullptr && g.hooks.needs_mutator(o)) {
    rc::RcStore(o->rc_, 1);
    rc::RunDeaths({o});
    return;
  }
  DeallocSlow(o);
}

void BufferedDecrefFinalizable(Header* o) {
  std::atomic<bool>& flagged = rc::G().flagged_decrement;
  if (!flagged.load(std::memory_order_relaxed)) flagged.store(true, std::memory_order_relaxed);
  RcCursor& c = tl_rc_dec;
  if (c.pos != c.end) {
    *c.pos++ = o;
  } else {
    BufferedDecrefSlow(o);
  }
  rc::RcThread* t = rc::tl_thread;
  if (t == nullptr || rc::tl_direct || t->in_prompt) return;
  if (!t->handed_over && rc::ApproximateRefCount(o) > 0) return;
  rc::PromptSync(t);
}

}  // namespace gilectomy::gc

// ============================================== fibers (gcstress, testing)
// Kept apart from the protocol above: gcstress's fiber schedule swaps a
// fiber's thread-locals in and out and drives a manual-mode committer at its
// switch points (docs/gcstress.md, "Buffered refcounting").

namespace gilectomy::gc::rc::testing {

void ExchangeThreadForTest(ThreadLocals* state) {
  ThreadLocals old{tl_thread, tl_rc_inc, tl_rc_dec, tl_rc_me, tl_direct};
  tl_thread = static_cast<RcThread*>(state->thread);
  tl_rc_inc = state->inc;
  tl_rc_dec = state->dec;
  tl_rc_me = state->me;
  tl_direct = state->direct;
  *state = old;
}

StepResult Step() {
  Globals& g = G();
  if (!g.manual || sp::WorldStopped()) return StepResult::kNothing;
  if (g.announced == 0) {
    AnnounceNext();
    return StepResult::kAnnounced;
  }
  if (!AllAcknowledged()) return StepResult::kNothing;
  // As the commit thread: no logs, counts written directly (a dealloc's
  // decrements apply at once).
  ThreadLocals committer;
  committer.direct = true;
  ExchangeThreadForTest(&committer);
  CompleteEpoch();
  ExchangeThreadForTest(&committer);
  return StepResult::kCompleted;
}

}  // namespace gilectomy::gc::rc::testing
