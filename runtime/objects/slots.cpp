// Special methods and type slots (see slots.h for the two directions).
//
// kSlotDefs is the one table: each row names a dunder, the TypeObject field
// it maps to, the calling convention (SlotSig) and the dispatcher a class
// gets when the dunder is written in Python. Several dunders can share a
// field: __add__ and __radd__ both live in number.add, __lt__ .. __ge__ in
// richcompare, __setitem__ and __delitem__ in setitem.
//
// Binary operators follow CPython's SLOT1BINFULL: the dispatcher of `a + b`
// tries a.__add__(b), then b.__radd__(a) when b's class is different and
// also dispatches this slot; b's reflected method goes first when b's class
// is a proper subclass of a's that overrides it.
#include "runtime/objects/slots.h"

#include <cstddef>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

TypeObject SlotWrapperType;

namespace {

using AnyFn = void (*)();

enum class SlotSig : uint8_t {
  kRepr, kUnary, kNext, kBinary, kBinaryR, kPow, kPowR, kBool, kLen, kHash, kCompare, kCall,
  kGetAttribute, kGetAttrHook, kSetAttr, kDelAttr, kGetItem, kSetItem, kDelItem, kContains,
  kDescrGet, kDescrSet, kDescrDelete, kInit, kNew,
};

struct SlotDef {
  const char* name;
  size_t offset;  // of the function pointer within TypeObject
  SlotSig sig;
  AnyFn dispatcher;
  CompareOp op = CompareOp::kEq;  // kCompare rows
};

AnyFn& SlotAt(TypeObject* t, size_t offset) {
  return *reinterpret_cast<AnyFn*>(reinterpret_cast<char*>(t) + offset);
}

template <typename Fn>
AnyFn Erase(Fn f) {
  return reinterpret_cast<AnyFn>(f);
}

struct SlotWrapperObject : Object {
  const SlotDef* def;
  TypeObject* owner;
  AnyFn fn;  // the owner's slot function when the wrapper was made
};

// ---------------------------------------------------------------- dispatchers

Value Name(const char* s) { return Intern(s); }

Ref CallSpecial(Value self, const char* name, const Value* args, size_t nargs, bool* found) {
  return CallSpecialMethod(self, Name(name), args, nargs, found);
}

// The set/delete pairs of slots (__setitem__/__delitem__, __setattr__/
// __delattr__, __set__/__delete__): set_name(key, v), or del_name(key) when
// v is null. *found as for CallSpecial.
Ref CallSetOrDelete(Value self, const char* set_name, const char* del_name, Value key, Value v,
                    bool* found) {
  if (v) {
    Value args[2] = {key, v};
    return CallSpecial(self, set_name, args, 2, found);
  }
  return CallSpecial(self, del_name, &key, 1, found);
}

Ref CheckStrResult(Ref r, const char* what) {
  if (r && !IsStr(r.get())) {
    return SetErrorFmt(TypeErrorType(), "{} returned non-string (type {})", what, TypeName(r.get()));
  }
  return r;
}

Ref SlotRepr(Value self) {
  bool found;
  return CheckStrResult(CallSpecial(self, "__repr__", nullptr, 0, &found), "__repr__");
}

Ref SlotStr(Value self) {
  bool found;
  return CheckStrResult(CallSpecial(self, "__str__", nullptr, 0, &found), "__str__");
}

int64_t SlotHash(Value self) {
  bool found;
  Ref r = CallSpecial(self, "__hash__", nullptr, 0, &found);
  if (!r) return -1;
  if (!IsInt(r.get())) {
    SetError(TypeErrorType(), "__hash__ method should return an integer");
    return -1;
  }
  if (r.get().is_small_int()) {
    int64_t h = r.get().small_int();
    return h == -1 ? -2 : h;
  }
  // As CPython: a result that fits in 64 bits is the hash itself (so
  // `return hash(self.name)` hashes like the name); larger ints are hashed.
  int64_t h;
  if (IntAsInt64(r.get(), &h)) return h == -1 ? -2 : h;
  ClearError();
  return Hash(r.get());
}

Ref SlotCall(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value descr = LookupInType(self.type(), Name("__call__"));
  if (!descr) return SetErrorFmt(TypeErrorType(), "'{}' object is not callable", TypeName(self));
  return CallFoundMethod(descr, self, args, nargs, kwnames);
}

Ref SlotIter(Value self) {
  bool found;
  Ref r = CallSpecial(self, "__iter__", nullptr, 0, &found);
  if (!found) return SetErrorFmt(TypeErrorType(), "'{}' object is not iterable", TypeName(self));
  return r;
}

// Exhaustion is an empty Ref with no exception (the `next` slot contract).
Ref SlotNext(Value self) {
  bool found;
  Ref r = CallSpecial(self, "__next__", nullptr, 0, &found);
  if (!r && ErrorMatches(StopIterationType())) ClearError();
  return r;
}

int64_t SlotLen(Value self) {
  bool found;
  Ref r = CallSpecial(self, "__len__", nullptr, 0, &found);
  if (!r) return -1;
  if (!IsInt(r.get())) {
    SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer", TypeName(r.get()));
    return -1;
  }
  int64_t n;
  if (!IndexToInt64(r.get(), OverflowErrorType(), &n)) return -1;
  if (n < 0) {
    SetError(ValueErrorType(), "__len__() should return >= 0");
    return -1;
  }
  return n;
}

Ref SlotGetItem(Value self, Value key) {
  bool found;
  Ref r = CallSpecial(self, "__getitem__", &key, 1, &found);
  if (!found) return SetErrorFmt(TypeErrorType(), "'{}' object is not subscriptable", TypeName(self));
  return r;
}

int SlotSetItem(Value self, Value key, Value v) {
  bool found;
  Ref r = CallSetOrDelete(self, "__setitem__", "__delitem__", key, v, &found);
  if (!found && v) {
    return SetErrorFmt(TypeErrorType(), "'{}' object does not support item assignment", TypeName(self));
  }
  if (!found) return SetErrorFmt(TypeErrorType(), "'{}' object doesn't support item deletion", TypeName(self));
  return r ? 0 : -1;
}

int SlotContains(Value self, Value item) {
  bool found;
  Ref r = CallSpecial(self, "__contains__", &item, 1, &found);
  if (!r) return -1;
  return IsTrue(r.get());
}

Ref SlotGetAttribute(Value self, Value name) {
  bool found;
  return CallSpecial(self, "__getattribute__", &name, 1, &found);
}

// A class with __getattr__: __getattribute__ first, __getattr__ on AttributeError.
Ref SlotGetAttrHook(Value self, Value name) {
  Value getattribute = LookupInType(self.type(), Name("__getattribute__"));
  Ref r;
  if (getattribute && getattribute.type() == &SlotWrapperType &&
      static_cast<SlotWrapperObject*>(getattribute.obj())->fn == Erase(GenericGetAttr)) {
    r = GenericGetAttr(self, name);
  } else if (getattribute) {
    r = CallFoundMethod(getattribute, self, &name, 1);
  } else {
    r = GenericGetAttr(self, name);
  }
  if (r || !ErrorMatches(AttributeErrorType())) return r;
  ClearError();
  bool found;
  r = CallSpecial(self, "__getattr__", &name, 1, &found);
  if (!found) return GenericGetAttr(self, name);
  return r;
}

int SlotSetAttr(Value self, Value name, Value v) {
  bool found;
  return CallSetOrDelete(self, "__setattr__", "__delattr__", name, v, &found) ? 0 : -1;
}

Ref SlotRichCompare(Value a, Value b, CompareOp op) {
  static const char* const kNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  Value descr = LookupInType(a.type(), Name(kNames[static_cast<int>(op)]));
  if (!descr) return NotImplemented();
  return CallFoundMethod(descr, a, &b, 1);
}

Ref SlotDescrGet(Value descr, Value instance, Value owner) {
  Value args[2] = {instance ? instance : None(), owner ? owner : None()};
  bool found;
  return CallSpecial(descr, "__get__", args, 2, &found);
}

int SlotDescrSet(Value descr, Value instance, Value v) {
  bool found;
  return CallSetOrDelete(descr, "__set__", "__delete__", instance, v, &found) ? 0 : -1;
}

int SlotInit(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value descr = LookupInType(self.type(), Name("__init__"));
  if (!descr) return 0;
  Ref r = CallFoundMethod(descr, self, args, nargs, kwnames);
  if (!r) return -1;
  if (!IsNone(r.get())) {
    SetErrorFmt(TypeErrorType(), "__init__() should return None, not '{}'", TypeName(r.get()));
    return -1;
  }
  return 0;
}

Ref SlotNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value descr = LookupInType(type, Name("__new__"));
  if (!descr) return SetErrorFmt(TypeErrorType(), "cannot create '{}' instances", type->name);
  Ref func = Ref::New(descr);
  if (descr.type() == &StaticMethodType || descr.type() == &ClassMethodType) {
    Ref f = GetAttrStr(descr, "__func__");
    if (!f) return Ref();
    func = std::move(f);
  }
  size_t total = nargs + (kwnames ? static_cast<size_t>(TupleSize(kwnames)) : 0);
  std::vector<Value> argv(total + 1);
  argv[0] = Value::FromObject(type);
  for (size_t i = 0; i < total; ++i) argv[i + 1] = args[i];
  return Call(func.get(), argv.data(), nargs + 1, kwnames);
}

int SlotBool(Value self) {
  bool found;
  Ref r = CallSpecial(self, "__bool__", nullptr, 0, &found);
  if (!r) return -1;
  if (r.get() == True()) return 1;
  if (r.get() == False()) return 0;
  SetErrorFmt(TypeErrorType(), "__bool__ should return bool, returned {}", TypeName(r.get()));
  return -1;
}

template <const char* const* kName>
Ref SlotUnary(Value self) {
  bool found;
  return CallSpecial(self, *kName, nullptr, 0, &found);
}

// CPython's SLOT1BINFULL (see the top of this file).
Ref BinaryDispatch(Value a, Value b, size_t offset, AnyFn self_fn, const char* name,
                   const char* rname) {
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  Value rn = Name(rname);
  bool do_other = ta != tb && SlotAt(tb, offset) == self_fn && LookupInType(tb, rn);
  if (SlotAt(ta, offset) == self_fn) {
    if (do_other && IsSubtype(tb, ta) && LookupInType(tb, rn) != LookupInType(ta, rn)) {
      bool found;
      Ref r = CallSpecialMethod(b, rn, &a, 1, &found);
      if (!r || !IsNotImplemented(r.get())) return r;
      do_other = false;
    }
    bool found;
    Ref r = CallSpecial(a, name, &b, 1, &found);
    if (found && (!r || !IsNotImplemented(r.get()))) return r;
  }
  if (do_other) {
    bool found;
    return CallSpecialMethod(b, rn, &a, 1, &found);
  }
  return NotImplemented();
}

#define NUM(field) (offsetof(TypeObject, number) + offsetof(NumberSlots, field))
#define GY_BINARY_SLOT(fname, field, dunder, rdunder)                                   \
  Ref fname(Value a, Value b) {                                                         \
    return BinaryDispatch(a, b, NUM(field), Erase(&fname), dunder, rdunder);            \
  }
GY_BINARY_SLOT(SlotAdd, add, "__add__", "__radd__")
GY_BINARY_SLOT(SlotSub, subtract, "__sub__", "__rsub__")
GY_BINARY_SLOT(SlotMul, multiply, "__mul__", "__rmul__")
GY_BINARY_SLOT(SlotTrueDiv, true_divide, "__truediv__", "__rtruediv__")
GY_BINARY_SLOT(SlotFloorDiv, floor_divide, "__floordiv__", "__rfloordiv__")
GY_BINARY_SLOT(SlotMod, remainder, "__mod__", "__rmod__")
GY_BINARY_SLOT(SlotDivmod, divmod, "__divmod__", "__rdivmod__")
GY_BINARY_SLOT(SlotLShift, lshift, "__lshift__", "__rlshift__")
GY_BINARY_SLOT(SlotRShift, rshift, "__rshift__", "__rrshift__")
GY_BINARY_SLOT(SlotAnd, and_, "__and__", "__rand__")
GY_BINARY_SLOT(SlotOr, or_, "__or__", "__ror__")
GY_BINARY_SLOT(SlotXor, xor_, "__xor__", "__rxor__")
GY_BINARY_SLOT(SlotMatMul, matmul, "__matmul__", "__rmatmul__")
#undef GY_BINARY_SLOT

Ref SlotPowBinary(Value a, Value b);
Ref SlotPow(Value a, Value b, Value mod) {
  if (mod && !IsNone(mod)) {
    Value args[2] = {b, mod};
    bool found;
    Ref r = CallSpecial(a, "__pow__", args, 2, &found);
    if (!found) return NotImplemented();
    return r;
  }
  return SlotPowBinary(a, b);
}
Ref SlotPowBinary(Value a, Value b) {
  return BinaryDispatch(a, b, NUM(power), Erase(&SlotPow), "__pow__", "__rpow__");
}

constexpr const char kNeg[] = "__neg__", kPos[] = "__pos__", kAbs[] = "__abs__",
                     kInvert[] = "__invert__", kInt[] = "__int__", kFloat[] = "__float__",
                     kIndex[] = "__index__";
constexpr const char* const kNegP = kNeg;
constexpr const char* const kPosP = kPos;
constexpr const char* const kAbsP = kAbs;
constexpr const char* const kInvertP = kInvert;
constexpr const char* const kIntP = kInt;
constexpr const char* const kFloatP = kFloat;
constexpr const char* const kIndexP = kIndex;

#define SLOT(field) offsetof(TypeObject, field)
using S = SlotSig;
const SlotDef kSlotDefs[] = {
    {"__repr__", SLOT(repr), S::kRepr, Erase(SlotRepr)},
    {"__str__", SLOT(str), S::kRepr, Erase(SlotStr)},
    {"__hash__", SLOT(hash), S::kHash, Erase(SlotHash)},
    {"__call__", SLOT(call), S::kCall, Erase(SlotCall)},
    {"__iter__", SLOT(iter), S::kUnary, Erase(SlotIter)},
    {"__next__", SLOT(next), S::kNext, Erase(SlotNext)},
    {"__len__", SLOT(len), S::kLen, Erase(SlotLen)},
    {"__getitem__", SLOT(getitem), S::kGetItem, Erase(SlotGetItem)},
    {"__setitem__", SLOT(setitem), S::kSetItem, Erase(SlotSetItem)},
    {"__delitem__", SLOT(setitem), S::kDelItem, Erase(SlotSetItem)},
    {"__contains__", SLOT(contains), S::kContains, Erase(SlotContains)},
    {"__getattribute__", SLOT(getattr), S::kGetAttribute, Erase(SlotGetAttribute)},
    {"__getattr__", SLOT(getattr), S::kGetAttrHook, Erase(SlotGetAttrHook)},
    {"__setattr__", SLOT(setattr), S::kSetAttr, Erase(SlotSetAttr)},
    {"__delattr__", SLOT(setattr), S::kDelAttr, Erase(SlotSetAttr)},
    {"__lt__", SLOT(richcompare), S::kCompare, Erase(SlotRichCompare), CompareOp::kLt},
    {"__le__", SLOT(richcompare), S::kCompare, Erase(SlotRichCompare), CompareOp::kLe},
    {"__eq__", SLOT(richcompare), S::kCompare, Erase(SlotRichCompare), CompareOp::kEq},
    {"__ne__", SLOT(richcompare), S::kCompare, Erase(SlotRichCompare), CompareOp::kNe},
    {"__gt__", SLOT(richcompare), S::kCompare, Erase(SlotRichCompare), CompareOp::kGt},
    {"__ge__", SLOT(richcompare), S::kCompare, Erase(SlotRichCompare), CompareOp::kGe},
    {"__get__", SLOT(descr_get), S::kDescrGet, Erase(SlotDescrGet)},
    {"__set__", SLOT(descr_set), S::kDescrSet, Erase(SlotDescrSet)},
    {"__delete__", SLOT(descr_set), S::kDescrDelete, Erase(SlotDescrSet)},
    {"__init__", SLOT(init), S::kInit, Erase(SlotInit)},
    {"__new__", SLOT(new_), S::kNew, Erase(SlotNew)},
    {"__bool__", NUM(bool_), S::kBool, Erase(SlotBool)},
    {"__neg__", NUM(negative), S::kUnary, Erase(SlotUnary<&kNegP>)},
    {"__pos__", NUM(positive), S::kUnary, Erase(SlotUnary<&kPosP>)},
    {"__abs__", NUM(absolute), S::kUnary, Erase(SlotUnary<&kAbsP>)},
    {"__invert__", NUM(invert), S::kUnary, Erase(SlotUnary<&kInvertP>)},
    {"__int__", NUM(int_), S::kUnary, Erase(SlotUnary<&kIntP>)},
    {"__float__", NUM(float_), S::kUnary, Erase(SlotUnary<&kFloatP>)},
    {"__index__", NUM(index), S::kUnary, Erase(SlotUnary<&kIndexP>)},
    {"__add__", NUM(add), S::kBinary, Erase(SlotAdd)},
    {"__radd__", NUM(add), S::kBinaryR, Erase(SlotAdd)},
    {"__sub__", NUM(subtract), S::kBinary, Erase(SlotSub)},
    {"__rsub__", NUM(subtract), S::kBinaryR, Erase(SlotSub)},
    {"__mul__", NUM(multiply), S::kBinary, Erase(SlotMul)},
    {"__rmul__", NUM(multiply), S::kBinaryR, Erase(SlotMul)},
    {"__truediv__", NUM(true_divide), S::kBinary, Erase(SlotTrueDiv)},
    {"__rtruediv__", NUM(true_divide), S::kBinaryR, Erase(SlotTrueDiv)},
    {"__floordiv__", NUM(floor_divide), S::kBinary, Erase(SlotFloorDiv)},
    {"__rfloordiv__", NUM(floor_divide), S::kBinaryR, Erase(SlotFloorDiv)},
    {"__mod__", NUM(remainder), S::kBinary, Erase(SlotMod)},
    {"__rmod__", NUM(remainder), S::kBinaryR, Erase(SlotMod)},
    {"__divmod__", NUM(divmod), S::kBinary, Erase(SlotDivmod)},
    {"__rdivmod__", NUM(divmod), S::kBinaryR, Erase(SlotDivmod)},
    {"__lshift__", NUM(lshift), S::kBinary, Erase(SlotLShift)},
    {"__rlshift__", NUM(lshift), S::kBinaryR, Erase(SlotLShift)},
    {"__rshift__", NUM(rshift), S::kBinary, Erase(SlotRShift)},
    {"__rrshift__", NUM(rshift), S::kBinaryR, Erase(SlotRShift)},
    {"__and__", NUM(and_), S::kBinary, Erase(SlotAnd)},
    {"__rand__", NUM(and_), S::kBinaryR, Erase(SlotAnd)},
    {"__or__", NUM(or_), S::kBinary, Erase(SlotOr)},
    {"__ror__", NUM(or_), S::kBinaryR, Erase(SlotOr)},
    {"__xor__", NUM(xor_), S::kBinary, Erase(SlotXor)},
    {"__rxor__", NUM(xor_), S::kBinaryR, Erase(SlotXor)},
    {"__matmul__", NUM(matmul), S::kBinary, Erase(SlotMatMul)},
    {"__rmatmul__", NUM(matmul), S::kBinaryR, Erase(SlotMatMul)},
    {"__pow__", NUM(power), S::kPow, Erase(SlotPow)},
    {"__rpow__", NUM(power), S::kPowR, Erase(SlotPow)},
};
#undef SLOT
#undef NUM

// ---------------------------------------------------------------- wrappers

ErrorTag ArgCountError(const SlotDef* def, size_t expected, size_t got) {
  return SetErrorFmt(TypeErrorType(), "expected {} argument{}, got {}", expected,
                     expected == 1 ? "" : "s", got);
}

Ref IntOrError(int64_t n) { return n < 0 && ErrorOccurred() ? Ref() : IntFromInt64(n); }
Ref NoneOrError(int r) { return r < 0 ? Ref() : Ref::New(None()); }
Ref BoolOrError(int r) { return r < 0 ? Ref() : Ref::New(Bool(r != 0)); }

// Calls the C slot `fn` the way the Python-level method of `def` is called.
Ref InvokeSlot(const SlotDef* def, AnyFn fn, Value self, const Value* args, size_t nargs,
               Value kwnames) {
  S sig = def->sig;
  if (sig != S::kCall && sig != S::kInit && !NoKeywords(def->name, kwnames)) return Ref();
  auto want = [&](size_t lo, size_t hi) {
    if (nargs >= lo && nargs <= hi) return true;
    ArgCountError(def, nargs < lo ? lo : hi, nargs);
    return false;
  };
  switch (sig) {
    case S::kRepr:
    case S::kUnary:
      if (!want(0, 0)) return Ref();
      return reinterpret_cast<UnaryFn>(fn)(self);
    case S::kNext: {
      if (!want(0, 0)) return Ref();
      Ref r = reinterpret_cast<UnaryFn>(fn)(self);
      if (!r && !ErrorOccurred()) SetErrorObject(Value::FromObject(StopIterationType()));
      return r;
    }
    case S::kBinary:
      if (!want(1, 1)) return Ref();
      return reinterpret_cast<BinaryFn>(fn)(self, args[0]);
    case S::kBinaryR:
      if (!want(1, 1)) return Ref();
      return reinterpret_cast<BinaryFn>(fn)(args[0], self);
    case S::kPow:
      if (!want(1, 2)) return Ref();
      return reinterpret_cast<TernaryFn>(fn)(self, args[0], nargs > 1 ? args[1] : None());
    case S::kPowR:
      if (!want(1, 2)) return Ref();
      return reinterpret_cast<TernaryFn>(fn)(args[0], self, nargs > 1 ? args[1] : None());
    case S::kBool:
      if (!want(0, 0)) return Ref();
      return BoolOrError(reinterpret_cast<InquiryFn>(fn)(self));
    case S::kLen:
      if (!want(0, 0)) return Ref();
      return IntOrError(reinterpret_cast<LenFn>(fn)(self));
    case S::kHash:
      if (!want(0, 0)) return Ref();
      return IntOrError(reinterpret_cast<HashFn>(fn)(self));
    case S::kCompare:
      if (!want(1, 1)) return Ref();
      return reinterpret_cast<CompareFn>(fn)(self, args[0], def->op);
    case S::kCall:
      return reinterpret_cast<CallFn>(fn)(self, args, nargs, kwnames);
    case S::kGetAttribute:
    case S::kGetAttrHook:
      if (!want(1, 1)) return Ref();
      if (!IsStr(args[0])) {
        return SetErrorFmt(TypeErrorType(), "attribute name must be string, not '{}'", TypeName(args[0]));
      }
      return reinterpret_cast<GetAttrFn>(fn)(self, args[0]);
    case S::kSetAttr:
    case S::kDelAttr:
      if (!want(sig == S::kSetAttr ? 2 : 1, sig == S::kSetAttr ? 2 : 1)) return Ref();
      if (!IsStr(args[0])) {
        return SetErrorFmt(TypeErrorType(), "attribute name must be string, not '{}'", TypeName(args[0]));
      }
      return NoneOrError(reinterpret_cast<SetAttrFn>(fn)(self, args[0], sig == S::kSetAttr ? args[1] : Value()));
    case S::kGetItem:
      if (!want(1, 1)) return Ref();
      return reinterpret_cast<BinaryFn>(fn)(self, args[0]);
    case S::kSetItem:
      if (!want(2, 2)) return Ref();
      return NoneOrError(reinterpret_cast<SetItemFn>(fn)(self, args[0], args[1]));
    case S::kDelItem:
      if (!want(1, 1)) return Ref();
      return NoneOrError(reinterpret_cast<SetItemFn>(fn)(self, args[0], Value()));
    case S::kContains:
      if (!want(1, 1)) return Ref();
      return BoolOrError(reinterpret_cast<ContainsFn>(fn)(self, args[0]));
    case S::kDescrGet: {
      if (!want(1, 2)) return Ref();
      Value inst = IsNone(args[0]) ? Value() : args[0];
      Value owner = nargs > 1 && !IsNone(args[1]) ? args[1] : Value();
      if (!inst && !owner) return SetError(TypeErrorType(), "__get__(None, None) is invalid");
      return reinterpret_cast<DescrGetFn>(fn)(self, inst, owner);
    }
    case S::kDescrSet:
      if (!want(2, 2)) return Ref();
      return NoneOrError(reinterpret_cast<DescrSetFn>(fn)(self, args[0], args[1]));
    case S::kDescrDelete:
      if (!want(1, 1)) return Ref();
      return NoneOrError(reinterpret_cast<DescrSetFn>(fn)(self, args[0], Value()));
    case S::kInit:
      return NoneOrError(reinterpret_cast<InitFn>(fn)(self, args, nargs, kwnames));
    case S::kNew:
      break;  // WrapperCall handles __new__
  }
  return SetError(SystemErrorType(), "bad slot wrapper");
}

Ref WrapperCall(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* w = static_cast<SlotWrapperObject*>(callable.obj());
  const char* owner = w->owner->name;
  if (w->def->sig == S::kNew) {
    // `C.__new__(subtype, ...)`: a static method of the owner.
    if (nargs < 1) return SetErrorFmt(TypeErrorType(), "{}.__new__(): not enough arguments", owner);
    Value sub = args[0];
    if (!(sub.is_object() && (sub.obj()->flags_ & gc::kIsType))) {
      return SetErrorFmt(TypeErrorType(), "{}.__new__(X): X is not a type object ({})", owner,
                         TypeName(sub));
    }
    auto* st = static_cast<TypeObject*>(sub.obj());
    if (!IsSubtype(st, w->owner)) {
      return SetErrorFmt(TypeErrorType(), "{}.__new__({}): {} is not a subtype of {}", owner,
                         st->name, st->name, owner);
    }
    return reinterpret_cast<NewFn>(w->fn)(st, args + 1, nargs - 1, kwnames);
  }
  if (nargs < 1) {
    return SetErrorFmt(TypeErrorType(), "descriptor '{}' of '{}' object needs an argument",
                       w->def->name, owner);
  }
  if (!IsInstance(args[0], w->owner)) {
    return SetErrorFmt(TypeErrorType(), "descriptor '{}' requires a '{}' object but received a '{}'",
                       w->def->name, owner, TypeName(args[0]));
  }
  return InvokeSlot(w->def, w->fn, args[0], args + 1, nargs - 1, kwnames);
}

Ref WrapperDescrGet(Value descr, Value instance, Value owner) {
  auto* w = static_cast<SlotWrapperObject*>(descr.obj());
  if (!instance || w->def->sig == S::kNew) return Ref::New(descr);
  return NewBoundMethod(descr, instance);
}

Ref WrapperRepr(Value self) {
  auto* w = static_cast<SlotWrapperObject*>(self.obj());
  if (w->def->sig == S::kNew) {
    return StrFromUtf8(fmt::format("<built-in method __new__ of type object at {}>",
                                   static_cast<void*>(w->owner)));
  }
  return StrFromUtf8(fmt::format("<slot wrapper '{}' of '{}' objects>", w->def->name, w->owner->name));
}

void WrapperDealloc(gc::Header* o) { FreeObject(static_cast<Object*>(o)); }

Ref NewSlotWrapper(const SlotDef* def, TypeObject* owner, AnyFn fn) {
  Object* o = AllocObject(&SlotWrapperType, sizeof(SlotWrapperObject));
  if (o == nullptr) return Ref();
  auto* w = static_cast<SlotWrapperObject*>(o);
  w->def = def;
  w->owner = owner;
  w->fn = fn;
  return Ref::Steal(o);
}

// The C function a found attribute stands for in the slot at `offset`:
// a slot wrapper of that slot, or a native method defined by a builtin type
// that also fills the slot (list.__getitem__). Null: it needs a dispatcher.
AnyFn NativeSlotFor(Value descr, size_t offset) {
  if (descr.type() == &SlotWrapperType) {
    auto* w = static_cast<SlotWrapperObject*>(descr.obj());
    return w->def->offset == offset ? w->fn : nullptr;
  }
  if (descr.type() == &MethodDescriptorType) {
    auto* m = static_cast<MethodDescriptorObject*>(descr.obj());
    if (!(m->owner->flags_ & gc::kHeapType)) return SlotAt(m->owner, offset);
  }
  return nullptr;
}

}  // namespace

Ref CallFoundMethod(Value descr, Value self, const Value* args, size_t nargs, Value kwnames) {
  Ref hold = Ref::New(descr);  // the type's dict may change under us
  TypeObject* dt = descr.type();
  bool prepend = dt == &FunctionType || dt == &SlotWrapperType ||
                 (dt == &MethodDescriptorType &&
                  static_cast<MethodDescriptorObject*>(descr.obj())->def->kind == MethodDef::kInstance);
  if (prepend) {
    size_t total = nargs + (kwnames ? static_cast<size_t>(TupleSize(kwnames)) : 0);
    Value small[8];
    std::vector<Value> big;
    Value* argv = small;
    if (total + 1 > 8) {
      big.resize(total + 1);
      argv = big.data();
    }
    argv[0] = self;
    for (size_t i = 0; i < total; ++i) argv[i + 1] = args[i];
    return Call(descr, argv, nargs + 1, kwnames);
  }
  if (dt->descr_get != nullptr) {
    Ref bound = dt->descr_get(descr, self, Value::FromObject(self.type()));
    if (!bound) return Ref();
    return Call(bound.get(), args, nargs, kwnames);
  }
  return Call(descr, args, nargs, kwnames);
}

Ref CallSpecialMethod(Value self, Value name, const Value* args, size_t nargs, bool* found) {
  Value descr = LookupInType(self.type(), name);
  *found = static_cast<bool>(descr);
  if (!descr) return Ref();
  return CallFoundMethod(descr, self, args, nargs);
}

void AddSlotWrappers(TypeObject* t, Value dict) {
  for (const SlotDef& def : kSlotDefs) {
    if (def.sig == S::kGetAttrHook) continue;  // __getattr__ is never a builtin's slot
    AnyFn fn = SlotAt(t, def.offset);
    if (fn == nullptr) continue;
    if (t->base != nullptr && SlotAt(t->base, def.offset) == fn) continue;  // the base's wrapper serves
    Value name = Intern(def.name);
    if (DictGetStr(dict, name)) continue;  // a MethodDef of the same name wins
    Ref w = NewSlotWrapper(&def, t, fn);
    DictSetItem(dict, name, w.get());
  }
  // Builtins that define equality without a hash are unhashable: list.__hash__ is None.
  if (t->hash == nullptr && t->base != nullptr && t->base->hash != nullptr &&
      !DictGetStr(dict, Intern("__hash__"))) {
    DictSetItem(dict, Intern("__hash__"), None());
  }
}

void FixupSlots(TypeObject* t) {
  size_t n = sizeof(kSlotDefs) / sizeof(kSlotDefs[0]);
  size_t i = 0;
  while (i < n) {
    size_t offset = kSlotDefs[i].offset;
    size_t j = i;
    while (j < n && kSlotDefs[j].offset == offset) ++j;
    // Rows i..j-1 share the slot.
    AnyFn native = nullptr;
    bool any = false, dispatch = false, hash_none = false;
    for (size_t k = i; k < j; ++k) {
      Value descr = LookupInType(t, Intern(kSlotDefs[k].name));
      if (!descr) continue;
      if (kSlotDefs[k].sig == S::kGetAttrHook) {
        dispatch = true;  // any __getattr__ needs the hook
        continue;
      }
      if (kSlotDefs[k].sig == S::kHash && IsNone(descr)) {
        hash_none = true;
        continue;
      }
      any = true;
      AnyFn fn = NativeSlotFor(descr, offset);
      if (fn == nullptr || (native != nullptr && fn != native)) {
        dispatch = true;
      } else {
        native = fn;
      }
    }
    AnyFn chosen = nullptr;
    if (dispatch) {
      // __getattr__ makes the getattr slot the hook, whatever __getattribute__ is.
      chosen = kSlotDefs[i].dispatcher;
      for (size_t k = i; k < j; ++k) {
        if (kSlotDefs[k].sig == S::kGetAttrHook && LookupInType(t, Intern(kSlotDefs[k].name))) {
          chosen = kSlotDefs[k].dispatcher;
        }
      }
    } else if (any) {
      chosen = native;
    }
    if (hash_none && kSlotDefs[i].sig == S::kHash) chosen = nullptr;
    SlotAt(t, offset) = chosen;
    i = j;
  }
}

void InitSlotWrapperType() {
  SlotWrapperType.name = "wrapper_descriptor";
  SlotWrapperType.hooks.dealloc = WrapperDealloc;
  SlotWrapperType.call = WrapperCall;
  SlotWrapperType.descr_get = WrapperDescrGet;
  SlotWrapperType.repr = WrapperRepr;
  InitStaticType(&SlotWrapperType);
}

}  // namespace gilectomy::rt
