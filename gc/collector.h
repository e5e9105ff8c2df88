// The stop-the-world cycle collector (DESIGN.md "Cycle collector";
// docs/gc.md has the phases and the reasons for each order).
//
// The collector knows objects only through gc::Header, the type hooks
// (traverse, clear, finalize) and the track word; what weak references are
// and how to report errors is the embedder's business (CollectorHooks).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/header.h"

namespace gilectomy::gc {

struct CollectionStats {
  uint64_t number = 0;            // 1, 2, ... since start-up
  double start_seconds = 0;       // since the process started
  size_t tracked = 0;             // objects in the set when the world stopped
  size_t unreachable = 0;         // cyclic garbage found
  size_t freed = 0;               // of those, cleared and released (not resurrected)
  size_t resurrected = 0;
  size_t finalized = 0;           // __del__ methods run
  uint64_t pause_ns = 0;          // first stop: flush, find garbage, clear weakrefs
  uint64_t pause2_ns = 0;         // resurrection check (only if user code ran)
  uint64_t safepoint_ns = 0;      // time to safepoint of the first stop
  int workers = 1;
  bool automatic = false;
};

// What the embedder supplies. Every hook may be null.
struct CollectorHooks {
  // World stopped: clears every weak reference to garbage object `o` and
  // appends (with a reference held) each cleared weakref that has a callback
  // and is not garbage itself. No user code may run.
  void (*clear_weakrefs)(Header* o, bool (*is_garbage)(Header*, void*), void* ctx,
                         std::vector<Header*>* callbacks) = nullptr;
  // World running: calls the callbacks collected above and drops them.
  void (*run_weakref_callbacks)(std::vector<Header*>& callbacks) = nullptr;
  // World running, before and after a collection (gc.callbacks).
  void (*phase)(bool start, const CollectionStats& stats) = nullptr;
  // Called after each collection (logging, tracing).
  void (*report)(const CollectionStats& stats) = nullptr;
  // World running, for each garbage object before its cycle is broken:
  // return true to keep it (gc.DEBUG_SAVEALL: the embedder stored a
  // reference in gc.garbage), so it is neither cleared nor freed.
  bool (*keep_garbage)(Header* o) = nullptr;
};
void SetCollectorHooks(const CollectorHooks& hooks);

// Runs a full collection. The caller is a mutator thread, ATTACHED, at a
// point where it holds no object lock (a safepoint or a Python call): the
// collection runs finalizers and weakref callbacks (user code) before it
// returns. Returns the number of unreachable objects found; 0 when another
// collection is in progress (as CPython's gc.collect() in a __del__).
size_t Collect(bool automatic = false, CollectionStats* out = nullptr);
bool CollectionInProgress();

// Collector worker threads for the parallel phases (>= 1).
void SetCollectorWorkers(int n);
int CollectorWorkers();

// Totals since start-up (gc.get_stats()).
struct CollectorTotals {
  uint64_t collections = 0;
  uint64_t collected = 0;
  uint64_t uncollectable = 0;
};
CollectorTotals GetCollectorTotals();
// The most recent collection's statistics (zeroes before the first).
CollectionStats LastCollection();

// Runs DeallocSlow's bookkeeping: marks `o` dying before its dealloc hook
// runs (refcount.cpp calls it); a dealloc that resurrects clears the bit.
// A plain (relaxed) store, not a locked read-modify-write: with the count
// at zero no other thread holds `o`, so none can set a bit meanwhile, and
// the collector reads the bits only with the world stopped.
inline void MarkDying(Header* o) {
  if (o->flags_ & kGcTracked) {
    std::atomic_ref<uint8_t> bits(o->gc_bits_);
    bits.store(bits.load(std::memory_order_relaxed) | kGcDying, std::memory_order_relaxed);
  }
}

// Objects the collector sees, for gc.get_objects()/get_referrers(): stops
// the world, flushes, and returns every tracked object that is not dying,
// each with a reference held (the caller drops them).
std::vector<Header*> SnapshotTracked();
// gc.get_referents(): the objects `o` references (traverse), each held.
// Stops the world while it traverses.
std::vector<Header*> Referents(Header* o);
// gc.get_referrers(): every tracked object that references one of
// `targets`, each held. Stops the world.
std::vector<Header*> FindReferrers(const std::vector<Header*>& targets);

}  // namespace gilectomy::gc
