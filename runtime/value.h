// Value and Ref: how the runtime holds Python values.
//
// A Value is one tagged machine word:
//
//   bit 0 = 1   small integer: bits 63..1 hold a signed integer in
//               [kSmallIntMin, kSmallIntMax] (62 bits of magnitude range,
//               so the sum of two small ints never overflows int64_t)
//   bit 0 = 0   pointer to an Object (gc::Header), or 0 = "no value":
//               a failed operation returns an empty Value / Ref with the
//               thread's current exception set (runtime/errors.h)
//
// A Value is a *borrowed* word: copying it does nothing to refcounts.
// A Ref owns one reference: copies incref, destruction decrefs. Functions
// that create or return a new reference return Ref; parameters are Value.
#pragma once

#include <cstdint>
#include <utility>

#include "gc/header.h"
#include "gc/refcount.h"

namespace gilectomy::rt {

using Object = gc::Header;
struct TypeObject;

inline constexpr int64_t kSmallIntMax = (int64_t{1} << 61) - 1;
inline constexpr int64_t kSmallIntMin = -(int64_t{1} << 61);

class Value {
 public:
  constexpr Value() = default;
  static constexpr Value FromRaw(uintptr_t bits) { return Value(bits); }
  static Value FromObject(const Object* o) { return Value(reinterpret_cast<uintptr_t>(o)); }
  static constexpr bool FitsSmallInt(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
  // Precondition: FitsSmallInt(v).
  static constexpr Value SmallInt(int64_t v) {
    return Value((static_cast<uintptr_t>(v) << 1) | 1u);
  }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_small_int() const { return (bits_ & 1u) != 0; }
  constexpr bool is_object() const { return bits_ != 0 && (bits_ & 1u) == 0; }
  constexpr int64_t small_int() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* obj() const { return reinterpret_cast<Object*>(bits_); }
  constexpr uintptr_t raw() const { return bits_; }
  explicit constexpr operator bool() const { return bits_ != 0; }

  // Identity (the `is` operator).
  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

  // The type of the value (the int type for small ints). Defined in object.h.
  inline TypeObject* type() const;

 private:
  constexpr explicit Value(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_ = 0;
};

inline void Incref(Value v) {
  if (v.is_object()) gc::Incref(v.obj());
}
inline void Decref(Value v) {
  if (v.is_object()) gc::Decref(v.obj());
}
inline void XDecref(Value v) { Decref(v); }  // null-safe (is_object() is false for null)

class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  // Takes ownership of a reference the caller already holds.
  static Ref Steal(Value v) { return Ref(v); }
  static Ref Steal(Object* o) { return Ref(Value::FromObject(o)); }
  // Takes a new reference.
  static Ref New(Value v) {
    Incref(v);
    return Ref(v);
  }
  static Ref New(Object* o) { return New(Value::FromObject(o)); }
  // Small ints carry no reference.
  static Ref SmallInt(int64_t v) { return Ref(Value::SmallInt(v)); }

  Ref(const Ref& o) : v_(o.v_) { Incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  Ref& operator=(const Ref& o) {
    Incref(o.v_);
    Value old = v_;
    v_ = o.v_;
    Decref(old);
    return *this;
  }
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) {
      Value old = v_;
      v_ = o.v_;
      o.v_ = Value();
      Decref(old);
    }
    return *this;
  }
  ~Ref() { Decref(v_); }

  Value get() const { return v_; }
  Object* obj() const { return v_.obj(); }
  // Gives up ownership: the caller now owns the reference.
  [[nodiscard]] Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }
  void reset() {
    Value old = v_;
    v_ = Value();
    Decref(old);
  }
  explicit operator bool() const { return !v_.is_null(); }
  bool is_null() const { return v_.is_null(); }
  inline TypeObject* type() const;  // defined in object.h

 private:
  explicit Ref(Value v) : v_(v) {}
  Value v_;
};

}  // namespace gilectomy::rt
