// The object header every collectable (and every immortal) object starts with.
//
// The collector (gc/) sees objects only through this header and the type
// hooks; it never includes a runtime/ header. A type is itself an object, and
// its TypeHooks sit immediately after its own header (see TypeHooksOf), so the
// collector can find traverse/clear/dealloc from any object.
//
//   offset  size  field       who writes it
//   ------  ----  ----------  -------------------------------------------------
//        0     8  rc_         the refcount strategy (gc/refcount.h); never
//                             written for immortal objects
//        8     8  type_       set at allocation, never changed
//       16     1  mutex_      the per-object lock (runtime ObjectLock)
//       17     1  gc_bits_    the collector, with the world stopped
//       18     2  flags_      set before the object is published, then read-only
//       20     4  aux_        type-specific, immutable after publication
//                             (str: is-ASCII; tuple: nothing yet)
//   total 24 bytes (DESIGN.md: at most 32).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace gilectomy::gc {

struct Header;
class Visitor;

#if defined(GILECTOMY_RC_GIL)
// GIL build: every refcount change happens under the global lock.
using RefCountField = int64_t;
#else
// Atomic build: lock-prefixed add/sub; whoever reaches zero deallocates.
// Buffered build: written only by the commit thread (plain relaxed load and
// store), read by anyone (sys.getrefcount, the collector with the world
// stopped).
using RefCountField = std::atomic<int64_t>;
#endif

enum HeaderFlags : uint16_t {
  kImmortal = 1u << 0,   // refcount never touched; never freed
  kIsType = 1u << 1,     // the object is a type (its hooks follow the header)
  kHeapType = 1u << 2,   // a type created at run time (class statement)
  kGcTracked = 1u << 3,  // allocated with a track word in front of the header
                         // (gc/tracked_set.h); the collector may know it
};

// gc_bits_ values. After publication every write is an atomic fetch_or /
// fetch_and through SetGcBits/ClearGcBits (any thread may create the first
// weak reference to an object while its owner reads the bits).
enum GcBits : uint8_t {
  kGcFinalized = 1u << 0,   // __del__ has run (PEP 442: at most once)
  kGcHasWeakRefs = 1u << 1, // a weak reference to the object may exist
  kGcDying = 1u << 2,       // its count reached zero and its dealloc is running:
                            // the collector must neither free nor traverse it
  kGcNeedsFinalize = 1u << 3,  // buffered build: its death would run Python code
                               // (__del__ not yet run, a suspended generator);
                               // set and cleared by the runtime
};
// Buffered build: an object whose death runs Python code (a finalizer, weakref
// callbacks) is handed to a mutator instead of being freed by the commit thread.
inline constexpr uint8_t kGcDeathRunsCode = kGcHasWeakRefs | kGcNeedsFinalize;

// Per-type hooks the collector and the refcount strategies call.
struct TypeHooks {
  void (*dealloc)(Header*) = nullptr;                 // free the object (refcount reached zero)
  void (*traverse)(Header*, Visitor&) = nullptr;      // visit every strong reference it holds
  void (*clear)(Header*) = nullptr;                   // drop references to break cycles
  // Runs the object's finalizer (__del__) on a live object the collector
  // found unreachable; null when the type has none. The collector sets
  // kGcFinalized first, so it runs at most once.
  void (*finalize)(Header*) = nullptr;
};

struct Header {
  mutable RefCountField rc_;
  Header* type_;
  std::atomic<uint8_t> mutex_;
  uint8_t gc_bits_;
  uint16_t flags_;
  uint32_t aux_;

  bool immortal() const { return (flags_ & kImmortal) != 0; }
};

inline uint8_t GcBitsOf(const Header* o) {
  return std::atomic_ref<uint8_t>(const_cast<uint8_t&>(o->gc_bits_)).load(std::memory_order_acquire);
}
inline uint8_t GcBitsRelaxed(const Header* o) {
  return std::atomic_ref<uint8_t>(const_cast<uint8_t&>(o->gc_bits_)).load(std::memory_order_relaxed);
}
inline void SetGcBits(Header* o, uint8_t bits) {
  std::atomic_ref<uint8_t>(o->gc_bits_).fetch_or(bits, std::memory_order_acq_rel);
}
inline void ClearGcBits(Header* o, uint8_t bits) {
  std::atomic_ref<uint8_t>(o->gc_bits_).fetch_and(static_cast<uint8_t>(~bits), std::memory_order_acq_rel);
}

static_assert(sizeof(Header) == 24, "object header must stay small (DESIGN.md: <= 32 bytes)");
static_assert(offsetof(Header, type_) == 8);
static_assert(offsetof(Header, mutex_) == 16);

// The hooks of an object's type: they follow the type object's header.
inline const TypeHooks& TypeHooksOf(const Header* obj) {
  return *reinterpret_cast<const TypeHooks*>(reinterpret_cast<const char*>(obj->type_) + sizeof(Header));
}

class Visitor {
 public:
  virtual void Visit(Header* referent) = 0;
  virtual ~Visitor() = default;
};

}  // namespace gilectomy::gc
