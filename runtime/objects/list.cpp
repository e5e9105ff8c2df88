// list: a growable array of owned values.
//
// Storage: `items` comes from gc::AllocateRaw and grows with CPython's
// over-allocation rule (about 1/8 extra plus a little), so repeated appends
// are amortised O(1) and shrinking below half the capacity gives memory back.
//
// The trap in every mutating path: a Decref can run arbitrary Python code
// (__del__ via a dealloc, or __eq__ during a compare), which may mutate this
// very list. So old items are detached from the list first and released
// only after the list is consistent again, and loops that call back into
// Python re-read `size` and `items` on every iteration.
//
// Threads (DESIGN.md "Concurrency model"): every operation holds the list's
// object lock (runtime/object_lock.h) while it reads or changes `items`,
// and never while it runs Python code: compares, reprs and key functions
// work on strong references copied out under the lock (ItemRef), and
// index-based loops re-check the bounds under the lock on every step.
// `size` is a relaxed atomic so len() and the sizing hints read it without
// the lock. Iterators lock themselves, then the list (iterator -> list is
// the only nesting besides LockGuard2's address order).
//
// Sorting (ListSort): a stable merge sort (binary-insertion runs of 32, then
// bottom-up merges) over a private copy of the items. As in CPython the list
// is emptied while the sort runs; if it is non-empty afterwards someone
// mutated it and the sort raises ValueError "list modified during sort".
#include "runtime/objects/list.h"

#include <algorithm>
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
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

static TypeObject ListIterType, ListRevIterType;

namespace detail {

void DeallocWithoutRecursion(gc::Header* h, void (*body)(gc::Header*)) {
  // Thread-local: each thread frees its own objects; no sharing.
  constexpr int kMaxDepth = 256;
  thread_local int depth = 0;
  thread_local std::vector<std::pair<gc::Header*, void (*)(gc::Header*)>> pending;
  if (depth >= kMaxDepth) {
    pending.emplace_back(h, body);
    return;
  }
  ++depth;
  body(h);
  if (depth == 1) {
    while (!pending.empty()) {
      auto [p, fn] = pending.back();
      pending.pop_back();
      fn(p);
    }
  }
  --depth;
}

}  // namespace detail

namespace {

using detail::IsHeapType;
using detail::IsIndexLike;

ListObject* AsList(Value v) { return static_cast<ListObject*>(v.obj()); }

// The item at i as a strong reference, or empty (no exception) when i is
// out of range now.
Ref ItemRef(ListObject* l, int64_t i) {
  LockGuard g(l);
  if (i < 0 || i >= l->size) return Ref();
  return Ref::New(l->items[i]);
}

struct ListIterObject : Object {
  Object* list;   // owned; null once exhausted
  int64_t index;  // next index (forward) or current index (reverse)
};

// Makes room for `newsize` items; does not touch the items themselves.
// The new slots (when growing) are uninitialised.
bool ListResize(ListObject* l, int64_t newsize) {
  if (l->capacity >= newsize && newsize >= (l->capacity >> 1)) {
    l->size = newsize;
    return true;
  }
  int64_t cap = (newsize + (newsize >> 3) + 6) & ~int64_t{3};
  if (newsize - l->size > cap - newsize) cap = (newsize + 3) & ~int64_t{3};
  if (newsize == 0) cap = 0;
  if (static_cast<uint64_t>(cap) > (uint64_t{1} << 59)) {
    NoMemory();
    return false;
  }
  Value* items = nullptr;
  if (cap > 0) {
    items = static_cast<Value*>(gc::ReallocateRaw(l->items, static_cast<size_t>(cap) * sizeof(Value)));
    if (items == nullptr) {
      NoMemory();
      return false;
    }
  } else if (l->items != nullptr) {
    gc::FreeRaw(l->items);
  }
  l->items = items;
  l->capacity = cap;
  l->size = newsize;
  return true;
}

// Replaces the list's storage with `items` (owned, n of them, capacity cap)
// and returns the old storage's items for the caller to release.
void TakeItems(ListObject* l, std::vector<Ref>* out) {
  out->reserve(out->size() + static_cast<size_t>(l->size));
  for (int64_t i = 0; i < l->size; i++) out->push_back(Ref::Steal(l->items[i]));
  if (l->items != nullptr) gc::FreeRaw(l->items);
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;
}

void ListDeallocBody(gc::Header* h) {
  auto* l = static_cast<ListObject*>(h);
  // Last item first, as CPython (the order of __del__ calls is observable).
  for (int64_t i = l->size - 1; i >= 0; i--) Decref(l->items[i]);
  if (l->items != nullptr) gc::FreeRaw(l->items);
  FreeObject(h);
}

void ListDealloc(gc::Header* h) { detail::DeallocWithoutRecursion(h, ListDeallocBody); }

void ListTraverse(gc::Header* h, gc::Visitor& v) {
  auto* l = static_cast<ListObject*>(h);
  for (int64_t i = 0; i < l->size; i++) detail::VisitValue(v, l->items[i]);
}

void ListClearHook(gc::Header* h) {
  std::vector<Ref> old;
  TakeItems(static_cast<ListObject*>(h), &old);
}

// A snapshot of an iterable's items as owned references (list/tuple fast path).
bool SnapshotItems(Value iterable, std::vector<Ref>* out) {
  if (IsList(iterable)) {
    ListObject* l = AsList(iterable);
    LockGuard g(l);
    out->reserve(static_cast<size_t>(l->size));
    for (int64_t i = 0; i < l->size; i++) out->push_back(Ref::New(l->items[i]));
    return true;
  }
  if (IsTuple(iterable)) {
    int64_t n = TupleSize(iterable);
    const Value* src = As<TupleObject>(iterable)->items;
    out->reserve(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; i++) out->push_back(Ref::New(src[i]));
    return true;
  }
  Ref it = GetIter(iterable);
  if (!it) return false;
  for (;;) {
    Ref item = IterNext(it.get());
    if (!item) return !ErrorOccurred();
    out->push_back(std::move(item));
  }
}

// --- repr, compare, sequence slots ------------------------------------------

Ref ListRepr(Value self) {
  ListObject* l = AsList(self);
  if (l->size == 0) return StrFromAscii("[]");
  detail::ReprGuard guard(l);
  if (guard.recursive()) return StrFromAscii("[...]");
  if (!CheckCStack(" while getting the repr of an object")) return Ref();
  std::string out = "[";
  for (int64_t i = 0;; i++) {
    Ref item = ItemRef(l, i);  // repr may shrink the list
    if (!item) break;
    if (i > 0) out += ", ";
    if (!detail::AppendRepr(out, item.get())) return Ref();
  }
  out += ']';
  return StrFromUtf8(out);
}

Ref ListRichCompare(Value a, Value b, CompareOp op) {
  if (!IsList(a) || !IsList(b)) return NotImplemented();
  ListObject* v = AsList(a);
  ListObject* w = AsList(b);
  if (v->size != w->size && (op == CompareOp::kEq || op == CompareOp::kNe)) {
    return Ref::New(Bool(op == CompareOp::kNe));
  }
  Ref x, y;
  for (int64_t i = 0;; i++) {
    x = ItemRef(v, i);
    y = ItemRef(w, i);
    if (!x || !y) return Ref::New(Bool(ApplyCompare<int64_t>(v->size, w->size, op)));
    int k = RichCompareBool(x.get(), y.get(), CompareOp::kEq);
    if (k < 0) return Ref();
    if (k == 0) break;
  }
  if (op == CompareOp::kEq) return Ref::New(False());
  if (op == CompareOp::kNe) return Ref::New(True());
  return RichCompare(x.get(), y.get(), op);
}

int64_t ListLen(Value self) { return AsList(self)->size; }

// The caller holds l's lock.
Ref ListSlice(ListObject* l, int64_t start, int64_t step, int64_t n) {
  Ref r = NewList(n);
  if (!r) return Ref();
  ListObject* out = AsList(r.get());
  for (int64_t k = 0, j = start; k < n; k++, j += step) Incref(out->items[k] = l->items[j]);
  out->size = n;
  return r;
}

Ref ListGetItem(Value self, Value key) {
  ListObject* l = AsList(self);
  if (key.is_small_int() || IsIndexLike(key)) {
    int64_t i;
    if (!AsIndexInt64(key, &i)) return Ref();
    {
      LockGuard g(l);
      if (i < 0) i += l->size;
      if (i >= 0 && i < l->size) return Ref::New(l->items[i]);
    }
    return SetError(IndexErrorType(), "list index out of range");
  }
  if (Is<SliceObject>(key)) {
    // SliceIndices may run __index__: resolve unlocked, then check the
    // length did not change before copying under the lock.
    for (;;) {
      int64_t start, stop, step, n;
      int64_t size = l->size;
      if (!SliceIndices(key, size, &start, &stop, &step, &n)) return Ref();
      LockGuard g(l);
      if (l->size == size) return ListSlice(l, start, step, n);
    }
  }
  return SetErrorFmt(TypeErrorType(), "list indices must be integers or slices, not {}",
                     TypeName(key));
}

// l[lo:hi] = items (step 1). Items already snapshotted, so `l` may be among
// them. The caller holds l's lock; the replaced items are moved to `*old`.
bool AssignSimpleSlice(ListObject* l, int64_t lo, int64_t hi, std::vector<Ref>& items, std::vector<Ref>& old) {
  if (lo < 0) lo = 0;
  if (lo > l->size) lo = l->size;
  if (hi < lo) hi = lo;
  if (hi > l->size) hi = l->size;
  int64_t n = static_cast<int64_t>(items.size());
  int64_t removed = hi - lo;
  old.reserve(static_cast<size_t>(removed));
  for (int64_t i = lo; i < hi; i++) old.push_back(Ref::Steal(l->items[i]));
  int64_t oldsize = l->size;
  int64_t delta = n - removed;
  if (delta < 0) {
    std::memmove(l->items + hi + delta, l->items + hi, sizeof(Value) * (oldsize - hi));
    if (!ListResize(l, oldsize + delta)) return false;  // shrinking cannot fail in practice
  } else if (delta > 0) {
    if (!ListResize(l, oldsize + delta)) {
      for (int64_t i = 0; i < removed; i++) l->items[lo + i] = old[i].release();
      return false;
    }
    std::memmove(l->items + hi + delta, l->items + hi, sizeof(Value) * (oldsize - hi));
  }
  for (int64_t i = 0; i < n; i++) l->items[lo + i] = items[i].release();
  return true;  // the caller releases `old` after unlocking
}

// The replaced items end up in `old`, released by the caller's scope after
// the lock is dropped. Python code (the snapshot of `v`, __index__ in the
// slice) runs unlocked; the indices are re-validated against the length
// under the lock.
int ListAssignSlice(ListObject* l, Value slice, Value v) {
  std::vector<Ref> items;
  bool extended = false;
  if (v) {
    if (!IsList(v) && !IsTuple(v) && v.type()->iter == nullptr && v.type()->getitem == nullptr) {
      int64_t start, stop, step, n;
      if (!SliceIndices(slice, l->size, &start, &stop, &step, &n)) return -1;
      if (step == 1) return SetError(TypeErrorType(), "can only assign an iterable");
      return SetError(TypeErrorType(), "must assign iterable to extended slice");
    }
    if (!SnapshotItems(v, &items)) return -1;
  }
  std::vector<Ref> old;
  for (;;) {
    int64_t start, stop, step, n;
    int64_t size = l->size;
    if (!SliceIndices(slice, size, &start, &stop, &step, &n)) return -1;
    LockGuard g(l);
    if (l->size != size) continue;
    if (step == 1) return AssignSimpleSlice(l, start, stop, items, old) ? 0 : -1;
    extended = true;
    if (!v) {  // delete
      if (n == 0) return 0;
      if (step < 0) {  // delete the same items walking forward
        start = start + step * (n - 1);
        step = -step;
      }
      old.reserve(static_cast<size_t>(n));
      int64_t w = start;
      for (int64_t r = start, k = 0; r < l->size; r++) {
        if (k < n && r == start + k * step) {
          old.push_back(Ref::Steal(l->items[r]));
          k++;
        } else {
          l->items[w++] = l->items[r];
        }
      }
      ListResize(l, l->size - n);
      return 0;
    }
    if (static_cast<int64_t>(items.size()) != n) break;
    old.reserve(static_cast<size_t>(n));
    for (int64_t k = 0, j = start; k < n; k++, j += step) {
      old.push_back(Ref::Steal(l->items[j]));
      l->items[j] = items[k].release();
    }
    return 0;
  }
  (void)extended;
  int64_t start, stop, step, n;
  if (!SliceIndices(slice, l->size, &start, &stop, &step, &n)) return -1;
  return SetErrorFmt(ValueErrorType(), "attempt to assign sequence of size {} to extended slice of size {}",
                     items.size(), n);
}

int ListSetItem(Value self, Value key, Value v) {
  ListObject* l = AsList(self);
  if (key.is_small_int() || IsIndexLike(key)) {
    int64_t i;
    if (key.is_small_int()) {
      i = key.small_int();  // the common case: no __index__ call chain
    } else if (!AsIndexInt64(key, &i)) {
      return -1;
    }
    Ref old;  // released after the lock
    {
      LockGuard g(l);
      if (i < 0) i += l->size;
      if (i >= 0 && i < l->size) {
        old = Ref::Steal(l->items[i]);
        if (v) {
          Incref(v);
          l->items[i] = v;
        } else {
          std::memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->size - i - 1));
          ListResize(l, l->size - 1);
        }
        return 0;
      }
    }
    return SetError(IndexErrorType(), "list assignment index out of range");
  }
  if (Is<SliceObject>(key)) return ListAssignSlice(l, key, v);
  return SetErrorFmt(TypeErrorType(), "list indices must be integers or slices, not {}",
                     TypeName(key));
}

int ListContains(Value self, Value item) {
  ListObject* l = AsList(self);
  for (int64_t i = 0;; i++) {
    Ref x = ItemRef(l, i);
    if (!x) return 0;
    int k = RichCompareBool(x.get(), item, CompareOp::kEq);
    if (k != 0) return k;
  }
}

Ref ListConcat(Value a, Value b) {
  if (!IsList(a)) return NotImplemented();
  if (!IsList(b)) {
    if (IsHeapType(b.type())) return NotImplemented();
    return SetErrorFmt(TypeErrorType(), "can only concatenate list (not \"{}\") to list",
                       TypeName(b));
  }
  ListObject* x = AsList(a);
  ListObject* y = AsList(b);
  LockGuard2 g(x, y);
  Ref r = NewList(x->size + y->size);
  if (!r) return Ref();
  ListObject* out = AsList(r.get());
  for (int64_t i = 0; i < x->size; i++) Incref(out->items[i] = x->items[i]);
  for (int64_t i = 0; i < y->size; i++) Incref(out->items[x->size + i] = y->items[i]);
  out->size = x->size + y->size;
  return r;
}

bool RepeatCountFor(Value n, int64_t* count) {
  if (!IsIndexLike(n)) {
    SetErrorFmt(TypeErrorType(), "can't multiply sequence by non-int of type '{}'", TypeName(n));
    return false;
  }
  return detail::RepeatCount(n, count);
}

Ref ListRepeat(Value a, Value b) {
  Value seq = a, n = b;
  if (!IsList(a)) std::swap(seq, n);
  if (!IsIndexLike(n) && IsHeapType(n.type())) return NotImplemented();
  int64_t count;
  if (!RepeatCountFor(n, &count)) return Ref();
  ListObject* l = AsList(seq);
  if (count < 0) count = 0;
  LockGuard g(l);
  if (l->size != 0 && count > INT64_MAX / 16 / l->size) return NoMemory();
  int64_t total = l->size * count;
  Ref r = NewList(total);
  if (!r) return Ref();
  ListObject* out = AsList(r.get());
  for (int64_t c = 0; c < count; c++) {
    for (int64_t i = 0; i < l->size; i++) Incref(out->items[c * l->size + i] = l->items[i]);
  }
  out->size = total;
  return r;
}

// --- iterators ----------------------------------------------------------------

Ref NewListIterOf(TypeObject* type, Value list, int64_t index) {
  Object* o = AllocObject(type, sizeof(ListIterObject));
  if (o == nullptr) return Ref();
  auto* it = static_cast<ListIterObject*>(o);
  Incref(list);
  it->list = list.obj();
  it->index = index;
  return Ref::Steal(o);
}

Ref ListIter(Value self) { return NewListIterOf(&ListIterType, self, 0); }

void ListIterDealloc(gc::Header* h) {
  auto* it = static_cast<ListIterObject*>(h);
  if (it->list != nullptr) gc::Decref(it->list);
  FreeObject(h);
}

void ListIterTraverse(gc::Header* h, gc::Visitor& v) {
  auto* it = static_cast<ListIterObject*>(h);
  if (it->list != nullptr) v.Visit(it->list);
}

// An iterator may be shared by threads: its fields are guarded by its own
// lock; the list is locked inside it (ItemRef). The list reference dropped
// at exhaustion is released after unlocking.
Ref ListIterStep(Value self, int64_t delta) {
  auto* it = static_cast<ListIterObject*>(self.obj());
  Object* drop = nullptr;
  Ref r;
  {
    LockGuard g(it);
    if (it->list == nullptr) return Ref();
    r = ItemRef(static_cast<ListObject*>(it->list), it->index);
    if (r) {
      it->index += delta;
    } else {
      drop = it->list;
      it->list = nullptr;
    }
  }
  if (drop != nullptr) gc::Decref(drop);
  return r;
}

Ref ListIterNext(Value self) { return ListIterStep(self, 1); }
Ref ListRevIterNext(Value self) { return ListIterStep(self, -1); }

Ref ListIterLengthHint(Value self, const Value*, size_t, Value) {
  auto* it = static_cast<ListIterObject*>(self.obj());
  LockGuard g(it);
  if (it->list == nullptr) return Ref::SmallInt(0);
  int64_t n = static_cast<ListObject*>(it->list)->size - it->index;
  return Ref::SmallInt(n < 0 ? 0 : n);
}

Ref ListRevIterLengthHint(Value self, const Value*, size_t, Value) {
  auto* it = static_cast<ListIterObject*>(self.obj());
  LockGuard g(it);
  if (it->list == nullptr || it->index >= static_cast<ListObject*>(it->list)->size) {
    return Ref::SmallInt(0);
  }
  return Ref::SmallInt(it->index + 1);
}

// --- sort -----------------------------------------------------------------------

struct SortItem {
  Value key;
  Value value;
};

// Stable merge sort over SortItem using RichCompareBool(kLt). Comparisons
// are made as (later element, earlier element), as CPython's timsort does,
// so the first TypeError names the types in the same order.
class MergeSorter {
 public:
  explicit MergeSorter(std::vector<SortItem>& items) : a_(items), tmp_(items.size()) {}

  bool Sort() {
    const size_t n = a_.size();
    constexpr size_t kRun = 32;
    for (size_t lo = 0; lo < n; lo += kRun) {
      if (!InsertionSort(lo, std::min(n, lo + kRun))) return false;
    }
    for (size_t width = kRun; width < n; width *= 2) {
      for (size_t lo = 0; lo + width < n; lo += 2 * width) {
        if (!Merge(lo, lo + width, std::min(n, lo + 2 * width))) return false;
      }
    }
    return true;
  }

 private:
  // -1 error, 1 if x < y.
  static int Lt(const SortItem& x, const SortItem& y) {
    return RichCompareBool(x.key, y.key, CompareOp::kLt);
  }

  bool InsertionSort(size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; i++) {
      SortItem x = a_[i];
      // Binary search for the rightmost position where x fits (stability).
      size_t l = lo, r = i;
      while (l < r) {
        size_t mid = l + (r - l) / 2;
        int k = Lt(x, a_[mid]);
        if (k < 0) return false;
        if (k) r = mid; else l = mid + 1;
      }
      for (size_t j = i; j > l; j--) a_[j] = a_[j - 1];
      a_[l] = x;
    }
    return true;
  }

  bool Merge(size_t lo, size_t mid, size_t hi) {
    // Already in order: nothing to do (one comparison).
    int k = Lt(a_[mid], a_[mid - 1]);
    if (k < 0) return false;
    if (!k) return true;
    std::copy(a_.begin() + lo, a_.begin() + mid, tmp_.begin() + lo);
    size_t i = lo, j = mid, out = lo;
    while (i < mid && j < hi) {
      k = Lt(a_[j], tmp_[i]);
      if (k < 0) {
        // Leave a permutation of the items in place: copy the rest back.
        while (i < mid) a_[out++] = tmp_[i++];
        return false;
      }
      a_[out++] = k ? a_[j++] : tmp_[i++];
    }
    while (i < mid) a_[out++] = tmp_[i++];
    return true;
  }

  std::vector<SortItem>& a_;
  std::vector<SortItem> tmp_;
};

Ref ListSortMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 0) return SetError(TypeErrorType(), "sort() takes no positional arguments");
  Value out[2] = {};
  if (!ParseArgs("sort", args, nargs, kwnames, {"key", "reverse"}, 0, out)) return Ref();
  Value key = out[0] && !IsNone(out[0]) ? out[0] : Value();
  bool reverse = false;
  if (out[1]) {
    int t = IsTrue(out[1]);
    if (t < 0) return Ref();
    reverse = t != 0;
  }
  if (ListSort(self, key, reverse) < 0) return Ref();
  return Ref::New(None());
}

// --- methods --------------------------------------------------------------------

Ref ListAppendMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("append", kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "list.append() takes exactly one argument ({} given)",
                       nargs);
  }
  if (ListAppend(self, args[0]) < 0) return Ref();
  return Ref::New(None());
}

Ref ListExtendMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("extend", kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "list.extend() takes exactly one argument ({} given)",
                       nargs);
  }
  if (ListExtend(self, args[0]) < 0) return Ref();
  return Ref::New(None());
}

int ListInsertAt(ListObject* l, int64_t i, Value v) {
  LockGuard g(l);
  int64_t n = l->size;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (!ListResize(l, n + 1)) return -1;
  std::memmove(l->items + i + 1, l->items + i, sizeof(Value) * (n - i));
  Incref(v);
  l->items[i] = v;
  return 0;
}

Ref ListInsertMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("insert", kwnames)) return Ref();
  if (nargs != 2) {
    return SetErrorFmt(TypeErrorType(), "insert expected 2 arguments, got {}", nargs);
  }
  int64_t i;
  if (!detail::SsizeArg(args[0], &i)) return Ref();
  if (ListInsertAt(AsList(self), i, args[1]) < 0) return Ref();
  return Ref::New(None());
}

// Index of the first item equal to v in [start, stop), -1 if none, -2 on
// error. *found (if given) receives the matching item.
int64_t FindItem(ListObject* l, Value v, int64_t start, int64_t stop, Ref* found = nullptr) {
  for (int64_t i = start; i < stop; i++) {
    Ref x = ItemRef(l, i);
    if (!x) break;
    int k = RichCompareBool(x.get(), v, CompareOp::kEq);
    if (k < 0) return -2;
    if (k > 0) {
      if (found != nullptr) *found = std::move(x);
      return i;
    }
  }
  return -1;
}

Ref ListRemoveMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("remove", kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "list.remove() takes exactly one argument ({} given)",
                       nargs);
  }
  ListObject* l = AsList(self);
  for (;;) {
    Ref found;
    int64_t i = FindItem(l, args[0], 0, INT64_MAX, &found);
    if (i == -2) return Ref();
    if (i == -1) return SetError(ValueErrorType(), "list.remove(x): x not in list");
    Ref old;  // released after the lock
    {
      LockGuard g(l);
      // The compare ran unlocked: remove only if the match is still there.
      if (i >= l->size || l->items[i] != found.get()) continue;
      old = Ref::Steal(l->items[i]);
      std::memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->size - i - 1));
      ListResize(l, l->size - 1);
    }
    return Ref::New(None());
  }
}

Ref ListPopMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("pop", kwnames) || !CheckArgCount("pop", nargs, 0, 1)) return Ref();
  int64_t i = -1;
  if (nargs == 1 && !detail::SsizeArg(args[0], &i)) return Ref();
  ListObject* l = AsList(self);
  {
    LockGuard g(l);
    if (l->size != 0) {
      if (i < 0) i += l->size;
      if (i >= 0 && i < l->size) {
        Ref item = Ref::Steal(l->items[i]);
        std::memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->size - i - 1));
        ListResize(l, l->size - 1);
        return item;
      }
    }
  }
  if (l->size == 0) return SetError(IndexErrorType(), "pop from empty list");
  return SetError(IndexErrorType(), "pop index out of range");
}

Ref ListIndexMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("index", kwnames) || !CheckArgCount("index", nargs, 1, 3)) return Ref();
  ListObject* l = AsList(self);
  int64_t start, stop;
  if (!detail::IndexMethodBounds(args + 1, nargs - 1, l->size, &start, &stop)) return Ref();
  int64_t i = FindItem(l, args[0], start, stop);
  if (i == -2) return Ref();
  if (i >= 0) return IntFromInt64(i);
  std::string r;
  if (!ReprText(args[0], &r)) return Ref();
  return SetErrorFmt(ValueErrorType(), "{} is not in list", r);
}

Ref ListCountMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("count", kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "list.count() takes exactly one argument ({} given)",
                       nargs);
  }
  ListObject* l = AsList(self);
  int64_t count = 0;
  for (int64_t i = 0;; i++) {
    Ref x = ItemRef(l, i);
    if (!x) break;
    int k = RichCompareBool(x.get(), args[0], CompareOp::kEq);
    if (k < 0) return Ref();
    count += k;
  }
  return IntFromInt64(count);
}

void ReverseItems(Value* items, int64_t n) {
  for (int64_t i = 0, j = n - 1; i < j; i++, j--) std::swap(items[i], items[j]);
}

Ref NoArgs(const char* name, size_t nargs, Value kwnames) {
  if (!NoKeywords(name, kwnames)) return Ref();
  if (nargs != 0) {
    return SetErrorFmt(TypeErrorType(), "{}() takes no arguments ({} given)", name, nargs);
  }
  return Ref::New(None());
}

Ref ListReverseMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("list.reverse", nargs, kwnames)) return Ref();
  LockGuard g(self);
  ReverseItems(AsList(self)->items, AsList(self)->size);
  return Ref::New(None());
}

Ref ListCopyMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("list.copy", nargs, kwnames)) return Ref();
  LockGuard g(self);
  return ListFromArray(AsList(self)->items, AsList(self)->size);
}

Ref ListClearMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("list.clear", nargs, kwnames)) return Ref();
  std::vector<Ref> old;  // released after the lock
  LockGuard g(self);
  TakeItems(AsList(self), &old);
  std::reverse(old.begin(), old.end());  // released last item first, as CPython
  return Ref::New(None());
}

Ref ListReversedMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("__reversed__", nargs, kwnames)) return Ref();
  return NewReversedListIter(self);
}

Ref ListGetItemMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("__getitem__", kwnames) || !CheckArgCount("__getitem__", nargs, 1, 1)) {
    return Ref();
  }
  return ListGetItem(self, args[0]);
}

Ref ListSetItemMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("__setitem__", kwnames) || !CheckArgCount("__setitem__", nargs, 2, 2)) {
    return Ref();
  }
  if (ListSetItem(self, args[0], args[1]) < 0) return Ref();
  return Ref::New(None());
}

Ref ListDelItemMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("__delitem__", kwnames) || !CheckArgCount("__delitem__", nargs, 1, 1)) {
    return Ref();
  }
  if (ListSetItem(self, args[0], Value()) < 0) return Ref();
  return Ref::New(None());
}

Ref ListContainsMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("__contains__", kwnames) || !CheckArgCount("__contains__", nargs, 1, 1)) {
    return Ref();
  }
  int k = ListContains(self, args[0]);
  if (k < 0) return Ref();
  return Ref::New(Bool(k));
}

Ref ListLenMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("__len__", nargs, kwnames)) return Ref();
  return IntFromInt64(AsList(self)->size);
}

Ref ListIterMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("__iter__", nargs, kwnames)) return Ref();
  return ListIter(self);
}

Ref ListInitMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("list", kwnames) || !CheckArgCount("list", nargs, 0, 1)) return Ref();
  std::vector<Ref> old;
  {
    LockGuard g(self);
    TakeItems(AsList(self), &old);
  }
  if (nargs == 1 && ListExtend(self, args[0]) < 0) return Ref();
  return Ref::New(None());
}

Ref ListNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  // A subclass gets an empty list here; list.__init__ fills it (CPython's split).
  bool exact = type == &ListType;
  if (exact && (!NoKeywords("list", kwnames) || !CheckArgCount("list", nargs, 0, 1))) {
    return Ref();
  }
  Object* o = AllocObject(type, std::max(type->basic_size, sizeof(ListObject)));
  if (o == nullptr) return Ref();
  Ref r = Ref::Steal(o);
  if (exact && nargs == 1 && ListExtend(r.get(), args[0]) < 0) return Ref();
  return r;
}

const MethodDef kListMethods[] = {
    {"append", ListAppendMethod},
    {"extend", ListExtendMethod},
    {"insert", ListInsertMethod},
    {"remove", ListRemoveMethod},
    {"pop", ListPopMethod},
    {"index", ListIndexMethod},
    {"count", ListCountMethod},
    {"sort", ListSortMethod},
    {"reverse", ListReverseMethod},
    {"copy", ListCopyMethod},
    {"clear", ListClearMethod},
    {"__reversed__", ListReversedMethod},
    {"__getitem__", ListGetItemMethod},
    {"__setitem__", ListSetItemMethod},
    {"__delitem__", ListDelItemMethod},
    {"__contains__", ListContainsMethod},
    {"__len__", ListLenMethod},
    {"__iter__", ListIterMethod},
    {"__init__", ListInitMethod},
    {nullptr, nullptr},
};

const MethodDef kListIterMethods[] = {
    {"__length_hint__", ListIterLengthHint},
    {nullptr, nullptr},
};

const MethodDef kListRevIterMethods[] = {
    {"__length_hint__", ListRevIterLengthHint},
    {nullptr, nullptr},
};

}  // namespace

// --- public API --------------------------------------------------------------------

Ref NewList(int64_t capacity) {
  Object* o = AllocObject(&ListType, sizeof(ListObject));
  if (o == nullptr) return Ref();
  Ref r = Ref::Steal(o);
  if (capacity > 0) {
    if (static_cast<uint64_t>(capacity) > (uint64_t{1} << 59)) return NoMemory();
    auto* l = AsList(r.get());
    l->items = static_cast<Value*>(gc::AllocateRaw(static_cast<size_t>(capacity) * sizeof(Value)));
    if (l->items == nullptr) return NoMemory();
    l->capacity = capacity;
  }
  return r;
}

Ref ListFromArray(const Value* items, int64_t n) {
  Ref r = NewList(n);
  if (!r) return Ref();
  ListObject* l = AsList(r.get());
  for (int64_t i = 0; i < n; i++) Incref(l->items[i] = items[i]);
  l->size = n;
  return r;
}

int ListAppend(Value list, Value item) {
  ListObject* l = AsList(list);
  LockGuard g(l);
  int64_t n = l->size;
  if (n < l->capacity) {
    Incref(item);
    l->items[n] = item;
    l->size = n + 1;
    return 0;
  }
  if (!ListResize(l, n + 1)) return -1;
  Incref(item);
  l->items[n] = item;
  return 0;
}

int ListExtend(Value list, Value iterable) {
  ListObject* l = AsList(list);
  if (IsList(iterable) || IsTuple(iterable)) {
    LockGuard2 g(list, iterable);  // a tuple's lock is never taken elsewhere: harmless
    int64_t n = IsList(iterable) ? ListSize(iterable) : TupleSize(iterable);
    if (n == 0) return 0;
    int64_t old = l->size;
    if (!ListResize(l, old + n)) return -1;
    // Read the source after the resize: `iterable` may be this list.
    const Value* src = IsList(iterable) ? AsList(iterable)->items : As<TupleObject>(iterable)->items;
    for (int64_t i = 0; i < n; i++) Incref(l->items[old + i] = src[i]);
    return 0;
  }
  Ref it = GetIter(iterable);
  if (!it) return -1;
  for (;;) {
    Ref item = IterNext(it.get());
    if (!item) return ErrorOccurred() ? -1 : 0;
    if (ListAppend(list, item.get()) < 0) return -1;
  }
}

Ref ListFromIterable(Value iterable) {
  Ref r = NewList(0);
  if (!r) return Ref();
  if (ListExtend(r.get(), iterable) < 0) return Ref();
  return r;
}

// True if comparing any two of the items runs no Python code and cannot
// block: exact ints, floats and strs. Such a list is sorted under its lock,
// so other threads never see it empty.
bool SortsWithoutPythonCode(const ListObject* l) {
  for (int64_t i = 0; i < l->size; i++) {
    Value v = l->items[i];
    if (v.is_small_int()) continue;
    TypeObject* t = v.type();
    if (t != &IntType && t != &FloatType && t != &StrType) return false;
  }
  return true;
}

int ListSort(Value list, Value key, bool reverse) {
  ListObject* l = AsList(list);
  if (!key) {
    LockGuard g(l);
    if (SortsWithoutPythonCode(l)) {
      std::vector<SortItem> items(static_cast<size_t>(l->size));
      for (int64_t i = 0; i < l->size; i++) items[i] = {l->items[i], l->items[i]};
      if (reverse) std::reverse(items.begin(), items.end());
      bool ok = MergeSorter(items).Sort();  // int/float/str compares never fail
      if (reverse) std::reverse(items.begin(), items.end());
      for (int64_t i = 0; i < l->size; i++) l->items[i] = items[i].value;
      return ok ? 0 : -1;
    }
  }
  // Empty the list for the duration of the sort (see the design comment).
  Value* saved;
  int64_t n, cap;
  {
    LockGuard g(l);
    saved = l->items;
    n = l->size;
    cap = l->capacity;
    l->items = nullptr;
    l->size = 0;
    l->capacity = 0;
  }

  std::vector<SortItem> items(static_cast<size_t>(n));
  std::vector<Ref> keys;
  bool ok = true;
  if (key) keys.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n && ok; i++) {
    items[i].value = saved[i];
    if (key) {
      Ref k = CallOneArg(key, saved[i]);
      if (!k) {
        ok = false;
        break;
      }
      items[i].key = k.get();
      keys.push_back(std::move(k));
    } else {
      items[i].key = saved[i];
    }
  }
  if (ok) {
    // reverse: reverse, sort stably, reverse back keeps equal items in order.
    if (reverse) std::reverse(items.begin(), items.end());
    ok = MergeSorter(items).Sort();
    if (reverse) std::reverse(items.begin(), items.end());
    // Even after a failed compare the items are a permutation of the list
    // (CPython also leaves the partially sorted order); values move with keys.
    for (int64_t i = 0; i < n; i++) saved[i] = items[i].value;
  }
  // Restore, dropping anything put in the list while it was being sorted.
  std::vector<Ref> junk;  // released after the lock
  bool mutated;
  {
    LockGuard g(l);
    mutated = l->items != nullptr || l->size != 0;
    TakeItems(l, &junk);
    l->items = saved;
    l->size = n;
    l->capacity = cap;
  }
  if (ok && mutated) {
    SetError(ValueErrorType(), "list modified during sort");
    return -1;
  }
  return ok ? 0 : -1;
}

Ref ListInplaceConcat(Value list, Value other) {
  if (ListExtend(list, other) < 0) return Ref();
  return Ref::New(list);
}

Ref ListInplaceRepeat(Value list, Value n) {
  int64_t count;
  if (!RepeatCountFor(n, &count)) return Ref();
  ListObject* l = AsList(list);
  std::vector<Ref> old;  // released after the lock
  LockGuard g(l);
  if (count <= 0) {
    TakeItems(l, &old);
    return Ref::New(list);
  }
  int64_t size = l->size;
  if (size != 0 && count > INT64_MAX / 16 / size) return NoMemory();
  if (!ListResize(l, size * count)) return Ref();
  for (int64_t c = 1; c < count; c++) {
    for (int64_t i = 0; i < size; i++) Incref(l->items[c * size + i] = l->items[i]);
  }
  return Ref::New(list);
}

Ref ListGetItemRef(Value list, int64_t i) { return ItemRef(AsList(list), i); }

Ref ListToTuple(Value list) {
  ListObject* l = AsList(list);
  LockGuard g(l);
  return TupleFromArray(l->items, l->size);
}

Ref NewReversedListIter(Value list) {
  return NewListIterOf(&ListRevIterType, list, ListSize(list) - 1);
}

void InitListType() {
  ListType.name = "list";
  ListType.type_flags = kTypeBaseType | kTypeListSubclass;
  ListType.basic_size = sizeof(ListObject);
  ListType.hooks.dealloc = ListDealloc;
  ListType.hooks.traverse = ListTraverse;
  ListType.hooks.clear = ListClearHook;
  ListType.repr = ListRepr;
  ListType.richcompare = ListRichCompare;
  ListType.len = ListLen;
  ListType.getitem = ListGetItem;
  ListType.setitem = ListSetItem;
  ListType.contains = ListContains;
  ListType.iter = ListIter;
  ListType.number.add = ListConcat;
  ListType.number.multiply = ListRepeat;
  ListType.new_ = ListNew;
  ListType.methods = kListMethods;
  InitStaticType(&ListType);
  // Lists are unhashable even though object defines a hash.
  ListType.hash = nullptr;

  ListIterType.name = "list_iterator";
  ListIterType.basic_size = sizeof(ListIterObject);
  ListIterType.hooks.dealloc = ListIterDealloc;
  ListIterType.hooks.traverse = ListIterTraverse;
  ListIterType.iter = detail::SelfIter;
  ListIterType.next = ListIterNext;
  ListIterType.methods = kListIterMethods;
  InitStaticType(&ListIterType);

  ListRevIterType.name = "list_reverseiterator";
  ListRevIterType.basic_size = sizeof(ListIterObject);
  ListRevIterType.hooks.dealloc = ListIterDealloc;
  ListRevIterType.hooks.traverse = ListIterTraverse;
  ListRevIterType.iter = detail::SelfIter;
  ListRevIterType.next = ListRevIterNext;
  ListRevIterType.methods = kListRevIterMethods;
  InitStaticType(&ListRevIterType);
}

}  // namespace gilectomy::rt
