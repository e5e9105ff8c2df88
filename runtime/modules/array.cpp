// The array module: array.array for the typecodes b B h H i I l L q Q f d,
// stored as packed machine values (native sizes and byte order, as
// CPython's). Items are converted on the way in with CPython's messages
// ("signed char is greater than maximum", ...) and boxed on the way out.
// Supported: construction from a list/iterable/bytes/array, len, indexing,
// slicing (read, and assignment from an array of the same typecode),
// iteration, comparison, + and *, in, repr, and the methods append,
// extend, insert, pop, remove, index, count, reverse, tolist, fromlist,
// tobytes, frombytes, byteswap.
//
// Threads: an array's storage is guarded by its object lock
// (runtime/object_lock.h). Mutations lock for the whole change (bounds
// re-checked under the lock); readers copy the raw bytes out under it
// (Snap, ReadRaw) and box items or run comparisons on the copy.
#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/native_modules.h"
#include "runtime/object_lock.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iter.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

TypeObject ArrayType;

struct ArrayObject : Object {
  char typecode;
  int itemsize;
  std::string* data;  // owned: length() * itemsize bytes
  int64_t length() const { return static_cast<int64_t>(data->size()) / itemsize; }
};

ArrayObject* Arr(Value v) { return static_cast<ArrayObject*>(v.obj()); }
bool IsArray(Value v) { return v.is_object() && v.type() == &ArrayType; }

int ItemSize(char tc) {
  switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

bool IsFloatCode(char tc) { return tc == 'f' || tc == 'd'; }

// Converts v for typecode tc into raw bytes at p.
bool StoreItem(char tc, Value v, char* p) {
  if (IsFloatCode(tc)) {
    double d;
    if (!AsDouble(v, &d)) return false;
    if (tc == 'f') {
      auto f = static_cast<float>(d);
      std::memcpy(p, &f, 4);
    } else {
      std::memcpy(p, &d, 8);
    }
    return true;
  }
  if (!IsInt(v) && v.type()->number.index == nullptr) {
    SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer", TypeName(v));
    return false;
  }
  Ref i = Index(v);
  if (!i) return false;
  int64_t s;
  bool fits = IntAsInt64(i.get(), &s);
  if (!fits) ClearError();
  bool neg = IntSign(i.get()) < 0;
  struct Range {
    int64_t lo, hi;
    const char* name;
  };
  auto check = [&](Range r) {
    if (!fits || s > r.hi) {
      SetErrorFmt(OverflowErrorType(), "{} is greater than maximum", r.name);
      return false;
    }
    if (s < r.lo) {
      SetErrorFmt(OverflowErrorType(), "{} is less than minimum", r.name);
      return false;
    }
    return true;
  };
  auto put = [&](auto x) { std::memcpy(p, &x, sizeof x); };
  switch (tc) {
    case 'b':
      if (!fits && neg) return SetError(OverflowErrorType(), "signed char is less than minimum"), false;
      if (!check({-128, 127, "signed char"})) return false;
      put(static_cast<int8_t>(s));
      return true;
    case 'B':
      if (!fits && neg) return SetError(OverflowErrorType(), "unsigned byte integer is less than minimum"), false;
      if (!check({0, 255, "unsigned byte integer"})) return false;
      put(static_cast<uint8_t>(s));
      return true;
    case 'h':
      if (!fits && neg) return SetError(OverflowErrorType(), "signed short integer is less than minimum"), false;
      if (!check({-32768, 32767, "signed short integer"})) return false;
      put(static_cast<int16_t>(s));
      return true;
    case 'H':
      if (!fits && neg) return SetError(OverflowErrorType(), "unsigned short is less than minimum"), false;
      if (!check({0, 65535, "unsigned short"})) return false;
      put(static_cast<uint16_t>(s));
      return true;
    case 'i':
      if (!fits && neg) return SetError(OverflowErrorType(), "signed integer is less than minimum"), false;
      if (!check({INT32_MIN, INT32_MAX, "signed integer"})) return false;
      put(static_cast<int32_t>(s));
      return true;
    case 'I':
      if (neg) return SetError(OverflowErrorType(), "can't convert negative value to unsigned int"), false;
      if (!fits || s > UINT32_MAX) return SetError(OverflowErrorType(), "unsigned int is greater than maximum"), false;
      put(static_cast<uint32_t>(s));
      return true;
    case 'l':
      if (!fits) return SetError(OverflowErrorType(), "Python int too large to convert to C long"), false;
      put(s);
      return true;
    case 'q':
      if (!fits) return SetError(OverflowErrorType(), "int too big to convert"), false;
      put(s);
      return true;
    case 'L':
    case 'Q': {
      if (neg) {
        return SetError(OverflowErrorType(), tc == 'L' ? "can't convert negative value to unsigned int"
                                                       : "can't convert negative int to unsigned"),
               false;
      }
      uint64_t u;
      if (fits) {
        u = static_cast<uint64_t>(s);
      } else {
        std::string hex = IntToString(i.get(), 16);
        if (hex.size() > 16) {
          return SetError(OverflowErrorType(), tc == 'L' ? "Python int too large to convert to C unsigned long"
                                                         : "int too big to convert"),
                 false;
        }
        u = std::stoull(hex, nullptr, 16);
      }
      put(u);
      return true;
    }
    default: return false;
  }
}

Ref LoadItem(char tc, const char* p) {
  auto get = [&](auto x) {
    std::memcpy(&x, p, sizeof x);
    return x;
  };
  switch (tc) {
    case 'b': return Ref::SmallInt(get(int8_t{}));
    case 'B': return Ref::SmallInt(get(uint8_t{}));
    case 'h': return Ref::SmallInt(get(int16_t{}));
    case 'H': return Ref::SmallInt(get(uint16_t{}));
    case 'i': return Ref::SmallInt(get(int32_t{}));
    case 'I': return Ref::SmallInt(get(uint32_t{}));
    case 'l': case 'q': return IntFromInt64(get(int64_t{}));
    case 'L': case 'Q': return IntFromUint64(get(uint64_t{}));
    case 'f': return FloatFromDouble(get(float{}));
    case 'd': return FloatFromDouble(get(double{}));
    default: return Ref();
  }
}

// Item i of a raw copy of an array's bytes.
Ref ItemOf(const std::string& d, char tc, int itemsize, int64_t i) { return LoadItem(tc, d.data() + i * itemsize); }

// The array's bytes, copied under its lock.
std::string Snap(ArrayObject* a) {
  LockGuard g(a);
  return *a->data;
}

int64_t LockedLength(ArrayObject* a) {
  LockGuard g(a);
  return a->length();
}

// Item i (after negative-index adjustment by the caller); empty without an
// exception when out of range (checked under the lock).
Ref ItemChecked(ArrayObject* a, int64_t i, bool negative_ok) {
  char buf[8];
  bool ok;
  {
    LockGuard g(a);
    if (negative_ok && i < 0) i += a->length();
    ok = i >= 0 && i < a->length();
    if (ok) std::memcpy(buf, a->data->data() + i * a->itemsize, static_cast<size_t>(a->itemsize));
  }
  if (!ok) return Ref();
  return LoadItem(a->typecode, buf);
}

void AppendLocked(ArrayObject* a, std::string_view bytes) {
  LockGuard g(a);
  a->data->append(bytes);
}

Ref NewArray(char tc, std::string data) {
  auto* a = static_cast<ArrayObject*>(AllocObject(&ArrayType, sizeof(ArrayObject)));
  if (a == nullptr) return Ref();
  a->typecode = tc;
  a->itemsize = ItemSize(tc);
  a->data = new std::string(std::move(data));
  return Ref::Steal(a);
}

void ArrayDealloc(gc::Header* h) {
  delete static_cast<ArrayObject*>(h)->data;
  FreeObject(h);
}

// Appends every item of an iterable.
bool ExtendFrom(ArrayObject* a, Value iterable) {
  if (IsArray(iterable)) {
    if (Arr(iterable)->typecode != a->typecode) {
      SetError(TypeErrorType(), "can only extend with array of same kind");
      return false;
    }
    std::string copy = Snap(Arr(iterable));
    AppendLocked(a, copy);
    return true;
  }
  Ref it = GetIter(iterable);
  if (!it) return false;
  // Converted items are collected, then appended under the lock at once
  // (also the ones before an error, as item-by-item appends would have).
  std::string add;
  char buf[8];
  bool ok = true;
  while (Ref item = IterNext(it.get())) {
    if (!StoreItem(a->typecode, item.get(), buf)) {
      ok = false;
      break;
    }
    add.append(buf, static_cast<size_t>(a->itemsize));
  }
  AppendLocked(a, add);
  return ok && !ErrorOccurred();
}

bool FromBytes(ArrayObject* a, Value b) {
  std::string storage;
  std::string_view v;
  if (!BufferArg(b, &storage, &v)) return false;
  if (v.size() % static_cast<size_t>(a->itemsize) != 0) {
    SetError(ValueErrorType(), "bytes length not a multiple of item size");
    return false;
  }
  AppendLocked(a, v);
  return true;
}

Ref ArrayNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("array.array", kwnames) || !CheckArgCount("array", nargs, 1, 2)) return Ref();
  if (!IsStr(args[0]) || StrView(args[0]).size() != 1) {
    return SetErrorFmt(TypeErrorType(),
                       "array() argument 1 must be a unicode character, not {}", TypeName(args[0]));
  }
  char tc = StrView(args[0])[0];
  if (ItemSize(tc) == 0) {
    return SetError(ValueErrorType(), "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  }
  Ref a = NewArray(tc, "");
  if (!a || nargs == 1) return a;
  Value init = args[1];
  if (IsStr(init)) {
    return SetErrorFmt(TypeErrorType(), "cannot use a str to initialize an array with typecode '{}'", tc);
  }
  bool ok = (IsBytes(init) || IsByteArray(init)) ? FromBytes(Arr(a.get()), init)
                                                  : ExtendFrom(Arr(a.get()), init);
  if (!ok) return Ref();
  return a;
}

Ref ArrayRepr(Value self) {
  ArrayObject* a = Arr(self);
  std::string d = Snap(a);
  if (d.empty()) return StrFromUtf8(fmt::format("array('{}')", a->typecode));
  std::string out = fmt::format("array('{}', [", a->typecode);
  for (int64_t i = 0; i < static_cast<int64_t>(d.size()) / a->itemsize; i++) {
    if (i > 0) out += ", ";
    Ref item = ItemOf(d, a->typecode, a->itemsize, i);
    if (!item || !detail::AppendRepr(out, item.get())) return Ref();
  }
  out += "])";
  return StrFromUtf8(out);
}

int64_t ArrayLen(Value self) { return LockedLength(Arr(self)); }

Ref ArrayGetItem(Value self, Value key) {
  ArrayObject* a = Arr(self);
  if (Is<SliceObject>(key)) {
    int64_t start, stop, step, len;
    if (!SliceIndices(key, LockedLength(a), &start, &stop, &step, &len)) return Ref();
    std::string d = Snap(a);  // after the bounds (they may have run __index__)
    int64_t n = static_cast<int64_t>(d.size()) / a->itemsize;
    std::string out;
    for (int64_t i = 0, j = start; i < len; i++, j += step) {
      if (j < 0 || j >= n) break;  // another thread shrank the array meanwhile
      out.append(d.data() + j * a->itemsize, static_cast<size_t>(a->itemsize));
    }
    return NewArray(a->typecode, std::move(out));
  }
  int64_t i;
  if (!AsIndexInt64(key, &i)) return Ref();
  Ref item = ItemChecked(a, i, true);
  if (!item && !ErrorOccurred()) return SetError(IndexErrorType(), "array index out of range");
  return item;
}

int ArraySetItem(Value self, Value key, Value v) {
  ArrayObject* a = Arr(self);
  if (Is<SliceObject>(key)) {
    int64_t start, stop, step, len;
    if (!SliceIndices(key, LockedLength(a), &start, &stop, &step, &len)) return -1;
    std::string repl;
    if (v) {
      if (!IsArray(v)) {
        return SetErrorFmt(TypeErrorType(), "can only assign array (not \"{}\") to array slice",
                           TypeName(v));
      }
      if (Arr(v)->typecode != a->typecode) return SetError(TypeErrorType(), "bad argument type for built-in operation");
      repl = Snap(Arr(v));
    }
    auto sz = static_cast<size_t>(a->itemsize);
    if (step == 1) {
      if (stop < start) stop = start;
      LockGuard g(a);
      int64_t n = a->length();  // another thread may have resized it
      start = std::min(start, n);
      stop = std::min(stop, n);
      a->data->replace(static_cast<size_t>(start) * sz, static_cast<size_t>(stop - start) * sz, repl);
      return 0;
    }
    if (!v) {
      LockGuard g(a);
      std::string kept;
      for (int64_t i = 0; i < a->length(); i++) {
        bool drop = step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                             : (i <= start && i > stop && (start - i) % (-step) == 0);
        if (!drop) kept.append(a->data->data() + i * a->itemsize, sz);
      }
      *a->data = std::move(kept);
      return 0;
    }
    if (static_cast<int64_t>(repl.size() / sz) != len) {
      return SetErrorFmt(ValueErrorType(), "attempt to assign array of size {} to extended slice of size {}",
                         repl.size() / sz, len);
    }
    LockGuard g(a);
    for (int64_t i = 0, j = start; i < len; i++, j += step) {
      if (j < 0 || j >= a->length()) break;  // another thread shrank the array meanwhile
      std::memcpy(a->data->data() + j * a->itemsize, repl.data() + i * a->itemsize, sz);
    }
    return 0;
  }
  int64_t i;
  if (!AsIndexInt64(key, &i)) return -1;
  char buf[8];
  if (v && !StoreItem(a->typecode, v, buf)) {
    // CPython checks the index first: keep its IndexError for a bad index.
    int64_t n = LockedLength(a);
    if (!((i < 0 ? i + n : i) >= 0 && (i < 0 ? i + n : i) < n)) {
      ClearError();
      return SetError(IndexErrorType(), "array assignment index out of range");
    }
    return -1;
  }
  bool ok;
  {
    LockGuard g(a);
    if (i < 0) i += a->length();
    ok = i >= 0 && i < a->length();
    if (ok && !v) a->data->erase(static_cast<size_t>(i * a->itemsize), static_cast<size_t>(a->itemsize));
    if (ok && v) std::memcpy(a->data->data() + i * a->itemsize, buf, static_cast<size_t>(a->itemsize));
  }
  if (!ok) {
    return SetError(IndexErrorType(), v ? "array assignment index out of range" : "array index out of range");
  }
  return 0;
}

Ref ArrayIter(Value self) { return NewSeqIter(self); }

Ref ArrayRichCompare(Value x, Value y, CompareOp op) {
  if (!IsArray(x) || !IsArray(y)) return NotImplemented();
  ArrayObject *a = Arr(x), *b = Arr(y);
  std::string da = Snap(a), db = Snap(b);
  int64_t na = static_cast<int64_t>(da.size()) / a->itemsize, nb = static_cast<int64_t>(db.size()) / b->itemsize;
  int64_t n = std::min(na, nb);
  for (int64_t i = 0; i < n; i++) {
    Ref p = ItemOf(da, a->typecode, a->itemsize, i), q = ItemOf(db, b->typecode, b->itemsize, i);
    int eq = RichCompareBool(p.get(), q.get(), CompareOp::kEq);
    if (eq < 0) return Ref();
    if (!eq) {
      if (op == CompareOp::kEq) return Ref::New(False());
      if (op == CompareOp::kNe) return Ref::New(True());
      return RichCompare(p.get(), q.get(), op);
    }
  }
  return Ref::New(Bool(ApplyCompare(na, nb, op)));
}

Ref ArrayConcat(Value x, Value y) {
  if (!IsArray(x)) return NotImplemented();
  if (!IsArray(y)) {
    return SetErrorFmt(TypeErrorType(), "can only append array (not \"{}\") to array", TypeName(y));
  }
  if (Arr(x)->typecode != Arr(y)->typecode) return SetError(TypeErrorType(), "bad argument type for built-in operation");
  return NewArray(Arr(x)->typecode, Snap(Arr(x)) + Snap(Arr(y)));
}

Ref ArrayRepeat(Value x, Value y) {
  Value arr = IsArray(x) ? x : y, n = IsArray(x) ? y : x;
  if (!detail::IsIndexLike(n)) return NotImplemented();
  int64_t count;
  if (!detail::RepeatCount(n, &count)) return Ref();
  std::string unit = Snap(Arr(arr)), out;
  for (int64_t i = 0; i < count; i++) out += unit;
  return NewArray(Arr(arr)->typecode, std::move(out));
}

// Index of the first item equal to v, -1 if none, -2 on error.
int64_t Find(ArrayObject* a, Value v) {
  std::string d = Snap(a);
  for (int64_t i = 0; i < static_cast<int64_t>(d.size()) / a->itemsize; i++) {
    Ref item = ItemOf(d, a->typecode, a->itemsize, i);
    int eq = RichCompareBool(item.get(), v, CompareOp::kEq);
    if (eq < 0) return -2;
    if (eq) return i;
  }
  return -1;
}

int ArrayContains(Value self, Value v) {
  int64_t i = Find(Arr(self), v);
  return i == -2 ? -1 : (i >= 0 ? 1 : 0);
}

bool OneArg(const char* name, size_t nargs, Value kwnames) {
  return NoKeywords(name, kwnames) && CheckArgCount(name, nargs, 1, 1);
}

Ref M_append(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("append", nargs, kwnames)) return Ref();
  char buf[8];
  if (!StoreItem(Arr(self)->typecode, args[0], buf)) return Ref();
  AppendLocked(Arr(self), std::string_view(buf, static_cast<size_t>(Arr(self)->itemsize)));
  return Ref::New(None());
}

Ref M_extend(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("extend", nargs, kwnames) || !ExtendFrom(Arr(self), args[0])) return Ref();
  return Ref::New(None());
}

Ref M_fromlist(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("fromlist", nargs, kwnames)) return Ref();
  if (!IsList(args[0])) return SetError(TypeErrorType(), "arg must be list");
  size_t before = Snap(Arr(self)).size();
  if (!ExtendFrom(Arr(self), args[0])) {
    LockGuard g(Arr(self));
    if (Arr(self)->data->size() > before) Arr(self)->data->resize(before);
    return Ref();
  }
  return Ref::New(None());
}

Ref M_insert(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("insert", kwnames) || !CheckArgCount("insert", nargs, 2, 2)) return Ref();
  int64_t i;
  if (!AsSsizeArg(args[0], &i)) return Ref();
  ArrayObject* a = Arr(self);
  char buf[8];
  if (!StoreItem(a->typecode, args[1], buf)) return Ref();
  LockGuard g(a);
  int64_t n = a->length();
  if (i < 0) i = std::max<int64_t>(0, i + n);
  i = std::min(i, n);
  a->data->insert(static_cast<size_t>(i * a->itemsize), buf, static_cast<size_t>(a->itemsize));
  return Ref::New(None());
}

Ref M_pop(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("pop", kwnames) || !CheckArgCount("pop", nargs, 0, 1)) return Ref();
  int64_t i = -1;
  if (nargs == 1 && !AsSsizeArg(args[0], &i)) return Ref();
  ArrayObject* a = Arr(self);
  char buf[8];
  bool empty, ok;
  {
    LockGuard g(a);
    empty = a->length() == 0;
    if (i < 0) i += a->length();
    ok = !empty && i >= 0 && i < a->length();
    if (ok) {
      std::memcpy(buf, a->data->data() + i * a->itemsize, static_cast<size_t>(a->itemsize));
      a->data->erase(static_cast<size_t>(i * a->itemsize), static_cast<size_t>(a->itemsize));
    }
  }
  if (empty) return SetError(IndexErrorType(), "pop from empty array");
  if (!ok) return SetError(IndexErrorType(), "pop index out of range");
  return LoadItem(a->typecode, buf);
}

Ref M_remove(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("remove", nargs, kwnames)) return Ref();
  int64_t i = Find(Arr(self), args[0]);
  if (i == -2) return Ref();
  if (i < 0) return SetError(ValueErrorType(), "array.remove(x): x not in array");
  LockGuard g(Arr(self));
  if (i < Arr(self)->length()) {  // unless another thread shrank it meanwhile
    Arr(self)->data->erase(static_cast<size_t>(i * Arr(self)->itemsize), static_cast<size_t>(Arr(self)->itemsize));
  }
  return Ref::New(None());
}

Ref M_index(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("index", kwnames) || !CheckArgCount("index", nargs, 1, 3)) return Ref();
  int64_t i = Find(Arr(self), args[0]);
  if (i == -2) return Ref();
  if (i < 0) return SetError(ValueErrorType(), "array.index(x): x not in array");
  return IntFromInt64(i);
}

Ref M_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("count", nargs, kwnames)) return Ref();
  ArrayObject* a = Arr(self);
  std::string d = Snap(a);
  int64_t n = 0;
  for (int64_t i = 0; i < static_cast<int64_t>(d.size()) / a->itemsize; i++) {
    Ref item = ItemOf(d, a->typecode, a->itemsize, i);
    int eq = RichCompareBool(item.get(), args[0], CompareOp::kEq);
    if (eq < 0) return Ref();
    n += eq;
  }
  return IntFromInt64(n);
}

Ref M_reverse(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("reverse", kwnames) || !CheckArgCount("reverse", nargs, 0, 0)) return Ref();
  ArrayObject* a = Arr(self);
  LockGuard g(a);
  int64_t n = a->length();
  auto sz = static_cast<size_t>(a->itemsize);
  char* d = a->data->data();
  for (int64_t i = 0; i < n / 2; i++) {
    std::swap_ranges(d + i * a->itemsize, d + i * a->itemsize + sz, d + (n - 1 - i) * a->itemsize);
  }
  return Ref::New(None());
}

Ref M_byteswap(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("byteswap", kwnames) || !CheckArgCount("byteswap", nargs, 0, 0)) return Ref();
  ArrayObject* a = Arr(self);
  LockGuard g(a);
  char* d = a->data->data();
  for (int64_t i = 0; i < a->length(); i++) std::reverse(d + i * a->itemsize, d + (i + 1) * a->itemsize);
  return Ref::New(None());
}

Ref M_tolist(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("tolist", kwnames) || !CheckArgCount("tolist", nargs, 0, 0)) return Ref();
  ArrayObject* a = Arr(self);
  std::string d = Snap(a);
  int64_t n = static_cast<int64_t>(d.size()) / a->itemsize;
  Ref list = NewList(0);
  if (!list) return Ref();
  for (int64_t i = 0; i < n; i++) {
    Ref item = ItemOf(d, a->typecode, a->itemsize, i);
    if (!item || ListAppend(list.get(), item.get()) < 0) return Ref();
  }
  return list;
}

Ref M_tobytes(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("tobytes", kwnames) || !CheckArgCount("tobytes", nargs, 0, 0)) return Ref();
  return BytesFromString(Snap(Arr(self)));
}

Ref M_frombytes(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("frombytes", nargs, kwnames) || !FromBytes(Arr(self), args[0])) return Ref();
  return Ref::New(None());
}

Ref M_buffer_info(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("buffer_info", kwnames) || !CheckArgCount("buffer_info", nargs, 0, 0)) return Ref();
  uintptr_t p;
  int64_t len;
  {
    LockGuard g(Arr(self));
    p = reinterpret_cast<uintptr_t>(Arr(self)->data->data());
    len = Arr(self)->length();
  }
  Ref addr = IntFromUint64(p);
  Ref n = IntFromInt64(len);
  return MakeTuple({addr.get(), n.get()});
}

Ref GetTypecode(Value self) { return StrFromUtf8(std::string(1, Arr(self)->typecode)); }
Ref GetItemsize(Value self) { return Ref::SmallInt(Arr(self)->itemsize); }

const MethodDef kArrayMethods[] = {
    {"append", M_append},   {"extend", M_extend},     {"fromlist", M_fromlist},
    {"insert", M_insert},   {"pop", M_pop},           {"remove", M_remove},
    {"index", M_index},     {"count", M_count},       {"reverse", M_reverse},
    {"byteswap", M_byteswap}, {"tolist", M_tolist},   {"tobytes", M_tobytes},
    {"frombytes", M_frombytes}, {"buffer_info", M_buffer_info}, {nullptr, nullptr},
};

const GetSetDef kArrayGetSets[] = {
    {"typecode", GetTypecode},
    {"itemsize", GetItemsize},
    {nullptr, nullptr},
};

}  // namespace

void InitArrayType() {
  ArrayType.name = "array.array";
  ArrayType.basic_size = sizeof(ArrayObject);
  ArrayType.hooks.dealloc = ArrayDealloc;
  ArrayType.new_ = ArrayNew;
  ArrayType.repr = ArrayRepr;
  ArrayType.len = ArrayLen;
  ArrayType.getitem = ArrayGetItem;
  ArrayType.setitem = ArraySetItem;
  ArrayType.iter = ArrayIter;
  ArrayType.richcompare = ArrayRichCompare;
  ArrayType.contains = ArrayContains;
  ArrayType.number.add = ArrayConcat;
  ArrayType.number.multiply = ArrayRepeat;
  ArrayType.methods = kArrayMethods;
  ArrayType.getsets = kArrayGetSets;
  InitStaticType(&ArrayType);
}

Ref CreateArrayModule() {
  Ref mod = NewModule("array");
  if (!mod) return Ref();
  Value d = ModuleDict(mod.get());
  Ref codes = StrFromAscii("bBuhHiIlLqQfd");
  if (!codes || DictSetCStr(d, "array", Value::FromObject(&ArrayType)) < 0 ||
      DictSetCStr(d, "ArrayType", Value::FromObject(&ArrayType)) < 0 ||
      DictSetCStr(d, "typecodes", codes.get()) < 0) {
    return Ref();
  }
  return mod;
}

}  // namespace gilectomy::rt
