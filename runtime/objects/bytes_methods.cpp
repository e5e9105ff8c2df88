// The methods bytes and bytearray share (CPython 3.11 semantics and
// messages): searching, splitting, joining, stripping, replacing, case
// changes and tests (ASCII only, as for bytes), padding, hex/fromhex,
// translate/maketrans and decode. Each reads the receiver with ByteView
// after its arguments are converted (conversions may run Python code that
// resizes a bytearray) and returns an object of the receiver's type.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt::detail {

namespace {

using Method = Ref (*)(Value, const Value*, size_t, Value);

bool NoKw(Value self, const char* name, Value kwnames) {
  if (kwnames.is_null() || TupleSize(kwnames) == 0) return true;
  SetErrorFmt(TypeErrorType(), "{}.{}() takes no keyword arguments", KindName(self), name);
  return false;
}

// "find() takes at least 1 argument (0 given)".
bool ArgsTuple(Value self, const char* name, size_t nargs, Value kwnames, size_t min, size_t max) {
  if (!NoKw(self, name, kwnames)) return false;
  if (nargs < min) {
    SetErrorFmt(TypeErrorType(), "{}() takes at least {} argument{} ({} given)", name, min,
                min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    SetErrorFmt(TypeErrorType(), "{}() takes at most {} argument{} ({} given)", name, max,
                max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

// "bytes.upper() takes no arguments (1 given)".
bool ArgsExactly(Value self, const char* name, size_t nargs, Value kwnames, size_t n) {
  if (!NoKw(self, name, kwnames)) return false;
  if (nargs == n) return true;
  if (n == 0) {
    SetErrorFmt(TypeErrorType(), "{}.{}() takes no arguments ({} given)", KindName(self), name, nargs);
  } else {
    SetErrorFmt(TypeErrorType(), "{}.{}() takes exactly one argument ({} given)", KindName(self), name,
                nargs);
  }
  return false;
}

bool IsSpaceByte(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool IsLowerByte(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsUpperByte(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlphaByte(unsigned char c) { return IsLowerByte(c) || IsUpperByte(c); }
bool IsDigitByte(unsigned char c) { return c >= '0' && c <= '9'; }
char ToUpper(char c) { return IsLowerByte(static_cast<unsigned char>(c)) ? static_cast<char>(c - 32) : c; }
char ToLower(char c) { return IsUpperByte(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c; }

// A needle for find/count/index: an int byte or a bytes-like object.
bool NeedleArg(Value v, std::string* storage, std::string_view* out) {
  if (IsIndexLike(v)) {
    int b;
    if (!ByteValue(v, &b)) return false;
    storage->assign(1, static_cast<char>(b));
    *out = *storage;
    return true;
  }
  if (GetBuffer(v, storage, out)) {
    storage->assign(*out);  // keep a copy: the receiver may be the needle's storage
    *out = *storage;
    return true;
  }
  SetErrorFmt(TypeErrorType(), "argument should be integer or bytes-like object, not '{}'",
              TypeName(v));
  return false;
}

// Optional start/end arguments (slice semantics, None allowed).
bool StartEnd(const Value* args, size_t nargs, size_t first, int64_t len, int64_t* start,
              int64_t* end) {
  *start = 0;
  *end = INT64_MAX;
  if (nargs > first && !IsNone(args[first]) && !ClampedIndex(args[first], start)) return false;
  if (nargs > first + 1 && !IsNone(args[first + 1]) && !ClampedIndex(args[first + 1], end)) {
    return false;
  }
  if (*end > len) *end = len;
  if (*end < 0) *end = std::max<int64_t>(0, *end + len);
  if (*start < 0) *start = std::max<int64_t>(0, *start + len);
  return true;
}

// find/rfind/index/rindex/count over hay[start:end].
Ref Search(Value self, const char* name, const Value* args, size_t nargs, Value kwnames,
           bool reverse, bool raise, bool count) {
  if (!ArgsTuple(self, name, nargs, kwnames, 1, 3)) return Ref();
  std::string storage;
  std::string_view needle;
  if (!NeedleArg(args[0], &storage, &needle)) return Ref();
  int64_t start, end;
  if (!StartEnd(args, nargs, 1, ByteSize(self), &start, &end)) {
    return Ref();
  }
  ByteData hay_data(self);
  std::string_view hay = hay_data.view();
  end = std::min<int64_t>(end, static_cast<int64_t>(hay.size()));
  if (count) {
    if (start > end) return Ref::SmallInt(0);
    std::string_view part = hay.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    if (needle.empty()) return IntFromInt64(static_cast<int64_t>(part.size()) + 1);
    int64_t n = 0;
    for (size_t pos = part.find(needle); pos != std::string_view::npos;
         pos = part.find(needle, pos + needle.size())) {
      n++;
    }
    return IntFromInt64(n);
  }
  int64_t found = -1;
  if (start <= end && static_cast<int64_t>(needle.size()) <= end - start) {
    std::string_view part = hay.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    size_t pos = reverse ? part.rfind(needle) : part.find(needle);
    if (pos != std::string_view::npos) found = start + static_cast<int64_t>(pos);
  }
  if (found < 0 && raise) return SetError(ValueErrorType(), "subsection not found");
  return IntFromInt64(found);
}

Ref Find(Value s, const Value* a, size_t n, Value k) { return Search(s, "find", a, n, k, false, false, false); }
Ref RFind(Value s, const Value* a, size_t n, Value k) { return Search(s, "rfind", a, n, k, true, false, false); }
Ref Index(Value s, const Value* a, size_t n, Value k) { return Search(s, "index", a, n, k, false, true, false); }
Ref RIndex(Value s, const Value* a, size_t n, Value k) { return Search(s, "rindex", a, n, k, true, true, false); }
Ref Count(Value s, const Value* a, size_t n, Value k) { return Search(s, "count", a, n, k, false, false, true); }

Ref AffixMatch(Value self, const char* name, const Value* args, size_t nargs, Value kwnames,
               bool at_end) {
  if (!ArgsTuple(self, name, nargs, kwnames, 1, 3)) return Ref();
  int64_t start, end;
  if (!StartEnd(args, nargs, 1, ByteSize(self), &start, &end)) {
    return Ref();
  }
  std::vector<std::string> affixes;
  auto add = [&](Value v) {
    std::string storage;
    std::string_view view;
    if (!GetBuffer(v, &storage, &view)) {
      SetErrorFmt(TypeErrorType(), "{} first arg must be bytes or a tuple of bytes, not {}", name,
                  TypeName(v));
      return false;
    }
    affixes.emplace_back(view);
    return true;
  };
  if (IsTuple(args[0])) {
    for (int64_t i = 0; i < TupleSize(args[0]); i++) {
      if (!add(TupleItem(args[0], i))) return Ref();
    }
  } else if (!add(args[0])) {
    return Ref();
  }
  ByteData hay_data(self);
  std::string_view hay = hay_data.view();
  end = std::min<int64_t>(end, static_cast<int64_t>(hay.size()));
  for (const std::string& a : affixes) {
    if (start > end) continue;
    if (static_cast<int64_t>(a.size()) > end - start) continue;
    std::string_view part = hay.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    bool ok = at_end ? part.substr(part.size() - a.size()) == a : part.substr(0, a.size()) == a;
    if (ok) return Ref::New(True());
  }
  return Ref::New(False());
}

Ref StartsWith(Value s, const Value* a, size_t n, Value k) { return AffixMatch(s, "startswith", a, n, k, false); }
Ref EndsWith(Value s, const Value* a, size_t n, Value k) { return AffixMatch(s, "endswith", a, n, k, true); }

// --- split / join ---------------------------------------------------------------

bool Push(Value list, Value self, std::string_view piece) {
  Ref item = NewLike(self, piece);
  return item && ListAppend(list, item.get()) == 0;
}

Ref SplitImpl(Value self, const char* name, const Value* args, size_t nargs, Value kwnames,
              bool from_right) {
  Value a[2] = {};
  if (!ParseArgs(name, args, nargs, kwnames, {"sep", "maxsplit"}, 0, a)) return Ref();
  int64_t maxsplit = -1;
  if (a[1] && !SsizeArg(a[1], &maxsplit)) return Ref();
  if (maxsplit < 0) maxsplit = -1;
  std::string sep_storage;
  std::string_view sep;
  bool whitespace = !a[0] || IsNone(a[0]);
  if (!whitespace) {
    if (!BufferArg(a[0], &sep_storage, &sep)) return Ref();
    sep_storage.assign(sep);
    sep = sep_storage;
    if (sep.empty()) return SetError(ValueErrorType(), "empty separator");
  }
  std::string data(ByteData(self).view());
  std::string_view v = data;
  Ref list = NewList(0);
  if (!list) return Ref();
  std::vector<std::string_view> pieces;
  if (whitespace) {
    if (!from_right) {
      size_t i = 0, n = v.size();
      while (maxsplit-- != 0) {
        while (i < n && IsSpaceByte(static_cast<unsigned char>(v[i]))) i++;
        if (i == n) break;
        size_t j = i;
        while (i < n && !IsSpaceByte(static_cast<unsigned char>(v[i]))) i++;
        pieces.push_back(v.substr(j, i - j));
      }
      while (i < n && IsSpaceByte(static_cast<unsigned char>(v[i]))) i++;
      if (i < n) pieces.push_back(v.substr(i));
    } else {
      size_t i = v.size();
      while (maxsplit-- != 0) {
        while (i > 0 && IsSpaceByte(static_cast<unsigned char>(v[i - 1]))) i--;
        if (i == 0) break;
        size_t j = i;
        while (i > 0 && !IsSpaceByte(static_cast<unsigned char>(v[i - 1]))) i--;
        pieces.push_back(v.substr(i, j - i));
      }
      while (i > 0 && IsSpaceByte(static_cast<unsigned char>(v[i - 1]))) i--;
      if (i > 0) pieces.push_back(v.substr(0, i));
      std::reverse(pieces.begin(), pieces.end());
    }
  } else if (!from_right) {
    size_t i = 0;
    while (maxsplit-- != 0) {
      size_t pos = v.find(sep, i);
      if (pos == std::string_view::npos) break;
      pieces.push_back(v.substr(i, pos - i));
      i = pos + sep.size();
    }
    pieces.push_back(v.substr(i));
  } else {
    size_t end = v.size();
    while (maxsplit-- != 0 && end >= sep.size()) {
      size_t pos = v.rfind(sep, end - sep.size());
      if (pos == std::string_view::npos) break;
      pieces.push_back(v.substr(pos + sep.size(), end - pos - sep.size()));
      end = pos;
    }
    pieces.push_back(v.substr(0, end));
    std::reverse(pieces.begin(), pieces.end());
  }
  for (std::string_view p : pieces) {
    if (!Push(list.get(), self, p)) return Ref();
  }
  return list;
}

Ref Split(Value s, const Value* a, size_t n, Value k) { return SplitImpl(s, "split", a, n, k, false); }
Ref RSplit(Value s, const Value* a, size_t n, Value k) { return SplitImpl(s, "rsplit", a, n, k, true); }

Ref SplitLines(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!ParseArgs("splitlines", args, nargs, kwnames, {"keepends"}, 0, a)) return Ref();
  int keep = 0;
  if (a[0] && (keep = IsTrue(a[0])) < 0) return Ref();
  std::string data(ByteData(self).view());
  Ref list = NewList(0);
  if (!list) return Ref();
  size_t i = 0, n = data.size();
  while (i < n) {
    size_t j = i;
    while (i < n && data[i] != '\n' && data[i] != '\r') i++;
    size_t eol = i;
    if (i < n) i += (data[i] == '\r' && i + 1 < n && data[i + 1] == '\n') ? 2 : 1;
    if (!Push(list.get(), self, std::string_view(data).substr(j, (keep ? i : eol) - j))) return Ref();
  }
  return list;
}

Ref Join(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly(self, "join", nargs, kwnames, 1)) return Ref();
  Ref items = ListFromIterable(args[0]);
  if (!items) return Ref();
  std::string sep(ByteData(self).view()), out;
  for (int64_t i = 0; i < ListSize(items.get()); i++) {
    std::string storage;
    std::string_view piece;
    Value item = ListItem(items.get(), i);
    if (!GetBuffer(item, &storage, &piece)) {
      return SetErrorFmt(TypeErrorType(), "sequence item {}: expected a bytes-like object, {} found",
                         i, TypeName(item));
    }
    if (i > 0) out += sep;
    out.append(piece);
  }
  return NewLike(self, out);
}

Ref PartitionImpl(Value self, const char* name, const Value* args, size_t nargs, Value kwnames,
                  bool from_right) {
  if (!ArgsExactly(self, name, nargs, kwnames, 1)) return Ref();
  std::string storage;
  std::string_view sep;
  if (!BufferArg(args[0], &storage, &sep)) return Ref();
  storage.assign(sep);
  sep = storage;
  if (sep.empty()) return SetError(ValueErrorType(), "empty separator");
  std::string data(ByteData(self).view());
  std::string_view v = data;
  size_t pos = from_right ? v.rfind(sep) : v.find(sep);
  Ref a, b, c;
  if (pos == std::string_view::npos) {
    a = NewLike(self, from_right ? "" : v);
    b = NewLike(self, "");
    c = NewLike(self, from_right ? v : "");
  } else {
    a = NewLike(self, v.substr(0, pos));
    b = NewLike(self, sep);
    c = NewLike(self, v.substr(pos + sep.size()));
  }
  if (!a || !b || !c) return Ref();
  return MakeTuple({a.get(), b.get(), c.get()});
}

Ref Partition(Value s, const Value* a, size_t n, Value k) { return PartitionImpl(s, "partition", a, n, k, false); }
Ref RPartition(Value s, const Value* a, size_t n, Value k) { return PartitionImpl(s, "rpartition", a, n, k, true); }

// --- strip / replace / affixes -------------------------------------------------------

Ref StripImpl(Value self, const char* name, const Value* args, size_t nargs, Value kwnames,
              int side) {
  if (!NoKw(self, name, kwnames) || !CheckArgCount(name, nargs, 0, 1)) return Ref();
  std::string chars;
  bool whitespace = nargs == 0 || IsNone(args[0]);
  if (!whitespace) {
    std::string storage;
    std::string_view v;
    if (!BufferArg(args[0], &storage, &v)) return Ref();
    chars.assign(v);
  }
  auto strip_it = [&](unsigned char c) {
    return whitespace ? IsSpaceByte(c) : chars.find(static_cast<char>(c)) != std::string::npos;
  };
  ByteData v_data(self);
  std::string_view v = v_data.view();
  size_t lo = 0, hi = v.size();
  if (side <= 0) {
    while (lo < hi && strip_it(static_cast<unsigned char>(v[lo]))) lo++;
  }
  if (side >= 0) {
    while (hi > lo && strip_it(static_cast<unsigned char>(v[hi - 1]))) hi--;
  }
  return NewLike(self, v.substr(lo, hi - lo));
}

Ref Strip(Value s, const Value* a, size_t n, Value k) { return StripImpl(s, "strip", a, n, k, 0); }
Ref LStrip(Value s, const Value* a, size_t n, Value k) { return StripImpl(s, "lstrip", a, n, k, -1); }
Ref RStrip(Value s, const Value* a, size_t n, Value k) { return StripImpl(s, "rstrip", a, n, k, 1); }

Ref Replace(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw(self, "replace", kwnames) || !CheckArgCount("replace", nargs, 2, 3)) return Ref();
  std::string s1, s2;
  std::string_view old, rep;
  if (!BufferArg(args[0], &s1, &old) || !BufferArg(args[1], &s2, &rep)) return Ref();
  std::string o(old), r(rep);
  int64_t count = -1;
  if (nargs == 3 && !SsizeArg(args[2], &count)) return Ref();
  std::string data(ByteData(self).view()), out;
  if (o.empty()) {
    // Insert `r` before every byte and at the end, up to count times.
    int64_t done = 0;
    for (size_t i = 0; i <= data.size(); i++) {
      if (count < 0 || done < count) {
        out += r;
        done++;
      }
      if (i < data.size()) out.push_back(data[i]);
    }
    return NewLike(self, out);
  }
  size_t i = 0;
  for (int64_t done = 0; count < 0 || done < count; done++) {
    size_t pos = data.find(o, i);
    if (pos == std::string::npos) break;
    out.append(data, i, pos - i);
    out += r;
    i = pos + o.size();
  }
  out.append(data, i, std::string::npos);
  return NewLike(self, out);
}

Ref RemoveAffix(Value self, const char* name, const Value* args, size_t nargs, Value kwnames,
                bool prefix) {
  if (!ArgsExactly(self, name, nargs, kwnames, 1)) return Ref();
  std::string storage;
  std::string_view affix;
  if (!BufferArg(args[0], &storage, &affix)) return Ref();
  std::string a(affix);
  ByteData v_data(self);
  std::string_view v = v_data.view();
  if (prefix && v.substr(0, a.size()) == a) v.remove_prefix(a.size());
  if (!prefix && v.size() >= a.size() && v.substr(v.size() - a.size()) == a) {
    v.remove_suffix(a.size());
  }
  return NewLike(self, v);
}

Ref RemovePrefix(Value s, const Value* a, size_t n, Value k) { return RemoveAffix(s, "removeprefix", a, n, k, true); }
Ref RemoveSuffix(Value s, const Value* a, size_t n, Value k) { return RemoveAffix(s, "removesuffix", a, n, k, false); }

// --- case ---------------------------------------------------------------------------

enum class Case { kUpper, kLower, kSwap, kCapitalize, kTitle };

Ref CaseImpl(Value self, const char* name, size_t nargs, Value kwnames, Case which) {
  if (!ArgsExactly(self, name, nargs, kwnames, 0)) return Ref();
  std::string s(ByteData(self).view());
  bool prev_cased = false;
  for (size_t i = 0; i < s.size(); i++) {
    char& c = s[i];
    auto u = static_cast<unsigned char>(c);
    switch (which) {
      case Case::kUpper: c = ToUpper(c); break;
      case Case::kLower: c = ToLower(c); break;
      case Case::kSwap: c = IsLowerByte(u) ? ToUpper(c) : ToLower(c); break;
      case Case::kCapitalize: c = i == 0 ? ToUpper(c) : ToLower(c); break;
      case Case::kTitle:
        c = prev_cased ? ToLower(c) : ToUpper(c);
        prev_cased = IsAlphaByte(u);
        break;
    }
  }
  return NewLike(self, s);
}

Ref Upper(Value s, const Value*, size_t n, Value k) { return CaseImpl(s, "upper", n, k, Case::kUpper); }
Ref Lower(Value s, const Value*, size_t n, Value k) { return CaseImpl(s, "lower", n, k, Case::kLower); }
Ref SwapCase(Value s, const Value*, size_t n, Value k) { return CaseImpl(s, "swapcase", n, k, Case::kSwap); }
Ref Capitalize(Value s, const Value*, size_t n, Value k) { return CaseImpl(s, "capitalize", n, k, Case::kCapitalize); }
Ref Title(Value s, const Value*, size_t n, Value k) { return CaseImpl(s, "title", n, k, Case::kTitle); }

Ref AllBytes(Value self, const char* name, size_t nargs, Value kwnames, bool (*pred)(unsigned char)) {
  if (!ArgsExactly(self, name, nargs, kwnames, 0)) return Ref();
  ByteData v_data(self);
  std::string_view v = v_data.view();
  if (v.empty()) return Ref::New(False());
  for (char c : v) {
    if (!pred(static_cast<unsigned char>(c))) return Ref::New(False());
  }
  return Ref::New(True());
}

Ref IsAlnum(Value s, const Value*, size_t n, Value k) {
  return AllBytes(s, "isalnum", n, k, [](unsigned char c) { return IsAlphaByte(c) || IsDigitByte(c); });
}
Ref IsAlpha(Value s, const Value*, size_t n, Value k) { return AllBytes(s, "isalpha", n, k, IsAlphaByte); }
Ref IsDigit(Value s, const Value*, size_t n, Value k) { return AllBytes(s, "isdigit", n, k, IsDigitByte); }
Ref IsSpace(Value s, const Value*, size_t n, Value k) { return AllBytes(s, "isspace", n, k, IsSpaceByte); }

Ref IsAscii(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!ArgsExactly(self, "isascii", nargs, kwnames, 0)) return Ref();
  ByteData self_data(self);
  for (char c : self_data.view()) {
    if (static_cast<unsigned char>(c) >= 0x80) return Ref::New(False());
  }
  return Ref::New(True());
}

// islower/isupper: at least one cased byte and none of the other case.
Ref CaseTest(Value self, const char* name, size_t nargs, Value kwnames, bool lower) {
  if (!ArgsExactly(self, name, nargs, kwnames, 0)) return Ref();
  bool cased = false;
  ByteData self_data(self);
  for (char ch : self_data.view()) {
    auto c = static_cast<unsigned char>(ch);
    if (lower ? IsUpperByte(c) : IsLowerByte(c)) return Ref::New(False());
    cased |= lower ? IsLowerByte(c) : IsUpperByte(c);
  }
  return Ref::New(Bool(cased));
}

Ref IsLower(Value s, const Value*, size_t n, Value k) { return CaseTest(s, "islower", n, k, true); }
Ref IsUpper(Value s, const Value*, size_t n, Value k) { return CaseTest(s, "isupper", n, k, false); }

Ref IsTitle(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!ArgsExactly(self, "istitle", nargs, kwnames, 0)) return Ref();
  bool cased = false, prev_cased = false;
  ByteData self_data(self);
  for (char ch : self_data.view()) {
    auto c = static_cast<unsigned char>(ch);
    if (IsUpperByte(c)) {
      if (prev_cased) return Ref::New(False());
      prev_cased = cased = true;
    } else if (IsLowerByte(c)) {
      if (!prev_cased) return Ref::New(False());
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Ref::New(Bool(cased));
}

// --- padding -------------------------------------------------------------------------

Ref Justify(Value self, const char* name, const Value* args, size_t nargs, Value kwnames, int align) {
  if (!NoKw(self, name, kwnames) || !CheckArgCount(name, nargs, 1, 2)) return Ref();
  int64_t width;
  if (!SsizeArg(args[0], &width)) return Ref();
  char fill = ' ';
  if (nargs == 2) {
    std::string storage;
    std::string_view f;
    if (!GetBuffer(args[1], &storage, &f) || f.size() != 1) {
      return SetErrorFmt(TypeErrorType(),
                         "{}() argument 2 must be a byte string of length 1, not {}", name,
                         TypeName(args[1]));
    }
    fill = f[0];
  }
  ByteData v_data(self);
  std::string_view v = v_data.view();
  auto len = static_cast<int64_t>(v.size());
  if (width <= len) return NewLike(self, v);
  int64_t pad = width - len, left;
  if (align < 0) {
    left = 0;
  } else if (align > 0) {
    left = pad;
  } else {
    left = pad / 2 + (pad & width & 1);
  }
  std::string out(static_cast<size_t>(left), fill);
  out.append(v);
  out.append(static_cast<size_t>(pad - left), fill);
  return NewLike(self, out);
}

Ref Center(Value s, const Value* a, size_t n, Value k) { return Justify(s, "center", a, n, k, 0); }
Ref LJust(Value s, const Value* a, size_t n, Value k) { return Justify(s, "ljust", a, n, k, -1); }
Ref RJust(Value s, const Value* a, size_t n, Value k) { return Justify(s, "rjust", a, n, k, 1); }

Ref ZFill(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgsExactly(self, "zfill", nargs, kwnames, 1)) return Ref();
  int64_t width;
  if (!SsizeArg(args[0], &width)) return Ref();
  std::string s(ByteData(self).view());
  auto len = static_cast<int64_t>(s.size());
  if (width <= len) return NewLike(self, s);
  std::string out(static_cast<size_t>(width - len), '0');
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    s[0] = '0';
  }
  out += s;
  return NewLike(self, out);
}

Ref ExpandTabs(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!ParseArgs("expandtabs", args, nargs, kwnames, {"tabsize"}, 0, a)) return Ref();
  int64_t tab = 8;
  if (a[0]) {
    if (!IsIndexLike(a[0])) {
      return SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer",
                         TypeName(a[0]));
    }
    if (!SsizeArg(a[0], &tab)) return Ref();
  }
  std::string out;
  int64_t col = 0;
  ByteData self_data(self);
  for (char c : self_data.view()) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else {
      out.push_back(c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return NewLike(self, out);
}

// --- hex / fromhex / translate / decode ------------------------------------------------------

Ref Hex(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("hex", args, nargs, kwnames, {"sep", "bytes_per_sep"}, 0, a)) return Ref();
  std::string sep;
  if (a[0]) {
    if (IsStr(a[0])) {
      sep = std::string(StrView(a[0]));
    } else {
      std::string storage;
      std::string_view v;
      if (!GetBuffer(a[0], &storage, &v)) {
        return SetErrorFmt(TypeErrorType(), "object of type '{}' has no len()", TypeName(a[0]));
      }
      sep.assign(v);
    }
    if (sep.size() != 1) return SetError(ValueErrorType(), "sep must be length 1.");
  }
  int64_t per = 1;
  if (a[1] && !SsizeArg(a[1], &per)) return Ref();
  static const char kHex[] = "0123456789abcdef";
  ByteData v_data(self);
  std::string_view v = v_data.view();
  std::string out;
  auto n = static_cast<int64_t>(v.size());
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; i++) {
    if (!sep.empty() && i > 0 && group > 0) {
      // per > 0: groups counted from the right; per < 0: from the left.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    auto c = static_cast<unsigned char>(v[static_cast<size_t>(i)]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return StrFromAscii(out);
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Ref FromHex(Value type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("fromhex", kwnames) || !CheckArgCount("fromhex", nargs, 1, 1)) return Ref();
  if (!IsStr(args[0])) {
    return SetErrorFmt(TypeErrorType(), "fromhex() argument must be str, not {}", TypeName(args[0]));
  }
  std::string_view s = StrView(args[0]);
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (IsSpaceByte(static_cast<unsigned char>(s[i]))) {
      i++;
      continue;
    }
    int hi = HexDigit(s[i]);
    int lo = i + 1 < s.size() ? HexDigit(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t bad = hi < 0 ? i : i + 1;
      if (hi >= 0 && i + 1 >= s.size()) bad = i + 1;
      return SetErrorFmt(ValueErrorType(),
                         "non-hexadecimal number found in fromhex() arg at position {}", bad);
    }
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  if (static_cast<TypeObject*>(type.obj()) == &ByteArrayType) return ByteArrayFromString(out);
  return BytesFromString(out);
}

Ref Translate(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("translate", args, nargs, kwnames, {"$table", "delete"}, 1, a)) return Ref();
  std::string table;
  if (!IsNone(a[0])) {
    std::string storage;
    std::string_view t;
    if (!BufferArg(a[0], &storage, &t)) return Ref();
    if (t.size() != 256) return SetError(ValueErrorType(), "translation table must be 256 characters long");
    table.assign(t);
  }
  std::string del;
  if (a[1]) {
    std::string storage;
    std::string_view d;
    if (!BufferArg(a[1], &storage, &d)) return Ref();
    del.assign(d);
  }
  std::string out;
  ByteData self_data(self);
  for (char c : self_data.view()) {
    if (del.find(c) != std::string::npos) continue;
    out.push_back(table.empty() ? c : table[static_cast<unsigned char>(c)]);
  }
  return NewLike(self, out);
}

Ref MakeTrans(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("maketrans", kwnames) || !CheckArgCount("maketrans", nargs, 2, 2)) return Ref();
  std::string s1, s2;
  std::string_view from, to;
  if (!BufferArg(args[0], &s1, &from) || !BufferArg(args[1], &s2, &to)) return Ref();
  if (from.size() != to.size()) {
    return SetError(ValueErrorType(), "maketrans arguments must have same length");
  }
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); i++) table[static_cast<unsigned char>(from[i])] = to[i];
  return BytesFromString(table);
}

Ref Decode(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("decode", args, nargs, kwnames, {"encoding", "errors"}, 0, a)) return Ref();
  for (int i = 0; i < 2; i++) {
    if (a[i] && !IsStr(a[i])) {
      return SetErrorFmt(TypeErrorType(), "decode() argument '{}' must be str, not {}",
                         i == 0 ? "encoding" : "errors", TypeName(a[i]));
    }
  }
  std::string data(ByteData(self).view());
  return DecodeBytes(data, a[0], a[1]);
}

Ref GetNewArgsLen(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!ArgsExactly(self, "__len__", nargs, kwnames, 0)) return Ref();
  return IntFromInt64(ByteSize(self));
}

}  // namespace

#define GY_SHARED_BYTES_METHODS                                                              \
  {"find", Find}, {"rfind", RFind}, {"index", Index}, {"rindex", RIndex}, {"count", Count},  \
      {"startswith", StartsWith}, {"endswith", EndsWith}, {"split", Split},                  \
      {"rsplit", RSplit}, {"splitlines", SplitLines}, {"join", Join},                        \
      {"partition", Partition}, {"rpartition", RPartition}, {"strip", Strip},                \
      {"lstrip", LStrip}, {"rstrip", RStrip}, {"replace", Replace},                          \
      {"removeprefix", RemovePrefix}, {"removesuffix", RemoveSuffix}, {"upper", Upper},      \
      {"lower", Lower}, {"swapcase", SwapCase}, {"capitalize", Capitalize}, {"title", Title}, \
      {"isalnum", IsAlnum}, {"isalpha", IsAlpha}, {"isdigit", IsDigit}, {"isspace", IsSpace}, \
      {"isascii", IsAscii}, {"islower", IsLower}, {"isupper", IsUpper}, {"istitle", IsTitle}, \
      {"center", Center}, {"ljust", LJust}, {"rjust", RJust}, {"zfill", ZFill},              \
      {"expandtabs", ExpandTabs}, {"hex", Hex}, {"translate", Translate},                    \
      {"decode", Decode}, {"__len__", GetNewArgsLen},                                        \
      {"fromhex", FromHex, MethodDef::kClass}, {"maketrans", MakeTrans, MethodDef::kStatic}

const MethodDef kBytesMethods[] = {
    GY_SHARED_BYTES_METHODS,
    {nullptr, nullptr},
};

const MethodDef kByteArrayMethods[] = {
    GY_SHARED_BYTES_METHODS,
    {"append", ByteArrayAppend},
    {"extend", ByteArrayExtend},
    {"pop", ByteArrayPop},
    {"insert", ByteArrayInsert},
    {"remove", ByteArrayRemove},
    {"clear", ByteArrayClear},
    {"copy", ByteArrayCopy},
    {"reverse", ByteArrayReverse},
    {nullptr, nullptr},
};
#undef GY_SHARED_BYTES_METHODS

}  // namespace gilectomy::rt::detail
