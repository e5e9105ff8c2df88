// list: a growable array of values. (Per-object locking comes with threads.)
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

struct ListObject : Object {
  Value* items;      // owned references; allocated with gc::AllocateRaw
  int64_t size;
  int64_t capacity;
  static bool IsType(TypeObject* t) { return (t->type_flags & kTypeListSubclass) != 0; }
};

inline bool IsList(Value v) { return Is<ListObject>(v); }
inline int64_t ListSize(Value l) { return As<ListObject>(l)->size; }
inline Value ListItem(Value l, int64_t i) { return As<ListObject>(l)->items[i]; }

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
