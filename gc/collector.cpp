// The stop-the-world cycle collector.
//
// One collection (the reasons for each order are in docs/gc.md):
//  1. Stop the world; merge every thread's track/untrack buffers, so the set
//     holds exactly the live (or dying) tracked objects.
//  2. delta[i] = -(references to set[i] from tracked objects) (traverse);
//     refcount + delta > 0: referenced from outside the set (stacks,
//     globals, untracked objects): a root.
//  3. Mark everything reachable from the roots. The unmarked rest is cyclic
//     garbage. Hold a reference to each garbage object, so nothing in it is
//     freed while user code runs below; clear weak references to it and
//     collect their callbacks (no user code runs while the world is stopped).
//  4. Start the world. Run weakref callbacks, then each garbage object's
//     finalizer (__del__, once: kGcFinalized). If any user code ran, stop the
//     world again and recompute which garbage is still unreachable: an object
//     a finalizer resurrected (and everything it reaches) is left alone.
//  5. World running: the clear hooks break the cycles of the rest, then the
//     held references are dropped and the objects free themselves through
//     their normal deallocs.
// Phases 2 and 3 run on CollectorWorkers() threads.
#include "gc/collector.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "gc/buffered_rc.h"
#include "gc/gc_log.h"
#include "gc/refcount.h"
#include "gc/tracked_set.h"
#include "safepoints/safepoints.h"

#if defined(__SANITIZE_THREAD__)
#define GILECTOMY_GC_STD_THREADS 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GILECTOMY_GC_STD_THREADS 1
#endif
#endif

#if !defined(GILECTOMY_GC_STD_THREADS)
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#endif

namespace gilectomy::gc {
namespace {

using Clock = std::chrono::steady_clock;

struct CollectorState {
  std::atomic<bool> collecting{false};
  std::atomic<int> workers{1};
  std::mutex mu;  // hooks, totals, last, number
  CollectorHooks hooks;
  CollectorTotals totals;
  CollectionStats last;
  uint64_t number = 0;
  // Side arrays of the last collection, kept so the next one does not
  // page-fault through fresh memory (owned by the collecting thread).
  std::vector<int32_t> delta;
  std::vector<uint8_t> mark;
};

CollectorState& C() {
  static CollectorState* c = new CollectorState;
  return *c;
}

uint64_t NanosSince(Clock::time_point t) {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count());
}

// Runs fn(begin, end) over [0, n) on `workers` threads.
template <typename Fn>
void ParallelFor(size_t n, int workers, Fn&& fn) {
  constexpr size_t kGrain = 4096;
  if (workers <= 1 || n < 2 * kGrain) {
    fn(size_t{0}, n);
    return;
  }
#if defined(GILECTOMY_GC_STD_THREADS)
  // ThreadSanitizer cannot see TBB's internal synchronisation; plain threads
  // give it the happens-before edges of create and join.
  std::vector<std::thread> threads;
  size_t chunk = (n + workers - 1) / workers;
  for (int w = 1; w < workers; ++w) {
    size_t b = std::min(n, chunk * w), e = std::min(n, chunk * (w + 1));
    threads.emplace_back([&fn, b, e] { fn(b, e); });
  }
  fn(size_t{0}, std::min(n, chunk));
  for (auto& t : threads) t.join();
#else
  static std::mutex arena_mu;
  static tbb::task_arena* arena = nullptr;
  static int arena_workers = 0;
  std::lock_guard lk(arena_mu);
  // TBB runs at most one thread per core; asking for more only warns.
  workers = std::min(workers, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  if (arena == nullptr || arena_workers != workers) {
    delete arena;
    arena = new tbb::task_arena(workers);
    arena_workers = workers;
  }
  arena->execute([&] {
    tbb::parallel_for(tbb::blocked_range<size_t>(0, n, kGrain),
                      [&](const tbb::blocked_range<size_t>& r) { fn(r.begin(), r.end()); });
  });
#endif
}

// The slot of a tracked object in the set, or SIZE_MAX.
inline size_t SlotIfInSet(const Header* r) {
  if (!HasTrackWord(r)) return SIZE_MAX;
  uint64_t w = TrackWord(r).load(std::memory_order_relaxed);
  return StateOf(w) == kStateInSet ? SlotOf(w) : SIZE_MAX;
}

// Objects the collector must neither collect nor traverse: frozen ones and
// those whose dealloc is running (their references are still counted in
// their referents, so those stay roots).
inline bool Excluded(const Header* o) {
  return (TrackWord(o).load(std::memory_order_relaxed) & kFrozenBit) != 0 || (GcBitsOf(o) & kGcDying) != 0;
}

template <bool kParallel>
class SubtractVisitor final : public Visitor {
 public:
  explicit SubtractVisitor(int32_t* delta) : delta_(delta) {}
  void Visit(Header* r) override {
    size_t slot = SlotIfInSet(r);
    if (slot == SIZE_MAX) return;
    if constexpr (kParallel) {
      std::atomic_ref<int32_t>(delta_[slot]).fetch_sub(1, std::memory_order_relaxed);
    } else {
      --delta_[slot];
    }
  }

 private:
  int32_t* delta_;
};

template <bool kParallel>
inline int64_t LoadDelta(int32_t* delta, size_t i) {
  if constexpr (kParallel) {
    return std::atomic_ref<int32_t>(delta[i]).load(std::memory_order_relaxed);
  } else {
    return delta[i];
  }
}

template <bool kParallel>
class MarkVisitor final : public Visitor {
 public:
  MarkVisitor(uint8_t* mark, std::vector<size_t>* stack) : mark_(mark), stack_(stack) {}
  void Visit(Header* r) override {
    size_t slot = SlotIfInSet(r);
    if (slot == SIZE_MAX) return;
    if (TryMark(mark_, slot)) stack_->push_back(slot);
  }
  static bool IsMarked(uint8_t* mark, size_t slot) {
    if constexpr (kParallel) {
      return std::atomic_ref<uint8_t>(mark[slot]).load(std::memory_order_relaxed) != 0;
    } else {
      return mark[slot] != 0;
    }
  }
  static bool TryMark(uint8_t* mark, size_t slot) {
    if constexpr (kParallel) {
      std::atomic_ref<uint8_t> m(mark[slot]);
      return m.load(std::memory_order_relaxed) == 0 && m.exchange(1, std::memory_order_relaxed) == 0;
    } else {
      if (mark[slot]) return false;
      mark[slot] = 1;
      return true;
    }
  }

 private:
  uint8_t* mark_;
  std::vector<size_t>* stack_;
};

void Traverse(Header* o, Visitor& v) {
  auto traverse = TypeHooksOf(o).traverse;
  if (traverse != nullptr) traverse(o, v);
}

// Phases 2-3 over the set (world stopped, set lock held). Returns the
// garbage, in set order.
template <bool kParallel>
std::vector<Header*> FindGarbage(std::vector<Header*>& objects, int workers, std::vector<int32_t>& delta,
                                 std::vector<uint8_t>& mark) {
  size_t n = objects.size();
  delta.assign(n, 0);
  mark.assign(n, 0);
  Header** objs = objects.data();
  int32_t* d = delta.data();
  uint8_t* m = mark.data();
  constexpr size_t kAhead = 8;  // objects sit anywhere in memory: fetch ahead

  // Pass 1: delta[slot] = -(references from tracked objects). Excluded
  // objects are marked up front and not traversed.
  ParallelFor(n, workers, [&](size_t b, size_t e) {
    SubtractVisitor<kParallel> sub(d);
    for (size_t i = b; i < e; ++i) {
      if (i + kAhead < e) __builtin_prefetch(reinterpret_cast<char*>(objs[i + kAhead]) - kTrackWordSize);
      Header* o = objs[i];
      if (Excluded(o)) {
        m[i] = 1;
      } else {
        Traverse(o, sub);
      }
    }
  });
  // Pass 2: an object whose count exceeds its references from the set is a
  // root; mark everything reachable from the roots.
  ParallelFor(n, workers, [&](size_t b, size_t e) {
    std::vector<size_t> stack;
    MarkVisitor<kParallel> mv(m, &stack);
    for (size_t i = b; i < e; ++i) {
      if (i + kAhead < e) __builtin_prefetch(objs[i + kAhead]);
      if (MarkVisitor<kParallel>::IsMarked(m, i)) continue;  // other workers mark concurrently
      Header* o = objs[i];
      if (!o->immortal() && RefCount(o) + LoadDelta<kParallel>(d, i) <= 0) continue;
      if (!MarkVisitor<kParallel>::TryMark(m, i)) continue;
      stack.push_back(i);
      while (!stack.empty()) {
        size_t s = stack.back();
        stack.pop_back();
        Traverse(objs[s], mv);
      }
    }
  });
  std::vector<Header*> garbage;
  for (size_t i = 0; i < n; ++i) {
    if (!m[i]) garbage.push_back(objs[i]);
  }
  return garbage;
}

struct GarbageContext {
  const std::vector<uint8_t>* mark;
};

bool IsGarbage(Header* h, void* ctx) {
  size_t slot = SlotIfInSet(h);
  if (slot == SIZE_MAX) return false;
  const auto& mark = *static_cast<GarbageContext*>(ctx)->mark;
  return slot < mark.size() && mark[slot] == 0;
}

// Phase 4's second stop: which garbage objects are still unreachable after
// user code ran? Marks resurrected[k] for each one reachable from outside
// the garbage (its count exceeds our hold plus references from garbage).
std::vector<uint8_t> FindResurrected(const std::vector<Header*>& garbage) {
  size_t n = garbage.size();
  std::unordered_map<Header*, size_t> index;
  index.reserve(n * 2);
  for (size_t k = 0; k < n; ++k) index.emplace(garbage[k], k);
  std::vector<int64_t> refs(n);
  for (size_t k = 0; k < n; ++k) refs[k] = RefCount(garbage[k]) - 1;  // minus our hold

  class LocalVisitor final : public Visitor {
   public:
    LocalVisitor(std::unordered_map<Header*, size_t>& index, std::vector<int64_t>* refs,
                 std::vector<uint8_t>* mark, std::vector<size_t>* stack)
        : index_(index), refs_(refs), mark_(mark), stack_(stack) {}
    void Visit(Header* r) override {
      auto it = index_.find(r);
      if (it == index_.end()) return;
      if (refs_ != nullptr) {
        --(*refs_)[it->second];
      } else if (!(*mark_)[it->second]) {
        (*mark_)[it->second] = 1;
        stack_->push_back(it->second);
      }
    }

   private:
    std::unordered_map<Header*, size_t>& index_;
    std::vector<int64_t>* refs_;
    std::vector<uint8_t>* mark_;
    std::vector<size_t>* stack_;
  };

  LocalVisitor sub(index, &refs, nullptr, nullptr);
  for (Header* o : garbage) Traverse(o, sub);
  std::vector<uint8_t> resurrected(n, 0);
  std::vector<size_t> stack;
  LocalVisitor mv(index, nullptr, &resurrected, &stack);
  for (size_t k = 0; k < n; ++k) {
    if (refs[k] <= 0 || resurrected[k]) continue;
    resurrected[k] = 1;
    stack.push_back(k);
    while (!stack.empty()) {
      size_t s = stack.back();
      stack.pop_back();
      Traverse(garbage[s], mv);
    }
  }
  return resurrected;
}

int AutoCollectPendingCall(void*) {
  Collect(/*automatic=*/true);
  return 0;
}

// Runs on the thread whose buffer merge crossed the limit (set lock
// released): the collection itself runs at that thread's next safepoint.
void AutoCollectTrigger() {
  if (GetLogLevel() >= LogLevel::kTrace) {
    LogAutoTrigger(NetNewSinceCollection(),
                   std::max<int64_t>(AutoCollectThreshold(), static_cast<int64_t>(LastSurvivors() / 4)));
  }
  sp::AddPendingCall(AutoCollectPendingCall, nullptr, nullptr);
}

struct TriggerInstaller {
  TriggerInstaller() { SetAutoCollectTrigger(AutoCollectTrigger); }
} trigger_installer;

}  // namespace

void SetCollectorHooks(const CollectorHooks& hooks) {
  std::lock_guard lk(C().mu);
  C().hooks = hooks;
}

void SetCollectorWorkers(int n) { C().workers.store(std::max(1, n), std::memory_order_relaxed); }
int CollectorWorkers() { return C().workers.load(std::memory_order_relaxed); }
bool CollectionInProgress() { return C().collecting.load(std::memory_order_acquire); }

CollectorTotals GetCollectorTotals() {
  std::lock_guard lk(C().mu);
  return C().totals;
}

CollectionStats LastCollection() {
  std::lock_guard lk(C().mu);
  return C().last;
}

size_t Collect(bool automatic, CollectionStats* out) {
  CollectorState& c = C();
  if (c.collecting.exchange(true, std::memory_order_acq_rel)) return 0;
  CollectorHooks hooks;
  CollectionStats stats;
  {
    std::lock_guard lk(c.mu);
    hooks = c.hooks;
    stats.number = ++c.number;
  }
  stats.automatic = automatic;
  stats.workers = CollectorWorkers();
  stats.start_seconds = SecondsSinceStart();
  if (hooks.phase != nullptr) hooks.phase(true, stats);

  std::vector<Header*> garbage;
  std::vector<Header*> callbacks;
  std::vector<Header*> finalizable;
  {
    auto pause_start = Clock::now();
    sp::StopTheWorldScope stw;
    rc::ExclusiveScope exact_counts;  // buffered build: every log applied first
    stats.safepoint_ns = sp::GetStopTheWorldStats().last_ns;
    TraceCollectorPhase(/*begin=*/true, "collecting");
    FlushAll();
    {
      TrackedSetAccess set;
      std::vector<Header*>& objects = set.objects();
      stats.tracked = objects.size();
      std::vector<int32_t>& delta = c.delta;
      std::vector<uint8_t>& mark = c.mark;
      garbage = stats.workers > 1 ? FindGarbage<true>(objects, stats.workers, delta, mark)
                                  : FindGarbage<false>(objects, stats.workers, delta, mark);
      for (Header* o : garbage) Incref(o);  // our hold: nothing in the garbage dies under user code
      GarbageContext ctx{&mark};
      for (Header* o : garbage) {
        if (hooks.clear_weakrefs != nullptr && (GcBitsOf(o) & kGcHasWeakRefs)) {
          hooks.clear_weakrefs(o, IsGarbage, &ctx, &callbacks);
        }
        if (TypeHooksOf(o).finalize != nullptr && !(GcBitsOf(o) & kGcFinalized)) finalizable.push_back(o);
      }
    }
    TraceCollectorPhase(/*begin=*/false, "collecting");
    stats.pause_ns = NanosSince(pause_start);
  }
  stats.unreachable = garbage.size();

  // Phase 4: user code, world running.
  if (!callbacks.empty() && hooks.run_weakref_callbacks != nullptr) hooks.run_weakref_callbacks(callbacks);
  for (Header* o : finalizable) {
    if (GcBitsOf(o) & kGcFinalized) continue;
    SetGcBits(o, kGcFinalized);
    ClearGcBits(o, kGcNeedsFinalize);
    TypeHooksOf(o).finalize(o);
    ++stats.finalized;
  }
  std::vector<uint8_t> resurrected;
  if (!callbacks.empty() || stats.finalized > 0) {
    auto pause_start = Clock::now();
    sp::StopTheWorldScope stw;
    rc::ExclusiveScope exact_counts;
    TraceCollectorPhase(/*begin=*/true, "resurrection check");
    resurrected = FindResurrected(garbage);
    TraceCollectorPhase(/*begin=*/false, "resurrection check");
    stats.pause2_ns = NanosSince(pause_start);
  }

  // Phase 5: break the cycles, then drop our holds.
  for (size_t k = 0; k < garbage.size(); ++k) {
    if (!resurrected.empty() && resurrected[k]) {
      ++stats.resurrected;
      continue;
    }
    if (hooks.keep_garbage != nullptr && hooks.keep_garbage(garbage[k])) continue;
    auto clear = TypeHooksOf(garbage[k]).clear;
    if (clear != nullptr) clear(garbage[k]);
  }
  stats.freed = garbage.size() - stats.resurrected;
  for (Header* o : garbage) Decref(o);
  garbage.clear();

  // The garbage's untrack records are in our buffers: merge them, so the
  // survivor count (the growth rule's base) is exact.
  FlushThreadBuffers();
  ResetCollectionCounter(TrackedSetSize());
  {
    std::lock_guard lk(c.mu);
    ++c.totals.collections;
    c.totals.collected += stats.unreachable;
    c.last = stats;
  }
  LogCollection(stats);
  if (hooks.report != nullptr) hooks.report(stats);
  // As CPython: a gc.collect() from a "stop" callback finds the collection
  // still in progress and returns 0.
  if (hooks.phase != nullptr) hooks.phase(false, stats);
  c.collecting.store(false, std::memory_order_release);
  if (out != nullptr) *out = stats;
  return stats.unreachable;
}


namespace {
// Collects referents into a vector, holding each (world stopped).
class CollectVisitor final : public Visitor {
 public:
  explicit CollectVisitor(std::vector<Header*>* out) : out_(out) {}
  void Visit(Header* r) override {
    Incref(r);
    out_->push_back(r);
  }

 private:
  std::vector<Header*>* out_;
};

class FindVisitor final : public Visitor {
 public:
  explicit FindVisitor(const std::vector<Header*>& targets) : targets_(targets) {}
  void Visit(Header* r) override {
    if (std::find(targets_.begin(), targets_.end(), r) != targets_.end()) found = true;
  }
  bool found = false;

 private:
  const std::vector<Header*>& targets_;
};

// Stops the world and returns, each held, the tracked objects (not dying)
// for which keep(o) is true.
template <typename Keep>
std::vector<Header*> HoldTrackedWhere(Keep keep) {
  std::vector<Header*> result;
  sp::StopTheWorldScope stw;
  rc::ExclusiveScope exclusive;  // buffered build: the commit thread's buffers are merged too
  FlushAll();
  TrackedSetAccess set;
  for (Header* o : set.objects()) {
    if ((GcBitsOf(o) & kGcDying) || !keep(o)) continue;
    Incref(o);
    result.push_back(o);
  }
  return result;
}

}  // namespace

std::vector<Header*> Referents(Header* o) {
  std::vector<Header*> result;
  sp::StopTheWorldScope stw;
  CollectVisitor v(&result);
  Traverse(o, v);
  return result;
}

std::vector<Header*> FindReferrers(const std::vector<Header*>& targets) {
  return HoldTrackedWhere([&targets](Header* o) {
    FindVisitor v(targets);
    Traverse(o, v);
    return v.found;
  });
}

std::vector<Header*> SnapshotTracked() {
  return HoldTrackedWhere([](Header*) { return true; });
}

}  // namespace gilectomy::gc
