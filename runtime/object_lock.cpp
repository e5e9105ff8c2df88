// The slow paths of the per-object lock (see runtime/object_lock.h).
#include "runtime/object_lock.h"

#include <thread>

#include "safepoints/safepoints.h"

namespace gilectomy::rt {

#if !defined(GILECTOMY_RC_GIL)

// Spin briefly (the holder keeps the lock for a few instructions), then mark
// the lock contended (2) and sleep on the byte until the holder's unlock
// wakes us. A woken waiter takes the lock as contended, since others may
// still be asleep (the classic three-state futex mutex).
void ObjectLockSlow(Object* o) {
  sp::SchedulePoint(sp::PointKind::kLock);
  for (int spin = 0; spin < 100; ++spin) {
    uint8_t expected = 0;
    if (o->mutex_.load(std::memory_order_relaxed) == 0 &&
        o->mutex_.compare_exchange_weak(expected, 1, std::memory_order_acquire, std::memory_order_relaxed)) {
      return;
    }
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
  }
  while (o->mutex_.exchange(2, std::memory_order_acquire) != 0) {
    o->mutex_.wait(2, std::memory_order_relaxed);
  }
}

void ObjectUnlockWake(Object* o) { o->mutex_.notify_all(); }

#endif

}  // namespace gilectomy::rt
