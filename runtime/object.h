// Objects and types: the TypeObject descriptor with its slots, allocation,
// the immortal singletons, and checked casts.
//
// Conventions every runtime function follows (DESIGN.md "Values and objects"):
//  - Parameters are borrowed `Value`s; results that carry a reference are `Ref`.
//  - Failure: set the thread's exception (runtime/errors.h) and return an
//    empty Ref, -1, or false as the signature says. Never throw.
//  - A binary slot that does not support its operands returns
//    NotImplemented() (a new reference to the singleton), not an error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "gc/alloc.h"
#include "runtime/value.h"

namespace gilectomy::rt {

enum class CompareOp : uint8_t { kLt, kLe, kEq, kNe, kGt, kGe };

// `x op y` for any ordered C++ type (the one table every comparison uses).
template <typename T>
inline bool ApplyCompare(const T& x, const T& y, CompareOp op) {
  switch (op) {
    case CompareOp::kLt: return x < y;
    case CompareOp::kLe: return x <= y;
    case CompareOp::kEq: return x == y;
    case CompareOp::kNe: return x != y;
    case CompareOp::kGt: return x > y;
    case CompareOp::kGe: return x >= y;
  }
  __builtin_unreachable();
}

// Slot signatures.
using UnaryFn = Ref (*)(Value self);
using BinaryFn = Ref (*)(Value a, Value b);
using TernaryFn = Ref (*)(Value a, Value b, Value c);
using InquiryFn = int (*)(Value self);                     // 0/1, or -1 with an exception
using LenFn = int64_t (*)(Value self);                     // >= 0, or -1 with an exception
using HashFn = int64_t (*)(Value self);                    // never -1 unless an exception is set
using CompareFn = Ref (*)(Value a, Value b, CompareOp op);  // NotImplemented if unsupported
using ContainsFn = int (*)(Value container, Value item);   // 0/1/-1
using GetAttrFn = Ref (*)(Value self, Value name);         // name: a str
using SetAttrFn = int (*)(Value self, Value name, Value v);  // v null: delete; 0 or -1
using SetItemFn = int (*)(Value self, Value key, Value v);   // v null: delete; 0 or -1
// Vectorcall convention: `args` holds nargs positional values followed by
// one value per name in `kwnames` (a tuple of str, or null).
using CallFn = Ref (*)(Value callable, const Value* args, size_t nargs, Value kwnames);
using NewFn = Ref (*)(TypeObject* type, const Value* args, size_t nargs, Value kwnames);
using DescrGetFn = Ref (*)(Value descr, Value instance, Value owner);  // instance may be null
using DescrSetFn = int (*)(Value descr, Value instance, Value v);      // v null: delete
// __init__: 0, or -1 with an exception.
using InitFn = int (*)(Value self, const Value* args, size_t nargs, Value kwnames);

struct MethodDef;
struct GetSetDef;

struct NumberSlots {
  BinaryFn add = nullptr, subtract = nullptr, multiply = nullptr, true_divide = nullptr,
           floor_divide = nullptr, remainder = nullptr, divmod = nullptr, lshift = nullptr,
           rshift = nullptr, and_ = nullptr, or_ = nullptr, xor_ = nullptr, matmul = nullptr;
  TernaryFn power = nullptr;  // third operand: the modulus or None()
  UnaryFn negative = nullptr, positive = nullptr, absolute = nullptr, invert = nullptr;
  InquiryFn bool_ = nullptr;
  UnaryFn int_ = nullptr, float_ = nullptr, index = nullptr;
};

enum TypeFlags : uint32_t {
  kTypeBaseType = 1u << 0,  // may be subclassed
  kTypeIntSubclass = 1u << 1,
  kTypeStrSubclass = 1u << 2,
  kTypeTupleSubclass = 1u << 3,
  kTypeListSubclass = 1u << 4,
  kTypeDictSubclass = 1u << 5,
  kTypeExceptionSubclass = 1u << 6,
  kTypeTypeSubclass = 1u << 7,
  kTypeHasFinalizer = 1u << 8,  // a class that defines __del__
  kTypeSetSubclass = 1u << 16,        // set and its subclasses (runtime/objects/set.h)
  kTypeFrozenSetSubclass = 1u << 17,  // frozenset and its subclasses
  kTypeWeakrefable = 1u << 20,        // instances accept weak references (runtime/objects/weakref.h)
};

// A type descriptor. It is itself an object (type(int) is type), and its
// gc::TypeHooks follow its header directly, as the collector expects.
struct TypeObject : Object {
  gc::TypeHooks hooks;
  const char* name = "";          // the __name__ ("int", "ZeroDivisionError")
  TypeObject* base = nullptr;     // single base for builtin types; null for object
  Object* dict = nullptr;         // DictObject: methods, attributes (owned)
  Object* mro = nullptr;          // TupleObject of types (owned), set by InitType
  uint32_t type_flags = 0;
  size_t basic_size = 0;          // bytes of an instance (0: variable/not instantiable)
  size_t dict_offset = 0;         // offset of an instance's `Object* dict` field; 0: none

  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;          // null: unhashable
  CompareFn richcompare = nullptr;
  GetAttrFn getattr = nullptr;    // null: GenericGetAttr
  SetAttrFn setattr = nullptr;    // null: attributes are read-only
  CallFn call = nullptr;          // null: not callable
  UnaryFn iter = nullptr;
  UnaryFn next = nullptr;         // exhausted: empty Ref with *no* exception set
  LenFn len = nullptr;
  BinaryFn getitem = nullptr;     // subscript (index, slice or key)
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;
  NewFn new_ = nullptr;           // type(...) calls this to construct
  InitFn init = nullptr;          // called after new_ for classes (heap types) only
  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;
  NumberSlots number;
  const MethodDef* methods = nullptr;  // {nullptr}-terminated; put in dict by InitStaticType
  const GetSetDef* getsets = nullptr;  // {nullptr}-terminated
  // Classes (heap types, runtime/objects/class.cpp) only; null for builtins.
  Object* bases = nullptr;        // tuple of the direct bases (owned)
  Object* ht_name = nullptr;      // str __name__ (owned); `name` points into it
  Object* ht_qualname = nullptr;  // str __qualname__ (owned)
  size_t extra_start = 0;         // first byte of the Value words the class adds
};

static_assert(offsetof(TypeObject, hooks) == sizeof(Object),
              "the collector finds a type's hooks right after its header");

inline TypeObject* TypeOf(const Object* o) { return static_cast<TypeObject*>(o->type_); }

extern TypeObject TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType, BoolType,
    IntType, FloatType, StrType, ListType, TupleType, DictType, RangeType, SliceType,
    FunctionType, BuiltinFunctionType, MethodType, MethodDescriptorType, CodeType, ModuleType,
    CellType, PropertyType, StaticMethodType, ClassMethodType;

inline TypeObject* Value::type() const {
  return is_small_int() ? &IntType : TypeOf(obj());
}
inline TypeObject* Ref::type() const { return v_.type(); }

// ---------------------------------------------------------------------------
// Immortal singletons.
struct SingletonObjects {
  Object none, true_, false_, ellipsis, not_implemented;
};
extern SingletonObjects gSingletons;  // immutable after start-up

inline Value None() { return Value::FromObject(&gSingletons.none); }
inline Value True() { return Value::FromObject(&gSingletons.true_); }
inline Value False() { return Value::FromObject(&gSingletons.false_); }
inline Value Bool(bool b) { return b ? True() : False(); }
inline Value Ellipsis() { return Value::FromObject(&gSingletons.ellipsis); }
inline Ref NotImplemented() { return Ref::New(Value::FromObject(&gSingletons.not_implemented)); }
inline bool IsNotImplemented(Value v) { return v == Value::FromObject(&gSingletons.not_implemented); }
inline bool IsNone(Value v) { return v == None(); }

// ---------------------------------------------------------------------------
// Allocation. Objects are allocated with the header initialised (refcount 1,
// type set) and the rest zeroed. Returns null with MemoryError set on failure.
Object* AllocObject(TypeObject* type, size_t size);
// Like AllocObject, but only the first `zeroed` bytes are cleared: for
// objects whose variable part the caller writes at once (str text).
Object* AllocObjectPartial(TypeObject* type, size_t size, size_t zeroed);
// Frees an object's memory (call from a dealloc hook after dropping references).
void FreeObject(Object* o);
// Marks an object immortal (before it is shared).
inline void MakeImmortal(Object* o) { o->flags_ |= gc::kImmortal; }

// ---------------------------------------------------------------------------
// Checked casts. `Is<T>(v)` tests the exact type or a subclass as T::IsType
// says; `As<T>(v)` asserts in debug builds.
template <typename T>
inline bool Is(Value v) {
  return v.is_object() && T::IsType(v.type());
}
template <typename T>
inline T* As(Value v) {
#ifndef NDEBUG
  if (!Is<T>(v)) __builtin_trap();
#endif
  return static_cast<T*>(v.obj());
}

// True if `t` is `base` or derives from it (walks the MRO).
bool IsSubtype(TypeObject* t, TypeObject* base);
inline bool IsInstance(Value v, TypeObject* base) { return IsSubtype(v.type(), base); }

// Native functions and methods (runtime/objects/function.h has the objects).
// For a method `self` is the instance; for a module function, the module.
using NativeFn = Ref (*)(Value self, const Value* args, size_t nargs, Value kwnames);
struct MethodDef {
  const char* name;
  NativeFn fn;
  enum Kind : uint8_t { kInstance, kStatic, kClass } kind = kInstance;
};
struct GetSetDef {
  const char* name;
  Ref (*get)(Value self);
  int (*set)(Value self, Value v) = nullptr;  // null: read-only
};

// A descriptor for a native getter/setter (`def` must outlive the type).
Ref NewGetSetDescriptor(const GetSetDef* def, TypeObject* owner);

// Initialises a type created after start-up (both phases of InitStaticType
// and FinishStaticTypes at once). The type is immortal.
void InitRuntimeType(TypeObject* t);

// Initialises a static builtin type: header, MRO, dict of methods.
// Called once per type at start-up (runtime/interpreter.cpp).
void InitStaticType(TypeObject* t);

// Type name for messages.
inline const char* TypeName(Value v) { return v.type()->name; }

}  // namespace gilectomy::rt
