// The heapq module: CPython's binary min-heap on a list (the same sift
// algorithms, so the list holds the same permutation after every call),
// nsmallest/nlargest, and merge.
//
// Comparisons may run Python code that resizes the heap; like CPython, each
// sift re-checks the size after every comparison ("list changed size during
// iteration") and moves items by swapping, so the list always owns exactly
// its items.
//
// nsmallest(n, it, key) and nlargest are computed as sorted(it, key=key)[:n]
// and sorted(it, key=key, reverse=True)[:n], which is how the documentation
// defines their results (CPython reaches the same list with a bounded heap;
// only the number of comparisons differs). merge() picks, at each step, the
// smallest head (largest when reverse), ties going to the earliest iterable,
// which is the order CPython's heap of [value, order, next] entries gives.
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/native_modules.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

TypeObject MergeType;

ErrorTag SizeChanged() {
  return SetError(RuntimeErrorType(), "list changed size during iteration");
}

void Swap(ListObject* l, int64_t i, int64_t j) { std::swap(l->items[i], l->items[j]); }

// Moves the item at pos up toward startpos while it is smaller than its parent.
int SiftDown(ListObject* l, int64_t startpos, int64_t pos) {
  int64_t size = l->size;
  while (pos > startpos) {
    int64_t parentpos = (pos - 1) >> 1;
    Ref newitem = Ref::New(l->items[pos]);
    Ref parent = Ref::New(l->items[parentpos]);
    int lt = RichCompareBool(newitem.get(), parent.get(), CompareOp::kLt);
    if (lt < 0) return -1;
    if (size != l->size) return SizeChanged();
    if (!lt) break;
    Swap(l, pos, parentpos);
    pos = parentpos;
  }
  return 0;
}

// Moves the smaller child up until a leaf, then sifts the item back down.
int SiftUp(ListObject* l, int64_t pos) {
  int64_t endpos = l->size, startpos = pos, limit = endpos >> 1;
  while (pos < limit) {
    int64_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      Ref a = Ref::New(l->items[childpos]);
      Ref b = Ref::New(l->items[childpos + 1]);
      int lt = RichCompareBool(a.get(), b.get(), CompareOp::kLt);
      if (lt < 0) return -1;
      if (endpos != l->size) return SizeChanged();
      if (!lt) childpos++;
    }
    Swap(l, childpos, pos);
    pos = childpos;
  }
  return SiftDown(l, startpos, pos);
}

ListObject* HeapArg(const char* name, Value v) {
  if (IsList(v)) return As<ListObject>(v);
  SetErrorFmt(TypeErrorType(), "{}() argument 1 must be list, not {}", name, TypeName(v));
  return nullptr;
}

bool TwoArgs(const char* name, size_t nargs, Value kwnames) {
  return NoKeywords(name, kwnames) && CheckArgCount(name, nargs, 2, 2);
}

Ref Heapq_heappush(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!TwoArgs("heappush", nargs, kwnames)) return Ref();
  ListObject* l = HeapArg("heappush", args[0]);
  if (l == nullptr || ListAppend(args[0], args[1]) < 0) return Ref();
  if (SiftDown(l, 0, l->size - 1) < 0) return Ref();
  return Ref::New(None());
}

// Removes and returns the last item of a non-empty list.
Ref PopLast(ListObject* l) {
  Value last = l->items[--l->size];
  l->items[l->size] = Value();
  return Ref::Steal(last);
}

Ref Heapq_heappop(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("heappop", kwnames) || !CheckArgCount("_heapq.heappop", nargs, 1, 1)) return Ref();
  ListObject* l = HeapArg("heappop", args[0]);
  if (l == nullptr) return Ref();
  if (l->size == 0) return SetError(IndexErrorType(), "index out of range");
  Ref last = PopLast(l);
  if (l->size == 0) return last;
  Ref top = Ref::Steal(l->items[0]);
  l->items[0] = last.release();
  if (SiftUp(l, 0) < 0) return Ref();
  return top;
}

Ref Heapq_heapreplace(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!TwoArgs("heapreplace", nargs, kwnames)) return Ref();
  ListObject* l = HeapArg("heapreplace", args[0]);
  if (l == nullptr) return Ref();
  if (l->size == 0) return SetError(IndexErrorType(), "index out of range");
  Ref top = Ref::Steal(l->items[0]);
  Incref(l->items[0] = args[1]);
  if (SiftUp(l, 0) < 0) return Ref();
  return top;
}

Ref Heapq_heappushpop(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!TwoArgs("heappushpop", nargs, kwnames)) return Ref();
  ListObject* l = HeapArg("heappushpop", args[0]);
  if (l == nullptr) return Ref();
  if (l->size == 0) return Ref::New(args[1]);
  Ref top = Ref::New(l->items[0]);
  int lt = RichCompareBool(top.get(), args[1], CompareOp::kLt);
  if (lt < 0) return Ref();
  if (!lt) return Ref::New(args[1]);
  if (l->size == 0) return SetError(IndexErrorType(), "index out of range");
  Ref old = Ref::Steal(l->items[0]);
  Incref(l->items[0] = args[1]);
  if (SiftUp(l, 0) < 0) return Ref();
  return old;
}

Ref Heapq_heapify(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("heapify", kwnames) || !CheckArgCount("_heapq.heapify", nargs, 1, 1)) return Ref();
  if (!IsList(args[0])) {
    return SetErrorFmt(TypeErrorType(), "heapify() argument must be list, not {}", TypeName(args[0]));
  }
  ListObject* l = As<ListObject>(args[0]);
  for (int64_t i = l->size / 2 - 1; i >= 0; i--) {
    if (SiftUp(l, i) < 0) return Ref();
  }
  return Ref::New(None());
}

// nsmallest/nlargest(n, iterable, key=None).
Ref NBest(const char* name, const Value* args, size_t nargs, Value kwnames, bool largest) {
  Value a[3] = {};
  if (nargs > 3) {
    return SetErrorFmt(TypeErrorType(), "{}() takes from 2 to 3 positional arguments but {} were given",
                       name, nargs);
  }
  if (!ParseArgs(name, args, nargs, kwnames, {"n", "iterable", "key"}, 0, a)) return Ref();
  if (!a[0] || !a[1]) {
    return SetErrorFmt(TypeErrorType(), "{}() missing {} required positional argument{}: {}", name,
                       a[0] ? 1 : 2, a[0] ? "" : "s", a[0] ? "'iterable'" : "'n' and 'iterable'");
  }
  int64_t n;
  if (!AsSsizeArg(a[0], &n)) return Ref();
  Ref items = ListFromIterable(a[1]);
  if (!items) return Ref();
  if (n <= 0) return NewList(0);
  Value key = a[2] && !IsNone(a[2]) ? a[2] : Value();
  if (ListSort(items.get(), key, largest) < 0) return Ref();
  ListObject* l = As<ListObject>(items.get());
  if (n >= l->size) return items;
  return ListFromArray(l->items, n);
}

Ref Heapq_nsmallest(Value, const Value* a, size_t n, Value k) {
  return NBest("nsmallest", a, n, k, false);
}
Ref Heapq_nlargest(Value, const Value* a, size_t n, Value k) {
  return NBest("nlargest", a, n, k, true);
}

// --- merge ---------------------------------------------------------------------

struct MergeObject : Object {
  Value iters;  // list of iterators (owned); null when exhausted
  Value heads;  // list of (key, value) pairs or None for exhausted iterators; null before start
  Value key;    // owned or null
  bool reverse;
};

void MergeDealloc(gc::Header* h) {
  auto* m = static_cast<MergeObject*>(h);
  Decref(m->iters);
  Decref(m->heads);
  Decref(m->key);
  FreeObject(h);
}

void MergeTraverse(gc::Header* h, gc::Visitor& v) {
  auto* m = static_cast<MergeObject*>(h);
  detail::VisitValue(v, m->iters);
  detail::VisitValue(v, m->heads);
  detail::VisitValue(v, m->key);
}

// Reads iterator i's next item into heads[i] as (key, value), or None.
bool Advance(MergeObject* m, int64_t i) {
  Ref item = IterNext(ListItem(m->iters, i));
  Ref entry;
  if (!item) {
    if (ErrorOccurred()) return false;
    entry = Ref::New(None());
  } else {
    Ref k = m->key ? CallOneArg(m->key, item.get()) : Ref::New(item.get());
    if (!k) return false;
    entry = MakeTuple({k.get(), item.get()});
    if (!entry) return false;
  }
  return SetItem(m->heads, Value::SmallInt(i), entry.get()) == 0;
}

Ref MergeNext(Value self) {
  auto* m = static_cast<MergeObject*>(self.obj());
  if (!m->iters) return Ref();
  int64_t n = ListSize(m->iters);
  if (!m->heads) {
    Ref heads = NewList(0);
    if (!heads) return Ref();
    for (int64_t i = 0; i < n; i++) {
      if (ListAppend(heads.get(), None()) < 0) return Ref();
    }
    m->heads = heads.release();
    for (int64_t i = 0; i < n; i++) {
      if (!Advance(m, i)) return Ref();
    }
  }
  int64_t best = -1;
  Ref best_entry;
  for (int64_t i = 0; i < n; i++) {
    Ref entry = Ref::New(ListItem(m->heads, i));
    if (IsNone(entry.get())) continue;
    if (best >= 0) {
      Value x = TupleItem(entry.get(), 0), y = TupleItem(best_entry.get(), 0);
      int better = m->reverse ? RichCompareBool(y, x, CompareOp::kLt)
                              : RichCompareBool(x, y, CompareOp::kLt);
      if (better < 0) return Ref();
      if (!better) continue;
    }
    best = i;
    best_entry = std::move(entry);
  }
  if (best < 0) {
    Value old = m->iters;
    m->iters = Value();
    Decref(old);
    return Ref();
  }
  Ref value = Ref::New(TupleItem(best_entry.get(), 1));
  if (!Advance(m, best)) return Ref();
  return value;
}

Ref Heapq_merge(Value, const Value* args, size_t nargs, Value kwnames) {
  Value key, reverse;
  for (int64_t i = 0; kwnames && i < TupleSize(kwnames); i++) {
    std::string_view name = StrView(TupleItem(kwnames, i));
    if (name == "key") {
      key = args[nargs + i];
    } else if (name == "reverse") {
      reverse = args[nargs + i];
    } else {
      return SetErrorFmt(TypeErrorType(), "merge() got an unexpected keyword argument '{}'", name);
    }
  }
  int rev = reverse ? IsTrue(reverse) : 0;
  if (rev < 0) return Ref();
  Ref iters = NewList(0);
  if (!iters) return Ref();
  for (size_t i = 0; i < nargs; i++) {
    Ref it = GetIter(args[i]);
    if (!it || ListAppend(iters.get(), it.get()) < 0) return Ref();
  }
  auto* m = static_cast<MergeObject*>(AllocObject(&MergeType, sizeof(MergeObject)));
  if (m == nullptr) return Ref();
  m->iters = iters.release();
  if (key && !IsNone(key)) Incref(m->key = key);
  m->reverse = rev == 1;
  return Ref::Steal(m);
}

const MethodDef kHeapqFunctions[] = {
    {"heappush", Heapq_heappush},   {"heappop", Heapq_heappop},
    {"heapreplace", Heapq_heapreplace}, {"heappushpop", Heapq_heappushpop},
    {"heapify", Heapq_heapify},     {"nsmallest", Heapq_nsmallest},
    {"nlargest", Heapq_nlargest},   {"merge", Heapq_merge},
    {nullptr, nullptr},
};

}  // namespace

void InitHeapqTypes() {
  MergeType.name = "generator";
  MergeType.basic_size = sizeof(MergeObject);
  MergeType.hooks.dealloc = MergeDealloc;
  MergeType.hooks.traverse = MergeTraverse;
  MergeType.iter = detail::SelfIter;
  MergeType.next = MergeNext;
  InitStaticType(&MergeType);
}

Ref CreateHeapqModule() {
  Ref mod = NewModule("heapq");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kHeapqFunctions);
  return mod;
}

}  // namespace gilectomy::rt
