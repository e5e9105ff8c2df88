// tuple: an immutable array of values stored inline after the header.
//
// The empty tuple is a single immortal object. Hashing follows CPython 3.11
// (Objects/tupleobject.c, tuplehash): an xxHash-style combination of the
// item hashes, so hash((1, 2)) and set/dict orders of tuple keys match.
#include "runtime/objects/tuple.h"

#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"

namespace gilectomy::rt {

static TypeObject TupleIterType;

namespace {

using detail::IsHeapType;
using detail::IsIndexLike;

// Bytes before items[0] (offsetof on a non-standard-layout type warns).
constexpr size_t kTupleHeaderSize = sizeof(TupleObject) - sizeof(Value);

struct TupleIterObject : Object {
  Object* tuple;  // owned; null once exhausted
  int64_t index;
};

TupleObject* AsTuple(Value v) { return static_cast<TupleObject*>(v.obj()); }

Ref AllocTuple(TypeObject* type, int64_t n) {
  size_t size = kTupleHeaderSize + static_cast<size_t>(n) * sizeof(Value);
  if (type->basic_size > kTupleHeaderSize) {
    size += type->basic_size - kTupleHeaderSize;
  }
  Object* o = AllocObject(type, std::max(size, sizeof(TupleObject)));
  if (o == nullptr) return Ref();
  static_cast<TupleObject*>(o)->size = n;
  return Ref::Steal(o);
}

void TupleDeallocBody(gc::Header* h) {
  auto* t = static_cast<TupleObject*>(h);
  for (int64_t i = 0; i < t->size; i++) Decref(t->items[i]);
  FreeObject(h);
}

void TupleDealloc(gc::Header* h) { detail::DeallocWithoutRecursion(h, TupleDeallocBody); }

void TupleTraverse(gc::Header* h, gc::Visitor& v) {
  auto* t = static_cast<TupleObject*>(h);
  for (int64_t i = 0; i < t->size; i++) detail::VisitValue(v, t->items[i]);
}

Ref TupleRepr(Value self) {
  TupleObject* t = AsTuple(self);
  if (t->size == 0) return StrFromAscii("()");
  detail::ReprGuard guard(t);
  if (guard.recursive()) return StrFromAscii("(...)");
  if (!CheckCStack(" while getting the repr of an object")) return Ref();
  std::string out = "(";
  for (int64_t i = 0; i < t->size; i++) {
    if (i > 0) out += ", ";
    if (!detail::AppendRepr(out, t->items[i])) return Ref();
  }
  if (t->size == 1) out += ',';
  out += ')';
  return StrFromUtf8(out);
}

// CPython 3.11's tuple hash (64-bit xxHash constants).
constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;

int64_t TupleHash(Value self) {
  TupleObject* t = AsTuple(self);
  uint64_t acc = kXXPrime5;
  for (int64_t i = 0; i < t->size; i++) {
    int64_t lane = Hash(t->items[i]);
    if (lane == -1) return -1;
    acc += static_cast<uint64_t>(lane) * kXXPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kXXPrime1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (kXXPrime5 ^ 3527539UL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

Ref TupleRichCompare(Value a, Value b, CompareOp op) {
  if (!IsTuple(a) || !IsTuple(b)) return NotImplemented();
  TupleObject* v = AsTuple(a);
  TupleObject* w = AsTuple(b);
  int64_t i = 0;
  for (; i < v->size && i < w->size; i++) {
    int k = RichCompareBool(v->items[i], w->items[i], CompareOp::kEq);
    if (k < 0) return Ref();
    if (k == 0) break;
  }
  if (i >= v->size || i >= w->size) return Ref::New(Bool(ApplyCompare<int64_t>(v->size, w->size, op)));
  if (op == CompareOp::kEq) return Ref::New(False());
  if (op == CompareOp::kNe) return Ref::New(True());
  return RichCompare(v->items[i], w->items[i], op);
}

int64_t TupleLen(Value self) { return AsTuple(self)->size; }

Ref TupleGetItem(Value self, Value key) {
  TupleObject* t = AsTuple(self);
  if (IsIndexLike(key)) {
    int64_t i;
    if (!AsIndexInt64(key, &i)) return Ref();
    if (i < 0) i += t->size;
    if (i < 0 || i >= t->size) return SetError(IndexErrorType(), "tuple index out of range");
    return Ref::New(t->items[i]);
  }
  if (Is<SliceObject>(key)) {
    int64_t start, stop, step, n;
    if (!SliceIndices(key, t->size, &start, &stop, &step, &n)) return Ref();
    if (step == 1 && n == t->size && self.type() == &TupleType) return Ref::New(self);
    Ref r = NewTuple(n);
    if (!r) return Ref();
    for (int64_t k = 0, j = start; k < n; k++, j += step) {
      Incref(t->items[j]);
      AsTuple(r.get())->items[k] = t->items[j];
    }
    return r;
  }
  return SetErrorFmt(TypeErrorType(), "tuple indices must be integers or slices, not {}",
                     TypeName(key));
}

int TupleContains(Value self, Value item) {
  TupleObject* t = AsTuple(self);
  for (int64_t i = 0; i < t->size; i++) {
    int k = RichCompareBool(t->items[i], item, CompareOp::kEq);
    if (k != 0) return k;
  }
  return 0;
}

Ref TupleConcat(Value a, Value b) {
  if (!IsTuple(a)) return NotImplemented();
  if (!IsTuple(b)) {
    if (IsHeapType(b.type())) return NotImplemented();
    return SetErrorFmt(TypeErrorType(), "can only concatenate tuple (not \"{}\") to tuple",
                       TypeName(b));
  }
  TupleObject* x = AsTuple(a);
  TupleObject* y = AsTuple(b);
  if (y->size == 0 && a.type() == &TupleType) return Ref::New(a);
  if (x->size == 0 && b.type() == &TupleType) return Ref::New(b);
  Ref r = NewTuple(x->size + y->size);
  if (!r) return Ref();
  Value* out = AsTuple(r.get())->items;
  for (int64_t i = 0; i < x->size; i++) Incref(*out++ = x->items[i]);
  for (int64_t i = 0; i < y->size; i++) Incref(*out++ = y->items[i]);
  return r;
}

Ref TupleRepeat(Value a, Value b) {
  Value seq = a, n = b;
  if (!IsTuple(a)) std::swap(seq, n);
  if (!IsIndexLike(n)) {
    if (IsHeapType(n.type())) return NotImplemented();
    return SetErrorFmt(TypeErrorType(), "can't multiply sequence by non-int of type '{}'",
                       TypeName(n));
  }
  int64_t count;
  if (!detail::RepeatCount(n, &count)) return Ref();
  TupleObject* t = AsTuple(seq);
  if (count <= 0 || t->size == 0) return Ref::New(EmptyTuple());
  if (count == 1 && seq.type() == &TupleType) return Ref::New(seq);
  if (t->size > INT64_MAX / 16 / count) return NoMemory();
  Ref r = NewTuple(t->size * count);
  if (!r) return Ref();
  Value* out = AsTuple(r.get())->items;
  for (int64_t c = 0; c < count; c++) {
    for (int64_t i = 0; i < t->size; i++) Incref(*out++ = t->items[i]);
  }
  return r;
}

Ref TupleIter(Value self) {
  Object* o = AllocObject(&TupleIterType, sizeof(TupleIterObject));
  if (o == nullptr) return Ref();
  auto* it = static_cast<TupleIterObject*>(o);
  Incref(self);
  it->tuple = self.obj();
  it->index = 0;
  return Ref::Steal(o);
}

Ref TupleIterNext(Value self) {
  auto* it = static_cast<TupleIterObject*>(self.obj());
  if (it->tuple == nullptr) return Ref();
  auto* t = static_cast<TupleObject*>(it->tuple);
  if (it->index < t->size) return Ref::New(t->items[it->index++]);
  it->tuple = nullptr;
  gc::Decref(t);
  return Ref();
}

void TupleIterDealloc(gc::Header* h) {
  auto* it = static_cast<TupleIterObject*>(h);
  if (it->tuple != nullptr) gc::Decref(it->tuple);
  FreeObject(h);
}

void TupleIterTraverse(gc::Header* h, gc::Visitor& v) {
  auto* it = static_cast<TupleIterObject*>(h);
  if (it->tuple != nullptr) v.Visit(it->tuple);
}

Ref TupleNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("tuple", kwnames)) return Ref();
  if (!CheckArgCount("tuple", nargs, 0, 1)) return Ref();
  Ref items;
  if (nargs == 0) {
    if (type == &TupleType) return Ref::New(EmptyTuple());
  } else if (type == &TupleType && args[0].type() == &TupleType) {
    return Ref::New(args[0]);
  } else if (IsTuple(args[0])) {
    items = Ref::New(args[0]);
  } else {
    items = ListFromIterable(args[0]);
    if (!items) return Ref();
  }
  const Value* src = nullptr;
  int64_t n = 0;
  if (items) {
    if (IsTuple(items.get())) {
      src = AsTuple(items.get())->items;
      n = AsTuple(items.get())->size;
    } else {
      src = As<ListObject>(items.get())->items;
      n = As<ListObject>(items.get())->size;
    }
  }
  if (type == &TupleType) return TupleFromArray(src, n);
  Ref r = AllocTuple(type, n);
  if (!r) return Ref();
  for (int64_t i = 0; i < n; i++) Incref(AsTuple(r.get())->items[i] = src[i]);
  return r;
}

Ref TupleIndexMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("index", kwnames) || !CheckArgCount("index", nargs, 1, 3)) return Ref();
  TupleObject* t = AsTuple(self);
  int64_t start, stop;
  if (!detail::IndexMethodBounds(args + 1, nargs - 1, t->size, &start, &stop)) return Ref();
  for (int64_t i = start; i < stop && i < t->size; i++) {
    int k = RichCompareBool(t->items[i], args[0], CompareOp::kEq);
    if (k < 0) return Ref();
    if (k > 0) return IntFromInt64(i);
  }
  return SetError(ValueErrorType(), "tuple.index(x): x not in tuple");
}

Ref TupleCountMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("count", kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "tuple.count() takes exactly one argument ({} given)",
                       nargs);
  }
  TupleObject* t = AsTuple(self);
  int64_t count = 0;
  for (int64_t i = 0; i < t->size; i++) {
    int k = RichCompareBool(t->items[i], args[0], CompareOp::kEq);
    if (k < 0) return Ref();
    count += k;
  }
  return IntFromInt64(count);
}

Ref TupleGetNewArgs(Value self, const Value*, size_t, Value) {
  return MakeTuple({self});
}

const MethodDef kTupleMethods[] = {
    {"index", TupleIndexMethod},
    {"count", TupleCountMethod},
    {"__getnewargs__", TupleGetNewArgs},
    {nullptr, nullptr},
};

}  // namespace

Ref NewTuple(int64_t n) {
  if (n == 0) return Ref::New(EmptyTuple());
  if (n < 0 || static_cast<uint64_t>(n) > (uint64_t{1} << 58)) return NoMemory();
  return AllocTuple(&TupleType, n);
}

Ref NewTupleOfType(TypeObject* type, int64_t n) {
  return AllocTuple(type, n);
}

Ref MakeTuple(std::initializer_list<Value> items) {
  return TupleFromArray(items.begin(), static_cast<int64_t>(items.size()));
}

Ref TupleFromArray(const Value* items, int64_t n) {
  Ref r = NewTuple(n);
  if (!r) return Ref();
  Value* out = AsTuple(r.get())->items;
  for (int64_t i = 0; i < n; i++) Incref(out[i] = items[i]);
  return r;
}

Value EmptyTuple() {
  static Object* const empty = [] {
    Object* o = AllocObject(&TupleType, sizeof(TupleObject));
    if (o == nullptr) __builtin_trap();  // start-up allocation cannot fail
    static_cast<TupleObject*>(o)->size = 0;
    MakeImmortal(o);
    return o;
  }();
  return Value::FromObject(empty);
}

void InitTupleType() {
  TupleType.name = "tuple";
  TupleType.type_flags = kTypeBaseType | kTypeTupleSubclass;
  TupleType.basic_size = kTupleHeaderSize;
  TupleType.hooks.dealloc = TupleDealloc;
  TupleType.hooks.traverse = TupleTraverse;
  // No clear hook, as in CPython: a tuple is immutable, so every cycle
  // through one also passes through a mutable container whose clear breaks
  // it (and a class's mro tuple stays intact while its class is cleared).
  TupleType.repr = TupleRepr;
  TupleType.hash = TupleHash;
  TupleType.richcompare = TupleRichCompare;
  TupleType.len = TupleLen;
  TupleType.getitem = TupleGetItem;
  TupleType.contains = TupleContains;
  TupleType.iter = TupleIter;
  TupleType.number.add = TupleConcat;
  TupleType.number.multiply = TupleRepeat;
  TupleType.new_ = TupleNew;
  TupleType.methods = kTupleMethods;
  InitStaticType(&TupleType);

  TupleIterType.name = "tuple_iterator";
  TupleIterType.basic_size = sizeof(TupleIterObject);
  TupleIterType.hooks.dealloc = TupleIterDealloc;
  TupleIterType.hooks.traverse = TupleIterTraverse;
  TupleIterType.iter = detail::SelfIter;
  TupleIterType.next = TupleIterNext;
  InitStaticType(&TupleIterType);
  (void)EmptyTuple();
}

}  // namespace gilectomy::rt
