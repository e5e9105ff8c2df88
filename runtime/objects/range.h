// range and slice objects.
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

// Fields are ints held as Values (small ints are not objects), all owned.
struct RangeObject : Object {
  Value start;
  Value stop;
  Value step;
  Value length;
  static bool IsType(TypeObject* t) { return t == &RangeType; }
};

struct SliceObject : Object {
  Value start, stop, step;  // owned; None() when omitted
  static bool IsType(TypeObject* t) { return t == &SliceType; }
};

Ref NewSlice(Value start, Value stop, Value step);
// Resolves a slice against a sequence length (CPython's PySlice_GetIndicesEx).
// Returns false with an exception (TypeError/ValueError "slice step cannot be zero").
bool SliceIndices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                  int64_t* slicelength);
// The iterator reversed(range) returns.
Ref NewReversedRangeIter(Value range);
// range(start, stop, step) from ints; ValueError when step is zero.
Ref NewRange(Value start, Value stop, Value step);

}  // namespace gilectomy::rt
