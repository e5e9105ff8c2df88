// Reference counting: the strategy is chosen at build time (GILECTOMY_RC) and
// compiled in. Increment and decrement are inline; the zero path is out of line.
//
// Immortal objects (None, True, False, builtin types, interned strings) are
// never written: every thread may use them without sharing a dirty cache line.
#pragma once

#include "gc/header.h"

namespace gilectomy::gc {

// Called when the count reaches zero: runs the type's dealloc hook.
[[gnu::noinline]] void DeallocSlow(Header* obj);

#if defined(GILECTOMY_RC_GIL)
inline constexpr const char* kRefCountStrategy = "gil";

inline void Incref(Header* o) {
  if (!o->immortal()) ++o->rc_;
}
inline void Decref(Header* o) {
  if (!o->immortal() && --o->rc_ == 0) DeallocSlow(o);
}
inline int64_t RefCount(const Header* o) { return o->rc_; }
inline void InitRefCount(Header* o, int64_t n) { o->rc_ = n; }
#else
inline constexpr const char* kRefCountStrategy = "atomic";

inline void Incref(Header* o) {
  if (!o->immortal()) o->rc_.fetch_add(1, std::memory_order_relaxed);
}
// acq_rel: the thread that frees must see every other thread's writes to the
// object made before their decrements.
inline void Decref(Header* o) {
  if (!o->immortal() && o->rc_.fetch_sub(1, std::memory_order_acq_rel) == 1) DeallocSlow(o);
}
inline int64_t RefCount(const Header* o) { return o->rc_.load(std::memory_order_relaxed); }
inline void InitRefCount(Header* o, int64_t n) { o->rc_.store(n, std::memory_order_relaxed); }
#endif

}  // namespace gilectomy::gc
