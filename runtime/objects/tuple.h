// tuple: an immutable array of values.
#pragma once

#include <initializer_list>

#include "runtime/object.h"

namespace gilectomy::rt {

struct TupleObject : Object {
  int64_t size;
  Value items[1];  // `size` owned values (allocated to fit)
  static bool IsType(TypeObject* t) { return (t->type_flags & kTypeTupleSubclass) != 0; }
};

inline bool IsTuple(Value v) { return Is<TupleObject>(v); }
inline int64_t TupleSize(Value t) { return As<TupleObject>(t)->size; }
inline Value TupleItem(Value t, int64_t i) { return As<TupleObject>(t)->items[i]; }

// A tuple of n null items; the caller stores owned references with TupleInit.
Ref NewTuple(int64_t n);
// The same for a tuple subclass (struct sequences, namedtuple-like types).
Ref NewTupleOfType(TypeObject* type, int64_t n);
inline void TupleInit(Value t, int64_t i, Ref v) { As<TupleObject>(t)->items[i] = v.release(); }
// A tuple of the given values (increfs them).
Ref MakeTuple(std::initializer_list<Value> items);
Ref TupleFromArray(const Value* items, int64_t n);
Value EmptyTuple();  // immortal ()

}  // namespace gilectomy::rt
