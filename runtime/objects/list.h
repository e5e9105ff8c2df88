// list: a growable array of values. (Per-object locking comes with threads.)
#pragma once

#include "runtime/object.h"
#include "runtime/object_lock.h"

namespace gilectomy::rt {

struct ListObject : Object {
  // Guarded by the object lock (runtime/object_lock.h); `size` may also be
  // read without it (a relaxed atomic: some recent length).
  Value* items;      // owned references; allocated with gc::AllocateRaw
  RelaxedField<int64_t> size;
  int64_t capacity;
  static bool IsType(TypeObject* t) { return (t->type_flags & kTypeListSubclass) != 0; }
};

inline bool IsList(Value v) { return Is<ListObject>(v); }
inline int64_t ListSize(Value l) { return As<ListObject>(l)->size; }
// Borrowed, unchecked: only for a list the caller holds the lock of, or one
// no other thread can see yet (being built). Shared lists: ListGetItemRef.
inline Value ListItem(Value l, int64_t i) { return As<ListObject>(l)->items[i]; }
// The item at i (a strong reference taken under the lock), or empty with no
// exception when i is out of range.
Ref ListGetItemRef(Value list, int64_t i);
// tuple(list), copied under the lock.
Ref ListToTuple(Value list);

Ref NewList(int64_t capacity = 0);
Ref ListFromArray(const Value* items, int64_t n);  // increfs
int ListAppend(Value list, Value item);             // increfs; -1 on MemoryError
int ListExtend(Value list, Value iterable);
Ref ListFromIterable(Value iterable);
// Sorts in place (stable); key may be null. ValueError if mutated during the sort.
int ListSort(Value list, Value key, bool reverse);
// `list += iterable` (extends in place; returns the list) and `list *= n`.
Ref ListInplaceConcat(Value list, Value other);
Ref ListInplaceRepeat(Value list, Value n);
// The iterator reversed(list) returns (list_reverseiterator).
Ref NewReversedListIter(Value list);
// `list += other` (any iterable) and `list *= n`: return the list itself.
Ref ListInplaceConcat(Value list, Value other);
Ref ListInplaceRepeat(Value list, Value n);

}  // namespace gilectomy::rt
