// Weak references: weakref.ref, weakref.proxy and the side table of weak
// references per object (see weakref.h and docs/weakref.md).
//
// Locking rules:
//  - Each object's list of weak references is guarded by the mutex of the
//    shard its address hashes to. A weak reference's `referent`, `prev`,
//    `next` and (while the referent lives) `callback` change only under that
//    shard lock; `referent` only ever goes from the object to null.
//  - No Python code, no Decref and no allocation through the object
//    allocator happens while a shard lock is held, and nothing in a critical
//    section polls a safepoint, so a stopped world never has a shard locked.
//  - Taking a strong reference from a weak one happens under the shard lock
//    with an increment-if-nonzero: an object whose count already reached zero
//    is dead to its weak references even before its dealloc clears them, and
//    its dealloc clears them under the same lock before the memory is freed.
#include "runtime/objects/weakref.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <unordered_map>

#include <fmt/format.h>

#include "gc/refcount.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/modules/thread.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/init.h"
#include "runtime/objects/list.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt {

TypeObject RefType, ProxyType, CallableProxyType;

namespace {

struct WeakRefObject : Object {
  std::atomic<Object*> referent;  // null once dead
  Object* callback;               // owned, or null
  std::atomic<int64_t> hash;      // -1: not computed yet
  WeakRefObject* prev;            // in the referent's list (shard lock)
  WeakRefObject* next;
};

WeakRefObject* AsWeak(Value v) { return static_cast<WeakRefObject*>(v.obj()); }

bool IsRef(Value v) { return v.is_object() && IsSubtype(v.type(), &RefType); }
bool IsProxy(Value v) {
  return v.is_object() && (v.type() == &ProxyType || v.type() == &CallableProxyType);
}

// ------------------------------------------------------------ the side table

constexpr size_t kShards = 64;

struct alignas(64) Shard {
  std::mutex mu;
  std::unordered_map<Object*, WeakRefObject*> heads;  // referent -> newest-first list
};

std::array<Shard, kShards>& Shards() {
  static auto* shards = new std::array<Shard, kShards>();  // never destroyed
  return *shards;
}

Shard& ShardFor(const Object* o) {
  auto a = reinterpret_cast<uintptr_t>(o);
  return Shards()[((a >> 4) ^ (a >> 10)) % kShards];
}

// A new reference to `o` unless its count already reached zero (it is being
// deallocated). Called under the shard lock of `o`, which keeps its memory valid.
bool TryIncref(Object* o) {
  if (o->immortal()) return true;
#if defined(GILECTOMY_RC_BUFFERED)
  // The committed count is never zero while weak references point at the
  // object: its death goes to a mutator, which clears them (under this shard
  // lock) before dropping the last reference.
  if (o->rc_.load(std::memory_order_relaxed) <= 0) return false;
  gc::Incref(o);
  return true;
#elif defined(GILECTOMY_RC_GIL)
  if (o->rc_ == 0) return false;
  ++o->rc_;
  return true;
#else
  int64_t n = o->rc_.load(std::memory_order_relaxed);
  while (n > 0) {
    if (o->rc_.compare_exchange_weak(n, n + 1, std::memory_order_relaxed)) return true;
  }
  return false;
#endif
}

// Unlinks `w` from the list of `r` (shard lock of r held).
void Unlink(Shard& s, Object* r, WeakRefObject* w) {
  if (w->prev != nullptr) {
    w->prev->next = w->next;
  } else if (w->next != nullptr) {
    s.heads[r] = w->next;
  } else {
    s.heads.erase(r);
  }
  if (w->next != nullptr) w->next->prev = w->prev;
  w->prev = w->next = nullptr;
}

bool IsBasicRef(const WeakRefObject* w) { return TypeOf(w) == &RefType && w->callback == nullptr; }
bool IsBasicProxy(const WeakRefObject* w) {
  return (TypeOf(w) == &ProxyType || TypeOf(w) == &CallableProxyType) && w->callback == nullptr;
}

// Detaches `w` from its referent's list (if still alive) and returns its
// callback for the caller to drop outside any lock.
Object* Detach(WeakRefObject* w) {
  Object* r = w->referent.load(std::memory_order_acquire);
  if (r != nullptr) {
    Shard& s = ShardFor(r);
    std::lock_guard<std::mutex> lock(s.mu);
    if (w->referent.load(std::memory_order_relaxed) == r) {
      Unlink(s, r, w);
      w->referent.store(nullptr, std::memory_order_release);
    }
  }
  // Nobody else touches the callback now: the dying path took a reference to
  // `w` before leaving the callback to RunWeakRefCallbacks, and the caller
  // holds the last reference (dealloc) or `w` is unreachable garbage (clear).
  Object* cb = w->callback;
  w->callback = nullptr;
  return cb;
}

// Strong reference to the referent of `w`, or null when dead.
Object* Referent(WeakRefObject* w) {
  Object* r = w->referent.load(std::memory_order_acquire);
  if (r == nullptr) return nullptr;
  Shard& s = ShardFor(r);
  std::lock_guard<std::mutex> lock(s.mu);
  if (w->referent.load(std::memory_order_relaxed) != r || !TryIncref(r)) return nullptr;
  return r;
}

// Clears the list of `o` (shard lock held, list already removed from the
// table): every weak reference becomes dead; those with a callback for which
// `want(w)` holds and that are not being deallocated are appended, with a new
// reference, to *out. Nothing touches `w` after its referent is cleared.
template <typename Want>
void ClearList(WeakRefObject* head, Want want, std::vector<Object*>* out) {
  for (WeakRefObject* w = head; w != nullptr;) {
    WeakRefObject* next = w->next;
    if (w->callback != nullptr && want(w) && TryIncref(w)) out->push_back(w);
    w->prev = w->next = nullptr;
    w->referent.store(nullptr, std::memory_order_release);
    w = next;
  }
}

// ------------------------------------------------------------ creation

ErrorTag NotWeakrefable(Value ob) {
  return SetErrorFmt(TypeErrorType(), "cannot create weak reference to '{}' object", TypeName(ob));
}

// Creates (or reuses the canonical callback-less) weak reference of `type`.
Ref MakeWeak(TypeObject* type, Value ob, Value callback) {
  if (!IsWeakrefable(ob)) return NotWeakrefable(ob);
  if (callback && IsNone(callback)) callback = Value();
  bool basic = !callback && (type == &RefType || type == &ProxyType || type == &CallableProxyType);
  Object* o = ob.obj();
  Object* mem = AllocObject(type, std::max(type->basic_size, sizeof(WeakRefObject)));
  if (mem == nullptr) return Ref();
  auto* w = static_cast<WeakRefObject*>(mem);
  w->hash.store(-1, std::memory_order_relaxed);
  Ref result = Ref::Steal(mem);
  Object* existing = nullptr;
  {
    Shard& s = ShardFor(o);
    std::lock_guard<std::mutex> lock(s.mu);
    auto it = s.heads.find(o);
    WeakRefObject* head = it == s.heads.end() ? nullptr : it->second;
    // The list starts with the basic ref, then the basic proxy, then the
    // others newest first.
    WeakRefObject* basic_ref = head != nullptr && IsBasicRef(head) ? head : nullptr;
    WeakRefObject* after_ref = basic_ref != nullptr ? head->next : head;
    WeakRefObject* basic_proxy = after_ref != nullptr && IsBasicProxy(after_ref) ? after_ref : nullptr;
    WeakRefObject* canonical = type == &RefType ? basic_ref : basic_proxy;
    if (basic && canonical != nullptr && TryIncref(canonical)) {
      existing = canonical;
    } else {
      WeakRefObject* prev = nullptr;
      if (!basic || type != &RefType) prev = basic_proxy != nullptr ? basic_proxy : basic_ref;
      w->referent.store(o, std::memory_order_relaxed);
      if (callback) {
        Incref(callback);
        w->callback = callback.obj();
      }
      w->prev = prev;
      w->next = prev != nullptr ? prev->next : head;
      if (w->next != nullptr) w->next->prev = w;
      if (prev != nullptr) {
        prev->next = w;
      } else {
        s.heads[o] = w;
      }
      gc::SetGcBits(o, gc::kGcHasWeakRefs);
    }
  }
  if (existing != nullptr) return Ref::Steal(existing);  // `result` (never linked) is dropped
  return result;
}

// ------------------------------------------------------------ ref

void WeakDealloc(gc::Header* h) {
  auto* w = static_cast<WeakRefObject*>(h);
  ClearWeakRefs(w);  // a weak reference to a weak reference subclass instance
  if (Object* cb = Detach(w)) Decref(Value::FromObject(cb));
  FreeObject(w);
}

void WeakTraverse(gc::Header* h, gc::Visitor& v) {
  auto* w = static_cast<WeakRefObject*>(h);
  if (w->callback != nullptr) v.Visit(w->callback);
}

void WeakClear(gc::Header* h) {
  if (Object* cb = Detach(static_cast<WeakRefObject*>(h))) Decref(Value::FromObject(cb));
}

Ref RefNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (type == &RefType && !NoKeywords("ref", kwnames)) return Ref();
  if (!CheckArgCount("__new__", nargs, 1, 2)) return Ref();
  return MakeWeak(type, args[0], nargs > 1 ? args[1] : Value());
}

int RefInit(Value, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("ref", kwnames)) return -1;
  if (!CheckArgCount("__init__", nargs, 1, 2)) return -1;
  return 0;
}

Ref RefCall(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("weakref", kwnames)) return Ref();
  if (nargs != 0) {
    return SetErrorFmt(TypeErrorType(), "weakref expected 0 arguments, got {}", nargs);
  }
  return WeakRefReferent(self);
}

int64_t RefHash(Value self) {
  WeakRefObject* w = AsWeak(self);
  int64_t h = w->hash.load(std::memory_order_relaxed);
  if (h != -1) return h;
  Object* r = Referent(w);
  if (r == nullptr) {
    SetError(TypeErrorType(), "weak object has gone away");
    return -1;
  }
  Ref obj = Ref::Steal(r);
  h = Hash(obj.get());
  if (h != -1) w->hash.store(h, std::memory_order_relaxed);
  return h;
}

Ref RefRichCompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !(IsRef(a) || IsProxy(a)) ||
      !(IsRef(b) || IsProxy(b))) {
    return NotImplemented();
  }
  Object* ra = Referent(AsWeak(a));
  Object* rb = Referent(AsWeak(b));
  Ref oa = ra ? Ref::Steal(ra) : Ref();
  Ref ob = rb ? Ref::Steal(rb) : Ref();
  if (!oa || !ob) {
    bool same = a == b;
    return Ref::New(Bool(op == CompareOp::kEq ? same : !same));
  }
  return RichCompare(oa.get(), ob.get(), op);
}

Ref RefRepr(Value self) {
  Object* r = Referent(AsWeak(self));
  const void* addr = self.obj();
  if (r == nullptr) return StrFromUtf8(fmt::format("<weakref at {}; dead>", addr));
  Ref obj = Ref::Steal(r);
  Ref name = GetAttrStr(obj.get(), "__name__");
  if (!name) {
    if (!ErrorMatches(AttributeErrorType())) return Ref();
    ClearError();
  }
  if (name && IsStr(name.get())) {
    return StrFromUtf8(fmt::format("<weakref at {}; to '{}' at {} ({})>", addr, TypeName(obj.get()),
                                   static_cast<const void*>(r), StrView(name.get())));
  }
  return StrFromUtf8(
      fmt::format("<weakref at {}; to '{}' at {}>", addr, TypeName(obj.get()), static_cast<const void*>(r)));
}

Ref RefGetCallback(Value self) {
  WeakRefObject* w = AsWeak(self);
  Object* r = w->referent.load(std::memory_order_acquire);
  if (r != nullptr) {
    Shard& s = ShardFor(r);
    std::lock_guard<std::mutex> lock(s.mu);
    if (w->referent.load(std::memory_order_relaxed) == r && w->callback != nullptr) {
      return Ref::New(Value::FromObject(w->callback));
    }
  }
  return Ref::New(None());
}

const GetSetDef kRefGetSets[] = {{"__callback__", RefGetCallback}, {nullptr, nullptr}};

// ------------------------------------------------------------ proxy

// The referent of a proxy, or ReferenceError when it is dead.
Ref Unwrap(Value proxy) {
  Object* r = Referent(AsWeak(proxy));
  if (r == nullptr) return SetError(ReferenceErrorType(), "weakly-referenced object no longer exists");
  return Ref::Steal(r);
}

// Replaces a proxy operand by its referent (holding the reference in `hold`).
bool UnwrapOperand(Value* v, Ref* hold) {
  if (!IsProxy(*v)) return true;
  *hold = Unwrap(*v);
  if (!*hold) return false;
  *v = hold->get();
  return true;
}

Ref ProxyRepr(Value self) {
  Object* r = Referent(AsWeak(self));
  Ref obj = r ? Ref::Steal(r) : Ref::New(None());
  return StrFromUtf8(fmt::format("<weakproxy at {} to {} at {}>", static_cast<const void*>(self.obj()),
                                 TypeName(obj.get()), static_cast<const void*>(obj.get().obj())));
}

Ref ProxyStr(Value self) {
  Ref o = Unwrap(self);
  return o ? Str(o.get()) : Ref();
}

Ref ProxyGetAttr(Value self, Value name) {
  Ref o = Unwrap(self);
  return o ? GetAttr(o.get(), name) : Ref();
}

int ProxySetAttr(Value self, Value name, Value v) {
  Ref o = Unwrap(self);
  return o ? SetAttr(o.get(), name, v) : -1;
}

Ref ProxyRichCompare(Value a, Value b, CompareOp op) {
  Ref ha, hb;
  if (!UnwrapOperand(&a, &ha) || !UnwrapOperand(&b, &hb)) return Ref();
  return RichCompare(a, b, op);
}

template <BinOp kOp>
Ref ProxyBinary(Value a, Value b) {
  Ref ha, hb;
  if (!UnwrapOperand(&a, &ha) || !UnwrapOperand(&b, &hb)) return Ref();
  return BinaryOp(a, b, kOp);
}

Ref ProxyDivmod(Value a, Value b) {
  Ref ha, hb;
  if (!UnwrapOperand(&a, &ha) || !UnwrapOperand(&b, &hb)) return Ref();
  Value builtins = CurrentThread()->runtime->builtins();
  Value fn = DictGetCStr(builtins, "divmod");
  if (!fn) return SetError(NameErrorType(), "divmod");
  Value args[2] = {a, b};
  return Call(fn, args, 2);
}

Ref ProxyPower(Value a, Value b, Value c) {
  Ref ha, hb, hc;
  if (!UnwrapOperand(&a, &ha) || !UnwrapOperand(&b, &hb) || !UnwrapOperand(&c, &hc)) return Ref();
  return Power(a, b, c);
}

template <Ref (*kFn)(Value)>
Ref ProxyUnary(Value self) {
  Ref o = Unwrap(self);
  return o ? kFn(o.get()) : Ref();
}

Ref IntOf(Value v) { return CallOneArg(Value::FromObject(&IntType), v); }
Ref FloatOf(Value v) { return CallOneArg(Value::FromObject(&FloatType), v); }

int ProxyBool(Value self) {
  Ref o = Unwrap(self);
  return o ? IsTrue(o.get()) : -1;
}

int64_t ProxyLen(Value self) {
  Ref o = Unwrap(self);
  return o ? Length(o.get()) : -1;
}

Ref ProxyIter(Value self) {
  Ref o = Unwrap(self);
  return o ? GetIter(o.get()) : Ref();
}

Ref ProxyNext(Value self) {
  Ref o = Unwrap(self);
  if (!o) return Ref();
  if (o.type()->next == nullptr) {
    return SetErrorFmt(TypeErrorType(), "Weakref proxy referenced a non-iterator '{}' object", TypeName(o.get()));
  }
  return IterNext(o.get());
}

Ref ProxyGetItem(Value self, Value key) {
  Ref o = Unwrap(self);
  return o ? GetItem(o.get(), key) : Ref();
}

int ProxySetItem(Value self, Value key, Value v) {
  Ref o = Unwrap(self);
  if (!o) return -1;
  return v ? SetItem(o.get(), key, v) : DelItem(o.get(), key);
}

int ProxyContains(Value self, Value item) {
  Ref o = Unwrap(self);
  return o ? Contains(o.get(), item) : -1;
}

Ref ProxyCall(Value self, const Value* args, size_t nargs, Value kwnames) {
  Ref o = Unwrap(self);
  return o ? Call(o.get(), args, nargs, kwnames) : Ref();
}

// builtins.<name>(referent), for the proxy's __bytes__ and __reversed__.
Ref CallBuiltinOnReferent(Value self, const char* name) {
  Ref o = Unwrap(self);
  if (!o) return Ref();
  Value fn = DictGetCStr(CurrentThread()->runtime->builtins(), name);
  if (!fn) return SetError(NameErrorType(), name);
  return CallOneArg(fn, o.get());
}
Ref ProxyBytes(Value self, const Value*, size_t, Value) { return CallBuiltinOnReferent(self, "bytes"); }
Ref ProxyReversed(Value self, const Value*, size_t, Value) { return CallBuiltinOnReferent(self, "reversed"); }

const MethodDef kProxyMethods[] = {
    {"__bytes__", ProxyBytes},
    {"__reversed__", ProxyReversed},
    {nullptr, nullptr},
};

void InitProxyType(TypeObject* t, const char* name, bool callable) {
  t->name = name;
  t->basic_size = sizeof(WeakRefObject);
  t->hooks.dealloc = WeakDealloc;
  t->hooks.traverse = WeakTraverse;
  t->hooks.clear = WeakClear;
  t->repr = ProxyRepr;
  t->str = ProxyStr;
  t->getattr = ProxyGetAttr;
  t->setattr = ProxySetAttr;
  t->richcompare = ProxyRichCompare;
  t->iter = ProxyIter;
  t->next = ProxyNext;
  t->len = ProxyLen;
  t->getitem = ProxyGetItem;
  t->setitem = ProxySetItem;
  t->contains = ProxyContains;
  if (callable) t->call = ProxyCall;
  NumberSlots& n = t->number;
  n.add = ProxyBinary<BinOp::kAdd>;
  n.subtract = ProxyBinary<BinOp::kSub>;
  n.multiply = ProxyBinary<BinOp::kMul>;
  n.true_divide = ProxyBinary<BinOp::kTrueDiv>;
  n.floor_divide = ProxyBinary<BinOp::kFloorDiv>;
  n.remainder = ProxyBinary<BinOp::kMod>;
  n.divmod = ProxyDivmod;
  n.lshift = ProxyBinary<BinOp::kLShift>;
  n.rshift = ProxyBinary<BinOp::kRShift>;
  n.and_ = ProxyBinary<BinOp::kAnd>;
  n.or_ = ProxyBinary<BinOp::kOr>;
  n.xor_ = ProxyBinary<BinOp::kXor>;
  n.matmul = ProxyBinary<BinOp::kMatMul>;
  n.power = ProxyPower;
  n.negative = ProxyUnary<Negative>;
  n.positive = ProxyUnary<Positive>;
  n.absolute = ProxyUnary<Absolute>;
  n.invert = ProxyUnary<Invert>;
  n.bool_ = ProxyBool;
  n.int_ = ProxyUnary<IntOf>;
  n.float_ = ProxyUnary<FloatOf>;
  n.index = ProxyUnary<Index>;
  t->methods = kProxyMethods;
  InitStaticType(t);
  t->hash = nullptr;  // unhashable: "unhashable type: 'weakref.ProxyType'"
}

// ------------------------------------------------------------ callbacks

void RunCallbacks(std::vector<Object*>& callbacks) {
  if (callbacks.empty()) return;
  Ref saved = FetchError();
  for (Object* o : callbacks) {
    auto* w = static_cast<WeakRefObject*>(o);
    Object* cb = w->callback;
    w->callback = nullptr;
    if (cb != nullptr) {
      Ref r = CallOneArg(Value::FromObject(cb), Value::FromObject(w));
      if (!r) CurrentThread()->runtime->WriteUnraisable(Value::FromObject(cb));
      Decref(Value::FromObject(cb));
    }
    Decref(Value::FromObject(w));
  }
  callbacks.clear();
  RestoreError(std::move(saved));
}

}  // namespace

// ------------------------------------------------------------ public API

Ref NewWeakRef(TypeObject* type, Value ob, Value callback) { return MakeWeak(type, ob, callback); }

Ref NewWeakProxy(Value ob, Value callback) {
  if (!IsWeakrefable(ob)) return NotWeakrefable(ob);
  return MakeWeak(ob.type()->call != nullptr ? &CallableProxyType : &ProxyType, ob, callback);
}

Ref WeakRefReferent(Value wr) {
  Object* r = Referent(AsWeak(wr));
  return r ? Ref::Steal(r) : Ref::New(None());
}

int64_t WeakRefCount(Value ob) {
  if (!IsWeakrefable(ob)) return 0;
  Shard& s = ShardFor(ob.obj());
  std::lock_guard<std::mutex> lock(s.mu);
  auto it = s.heads.find(ob.obj());
  int64_t n = 0;
  if (it != s.heads.end()) {
    for (WeakRefObject* w = it->second; w != nullptr; w = w->next) ++n;
  }
  return n;
}

Ref WeakRefList(Value ob) {
  Ref list = NewList(0);
  if (!list || !IsWeakrefable(ob)) return list;
  std::vector<Object*> refs;
  {
    Shard& s = ShardFor(ob.obj());
    std::lock_guard<std::mutex> lock(s.mu);
    auto it = s.heads.find(ob.obj());
    if (it != s.heads.end()) {
      for (WeakRefObject* w = it->second; w != nullptr; w = w->next) {
        if (TryIncref(w)) refs.push_back(w);
      }
    }
  }
  bool ok = true;
  for (Object* w : refs) {
    if (ok && ListAppend(list.get(), Value::FromObject(w)) < 0) ok = false;
    Decref(Value::FromObject(w));
  }
  return ok ? std::move(list) : Ref();
}

void ClearWeakRefsSlow(Object* o) {
  std::vector<Object*> callbacks;
  {
    Shard& s = ShardFor(o);
    std::lock_guard<std::mutex> lock(s.mu);
    auto it = s.heads.find(o);
    if (it != s.heads.end()) {
      WeakRefObject* head = it->second;
      s.heads.erase(it);
      ClearList(head, [](WeakRefObject*) { return true; }, &callbacks);
    }
  }
  gc::ClearGcBits(o, gc::kGcHasWeakRefs);
  RunCallbacks(callbacks);
}

void ClearWeakRefsForCollector(Object* o, bool (*is_garbage)(gc::Header*, void*), void* ctx,
                               std::vector<Object*>* callbacks) {
  if (!(gc::GcBitsOf(o) & gc::kGcHasWeakRefs)) return;
  {
    Shard& s = ShardFor(o);
    std::lock_guard<std::mutex> lock(s.mu);
    auto it = s.heads.find(o);
    if (it != s.heads.end()) {
      WeakRefObject* head = it->second;
      s.heads.erase(it);
      ClearList(head, [&](WeakRefObject* w) { return !is_garbage(w, ctx); }, callbacks);
    }
  }
  gc::ClearGcBits(o, gc::kGcHasWeakRefs);
}

void RunWeakRefCallbacks(std::vector<Object*>& callbacks) { RunCallbacks(callbacks); }

void InitWeakRefTypes() {
  RefType.name = "weakref.ReferenceType";
  RefType.basic_size = sizeof(WeakRefObject);
  RefType.type_flags = kTypeBaseType;
  RefType.hooks.dealloc = WeakDealloc;
  RefType.hooks.traverse = WeakTraverse;
  RefType.hooks.clear = WeakClear;
  RefType.repr = RefRepr;
  RefType.hash = RefHash;
  RefType.richcompare = RefRichCompare;
  RefType.call = RefCall;
  RefType.new_ = RefNew;
  RefType.init = RefInit;
  RefType.getsets = kRefGetSets;
  InitStaticType(&RefType);

  InitProxyType(&ProxyType, "weakref.ProxyType", false);
  InitProxyType(&CallableProxyType, "weakref.CallableProxyType", true);

  // The builtin types whose instances accept weak references (as in CPython).
  // Classes inherit the flag or add it (TypeNew, runtime/objects/class.cpp).
  for (TypeObject* t : {&TypeType, &SetType, &FrozenSetType, &FunctionType, &BuiltinFunctionType,
                        &MethodType, &GeneratorType, &CodeType, &ModuleType, &MemoryViewType, &LockType,
                        &RLockType}) {
    t->type_flags |= kTypeWeakrefable;
  }
}

}  // namespace gilectomy::rt
