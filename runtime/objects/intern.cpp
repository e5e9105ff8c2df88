// String interning: one immortal str per distinct text, for identifiers,
// attribute names and method names (so name lookups can compare pointers).
//
// The table is the only process-wide mutable table in the runtime besides the
// static types. It lives in a function-local static (created on first use,
// never destroyed, so no destruction-order trap at exit) and is guarded by a
// std::mutex. Entries are never removed or changed once inserted, and the
// strings they point to are immortal, so a Value returned by Intern() stays
// valid forever without a reference count.
//
// Rejected for now: a lock-free or sharded table. Interning happens mostly at
// compile time and start-up; if it shows up in profiles under many threads,
// shard by hash (the key's hash is already computed for the map).
#include <mutex>
#include <string_view>
#include <unordered_map>

#include "runtime/objects/str.h"
#include "runtime/objects/str_internal.h"

namespace gilectomy::rt {
namespace {

struct InternTable {
  std::mutex mu;
  // Keys view the bytes of the immortal strings they map to.
  std::unordered_map<std::string_view, Object*> map;  // guarded by mu
};

InternTable& Table() {
  static InternTable* table = new InternTable();  // never destroyed (see above)
  return *table;
}

}  // namespace

Value Intern(std::string_view text) {
  // '' and one-char ASCII strings are already unique immortals.
  if (text.empty()) return EmptyStr();
  if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80) {
    return AsciiCharStr(static_cast<unsigned char>(text[0]));
  }
  InternTable& t = Table();
  std::lock_guard<std::mutex> guard(t.mu);
  auto it = t.map.find(text);
  if (it != t.map.end()) return Value::FromObject(it->second);
  Ref s = StrFromUtf8(text);
  if (!s) return Value();  // MemoryError is set
  Object* o = s.release().obj();
  MakeImmortal(o);  // not yet visible to any other thread
  StrHash(Value::FromObject(o));  // precompute: interned strings are dict keys
  t.map.emplace(static_cast<StrObject*>(o)->view(), o);
  return Value::FromObject(o);
}

Ref InternStr(Ref s) {
  // An already-published string cannot become immortal safely (other threads
  // may read its flags), so the table holds its own copy.
  Value v = Intern(StrView(s.get()));
  if (v.is_null()) return Ref();
  return Ref::New(v);
}

}  // namespace gilectomy::rt
