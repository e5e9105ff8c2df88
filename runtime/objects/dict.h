// dict: insertion-ordered hash table (an index table over a dense entry array).
#pragma once

#include <string_view>

#include "runtime/object.h"
#include "runtime/object_lock.h"

namespace gilectomy::rt {

struct DictEntry {
  int64_t hash;
  Value key;    // null: deleted entry
  Value value;
};

// Guarded by the object lock (runtime/object_lock.h); `used` and `version`
// may also be read without it (relaxed atomics).
struct DictObject : Object {
  RelaxedField<int64_t> used;  // live entries
  int64_t entries_len;  // entries written (live + deleted)
  int64_t entries_cap;
  DictEntry* entries;
  int64_t* index;       // index_size slots: -1 empty, -2 dummy, else entry number
  int64_t index_size;   // power of two
  RelaxedField<uint64_t> version;  // bumped on every mutation (iteration checks, caches)
  // A class's attribute dict (MarkTypeDict): every mutation also bumps the
  // type epoch that validates the per-thread type caches (LookupInType).
  bool type_dict;
  static bool IsType(TypeObject* t) { return (t->type_flags & kTypeDictSubclass) != 0; }
};

inline bool IsDict(Value v) { return Is<DictObject>(v); }
inline int64_t DictSize(Value d) { return As<DictObject>(d)->used; }

Ref NewDict();
// Marks d as a type's attribute dict (before the type is published).
void MarkTypeDict(Value d);
// 1 found (*out set), 0 missing, -1 error (hash or __eq__ raised).
int DictLookup(Value d, Value key, Ref* out);
// DictLookup for an exact str key (interned or not): one probe under the
// lock without the generic hash and compare calls (attribute lookup).
int DictLookupStr(Value d, Value str_key, Ref* out);
// Fast lookup by an interned str key; borrowed result or null. Never raises
// when every key is a str.
Value DictGetStr(Value d, Value interned_key);
Value DictGetCStr(Value d, std::string_view key);  // convenience: interns the key
// The same lookup returning a strong reference (empty when missing): for
// dicts other threads may mutate.
Ref DictGetStrRef(Value d, Value interned_key);
// DictGetStrRef that also reports the dict's version read under the same
// lock (for caches keyed on the version); *cacheable is false when the
// lookup had to leave the lock (a non-str key with the same hash).
Ref DictGetStrVersioned(Value d, Value interned_key, uint64_t* version, bool* cacheable);
int DictSetItem(Value d, Value key, Value value);  // increfs both
int DictSetCStr(Value d, std::string_view key, Value value);
// -1 with KeyError(key) when missing.
int DictDelItem(Value d, Value key);
// Iteration: pos starts at 0; borrowed key/value. Returns false at the end.
// Each step locks the dict; the borrowed values are safe only while no
// other thread mutates it (private dicts such as **kwargs copies).
bool DictNext(Value d, int64_t* pos, Value* key, Value* value);
int DictMerge(Value d, Value other, bool override_existing);  // other: a dict or mapping
Ref DictCopy(Value d);
void DictClear(Value d);
// `d |= other`: updates d in place from a mapping or iterable of pairs; returns d.
Ref DictInplaceOr(Value d, Value other);

}  // namespace gilectomy::rt
