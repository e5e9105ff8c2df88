// The tracked set: every live container object the collector must see, fed
// by per-thread track/untrack buffers merged in batches (DESIGN.md "Tracked
// set and buffered track/untrack"; docs/gc.md has the full protocol).
//
// A tracked object is allocated with one 8-byte *track word* in front of its
// header (like CPython's PyGC_Head, but one word): objects that are never
// tracked (str, int, float) pay nothing. The word says where the object's
// record is:
//
//   bits 0-1  state      kNone, kPending, kInSet, kDeadPending
//   bit  2    frozen     gc.freeze(): never collected, never traversed
//   bits 3-31 index      kPending: its slot in the owner's track buffer
//   bits 32+  owner      kPending: the owner buffer's id
//   bits 3+   slot       kInSet: its index in the tracked set
//
// Who writes the word: the allocating thread (kNone -> kPending, and
// cancelling its own pending record), and otherwise only a holder of the set
// lock (merges) or the collector with the world stopped. A thread reads the
// word of an object it owns outright (a dying object) without the lock: an
// atomic load, and the only owner id it can match is its own.
//
// Invariants (tests/gc/tracked_set_test.cpp checks them):
//  1. An object's memory is released only when no buffer record and no set
//     slot names it: a dying object whose record is still pending in another
//     thread's track buffer becomes kDeadPending and is freed by that
//     buffer's merge.
//  2. After FlushAll() with the world stopped, the set holds exactly the
//     tracked objects that are alive or dying (dealloc running).
//  3. set[slot(o)] == o for every o in the set.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/header.h"

namespace gilectomy::gc {

inline constexpr size_t kTrackWordSize = 8;

enum TrackState : uint64_t { kStateNone = 0, kStatePending = 1, kStateInSet = 2, kStateDeadPending = 3 };
inline constexpr uint64_t kStateMask = 3;
inline constexpr uint64_t kFrozenBit = 4;
inline constexpr int kPayloadShift = 3;
inline constexpr int kOwnerShift = 32;
inline constexpr uint64_t kIndexMask = (uint64_t{1} << (kOwnerShift - kPayloadShift)) - 1;

inline std::atomic<uint64_t>& TrackWord(const Header* o) {
  return *reinterpret_cast<std::atomic<uint64_t>*>(reinterpret_cast<uintptr_t>(o) - kTrackWordSize);
}
inline bool HasTrackWord(const Header* o) { return (o->flags_ & kGcTracked) != 0; }
inline TrackState StateOf(uint64_t word) { return static_cast<TrackState>(word & kStateMask); }
inline size_t SlotOf(uint64_t word) { return static_cast<size_t>(word >> kPayloadShift); }

// Per-thread buffers. Records are appended without a lock; a full buffer is
// merged into the set under the set lock in one batch.
struct ThreadBuffers {
  static constexpr size_t kCapacity = 1024;
  uint32_t id = 0;                    // >= 1, unique among attached threads
  size_t track_count = 0;             // records in track[]; null = cancelled
  size_t untrack_count = 0;
  ThreadBuffers* prev = nullptr;      // the set's list of attached buffers (set lock)
  ThreadBuffers* next = nullptr;
  Header* track[kCapacity];           // new objects, not yet in the set
  Header* untrack[kCapacity];         // dead objects (dealloc done), memory held
};

// Memory for a tracked object of `size` bytes (its track word in front).
// Returns the object address, or null when memory is exhausted.
void* AllocateTracked(size_t size);

// Starts tracking `o`: allocated by AllocateTracked, header written (with
// kGcTracked), fields zeroed or valid for traverse. No lock.
void Track(Header* o);

// Called by a dealloc hook instead of freeing the memory of a tracked
// object: frees it now if its record is the caller's own pending one, else
// queues an untrack record and frees it when that record is merged.
void ReleaseTracked(Header* o);

// The calling thread gets its own buffers (before it allocates objects) /
// merges and drops them (when it exits; it must not allocate afterwards
// without the lock-taking fallback, which is always correct but slower).
void AttachThreadBuffers();
void DetachThreadBuffers();
// Merges the calling thread's buffers now.
void FlushThreadBuffers();

// Test hook for fibers that share one OS thread (gcstress --schedule
// fiber): the calling OS thread's buffers become `tb` (null: none); returns
// the old ones. Buffers created by AttachThreadBuffers on one fiber are
// swapped out and back in on every switch. Never used outside gcstress.
ThreadBuffers* ExchangeThreadBuffersForTest(ThreadBuffers* tb);

// True if `o` is tracked (has a record: pending or in the set, not dead).
bool IsTracked(const Header* o);

// ---- for the collector (the world is stopped, or in tests: no mutators)

// Merges every attached thread's buffers. Takes the set lock.
void FlushAll();

// Holds the set lock while alive; objects() is the set itself (call FlushAll
// first for exact contents). The holder must not resize it.
class TrackedSetAccess {
 public:
  TrackedSetAccess();
  ~TrackedSetAccess();
  TrackedSetAccess(const TrackedSetAccess&) = delete;
  TrackedSetAccess& operator=(const TrackedSetAccess&) = delete;
  std::vector<Header*>& objects();
};

// Counters since the last collection (net new tracked objects: records
// merged into the set minus objects removed from it).
int64_t NetNewSinceCollection();
void ResetCollectionCounter(size_t survivors);
size_t LastSurvivors();
size_t TrackedSetSize();  // approximate (records still in buffers are not counted)

// Freeze/unfreeze every object in the set (world stopped, after FlushAll).
size_t FreezeAll();
void UnfreezeAll();
size_t FrozenCount();

// Automatic collections: after a merge, when net new objects exceed
// max(threshold, survivors / 4), `trigger` is called once (with the set lock
// released) until ResetCollectionCounter. Null: never.
void SetAutoCollectTrigger(void (*trigger)());
void SetAutoCollectEnabled(bool on);
bool AutoCollectEnabled();
void SetAutoCollectThreshold(int64_t threshold);
int64_t AutoCollectThreshold();

// Buffered refcounting while threads log (gc/buffered_rc.h): deaths reach the
// set an epoch or two after the allocations, so a merge would see every
// recent allocation as a survivor and fire the trigger every `threshold`
// allocations. While deferred, merges never fire it; the commit thread calls
// CheckAutoCollect after each epoch, with the number of insertions whose
// deaths may still be in the logs, which do not count.
void SetAutoCollectDeferred(bool deferred);
uint64_t TrackedInsertions();  // records merged into the set, ever
void CheckAutoCollect(int64_t in_flight);

}  // namespace gilectomy::gc
