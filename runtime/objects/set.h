// set and frozenset: CPython's open-addressing hash table (Objects/setobject.c
// layout and probe sequence), so iteration order equals CPython's.
#pragma once

#include "runtime/abstract.h"
#include "runtime/object.h"
#include "runtime/object_lock.h"

namespace gilectomy::rt {

// One slot. Unused: key null, hash 0. Deleted: key == the dummy sentinel,
// hash -1. Active: any other key with its hash.
struct SetEntry {
  Value key;
  int64_t hash;
};

// A mutable set's fields are guarded by its object lock (set.cpp's header
// comment); `used` and `hash` are relaxed atomics so len() and frozenset
// hash caching may read and write them without it. A frozenset is
// immutable once built and is never locked.
struct SetObject : Object {
  int64_t fill;                // active + dummy slots
  RelaxedField<int64_t> used;  // active slots (len)
  int64_t mask;                // slots - 1; slots is a power of two >= 8
  SetEntry* table;             // owned (gc::AllocateRaw), mask + 1 slots
  RelaxedField<int64_t> hash;  // frozenset: cached hash, -1 until computed
  int64_t finger;              // where pop() starts its search
  uint64_t version;            // bumped by every change of the table (probe restarts)
  static bool IsType(TypeObject* t) {
    return (t->type_flags & (kTypeSetSubclass | kTypeFrozenSetSubclass)) != 0;
  }
};

extern TypeObject SetType, FrozenSetType;

inline bool IsAnySet(Value v) { return Is<SetObject>(v); }
// A mutable set (set or a subclass).
inline bool IsSet(Value v) { return v.is_object() && (v.type()->type_flags & kTypeSetSubclass) != 0; }
inline bool IsFrozenSet(Value v) {
  return v.is_object() && (v.type()->type_flags & kTypeFrozenSetSubclass) != 0;
}
inline int64_t SetSize(Value s) { return As<SetObject>(s)->used; }

// set(iterable) / frozenset(iterable); iterable may be null (empty).
Ref NewSet(Value iterable = Value());
Ref NewFrozenSet(Value iterable = Value());
int SetAdd(Value set, Value key);           // 0, -1 (unhashable, __eq__ raised)
int SetContains(Value set, Value key);      // 1/0/-1; a set key is looked up as a frozenset
int SetDiscard(Value set, Value key);       // 1 removed, 0 absent, -1 error
int SetUpdate(Value set, Value iterable);   // set |= iterable (any iterable)
// Iteration in table order: pos starts at 0; borrowed key. false at the end.
bool SetNext(Value set, int64_t* pos, Value* key);
// `a op= b` for a mutable set a (|, &, -, ^); NotImplemented otherwise.
Ref SetInplaceOp(Value a, Value b, BinOp op);

}  // namespace gilectomy::rt
