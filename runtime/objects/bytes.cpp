// bytes and bytearray objects: construction, repr, hashing, comparison,
// indexing and slicing, iteration, concatenation and repetition, and the
// mutations of bytearray (item and slice assignment, append, extend, pop,
// insert, remove, +=, *=). The shared text methods are in
// bytes_methods.cpp, memoryview in memoryview.cpp, codecs in codecs.cpp.
//
// bytearray grows its storage like CPython's (about 1/8 over-allocation),
// so repeated append/extend are amortised O(1).
#include "runtime/objects/bytes.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

TypeObject BytesType, ByteArrayType;

namespace {

TypeObject BytesIterType, ByteArrayIterType;

uint64_t HashData(std::string_view d) {
  // FNV-1a; like str hashes, bytes hashes are free to differ from CPython's
  // (CPython randomises them per process).
  uint64_t h = 1469598103934665603ull;
  for (char c : d) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// --- construction -------------------------------------------------------------

BytesObject* NewBytesRaw(int64_t size) {
  auto* b = static_cast<BytesObject*>(
      AllocObjectPartial(&BytesType, offsetof(BytesObject, data) + static_cast<size_t>(size) + 1,
                         offsetof(BytesObject, data)));
  if (b == nullptr) return nullptr;
  b->size = size;
  b->hash.store(-1, std::memory_order_relaxed);
  b->data[size] = '\0';
  return b;
}

// Collects the bytes of `source` as bytes()/bytearray() do for a non-str,
// non-int argument: a buffer, or an iterable of ints in range(256).
bool BytesFromObject(Value source, std::string* out, bool plural_message = false) {
  std::string storage;
  std::string_view view;
  if (GetBuffer(source, &storage, &view)) {
    out->assign(view);
    return true;
  }
  if (IsList(source) || IsTuple(source) || source.type()->iter != nullptr ||
      source.type()->getitem != nullptr) {
    Ref it = GetIter(source);
    if (!it) return false;
    while (Ref item = IterNext(it.get())) {
      int b;
      if (!detail::ByteValue(item.get(), &b)) {
        if (plural_message && ErrorMatches(ValueErrorType())) {
          ClearError();
          SetError(ValueErrorType(), "bytes must be in range(0, 256)");
        }
        return false;
      }
      out->push_back(static_cast<char>(b));
    }
    return !ErrorOccurred();
  }
  SetErrorFmt(TypeErrorType(), "cannot convert '{}' object to {}", TypeName(source),
              "bytes");
  return false;
}

// The shared argument handling of bytes(...) and bytearray(...).
bool ConstructorData(const char* name, const Value* args, size_t nargs, Value kwnames,
                     std::string* out) {
  Value a[3] = {};
  if (!ParseArgs(name, args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a)) return false;
  Value source = a[0];
  if (!source) {
    if (a[1] || a[2]) {
      SetError(TypeErrorType(), a[1] ? "encoding without a string argument"
                                     : "errors without a string argument");
      return false;
    }
    return true;
  }
  if (IsStr(source)) {
    if (!a[1]) {
      SetError(TypeErrorType(), "string argument without an encoding");
      return false;
    }
    Ref b = EncodeStr(source, a[1], a[2]);
    if (!b) return false;
    out->assign(BytesView(b.get()));
    return true;
  }
  if (a[1]) {
    SetError(TypeErrorType(), "encoding without a string argument");
    return false;
  }
  if (a[2]) {
    SetError(TypeErrorType(), "errors without a string argument");
    return false;
  }
  if (IsInt(source) || (!IsStr(source) && source.type()->number.index != nullptr &&
                        source.type() != &FloatType)) {
    int64_t n;
    if (!IndexToInt64(source, OverflowErrorType(), &n)) return false;
    if (n < 0) {
      SetError(ValueErrorType(), "negative count");
      return false;
    }
    out->assign(static_cast<size_t>(n), '\0');
    return true;
  }
  if (!BytesFromObject(source, out, std::string_view(name) == "bytes")) {
    if (ErrorMatches(TypeErrorType()) && source.type()->iter == nullptr &&
        source.type()->getitem == nullptr) {
      ClearError();
      SetErrorFmt(TypeErrorType(), "cannot convert '{}' object to {}", TypeName(source), name);
    }
    return false;
  }
  return true;
}

Ref BytesNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 1 && !kwnames && IsBytes(args[0])) return Ref::New(args[0]);
  std::string data;
  if (!ConstructorData("bytes", args, nargs, kwnames, &data)) return Ref();
  return BytesFromString(data);
}

Ref ByteArrayNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  std::string data;
  if (!ConstructorData("bytearray", args, nargs, kwnames, &data)) return Ref();
  return ByteArrayFromString(data);
}

// --- shared slots --------------------------------------------------------------

void BytesDealloc(gc::Header* h) { FreeObject(h); }

void ByteArrayDealloc(gc::Header* h) {
  auto* b = static_cast<ByteArrayObject*>(h);
  if (b->data != nullptr) gc::FreeRaw(b->data);
  FreeObject(h);
}

Ref BytesRepr(Value self) { return StrFromUtf8(detail::BytesReprText(BytesView(self))); }

Ref ByteArrayRepr(Value self) {
  return StrFromUtf8("bytearray(" + detail::BytesReprText(detail::ByteData(self)) + ")");
}

int64_t BytesHash(Value self) {
  auto* b = As<BytesObject>(self);
  int64_t h = b->hash.load(std::memory_order_relaxed);
  if (h != -1) return h;
  h = static_cast<int64_t>(HashData(b->view()) >> 1);
  if (h == -1) h = -2;
  b->hash.store(h, std::memory_order_relaxed);
  return h;
}

Ref BytesRichCompare(Value a, Value b, CompareOp op) {
  if (!(IsBytes(a) || IsByteArray(a)) || !(IsBytes(b) || IsByteArray(b))) {
    return NotImplemented();
  }
  detail::ByteData x(a), y(b);
  int c = x.view().compare(y.view());
  return Ref::New(Bool(ApplyCompare(c, 0, op)));
}

int64_t BytesLen(Value self) { return detail::ByteSize(self); }

Ref BytesGetItem(Value self, Value key) {
  int64_t n = detail::ByteSize(self);
  if (Is<SliceObject>(key)) {
    int64_t start, stop, step, len;
    if (!SliceIndices(key, n, &start, &stop, &step, &len)) return Ref();
    detail::ByteData data(self);  // after the bounds: they may have run __index__
    std::string_view v = data.view();
    if (len > 0 && (step > 0 ? start + (len - 1) * step : start) >= static_cast<int64_t>(v.size())) {
      start = 0;  // another thread shrank the bytearray meanwhile
      len = 0;
    }
    if (step == 1) return detail::NewLike(self, v.substr(static_cast<size_t>(start), static_cast<size_t>(len)));
    std::string out;
    out.reserve(static_cast<size_t>(len));
    for (int64_t i = 0, j = start; i < len && j < static_cast<int64_t>(v.size()); i++, j += step) {
      out.push_back(v[static_cast<size_t>(j)]);
    }
    return detail::NewLike(self, out);
  }
  if (!detail::IsIndexLike(key)) {
    return SetErrorFmt(TypeErrorType(), "{} indices must be integers or slices, not {}",
                       IsByteArray(self) ? "bytearray" : "byte", TypeName(key));
  }
  int64_t i;
  if (!AsIndexInt64(key, &i)) return Ref();
  int byte = -1;
  {
    std::optional<LockGuard> g;
    if (IsByteArray(self)) g.emplace(self);
    std::string_view v = detail::ByteView(self);
    n = static_cast<int64_t>(v.size());
    if (i < 0) i += n;
    if (i >= 0 && i < n) byte = static_cast<unsigned char>(v[static_cast<size_t>(i)]);
  }
  if (byte < 0) {
    return SetError(IndexErrorType(), IsByteArray(self) ? "bytearray index out of range"
                                                        : "index out of range");
  }
  return Ref::SmallInt(byte);
}

int BytesContains(Value self, Value item) {
  if (detail::IsIndexLike(item)) {
    int b;
    if (!detail::ByteValue(item, &b)) return -1;
    return detail::ByteData(self).view().find(static_cast<char>(b)) != std::string_view::npos ? 1 : 0;
  }
  std::string storage;
  std::string_view needle;
  if (!BufferArg(item, &storage, &needle)) return -1;
  return detail::ByteData(self).view().find(needle) != std::string_view::npos ? 1 : 0;
}

Ref BytesConcat(Value a, Value b) {
  if (!(IsBytes(a) || IsByteArray(a))) return NotImplemented();
  std::string sb;
  std::string_view vb;
  if (!GetBuffer(b, &sb, &vb)) {
    return SetErrorFmt(TypeErrorType(), "can't concat {} to {}", TypeName(b), TypeName(a));
  }
  std::string out(detail::ByteData(a).view());
  out.append(vb);
  return detail::NewLike(a, out);
}

Ref BytesRepeat(Value a, Value b) {
  Value seq = a, count = b;
  if (!(IsBytes(seq) || IsByteArray(seq))) std::swap(seq, count);
  if (!detail::IsIndexLike(count)) return NotImplemented();
  int64_t n;
  if (!detail::RepeatCount(count, &n)) return Ref();
  detail::ByteData data(seq);
  std::string_view v = data.view();
  if (n <= 0 || v.empty()) return detail::NewLike(seq, "");
  if (static_cast<int64_t>(v.size()) > INT64_MAX / n) return NoMemory();
  std::string out;
  out.reserve(v.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; i++) out.append(v);
  return detail::NewLike(seq, out);
}

// --- iteration ------------------------------------------------------------------

struct BytesIterObject : Object {
  Value seq;  // owned; null when exhausted
  int64_t index;
};

Ref BytesIter(Value self) {
  auto* it = static_cast<BytesIterObject*>(AllocObject(
      IsByteArray(self) ? &ByteArrayIterType : &BytesIterType, sizeof(BytesIterObject)));
  if (it == nullptr) return Ref();
  Incref(it->seq = self);
  return Ref::Steal(it);
}

Ref BytesIterNext(Value self) {
  auto* it = static_cast<BytesIterObject*>(self.obj());
  Value old;
  {
    LockGuard gi(it);
    if (!it->seq) return Ref();
    int byte = -1;
    {
      std::optional<LockGuard> g;
      if (IsByteArray(it->seq)) g.emplace(it->seq);
      std::string_view v = detail::ByteView(it->seq);
      if (it->index < static_cast<int64_t>(v.size())) {
        byte = static_cast<unsigned char>(v[static_cast<size_t>(it->index++)]);
      }
    }
    if (byte >= 0) return Ref::SmallInt(byte);
    old = it->seq;
    it->seq = Value();
  }
  Decref(old);
  return Ref();
}

void BytesIterDealloc(gc::Header* h) {
  Decref(static_cast<BytesIterObject*>(h)->seq);
  FreeObject(h);
}

void BytesIterTraverse(gc::Header* h, gc::Visitor& v) {
  detail::VisitValue(v, static_cast<BytesIterObject*>(h)->seq);
}

// --- bytearray mutation -------------------------------------------------------------

ByteArrayObject* AsBA(Value v) { return As<ByteArrayObject>(v); }

int ByteArraySetItem(Value self, Value key, Value v) {
  ByteArrayObject* b = AsBA(self);
  if (Is<SliceObject>(key)) {
    int64_t start, stop, step, len;
    if (!SliceIndices(key, b->size, &start, &stop, &step, &len)) return -1;
    std::string data;
    if (v) {
      if (IsInt(v)) {
        return SetErrorFmt(TypeErrorType(), "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      }
      if (!BytesFromObject(v, &data)) return -1;
    }
    if (step == 1) {
      if (stop < start) stop = start;
      return detail::ByteArraySetRange(b, start, stop, data) ? 0 : -1;
    }
    if (!v) {  // delete an extended slice
      detail::ResizeStatus st;
      {
        LockGuard g(b);
        std::string kept;
        std::string_view cur = b->view();
        std::vector<bool> drop(cur.size(), false);
        for (int64_t i = 0, j = start; i < len; i++, j += step) {
          if (j < static_cast<int64_t>(cur.size())) drop[static_cast<size_t>(j)] = true;
        }
        for (size_t i = 0; i < cur.size(); i++) {
          if (!drop[i]) kept.push_back(cur[i]);
        }
        st = detail::SetRangeLocked(b, 0, INT64_MAX, kept);
      }
      return detail::RaiseResize(st) ? 0 : -1;
    }
    if (static_cast<int64_t>(data.size()) != len) {
      return SetErrorFmt(ValueErrorType(),
                         "attempt to assign bytes of size {} to extended slice of size {}",
                         data.size(), len);
    }
    LockGuard g(b);
    for (int64_t i = 0, j = start; i < len; i++, j += step) {
      if (j < b->size) b->data[j] = data[static_cast<size_t>(i)];  // unless another thread shrank it
    }
    return 0;
  }
  if (!detail::IsIndexLike(key)) {
    return SetErrorFmt(TypeErrorType(), "bytearray indices must be integers or slices, not {}",
                       TypeName(key));
  }
  int64_t i;
  if (!AsIndexInt64(key, &i)) return -1;
  int byte = 0;
  if (v && !detail::ByteValue(v, &byte)) return -1;
  bool in_range = false;
  detail::ResizeStatus st = detail::ResizeStatus::kOk;
  {
    LockGuard g(b);
    if (i < 0) i += b->size;
    in_range = i >= 0 && i < b->size;
    if (in_range && !v) st = detail::SetRangeLocked(b, i, i + 1, "");
    if (in_range && v) b->data[i] = static_cast<char>(byte);
  }
  if (!in_range) return SetError(IndexErrorType(), "bytearray index out of range");
  return detail::RaiseResize(st) ? 0 : -1;
}

bool NoKw(const char* name, Value kwnames) { return NoKeywords(name, kwnames); }

}  // namespace

namespace detail {

std::string BytesReprText(std::string_view data) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  static const char kHex[] = "0123456789abcdef";
  std::string out = "b";
  out.push_back(quote);
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(quote);
  return out;
}

bool ByteValue(Value v, int* out) {
  if (!IsIndexLike(v)) {
    SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer", TypeName(v));
    return false;
  }
  int64_t x;
  if (!IndexToInt64(v, ValueErrorType(), &x)) {
    if (ErrorMatches(ValueErrorType())) {
      ClearError();
      SetError(ValueErrorType(), "byte must be in range(0, 256)");
    }
    return false;
  }
  if (x < 0 || x > 255) {
    SetError(ValueErrorType(), "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<int>(x);
  return true;
}

// Resizing under the lock; the error (if any) is raised after unlocking.
ResizeStatus ResizeLocked(ByteArrayObject* b, int64_t size) {
  if (size != b->size && b->exports > 0) return ResizeStatus::kExported;
  if (size > b->capacity || size < b->capacity / 2) {
    int64_t cap = size > b->capacity ? size + (size >> 3) + 8 : size;
    void* p = cap == 0 ? nullptr : gc::ReallocateRaw(b->data, static_cast<size_t>(cap));
    if (cap != 0 && p == nullptr) return ResizeStatus::kNoMemory;
    if (cap == 0 && b->data != nullptr) gc::FreeRaw(b->data);
    b->data = static_cast<char*>(p);
    b->capacity = cap;
  }
  b->size = size;
  return ResizeStatus::kOk;
}

bool RaiseResize(ResizeStatus st) {
  switch (st) {
    case ResizeStatus::kOk: return true;
    case ResizeStatus::kExported:
      SetError(BufferErrorType(), "Existing exports of data: object cannot be re-sized");
      return false;
    case ResizeStatus::kNoMemory: NoMemory(); return false;
  }
  return false;
}

ResizeStatus SetRangeLocked(ByteArrayObject* b, int64_t lo, int64_t hi, std::string_view data) {
  lo = std::clamp<int64_t>(lo, 0, b->size);
  hi = std::clamp<int64_t>(hi, lo, b->size);
  int64_t grow = static_cast<int64_t>(data.size()) - (hi - lo);
  int64_t old = b->size;
  if (grow > 0) {
    ResizeStatus st = ResizeLocked(b, old + grow);
    if (st != ResizeStatus::kOk) return st;
    std::memmove(b->data + hi + grow, b->data + hi, static_cast<size_t>(old - hi));
  } else if (grow < 0) {
    if (b->exports > 0) return ResizeStatus::kExported;
    std::memmove(b->data + hi + grow, b->data + hi, static_cast<size_t>(old - hi));
    ResizeStatus st = ResizeLocked(b, old + grow);
    if (st != ResizeStatus::kOk) return st;
  }
  if (!data.empty()) std::memcpy(b->data + lo, data.data(), data.size());
  return ResizeStatus::kOk;
}

bool ByteArrayResize(ByteArrayObject* b, int64_t size) {
  ResizeStatus st;
  {
    LockGuard g(b);
    st = ResizeLocked(b, size);
  }
  return RaiseResize(st);
}

bool ByteArraySetRange(ByteArrayObject* b, int64_t lo, int64_t hi, std::string_view data) {
  ResizeStatus st;
  {
    LockGuard g(b);
    st = SetRangeLocked(b, lo, hi, data);
  }
  return RaiseResize(st);
}

Ref ByteArrayAppend(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("append", kwnames) || !CheckArgCount("bytearray.append", nargs, 1, 1)) return Ref();
  int byte;
  if (!ByteValue(args[0], &byte)) return Ref();
  char c = static_cast<char>(byte);
  ByteArrayObject* b = AsBA(self);
  if (!ByteArraySetRange(b, INT64_MAX, INT64_MAX, std::string_view(&c, 1))) return Ref();  // at the end
  return Ref::New(None());
}

Ref ByteArrayExtend(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("extend", kwnames) || !CheckArgCount("bytearray.extend", nargs, 1, 1)) return Ref();
  std::string data;
  if (IsStr(args[0])) {
    return SetError(TypeErrorType(), "expected iterable of integers; got: 'str'");
  }
  if (IsInt(args[0]) || (args[0].type()->iter == nullptr && args[0].type()->getitem == nullptr &&
                         !IsByteArray(args[0]) && !IsBytes(args[0]))) {
    return SetErrorFmt(TypeErrorType(), "can't extend bytearray with {}", TypeName(args[0]));
  }
  if (!BytesFromObject(args[0], &data)) return Ref();
  ByteArrayObject* b = AsBA(self);
  if (!ByteArraySetRange(b, INT64_MAX, INT64_MAX, data)) return Ref();  // at the end
  return Ref::New(None());
}

Ref ByteArrayPop(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("pop", kwnames) || !CheckArgCount("pop", nargs, 0, 1)) return Ref();
  int64_t i = -1;
  if (nargs == 1 && !SsizeArg(args[0], &i)) return Ref();
  ByteArrayObject* b = AsBA(self);
  int value = -1;
  bool empty = false;
  ResizeStatus st = ResizeStatus::kOk;
  {
    LockGuard g(b);
    empty = b->size == 0;
    if (i < 0) i += b->size;
    if (!empty && i >= 0 && i < b->size) {
      value = static_cast<unsigned char>(b->data[i]);
      st = SetRangeLocked(b, i, i + 1, "");
    }
  }
  if (empty) return SetError(IndexErrorType(), "pop from empty bytearray");
  if (value < 0) return SetError(IndexErrorType(), "pop index out of range");
  if (!RaiseResize(st)) return Ref();
  return Ref::SmallInt(value);
}

Ref ByteArrayInsert(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("insert", kwnames) || !CheckArgCount("insert", nargs, 2, 2)) return Ref();
  int64_t i;
  if (!SsizeArg(args[0], &i)) return Ref();
  int byte;
  if (!ByteValue(args[1], &byte)) return Ref();
  ByteArrayObject* b = AsBA(self);
  char c = static_cast<char>(byte);
  ResizeStatus st;
  {
    LockGuard g(b);
    int64_t size = b->size;
    if (i < 0) i = std::max<int64_t>(0, i + size);
    i = std::min(i, size);
    st = SetRangeLocked(b, i, i, std::string_view(&c, 1));
  }
  if (!RaiseResize(st)) return Ref();
  return Ref::New(None());
}

Ref ByteArrayRemove(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("remove", kwnames) || !CheckArgCount("bytearray.remove", nargs, 1, 1)) return Ref();
  int byte;
  if (!ByteValue(args[0], &byte)) return Ref();
  ByteArrayObject* b = AsBA(self);
  size_t pos;
  ResizeStatus st = ResizeStatus::kOk;
  {
    LockGuard g(b);
    pos = b->view().find(static_cast<char>(byte));
    if (pos != std::string_view::npos) {
      auto i = static_cast<int64_t>(pos);
      st = SetRangeLocked(b, i, i + 1, "");
    }
  }
  if (pos == std::string_view::npos) return SetError(ValueErrorType(), "value not found in bytearray");
  if (!RaiseResize(st)) return Ref();
  return Ref::New(None());
}

Ref ByteArrayClear(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKw("clear", kwnames) || !CheckArgCount("bytearray.clear", nargs, 0, 0)) return Ref();
  if (!ByteArraySetRange(AsBA(self), 0, INT64_MAX, "")) return Ref();
  return Ref::New(None());
}

Ref ByteArrayCopy(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKw("copy", kwnames) || !CheckArgCount("bytearray.copy", nargs, 0, 0)) return Ref();
  return ByteArrayFromString(ByteData(self));
}

Ref ByteArrayReverse(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKw("reverse", kwnames) || !CheckArgCount("bytearray.reverse", nargs, 0, 0)) return Ref();
  ByteArrayObject* b = AsBA(self);
  LockGuard g(b);
  std::reverse(b->data, b->data + static_cast<int64_t>(b->size));
  return Ref::New(None());
}

}  // namespace detail

// --- public API -----------------------------------------------------------------------

Ref BytesFromString(std::string_view data) {
  BytesObject* b = NewBytesRaw(static_cast<int64_t>(data.size()));
  if (b == nullptr) return Ref();
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return Ref::Steal(b);
}

Ref ByteArrayFromString(std::string_view data) {
  auto* b = static_cast<ByteArrayObject*>(AllocObject(&ByteArrayType, sizeof(ByteArrayObject)));
  if (b == nullptr) return Ref();
  Ref r = Ref::Steal(b);
  if (!detail::ByteArrayResize(b, static_cast<int64_t>(data.size()))) return Ref();
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return r;
}

bool GetBuffer(Value v, std::string* storage, std::string_view* out) {
  if (IsBytes(v)) {
    *out = BytesView(v);
    return true;
  }
  if (IsByteArray(v)) {
    {
      LockGuard g(v);  // copied: another thread may resize it
      storage->assign(As<ByteArrayObject>(v)->view());
    }
    *out = *storage;
    return true;
  }
  if (Is<MemoryViewObject>(v)) {
    auto* m = As<MemoryViewObject>(v);
    if (!m->obj) return false;
    // A bytearray cannot be resized while exported: its storage stays put.
    std::string_view whole = detail::ByteView(m->obj);
    if (m->step == 1) {
      *out = whole.substr(static_cast<size_t>(m->start), static_cast<size_t>(m->length));
      return true;
    }
    storage->clear();
    for (int64_t i = 0; i < m->length; i++) {
      storage->push_back(whole[static_cast<size_t>(m->start + i * m->step)]);
    }
    *out = *storage;
    return true;
  }
  return false;
}

bool BufferArg(Value v, std::string* storage, std::string_view* out) {
  if (GetBuffer(v, storage, out)) return true;
  if (Is<MemoryViewObject>(v)) {
    SetError(ValueErrorType(), "operation forbidden on released memoryview object");
    return false;
  }
  SetErrorFmt(TypeErrorType(), "a bytes-like object is required, not '{}'", TypeName(v));
  return false;
}

Ref ByteArrayInplaceConcat(Value ba, Value other) {
  std::string storage;
  std::string_view data;
  if (!GetBuffer(other, &storage, &data)) {
    return SetErrorFmt(TypeErrorType(), "can't concat {} to bytearray", TypeName(other));
  }
  std::string copy(data);  // `other` may be the bytearray itself
  ByteArrayObject* b = As<ByteArrayObject>(ba);
  if (!detail::ByteArraySetRange(b, INT64_MAX, INT64_MAX, copy)) return Ref();  // at the end
  return Ref::New(ba);
}

Ref ByteArrayInplaceRepeat(Value ba, Value n) {
  if (!detail::IsIndexLike(n)) {
    return SetErrorFmt(TypeErrorType(), "can't multiply sequence by non-int of type '{}'",
                       TypeName(n));
  }
  int64_t count;
  if (!detail::RepeatCount(n, &count)) return Ref();
  ByteArrayObject* b = As<ByteArrayObject>(ba);
  std::string unit(detail::ByteData(ba).view()), out;
  for (int64_t i = 0; i < count; i++) out += unit;
  if (!detail::ByteArraySetRange(b, 0, INT64_MAX, out)) return Ref();
  return Ref::New(ba);
}

void InitBytesTypes() {
  auto common = [](TypeObject* t) {
    t->richcompare = BytesRichCompare;
    t->len = BytesLen;
    t->getitem = BytesGetItem;
    t->contains = BytesContains;
    t->iter = BytesIter;
    t->number.add = BytesConcat;
    t->number.multiply = BytesRepeat;
  };
  BytesType.name = "bytes";
  BytesType.basic_size = offsetof(BytesObject, data) + 1;
  BytesType.hooks.dealloc = BytesDealloc;
  BytesType.repr = BytesRepr;
  BytesType.hash = BytesHash;
  BytesType.new_ = BytesNew;
  BytesType.methods = detail::kBytesMethods;
  common(&BytesType);
  InitStaticType(&BytesType);

  ByteArrayType.name = "bytearray";
  ByteArrayType.basic_size = sizeof(ByteArrayObject);
  ByteArrayType.hooks.dealloc = ByteArrayDealloc;
  ByteArrayType.repr = ByteArrayRepr;
  ByteArrayType.new_ = ByteArrayNew;
  ByteArrayType.setitem = ByteArraySetItem;
  ByteArrayType.methods = detail::kByteArrayMethods;
  common(&ByteArrayType);
  InitStaticType(&ByteArrayType);

  for (TypeObject* t : {&BytesIterType, &ByteArrayIterType}) {
    t->name = t == &BytesIterType ? "bytes_iterator" : "bytearray_iterator";
    t->basic_size = sizeof(BytesIterObject);
    t->hooks.dealloc = BytesIterDealloc;
    t->hooks.traverse = BytesIterTraverse;
    t->iter = detail::SelfIter;
    t->next = BytesIterNext;
    InitStaticType(t);
  }
}

}  // namespace gilectomy::rt
