// Native modules for threads and time: _thread (runtime/modules/thread.cpp)
// and time (runtime/modules/time.cpp).
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

extern TypeObject LockType, RLockType;  // _thread.lock, _thread.RLock

// A duration in seconds (float, or int via __index__) as nanoseconds, with
// CPython's errors (OverflowError "timestamp out of range for platform
// time_t", ValueError for NaN). Negative values are returned as they are.
bool SecondsToNs(Value v, int64_t* out);

Ref CreateThreadModule();
Ref CreateTimeModule();

}  // namespace gilectomy::rt
