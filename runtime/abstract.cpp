// Generic operations: dispatch through type slots with Python's rules.
#include "runtime/abstract.h"

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/set.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iter.h"
#include "runtime/objects/list.h"
#include "runtime/objects/slots.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt {

namespace {

BinaryFn NumberSlot(TypeObject* t, BinOp op) {
  const NumberSlots& n = t->number;
  switch (op) {
    case BinOp::kAdd: return n.add;
    case BinOp::kSub: return n.subtract;
    case BinOp::kMul: return n.multiply;
    case BinOp::kMatMul: return n.matmul;
    case BinOp::kTrueDiv: return n.true_divide;
    case BinOp::kFloorDiv: return n.floor_divide;
    case BinOp::kMod: return n.remainder;
    case BinOp::kLShift: return n.lshift;
    case BinOp::kRShift: return n.rshift;
    case BinOp::kAnd: return n.and_;
    case BinOp::kOr: return n.or_;
    case BinOp::kXor: return n.xor_;
    case BinOp::kPow:
    case BinOp::kCount: break;
  }
  return nullptr;
}

// CPython's binary_op1: try a's slot, then b's; b first when b's type is a
// proper subclass of a's that overrides the slot. NotImplemented if neither.
Ref BinaryOp1(Value a, Value b, BinOp op) {
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  BinaryFn sa = NumberSlot(ta, op);
  BinaryFn sb = tb != ta ? NumberSlot(tb, op) : nullptr;
  if (sb == sa) sb = nullptr;
  if (sa != nullptr) {
    if (sb != nullptr && IsSubtype(tb, ta)) {
      Ref r = sb(a, b);
      if (!r || !IsNotImplemented(r.get())) return r;
      sb = nullptr;
    }
    Ref r = sa(a, b);
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  if (sb != nullptr) return sb(a, b);
  return NotImplemented();
}

CompareOp Swapped(CompareOp op) {
  switch (op) {
    case CompareOp::kLt: return CompareOp::kGt;
    case CompareOp::kLe: return CompareOp::kGe;
    case CompareOp::kGt: return CompareOp::kLt;
    case CompareOp::kGe: return CompareOp::kLe;
    default: return op;
  }
}

const char* CompareSymbol(CompareOp op) {
  static const char* const kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return kSymbols[static_cast<int>(op)];
}

ErrorTag AttributeMissing(Value obj, Value name) {
  return SetErrorFmt(AttributeErrorType(), "'{}' object has no attribute '{}'", TypeName(obj),
                     StrView(name));
}

Value* InstanceDictSlot(Value obj) {
  size_t off = obj.type()->dict_offset;
  if (off == 0 || !obj.is_object()) return nullptr;
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + off);
}

}  // namespace

const char* BinOpSymbol(BinOp op) {
  static const char* const kSymbols[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>",
                                         "&", "|", "^"};
  return kSymbols[static_cast<int>(op)];
}

bool CheckCStack(const char* where) {
  char probe;
  ThreadState* ts = CurrentThread();
  if (reinterpret_cast<uintptr_t>(&probe) < ts->c_stack_limit) {
    SetErrorFmt(RecursionErrorType(), "maximum recursion depth exceeded{}", where);
    return false;
  }
  return true;
}

Ref Repr(Value v) {
  if (!CheckCStack(" while getting the repr of an object")) return Ref();
  TypeObject* t = v.type();
  Ref r = t->repr(v);
  if (r && !IsStr(r.get())) {
    return SetErrorFmt(TypeErrorType(), "__repr__ returned non-string (type {})", TypeName(r.get()));
  }
  return r;
}

Ref Str(Value v) {
  if (IsStr(v) && v.type() == &StrType) return Ref::New(v);
  if (!CheckCStack(" while getting the str of an object")) return Ref();
  TypeObject* t = v.type();
  Ref r = t->str != nullptr ? t->str(v) : t->repr(v);
  if (r && !IsStr(r.get())) {
    return SetErrorFmt(TypeErrorType(), "__str__ returned non-string (type {})", TypeName(r.get()));
  }
  return r;
}

bool ReprText(Value v, std::string* out) {
  Ref r = Repr(v);
  if (!r) return false;
  *out = std::string(StrView(r.get()));
  return true;
}

bool StrText(Value v, std::string* out) {
  Ref r = Str(v);
  if (!r) return false;
  *out = std::string(StrView(r.get()));
  return true;
}

int64_t Hash(Value v) {
  TypeObject* t = v.type();
  if (t->hash == nullptr) return SetErrorFmt(TypeErrorType(), "unhashable type: '{}'", t->name);
  return t->hash(v);
}

Ref RichCompare(Value a, Value b, CompareOp op) {
  if (!CheckCStack(" in comparison")) return Ref();
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  bool reflected_first = ta != tb && IsSubtype(tb, ta) && tb->richcompare != nullptr &&
                         tb->richcompare != ta->richcompare;
  if (reflected_first) {
    Ref r = tb->richcompare(b, a, Swapped(op));
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  if (ta->richcompare != nullptr) {
    Ref r = ta->richcompare(a, b, op);
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  if (!reflected_first && tb->richcompare != nullptr) {
    Ref r = tb->richcompare(b, a, Swapped(op));
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  if (op == CompareOp::kEq) return Ref::New(Bool(a == b));
  if (op == CompareOp::kNe) return Ref::New(Bool(a != b));
  return SetErrorFmt(TypeErrorType(), "'{}' not supported between instances of '{}' and '{}'",
                     CompareSymbol(op), ta->name, tb->name);
}


int RichCompareBool(Value a, Value b, CompareOp op) {
  if (a == b) {
    if (op == CompareOp::kEq) return 1;
    if (op == CompareOp::kNe) return 0;
  }
  // Fast paths for the exact builtin types sort, min/max and containers
  // compare most (same results as their richcompare slots).
  if (a.is_small_int() && b.is_small_int()) return ApplyCompare(a.small_int(), b.small_int(), op);
  if (a.is_object() && b.is_object()) {
    TypeObject* ta = a.type();
    if (ta == b.type()) {
      if (ta == &StrType) {
        std::string_view x = StrView(a), y = StrView(b);
        if (op == CompareOp::kEq) return x == y;
        if (op == CompareOp::kNe) return x != y;
        return ApplyCompare(x.compare(y), 0, op);  // UTF-8 byte order is code point order
      }
      if (ta == &FloatType) return ApplyCompare(FloatValue(a), FloatValue(b), op);
    }
  }
  Ref r = RichCompare(a, b, op);
  if (!r) return -1;
  if (r.get() == True()) return 1;
  if (r.get() == False()) return 0;
  return IsTrue(r.get());
}

Ref BinaryOp(Value a, Value b, BinOp op) {
  if (op == BinOp::kPow) return Power(a, b, None());
  Ref r = BinaryOp1(a, b, op);
  if (!r || !IsNotImplemented(r.get())) return r;
  return SetErrorFmt(TypeErrorType(), "unsupported operand type(s) for {}: '{}' and '{}'",
                     BinOpSymbol(op), TypeName(a), TypeName(b));
}

// A class's __iadd__ & co. (builtin types have no in-place slots of their own
// except list's, handled below). NotImplemented when there is none.
Ref ClassInPlace(Value a, Value b, BinOp op) {
  static const char* const kNames[] = {"__iadd__", "__isub__", "__imul__", "__imatmul__",
                                       "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
                                       "__ilshift__", "__irshift__", "__iand__", "__ior__",
                                       "__ixor__"};
  Value descr = LookupInType(a.type(), Intern(kNames[static_cast<int>(op)]));
  if (!descr) return NotImplemented();
  return CallFoundMethod(descr, a, &b, 1);
}

Ref InPlaceOp(Value a, Value b, BinOp op) {
  Ref r;
  if (a.is_object() && (a.type()->flags_ & gc::kHeapType)) {
    r = ClassInPlace(a, b, op);
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  if (IsList(a) && op == BinOp::kAdd) return ListInplaceConcat(a, b);
  if (IsList(a) && op == BinOp::kMul) return ListInplaceRepeat(a, b);
  if (IsSet(a)) {
    r = SetInplaceOp(a, b, op);
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  if (IsByteArray(a) && op == BinOp::kAdd) return ByteArrayInplaceConcat(a, b);
  if (IsByteArray(a) && op == BinOp::kMul) return ByteArrayInplaceRepeat(a, b);
  if (op == BinOp::kPow) {
    r = Power(a, b, None());
    return r;
  }
  r = BinaryOp1(a, b, op);
  if (!r || !IsNotImplemented(r.get())) return r;
  return SetErrorFmt(TypeErrorType(), "unsupported operand type(s) for {}=: '{}' and '{}'",
                     BinOpSymbol(op), TypeName(a), TypeName(b));
}

Ref Power(Value a, Value b, Value mod) {
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  TernaryFn sa = ta->number.power;
  TernaryFn sb = tb != ta ? tb->number.power : nullptr;
  if (sb == sa) sb = nullptr;
  if (sa != nullptr) {
    Ref r = sa(a, b, mod);
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  if (sb != nullptr) {
    Ref r = sb(a, b, mod);
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  if (IsNone(mod)) {
    return SetErrorFmt(TypeErrorType(), "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                       ta->name, tb->name);
  }
  return SetErrorFmt(TypeErrorType(),
                     "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", ta->name,
                     tb->name, TypeName(mod));
}

#define GY_UNARY(Fn, slot, sym)                                                            \
  Ref Fn(Value v) {                                                                        \
    UnaryFn f = v.type()->number.slot;                                                     \
    if (f == nullptr) {                                                                    \
      return SetErrorFmt(TypeErrorType(), "bad operand type for " sym ": '{}'", TypeName(v)); \
    }                                                                                      \
    return f(v);                                                                           \
  }
GY_UNARY(Negative, negative, "unary -")
GY_UNARY(Positive, positive, "unary +")
GY_UNARY(Invert, invert, "unary ~")
GY_UNARY(Absolute, absolute, "abs()")
#undef GY_UNARY

int IsTrue(Value v) {
  if (v == True()) return 1;
  if (v == False() || v == None()) return 0;
  if (v.is_small_int()) return v.small_int() != 0;
  TypeObject* t = v.type();
  if (t->number.bool_ != nullptr) return t->number.bool_(v);
  if (t->len != nullptr) {
    int64_t n = t->len(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

namespace {
// An int subclass instance (bool, IntEnum) as an exact int, as PyNumber_Index returns.
Ref ExactInt(Value v) {
  int64_t n;
  if (IntAsInt64(v, &n)) return IntFromInt64(n);
  ClearError();
  mpz_t z;
  mpz_init(z);
  IntToMpz(v, z);
  Ref r = IntFromMpz(z);
  mpz_clear(z);
  return r;
}
}  // namespace

Ref Index(Value v) {
  if (v.is_small_int()) return Ref::New(v);
  if (IsInt(v)) return v.type() == &IntType ? Ref::New(v) : ExactInt(v);
  UnaryFn f = v.type()->number.index;
  if (f == nullptr) {
    return SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer",
                       TypeName(v));
  }
  Ref r = f(v);
  if (r && !IsInt(r.get())) {
    return SetErrorFmt(TypeErrorType(), "__index__ returned non-int (type {})", TypeName(r.get()));
  }
  if (r && !r.get().is_small_int() && r.get().type() != &IntType) return ExactInt(r.get());
  return r;
}

namespace {
// __index__, then the value as int64; `on_overflow` raises the caller's error
// when it does not fit.
template <typename OnOverflow>
bool IndexValue(Value v, int64_t* out, OnOverflow on_overflow) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  Ref i = Index(v);
  if (!i) return false;
  if (IntAsInt64(i.get(), out)) return true;
  ClearError();
  on_overflow();
  return false;
}
}  // namespace

bool IndexToInt64(Value v, TypeObject* overflow_error, int64_t* out) {
  return IndexValue(v, out, [&] {
    SetErrorFmt(overflow_error, "cannot fit '{}' into an index-sized integer", TypeName(v));
  });
}

bool AsIndexInt64(Value v, int64_t* out) { return IndexToInt64(v, IndexErrorType(), out); }

bool AsSsizeArg(Value v, int64_t* out) {
  return IndexValue(v, out, [] { SetError(OverflowErrorType(), "Python int too large to convert to C ssize_t"); });
}

namespace {

// The type epoch: bumped by every change of any class's attribute dict.
// On its own cache line: threads only read it, except when classes change.
struct alignas(64) TypeEpoch {
  std::atomic<uint64_t> value{1};
  char pad[64 - sizeof(std::atomic<uint64_t>)];
};
TypeEpoch gTypeEpoch;

// The MRO walk, returning a strong reference (the dicts may be mutated by
// other threads meanwhile).
Ref LookupInTypeRef(TypeObject* t, Value name) {
  if (t->mro == nullptr) return Ref();
  Value mro = Value::FromObject(t->mro);
  int64_t n = TupleSize(mro);
  for (int64_t i = 0; i < n; ++i) {
    auto* c = static_cast<TypeObject*>(TupleItem(mro, i).obj());
    if (c->dict == nullptr) continue;
    Ref v = DictGetStrRef(Value::FromObject(c->dict), name);
    if (v) return v;
  }
  return Ref();
}

Value LookupInTypeUncached(TypeObject* t, Value name) {
  if (t->mro == nullptr) return Value();
  Value mro = Value::FromObject(t->mro);
  int64_t n = TupleSize(mro);
  for (int64_t i = 0; i < n; ++i) {
    auto* c = static_cast<TypeObject*>(TupleItem(mro, i).obj());
    if (c->dict == nullptr) continue;
    Value v = DictGetStr(Value::FromObject(c->dict), name);
    if (v) return v;
  }
  return Value();
}

}  // namespace

void BumpTypeEpoch() { gTypeEpoch.value.fetch_add(1, std::memory_order_release); }

// The cache holds no reference to its types: only immortal types (classes
// defined at module level, builtin types) and immortal names (interned
// strs) are cached, so a key's address is never reused. The epoch is read
// before the MRO walk: a change during the walk makes the entry stale.
namespace {

// The miss path of LookupInType, out of line so that the hit path (most
// attribute lookups) needs no stack frame or saved registers.
[[gnu::noinline]] Value LookupInTypeFill(ThreadState* ts, TypeObject* t, Value name, uint64_t epoch, size_t slot) {
  ThreadState::TypeCacheEntry* cache = ts->type_cache;
  if (cache == nullptr) {
    cache = ts->type_cache = new ThreadState::TypeCacheEntry[ThreadState::kTypeCacheSize];
  }
  Ref v = LookupInTypeRef(t, name);
  ThreadState::TypeCacheEntry& e = cache[slot];
  Value old = e.value;
  e.type = t;
  e.name = name;
  e.epoch = epoch;
  e.value = v.release();
  Value result = e.value;
  XDecref(old);  // after the entry is consistent (a dealloc may look types up)
  return result;
}

}  // namespace

Value LookupInType(TypeObject* t, Value name) {
  ThreadState* ts = CurrentThread();
  if (ts == nullptr || !t->immortal() || !name.is_object() || !name.obj()->immortal()) {
    return LookupInTypeUncached(t, name);
  }
  uint64_t epoch = gTypeEpoch.value.load(std::memory_order_acquire);
  uintptr_t h = (reinterpret_cast<uintptr_t>(name.obj()) >> 4) ^ (reinterpret_cast<uintptr_t>(t) >> 6);
  size_t slot = h & (ThreadState::kTypeCacheSize - 1);
  if (ThreadState::TypeCacheEntry* cache = ts->type_cache) {
    ThreadState::TypeCacheEntry& e = cache[slot];
    if (e.type == t && e.name == name && e.epoch == epoch) return e.value;
  }
  return LookupInTypeFill(ts, t, name, epoch, slot);
}

void ClearTypeCache(ThreadState* ts) {
  // A dealloc run by a release may look a type up and start a new cache:
  // release that one too.
  while (ThreadState::TypeCacheEntry* cache = ts->type_cache) {
    ts->type_cache = nullptr;
    for (size_t i = 0; i < ThreadState::kTypeCacheSize; ++i) XDecref(cache[i].value);
    delete[] cache;
  }
}

Ref GenericGetAttr(Value obj, Value name) {
  TypeObject* t = obj.type();
  Value descr = LookupInType(t, name);
  DescrGetFn get = descr ? descr.type()->descr_get : nullptr;
  if (get != nullptr && descr.type()->descr_set != nullptr) {
    return get(descr, obj, Value::FromObject(t));
  }
  Value* slot = InstanceDictSlot(obj);
  if (Value dict = slot != nullptr ? LoadDictSlot(slot) : Value(); dict) {
    Ref found;
    int r = name.is_object() && name.type() == &StrType ? DictLookupStr(dict, name, &found)
                                                        : DictLookup(dict, name, &found);
    if (r < 0) return Ref();
    if (r > 0) return found;
  }
  if (get != nullptr) return get(descr, obj, Value::FromObject(t));
  if (descr) return Ref::New(descr);
  return AttributeMissing(obj, name);
}

int GenericSetAttr(Value obj, Value name, Value v) {
  TypeObject* t = obj.type();
  Value descr = LookupInType(t, name);
  if (descr && descr.type()->descr_set != nullptr) return descr.type()->descr_set(descr, obj, v);
  Value* slot = InstanceDictSlot(obj);
  if (slot == nullptr) {
    if (descr) {
      return SetErrorFmt(AttributeErrorType(), "'{}' object attribute '{}' is read-only",
                         t->name, StrView(name));
    }
    return AttributeMissing(obj, name);
  }
  if (!v) {
    Value dict = LoadDictSlot(slot);
    if (!dict || DictDelItem(dict, name) < 0) {
      if (dict) ClearError();
      return AttributeMissing(obj, name);
    }
    return 0;
  }
  Value dict = EnsureDictSlot(slot);
  if (!dict) return -1;
  return DictSetItem(dict, name, v);
}

Value EnsureDictSlot(Value* slot) {
  std::atomic_ref<Value> ref(*slot);
  Value cur = ref.load(std::memory_order_acquire);
  if (cur) return cur;
  Ref d = NewDict();
  if (!d) return Value();
  Value expected;
  if (ref.compare_exchange_strong(expected, d.get(), std::memory_order_acq_rel, std::memory_order_acquire)) {
    return d.release();
  }
  return expected;  // another thread published first; ours is dropped
}

Ref GetAttr(Value obj, Value name) {
  TypeObject* t = obj.type();
  return t->getattr(obj, name);
}

Ref GetAttrStr(Value obj, std::string_view name) { return GetAttr(obj, Intern(name)); }

int SetAttr(Value obj, Value name, Value v) {
  TypeObject* t = obj.type();
  if (t->setattr == nullptr) {
    if (LookupInType(t, name)) {
      return SetErrorFmt(AttributeErrorType(), "'{}' object attribute '{}' is read-only",
                         t->name, StrView(name));
    }
    return SetErrorFmt(AttributeErrorType(), "'{}' object has no attribute '{}'", t->name,
                       StrView(name));
  }
  return t->setattr(obj, name, v);
}

Ref GetItem(Value obj, Value key) {
  TypeObject* t = obj.type();
  if (t->getitem == nullptr) {
    if (obj.is_object() && (obj.obj()->flags_ & gc::kIsType)) {
      // C[key] on a class: __class_getitem__ (PEP 560; typing.Generic).
      // It is an implicit classmethod: a plain function gets the class first.
      auto* cls = static_cast<TypeObject*>(obj.obj());
      Value hook = LookupInType(cls, Intern("__class_getitem__"));
      if (hook) {
        if (Is<FunctionObject>(hook)) {
          Value call_args[2] = {obj, key};
          return Call(hook, call_args, 2);
        }
        Ref bound = GetAttrStr(obj, "__class_getitem__");
        if (!bound) return Ref();
        return CallOneArg(bound.get(), key);
      }
      return SetErrorFmt(TypeErrorType(), "type '{}' is not subscriptable", cls->name);
    }
    return SetErrorFmt(TypeErrorType(), "'{}' object is not subscriptable", t->name);
  }
  return t->getitem(obj, key);
}

int SetItem(Value obj, Value key, Value v) {
  TypeObject* t = obj.type();
  if (t->setitem == nullptr) {
    return SetErrorFmt(TypeErrorType(), "'{}' object does not support item assignment", t->name);
  }
  return t->setitem(obj, key, v);
}

int DelItem(Value obj, Value key) {
  TypeObject* t = obj.type();
  if (t->setitem == nullptr) {
    return SetErrorFmt(TypeErrorType(), "'{}' object doesn't support item deletion", t->name);
  }
  return t->setitem(obj, key, Value());
}

int64_t Length(Value v) {
  TypeObject* t = v.type();
  if (t->len == nullptr) return SetErrorFmt(TypeErrorType(), "object of type '{}' has no len()", t->name);
  return t->len(v);
}

int Contains(Value container, Value item) {
  TypeObject* t = container.type();
  if (t->contains != nullptr) return t->contains(container, item);
  if (t->iter == nullptr && t->getitem == nullptr) {
    return SetErrorFmt(TypeErrorType(), "argument of type '{}' is not iterable", t->name);
  }
  Ref it = GetIter(container);
  if (!it) return -1;
  while (Ref x = IterNext(it.get())) {
    int eq = RichCompareBool(x.get(), item, CompareOp::kEq);
    if (eq != 0) return eq;
  }
  return ErrorOccurred() ? -1 : 0;
}

Ref Call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  TypeObject* t = callable.type();
  if (t->call == nullptr) {
    return SetErrorFmt(TypeErrorType(), "'{}' object is not callable", t->name);
  }
  return t->call(callable, args, nargs, kwnames);
}

Ref CallMethod(Value obj, std::string_view name, const Value* args, size_t nargs) {
  Ref m = GetAttrStr(obj, name);
  if (!m) return Ref();
  return Call(m.get(), args, nargs);
}

Ref GetIter(Value v) {
  TypeObject* t = v.type();
  if (t->iter != nullptr) {
    Ref it = t->iter(v);
    if (it && it.type()->next == nullptr) {
      return SetErrorFmt(TypeErrorType(), "iter() returned non-iterator of type '{}'",
                         TypeName(it.get()));
    }
    return it;
  }
  if (t->getitem != nullptr && !IsDict(v)) return NewSeqIter(v);
  return SetErrorFmt(TypeErrorType(), "'{}' object is not iterable", t->name);
}

Ref IterNext(Value iterator) {
  TypeObject* t = iterator.type();
  if (t->next == nullptr) {
    return SetErrorFmt(TypeErrorType(), "'{}' object is not an iterator", t->name);
  }
  Ref r = t->next(iterator);
  if (!r && ErrorMatches(StopIterationType())) ClearError();
  return r;
}

}  // namespace gilectomy::rt
