// The tracked set and its per-thread buffers (protocol in tracked_set.h).
#include "gc/tracked_set.h"

#include <algorithm>
#include <mutex>

#include "gc/alloc.h"
#include "gc/gc_log.h"
#include "safepoints/safepoints.h"

namespace gilectomy::gc {
namespace {

struct SetState {
  std::mutex mu;
  std::vector<Header*> objects;        // the set (mu)
  ThreadBuffers* threads = nullptr;    // attached buffers (mu)
  std::vector<uint32_t> free_ids;      // (mu)
  uint32_t next_id = 1;                // (mu)
  int64_t net_new = 0;                 // (mu) since the last collection
  uint64_t insertions = 0;             // (mu) ever
  size_t survivors = 0;                // (mu) set size after the last collection
  size_t frozen = 0;                   // (mu)
  bool trigger_fired = false;          // (mu)
  std::atomic<size_t> size{0};         // mirror of objects.size() for lock-free reads
  std::atomic<bool> enabled{true};
  std::atomic<bool> deferred{false};   // merges do not fire the trigger (SetAutoCollectDeferred)
  std::atomic<int64_t> threshold{2000};
  std::atomic<void (*)()> trigger{nullptr};
};

SetState& S() {
  static SetState* s = new SetState;  // never destroyed: threads may outlive static destructors
  return *s;
}

thread_local ThreadBuffers* tl_buffers = nullptr;

void FreeMemory(Header* o) { FreeRaw(reinterpret_cast<char*>(o) - kTrackWordSize); }

uint64_t PendingWord(size_t index, uint32_t owner) {
  return kStatePending | (static_cast<uint64_t>(index) << kPayloadShift) |
         (static_cast<uint64_t>(owner) << kOwnerShift);
}

// --- under the set lock -----------------------------------------------------

void InsertLocked(SetState& s, Header* o) {
  size_t slot = s.objects.size();
  s.objects.push_back(o);
  TrackWord(o).store(kStateInSet | (static_cast<uint64_t>(slot) << kPayloadShift), std::memory_order_relaxed);
  ++s.net_new;
  ++s.insertions;
}

// Removes a dead object from wherever its record is and frees it if no
// record is left.
void UntrackLocked(SetState& s, Header* o) {
  std::atomic<uint64_t>& word = TrackWord(o);
  uint64_t w = word.load(std::memory_order_relaxed);
  switch (StateOf(w)) {
    case kStateInSet: {
      size_t slot = SlotOf(w);
      Header* last = s.objects.back();
      if (last != o) {
        s.objects[slot] = last;
        std::atomic<uint64_t>& lw = TrackWord(last);
        uint64_t frozen = lw.load(std::memory_order_relaxed) & kFrozenBit;
        lw.store(kStateInSet | frozen | (static_cast<uint64_t>(slot) << kPayloadShift), std::memory_order_relaxed);
      }
      s.objects.pop_back();
      if (w & kFrozenBit) --s.frozen;
      --s.net_new;
      FreeMemory(o);
      return;
    }
    case kStatePending:
#if defined(GILECTOMY_BUG_TRACK_RECORD_FREED)
      // PLANTED BUG (gcstress proves it finds it): free the object although
      // another thread's track buffer still names it; that buffer's merge
      // then inserts freed memory into the set.
      FreeMemory(o);
#else
      // Its track record sits in another thread's buffer: that merge frees it.
      word.store(kStateDeadPending, std::memory_order_relaxed);
#endif
      return;
    case kStateNone:
    case kStateDeadPending:
      FreeMemory(o);
      return;
  }
}

void MergeLocked(SetState& s, ThreadBuffers* tb) {
  for (size_t i = 0; i < tb->track_count; ++i) {
    Header* o = tb->track[i];
    if (o == nullptr) continue;
    if (StateOf(TrackWord(o).load(std::memory_order_relaxed)) == kStateDeadPending) {
      FreeMemory(o);
    } else {
      InsertLocked(s, o);
    }
  }
  tb->track_count = 0;
  for (size_t i = 0; i < tb->untrack_count; ++i) UntrackLocked(s, tb->untrack[i]);
  tb->untrack_count = 0;
  s.size.store(s.objects.size(), std::memory_order_relaxed);
}

// Returns the trigger to call (after unlocking) if an automatic collection is
// due, not counting `in_flight` recent insertions.
void (*DueTriggerLocked(SetState& s, int64_t in_flight = 0))() {
  if (s.trigger_fired || !s.enabled.load(std::memory_order_relaxed)) return nullptr;
  int64_t threshold = s.threshold.load(std::memory_order_relaxed);
  if (threshold <= 0) return nullptr;
  int64_t growth = static_cast<int64_t>(s.survivors / 4);
  if (s.net_new - in_flight <= std::max(threshold, growth)) return nullptr;
  void (*t)() = s.trigger.load(std::memory_order_relaxed);
  if (t != nullptr) s.trigger_fired = true;
  return t;
}

void FlushBuffers(ThreadBuffers* tb) {
  sp::SchedulePoint(sp::PointKind::kMerge);
  SetState& s = S();
  void (*due)() = nullptr;
  {
    std::lock_guard lk(s.mu);
    MergeLocked(s, tb);
    if (!s.deferred.load(std::memory_order_relaxed)) due = DueTriggerLocked(s);
  }
  if (due != nullptr) due();
}

}  // namespace

void* AllocateTracked(size_t size) {
  void* mem = AllocateRaw(size + kTrackWordSize);
  if (mem == nullptr) return nullptr;
  auto* word = static_cast<std::atomic<uint64_t>*>(mem);
  new (word) std::atomic<uint64_t>(kStateNone);
  return static_cast<char*>(mem) + kTrackWordSize;
}

void Track(Header* o) {
  ThreadBuffers* tb = tl_buffers;
  if (tb == nullptr) {
    SetState& s = S();
    std::lock_guard lk(s.mu);
    InsertLocked(s, o);
    s.size.store(s.objects.size(), std::memory_order_relaxed);
    return;
  }
  if (tb->track_count == ThreadBuffers::kCapacity) FlushBuffers(tb);
  size_t index = tb->track_count++;
  tb->track[index] = o;
  TrackWord(o).store(PendingWord(index, tb->id), std::memory_order_relaxed);
}

void ReleaseTracked(Header* o) {
  ThreadBuffers* tb = tl_buffers;
  if (tb != nullptr) {
    uint64_t w = TrackWord(o).load(std::memory_order_acquire);
    if (StateOf(w) == kStatePending && (w >> kOwnerShift) == tb->id) {
      // Our own pending record: cancel it and free at once (the common case
      // for temporaries). Trailing cancelled records are dropped.
      tb->track[(w >> kPayloadShift) & kIndexMask] = nullptr;
      while (tb->track_count > 0 && tb->track[tb->track_count - 1] == nullptr) --tb->track_count;
      FreeMemory(o);
      return;
    }
    if (StateOf(w) == kStateNone) {  // never tracked (or untracked): nobody names it
      FreeMemory(o);
      return;
    }
    if (tb->untrack_count == ThreadBuffers::kCapacity) FlushBuffers(tb);
    tb->untrack[tb->untrack_count++] = o;
    return;
  }
  SetState& s = S();
  std::lock_guard lk(s.mu);
  UntrackLocked(s, o);
  s.size.store(s.objects.size(), std::memory_order_relaxed);
}

void AttachThreadBuffers() {
  if (tl_buffers != nullptr) return;
  auto* tb = new ThreadBuffers;
  SetState& s = S();
  std::lock_guard lk(s.mu);
  if (!s.free_ids.empty()) {
    tb->id = s.free_ids.back();
    s.free_ids.pop_back();
  } else {
    tb->id = s.next_id++;
  }
  tb->next = s.threads;
  if (s.threads != nullptr) s.threads->prev = tb;
  s.threads = tb;
  tl_buffers = tb;
  TraceThreadBegin();
}

void DetachThreadBuffers() {
  ThreadBuffers* tb = tl_buffers;
  if (tb == nullptr) return;
  TraceThreadEnd();
  SetState& s = S();
  {
    std::lock_guard lk(s.mu);
    MergeLocked(s, tb);
    if (tb->prev != nullptr) tb->prev->next = tb->next; else s.threads = tb->next;
    if (tb->next != nullptr) tb->next->prev = tb->prev;
    s.free_ids.push_back(tb->id);
  }
  tl_buffers = nullptr;
  delete tb;
}

void FlushThreadBuffers() {
  if (tl_buffers != nullptr) FlushBuffers(tl_buffers);
}

ThreadBuffers* ExchangeThreadBuffersForTest(ThreadBuffers* tb) {
  ThreadBuffers* old = tl_buffers;
  tl_buffers = tb;
  return old;
}

bool IsTracked(const Header* o) {
  if (!HasTrackWord(o)) return false;
  TrackState st = StateOf(TrackWord(o).load(std::memory_order_acquire));
  return st == kStatePending || st == kStateInSet;
}

void FlushAll() {
  SetState& s = S();
  std::lock_guard lk(s.mu);
  for (ThreadBuffers* tb = s.threads; tb != nullptr; tb = tb->next) MergeLocked(s, tb);
}

TrackedSetAccess::TrackedSetAccess() { S().mu.lock(); }
TrackedSetAccess::~TrackedSetAccess() { S().mu.unlock(); }
std::vector<Header*>& TrackedSetAccess::objects() { return S().objects; }

int64_t NetNewSinceCollection() {
  SetState& s = S();
  std::lock_guard lk(s.mu);
  return s.net_new;
}

void ResetCollectionCounter(size_t survivors) {
  SetState& s = S();
  std::lock_guard lk(s.mu);
  s.net_new = 0;
  s.survivors = survivors;
  s.trigger_fired = false;
}

size_t LastSurvivors() {
  SetState& s = S();
  std::lock_guard lk(s.mu);
  return s.survivors;
}

size_t TrackedSetSize() { return S().size.load(std::memory_order_relaxed); }

size_t FreezeAll() {
  SetState& s = S();
  std::lock_guard lk(s.mu);
  for (Header* o : s.objects) TrackWord(o).fetch_or(kFrozenBit, std::memory_order_relaxed);
  s.frozen = s.objects.size();
  return s.frozen;
}

void UnfreezeAll() {
  SetState& s = S();
  std::lock_guard lk(s.mu);
  for (Header* o : s.objects) TrackWord(o).fetch_and(~kFrozenBit, std::memory_order_relaxed);
  s.frozen = 0;
}

size_t FrozenCount() {
  SetState& s = S();
  std::lock_guard lk(s.mu);
  return s.frozen;
}

void SetAutoCollectDeferred(bool deferred) { S().deferred.store(deferred, std::memory_order_relaxed); }

uint64_t TrackedInsertions() {
  SetState& s = S();
  std::lock_guard lk(s.mu);
  return s.insertions;
}

void CheckAutoCollect(int64_t in_flight) {
  SetState& s = S();
  void (*due)() = nullptr;
  {
    std::lock_guard lk(s.mu);
    due = DueTriggerLocked(s, in_flight);
  }
  if (due != nullptr) due();
}

void SetAutoCollectTrigger(void (*trigger)()) { S().trigger.store(trigger, std::memory_order_relaxed); }
void SetAutoCollectEnabled(bool on) { S().enabled.store(on, std::memory_order_relaxed); }
bool AutoCollectEnabled() { return S().enabled.load(std::memory_order_relaxed); }
void SetAutoCollectThreshold(int64_t threshold) { S().threshold.store(threshold, std::memory_order_relaxed); }
int64_t AutoCollectThreshold() { return S().threshold.load(std::memory_order_relaxed); }

}  // namespace gilectomy::gc
