// dict: a compact, insertion-ordered hash table (the layout CPython has used
// since 3.6), plus the key/value/item views and iterators.
//
//   index[index_size]      int64 slots: -1 empty, -2 dummy (deleted), else an
//                          entry number. index_size is a power of two.
//   entries[entries_cap]   DictEntry {hash, key, value} in insertion order;
//                          entries_len of them written. A deleted entry keeps
//                          its place with key == null (its index slot turns
//                          into a dummy), so iteration order never changes.
//
// Invariants: every index slot >= 0 names a live entry; used <= entries_len
// <= entries_cap = index_size * 2 / 3 (so probing always finds an empty
// slot). Inserting into a full entry array rebuilds both arrays with room
// for about 3 * used entries, dropping deleted entries.
//
// Probing: i = hash & mask, then i = (i * 5 + 1 + perturb) & mask with
// perturb >>= 5 each step (CPython's sequence; visits every slot).
//
// The trap: comparing keys with == runs Python code (__eq__), which can
// mutate this dict and even free the entry being compared. Lookups hold a
// reference to the key they compare and restart the probe when `version`
// changed meanwhile. Every mutation bumps `version`.
//
// Threads: every operation holds the dict's object lock
// (runtime/object_lock.h) while it reads or writes the tables. Find() is
// called with the lock held and drops it only around a Python-level key
// compare, re-checking `version` afterwards (the same restart that guards
// against a mutating __eq__). Values and keys removed under the lock are
// released after it (Dropped). Iterators lock themselves, then the dict.
// `used` and `version` are relaxed atomics so len() and caches may read them
// without the lock.
//
// Global-variable lookup (DictGetStr) compares interned str keys by pointer
// first and never runs Python code when every key is a str.
#include "runtime/objects/dict.h"

#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/object_lock.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

static TypeObject DictKeysType, DictValuesType, DictItemsType;
static TypeObject DictKeyIterType, DictValueIterType, DictItemIterType, DictRevKeyIterType,
    DictRevValueIterType, DictRevItemIterType;

namespace {

constexpr int64_t kEmpty = -1;
constexpr int64_t kDummy = -2;
constexpr int64_t kMinIndexSize = 8;

DictObject* AsDict(Value v) { return static_cast<DictObject*>(v.obj()); }

// References a locked operation removed from a dict; declared before the
// LockGuard so they are released after the unlock (a dealloc never runs
// under an object lock).
struct Dropped {
  Ref key, value;
};

int64_t UsableFraction(int64_t n) { return (n << 1) / 3; }

// After a change of d's contents (under its lock).
inline void Changed(DictObject* d) {
  d->version++;
  if (d->type_dict) BumpTypeEpoch();
}

// The hash of a key; -1 with an exception for unhashable keys.
inline int64_t KeyHash(Value key) {
  if (key.is_object() && key.type() == &StrType) return StrHash(key);
  return Hash(key);
}

// The first empty slot on hash's probe sequence (no compares).
int64_t FindEmptySlot(const DictObject* d, int64_t hash) {
  uint64_t mask = static_cast<uint64_t>(d->index_size - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  while (d->index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return static_cast<int64_t>(i);
}

// Rebuilds the table with an index of at least `min_size` slots and room for
// the live entries; compacts away deleted entries. false on MemoryError.
bool Resize(DictObject* d, int64_t min_size) {
  int64_t size = kMinIndexSize;
  while (size < min_size || UsableFraction(size) <= d->used) size <<= 1;
  int64_t cap = UsableFraction(size);
  auto* index = static_cast<int64_t*>(gc::AllocateRaw(static_cast<size_t>(size) * sizeof(int64_t)));
  auto* entries =
      static_cast<DictEntry*>(gc::AllocateRaw(static_cast<size_t>(cap) * sizeof(DictEntry)));
  if (index == nullptr || entries == nullptr) {
    if (index != nullptr) gc::FreeRaw(index);
    if (entries != nullptr) gc::FreeRaw(entries);
    NoMemory();
    return false;
  }
  int64_t n = 0;
  for (int64_t i = 0; i < d->entries_len; i++) {
    if (d->entries[i].key) entries[n++] = d->entries[i];
  }
  if (d->entries != nullptr) gc::FreeRaw(d->entries);
  if (d->index != nullptr) gc::FreeRaw(d->index);
  std::memset(index, 0xff, static_cast<size_t>(size) * sizeof(int64_t));  // all kEmpty
  d->index = index;
  d->index_size = size;
  d->entries = entries;
  d->entries_cap = cap;
  d->entries_len = n;
  for (int64_t i = 0; i < n; i++) d->index[FindEmptySlot(d, entries[i].hash)] = i;
  d->version++;
  return true;
}

struct Probe {
  int64_t ix;    // entry number, or -1 when absent
  int64_t slot;  // index slot of the entry, or where to insert it
};

// Finds `key`. Returns false only on error (a raising __eq__). The caller
// holds d's lock; it is released around a Python-level compare.
bool Find(DictObject* d, Value key, int64_t hash, Probe* p) {
restart:
  if (d->index_size == 0) {
    *p = {-1, -1};
    return true;
  }
  uint64_t mask = static_cast<uint64_t>(d->index_size - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  int64_t free_slot = -1;
  for (;;) {
    int64_t ix = d->index[i];
    if (ix == kEmpty) {
      *p = {-1, free_slot >= 0 ? free_slot : static_cast<int64_t>(i)};
      return true;
    }
    if (ix == kDummy) {
      if (free_slot < 0) free_slot = static_cast<int64_t>(i);
    } else {
      const DictEntry& e = d->entries[ix];
      if (e.key == key) {
        *p = {ix, static_cast<int64_t>(i)};
        return true;
      }
      if (e.hash == hash) {
        if (e.key.type() == &StrType && key.is_object() && key.type() == &StrType) {
          if (StrEquals(e.key, key)) {
            *p = {ix, static_cast<int64_t>(i)};
            return true;
          }
        } else {
          Ref startkey = Ref::New(e.key);
          uint64_t version = d->version;
          int cmp;
          {
            UnlockGuard unlocked(d);
            cmp = RichCompareBool(startkey.get(), key, CompareOp::kEq);
            startkey = Ref();  // its last reference may run __del__: not under the lock
          }
          if (cmp < 0) return false;
          if (d->version != version) goto restart;
          if (cmp > 0) {
            *p = {ix, static_cast<int64_t>(i)};
            return true;
          }
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Inserts or replaces; borrows key and value. -1 on error. The caller holds
// d's lock; a replaced value goes to `dropped`.
int Insert(DictObject* d, Value key, int64_t hash, Value value, Dropped* dropped) {
  Probe p;
  if (!Find(d, key, hash, &p)) return -1;
  if (p.ix >= 0) {
    Value old = d->entries[p.ix].value;
    Incref(value);
    d->entries[p.ix].value = value;
    Changed(d);
    dropped->value = Ref::Steal(old);
    return 0;
  }
  if (d->entries_len >= d->entries_cap) {
    if (!Resize(d, d->used * 3)) return -1;
    p.slot = FindEmptySlot(d, hash);
  }
  Incref(key);
  Incref(value);
  int64_t n = d->entries_len++;
  d->entries[n] = {hash, key, value};
  d->index[p.slot] = n;
  d->used++;
  Changed(d);
  return 0;
}

// Removes the entry found by `p` (caller holds the lock); its references go
// to `dropped`, released after the unlock.
void RemoveAt(DictObject* d, const Probe& p, Dropped* dropped) {
  DictEntry& e = d->entries[p.ix];
  dropped->key = Ref::Steal(e.key);
  dropped->value = Ref::Steal(e.value);
  e.key = Value();
  e.value = Value();
  d->index[p.slot] = kDummy;
  d->used--;
  Changed(d);
}

// The live entry at or after *pos (copied out as strong references under
// the lock), advancing *pos; false at the end.
bool EntryAt(DictObject* d, int64_t* pos, Ref* key, Ref* value, int64_t* hash = nullptr) {
  Ref k, v;
  {
    LockGuard g(d);
    while (*pos < d->entries_len) {
      const DictEntry& e = d->entries[(*pos)++];
      if (e.key) {
        k = Ref::New(e.key);
        v = Ref::New(e.value);
        if (hash != nullptr) *hash = e.hash;
        break;
      }
    }
  }
  if (!k) return false;
  // Assigned after the unlock: the caller's previous key/value may be the
  // last references (a dealloc can run __del__).
  *key = std::move(k);
  if (value != nullptr) *value = std::move(v);
  return true;
}

// Lookup with a known hash: 1 found (*out), 0 missing, -1 error.
int LookupHashed(DictObject* d, Value key, int64_t hash, Ref* out) {
  LockGuard g(d);
  Probe p;
  if (!Find(d, key, hash, &p)) return -1;
  if (p.ix < 0) return 0;
  *out = Ref::New(d->entries[p.ix].value);
  return 1;
}

Ref AllocDict(TypeObject* type) {
  Object* o = AllocObject(type, std::max(type->basic_size, sizeof(DictObject)));
  if (o == nullptr) return Ref();
  return Ref::Steal(o);
}

void FreeTables(DictObject* d) {
  if (d->entries != nullptr) gc::FreeRaw(d->entries);
  if (d->index != nullptr) gc::FreeRaw(d->index);
  d->entries = nullptr;
  d->index = nullptr;
}

void DictDeallocBody(gc::Header* h) {
  auto* d = static_cast<DictObject*>(h);
  for (int64_t i = 0; i < d->entries_len; i++) {
    if (d->entries[i].key) {
      Decref(d->entries[i].key);
      Decref(d->entries[i].value);
    }
  }
  FreeTables(d);
  FreeObject(h);
}

void DictDealloc(gc::Header* h) { detail::DeallocWithoutRecursion(h, DictDeallocBody); }

void DictTraverse(gc::Header* h, gc::Visitor& v) {
  auto* d = static_cast<DictObject*>(h);
  for (int64_t i = 0; i < d->entries_len; i++) {
    if (d->entries[i].key) {
      detail::VisitValue(v, d->entries[i].key);
      detail::VisitValue(v, d->entries[i].value);
    }
  }
}

void DictClearHook(gc::Header* h) { DictClear(Value::FromObject(h)); }

// --- slots -------------------------------------------------------------------------

Ref DictRepr(Value self) {
  DictObject* d = AsDict(self);
  if (d->used == 0) return StrFromAscii("{}");
  detail::ReprGuard guard(d);
  if (guard.recursive()) return StrFromAscii("{...}");
  if (!CheckCStack(" while getting the repr of an object")) return Ref();
  std::string out = "{";
  bool first = true;
  int64_t pos = 0;
  Ref key, value;
  while (EntryAt(d, &pos, &key, &value)) {  // repr may mutate d: re-read each time
    if (!first) out += ", ";
    first = false;
    if (!detail::AppendRepr(out, key.get())) return Ref();
    out += ": ";
    if (!detail::AppendRepr(out, value.get())) return Ref();
  }
  out += '}';
  return StrFromUtf8(out);
}

// 1 equal, 0 not, -1 error.
int DictEqual(DictObject* a, DictObject* b) {
  if (a->used != b->used) return 0;
  int64_t pos = 0, hash = 0;
  Ref key, aval;
  while (EntryAt(a, &pos, &key, &aval, &hash)) {
    Ref bval;
    int found = LookupHashed(b, key.get(), hash, &bval);
    if (found <= 0) return found;
    int k = RichCompareBool(aval.get(), bval.get(), CompareOp::kEq);
    if (k <= 0) return k;
  }
  return 1;
}

Ref DictRichCompare(Value a, Value b, CompareOp op) {
  if (!IsDict(a) || !IsDict(b) || (op != CompareOp::kEq && op != CompareOp::kNe)) {
    return NotImplemented();
  }
  int k = DictEqual(AsDict(a), AsDict(b));
  if (k < 0) return Ref();
  return Ref::New(Bool((k == 1) == (op == CompareOp::kEq)));
}

int64_t DictLen(Value self) { return AsDict(self)->used; }

Ref DictGetItem(Value self, Value key) {
  Ref out;
  int k = DictLookup(self, key, &out);
  if (k < 0) return Ref();
  if (k > 0) return out;
  if (self.type() != &DictType) {
    // dict subclasses may define __missing__ (defaultdict-style).
    Value missing = LookupInType(self.type(), Intern("__missing__"));
    if (missing) {
      Value args[2] = {self, key};
      return Call(missing, args, 2);
    }
  }
  return SetErrorWithArg(KeyErrorType(), key);
}

int DictSetItemSlot(Value self, Value key, Value v) {
  if (v) return DictSetItem(self, key, v);
  return DictDelItem(self, key);
}

int DictContains(Value self, Value key) {
  Ref out;
  return DictLookup(self, key, &out);
}

// --- iterators ---------------------------------------------------------------------

enum class IterKind : uint8_t { kKeys, kValues, kItems };

struct DictIterObject : Object {
  Object* dict;  // owned; null once exhausted
  int64_t pos;   // next entry to look at (forward) or current (reverse)
  int64_t used;  // d->used when the iterator was created
};

Ref NewDictIter(TypeObject* type, Value dict, int64_t pos) {
  Object* o = AllocObject(type, sizeof(DictIterObject));
  if (o == nullptr) return Ref();
  auto* it = static_cast<DictIterObject*>(o);
  Incref(dict);
  it->dict = dict.obj();
  it->pos = pos;
  it->used = AsDict(dict)->used;
  return Ref::Steal(o);
}

void DictIterDealloc(gc::Header* h) {
  auto* it = static_cast<DictIterObject*>(h);
  if (it->dict != nullptr) gc::Decref(it->dict);
  FreeObject(h);
}

void DictIterTraverse(gc::Header* h, gc::Visitor& v) {
  auto* it = static_cast<DictIterObject*>(h);
  if (it->dict != nullptr) v.Visit(it->dict);
}

// One step of a dict iterator (delta +1 forward, -1 reverse): copies the
// next live entry's key and value out under the iterator's lock and then
// the dict's. false at the end or with RuntimeError set when the dict
// changed size. Another thread resizing the dict meanwhile is caught by the
// same size check (or iteration continues over a consistent table).
bool DictIterStep(Value self, int delta, Ref* key, Ref* value) {
  auto* it = static_cast<DictIterObject*>(self.obj());
  Object* drop = nullptr;
  {
    LockGuard g(it);
    if (it->dict == nullptr) return false;
    auto* d = static_cast<DictObject*>(it->dict);
    {
      LockGuard gd(d);
      if (d->used != it->used) {
        it->used = -1;  // keep failing
        SetError(RuntimeErrorType(), "dictionary changed size during iteration");
        return false;
      }
      while (it->pos >= 0 && it->pos < d->entries_len) {
        const DictEntry& e = d->entries[it->pos];
        it->pos += delta;
        if (e.key) {
          *key = Ref::New(e.key);
          *value = Ref::New(e.value);
          return true;
        }
      }
    }
    drop = it->dict;
    it->dict = nullptr;
  }
  gc::Decref(drop);
  return false;
}

template <IterKind kKind>
Ref DictIterNext(Value self) {
  Ref key, value;
  if (!DictIterStep(self, 1, &key, &value)) return Ref();
  if constexpr (kKind == IterKind::kKeys) return key;
  if constexpr (kKind == IterKind::kValues) return value;
  return MakeTuple({key.get(), value.get()});
}

template <IterKind kKind>
Ref DictRevIterNext(Value self) {
  Ref key, value;
  if (!DictIterStep(self, -1, &key, &value)) return Ref();
  if constexpr (kKind == IterKind::kKeys) return key;
  if constexpr (kKind == IterKind::kValues) return value;
  return MakeTuple({key.get(), value.get()});
}

Ref DictIterLengthHint(Value self, const Value*, size_t, Value) {
  auto* it = static_cast<DictIterObject*>(self.obj());
  LockGuard g(it);
  if (it->dict == nullptr || it->used != static_cast<DictObject*>(it->dict)->used) {
    return Ref::SmallInt(0);
  }
  return IntFromInt64(it->used);  // an upper bound, like CPython's
}

Ref DictIter(Value self) { return NewDictIter(&DictKeyIterType, self, 0); }

// --- views -------------------------------------------------------------------------

struct DictViewObject : Object {
  Object* dict;  // owned
};

Ref NewView(TypeObject* type, Value dict) {
  Object* o = AllocObject(type, sizeof(DictViewObject));
  if (o == nullptr) return Ref();
  Incref(dict);
  static_cast<DictViewObject*>(o)->dict = dict.obj();
  return Ref::Steal(o);
}

Value ViewDict(Value view) { return Value::FromObject(static_cast<DictViewObject*>(view.obj())->dict); }

void ViewDealloc(gc::Header* h) {
  gc::Decref(static_cast<DictViewObject*>(h)->dict);
  FreeObject(h);
}

void ViewTraverse(gc::Header* h, gc::Visitor& v) { v.Visit(static_cast<DictViewObject*>(h)->dict); }

int64_t ViewLen(Value self) { return AsDict(ViewDict(self))->used; }

Ref KeysIter(Value self) { return NewDictIter(&DictKeyIterType, ViewDict(self), 0); }
Ref ValuesIter(Value self) { return NewDictIter(&DictValueIterType, ViewDict(self), 0); }
Ref ItemsIter(Value self) { return NewDictIter(&DictItemIterType, ViewDict(self), 0); }

Ref ViewRepr(Value self) {
  detail::ReprGuard guard(self.obj());
  if (guard.recursive()) return StrFromAscii("...");
  Ref list = ListFromIterable(self);
  if (!list) return Ref();
  std::string out = TypeName(self);
  out += '(';
  if (!detail::AppendRepr(out, list.get())) return Ref();
  out += ')';
  return StrFromUtf8(out);
}

int KeysContains(Value self, Value key) { return DictContains(ViewDict(self), key); }

int ItemsContains(Value self, Value item) {
  if (!IsTuple(item) || TupleSize(item) != 2) return 0;
  Ref value;
  int k = DictLookup(ViewDict(self), TupleItem(item, 0), &value);
  if (k <= 0) return k;
  return RichCompareBool(value.get(), TupleItem(item, 1), CompareOp::kEq);
}

bool IsSetLike(Value v) {
  TypeObject* t = v.type();
  if (t == &DictKeysType || t == &DictItemsType) return true;
  for (TypeObject* c = t; c != nullptr; c = c->base) {
    if (std::strcmp(c->name, "set") == 0 || std::strcmp(c->name, "frozenset") == 0) return true;
  }
  return false;
}

// keys/items views compare like sets: same size and every element contained.
Ref ViewRichCompare(Value a, Value b, CompareOp op) {
  if (!IsSetLike(b) || (op != CompareOp::kEq && op != CompareOp::kNe)) return NotImplemented();
  int64_t na = Length(a), nb = Length(b);
  if (na < 0 || nb < 0) return Ref();
  bool eq = na == nb;
  if (eq) {
    Ref it = GetIter(a);
    if (!it) return Ref();
    for (;;) {
      Ref x = IterNext(it.get());
      if (!x) {
        if (ErrorOccurred()) return Ref();
        break;
      }
      int k = Contains(b, x.get());
      if (k < 0) return Ref();
      if (k == 0) {
        eq = false;
        break;
      }
    }
  }
  return Ref::New(Bool(eq == (op == CompareOp::kEq)));
}

Ref ViewMapping(Value self) { return Ref::New(ViewDict(self)); }

const GetSetDef kViewGetSets[] = {
    {"mapping", ViewMapping},
    {nullptr, nullptr},
};

// A reverse iterator of kind `type` over a view's dict, from its last entry.
Ref ViewReversed(Value self, TypeObject* type) {
  Value d = ViewDict(self);
  int64_t last;
  {
    LockGuard g(d);
    last = AsDict(d)->entries_len - 1;
  }
  return NewDictIter(type, d, last);
}
Ref KeysReversed(Value self, const Value*, size_t, Value) { return ViewReversed(self, &DictRevKeyIterType); }
Ref ValuesReversed(Value self, const Value*, size_t, Value) { return ViewReversed(self, &DictRevValueIterType); }
Ref ItemsReversed(Value self, const Value*, size_t, Value) { return ViewReversed(self, &DictRevItemIterType); }

const MethodDef kKeysMethods[] = {
    {"__reversed__", KeysReversed},
    {nullptr, nullptr},
};

const MethodDef kValuesMethods[] = {
    {"__reversed__", ValuesReversed},
    {nullptr, nullptr},
};

const MethodDef kItemsMethods[] = {
    {"__reversed__", ItemsReversed},
    {nullptr, nullptr},
};

// --- dict methods --------------------------------------------------------------------

bool NoArgsCheck(const char* name, size_t nargs, Value kwnames) {
  if (!NoKeywords(name, kwnames)) return false;
  if (nargs != 0) {
    SetErrorFmt(TypeErrorType(), "{}() takes no arguments ({} given)", name, nargs);
    return false;
  }
  return true;
}

Ref DictKeysMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgsCheck("dict.keys", nargs, kwnames)) return Ref();
  return NewView(&DictKeysType, self);
}

Ref DictValuesMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgsCheck("dict.values", nargs, kwnames)) return Ref();
  return NewView(&DictValuesType, self);
}

Ref DictItemsMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgsCheck("dict.items", nargs, kwnames)) return Ref();
  return NewView(&DictItemsType, self);
}

Ref DictGetMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("get", kwnames) || !CheckArgCount("get", nargs, 1, 2)) return Ref();
  Ref out;
  int k = DictLookup(self, args[0], &out);
  if (k < 0) return Ref();
  if (k > 0) return out;
  return Ref::New(nargs == 2 ? args[1] : None());
}

Ref DictSetDefaultMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("setdefault", kwnames) || !CheckArgCount("setdefault", nargs, 1, 2)) {
    return Ref();
  }
  DictObject* d = AsDict(self);
  int64_t hash = KeyHash(args[0]);
  if (hash == -1 && ErrorOccurred()) return Ref();
  Dropped dropped;
  LockGuard g(d);
  Probe p;
  if (!Find(d, args[0], hash, &p)) return Ref();
  if (p.ix >= 0) return Ref::New(d->entries[p.ix].value);
  Value dflt = nargs == 2 ? args[1] : None();
  if (Insert(d, args[0], hash, dflt, &dropped) < 0) return Ref();
  return Ref::New(dflt);
}

Ref DictPopMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("pop", kwnames) || !CheckArgCount("pop", nargs, 1, 2)) return Ref();
  DictObject* d = AsDict(self);
  int64_t hash = KeyHash(args[0]);
  if (hash == -1 && ErrorOccurred()) return Ref();
  Dropped dropped;
  {
    LockGuard g(d);
    Probe p;
    if (!Find(d, args[0], hash, &p)) return Ref();
    if (p.ix >= 0) {
      RemoveAt(d, p, &dropped);
      return std::move(dropped.value);
    }
  }
  if (nargs == 2) return Ref::New(args[1]);
  return SetErrorWithArg(KeyErrorType(), args[0]);
}

Ref DictPopItemMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgsCheck("dict.popitem", nargs, kwnames)) return Ref();
  DictObject* d = AsDict(self);
  Dropped dropped;
  LockGuard g(d);
  if (d->used == 0) return SetError(KeyErrorType(), "popitem(): dictionary is empty");
  int64_t i = d->entries_len - 1;
  while (d->entries[i].key.is_null()) i--;
  DictEntry& e = d->entries[i];
  Ref result = MakeTuple({e.key, e.value});
  if (!result) return Ref();
  // Find the index slot that names entry i.
  uint64_t mask = static_cast<uint64_t>(d->index_size - 1);
  uint64_t perturb = static_cast<uint64_t>(e.hash);
  uint64_t slot = perturb & mask;
  while (d->index[slot] != i) {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
  RemoveAt(d, Probe{i, static_cast<int64_t>(slot)}, &dropped);
  d->entries_len = i;  // LIFO: the trailing deleted entries can be reused
  return result;
}

// Merges a sequence of key/value pairs (dict(iterable), update(iterable)).
int MergeFromPairs(Value d, Value seq) {
  Ref it = GetIter(seq);
  if (!it) return -1;
  for (int64_t i = 0;; i++) {
    Ref item = IterNext(it.get());
    if (!item) return ErrorOccurred() ? -1 : 0;
    Ref pair;
    if (IsTuple(item.get()) || IsList(item.get())) {
      pair = item;
    } else {
      pair = ListFromIterable(item.get());
      if (!pair) {
        if (ErrorMatches(TypeErrorType())) {
          ClearError();
          SetErrorFmt(TypeErrorType(),
                      "cannot convert dictionary update sequence element #{} to a sequence", i);
        }
        return -1;
      }
    }
    if (IsList(pair.get())) {
      pair = ListToTuple(pair.get());  // copied under the list's lock
      if (!pair) return -1;
    }
    Value p = pair.get();
    int64_t n = TupleSize(p);
    if (n != 2) {
      return SetErrorFmt(ValueErrorType(),
                         "dictionary update sequence element #{} has length {}; 2 is required", i,
                         n);
    }
    Ref key = Ref::New(TupleItem(p, 0));
    Ref value = Ref::New(TupleItem(p, 1));
    if (DictSetItem(d, key.get(), value.get()) < 0) return -1;
  }
}

// dict.update's positional argument: a mapping (has keys()) or pairs.
int UpdateFromArg(Value d, Value arg) {
  if (IsDict(arg)) return DictMerge(d, arg, true);
  Ref keys = GetAttrStr(arg, "keys");
  if (keys) return DictMerge(d, arg, true);
  if (!ErrorMatches(AttributeErrorType())) return -1;
  ClearError();
  return MergeFromPairs(d, arg);
}

int UpdateFromKeywords(Value d, const Value* args, size_t nargs, Value kwnames) {
  if (!kwnames) return 0;
  for (int64_t i = 0; i < TupleSize(kwnames); i++) {
    if (DictSetItem(d, TupleItem(kwnames, i), args[nargs + i]) < 0) return -1;
  }
  return 0;
}

int UpdateCommon(const char* name, Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!CheckArgCount(name, nargs, 0, 1)) return -1;
  if (nargs == 1 && UpdateFromArg(self, args[0]) < 0) return -1;
  return UpdateFromKeywords(self, args, nargs, kwnames);
}

Ref DictUpdateMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (UpdateCommon("update", self, args, nargs, kwnames) < 0) return Ref();
  return Ref::New(None());
}

Ref DictInitMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (UpdateCommon("dict", self, args, nargs, kwnames) < 0) return Ref();
  return Ref::New(None());
}

Ref DictCopyMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgsCheck("dict.copy", nargs, kwnames)) return Ref();
  return DictCopy(self);
}

Ref DictClearMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgsCheck("dict.clear", nargs, kwnames)) return Ref();
  DictClear(self);
  return Ref::New(None());
}

// dict.fromkeys(iterable, value=None): a classmethod; `self` is the class.
Ref DictFromKeysMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("fromkeys", kwnames) || !CheckArgCount("fromkeys", nargs, 1, 2)) return Ref();
  Value value = nargs == 2 ? args[1] : None();
  auto* type = static_cast<TypeObject*>(self.obj());
  Ref d = type == &DictType ? NewDict() : CallNoArgs(self);
  if (!d) return Ref();
  Ref it = GetIter(args[0]);
  if (!it) return Ref();
  bool exact = IsDict(d.get());
  for (;;) {
    Ref key = IterNext(it.get());
    if (!key) return ErrorOccurred() ? Ref() : d;
    int rc = exact ? DictSetItem(d.get(), key.get(), value) : SetItem(d.get(), key.get(), value);
    if (rc < 0) return Ref();
  }
}

Ref DictReversedMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgsCheck("__reversed__", nargs, kwnames)) return Ref();
  int64_t last;
  {
    LockGuard g(self);
    last = AsDict(self)->entries_len - 1;
  }
  return NewDictIter(&DictRevKeyIterType, self, last);
}

Ref DictContainsMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("__contains__", kwnames) || !CheckArgCount("__contains__", nargs, 1, 1)) {
    return Ref();
  }
  int k = DictContains(self, args[0]);
  if (k < 0) return Ref();
  return Ref::New(Bool(k));
}

Ref DictGetItemMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("__getitem__", kwnames) || !CheckArgCount("__getitem__", nargs, 1, 1)) {
    return Ref();
  }
  return DictGetItem(self, args[0]);
}

Ref DictSetItemMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("__setitem__", kwnames) || !CheckArgCount("__setitem__", nargs, 2, 2)) {
    return Ref();
  }
  if (DictSetItem(self, args[0], args[1]) < 0) return Ref();
  return Ref::New(None());
}

Ref DictDelItemMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("__delitem__", kwnames) || !CheckArgCount("__delitem__", nargs, 1, 1)) {
    return Ref();
  }
  if (DictDelItem(self, args[0]) < 0) return Ref();
  return Ref::New(None());
}

Ref DictLenMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgsCheck("__len__", nargs, kwnames)) return Ref();
  return IntFromInt64(AsDict(self)->used);
}

Ref DictIterMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgsCheck("__iter__", nargs, kwnames)) return Ref();
  return DictIter(self);
}

Ref DictOr(Value a, Value b) {
  if (!IsDict(a) || !IsDict(b)) return NotImplemented();
  Ref r = DictCopy(a);
  if (!r || DictMerge(r.get(), b, true) < 0) return Ref();
  return r;
}

Ref DictNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Ref d = AllocDict(type);
  if (!d) return Ref();
  // A subclass gets an empty dict; dict.__init__ fills it.
  if (type == &DictType && UpdateCommon("dict", d.get(), args, nargs, kwnames) < 0) return Ref();
  return d;
}

const MethodDef kDictMethods[] = {
    {"keys", DictKeysMethod},
    {"values", DictValuesMethod},
    {"items", DictItemsMethod},
    {"get", DictGetMethod},
    {"setdefault", DictSetDefaultMethod},
    {"pop", DictPopMethod},
    {"popitem", DictPopItemMethod},
    {"update", DictUpdateMethod},
    {"copy", DictCopyMethod},
    {"clear", DictClearMethod},
    {"fromkeys", DictFromKeysMethod, MethodDef::kClass},
    {"__reversed__", DictReversedMethod},
    {"__contains__", DictContainsMethod},
    {"__getitem__", DictGetItemMethod},
    {"__setitem__", DictSetItemMethod},
    {"__delitem__", DictDelItemMethod},
    {"__len__", DictLenMethod},
    {"__iter__", DictIterMethod},
    {"__init__", DictInitMethod},
    {nullptr, nullptr},
};

const MethodDef kDictIterMethods[] = {
    {"__length_hint__", DictIterLengthHint},
    {nullptr, nullptr},
};

void InitIterType(TypeObject* t, const char* name, UnaryFn next) {
  t->name = name;
  t->basic_size = sizeof(DictIterObject);
  t->hooks.dealloc = DictIterDealloc;
  t->hooks.traverse = DictIterTraverse;
  t->iter = detail::SelfIter;
  t->next = next;
  t->methods = kDictIterMethods;
  InitStaticType(t);
}

void InitViewType(TypeObject* t, const char* name, UnaryFn iter, ContainsFn contains,
                  CompareFn compare) {
  t->name = name;
  t->basic_size = sizeof(DictViewObject);
  t->hooks.dealloc = ViewDealloc;
  t->hooks.traverse = ViewTraverse;
  t->repr = ViewRepr;
  t->len = ViewLen;
  t->iter = iter;
  t->contains = contains;
  t->richcompare = compare;
  t->getsets = kViewGetSets;
  InitStaticType(t);
}

}  // namespace

// --- public API ----------------------------------------------------------------------

Ref NewDict() { return AllocDict(&DictType); }

int DictLookup(Value d, Value key, Ref* out) {
  int64_t hash = KeyHash(key);
  if (hash == -1 && ErrorOccurred()) return -1;
  return LookupHashed(AsDict(d), key, hash, out);
}

// Probes for an interned-str key with the lock held. 1 found (*out, a
// borrowed value), 0 missing, -1 when a non-str key has the same hash (the
// caller takes the general path, which may run __eq__).
int ProbeStrLocked(DictObject* dict, Value key, Value* out) {
  if (dict->index_size == 0) return 0;
  // Interned strs have their hash cached; read it without a call.
  int64_t hash = static_cast<StrObject*>(key.obj())->hash.load(std::memory_order_relaxed);
  if (hash == -1) hash = StrHash(key);
  uint64_t mask = static_cast<uint64_t>(dict->index_size - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  for (;;) {
    int64_t ix = dict->index[i];
    if (ix == kEmpty) return 0;
    if (ix >= 0) {
      const DictEntry& e = dict->entries[ix];
      if (e.key == key) {
        *out = e.value;
        return 1;
      }
      if (e.hash == hash) {
        if (e.key.type() != &StrType) return -1;
        if (StrEquals(e.key, key)) {
          *out = e.value;
          return 1;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Ref DictGetStrRef(Value d, Value key) {
  DictObject* dict = AsDict(d);
  {
    LockGuard g(dict);
    Value v;
    int k = ProbeStrLocked(dict, key, &v);
    if (k >= 0) return k > 0 ? Ref::New(v) : Ref();
  }
  Ref out;
  if (DictLookup(d, key, &out) <= 0) ClearError();
  return out;
}

int DictLookupStr(Value d, Value key, Ref* out) {
  DictObject* dict = AsDict(d);
  {
    LockGuard g(dict);
    Value v;
    int k = ProbeStrLocked(dict, key, &v);
    if (k > 0) *out = Ref::New(v);
    if (k >= 0) return k;
  }
  return DictLookup(d, key, out);  // a non-str key with the same hash
}

Ref DictGetStrVersioned(Value d, Value key, uint64_t* version, bool* cacheable) {
  DictObject* dict = AsDict(d);
  {
    LockGuard g(dict);
    *version = dict->version;
    *cacheable = true;
    Value v;
    int k = ProbeStrLocked(dict, key, &v);
    if (k >= 0) return k > 0 ? Ref::New(v) : Ref();
  }
  *cacheable = false;
  Ref out;
  if (DictLookup(d, key, &out) <= 0) ClearError();
  return out;
}

Value DictGetStr(Value d, Value key) {
  // Borrowed from the dict: valid while the dict keeps it (the caller's
  // thread owns the dict, or no other thread replaces this key meanwhile;
  // shared dicts: DictGetStrRef).
  DictObject* dict = AsDict(d);
  {
    LockGuard g(dict);
    Value v;
    int k = ProbeStrLocked(dict, key, &v);
    if (k >= 0) return k > 0 ? v : Value();
  }
  Ref out;
  if (DictLookup(d, key, &out) <= 0) ClearError();
  return out.get();  // still owned by the dict
}

Value DictGetCStr(Value d, std::string_view key) { return DictGetStr(d, Intern(key)); }

int DictSetItem(Value d, Value key, Value value) {
  int64_t hash = KeyHash(key);
  if (hash == -1 && ErrorOccurred()) return -1;
  Dropped dropped;
  LockGuard g(d);
  return Insert(AsDict(d), key, hash, value, &dropped);
}

int DictSetCStr(Value d, std::string_view key, Value value) {
  return DictSetItem(d, Intern(key), value);
}

int DictDelItem(Value d, Value key) {
  int64_t hash = KeyHash(key);
  if (hash == -1 && ErrorOccurred()) return -1;
  DictObject* dict = AsDict(d);
  Dropped dropped;
  {
    LockGuard g(dict);
    Probe p;
    if (!Find(dict, key, hash, &p)) return -1;
    if (p.ix >= 0) {
      RemoveAt(dict, p, &dropped);
      return 0;
    }
  }
  return SetErrorWithArg(KeyErrorType(), key);
}

bool DictNext(Value d, int64_t* pos, Value* key, Value* value) {
  DictObject* dict = AsDict(d);
  LockGuard g(dict);
  while (*pos < dict->entries_len) {
    const DictEntry& e = dict->entries[(*pos)++];
    if (e.key) {
      if (key != nullptr) *key = e.key;
      if (value != nullptr) *value = e.value;
      return true;
    }
  }
  return false;
}

int DictMerge(Value d, Value other, bool override_existing) {
  DictObject* target = AsDict(d);
  if (IsDict(other) && other.type()->iter == DictType.iter) {
    if (other == d) return 0;
    DictObject* src = AsDict(other);
    if (target->used == 0 && override_existing) {
      // Size the table once for the whole merge.
      int64_t need = src->used + 1;
      LockGuard g(target);
      if (UsableFraction(target->index_size) < need && !Resize(target, need * 3 / 2 + 1)) {
        return -1;
      }
    }
    // Snapshot: inserting can run __eq__, which may mutate `other`.
    struct Item {
      int64_t hash;
      Ref key, value;
    };
    std::vector<Item> items;
    {
      LockGuard g(src);
      items.reserve(static_cast<size_t>(src->used));
      for (int64_t i = 0; i < src->entries_len; i++) {
        const DictEntry& e = src->entries[i];
        if (e.key) items.push_back({e.hash, Ref::New(e.key), Ref::New(e.value)});
      }
    }
    for (Item& it : items) {
      Dropped dropped;
      LockGuard g(target);
      if (!override_existing) {
        Probe p;
        if (!Find(target, it.key.get(), it.hash, &p)) return -1;
        if (p.ix >= 0) continue;
      }
      if (Insert(target, it.key.get(), it.hash, it.value.get(), &dropped) < 0) return -1;
    }
    return 0;
  }
  Ref keys = CallMethod(other, "keys", nullptr, 0);
  if (!keys) return -1;
  Ref it = GetIter(keys.get());
  if (!it) return -1;
  for (;;) {
    Ref key = IterNext(it.get());
    if (!key) return ErrorOccurred() ? -1 : 0;
    if (!override_existing) {
      Ref existing;
      int k = DictLookup(d, key.get(), &existing);
      if (k < 0) return -1;
      if (k > 0) continue;
    }
    Ref value = GetItem(other, key.get());
    if (!value) return -1;
    if (DictSetItem(d, key.get(), value.get()) < 0) return -1;
  }
}

Ref DictCopy(Value d) {
  DictObject* src = AsDict(d);
  Ref r = NewDict();
  if (!r || src->used == 0) return r;
  DictObject* dst = AsDict(r.get());
  LockGuard g(src);
  if (src->used == src->entries_len) {
    // No deleted entries: clone both arrays.
    size_t isize = static_cast<size_t>(src->index_size) * sizeof(int64_t);
    size_t esize = static_cast<size_t>(src->entries_cap) * sizeof(DictEntry);
    dst->index = static_cast<int64_t*>(gc::AllocateRaw(isize));
    dst->entries = static_cast<DictEntry*>(gc::AllocateRaw(esize));
    if (dst->index == nullptr || dst->entries == nullptr) return NoMemory();
    std::memcpy(dst->index, src->index, isize);
    std::memcpy(dst->entries, src->entries, static_cast<size_t>(src->entries_len) * sizeof(DictEntry));
    for (int64_t i = 0; i < src->entries_len; i++) {
      Incref(dst->entries[i].key);
      Incref(dst->entries[i].value);
    }
    dst->index_size = src->index_size;
    dst->entries_cap = src->entries_cap;
    dst->entries_len = src->entries_len;
    dst->used = src->used;
    return r;
  }
  // Deleted entries: re-insert the live ones (str keys and others alike
  // hash as stored; no Python code runs, the new dict is private).
  for (int64_t i = 0; i < src->entries_len; i++) {
    const DictEntry& e = src->entries[i];
    if (!e.key) continue;
    if (dst->entries_len >= dst->entries_cap && !Resize(dst, (dst->used + 1) * 3)) return Ref();
    Incref(e.key);
    Incref(e.value);
    int64_t n = dst->entries_len++;
    dst->entries[n] = {e.hash, e.key, e.value};
    dst->index[FindEmptySlot(dst, e.hash)] = n;
    dst->used++;
  }
  return r;
}

void MarkTypeDict(Value d) { AsDict(d)->type_dict = true; }

void DictClear(Value d) {
  DictObject* dict = AsDict(d);
  ObjectLock(dict);
  DictEntry* entries = dict->entries;
  int64_t n = dict->entries_len;
  int64_t* index = dict->index;
  dict->entries = nullptr;
  dict->index = nullptr;
  dict->index_size = 0;
  dict->entries_cap = 0;
  dict->entries_len = 0;
  dict->used = 0;
  Changed(dict);
  ObjectUnlock(dict);
  // Release after the dict is consistent and unlocked (a __del__ may look at it).
  for (int64_t i = 0; i < n; i++) {
    if (entries[i].key) {
      Decref(entries[i].key);
      Decref(entries[i].value);
    }
  }
  if (entries != nullptr) gc::FreeRaw(entries);
  if (index != nullptr) gc::FreeRaw(index);
}

Ref DictInplaceOr(Value d, Value other) {
  if (UpdateFromArg(d, other) < 0) return Ref();
  return Ref::New(d);
}

void InitDictTypes() {
  DictType.name = "dict";
  DictType.type_flags = kTypeBaseType | kTypeDictSubclass;
  DictType.basic_size = sizeof(DictObject);
  DictType.hooks.dealloc = DictDealloc;
  DictType.hooks.traverse = DictTraverse;
  DictType.hooks.clear = DictClearHook;
  DictType.repr = DictRepr;
  DictType.richcompare = DictRichCompare;
  DictType.len = DictLen;
  DictType.getitem = DictGetItem;
  DictType.setitem = DictSetItemSlot;
  DictType.contains = DictContains;
  DictType.iter = DictIter;
  DictType.number.or_ = DictOr;
  DictType.new_ = DictNew;
  DictType.methods = kDictMethods;
  InitStaticType(&DictType);
  DictType.hash = nullptr;  // unhashable

  InitIterType(&DictKeyIterType, "dict_keyiterator", DictIterNext<IterKind::kKeys>);
  InitIterType(&DictValueIterType, "dict_valueiterator", DictIterNext<IterKind::kValues>);
  InitIterType(&DictItemIterType, "dict_itemiterator", DictIterNext<IterKind::kItems>);
  InitIterType(&DictRevKeyIterType, "dict_reversekeyiterator", DictRevIterNext<IterKind::kKeys>);
  InitIterType(&DictRevValueIterType, "dict_reversevalueiterator",
               DictRevIterNext<IterKind::kValues>);
  InitIterType(&DictRevItemIterType, "dict_reverseitemiterator",
               DictRevIterNext<IterKind::kItems>);

  DictKeysType.methods = kKeysMethods;
  DictValuesType.methods = kValuesMethods;
  DictItemsType.methods = kItemsMethods;
  InitViewType(&DictKeysType, "dict_keys", KeysIter, KeysContains, ViewRichCompare);
  InitViewType(&DictValuesType, "dict_values", ValuesIter, nullptr, nullptr);
  InitViewType(&DictItemsType, "dict_items", ItemsIter, ItemsContains, ViewRichCompare);
  DictKeysType.hash = nullptr;
  DictItemsType.hash = nullptr;
}

}  // namespace gilectomy::rt
