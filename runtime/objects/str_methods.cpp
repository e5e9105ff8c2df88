// The Python-visible methods of str (CPython 3.11 semantics and messages).
//
// Searching works on UTF-8 bytes: in valid UTF-8 a byte match of a valid
// needle always starts on a code point boundary, so only the start/end
// arguments and the results need converting between code point indexes and
// byte offsets (str_internal.h: O(1) for ASCII and uniform-width strings).
//
// Character classes and case mappings come from the generated Unicode tables
// (unicode_db.h), including full mappings ('ß'.upper() == 'SS') and the final
// sigma rule of lower()/title()/capitalize()/swapcase(). Not implemented:
// format/__format__, % formatting, encode (bytes do not exist yet).
//
// Argument errors imitate the three styles CPython's str methods use:
//   find() takes at least 1 argument (0 given)      (ArgsTuple)
//   center expected at least 1 argument, got 0      (ArgsExpected)
//   str.zfill() takes exactly one argument (0 given) / str.upper() takes no arguments (1 given)
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_internal.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/unicode_db.h"

namespace gilectomy::rt {
namespace {

using unicode::CaseKind;

// ---------------------------------------------------------------------------
// Argument helpers.

const char* Plural(size_t n) { return n == 1 ? "" : "s"; }

bool NoKw(const char* name, Value kwnames) {
  if (kwnames.is_null() || TupleSize(kwnames) == 0) return true;
  SetErrorFmt(TypeErrorType(), "str.{}() takes no keyword arguments", name);
  return false;
}

// "find() takes at least 1 argument (0 given)".
bool ArgsTuple(const char* name, const Value* args, size_t nargs, Value kwnames, size_t min, size_t max) {
  if (!NoKw(name, kwnames)) return false;
  if (nargs < min) {
    SetErrorFmt(TypeErrorType(), "{}() takes at least {} argument{} ({} given)", name, min, Plural(min), nargs);
    return false;
  }
  if (nargs > max) {
    SetErrorFmt(TypeErrorType(), "{}() takes at most {} argument{} ({} given)", name, max, Plural(max), nargs);
    return false;
  }
  return true;
}

// "center expected at least 1 argument, got 0" (callers pass min < max).
bool ArgsExpected(const char* name, size_t nargs, Value kwnames, size_t min, size_t max) {
  return NoKw(name, kwnames) && CheckArgCount(name, nargs, min, max);
}

bool ArgsExactly(const char* name, size_t nargs, Value kwnames, size_t n) {
  if (!NoKw(name, kwnames)) return false;
  if (nargs == n) return true;
  if (n == 0) {
    SetErrorFmt(TypeErrorType(), "str.{}() takes no arguments ({} given)", name, nargs);
  } else {
    SetErrorFmt(TypeErrorType(), "str.{}() takes exactly one argument ({} given)", name, nargs);
  }
  return false;
}

bool HasIndex(Value v) { return IsInt(v) || v.type()->number.index != nullptr; }

// An argument converted like CPython's Py_ssize_t converter.
bool SsizeArg(Value v, int64_t* out) { return AsSsizeArg(v, out); }

bool StrArg(Value v, const char* fmt_prefix) {
  if (IsStr(v)) return true;
  SetErrorFmt(TypeErrorType(), "{}must be str, not {}", fmt_prefix, TypeName(v));
  return false;
}

// ---------------------------------------------------------------------------
// Building results.

// s[b0:b1] by byte offsets (on code point boundaries).
Ref Piece(const StrObject* s, int64_t b0, int64_t b1) { return StrBytePiece(s, b0, b1); }

Ref NewStrLike(const StrObject* like, const std::string& text) {
  return like->is_ascii() ? StrFromAscii(text) : StrFromUtf8(text);
}

// Appends `item` (stolen) to a list this function created and has not
// published yet: no incref/decref pair while the capacity suffices.
bool PushNew(Value list, Ref item) {
  if (!item) return false;
  auto* l = As<ListObject>(list);
  if (l->size < l->capacity) {
    l->items[l->size++] = item.release();
    return true;
  }
  return ListAppend(list, item.get()) == 0;
}

// Reverses the items of an unpublished list in place (rsplit builds backwards).
void ReverseNew(Value list) {
  auto* l = As<ListObject>(list);
  std::reverse(l->items, l->items + l->size);
}

uint32_t CodePointBefore(const StrObject* s, int64_t* off) {
  int64_t i = *off;
  do {
    --i;
  } while (i > 0 && IsUtf8Continuation(static_cast<unsigned char>(s->data[i])));
  *off = i;
  size_t k = static_cast<size_t>(i);
  return DecodeUtf8(s->view(), k);
}

bool IsSpace(uint32_t cp) {
  if (cp < 0x80) return (unicode::AsciiFlags()[cp] & unicode::kSpace) != 0;
  return unicode::Has(cp, unicode::kSpace);
}

// Byte search helpers (memchr for one-byte needles, memmem otherwise).
// Positions are byte offsets into hay; npos when absent.
size_t FindBytes(std::string_view hay, std::string_view needle, size_t from) {
  if (from > hay.size()) return std::string_view::npos;
  const char* base = hay.data();
  size_t avail = hay.size() - from;
  if (needle.size() == 1) {
    const void* p = avail == 0 ? nullptr : std::memchr(base + from, needle[0], avail);
    return p == nullptr ? std::string_view::npos : static_cast<size_t>(static_cast<const char*>(p) - base);
  }
  if (needle.size() > avail) return std::string_view::npos;
  if (needle.empty()) return from;
  const void* p = memmem(base + from, avail, needle.data(), needle.size());
  return p == nullptr ? std::string_view::npos : static_cast<size_t>(static_cast<const char*>(p) - base);
}

// Last occurrence starting at or before `last_start` (std::string_view::rfind semantics).
size_t RFindBytes(std::string_view hay, std::string_view needle, size_t last_start) {
  if (needle.size() == 1) {
    if (hay.empty()) return std::string_view::npos;
    size_t n = std::min(last_start, hay.size() - 1) + 1;
    const void* p = memrchr(hay.data(), needle[0], n);
    return p == nullptr ? std::string_view::npos : static_cast<size_t>(static_cast<const char*>(p) - hay.data());
  }
  return hay.rfind(needle, last_start);
}

// ---------------------------------------------------------------------------
// join / split family.
//
// Every splitter scans twice: once to count the pieces, once to build them
// into a list allocated at its final size (the scans are cheap next to the
// allocation of each piece).

Ref JoinMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly("join", nargs, kwnames, 1)) return Ref();
  return StrJoin(self, args[0]);
}

// Left-to-right whitespace split. space_at(k, &next) tells whether the code
// point at byte k is whitespace and where the next one starts; emit(b0, b1)
// takes one piece and returns false on error.
template <class SpaceAt, class Emit>
bool ScanSplitWhitespace(size_t n, int64_t maxsplit, SpaceAt space_at, Emit emit) {
  size_t i = 0, next;
  while (maxsplit-- != 0) {
    while (i < n && space_at(i, &next)) i = next;
    if (i == n) break;
    size_t j = i;
    while (i < n && !space_at(i, &next)) i = next;
    if (!emit(j, i)) return false;
  }
  if (i < n) {
    while (i < n && space_at(i, &next)) i = next;
    if (i < n && !emit(i, n)) return false;
  }
  return true;
}

// IsAsciiSpaceByte as a table over all byte values.
constexpr struct AsciiSpaceTable {
  bool is[256] = {};
  constexpr AsciiSpaceTable() {
    for (unsigned c = 0; c < 128; ++c) is[c] = IsAsciiSpaceByte(static_cast<unsigned char>(c));
  }
  constexpr bool operator[](unsigned char c) const { return is[c]; }
} kAsciiSpace;

// The top bit of each byte lane of w (eight ASCII bytes) that is ASCII
// whitespace. For bytes below 0x80, adding 0x80 - lo sets a lane's top bit
// iff byte >= lo, with no carry into the next lane.
inline uint64_t AsciiSpaceLanes(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  auto ge = [](uint64_t x, unsigned lo) { return (x + kOnes * (0x80u - lo)) & kHigh; };
  return (ge(w, 0x09) & ~ge(w, 0x0E)) | (ge(w, 0x1C) & ~ge(w, 0x21));
}

// The first whitespace byte at or after i in ASCII text (n when none).
int64_t NextAsciiSpace(const unsigned char* p, int64_t i, int64_t n) {
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (uint64_t m = AsciiSpaceLanes(w); m != 0) return i + (__builtin_ctzll(m) >> 3);
  }
  while (i < n && !kAsciiSpace[p[i]]) ++i;
  return i;
}

// The number of whitespace-separated words in ASCII text, eight bytes at a
// time: a word starts at a non-space byte whose predecessor (or the start)
// is a space.
int64_t CountAsciiWords(const unsigned char* p, int64_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  int64_t words = 0;
  uint64_t prev = 0x80;  // "byte -1 is a space", in the lane of byte 0
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    uint64_t space = AsciiSpaceLanes(w);
    uint64_t starts = ~space & kHigh & ((space << 8) | prev);
    words += static_cast<int64_t>(((starts >> 7) * kOnes) >> 56);  // lanes are 0 or 1: sum them
    prev = space >> 56;
  }
  bool prev_space = prev != 0;
  for (; i < n; ++i) {
    bool space = IsAsciiSpaceByte(p[i]);
    words += (!space && prev_space) ? 1 : 0;
    prev_space = space;
  }
  return words;
}

template <class SpaceAt>
Ref SplitWhitespaceWith(const StrObject* s, int64_t maxsplit, SpaceAt space_at) {
  size_t n = static_cast<size_t>(s->size);
  int64_t count = 0;
  ScanSplitWhitespace(n, maxsplit, space_at, [&](size_t, size_t) { return ++count, true; });
  Ref list = NewList(count);
  if (!list) return Ref();
  bool ok = ScanSplitWhitespace(n, maxsplit, space_at, [&](size_t b0, size_t b1) {
    return PushNew(list.get(), Piece(s, static_cast<int64_t>(b0), static_cast<int64_t>(b1)));
  });
  return ok ? list : Ref();
}

// split() of ASCII text: the same scan as ScanSplitWhitespace, one byte per
// code point.
Ref SplitWhitespaceAscii(const StrObject* s, int64_t maxsplit) {
  const auto* p = reinterpret_cast<const unsigned char*>(s->data);
  int64_t n = s->size;
  // With maxsplit m the last piece takes the rest: min(words, m + 1) pieces.
  int64_t words = CountAsciiWords(p, n);
  Ref list = NewList((maxsplit < 0 || words <= maxsplit) ? words : maxsplit + 1);
  if (!list) return Ref();
  int64_t i = 0;
  while (maxsplit-- != 0) {
    while (i < n && kAsciiSpace[p[i]]) ++i;
    if (i == n) break;
    int64_t j = i;
    i = NextAsciiSpace(p, i, n);
    if (!PushNew(list.get(), Piece(s, j, i))) return Ref();
  }
  if (i < n) {
    while (i < n && kAsciiSpace[p[i]]) ++i;
    if (i < n && !PushNew(list.get(), Piece(s, i, n))) return Ref();
  }
  return list;
}

Ref SplitWhitespace(const StrObject* s, int64_t maxsplit) {
  if (s->is_ascii()) return SplitWhitespaceAscii(s, maxsplit);
  const uint16_t* ascii = unicode::AsciiFlags();
  const auto* p = reinterpret_cast<const unsigned char*>(s->data);
  std::string_view v = s->view();
  return SplitWhitespaceWith(s, maxsplit, [&](size_t k, size_t* next) {
    if (p[k] < 0x80) {
      *next = k + 1;
      return (ascii[p[k]] & unicode::kSpace) != 0;
    }
    size_t j = k;
    uint32_t cp = DecodeUtf8(v, j);
    *next = j;
    return IsSpace(cp);
  });
}

// Right-to-left whitespace split; space_before(k, &prev) looks at the code
// point ending at byte k. Pieces are emitted last first.
template <class SpaceBefore, class Emit>
bool ScanRSplitWhitespace(int64_t n, int64_t maxsplit, SpaceBefore space_before, Emit emit) {
  int64_t i = n, prev;
  while (maxsplit-- != 0) {
    while (i > 0 && space_before(i, &prev)) i = prev;
    if (i == 0) break;
    int64_t j = i;
    while (i > 0 && !space_before(i, &prev)) i = prev;
    if (!emit(i, j)) return false;
  }
  if (i > 0) {
    while (i > 0 && space_before(i, &prev)) i = prev;
    if (i > 0 && !emit(0, i)) return false;
  }
  return true;
}

template <class SpaceBefore>
Ref RSplitWhitespaceWith(const StrObject* s, int64_t maxsplit, SpaceBefore space_before) {
  int64_t count = 0;
  ScanRSplitWhitespace(s->size, maxsplit, space_before, [&](int64_t, int64_t) { return ++count, true; });
  Ref list = NewList(count);
  if (!list) return Ref();
  bool ok = ScanRSplitWhitespace(s->size, maxsplit, space_before, [&](int64_t b0, int64_t b1) {
    return PushNew(list.get(), Piece(s, b0, b1));
  });
  if (!ok) return Ref();
  ReverseNew(list.get());
  return list;
}

Ref RSplitWhitespace(const StrObject* s, int64_t maxsplit) {
  const uint16_t* ascii = unicode::AsciiFlags();
  const auto* p = reinterpret_cast<const unsigned char*>(s->data);
  if (s->is_ascii()) {
    return RSplitWhitespaceWith(s, maxsplit, [&](int64_t k, int64_t* prev) {
      *prev = k - 1;
      return (ascii[p[k - 1]] & unicode::kSpace) != 0;
    });
  }
  return RSplitWhitespaceWith(s, maxsplit, [&](int64_t k, int64_t* prev) {
    if (p[k - 1] < 0x80) {
      *prev = k - 1;
      return (ascii[p[k - 1]] & unicode::kSpace) != 0;
    }
    int64_t j = k;
    uint32_t cp = CodePointBefore(s, &j);
    *prev = j;
    return IsSpace(cp);
  });
}

// Splits on a non-empty separator; emit(b0, b1) in order (reversed for from_right).
template <class Emit>
bool ScanSplitSep(std::string_view v, std::string_view sep, int64_t maxsplit, bool from_right, Emit emit) {
  if (!from_right) {
    size_t i = 0;
    while (maxsplit-- != 0) {
      size_t pos = FindBytes(v, sep, i);
      if (pos == std::string_view::npos) break;
      if (!emit(i, pos)) return false;
      i = pos + sep.size();
    }
    return emit(i, v.size());
  }
  size_t end = v.size();
  while (maxsplit-- != 0 && end >= sep.size()) {
    size_t pos = RFindBytes(v, sep, end - sep.size());
    if (pos == std::string_view::npos) break;
    if (!emit(pos + sep.size(), end)) return false;
    end = pos;
  }
  return emit(0, end);
}

Ref SplitSep(const StrObject* s, std::string_view sep, int64_t maxsplit, bool from_right) {
  std::string_view v = s->view();
  int64_t count = 0;
  ScanSplitSep(v, sep, maxsplit, from_right, [&](size_t, size_t) { return ++count, true; });
  Ref list = NewList(count);
  if (!list) return Ref();
  bool ok = ScanSplitSep(v, sep, maxsplit, from_right, [&](size_t b0, size_t b1) {
    return PushNew(list.get(), Piece(s, static_cast<int64_t>(b0), static_cast<int64_t>(b1)));
  });
  if (!ok) return Ref();
  if (from_right) ReverseNew(list.get());
  return list;
}

Ref SplitImpl(const char* name, Value self, const Value* args, size_t nargs, Value kwnames, bool from_right) {
  Value a[2];
  if (!ParseArgs(name, args, nargs, kwnames, {"sep", "maxsplit"}, 0, a)) return Ref();
  int64_t maxsplit = -1;
  if (a[1] && !SsizeArg(a[1], &maxsplit)) return Ref();
  if (maxsplit < 0) maxsplit = -1;
  const StrObject* s = AsStrObj(self);
  if (!a[0] || IsNone(a[0])) return from_right ? RSplitWhitespace(s, maxsplit) : SplitWhitespace(s, maxsplit);
  if (!IsStr(a[0])) return SetErrorFmt(TypeErrorType(), "must be str or None, not {}", TypeName(a[0]));
  if (AsStrObj(a[0])->size == 0) return SetError(ValueErrorType(), "empty separator");
  return SplitSep(s, StrView(a[0]), maxsplit, from_right);
}

Ref SplitMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return SplitImpl("split", self, args, nargs, kwnames, false);
}
Ref RSplitMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return SplitImpl("rsplit", self, args, nargs, kwnames, true);
}

// Emits (start, end-of-line-or-line-plus-break) for every line.
template <class Emit>
bool ScanLines(std::string_view v, bool keepends, Emit emit) {
  const uint16_t* ascii = unicode::AsciiFlags();
  size_t i = 0, n = v.size();
  while (i < n) {
    size_t j = i, eol = n, next = n;
    while (i < n) {
      auto b = static_cast<unsigned char>(v[i]);
      size_t k = i;
      uint32_t cp;
      bool brk;
      if (b < 0x80) {
        cp = b;
        k = i + 1;
        brk = (ascii[b] & unicode::kLinebreak) != 0;
      } else {
        cp = DecodeUtf8(v, k);
        brk = unicode::Has(cp, unicode::kLinebreak);
      }
      if (brk) {
        eol = i;
        next = (cp == '\r' && k < n && v[k] == '\n') ? k + 1 : k;
        break;
      }
      i = k;
    }
    if (i >= n) eol = next = n;
    if (keepends) eol = next;
    if (!emit(j, eol)) return false;
    i = next;
  }
  return true;
}

Ref SplitLinesMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[1];
  if (!ParseArgs("splitlines", args, nargs, kwnames, {"keepends"}, 0, a)) return Ref();
  int64_t keepends = 0;
  if (a[0] && !SsizeArg(a[0], &keepends)) return Ref();
  const StrObject* s = AsStrObj(self);
  std::string_view v = s->view();
  int64_t count = 0;
  ScanLines(v, keepends != 0, [&](size_t, size_t) { return ++count, true; });
  Ref list = NewList(count);
  if (!list) return Ref();
  bool ok = ScanLines(v, keepends != 0, [&](size_t b0, size_t b1) {
    return PushNew(list.get(), Piece(s, static_cast<int64_t>(b0), static_cast<int64_t>(b1)));
  });
  return ok ? list : Ref();
}

Ref PartitionImpl(const char* name, Value self, const Value* args, size_t nargs, Value kwnames, bool from_right) {
  if (!ArgsExactly(name, nargs, kwnames, 1)) return Ref();
  Value sep = args[0];
  if (!StrArg(sep, "")) return Ref();
  if (AsStrObj(sep)->size == 0) return SetError(ValueErrorType(), "empty separator");
  const StrObject* s = AsStrObj(self);
  std::string_view v = s->view(), sv = StrView(sep);
  size_t pos = from_right ? v.rfind(sv) : v.find(sv);
  if (pos == std::string_view::npos) {
    Ref whole = StrExact(self);
    if (!whole) return Ref();
    if (from_right) return MakeTuple({EmptyStr(), EmptyStr(), whole.get()});
    return MakeTuple({whole.get(), EmptyStr(), EmptyStr()});
  }
  Ref head = Piece(s, 0, static_cast<int64_t>(pos));
  Ref tail = Piece(s, static_cast<int64_t>(pos + sv.size()), s->size);
  Ref mid = StrExact(sep);
  if (!head || !tail || !mid) return Ref();
  return MakeTuple({head.get(), mid.get(), tail.get()});
}

Ref PartitionMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return PartitionImpl("partition", self, args, nargs, kwnames, false);
}
Ref RPartitionMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return PartitionImpl("rpartition", self, args, nargs, kwnames, true);
}

// ---------------------------------------------------------------------------
// strip family, replace, prefixes.

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Ref StripImpl(const char* name, Value self, const Value* args, size_t nargs, Value kwnames, int side) {
  if (!ArgsExpected(name, nargs, kwnames, 0, 1)) return Ref();
  const StrObject* s = AsStrObj(self);
  std::u32string chars;
  bool whitespace = nargs == 0 || IsNone(args[0]);
  if (!whitespace) {
    if (!IsStr(args[0])) return SetErrorFmt(TypeErrorType(), "{} arg must be None or str", name);
    chars = DecodeAll(StrView(args[0]));
  }
  auto strip_it = [&](uint32_t cp) {
    return whitespace ? IsSpace(cp) : chars.find(static_cast<char32_t>(cp)) != std::u32string::npos;
  };
  std::string_view v = s->view();
  int64_t b0 = 0, b1 = s->size;
  if (side & kLeft) {
    while (b0 < b1) {
      size_t k = static_cast<size_t>(b0);
      if (!strip_it(DecodeUtf8(v, k))) break;
      b0 = static_cast<int64_t>(k);
    }
  }
  if (side & kRight) {
    while (b1 > b0) {
      int64_t k = b1;
      if (!strip_it(CodePointBefore(s, &k))) break;
      b1 = k;
    }
  }
  return Piece(s, b0, b1);
}

Ref StripMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return StripImpl("strip", self, args, nargs, kwnames, kBoth);
}
Ref LStripMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return StripImpl("lstrip", self, args, nargs, kwnames, kLeft);
}
Ref RStripMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return StripImpl("rstrip", self, args, nargs, kwnames, kRight);
}

Ref ReplaceMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExpected("replace", nargs, kwnames, 2, 3)) return Ref();
  if (!StrArg(args[0], "replace() argument 1 ") || !StrArg(args[1], "replace() argument 2 ")) return Ref();
  int64_t count = -1;
  if (nargs == 3 && !SsizeArg(args[2], &count)) return Ref();
  const StrObject* s = AsStrObj(self);
  std::string_view v = s->view(), old = StrView(args[0]), rep = StrView(args[1]);
  if (count < 0) count = INT64_MAX;
  if (old.empty()) {
    std::string out;
    int64_t done = 0;
    size_t i = 0;
    while (i < v.size() && done < count) {
      out += rep;
      size_t k = i + static_cast<size_t>(Utf8Width(static_cast<unsigned char>(v[i])));
      out.append(v.substr(i, k - i));
      i = k;
      ++done;
    }
    if (i == v.size() && done < count) {
      out += rep;
      ++done;
    }
    out.append(v.substr(i));
    if (done == 0) return StrExact(self);
    return StrFromUtf8(out);
  }
  if (old.size() == 1 && rep.size() == 1) {
    // One byte for another: copy, then patch the matches in place.
    const char* first = static_cast<const char*>(count == 0 ? nullptr : std::memchr(v.data(), old[0], v.size()));
    if (first == nullptr) return StrExact(self);
    // Both bytes are ASCII characters, so the result has the length and
    // the ASCII / width properties of s.
    auto size = static_cast<int64_t>(v.size());
    StrObject* r = NewStrRaw(size, s->length, s->aux_);
    if (r == nullptr) return Ref();
    std::memcpy(r->data, v.data(), v.size());
    char o = old[0], n = rep[0];
    auto k = static_cast<size_t>(first - v.data());
    if (count == INT64_MAX) {
      // Eight bytes at a time: lanes equal to o become zero in x; the exact
      // zero-byte test marks them with 0x80; o ^ n < 0x80 is then added into
      // just those lanes (no carries).
      constexpr uint64_t kOnes = 0x0101010101010101ULL;
      constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
      uint64_t diff = static_cast<unsigned char>(o ^ n);
      for (; k + 8 <= v.size(); k += 8) {
        uint64_t w;
        std::memcpy(&w, r->data + k, 8);
        uint64_t x = w ^ (kOnes * static_cast<unsigned char>(o));
        uint64_t zero = ~(((x & kLow7) + kLow7) | x | kLow7);
        w ^= (zero >> 7) * diff;
        std::memcpy(r->data + k, &w, 8);
      }
      for (; k < v.size(); ++k) r->data[k] = r->data[k] == o ? n : r->data[k];
    } else {
      for (int64_t done = 0; k < v.size() && done < count; ++k) {
        if (r->data[k] == o) {
          r->data[k] = n;
          ++done;
        }
      }
    }
    return FinishStr(r);
  }
  // Count the matches, then write the result straight into its final object.
  size_t matches = 0;
  for (size_t i = 0; static_cast<int64_t>(matches) < count; ++matches) {
    size_t pos = FindBytes(v, old, i);
    if (pos == std::string_view::npos) break;
    i = pos + old.size();
  }
  if (matches == 0) return StrExact(self);
  int64_t size = static_cast<int64_t>(v.size());
  if (rep.size() > old.size()) {
    auto growth = static_cast<int64_t>(rep.size() - old.size());
    if (static_cast<int64_t>(matches) > (INT64_MAX / 2 - size) / growth) {
      return SetError(OverflowErrorType(), "replace string is too long");
    }
    size += static_cast<int64_t>(matches) * growth;
  } else {
    size -= static_cast<int64_t>(matches * (old.size() - rep.size()));
  }
  // An ASCII string with ASCII put in stays ASCII; anything else is rescanned
  // (removing the only non-ASCII characters can make it ASCII).
  bool ascii = s->is_ascii() && AsStrObj(args[1])->is_ascii();
  StrObject* r = NewStrRaw(size, size, kStrAsciiAux);
  if (r == nullptr) return Ref();
  char* dst = r->data;
  size_t i = 0;
  for (size_t k = 0; k < matches; ++k) {
    size_t pos = FindBytes(v, old, i);
    std::memcpy(dst, v.data() + i, pos - i);
    dst += pos - i;
    if (rep.size() == 1) {
      *dst++ = rep[0];
    } else {
      std::memcpy(dst, rep.data(), rep.size());
      dst += rep.size();
    }
    i = pos + old.size();
  }
  std::memcpy(dst, v.data() + i, v.size() - i);
  return ascii ? FinishStr(r) : FinishStrScanned(r);
}

Ref RemoveAffix(const char* name, Value self, const Value* args, size_t nargs, Value kwnames, bool prefix) {
  if (!ArgsExactly(name, nargs, kwnames, 1)) return Ref();
  if (!IsStr(args[0])) {
    return SetErrorFmt(TypeErrorType(), "{}() argument must be str, not {}", name, TypeName(args[0]));
  }
  const StrObject* s = AsStrObj(self);
  std::string_view v = s->view(), a = StrView(args[0]);
  if (a.empty() || a.size() > v.size()) return StrExact(self);
  if (prefix && v.substr(0, a.size()) == a) return Piece(s, static_cast<int64_t>(a.size()), s->size);
  if (!prefix && v.substr(v.size() - a.size()) == a) return Piece(s, 0, s->size - static_cast<int64_t>(a.size()));
  return StrExact(self);
}

Ref RemovePrefixMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return RemoveAffix("removeprefix", self, args, nargs, kwnames, true);
}
Ref RemoveSuffixMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return RemoveAffix("removesuffix", self, args, nargs, kwnames, false);
}

// ---------------------------------------------------------------------------
// find family.

// Parses (sub, start, end) for find/index/count/startswith.
bool FindArgs(const char* name, const Value* args, size_t nargs, Value kwnames, int64_t* start, int64_t* end) {
  if (!ArgsTuple(name, args, nargs, kwnames, 1, 3)) return false;
  *start = 0;
  *end = INT64_MAX;
  if (nargs > 1 && !ParseSliceIndex(args[1], start)) return false;
  if (nargs > 2 && !ParseSliceIndex(args[2], end)) return false;
  return true;
}

int64_t StrRFind(Value hay, Value needle, int64_t start, int64_t end) {
  const StrObject* h = AsStrObj(hay);
  const StrObject* n = AsStrObj(needle);
  AdjustIndices(&start, &end, h->length);
  if (end - start < n->length) return -1;
  int64_t b0 = StrByteOffset(h, start), b1 = StrByteOffset(h, end);
  std::string_view window(h->data + b0, static_cast<size_t>(b1 - b0));
  if (n->size == 0) return StrCodePointIndex(h, b1);
  if (window.size() < static_cast<size_t>(n->size)) return -1;
  size_t pos = RFindBytes(window, n->view(), window.size() - static_cast<size_t>(n->size));
  if (pos == std::string_view::npos) return -1;
  return StrCodePointIndex(h, b0 + static_cast<int64_t>(pos));
}

Ref FindImpl(const char* name, Value self, const Value* args, size_t nargs, Value kwnames, bool reverse,
             bool raise) {
  int64_t start, end;
  if (!FindArgs(name, args, nargs, kwnames, &start, &end)) return Ref();
  if (!StrArg(args[0], "")) return Ref();
  int64_t r = reverse ? StrRFind(self, args[0], start, end) : StrFind(self, args[0], start, end);
  if (r < 0 && raise) return SetError(ValueErrorType(), "substring not found");
  return Ref::SmallInt(r);
}

Ref FindMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return FindImpl("find", self, args, nargs, kwnames, false, false);
}
Ref RFindMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return FindImpl("rfind", self, args, nargs, kwnames, true, false);
}
Ref IndexMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return FindImpl("index", self, args, nargs, kwnames, false, true);
}
Ref RIndexMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return FindImpl("rindex", self, args, nargs, kwnames, true, true);
}

Ref CountMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  int64_t start, end;
  if (!FindArgs("count", args, nargs, kwnames, &start, &end)) return Ref();
  if (!StrArg(args[0], "")) return Ref();
  const StrObject* h = AsStrObj(self);
  const StrObject* n = AsStrObj(args[0]);
  AdjustIndices(&start, &end, h->length);
  if (end - start < n->length) return Ref::SmallInt(0);
  if (n->length == 0) return Ref::SmallInt(end - start + 1);
  int64_t b0 = StrByteOffset(h, start), b1 = StrByteOffset(h, end);
  std::string_view window(h->data + b0, static_cast<size_t>(b1 - b0));
  int64_t count = 0;
  std::string_view nv = n->view();
  if (nv.size() == 1) {
    count = std::count(window.begin(), window.end(), nv[0]);
  } else {
    for (size_t pos = FindBytes(window, nv, 0); pos != std::string_view::npos;
         pos = FindBytes(window, nv, pos + nv.size())) {
      ++count;
    }
  }
  return Ref::SmallInt(count);
}

// CPython's tailmatch: 1 if s[start:end] starts (or ends) with sub.
bool TailMatch(const StrObject* s, const StrObject* sub, int64_t start, int64_t end, bool at_end) {
  AdjustIndices(&start, &end, s->length);
  end -= sub->length;
  if (end < start) return false;
  if (sub->length == 0) return true;
  int64_t cp = at_end ? end : start;
  int64_t b = StrByteOffset(s, cp);
  return b + sub->size <= s->size && std::memcmp(s->data + b, sub->data, static_cast<size_t>(sub->size)) == 0;
}

Ref AffixMatch(const char* name, Value self, const Value* args, size_t nargs, Value kwnames, bool at_end) {
  int64_t start, end;
  if (!FindArgs(name, args, nargs, kwnames, &start, &end)) return Ref();
  const StrObject* s = AsStrObj(self);
  Value arg = args[0];
  if (IsTuple(arg)) {
    for (int64_t i = 0; i < TupleSize(arg); ++i) {
      Value item = TupleItem(arg, i);
      if (!IsStr(item)) {
        return SetErrorFmt(TypeErrorType(), "tuple for {} must only contain str, not {}", name, TypeName(item));
      }
      if (TailMatch(s, AsStrObj(item), start, end, at_end)) return Ref::New(True());
    }
    return Ref::New(False());
  }
  if (!IsStr(arg)) {
    return SetErrorFmt(TypeErrorType(), "{} first arg must be str or a tuple of str, not {}", name, TypeName(arg));
  }
  return Ref::New(Bool(TailMatch(s, AsStrObj(arg), start, end, at_end)));
}

Ref StartsWithMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return AffixMatch("startswith", self, args, nargs, kwnames, false);
}
Ref EndsWithMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return AffixMatch("endswith", self, args, nargs, kwnames, true);
}

// ---------------------------------------------------------------------------
// Case mapping.

bool IsCased(uint32_t cp) { return unicode::Has(cp, unicode::kCased); }
bool IsCaseIgnorable(uint32_t cp) { return unicode::Has(cp, unicode::kCaseIgnorable); }

void AppendMapped(std::string& out, uint32_t cp, CaseKind kind) {
  uint32_t m[3];
  int n = unicode::MapCase(cp, kind, m);
  for (int k = 0; k < n; ++k) AppendUtf8(out, m[k]);
}

// Lowercase of cps[i] with the final sigma rule (Unicode 3.13, as CPython applies it).
void AppendLower(std::string& out, const std::u32string& cps, size_t i) {
  uint32_t cp = cps[i];
  if (cp != 0x3A3) return AppendMapped(out, cp, CaseKind::kLower);
  size_t j = i;
  while (j > 0 && IsCaseIgnorable(cps[j - 1])) --j;
  bool final_sigma = j > 0 && IsCased(cps[j - 1]);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < cps.size() && IsCaseIgnorable(cps[k])) ++k;
    final_sigma = k == cps.size() || !IsCased(cps[k]);
  }
  AppendUtf8(out, final_sigma ? 0x3C2 : 0x3C3);
}

enum class CaseOp { kUpper, kLower, kCasefold, kSwapcase, kTitle, kCapitalize };

inline bool AsciiLower(unsigned char c) { return static_cast<unsigned>(c - 'a') < 26u; }
inline bool AsciiUpper(unsigned char c) { return static_cast<unsigned>(c - 'A') < 26u; }
inline char ToUpperAscii(unsigned char c) { return static_cast<char>(AsciiLower(c) ? c - 32 : c); }
inline char ToLowerAscii(unsigned char c) { return static_cast<char>(AsciiUpper(c) ? c + 32 : c); }

// Copies n ASCII bytes flipping the case of upper-case letters (flip_upper)
// and/or lower-case letters (flip_lower), eight bytes at a time: for bytes
// below 0x80, adding 0x80 - lo sets a byte's top bit iff byte >= lo, with no
// carry into the next byte.
void FlipAsciiCase(const unsigned char* src, char* dst, int64_t n, bool flip_upper, bool flip_lower) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  auto letters = [](uint64_t w, unsigned char lo, unsigned char hi) {
    uint64_t ge_lo = w + kOnes * static_cast<uint64_t>(0x80 - lo);
    uint64_t gt_hi = w + kOnes * static_cast<uint64_t>(0x80 - hi - 1);
    return ge_lo & ~gt_hi & kHigh;
  };
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, src + i, 8);
    uint64_t m = 0;
    if (flip_upper) m |= letters(w, 'A', 'Z');
    if (flip_lower) m |= letters(w, 'a', 'z');
    w ^= m >> 2;  // 0x80 >> 2 == 0x20, the case bit
    std::memcpy(dst + i, &w, 8);
  }
  for (; i < n; ++i) {
    unsigned char c = src[i];
    bool flip = (flip_upper && AsciiUpper(c)) || (flip_lower && AsciiLower(c));
    dst[i] = static_cast<char>(flip ? c ^ 0x20 : c);
  }
}

// The case operations on ASCII text: a byte loop into a result of the same
// size, which is ASCII too.
Ref AsciiCase(const StrObject* s, CaseOp op) {
  int64_t n = s->size;
  if (n == 0) return Ref::New(EmptyStr());
  if (n == 1) {
    auto c = static_cast<unsigned char>(s->data[0]);
    bool up = op == CaseOp::kUpper || op == CaseOp::kTitle || op == CaseOp::kCapitalize ||
              (op == CaseOp::kSwapcase && AsciiLower(c));
    return Ref::New(AsciiCharStr(static_cast<unsigned char>(up ? ToUpperAscii(c) : ToLowerAscii(c))));
  }
  StrObject* r = NewStrRaw(n, n, kStrAsciiAux);
  if (r == nullptr) return Ref();
  const auto* src = reinterpret_cast<const unsigned char*>(s->data);
  char* dst = r->data;
  switch (op) {
    case CaseOp::kUpper:
      FlipAsciiCase(src, dst, n, false, true);
      break;
    case CaseOp::kLower:
    case CaseOp::kCasefold:
      FlipAsciiCase(src, dst, n, true, false);
      break;
    case CaseOp::kSwapcase:
      FlipAsciiCase(src, dst, n, true, true);
      break;
    case CaseOp::kTitle: {
      bool prev_cased = false;
      for (int64_t i = 0; i < n; ++i) {
        unsigned char c = src[i];
        dst[i] = prev_cased ? ToLowerAscii(c) : ToUpperAscii(c);
        prev_cased = AsciiUpper(c) || AsciiLower(c);
      }
      break;
    }
    case CaseOp::kCapitalize:
      dst[0] = ToUpperAscii(src[0]);
      for (int64_t i = 1; i < n; ++i) dst[i] = ToLowerAscii(src[i]);
      break;
  }
  return FinishStr(r);
}

Ref CaseImpl(const char* name, Value self, size_t nargs, Value kwnames, CaseOp op) {
  if (!ArgsExactly(name, nargs, kwnames, 0)) return Ref();
  const StrObject* s = AsStrObj(self);
  if (s->is_ascii()) return AsciiCase(s, op);
  std::u32string cps = DecodeAll(s->view());
  std::string out;
  out.reserve(static_cast<size_t>(s->size));
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t cp = cps[i];
    switch (op) {
      case CaseOp::kUpper: AppendMapped(out, cp, CaseKind::kUpper); break;
      case CaseOp::kLower: AppendLower(out, cps, i); break;
      case CaseOp::kCasefold: AppendMapped(out, cp, CaseKind::kFold); break;
      case CaseOp::kSwapcase:
        if (unicode::Has(cp, unicode::kUpper)) {
          AppendLower(out, cps, i);
        } else if (unicode::Has(cp, unicode::kLower)) {
          AppendMapped(out, cp, CaseKind::kUpper);
        } else {
          AppendUtf8(out, cp);
        }
        break;
      case CaseOp::kTitle:
        if (prev_cased) {
          AppendLower(out, cps, i);
        } else {
          AppendMapped(out, cp, CaseKind::kTitle);
        }
        prev_cased = IsCased(cp);
        break;
      case CaseOp::kCapitalize:
        if (i == 0) {
          AppendMapped(out, cp, CaseKind::kTitle);
        } else {
          AppendLower(out, cps, i);
        }
        break;
    }
  }
  return StrFromUtf8(out);
}

#define GY_CASE_METHOD(Fn, pyname, op)                                       \
  Ref Fn(Value self, const Value* args, size_t nargs, Value kwnames) {       \
    return CaseImpl(pyname, self, nargs, kwnames, op);                       \
  }
GY_CASE_METHOD(UpperMethod, "upper", CaseOp::kUpper)
GY_CASE_METHOD(LowerMethod, "lower", CaseOp::kLower)
GY_CASE_METHOD(CasefoldMethod, "casefold", CaseOp::kCasefold)
GY_CASE_METHOD(SwapcaseMethod, "swapcase", CaseOp::kSwapcase)
GY_CASE_METHOD(TitleMethod, "title", CaseOp::kTitle)
GY_CASE_METHOD(CapitalizeMethod, "capitalize", CaseOp::kCapitalize)
#undef GY_CASE_METHOD

// ---------------------------------------------------------------------------
// Predicates.

// True if s is non-empty and every code point has one of `flags`.
// The Unicode flags of the code point at v[i]; advances i. ASCII bytes take
// the small table.
inline uint16_t FlagsAt(std::string_view v, size_t& i, const uint16_t* ascii) {
  auto b = static_cast<unsigned char>(v[i]);
  if (b < 0x80) {
    ++i;
    return ascii[b];
  }
  return unicode::Lookup(DecodeUtf8(v, i)).flags;
}

bool AllHave(const StrObject* s, uint16_t flags) {
  if (s->length == 0) return false;
  const uint16_t* ascii = unicode::AsciiFlags();
  std::string_view v = s->view();
  if (s->is_ascii()) {
    for (unsigned char c : v) {
      if ((ascii[c] & flags) == 0) return false;
    }
    return true;
  }
  for (size_t i = 0; i < v.size();) {
    if ((FlagsAt(v, i, ascii) & flags) == 0) return false;
  }
  return true;
}

#define GY_PREDICATE(Fn, pyname, flags)                                      \
  Ref Fn(Value self, const Value* args, size_t nargs, Value kwnames) {       \
    if (!ArgsExactly(pyname, nargs, kwnames, 0)) return Ref();               \
    return Ref::New(Bool(AllHave(AsStrObj(self), flags)));                   \
  }
GY_PREDICATE(IsDigitMethod, "isdigit", unicode::kDigit)
GY_PREDICATE(IsDecimalMethod, "isdecimal", unicode::kDecimal)
GY_PREDICATE(IsNumericMethod, "isnumeric", unicode::kNumeric)
GY_PREDICATE(IsAlphaMethod, "isalpha", unicode::kAlpha)
GY_PREDICATE(IsSpaceMethod, "isspace", unicode::kSpace)
GY_PREDICATE(IsAlnumMethod, "isalnum",
             unicode::kAlpha | unicode::kDecimal | unicode::kDigit | unicode::kNumeric)
#undef GY_PREDICATE

Ref IsAsciiMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly("isascii", nargs, kwnames, 0)) return Ref();
  return Ref::New(Bool(AsStrObj(self)->is_ascii()));
}

Ref IsPrintableMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly("isprintable", nargs, kwnames, 0)) return Ref();
  const StrObject* s = AsStrObj(self);
  return Ref::New(Bool(s->length == 0 || AllHave(s, unicode::kPrintable)));
}

// isupper/islower: no code point of the opposite case (or titlecase), and at least one cased.
Ref CasePredicate(const char* name, Value self, size_t nargs, Value kwnames, uint16_t want, uint16_t reject) {
  if (!ArgsExactly(name, nargs, kwnames, 0)) return Ref();
  std::string_view v = StrView(self);
  const uint16_t* ascii = unicode::AsciiFlags();
  bool cased = false;
  for (size_t i = 0; i < v.size();) {
    uint16_t f = FlagsAt(v, i, ascii);
    if (f & reject) return Ref::New(False());
    if (f & want) cased = true;
  }
  return Ref::New(Bool(cased));
}

Ref IsUpperMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return CasePredicate("isupper", self, nargs, kwnames, unicode::kUpper, unicode::kLower | unicode::kTitle);
}
Ref IsLowerMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return CasePredicate("islower", self, nargs, kwnames, unicode::kLower, unicode::kUpper | unicode::kTitle);
}

Ref IsTitleMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly("istitle", nargs, kwnames, 0)) return Ref();
  std::string_view v = StrView(self);
  const uint16_t* ascii = unicode::AsciiFlags();
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < v.size();) {
    uint16_t f = FlagsAt(v, i, ascii);
    if (f & (unicode::kUpper | unicode::kTitle)) {
      if (prev_cased) return Ref::New(False());
      prev_cased = cased = true;
    } else if (f & unicode::kLower) {
      if (!prev_cased) return Ref::New(False());
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Ref::New(Bool(cased));
}

Ref IsIdentifierMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly("isidentifier", nargs, kwnames, 0)) return Ref();
  std::string_view v = StrView(self);
  if (v.empty()) return Ref::New(False());
  const uint16_t* ascii = unicode::AsciiFlags();
  size_t i = 0;
  if (v[0] != '_' && (FlagsAt(v, i, ascii) & unicode::kXidStart) == 0) return Ref::New(False());
  if (v[0] == '_') i = 1;
  while (i < v.size()) {
    if ((FlagsAt(v, i, ascii) & unicode::kXidContinue) == 0) return Ref::New(False());
  }
  return Ref::New(True());
}

// ---------------------------------------------------------------------------
// Padding.

// The fill character argument (default ' '), as UTF-8.
bool FillChar(const Value* args, size_t nargs, size_t index, std::string* fill) {
  *fill = " ";
  if (nargs <= index) return true;
  Value f = args[index];
  if (!IsStr(f)) {
    SetErrorFmt(TypeErrorType(), "The fill character must be a unicode character, not {}", TypeName(f));
    return false;
  }
  if (AsStrObj(f)->length != 1) {
    SetError(TypeErrorType(), "The fill character must be exactly one character long");
    return false;
  }
  *fill = std::string(StrView(f));
  return true;
}

Ref Pad(Value self, int64_t left, int64_t right, const std::string& fill) {
  const StrObject* s = AsStrObj(self);
  if (left <= 0 && right <= 0) return StrExact(self);
  left = std::max<int64_t>(left, 0);
  right = std::max<int64_t>(right, 0);
  std::string out;
  out.reserve(static_cast<size_t>(s->size + (left + right) * static_cast<int64_t>(fill.size())));
  for (int64_t k = 0; k < left; ++k) out += fill;
  out += s->view();
  for (int64_t k = 0; k < right; ++k) out += fill;
  return StrFromUtf8Length(out, s->length + left + right);
}

enum class Align { kLeft, kRight, kCenter };

Ref JustifyImpl(const char* name, Value self, const Value* args, size_t nargs, Value kwnames, Align align) {
  if (!ArgsExpected(name, nargs, kwnames, 1, 2)) return Ref();
  int64_t width;
  if (!SsizeArg(args[0], &width)) return Ref();
  std::string fill;
  if (!FillChar(args, nargs, 1, &fill)) return Ref();
  int64_t len = AsStrObj(self)->length;
  if (width <= len) return StrExact(self);
  int64_t marg = width - len;
  switch (align) {
    case Align::kLeft: return Pad(self, 0, marg, fill);
    case Align::kRight: return Pad(self, marg, 0, fill);
    case Align::kCenter: {
      int64_t left = marg / 2 + (marg & width & 1);
      return Pad(self, left, marg - left, fill);
    }
  }
  return Ref();
}

Ref CenterMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return JustifyImpl("center", self, args, nargs, kwnames, Align::kCenter);
}
Ref LJustMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return JustifyImpl("ljust", self, args, nargs, kwnames, Align::kLeft);
}
Ref RJustMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  return JustifyImpl("rjust", self, args, nargs, kwnames, Align::kRight);
}

Ref ZFillMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly("zfill", nargs, kwnames, 1)) return Ref();
  int64_t width;
  if (!SsizeArg(args[0], &width)) return Ref();
  const StrObject* s = AsStrObj(self);
  if (width <= s->length) return StrExact(self);
  int64_t fill = width - s->length;
  std::string out(static_cast<size_t>(fill), '0');
  out += s->view();
  if (s->size > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
    out[0] = s->data[0];
    out[static_cast<size_t>(fill)] = '0';
  }
  return StrFromUtf8Length(out, width);
}

Ref ExpandTabsMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[1];
  if (!ParseArgs("expandtabs", args, nargs, kwnames, {"tabsize"}, 0, a)) return Ref();
  int64_t tabsize = 8;
  if (a[0] && !SsizeArg(a[0], &tabsize)) return Ref();
  const StrObject* s = AsStrObj(self);
  std::string_view v = s->view();
  if (v.find('\t') == std::string_view::npos) return StrExact(self);
  std::string out;
  int64_t column = 0;
  for (size_t i = 0; i < v.size();) {
    char c = v[i];
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - column % tabsize;
        out.append(static_cast<size_t>(incr), ' ');
        column += incr;
      }
      ++i;
      continue;
    }
    size_t w = static_cast<size_t>(Utf8Width(static_cast<unsigned char>(c)));
    out.append(v.substr(i, w));
    i += w;
    column = (c == '\n' || c == '\r') ? 0 : column + 1;
  }
  return NewStrLike(s, out);
}

// ---------------------------------------------------------------------------
// translate / maketrans.

Ref TranslateMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly("translate", nargs, kwnames, 1)) return Ref();
  Value table = args[0];
  std::string_view v = StrView(self);
  std::string out;
  for (size_t i = 0; i < v.size();) {
    size_t start = i;
    uint32_t cp = DecodeUtf8(v, i);
    Ref key = Ref::SmallInt(cp);
    Ref r = GetItem(table, key.get());
    if (!r) {
      if (!ErrorMatches(LookupErrorType())) return Ref();
      ClearError();
      out.append(v.substr(start, i - start));
      continue;
    }
    if (IsNone(r.get())) continue;
    if (IsStr(r.get())) {
      out += StrView(r.get());
    } else if (IsInt(r.get())) {
      int64_t c;
      if (!IntAsInt64(r.get(), &c) || c < 0 || c > 0x10FFFF) {
        ClearError();
        return SetError(ValueErrorType(), "character mapping must be in range(0x110000)");
      }
      AppendUtf8(out, static_cast<uint32_t>(c));
    } else {
      return SetError(TypeErrorType(), "character mapping must return integer, None or str");
    }
  }
  return StrFromUtf8(out);
}

Ref MakeTransMethod(Value /*unused*/, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExpected("maketrans", nargs, kwnames, 1, 3)) return Ref();
  Ref dict = NewDict();
  if (!dict) return Ref();
  if (nargs == 1) {
    Value map = args[0];
    if (!Is<DictObject>(map)) {
      return SetError(TypeErrorType(), "if you give only one argument to maketrans it must be a dict");
    }
    int64_t pos = 0;
    Value k, val;
    while (DictNext(map, &pos, &k, &val)) {
      if (IsStr(k)) {
        if (AsStrObj(k)->length != 1) {
          return SetError(ValueErrorType(), "string keys in translate table must be of length 1");
        }
        size_t i = 0;
        Ref key = Ref::SmallInt(DecodeUtf8(StrView(k), i));
        if (DictSetItem(dict.get(), key.get(), val) != 0) return Ref();
      } else if (IsInt(k)) {
        if (DictSetItem(dict.get(), k, val) != 0) return Ref();
      } else {
        return SetError(TypeErrorType(), "keys in translate table must be strings or integers");
      }
    }
    return dict;
  }
  if (!IsStr(args[0])) return SetErrorFmt(TypeErrorType(), "maketrans() argument 1 must be str, not {}", TypeName(args[0]));
  if (!IsStr(args[1])) return SetErrorFmt(TypeErrorType(), "maketrans() argument 2 must be str, not {}", TypeName(args[1]));
  std::u32string x = DecodeAll(StrView(args[0])), y = DecodeAll(StrView(args[1]));
  if (x.size() != y.size()) {
    return SetError(ValueErrorType(), "the first two maketrans arguments must have equal length");
  }
  for (size_t i = 0; i < x.size(); ++i) {
    if (DictSetItem(dict.get(), Value::SmallInt(x[i]), Value::SmallInt(y[i])) != 0) return Ref();
  }
  if (nargs == 3) {
    if (!IsStr(args[2])) return SetErrorFmt(TypeErrorType(), "maketrans() argument 3 must be str, not {}", TypeName(args[2]));
    for (char32_t c : DecodeAll(StrView(args[2]))) {
      if (DictSetItem(dict.get(), Value::SmallInt(c), None()) != 0) return Ref();
    }
  }
  return dict;
}

Ref LenDunder(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly("__len__", nargs, kwnames, 0)) return Ref();
  return Ref::SmallInt(AsStrObj(self)->length);
}

}  // namespace

// ---------------------------------------------------------------------------
// Shared helpers and public API.

bool ParseSliceIndex(Value v, int64_t* out) {
  if (v.is_null() || IsNone(v)) return true;
  if (!HasIndex(v)) {
    SetError(TypeErrorType(), "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Ref i = Index(v);
  if (!i) return false;
  if (!IntAsInt64(i.get(), out)) {
    ClearError();
    *out = IntSign(i.get()) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;  // clamped like _PyEval_SliceIndex
  }
  return true;
}

void AdjustIndices(int64_t* start, int64_t* end, int64_t length) {
  if (*end > length) {
    *end = length;
  } else if (*end < 0) {
    *end += length;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = 0;
  }
}

int64_t StrFind(Value hay, Value needle, int64_t start, int64_t end) {
  const StrObject* h = AsStrObj(hay);
  const StrObject* n = AsStrObj(needle);
  AdjustIndices(&start, &end, h->length);
  if (end - start < n->length) return -1;
  int64_t b0 = StrByteOffset(h, start), b1 = StrByteOffset(h, end);
  std::string_view window(h->data + b0, static_cast<size_t>(b1 - b0));
  size_t pos = FindBytes(window, n->view(), 0);
  if (pos == std::string_view::npos) return -1;
  return StrCodePointIndex(h, b0 + static_cast<int64_t>(pos));
}

Ref StrJoin(Value sep, Value iterable) {
  // A tuple cannot change, so its items are used in place. Other iterables
  // (lists too: they may change under us) are collected first.
  struct OwnedValues {  // owns one reference to each value
    std::vector<Value> v;
    ~OwnedValues() {
      for (Value x : v) Decref(x);
    }
  } items;
  bool tuple = Is<TupleObject>(iterable);
  size_t n = 0;
  if (tuple) {
    n = static_cast<size_t>(TupleSize(iterable));
  } else if (IsList(iterable)) {
    LockGuard g(iterable);  // copy the items out; nothing below runs Python code
    int64_t len = ListSize(iterable);
    items.v.resize(static_cast<size_t>(len));
    for (int64_t i = 0; i < len && i < ListSize(iterable); ++i, ++n) {
      Value x = ListItem(iterable, i);
      Incref(x);
      items.v[n] = x;
    }
    items.v.resize(n);
  } else {
    Ref it = GetIter(iterable);
    if (!it) {
      if (ErrorMatches(TypeErrorType())) {
        ClearError();
        return SetError(TypeErrorType(), "can only join an iterable");
      }
      return Ref();
    }
    for (;;) {
      Ref x = IterNext(it.get());
      if (!x) {
        if (ErrorOccurred()) return Ref();
        break;
      }
      items.v.push_back(x.release());
    }
    n = items.v.size();
  }
  const Value* arr = tuple ? As<TupleObject>(iterable)->items : items.v.data();
  auto item = [arr](size_t i) { return arr[i]; };
  if (n == 0) return Ref::New(EmptyStr());
  if (n == 1 && item(0).type() == &StrType) return Ref::New(item(0));
  const StrObject* s = AsStrObj(sep);
  int64_t size = 0, length = 0;
  bool ascii = true;
  int width = -1;  // as ScanUtf8 computes it: -1 nothing seen yet, 0 mixed
  auto note = [&](const StrObject* x) {
    ascii = ascii && x->is_ascii();
    if (x->size == 0) return;
    int w = StrUniformWidth(x);
    width = width == -1 ? w : width == w ? w : 0;
  };
  for (size_t i = 0; i < n; ++i) {
    Value x = item(i);
    if (!IsStr(x)) {
      return SetErrorFmt(TypeErrorType(), "sequence item {}: expected str instance, {} found", i, TypeName(x));
    }
    const StrObject* xs = AsStrObj(x);
    size += xs->size;
    length += xs->length;
    note(xs);
  }
  if (n > 1) {
    size += s->size * static_cast<int64_t>(n - 1);
    length += s->length * static_cast<int64_t>(n - 1);
    note(s);
  }
  StrObject* r = NewStrRaw(size, length, StrAux(ascii, width < 0 ? 1 : width));
  if (r == nullptr) return Ref();
  char* dst = r->data;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) {
      if (s->size == 1) {
        *dst++ = s->data[0];
      } else {
        CopyBytes(dst, s->data, static_cast<size_t>(s->size));
        dst += s->size;
      }
    }
    const StrObject* xs = AsStrObj(item(i));
    CopyBytes(dst, xs->data, static_cast<size_t>(xs->size));
    dst += xs->size;
  }
  return FinishStr(r);
}

const MethodDef kStrMethods[] = {
    {"encode", StrEncodeMethod},
    {"join", JoinMethod},
    {"split", SplitMethod},
    {"rsplit", RSplitMethod},
    {"splitlines", SplitLinesMethod},
    {"partition", PartitionMethod},
    {"rpartition", RPartitionMethod},
    {"strip", StripMethod},
    {"lstrip", LStripMethod},
    {"rstrip", RStripMethod},
    {"replace", ReplaceMethod},
    {"removeprefix", RemovePrefixMethod},
    {"removesuffix", RemoveSuffixMethod},
    {"find", FindMethod},
    {"rfind", RFindMethod},
    {"index", IndexMethod},
    {"rindex", RIndexMethod},
    {"count", CountMethod},
    {"startswith", StartsWithMethod},
    {"endswith", EndsWithMethod},
    {"upper", UpperMethod},
    {"lower", LowerMethod},
    {"casefold", CasefoldMethod},
    {"swapcase", SwapcaseMethod},
    {"title", TitleMethod},
    {"capitalize", CapitalizeMethod},
    {"isdigit", IsDigitMethod},
    {"isdecimal", IsDecimalMethod},
    {"isnumeric", IsNumericMethod},
    {"isalpha", IsAlphaMethod},
    {"isalnum", IsAlnumMethod},
    {"isspace", IsSpaceMethod},
    {"isupper", IsUpperMethod},
    {"islower", IsLowerMethod},
    {"istitle", IsTitleMethod},
    {"isidentifier", IsIdentifierMethod},
    {"isascii", IsAsciiMethod},
    {"isprintable", IsPrintableMethod},
    {"center", CenterMethod},
    {"ljust", LJustMethod},
    {"rjust", RJustMethod},
    {"zfill", ZFillMethod},
    {"expandtabs", ExpandTabsMethod},
    {"translate", TranslateMethod},
    {"maketrans", MakeTransMethod, MethodDef::kStatic},
    {"__len__", LenDunder},
    {nullptr, nullptr},
};

}  // namespace gilectomy::rt
