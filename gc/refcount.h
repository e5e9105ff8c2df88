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
inline constexpr bool kBufferedRefCounts = false;

inline void Incref(Header* o) {
  if (!o->immortal()) ++o->rc_;
}
inline void Decref(Header* o) {
  if (!o->immortal() && --o->rc_ == 0) DeallocSlow(o);
}
inline int64_t RefCount(const Header* o) { return o->rc_; }
inline void InitRefCount(Header* o, int64_t n) { o->rc_ = n; }
#elif defined(GILECTOMY_RC_BUFFERED)
inline constexpr const char* kRefCountStrategy = "buffered";
inline constexpr bool kBufferedRefCounts = true;
}  // namespace gilectomy::gc
#include "gc/buffered_rc.h"
namespace gilectomy::gc {

// A store of the pointer in the thread's log; the commit thread applies it
// (gc/buffered_rc.h).
inline void Incref(Header* o) {
  if (o->immortal()) return;
  if (RcSoloHere()) {
    o->rc_.store(o->rc_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    return;
  }
  RcCursor& c = tl_rc_inc;
  if (c.pos != c.end) [[likely]] {
    *c.pos++ = o;
    return;
  }
  BufferedIncrefSlow(o);
}
inline void Decref(Header* o) {
  if (o->immortal()) return;
  if (RcSoloHere()) {
    int64_t n = o->rc_.load(std::memory_order_relaxed) - 1;
    o->rc_.store(n, std::memory_order_relaxed);
    if (n == 0) SoloDeath(o);
    return;
  }
  if (GcBitsRelaxed(o) & kGcDeathRunsCode) [[unlikely]] return BufferedDecrefFinalizable(o);
  RcCursor& c = tl_rc_dec;
  if (c.pos != c.end) [[likely]] {
    *c.pos++ = o;
    return;
  }
  BufferedDecrefSlow(o);
}
// The committed count: exact only with the world stopped after the
// collector's drain, or for an object no other thread has touched.
inline int64_t RefCount(const Header* o) { return o->rc_.load(std::memory_order_relaxed); }
// Before the object is published (allocation), or by the commit thread.
inline void InitRefCount(Header* o, int64_t n) { o->rc_.store(n, std::memory_order_relaxed); }
#else
inline constexpr const char* kRefCountStrategy = "atomic";
inline constexpr bool kBufferedRefCounts = false;

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
