// str: immutable UTF-8 text. Length and indexing count code points; ASCII
// strings (the common case) index in O(1). The hash is computed lazily and
// cached with a relaxed atomic (every racing writer stores the same value).
#pragma once

#include <atomic>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace gilectomy::rt {

struct StrObject : Object {
  int64_t length;               // code points
  int64_t size;                 // bytes of UTF-8, excluding the trailing NUL
  std::atomic<int64_t> hash;    // -1: not computed yet
  char data[1];                 // size bytes + NUL (allocated to fit)

  bool is_ascii() const { return (aux_ & 1u) != 0; }
  std::string_view view() const { return {data, static_cast<size_t>(size)}; }
  static bool IsType(TypeObject* t) { return (t->type_flags & kTypeStrSubclass) != 0; }
};

inline bool IsStr(Value v) { return Is<StrObject>(v); }
inline std::string_view StrView(Value v) { return As<StrObject>(v)->view(); }

// `text` must be valid UTF-8.
Ref StrFromUtf8(std::string_view text);
Ref StrFromAscii(std::string_view text);
Ref StrFromCodePoint(uint32_t cp);
// The interned, immortal string for `text` (identifiers, attribute names).
// Two interned strings are equal iff they are the same object.
Value Intern(std::string_view text);
// Interns `s` in place when possible (returns the interned equivalent, new ref).
Ref InternStr(Ref s);
int64_t StrHash(Value s);
bool StrEquals(Value a, Value b);
Ref StrConcat(Value a, Value b);
// repr() of a str with CPython's quoting rules.
std::string StrReprText(std::string_view utf8);
// Appends the UTF-8 encoding of cp.
void AppendUtf8(std::string& out, uint32_t cp);
// Decodes the code point starting at s[i]; advances i.
uint32_t DecodeUtf8(std::string_view s, size_t& i);

// str.join(iterable): TypeError "sequence item 1: expected str instance, int found".
Ref StrJoin(Value sep, Value iterable);
// s[start:stop] by code point; indexes are clamped to [0, len(s)] (no negative wrapping).
Ref StrSlice(Value s, int64_t start, int64_t stop);
// s.find(needle, start, end) with CPython's index adjustment (negatives wrap);
// -1 when absent. Both must be str.
int64_t StrFind(Value hay, Value needle, int64_t start, int64_t end);

}  // namespace gilectomy::rt
