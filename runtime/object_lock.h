// Per-object locks (DESIGN.md "Concurrency model"): the 1-byte mutex in every
// object header guards a mutable container's state (list, dict, set, instance
// dicts).
//
// Rules:
//  - Hold an object lock for a few instructions: never run Python code
//    (__eq__, __hash__, __repr__, key functions), never block, never poll a
//    safepoint and never take a lock of another kind while holding one.
//    Copy what you need out (with a strong reference), unlock, call, then
//    re-validate (size, version) after re-locking.
//  - Two containers at once: LockGuard2, which locks in address order.
//  - Decref of a value that was removed from a container happens after
//    unlocking where practical (a dealloc can free a whole graph).
//  - A thread that waits for an object lock stays ATTACHED: the holder is
//    attached too and releases it before its next safepoint, so waiting can
//    never deadlock with a stop-the-world.
//
// The mutex byte: 0 unlocked, 1 locked, 2 locked with waiters (waiters park
// with C++20 atomic wait after a short spin). The GIL build compiles all of
// this away: the GIL already serialises every container operation.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/object.h"

namespace gilectomy::rt {

#if defined(GILECTOMY_RC_GIL)

inline void ObjectLock(Object*) {}
inline void ObjectUnlock(Object*) {}
inline bool ObjectLockHeld(const Object*) { return true; }

#else

[[gnu::noinline]] void ObjectLockSlow(Object* o);
[[gnu::noinline]] void ObjectUnlockWake(Object* o);

inline void ObjectLock(Object* o) {
  uint8_t expected = 0;
  if (!o->mutex_.compare_exchange_strong(expected, 1, std::memory_order_acquire, std::memory_order_relaxed)) {
    ObjectLockSlow(o);
  }
}

inline void ObjectUnlock(Object* o) {
  if (o->mutex_.exchange(0, std::memory_order_release) == 2) ObjectUnlockWake(o);
}

// For assertions: someone holds the lock (not necessarily the caller).
inline bool ObjectLockHeld(const Object* o) { return o->mutex_.load(std::memory_order_relaxed) != 0; }

#endif

// Scoped lock of one object.
class LockGuard {
 public:
  explicit LockGuard(Object* o) : o_(o) { ObjectLock(o_); }
  explicit LockGuard(Value v) : LockGuard(v.obj()) {}
  ~LockGuard() { ObjectUnlock(o_); }
  LockGuard(const LockGuard&) = delete;
  LockGuard& operator=(const LockGuard&) = delete;

 private:
  Object* o_;
};

// Scoped lock of two objects in address order (one lock when they are the
// same object), so two threads locking the same pair never deadlock.
class LockGuard2 {
 public:
  LockGuard2(Object* a, Object* b) : a_(a < b ? a : b), b_(a < b ? b : a) {
    ObjectLock(a_);
    if (b_ != a_) ObjectLock(b_);
  }
  LockGuard2(Value a, Value b) : LockGuard2(a.obj(), b.obj()) {}
  ~LockGuard2() {
    if (b_ != a_) ObjectUnlock(b_);
    ObjectUnlock(a_);
  }
  LockGuard2(const LockGuard2&) = delete;
  LockGuard2& operator=(const LockGuard2&) = delete;

 private:
  Object* a_;
  Object* b_;
};

// The opposite of LockGuard inside a locked region: unlocks for a call that
// may run Python code, re-locks on scope exit. The caller re-validates.
class UnlockGuard {
 public:
  explicit UnlockGuard(Object* o) : o_(o) { ObjectUnlock(o_); }
  ~UnlockGuard() { ObjectLock(o_); }
  UnlockGuard(const UnlockGuard&) = delete;
  UnlockGuard& operator=(const UnlockGuard&) = delete;

 private:
  Object* o_;
};

// A field written under an object lock and read without it (a container's
// length): relaxed atomic accesses, which cost nothing more than plain ones
// on the machines we target but keep the race defined (and ThreadSanitizer
// quiet). Readers without the lock see some recent value.
template <typename T>
class RelaxedField {
 public:
  RelaxedField() = default;
  RelaxedField(T v) : v_(v) {}  // NOLINT: implicit, like the plain field it replaces
  operator T() const { return v_.load(std::memory_order_relaxed); }
  RelaxedField& operator=(T v) {
    v_.store(v, std::memory_order_relaxed);
    return *this;
  }
  RelaxedField& operator=(const RelaxedField& o) { return *this = static_cast<T>(o); }
  T operator++(int) {
    T old = *this;
    *this = old + 1;
    return old;
  }
  T operator--(int) {
    T old = *this;
    *this = old - 1;
    return old;
  }
  RelaxedField& operator++() { return *this = static_cast<T>(*this) + 1; }
  RelaxedField& operator--() { return *this = static_cast<T>(*this) - 1; }
  RelaxedField& operator+=(T d) { return *this = static_cast<T>(*this) + d; }
  RelaxedField& operator-=(T d) { return *this = static_cast<T>(*this) - d; }

 private:
  std::atomic<T> v_{};
};

}  // namespace gilectomy::rt
