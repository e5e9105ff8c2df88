// Iterator objects shared by many types.
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

// Iterates a sequence through its getitem slot with indexes 0, 1, ... until
// IndexError (the old sequence protocol; also list/tuple/str iterators may
// use their own types).
Ref NewSeqIter(Value seq);
// iter(callable, sentinel).
Ref NewCallableIter(Value callable, Value sentinel);
extern TypeObject SeqIterType, EnumerateType, ZipType, MapType, FilterType, ReversedType,
    CallableIterType;

}  // namespace gilectomy::rt
