// str: the object, its slots, and the iterator types.
//
// Representation (runtime/objects/str.h): UTF-8 bytes plus a trailing NUL,
// `length` in code points, `size` in bytes, and two facts in aux_ fixed at
// creation (str_internal.h): all-ASCII, and "uniform width" (every code point
// has the same UTF-8 width). Both make indexing O(1); the remaining case
// (mixed widths, e.g. "héllo") walks the UTF-8 from the nearer end of the
// string. A per-object offset index was rejected for now: it needs a mutable
// lazily published field in every string and strings are mostly ASCII; the
// str iterators keep a byte offset, so `for ch in s` stays O(n).
//
// Invariants:
//  - data is valid UTF-8 (callers of StrFromUtf8 guarantee it) and NUL-terminated.
//  - aux_ is written before the string is published and never again.
//  - hash is -1 until computed; every racing writer stores the same value, so
//    relaxed loads/stores suffice. A computed hash of -1 is stored as -2.
//  - '' and the 128 one-character ASCII strings are immortal singletons
//    (created by InitStrType); constructors return them instead of allocating.
//
// Interning lives in intern.cpp; the methods in str_methods.cpp.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "gc/alloc.h"
#include "gc/refcount.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_internal.h"
#include "runtime/objects/unicode_db.h"

namespace gilectomy::rt {

// StrType itself is defined with the other static types in type.cpp.

namespace {

// Immortal shared strings; written once by InitStrType before any other
// thread exists, read-only afterwards.
Object* gEmptyStr = nullptr;
Object* gAsciiChars[128] = {};

uint32_t AuxFor(bool ascii, int width) { return StrAux(ascii, width); }

// A str of `type` with room for `size` bytes: size, hash and the NUL at
// data[size] are set, the bytes themselves are not (only the fixed part is
// zeroed).
StrObject* AllocStrUninit(TypeObject* type, int64_t size) {
  size_t bytes = offsetof(StrObject, data) + static_cast<size_t>(size) + 1;
  Object* o = AllocObjectPartial(type, bytes, offsetof(StrObject, data));
  if (o == nullptr) return nullptr;
  auto* s = static_cast<StrObject*>(o);
  s->size = size;
  s->hash.store(-1, std::memory_order_relaxed);
  s->data[size] = '\0';
  return s;
}

// Allocates an exact-type (or subclass) str of `size` bytes, copies `text`.
StrObject* AllocStr(TypeObject* type, std::string_view text, int64_t length, uint32_t aux) {
  StrObject* s = AllocStrUninit(type, static_cast<int64_t>(text.size()));
  if (s == nullptr) return nullptr;
  s->length = length;
  if (!text.empty()) std::memcpy(s->data, text.data(), text.size());
  s->aux_ = aux;
  return s;
}

// Scans UTF-8 text: code point count, and the aux_ bits.
void ScanUtf8(std::string_view text, int64_t* length, uint32_t* aux) {
  int64_t n = 0;
  int width = -1;  // -1: none seen yet; 0: mixed
  bool ascii = true;
  for (size_t i = 0; i < text.size();) {
    int w = Utf8Width(static_cast<unsigned char>(text[i]));
    if (w != 1) ascii = false;
    if (width == -1) {
      width = w;
    } else if (width != w) {
      width = 0;
    }
    i += static_cast<size_t>(w);
    ++n;
  }
  *length = n;
  *aux = AuxFor(ascii, width < 0 ? 1 : width);
}

Ref NewStrScanned(TypeObject* type, std::string_view text) {
  int64_t length;
  uint32_t aux;
  ScanUtf8(text, &length, &aux);
  StrObject* s = AllocStr(type, text, length, aux);
  if (s == nullptr) return Ref();
  return Ref::Steal(s);
}

Ref SharedOrNull(std::string_view text) {
  if (text.empty()) return Ref::New(gEmptyStr);
  if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80) {
    return Ref::New(gAsciiChars[static_cast<unsigned char>(text[0])]);
  }
  return Ref();
}

// A fast 64-bit hash of bytes (multiply-xorshift over 8-byte words, then a
// murmur3-style finalizer). CPython randomises str hashes, so only quality
// and speed matter here.
uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

uint64_t HashBytes(const char* p, size_t n) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t h = 0x6a09e667f3bcc909ULL ^ (n * kMul);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    h = (h ^ Mix(w)) * kMul;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p + i, n - i);
  h = (h ^ Mix(tail ^ (n - i))) * kMul;
  return Mix(h);
}

// ---------------------------------------------------------------------------
// Slots.

Ref StrReprSlot(Value self) { return StrFromUtf8(StrReprText(StrView(self))); }

Ref StrStrSlot(Value self) { return StrExact(self); }

int64_t StrHashSlot(Value self) { return StrHash(self); }

int CompareBytes(std::string_view a, std::string_view b) {
  // UTF-8 byte order is code point order, so memcmp orders by code point.
  size_t n = std::min(a.size(), b.size());
  int c = n == 0 ? 0 : std::memcmp(a.data(), b.data(), n);
  if (c != 0) return c;
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

Ref StrRichCompare(Value a, Value b, CompareOp op) {
  if (!IsStr(a) || !IsStr(b)) return NotImplemented();
  if (op == CompareOp::kEq) return Ref::New(Bool(StrEquals(a, b)));
  if (op == CompareOp::kNe) return Ref::New(Bool(!StrEquals(a, b)));
  int c = CompareBytes(StrView(a), StrView(b));
  bool r = false;
  switch (op) {
    case CompareOp::kLt: r = c < 0; break;
    case CompareOp::kLe: r = c <= 0; break;
    case CompareOp::kGt: r = c > 0; break;
    case CompareOp::kGe: r = c >= 0; break;
    default: break;
  }
  return Ref::New(Bool(r));
}

int64_t StrLenSlot(Value self) { return AsStrObj(self)->length; }

// One code point of `s` as a str.
Ref StrCharAt(const StrObject* s, int64_t index) {
  if (s->is_ascii()) return Ref::New(gAsciiChars[static_cast<unsigned char>(s->data[index])]);
  int64_t off = StrByteOffset(s, index);
  int w = Utf8Width(static_cast<unsigned char>(s->data[off]));
  return StrFromUtf8Length(std::string_view(s->data + off, static_cast<size_t>(w)), 1);
}

bool HasIndex(Value v) { return IsInt(v) || v.type()->number.index != nullptr; }

Ref StrSliceStep(const StrObject* s, int64_t start, int64_t step, int64_t count) {
  if (s->is_ascii()) {
    if (count == 1) return Ref::New(gAsciiChars[static_cast<unsigned char>(s->data[start])]);
    StrObject* r = NewStrRaw(count, count, kStrAsciiAux);
    if (r == nullptr) return Ref();
    const char* src = s->data + start;
    for (int64_t k = 0; k < count; ++k, src += step) r->data[k] = *src;
    return FinishStr(r);
  }
  std::string out;
  // Byte offsets of every code point, then pick.
  std::vector<int64_t> offsets;
  offsets.reserve(static_cast<size_t>(s->length) + 1);
  for (int64_t i = 0; i < s->size;) {
    offsets.push_back(i);
    i += Utf8Width(static_cast<unsigned char>(s->data[i]));
  }
  offsets.push_back(s->size);
  for (int64_t k = 0; k < count; ++k) {
    int64_t i = start + k * step;
    out.append(s->data + offsets[i], static_cast<size_t>(offsets[i + 1] - offsets[i]));
  }
  return StrFromUtf8Length(out, count);
}

Ref StrGetItem(Value self, Value key) {
  const StrObject* s = AsStrObj(self);
  if (HasIndex(key)) {
    int64_t i;
    if (!AsIndexInt64(key, &i)) return Ref();
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) return SetError(IndexErrorType(), "string index out of range");
    return StrCharAt(s, i);
  }
  if (Is<SliceObject>(key)) {
    int64_t start, stop, step, count;
    if (!SliceIndices(key, s->length, &start, &stop, &step, &count)) return Ref();
    if (count <= 0) return Ref::New(gEmptyStr);
    if (step == 1) return StrSlice(self, start, start + count);
    return StrSliceStep(s, start, step, count);
  }
  return SetErrorFmt(TypeErrorType(), "string indices must be integers, not '{}'", TypeName(key));
}

int StrContainsSlot(Value self, Value item) {
  if (!IsStr(item)) {
    return SetErrorFmt(TypeErrorType(), "'in <string>' requires string as left operand, not {}",
                       TypeName(item));
  }
  return StrView(self).find(StrView(item)) != std::string_view::npos ? 1 : 0;
}

// True if a user class defines `name` (so its reflected method deserves a try).
bool HeapTypeDefines(Value v, std::string_view name) {
  TypeObject* t = v.type();
  if ((t->flags_ & gc::kHeapType) == 0) return false;
  return !LookupInType(t, Intern(name)).is_null();
}

Ref StrAddSlot(Value a, Value b) {
  if (!IsStr(a)) return NotImplemented();
  if (!IsStr(b)) {
    if (HeapTypeDefines(b, "__radd__")) return NotImplemented();
    return SetErrorFmt(TypeErrorType(), "can only concatenate str (not \"{}\") to str", TypeName(b));
  }
  return StrConcat(a, b);
}

Ref StrRepeat(Value s, Value count) {
  int64_t n;
  if (IsInt(count)) {
    if (!IntAsInt64(count, &n)) {
      ClearError();
      return SetErrorFmt(OverflowErrorType(), "cannot fit '{}' into an index-sized integer",
                         TypeName(count));
    }
  } else {
    Ref idx = Index(count);
    if (!idx) return Ref();
    if (!IntAsInt64(idx.get(), &n)) {
      ClearError();
      return SetErrorFmt(OverflowErrorType(), "cannot fit '{}' into an index-sized integer",
                         TypeName(count));
    }
  }
  const StrObject* so = AsStrObj(s);
  if (n <= 0 || so->size == 0) return Ref::New(gEmptyStr);
  if (n == 1) return StrExact(s);
  if (so->size > (INT64_MAX >> 2) / n) return SetError(OverflowErrorType(), "repeated string is too long");
  size_t total = static_cast<size_t>(so->size * n);
  StrObject* r = NewStrRaw(so->size * n, so->length * n, so->aux_);
  if (r == nullptr) return Ref();
  // Doubling copies: O(log n) memcpy calls.
  std::memcpy(r->data, so->data, static_cast<size_t>(so->size));
  size_t done = static_cast<size_t>(so->size);
  while (done < total) {
    size_t chunk = std::min(done, total - done);
    std::memcpy(r->data + done, r->data, chunk);
    done += chunk;
  }
  return Ref::Steal(r);
}

Ref StrMulSlot(Value a, Value b) {
  Value s = IsStr(a) ? a : b;
  Value count = IsStr(a) ? b : a;
  if (!IsStr(s)) return NotImplemented();
  if (!HasIndex(count)) {
    if (s == a && HeapTypeDefines(count, "__rmul__")) return NotImplemented();
    return SetErrorFmt(TypeErrorType(), "can't multiply sequence by non-int of type '{}'",
                       TypeName(count));
  }
  return StrRepeat(s, count);
}

Ref StrNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value out[3];
  if (!ParseArgs("str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0, out)) return Ref();
  if (out[1] || out[2]) {
    if (out[1] && !IsStr(out[1])) {
      return SetErrorFmt(TypeErrorType(), "str() argument 'encoding' must be str, not {}",
                         TypeName(out[1]));
    }
    return SetError(TypeErrorType(), "decoding str is not supported");  // bytes do not exist yet
  }
  Ref r = out[0] ? Str(out[0]) : Ref::New(gEmptyStr);
  if (!r || type == &StrType) return r;
  StrObject* s = AllocStr(type, StrView(r.get()), AsStrObj(r.get())->length, AsStrObj(r.get())->aux_);
  if (s == nullptr) return Ref();
  return Ref::Steal(s);
}

void StrDealloc(gc::Header* o) { FreeObject(o); }

// ---------------------------------------------------------------------------
// Iterators: str_ascii_iterator and str_iterator (CPython's two names). The
// position is a byte offset advanced with a CAS, so an iterator shared by
// threads hands out every character exactly once.

struct StrIterObject : Object {
  Object* str;                   // owned
  std::atomic<int64_t> offset;   // next byte to decode
  static bool IsType(TypeObject* t);  // used by As<> in debug builds
};

TypeObject StrAsciiIterType, StrIterType;
[[maybe_unused]] bool StrIterObject::IsType(TypeObject* t) {
  return t == &StrAsciiIterType || t == &StrIterType;
}

Ref StrIterSelf(Value self) { return Ref::New(self); }

Ref StrIterNext(Value self) {
  auto* it = As<StrIterObject>(self);
  auto* s = static_cast<StrObject*>(it->str);
  int64_t off = it->offset.load(std::memory_order_relaxed);
  for (;;) {
    if (off >= s->size) return Ref();
    int w = Utf8Width(static_cast<unsigned char>(s->data[off]));
    if (it->offset.compare_exchange_weak(off, off + w, std::memory_order_relaxed)) {
      if (w == 1) return Ref::New(gAsciiChars[static_cast<unsigned char>(s->data[off])]);
      return StrFromUtf8Length(std::string_view(s->data + off, static_cast<size_t>(w)), 1);
    }
  }
}

void StrIterDealloc(gc::Header* o) {
  Decref(Value::FromObject(static_cast<StrIterObject*>(o)->str));
  FreeObject(o);
}

Ref StrIterSlot(Value self) {
  TypeObject* t = AsStrObj(self)->is_ascii() ? &StrAsciiIterType : &StrIterType;
  Object* o = AllocObject(t, sizeof(StrIterObject));
  if (o == nullptr) return Ref();
  auto* it = static_cast<StrIterObject*>(o);
  Incref(self);
  it->str = self.obj();
  it->offset.store(0, std::memory_order_relaxed);
  return Ref::Steal(o);
}

void InitIterType(TypeObject* t, const char* name) {
  t->name = name;
  t->basic_size = sizeof(StrIterObject);
  t->hooks.dealloc = StrIterDealloc;
  t->iter = StrIterSelf;
  t->next = StrIterNext;
  InitStaticType(t);
}

}  // namespace

// ---------------------------------------------------------------------------
// Shared helpers (str_internal.h).

Value EmptyStr() { return Value::FromObject(gEmptyStr); }
Value AsciiCharStr(unsigned char c) { return Value::FromObject(gAsciiChars[c & 0x7f]); }

int64_t CountCodePoints(std::string_view text) {
  int64_t n = 0;
  for (unsigned char c : text) n += IsUtf8Continuation(c) ? 0 : 1;
  return n;
}

int64_t StrByteOffset(const StrObject* s, int64_t index) {
  if (s->is_ascii()) return index;
  if (int w = StrUniformWidth(s); w != 0) return index * w;
  if (index >= s->length) return s->size;
  if (index <= s->length / 2) {
    int64_t off = 0;
    for (int64_t k = 0; k < index; ++k) off += Utf8Width(static_cast<unsigned char>(s->data[off]));
    return off;
  }
  int64_t off = s->size;
  for (int64_t k = s->length; k > index; --k) {
    do {
      --off;
    } while (IsUtf8Continuation(static_cast<unsigned char>(s->data[off])));
  }
  return off;
}

int64_t StrCodePointIndex(const StrObject* s, int64_t offset) {
  if (s->is_ascii()) return offset;
  if (int w = StrUniformWidth(s); w != 0) return offset / w;
  return CountCodePoints(std::string_view(s->data, static_cast<size_t>(offset)));
}

Ref StrFromUtf8Length(std::string_view text, int64_t length) {
  if (Ref shared = SharedOrNull(text)) return shared;
  if (static_cast<int64_t>(text.size()) == length) {
    StrObject* s = AllocStr(&StrType, text, length, AuxFor(true, 1));
    return s == nullptr ? Ref() : Ref::Steal(s);
  }
  return NewStrScanned(&StrType, text);
}

Ref StrExact(Value s) {
  if (s.type() == &StrType) return Ref::New(s);
  const StrObject* so = AsStrObj(s);
  if (Ref shared = SharedOrNull(so->view())) return shared;
  StrObject* r = AllocStr(&StrType, so->view(), so->length, so->aux_);
  return r == nullptr ? Ref() : Ref::Steal(r);
}

std::u32string DecodeAll(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(DecodeUtf8(s, i));
  return out;
}

void AppendUtf8All(std::string& out, const std::u32string& cps) {
  for (char32_t c : cps) AppendUtf8(out, c);
}

// ---------------------------------------------------------------------------
// Public API (str.h).

Ref StrFromUtf8(std::string_view text) {
  if (Ref shared = SharedOrNull(text)) return shared;
  return NewStrScanned(&StrType, text);
}

Ref StrFromAscii(std::string_view text) {
  if (Ref shared = SharedOrNull(text)) return shared;
  StrObject* s = AllocStr(&StrType, text, static_cast<int64_t>(text.size()), AuxFor(true, 1));
  return s == nullptr ? Ref() : Ref::Steal(s);
}

Ref StrFromCodePoint(uint32_t cp) {
  if (cp < 0x80) return Ref::New(gAsciiChars[cp]);
  std::string buf;
  AppendUtf8(buf, cp);
  return StrFromUtf8Length(buf, 1);
}

int64_t StrHash(Value s) {
  auto* so = AsStrObj(s);
  int64_t h = so->hash.load(std::memory_order_relaxed);
  if (h != -1) return h;
  h = static_cast<int64_t>(HashBytes(so->data, static_cast<size_t>(so->size)));
  if (h == -1) h = -2;
  so->hash.store(h, std::memory_order_relaxed);
  return h;
}

bool StrEquals(Value a, Value b) {
  if (a == b) return true;
  if (!IsStr(a) || !IsStr(b)) return false;
  const StrObject* x = AsStrObj(a);
  const StrObject* y = AsStrObj(b);
  if (x->size != y->size || x->length != y->length) return false;
  int64_t hx = x->hash.load(std::memory_order_relaxed);
  int64_t hy = y->hash.load(std::memory_order_relaxed);
  if (hx != -1 && hy != -1 && hx != hy) return false;
  return std::memcmp(x->data, y->data, static_cast<size_t>(x->size)) == 0;
}

Ref StrConcat(Value a, Value b) {
  const StrObject* x = AsStrObj(a);
  const StrObject* y = AsStrObj(b);
  if (y->size == 0) return StrExact(a);
  if (x->size == 0) return StrExact(b);
  int wx = StrUniformWidth(x), wy = StrUniformWidth(y);
  StrObject* r = NewStrRaw(x->size + y->size, x->length + y->length,
                           AuxFor(x->is_ascii() && y->is_ascii(), wx == wy ? wx : 0));
  if (r == nullptr) return Ref();
  CopyBytes(r->data, x->data, static_cast<size_t>(x->size));
  CopyBytes(r->data + x->size, y->data, static_cast<size_t>(y->size));
  return Ref::Steal(r);
}

Ref StrSlice(Value s, int64_t start, int64_t stop) {
  const StrObject* so = AsStrObj(s);
  start = std::clamp<int64_t>(start, 0, so->length);
  stop = std::clamp<int64_t>(stop, 0, so->length);
  if (stop <= start) return Ref::New(gEmptyStr);
  if (start == 0 && stop == so->length) return StrExact(s);
  return StrBytePiece(so, StrByteOffset(so, start), StrByteOffset(so, stop));
}

StrObject* NewStrRaw(int64_t size, int64_t length, uint32_t aux) {
  StrObject* r = AllocStrUninit(&StrType, size);
  if (r == nullptr) return nullptr;
  r->length = length;
  r->aux_ = aux;
  return r;
}

Ref FinishStr(StrObject* r) {
  if (r->size <= 1) {
    if (r->size == 0) {
      FreeObject(r);
      return Ref::New(gEmptyStr);
    }
    auto c = static_cast<unsigned char>(r->data[0]);
    if (c < 0x80) {
      FreeObject(r);
      return Ref::New(gAsciiChars[c]);
    }
  }
  return Ref::Steal(r);
}

Ref FinishStrScanned(StrObject* r) {
  ScanUtf8(r->view(), &r->length, &r->aux_);
  return FinishStr(r);
}

Ref StrBytePiece(const StrObject* s, int64_t b0, int64_t b1) {
  int64_t n = b1 - b0;
  if (n <= 1) {
    if (n <= 0) return Ref::New(gEmptyStr);
    auto c = static_cast<unsigned char>(s->data[b0]);
    if (c < 0x80) return Ref::New(gAsciiChars[c]);
  }
  if (n == s->size) return StrExact(Value::FromObject(s));
  // A piece of an ASCII or uniform-width string inherits those properties.
  StrObject* r;
  if (s->is_ascii()) {
    r = NewStrRaw(n, n, kStrAsciiAux);
  } else if (int w = StrUniformWidth(s); w != 0) {
    r = NewStrRaw(n, n / w, s->aux_);
  } else {
    std::string_view piece(s->data + b0, static_cast<size_t>(n));
    return NewStrScanned(&StrType, piece);
  }
  if (r == nullptr) return Ref();
  CopyBytes(r->data, s->data + b0, static_cast<size_t>(n));
  return Ref::Steal(r);
}

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

uint32_t DecodeUtf8(std::string_view s, size_t& i) {
  auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[k])); };
  uint32_t c = b(i);
  int w = Utf8Width(static_cast<unsigned char>(c));
  if (i + static_cast<size_t>(w) > s.size()) w = 1;  // truncated input: keep going byte-wise
  switch (w) {
    case 1: i += 1; return c;
    case 2: c = ((c & 0x1F) << 6) | (b(i + 1) & 0x3F); break;
    case 3: c = ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F); break;
    default:
      c = ((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
      break;
  }
  i += static_cast<size_t>(w);
  return c;
}

std::string StrReprText(std::string_view utf8) {
  bool has_single = utf8.find('\'') != std::string_view::npos;
  bool has_double = utf8.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(utf8.size() + 2);
  out.push_back(quote);
  static const char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < utf8.size();) {
    size_t start = i;
    uint32_t cp = DecodeUtf8(utf8, i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(cp));
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp >= 0x20 && cp < 0x7f) {
      out.push_back(static_cast<char>(cp));
    } else if (cp >= 0x80 && unicode::Has(cp, unicode::kPrintable)) {
      out.append(utf8.substr(start, i - start));
    } else {
      int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
      out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
      for (int k = digits - 1; k >= 0; --k) out.push_back(kHex[(cp >> (4 * k)) & 0xF]);
    }
  }
  out.push_back(quote);
  return out;
}

// ---------------------------------------------------------------------------

void InitStrType() {
  StrType.name = "str";
  StrType.type_flags = kTypeBaseType | kTypeStrSubclass;
  StrType.basic_size = offsetof(StrObject, data) + 1;
  StrType.hooks.dealloc = StrDealloc;
  StrType.repr = StrReprSlot;
  StrType.str = StrStrSlot;
  StrType.hash = StrHashSlot;
  StrType.richcompare = StrRichCompare;
  StrType.len = StrLenSlot;
  StrType.getitem = StrGetItem;
  StrType.contains = StrContainsSlot;
  StrType.iter = StrIterSlot;
  StrType.new_ = StrNew;
  StrType.number.add = StrAddSlot;
  StrType.number.multiply = StrMulSlot;
  StrType.number.remainder = [](Value a, Value b) -> Ref {
    if (!IsStr(a)) return NotImplemented();
    return StrPercentFormat(a, b);
  };
  StrType.methods = kStrMethods;

  // The shared strings must exist before InitStaticType, which interns method names.
  if (gEmptyStr == nullptr) {
    gEmptyStr = AllocStr(&StrType, "", 0, AuxFor(true, 1));
    MakeImmortal(gEmptyStr);
    for (unsigned c = 0; c < 128; ++c) {
      char ch = static_cast<char>(c);
      gAsciiChars[c] = AllocStr(&StrType, std::string_view(&ch, 1), 1, AuxFor(true, 1));
      MakeImmortal(gAsciiChars[c]);
    }
  }
  InitStaticType(&StrType);
  InitIterType(&StrAsciiIterType, "str_ascii_iterator");
  InitIterType(&StrIterType, "str_iterator");
}

}  // namespace gilectomy::rt
