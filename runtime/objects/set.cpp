// set and frozenset.
//
// The table is CPython 3.11's (Objects/setobject.c), because the iteration
// order of a set is visible in every print and programs rely on it:
//
//   table[mask + 1]   SetEntry {key, hash}; mask + 1 is a power of two >= 8.
//                     unused: key null; dummy (deleted): key == Dummy(),
//                     hash -1; active: anything else.
//   probe sequence    i = hash & mask; look at table[i .. i+9] when those
//                     slots fit before the end of the table (linear
//                     probes), else only table[i]; then
//                     perturb >>= 5; i = (i * 5 + 1 + perturb) & mask.
//   growth            after filling an unused slot, when fill * 5 >= mask * 3
//                     the table is rebuilt for used * 4 (used * 2 above
//                     50,000) entries: the smallest power of two above that.
//                     A rebuild re-inserts the active entries in table order.
//
// Every set operation inserts in the order CPython's does (set_merge,
// set_intersection, set_difference, set_symmetric_difference_update, ...);
// the functions below follow them one for one.
//
// The trap: comparing keys runs Python code (__eq__), which may mutate the
// set being probed. Probes hold a reference to the key they compare and
// restart when the table or the slot changed meanwhile (as CPython does).
//
// Threads: a mutable set's table, fill, mask and finger are guarded by its
// object lock (runtime/object_lock.h); `used` and the frozenset hash are
// relaxed atomics read without it. A frozenset is immutable once built
// (and private to its builder before), so SetGuard skips the lock for it:
// shared frozenset constants cost no shared write. The few functions that
// touch a table take the lock: AddEntry, DiscardEntry, ContainsEntry,
// ClearTable, pop, the Snapshot copy, the iterator step, and the fast copy
// paths of Merge (both sets, address order). LookKey runs with the lock
// held and drops it only around a Python-level compare, then re-checks the
// table and slot (the same restart that guards against a mutating __eq__).
// Keys removed under the lock are released after it. Everything that walks
// a set while running Python code works on a Snapshot (strong references),
// so another thread mutating the set can never crash it; iterators raise
// "Set changed size during iteration" as CPython's do.
#include "runtime/objects/set.h"

#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/weakref.h"

namespace gilectomy::rt {

TypeObject SetType, FrozenSetType;
static TypeObject SetIterType;

namespace {

constexpr int64_t kMinSize = 8;
constexpr uint64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The deleted-slot marker: an address no real key has. Never dereferenced.
Object gDummyObject;
inline Value Dummy() { return Value::FromObject(&gDummyObject); }

inline SetObject* AsSet(Value v) { return static_cast<SetObject*>(v.obj()); }

// Mutable sets (set and subclasses) are locked; frozensets are not.
inline bool NeedsLock(const SetObject* so) { return (TypeOf(so)->type_flags & kTypeSetSubclass) != 0; }

// The lock of one set (nothing for a frozenset).
class SetGuard {
 public:
  explicit SetGuard(SetObject* so) : o_(NeedsLock(so) ? so : nullptr) {
    if (o_ != nullptr) ObjectLock(o_);
  }
  ~SetGuard() {
    if (o_ != nullptr) ObjectUnlock(o_);
  }
  SetGuard(const SetGuard&) = delete;
  SetGuard& operator=(const SetGuard&) = delete;

 private:
  Object* o_;
};

// The locks of two sets in address order (nothing for frozensets).
class SetGuard2 {
 public:
  SetGuard2(SetObject* a, SetObject* b) {
    Object* x = NeedsLock(a) ? a : nullptr;
    Object* y = NeedsLock(b) && b != a ? b : nullptr;
    a_ = x < y ? x : y;
    b_ = x < y ? y : x;
    if (a_ != nullptr) ObjectLock(a_);
    if (b_ != nullptr) ObjectLock(b_);
  }
  ~SetGuard2() {
    if (b_ != nullptr) ObjectUnlock(b_);
    if (a_ != nullptr) ObjectUnlock(a_);
  }
  SetGuard2(const SetGuard2&) = delete;
  SetGuard2& operator=(const SetGuard2&) = delete;

 private:
  Object* a_;
  Object* b_;
};

// Inside a SetGuard: unlocks around a call that may run Python code.
class SetUnlocked {
 public:
  explicit SetUnlocked(SetObject* so) : o_(NeedsLock(so) ? so : nullptr) {
    if (o_ != nullptr) ObjectUnlock(o_);
  }
  ~SetUnlocked() {
    if (o_ != nullptr) ObjectLock(o_);
  }
  SetUnlocked(const SetUnlocked&) = delete;
  SetUnlocked& operator=(const SetUnlocked&) = delete;

 private:
  Object* o_;
};

// A Python-level key compare with the set's lock dropped (the caller holds
// it). `startkey` is held by a reference released before re-locking.
int CompareUnlocked(SetObject* so, Value startkey, Value key) {
  SetUnlocked unlocked(so);
  Ref hold = Ref::New(startkey);
  int cmp = RichCompareBool(startkey, key, CompareOp::kEq);
  hold = Ref();
  return cmp;
}

inline bool IsActive(const SetEntry& e) { return !e.key.is_null() && e.key != Dummy(); }

inline int64_t KeyHash(Value key) {
  if (key.is_object() && key.type() == &StrType) return StrHash(key);
  return Hash(key);
}

inline bool BothExactStr(Value a, Value b) {
  return a.is_object() && b.is_object() && a.type() == &StrType && b.type() == &StrType;
}

SetEntry* AllocTable(int64_t slots) {
  size_t bytes = static_cast<size_t>(slots) * sizeof(SetEntry);
  auto* t = static_cast<SetEntry*>(gc::AllocateRaw(bytes));
  if (t != nullptr) std::memset(static_cast<void*>(t), 0, bytes);
  return t;
}

// Gives `so` an empty table of kMinSize slots. false on MemoryError.
bool InitTable(SetObject* so) {
  so->table = AllocTable(kMinSize);
  if (so->table == nullptr) {
    NoMemory();
    return false;
  }
  so->mask = kMinSize - 1;
  so->fill = 0;
  so->used = 0;
  so->version++;
  return true;
}

// Finds the slot of `key`: its active slot, or the unused slot that ends the
// probe (key null). Null with an exception when a comparison raised. The
// caller holds the set's lock (dropped around a Python-level compare).
SetEntry* LookKey(SetObject* so, Value key, int64_t hash) {
restart:
  SetEntry* table = so->table;
  uint64_t mask = static_cast<uint64_t>(so->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->key.is_null()) return entry;
      if (entry->hash == hash) {
        Value startkey = entry->key;
        if (startkey == key) return entry;
        if (BothExactStr(startkey, key)) {
          if (StrEquals(startkey, key)) return entry;
        } else {
          uint64_t version = so->version;
          int cmp = CompareUnlocked(so, startkey, key);
          if (cmp < 0) return nullptr;
          // Changed meanwhile (by __eq__ or another thread): probe again.
          if (so->version != version || table != so->table || entry->key != startkey) goto restart;
          if (cmp > 0) return entry;
          mask = static_cast<uint64_t>(so->mask);
        }
      }
      ++entry;
    } while (probes-- > 0);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Inserts a key known to be absent into a table without dummies.
void InsertClean(SetEntry* table, uint64_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (uint64_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Rebuilds the table with the smallest power-of-two size above `minused`,
// re-inserting active entries in table order (set_table_resize). The caller
// holds the lock.
bool Resize(SetObject* so, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  if (newsize == kMinSize && so->mask == kMinSize - 1 && so->fill == so->used) return true;
  SetEntry* newtable = AllocTable(newsize);
  if (newtable == nullptr) {
    NoMemory();
    return false;
  }
  SetEntry* oldtable = so->table;
  int64_t oldmask = so->mask;
  uint64_t newmask = static_cast<uint64_t>(newsize - 1);
  for (int64_t i = 0; i <= oldmask; ++i) {
    if (IsActive(oldtable[i])) InsertClean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
  }
  so->table = newtable;
  so->mask = newsize - 1;
  so->fill = so->used;
  so->version++;
  gc::FreeRaw(oldtable);
  return true;
}

// Adds key (borrowed; the set takes its own reference). set_add_entry.
// Takes the set's lock.
int AddEntry(SetObject* so, Value key, int64_t hash) {
  Ref hold = Ref::New(key);  // __eq__ may drop the caller's last reference
  SetGuard guard(so);        // declared after `hold`: unlocked before it is released
restart:
  uint64_t mask = static_cast<uint64_t>(so->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  SetEntry* freeslot = nullptr;
  SetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->key.is_null()) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Value startkey = entry->key;
        if (startkey == key) return 0;
        if (BothExactStr(startkey, key)) {
          if (StrEquals(startkey, key)) return 0;
        } else {
          SetEntry* table = so->table;
          uint64_t version = so->version;
          int cmp = CompareUnlocked(so, startkey, key);
          if (cmp < 0) return -1;
          if (so->version != version || table != so->table || entry->key != startkey) goto restart;
          if (cmp > 0) return 0;
          mask = static_cast<uint64_t>(so->mask);
        }
      } else if (entry->hash == -1 && entry->key == Dummy()) {
        freeslot = entry;  // the last dummy on the probe path (as CPython 3.11)
      }
      ++entry;
    } while (probes-- > 0);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  so->version++;
  if (freeslot != nullptr) {
    so->used++;
    freeslot->key = hold.release();
    freeslot->hash = hash;
    return 0;
  }
  so->fill++;
  so->used++;
  entry->key = hold.release();
  entry->hash = hash;
  if (static_cast<uint64_t>(so->fill) * 5 < mask * 3) return 0;
  return Resize(so, so->used > 50000 ? so->used * 2 : so->used * 4) ? 0 : -1;
}

int AddKey(SetObject* so, Value key) {
  int64_t hash = KeyHash(key);
  if (hash == -1 && ErrorOccurred()) return -1;
  return AddEntry(so, key, hash);
}

// 1 found, 0 absent, -1 error.
int ContainsEntry(SetObject* so, Value key, int64_t hash) {
  SetGuard guard(so);
  SetEntry* e = LookKey(so, key, hash);
  if (e == nullptr) return -1;
  return e->key.is_null() ? 0 : 1;
}

// Removes key if present: 1 removed, 0 absent, -1 error. set_discard_entry.
int DiscardEntry(SetObject* so, Value key, int64_t hash) {
  Ref old;  // released after the unlock
  SetGuard guard(so);
  SetEntry* e = LookKey(so, key, hash);
  if (e == nullptr) return -1;
  if (e->key.is_null()) return 0;
  old = Ref::Steal(e->key);
  e->key = Dummy();
  e->hash = -1;
  so->used--;
  so->version++;
  return 1;
}

// Empties the set; releases the keys after the set is consistent and
// unlocked.
void ClearTable(SetObject* so) {
  SetEntry* old;
  int64_t oldmask;
  {
    SetGuard guard(so);
    old = so->table;
    oldmask = so->mask;
    if (!InitTable(so)) {
      // Keep the old (consistent) table; clearing is best effort under OOM.
      so->table = old;
      so->mask = oldmask;
      ClearError();
      return;
    }
    so->hash = -1;
  }
  for (int64_t i = 0; i <= oldmask; ++i) {
    if (IsActive(old[i])) Decref(old[i].key);
  }
  gc::FreeRaw(old);
}

// Exchanges the tables of a and b (both locked, address order).
void SwapBodies(SetObject* a, SetObject* b) {
  SetGuard2 guard(a, b);
  std::swap(a->table, b->table);
  std::swap(a->fill, b->fill);
  std::swap(a->mask, b->mask);
  int64_t used = a->used, hash = a->hash;
  a->used = b->used;
  a->hash = b->hash;
  b->used = used;
  b->hash = hash;
  a->version++;
  b->version++;
}

// Iterates active entries in table order (the caller holds the lock or
// owns the set).
bool NextEntry(SetObject* so, int64_t* pos, SetEntry** out) {
  int64_t i = *pos;
  while (i <= so->mask && !IsActive(so->table[i])) ++i;
  *pos = i + 1;
  if (i > so->mask) return false;
  *out = &so->table[i];
  return true;
}

// A snapshot of the active entries (key references held), for loops that
// run Python code (__eq__) while walking another set. Copied under the
// set's lock.
struct Snapshot {
  std::vector<Ref> keys;
  std::vector<int64_t> hashes;
  explicit Snapshot(SetObject* so) {
    SetGuard guard(so);
    keys.reserve(static_cast<size_t>(so->used));
    hashes.reserve(static_cast<size_t>(so->used));
    int64_t pos = 0;
    SetEntry* e;
    while (NextEntry(so, &pos, &e)) {
      keys.push_back(Ref::New(e->key));
      hashes.push_back(e->hash);
    }
  }
};

// The keys of a dict (which another thread may mutate), as strong
// references: DictNext over a private copy. false on MemoryError.
bool DictKeysSnapshot(Value d, std::vector<Ref>* keys) {
  Ref copy = DictCopy(d);
  if (!copy) return false;
  keys->reserve(static_cast<size_t>(DictSize(copy.get())));
  int64_t pos = 0;
  Value k;
  while (DictNext(copy.get(), &pos, &k, nullptr)) keys->push_back(Ref::New(k));
  return true;
}

// Merge's copies into an empty target (CPython's set_merge fast paths);
// false when they do not apply. Both locks held.
bool MergeFast(SetObject* so, SetObject* other) {
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    // Same size, no dummies: copy slot for slot.
    for (int64_t i = 0; i <= other->mask; ++i) {
      if (!other->table[i].key.is_null()) {
        Incref(other->table[i].key);
        so->table[i] = other->table[i];
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    so->version++;
    return true;
  }
  if (so->fill == 0) {
    uint64_t mask = static_cast<uint64_t>(so->mask);
    for (int64_t i = 0; i <= other->mask; ++i) {
      const SetEntry& e = other->table[i];
      if (IsActive(e)) {
        Incref(e.key);
        InsertClean(so->table, mask, e.key, e.hash);
      }
    }
    so->fill = other->used;
    so->used = other->used;
    so->version++;
    return true;
  }
  return false;
}

// set_merge: adds every key of another set. The fast paths copy under both
// locks; the general one adds a snapshot of other.
int Merge(SetObject* so, SetObject* other) {
  if (so == other) return 0;
  {
    SetGuard2 guard(so, other);
    if (other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
      if (!Resize(so, (so->used + other->used) * 2)) return -1;
    }
    if (MergeFast(so, other)) return 0;
  }
  Snapshot snap(other);
  for (size_t i = 0; i < snap.keys.size(); ++i) {
    if (AddEntry(so, snap.keys[i].get(), snap.hashes[i]) < 0) return -1;
  }
  return 0;
}

// set_update_internal: adds every element of an iterable.
int UpdateInternal(SetObject* so, Value other) {
  if (IsAnySet(other)) return Merge(so, AsSet(other));
  if (other.is_object() && other.type() == &DictType) {
    int64_t n = DictSize(other);
    {
      SetGuard guard(so);
      if ((so->fill + n) * 5 >= so->mask * 3) {
        if (!Resize(so, (so->used + n) * 2)) return -1;
      }
    }
    std::vector<Ref> keys;
    if (!DictKeysSnapshot(other, &keys)) return -1;
    for (Ref& key : keys) {
      if (AddKey(so, key.get()) < 0) return -1;
    }
    return 0;
  }
  Ref it = GetIter(other);
  if (!it) return -1;
  for (;;) {
    Ref key = IterNext(it.get());
    if (!key) return ErrorOccurred() ? -1 : 0;
    if (AddKey(so, key.get()) < 0) return -1;
  }
}

Ref AllocSet(TypeObject* type) {
  Object* o = AllocObject(type, std::max(type->basic_size, sizeof(SetObject)));
  if (o == nullptr) return Ref();
  Ref r = Ref::Steal(o);
  auto* so = AsSet(r.get());
  so->hash = -1;
  if (!InitTable(so)) return Ref();
  return r;
}

// make_new_set: a set of `type` filled from iterable (may be null).
Ref MakeNewSet(TypeObject* type, Value iterable) {
  Ref r = AllocSet(type);
  if (!r) return Ref();
  if (iterable && UpdateInternal(AsSet(r.get()), iterable) < 0) return Ref();
  return r;
}

// make_new_set_basetype: set for set subclasses, frozenset for frozenset ones.
Ref MakeNewSetBaseType(TypeObject* type, Value iterable) {
  bool is_set = (type->type_flags & kTypeSetSubclass) != 0;
  return MakeNewSet(is_set ? &SetType : &FrozenSetType, iterable);
}

Ref SetCopy(Value so) { return MakeNewSetBaseType(so.type(), so); }

// A key that is a set is looked up as the equal frozenset (CPython's
// set_contains_key / set_discard_key fallback). -1 with the error otherwise.
template <typename Fn>
int WithFrozenFallback(Value key, Fn fn) {
  int r = fn(key);
  if (r >= 0 || !IsSet(key) || !ErrorMatches(TypeErrorType())) return r;
  ClearError();
  Ref frozen = MakeNewSet(&FrozenSetType, key);
  if (!frozen) return -1;
  return fn(frozen.get());
}

// --- set algebra (set_intersection, set_difference, ...) ------------------------

Ref Intersection(Value sov, Value other) {
  if (sov == other) return SetCopy(sov);
  Ref result = MakeNewSetBaseType(sov.type(), Value());
  if (!result) return Ref();
  SetObject* res = AsSet(result.get());
  if (IsAnySet(other)) {
    SetObject* so = AsSet(sov);
    SetObject* ot = AsSet(other);
    if (ot->used > so->used) std::swap(so, ot);
    Ref hold_so = Ref::New(Value::FromObject(so));
    Snapshot snap(ot);
    for (size_t i = 0; i < snap.keys.size(); ++i) {
      int rv = ContainsEntry(so, snap.keys[i].get(), snap.hashes[i]);
      if (rv < 0) return Ref();
      if (rv > 0 && AddEntry(res, snap.keys[i].get(), snap.hashes[i]) < 0) return Ref();
    }
    return result;
  }
  Ref it = GetIter(other);
  if (!it) return Ref();
  for (;;) {
    Ref key = IterNext(it.get());
    if (!key) return ErrorOccurred() ? Ref() : result;
    int64_t hash = KeyHash(key.get());
    if (hash == -1 && ErrorOccurred()) return Ref();
    int rv = ContainsEntry(AsSet(sov), key.get(), hash);
    if (rv < 0) return Ref();
    if (rv > 0 && AddEntry(res, key.get(), hash) < 0) return Ref();
  }
}

int DifferenceUpdateInternal(SetObject* so, Value other) {
  if (Value::FromObject(so) == other) {
    ClearTable(so);
    return 0;
  }
  if (IsAnySet(other)) {
    Ref o;
    if ((SetSize(other) >> 3) > so->used) {
      o = Intersection(Value::FromObject(so), other);
      if (!o) return -1;
    } else {
      o = Ref::New(other);
    }
    Snapshot snap(AsSet(o.get()));
    for (size_t i = 0; i < snap.keys.size(); ++i) {
      if (DiscardEntry(so, snap.keys[i].get(), snap.hashes[i]) < 0) return -1;
    }
  } else {
    Ref it = GetIter(other);
    if (!it) return -1;
    for (;;) {
      Ref key = IterNext(it.get());
      if (!key) {
        if (ErrorOccurred()) return -1;
        break;
      }
      int64_t hash = KeyHash(key.get());
      if (hash == -1 && ErrorOccurred()) return -1;
      if (DiscardEntry(so, key.get(), hash) < 0) return -1;
    }
  }
  // More than a quarter dummies: rebuild.
  SetGuard guard(so);
  if (so->fill - so->used <= so->mask / 4) return 0;
  return Resize(so, so->used > 50000 ? so->used * 2 : so->used * 4) ? 0 : -1;
}

Ref CopyAndDifference(Value so, Value other) {
  Ref result = SetCopy(so);
  if (!result) return Ref();
  if (DifferenceUpdateInternal(AsSet(result.get()), other) < 0) return Ref();
  return result;
}

Ref Difference(Value sov, Value other) {
  int64_t other_size;
  bool is_dict = other.is_object() && other.type() == &DictType;
  if (IsAnySet(other)) {
    other_size = SetSize(other);
  } else if (is_dict) {
    other_size = DictSize(other);
  } else {
    return CopyAndDifference(sov, other);
  }
  SetObject* so = AsSet(sov);
  if ((so->used >> 2) > other_size) return CopyAndDifference(sov, other);
  Ref result = MakeNewSetBaseType(sov.type(), Value());
  if (!result) return Ref();
  SetObject* res = AsSet(result.get());
  Snapshot snap(so);
  for (size_t i = 0; i < snap.keys.size(); ++i) {
    int rv;
    if (is_dict) {
      rv = Contains(other, snap.keys[i].get());
    } else {
      rv = ContainsEntry(AsSet(other), snap.keys[i].get(), snap.hashes[i]);
    }
    if (rv < 0) return Ref();
    if (rv == 0 && AddEntry(res, snap.keys[i].get(), snap.hashes[i]) < 0) return Ref();
  }
  return result;
}

int SymmetricDifferenceUpdate(SetObject* so, Value other) {
  if (Value::FromObject(so) == other) {
    ClearTable(so);
    return 0;
  }
  auto toggle = [so](Value key, int64_t hash) {
    int rv = DiscardEntry(so, key, hash);
    if (rv < 0) return -1;
    if (rv == 0 && AddEntry(so, key, hash) < 0) return -1;
    return 0;
  };
  if (other.is_object() && other.type() == &DictType) {
    std::vector<Ref> keys;
    if (!DictKeysSnapshot(other, &keys)) return -1;
    for (Ref& key : keys) {
      int64_t hash = KeyHash(key.get());
      if (hash == -1 && ErrorOccurred()) return -1;
      if (toggle(key.get(), hash) < 0) return -1;
    }
    return 0;
  }
  Ref otherset;
  if (IsAnySet(other)) {
    otherset = Ref::New(other);
  } else {
    otherset = MakeNewSetBaseType(Value::FromObject(so).type(), other);
    if (!otherset) return -1;
  }
  Snapshot snap(AsSet(otherset.get()));
  for (size_t i = 0; i < snap.keys.size(); ++i) {
    if (toggle(snap.keys[i].get(), snap.hashes[i]) < 0) return -1;
  }
  return 0;
}

Ref SymmetricDifference(Value so, Value other) {
  Ref result = MakeNewSetBaseType(so.type(), other);
  if (!result) return Ref();
  if (SymmetricDifferenceUpdate(AsSet(result.get()), so) < 0) return Ref();
  return result;
}

// 1 if every element of so is in other (a set), 0 if not, -1 on error.
int IsSubsetOf(Value so, Value other) {
  if (SetSize(so) > SetSize(other)) return 0;
  Snapshot snap(AsSet(so));
  for (size_t i = 0; i < snap.keys.size(); ++i) {
    int rv = ContainsEntry(AsSet(other), snap.keys[i].get(), snap.hashes[i]);
    if (rv <= 0) return rv;
  }
  return 1;
}

// issubset/issuperset's argument: any iterable, made a set when it is not one.
Ref AsAnySet(Value other) {
  if (IsAnySet(other)) return Ref::New(other);
  return MakeNewSet(&SetType, other);
}

// --- slots -----------------------------------------------------------------------

void SetDeallocBody(gc::Header* h) {
  auto* so = static_cast<SetObject*>(h);
  ClearWeakRefs(so);
  if (so->table != nullptr) {
    for (int64_t i = 0; i <= so->mask; ++i) {
      if (IsActive(so->table[i])) Decref(so->table[i].key);
    }
    gc::FreeRaw(so->table);
  }
  FreeObject(h);
}

void SetDealloc(gc::Header* h) { detail::DeallocWithoutRecursion(h, SetDeallocBody); }

void SetTraverse(gc::Header* h, gc::Visitor& v) {
  auto* so = static_cast<SetObject*>(h);
  for (int64_t i = 0; i <= so->mask; ++i) {
    if (IsActive(so->table[i])) detail::VisitValue(v, so->table[i].key);
  }
}

void SetClearHook(gc::Header* h) { ClearTable(static_cast<SetObject*>(h)); }

Ref SetRepr(Value self) {
  SetObject* so = AsSet(self);
  TypeObject* t = self.type();
  bool exact_set = t == &SetType;
  if (so->used == 0) return StrFromUtf8(std::string(t->name) + "()");
  detail::ReprGuard guard(so);
  if (guard.recursive()) return StrFromUtf8(std::string(t->name) + "(...)");
  if (!CheckCStack(" while getting the repr of an object")) return Ref();
  Snapshot snap(so);
  std::string out;
  if (!exact_set) out = std::string(t->name) + "(";
  out += '{';
  for (size_t i = 0; i < snap.keys.size(); ++i) {
    if (i > 0) out += ", ";
    if (!detail::AppendRepr(out, snap.keys[i].get())) return Ref();
  }
  out += '}';
  if (!exact_set) out += ')';
  return StrFromUtf8(out);
}

int64_t SetLen(Value self) { return AsSet(self)->used; }

int SetContainsSlot(Value self, Value key) { return SetContains(self, key); }

// frozenset's hash (CPython's frozenset_hash): xor of shuffled entry hashes,
// independent of order, then mixed with the size.
uint64_t ShuffleBits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

int64_t FrozenSetHash(Value self) {
  SetObject* so = AsSet(self);
  if (so->hash != -1) return so->hash;
  uint64_t hash = 0;
  for (int64_t i = 0; i <= so->mask; ++i) {
    if (IsActive(so->table[i])) hash ^= ShuffleBits(static_cast<uint64_t>(so->table[i].hash));
  }
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
  so->hash = static_cast<int64_t>(hash);
  return so->hash;
}

Ref SetRichCompare(Value a, Value b, CompareOp op) {
  if (!IsAnySet(b)) return NotImplemented();
  int r;
  switch (op) {
    case CompareOp::kEq:
    case CompareOp::kNe: {
      if (SetSize(a) != SetSize(b)) {
        r = 0;
      } else if (IsFrozenSet(a) && IsFrozenSet(b) && AsSet(a)->hash != -1 && AsSet(b)->hash != -1 &&
                 AsSet(a)->hash != AsSet(b)->hash) {
        r = 0;
      } else {
        r = IsSubsetOf(a, b);
      }
      if (r < 0) return Ref();
      return Ref::New(Bool((r == 1) == (op == CompareOp::kEq)));
    }
    case CompareOp::kLe: r = IsSubsetOf(a, b); break;
    case CompareOp::kGe: r = IsSubsetOf(b, a); break;
    case CompareOp::kLt: r = SetSize(a) < SetSize(b) ? IsSubsetOf(a, b) : 0; break;
    case CompareOp::kGt: r = SetSize(a) > SetSize(b) ? IsSubsetOf(b, a) : 0; break;
    default: return NotImplemented();
  }
  if (r < 0) return Ref();
  return Ref::New(Bool(r == 1));
}

// Binary operators: both operands must be sets (else NotImplemented).
Ref SetOr(Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return NotImplemented();
  Ref result = SetCopy(a);
  if (!result) return Ref();
  if (a == b) return result;
  if (UpdateInternal(AsSet(result.get()), b) < 0) return Ref();
  return result;
}

Ref SetAnd(Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return NotImplemented();
  return Intersection(a, b);
}

Ref SetSub(Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return NotImplemented();
  return Difference(a, b);
}

Ref SetXor(Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return NotImplemented();
  return SymmetricDifference(a, b);
}

// --- iterator --------------------------------------------------------------------

struct SetIterObject : Object {
  Object* set;   // owned; null once exhausted
  int64_t used;  // the set's size when the iterator was created
  int64_t pos;   // next slot to look at
  int64_t len;   // elements left (length hint)
};

Ref SetIter(Value self) {
  Object* o = AllocObject(&SetIterType, sizeof(SetIterObject));
  if (o == nullptr) return Ref();
  auto* it = static_cast<SetIterObject*>(o);
  Incref(self);
  it->set = self.obj();
  it->used = AsSet(self)->used;
  it->len = it->used;
  return Ref::Steal(o);
}

void SetIterDealloc(gc::Header* h) {
  auto* it = static_cast<SetIterObject*>(h);
  if (it->set != nullptr) gc::Decref(it->set);
  FreeObject(h);
}

void SetIterTraverse(gc::Header* h, gc::Visitor& v) {
  auto* it = static_cast<SetIterObject*>(h);
  if (it->set != nullptr) v.Visit(it->set);
}

// One step under the iterator's lock, then the set's: the key is copied
// out as a strong reference; the set is released after both unlocks.
Ref SetIterNext(Value self) {
  auto* it = static_cast<SetIterObject*>(self.obj());
  Object* drop = nullptr;
  {
    LockGuard g(it);
    if (it->set == nullptr) return Ref();
    auto* so = static_cast<SetObject*>(it->set);
    bool changed = false;
    {
      SetGuard gs(so);
      if (it->used != so->used) {
        it->used = -1;  // keep failing
        changed = true;
      } else {
        SetEntry* e;
        if (NextEntry(so, &it->pos, &e)) {
          it->len--;
          return Ref::New(e->key);
        }
      }
    }
    if (!changed) {
      drop = it->set;
      it->set = nullptr;
      it->len = 0;
    }
  }
  if (drop == nullptr) return SetError(RuntimeErrorType(), "Set changed size during iteration");
  gc::Decref(drop);
  return Ref();
}

Ref SetIterLengthHint(Value self, const Value*, size_t, Value) {
  auto* it = static_cast<SetIterObject*>(self.obj());
  int64_t len = 0;
  {
    LockGuard g(it);
    if (it->set != nullptr && it->used == AsSet(Value::FromObject(it->set))->used) len = it->len;
  }
  return IntFromInt64(len);
}

// --- methods ---------------------------------------------------------------------

// "set.add" / "frozenset.copy": the name CPython's messages use.
std::string MethodName(Value self, const char* name) {
  return std::string(IsSet(self) ? "set" : "frozenset") + "." + name;
}

bool NoArgs(Value self, const char* name, size_t nargs, Value kwnames) {
  std::string n = MethodName(self, name);
  return NoKeywords(n.c_str(), kwnames) && CheckArgCount(n.c_str(), nargs, 0, 0);
}

bool OneArg(Value self, const char* name, size_t nargs, Value kwnames) {
  std::string n = MethodName(self, name);
  return NoKeywords(n.c_str(), kwnames) && CheckArgCount(n.c_str(), nargs, 1, 1);
}

bool VarArgs(Value self, const char* name, Value kwnames) {
  std::string n = MethodName(self, name);
  return NoKeywords(n.c_str(), kwnames);
}

Ref NoneResult(int rc) {
  if (rc < 0) return Ref();
  return Ref::New(None());
}

Ref AddMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg(self, "add", nargs, kwnames)) return Ref();
  return NoneResult(SetAdd(self, args[0]));
}

Ref ClearMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs(self, "clear", nargs, kwnames)) return Ref();
  ClearTable(AsSet(self));
  return Ref::New(None());
}

Ref CopyMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs(self, "copy", nargs, kwnames)) return Ref();
  if (self.type() == &FrozenSetType) return Ref::New(self);
  if (IsFrozenSet(self)) return MakeNewSet(&FrozenSetType, self);
  return SetCopy(self);
}

Ref DiscardMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg(self, "discard", nargs, kwnames)) return Ref();
  return NoneResult(SetDiscard(self, args[0]));
}

Ref RemoveMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg(self, "remove", nargs, kwnames)) return Ref();
  int r = SetDiscard(self, args[0]);
  if (r < 0) return Ref();
  if (r == 0) return SetErrorWithArg(KeyErrorType(), args[0]);
  return Ref::New(None());
}

Ref PopMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs(self, "pop", nargs, kwnames)) return Ref();
  SetObject* so = AsSet(self);
  Ref key;
  {
    SetGuard guard(so);
    if (so->used != 0) {
      SetEntry* entry = so->table + (so->finger & so->mask);
      SetEntry* limit = so->table + so->mask;
      while (!IsActive(*entry)) {
        ++entry;
        if (entry > limit) entry = so->table;
      }
      key = Ref::Steal(entry->key);
      entry->key = Dummy();
      entry->hash = -1;
      so->used--;
      so->version++;
      so->finger = (entry - so->table) + 1;
    }
  }
  if (!key) return SetError(KeyErrorType(), "pop from an empty set");
  return key;
}

Ref UnionMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!VarArgs(self, "union", kwnames)) return Ref();
  Ref result = SetCopy(self);
  if (!result) return Ref();
  for (size_t i = 0; i < nargs; ++i) {
    if (args[i] == self) continue;
    if (UpdateInternal(AsSet(result.get()), args[i]) < 0) return Ref();
  }
  return result;
}

Ref UpdateMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!VarArgs(self, "update", kwnames)) return Ref();
  for (size_t i = 0; i < nargs; ++i) {
    if (UpdateInternal(AsSet(self), args[i]) < 0) return Ref();
  }
  return Ref::New(None());
}

Ref IntersectionMulti(Value self, const Value* args, size_t nargs) {
  if (nargs == 0) return SetCopy(self);
  Ref result = Ref::New(self);
  for (size_t i = 0; i < nargs; ++i) {
    Ref next = Intersection(result.get(), args[i]);
    if (!next) return Ref();
    result = std::move(next);
  }
  return result;
}

Ref IntersectionMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!VarArgs(self, "intersection", kwnames)) return Ref();
  return IntersectionMulti(self, args, nargs);
}

Ref IntersectionUpdateMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!VarArgs(self, "intersection_update", kwnames)) return Ref();
  Ref tmp = IntersectionMulti(self, args, nargs);
  if (!tmp) return Ref();
  SwapBodies(AsSet(self), AsSet(tmp.get()));
  return Ref::New(None());
}

Ref DifferenceMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!VarArgs(self, "difference", kwnames)) return Ref();
  if (nargs == 0) return SetCopy(self);
  Ref result = Difference(self, args[0]);
  if (!result) return Ref();
  for (size_t i = 1; i < nargs; ++i) {
    if (DifferenceUpdateInternal(AsSet(result.get()), args[i]) < 0) return Ref();
  }
  return result;
}

Ref DifferenceUpdateMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!VarArgs(self, "difference_update", kwnames)) return Ref();
  for (size_t i = 0; i < nargs; ++i) {
    if (DifferenceUpdateInternal(AsSet(self), args[i]) < 0) return Ref();
  }
  return Ref::New(None());
}

Ref SymmetricDifferenceMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg(self, "symmetric_difference", nargs, kwnames)) return Ref();
  return SymmetricDifference(self, args[0]);
}

Ref SymmetricDifferenceUpdateMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg(self, "symmetric_difference_update", nargs, kwnames)) return Ref();
  return NoneResult(SymmetricDifferenceUpdate(AsSet(self), args[0]));
}

Ref IsSubsetMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg(self, "issubset", nargs, kwnames)) return Ref();
  Ref other = AsAnySet(args[0]);
  if (!other) return Ref();
  int r = IsSubsetOf(self, other.get());
  if (r < 0) return Ref();
  return Ref::New(Bool(r == 1));
}

Ref IsSupersetMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg(self, "issuperset", nargs, kwnames)) return Ref();
  Ref other = AsAnySet(args[0]);
  if (!other) return Ref();
  int r = IsSubsetOf(other.get(), self);
  if (r < 0) return Ref();
  return Ref::New(Bool(r == 1));
}

Ref IsDisjointMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg(self, "isdisjoint", nargs, kwnames)) return Ref();
  Value other = args[0];
  if (other == self) return Ref::New(Bool(SetSize(self) == 0));
  if (other.is_object() && (other.type() == &SetType || other.type() == &FrozenSetType)) {
    Value big = self, small = other;
    if (SetSize(small) > SetSize(big)) std::swap(big, small);
    Snapshot snap(AsSet(small));
    for (size_t i = 0; i < snap.keys.size(); ++i) {
      int rv = ContainsEntry(AsSet(big), snap.keys[i].get(), snap.hashes[i]);
      if (rv < 0) return Ref();
      if (rv > 0) return Ref::New(False());
    }
    return Ref::New(True());
  }
  Ref it = GetIter(other);
  if (!it) return Ref();
  for (;;) {
    Ref key = IterNext(it.get());
    if (!key) return ErrorOccurred() ? Ref() : Ref::New(True());
    int rv = SetContains(self, key.get());
    if (rv < 0) return Ref();
    if (rv > 0) return Ref::New(False());
  }
}

Ref ContainsMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg(self, "__contains__", nargs, kwnames)) return Ref();
  int r = SetContains(self, args[0]);
  if (r < 0) return Ref();
  return Ref::New(Bool(r == 1));
}

Ref LenMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs(self, "__len__", nargs, kwnames)) return Ref();
  return IntFromInt64(SetSize(self));
}

Ref IterMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs(self, "__iter__", nargs, kwnames)) return Ref();
  return SetIter(self);
}

Ref SetInitMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("set", kwnames) || !CheckArgCount("set", nargs, 0, 1)) return Ref();
  ClearTable(AsSet(self));
  if (nargs == 1 && UpdateInternal(AsSet(self), args[0]) < 0) return Ref();
  return Ref::New(None());
}

Ref SetNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  // A subclass gets an empty set here; set.__init__ fills it (CPython's split).
  bool exact = type == &SetType;
  if (exact && (!NoKeywords("set", kwnames) || !CheckArgCount("set", nargs, 0, 1))) return Ref();
  return MakeNewSet(type, exact && nargs == 1 ? args[0] : Value());
}

Ref FrozenSetNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (type == &FrozenSetType &&
      (!NoKeywords("frozenset", kwnames) || !CheckArgCount("frozenset", nargs, 0, 1))) {
    return Ref();
  }
  Value iterable = nargs >= 1 ? args[0] : Value();
  if (type == &FrozenSetType && iterable && iterable.type() == &FrozenSetType) {
    return Ref::New(iterable);
  }
  return MakeNewSet(type, iterable);
}

const MethodDef kSetMethods[] = {
    {"add", AddMethod},
    {"clear", ClearMethod},
    {"copy", CopyMethod},
    {"discard", DiscardMethod},
    {"difference", DifferenceMethod},
    {"difference_update", DifferenceUpdateMethod},
    {"intersection", IntersectionMethod},
    {"intersection_update", IntersectionUpdateMethod},
    {"isdisjoint", IsDisjointMethod},
    {"issubset", IsSubsetMethod},
    {"issuperset", IsSupersetMethod},
    {"pop", PopMethod},
    {"remove", RemoveMethod},
    {"symmetric_difference", SymmetricDifferenceMethod},
    {"symmetric_difference_update", SymmetricDifferenceUpdateMethod},
    {"union", UnionMethod},
    {"update", UpdateMethod},
    {"__contains__", ContainsMethod},
    {"__len__", LenMethod},
    {"__iter__", IterMethod},
    {"__init__", SetInitMethod},
    {nullptr, nullptr},
};

const MethodDef kFrozenSetMethods[] = {
    {"copy", CopyMethod},
    {"difference", DifferenceMethod},
    {"intersection", IntersectionMethod},
    {"isdisjoint", IsDisjointMethod},
    {"issubset", IsSubsetMethod},
    {"issuperset", IsSupersetMethod},
    {"symmetric_difference", SymmetricDifferenceMethod},
    {"union", UnionMethod},
    {"__contains__", ContainsMethod},
    {"__len__", LenMethod},
    {"__iter__", IterMethod},
    {nullptr, nullptr},
};

const MethodDef kSetIterMethods[] = {
    {"__length_hint__", SetIterLengthHint},
    {nullptr, nullptr},
};

void InitCommon(TypeObject* t, const char* name, uint32_t flag) {
  t->name = name;
  t->type_flags = kTypeBaseType | flag;
  t->basic_size = sizeof(SetObject);
  t->hooks.dealloc = SetDealloc;
  t->hooks.traverse = SetTraverse;
  t->hooks.clear = SetClearHook;
  t->repr = SetRepr;
  t->richcompare = SetRichCompare;
  t->len = SetLen;
  t->contains = SetContainsSlot;
  t->iter = SetIter;
  t->number.or_ = SetOr;
  t->number.and_ = SetAnd;
  t->number.subtract = SetSub;
  t->number.xor_ = SetXor;
}

}  // namespace

// --- public API ----------------------------------------------------------------------

Ref NewSet(Value iterable) { return MakeNewSet(&SetType, iterable); }
Ref NewFrozenSet(Value iterable) { return MakeNewSet(&FrozenSetType, iterable); }

int SetAdd(Value set, Value key) { return AddKey(AsSet(set), key); }

int SetContains(Value set, Value key) {
  SetObject* so = AsSet(set);
  return WithFrozenFallback(key, [so](Value k) {
    int64_t hash = KeyHash(k);
    if (hash == -1 && ErrorOccurred()) return -1;
    return ContainsEntry(so, k, hash);
  });
}

int SetDiscard(Value set, Value key) {
  SetObject* so = AsSet(set);
  return WithFrozenFallback(key, [so](Value k) {
    int64_t hash = KeyHash(k);
    if (hash == -1 && ErrorOccurred()) return -1;
    return DiscardEntry(so, k, hash);
  });
}

int SetUpdate(Value set, Value iterable) { return UpdateInternal(AsSet(set), iterable); }

bool SetNext(Value set, int64_t* pos, Value* key) {
  SetGuard guard(AsSet(set));
  SetEntry* e;
  if (!NextEntry(AsSet(set), pos, &e)) return false;
  *key = e->key;
  return true;
}

Ref SetInplaceOp(Value a, Value b, BinOp op) {
  if (!IsSet(a) || !IsAnySet(b)) return NotImplemented();
  SetObject* so = AsSet(a);
  int rc;
  switch (op) {
    case BinOp::kOr: rc = UpdateInternal(so, b); break;
    case BinOp::kSub: rc = DifferenceUpdateInternal(so, b); break;
    case BinOp::kXor: rc = SymmetricDifferenceUpdate(so, b); break;
    case BinOp::kAnd: {
      Ref tmp = Intersection(a, b);
      if (!tmp) return Ref();
      SwapBodies(so, AsSet(tmp.get()));
      rc = 0;
      break;
    }
    default: return NotImplemented();
  }
  if (rc < 0) return Ref();
  return Ref::New(a);
}

void InitSetTypes() {
  InitCommon(&SetType, "set", kTypeSetSubclass);
  SetType.new_ = SetNew;
  SetType.methods = kSetMethods;
  InitStaticType(&SetType);
  SetType.hash = nullptr;  // unhashable

  InitCommon(&FrozenSetType, "frozenset", kTypeFrozenSetSubclass);
  FrozenSetType.hash = FrozenSetHash;
  FrozenSetType.new_ = FrozenSetNew;
  FrozenSetType.methods = kFrozenSetMethods;
  InitStaticType(&FrozenSetType);

  SetIterType.name = "set_iterator";
  SetIterType.basic_size = sizeof(SetIterObject);
  SetIterType.hooks.dealloc = SetIterDealloc;
  SetIterType.hooks.traverse = SetIterTraverse;
  SetIterType.iter = detail::SelfIter;
  SetIterType.next = SetIterNext;
  SetIterType.methods = kSetIterMethods;
  InitStaticType(&SetIterType);
}

}  // namespace gilectomy::rt
