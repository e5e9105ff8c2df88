// The itertools module: native iterator types producing CPython 3.11's
// sequences in CPython's order (the combinatoric generators follow the
// algorithms of the itertools documentation, which CPython implements).
//
// Every itertools iterator is one ItObject: a few owned Value slots, a few
// integers and an optional index vector, whose meaning each type documents
// beside its functions. One layout means one dealloc and one traverse for
// all of them. An exhausted iterator drops what it holds (CPython does the
// same for most of them), so a finished iterator keeps nothing alive.
//
// tee() shares a chain of TeeBlocks (up to kTeeBlockSize items each)
// between its iterators; each iterator holds the block it reads, so a block
// is freed once every iterator has moved past it.
#include <algorithm>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/native_modules.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

TypeObject CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType,
    DropWhileType, TakeWhileType, FilterFalseType, GroupByType, GrouperType, ISliceType,
    StarMapType, TeeType, TeeBlockType, ZipLongestType, ProductType, PermutationsType,
    CombinationsType, CombinationsWithReplacementType, PairwiseType;

constexpr int kSlots = 5;

struct ItObject : Object {
  Value v[kSlots];                // owned (null when unused or dropped)
  int64_t n[3];                   // per-type counters
  std::vector<int64_t>* indices;  // combinatorics: owned, or null
  Object* raw;                    // groupby: its current _grouper (identity only, not owned)
};

ItObject* It(Value v) { return static_cast<ItObject*>(v.obj()); }

void ItDeallocBody(gc::Header* h) {
  auto* o = static_cast<ItObject*>(h);
  for (Value& v : o->v) Decref(v);
  delete o->indices;
  FreeObject(h);
}

// Tee blocks form chains; freeing a long chain must not recurse per block.
void ItDealloc(gc::Header* h) { detail::DeallocWithoutRecursion(h, ItDeallocBody); }

void ItTraverse(gc::Header* h, gc::Visitor& vis) {
  for (Value v : static_cast<ItObject*>(h)->v) detail::VisitValue(vis, v);
}

ItObject* NewIt(TypeObject* type) {
  return static_cast<ItObject*>(AllocObject(type, sizeof(ItObject)));
}

// Replaces an owned slot (the old value is released after the store).
void SetSlot(Value& slot, Ref v) {
  Value old = slot;
  slot = v.release();
  Decref(old);
}
void ClearSlot(Value& slot) { SetSlot(slot, Ref()); }

bool NoKw(const char* name, Value kwnames) { return NoKeywords(name, kwnames); }

// "name expected N arguments, got M" (CPython's _PyArg_CheckPositional).
bool Positional(const char* name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    SetErrorFmt(TypeErrorType(), "{} expected {} argument{}, got {}", name, min,
                min == 1 ? "" : "s", nargs);
  } else if (nargs < min) {
    SetErrorFmt(TypeErrorType(), "{} expected at least {} argument{}, got {}", name, min,
                min == 1 ? "" : "s", nargs);
  } else {
    SetErrorFmt(TypeErrorType(), "{} expected at most {} argument{}, got {}", name, max,
                max == 1 ? "" : "s", nargs);
  }
  return false;
}

// A tuple of the items of `pool` (tuples are shared).
Ref AsTuple(Value v) {
  if (v.type() == &TupleType) return Ref::New(v);
  return CallOneArg(Value::FromObject(&TupleType), v);
}

// --- count(start=0, step=1): v0 = next value, v1 = step -------------------------

bool IsNumber(Value v) {
  return IsInt(v) || Is<FloatObject>(v) || v.type()->number.add != nullptr;
}

Ref CountNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("count", args, nargs, kwnames, {"start", "step"}, 0, a)) return Ref();
  Value start = a[0] ? a[0] : Value::SmallInt(0);
  Value step = a[1] ? a[1] : Value::SmallInt(1);
  if (!IsNumber(start) || !IsNumber(step) || IsStr(start) || IsStr(step)) {
    return SetError(TypeErrorType(), "a number is required");
  }
  ItObject* c = NewIt(type);
  if (c == nullptr) return Ref();
  Incref(c->v[0] = start);
  Incref(c->v[1] = step);
  return Ref::Steal(c);
}

Ref CountNext(Value self) {
  ItObject* c = It(self);
  Ref next = BinaryOp(c->v[0], c->v[1], BinOp::kAdd);
  if (!next) return Ref();
  Ref cur = Ref::New(c->v[0]);
  SetSlot(c->v[0], std::move(next));
  return cur;
}

Ref CountRepr(Value self) {
  ItObject* c = It(self);
  std::string out = "count(";
  if (!detail::AppendRepr(out, c->v[0])) return Ref();
  if (!(c->v[1].is_small_int() && c->v[1].small_int() == 1)) {
    out += ", ";
    if (!detail::AppendRepr(out, c->v[1])) return Ref();
  }
  out += ')';
  return StrFromUtf8(out);
}

// --- cycle(iterable): v0 = iterator (null after the first pass), v1 = saved list;
//     n0 = index into saved ----------------------------------------------------------

Ref CycleNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("cycle", kwnames) || !Positional("cycle", nargs, 1, 1)) return Ref();
  Ref it = GetIter(args[0]);
  Ref saved = NewList(0);
  if (!it || !saved) return Ref();
  ItObject* c = NewIt(type);
  if (c == nullptr) return Ref();
  c->v[0] = it.release();
  c->v[1] = saved.release();
  return Ref::Steal(c);
}

Ref CycleNext(Value self) {
  ItObject* c = It(self);
  if (c->v[0]) {
    Ref item = IterNext(c->v[0]);
    if (item) {
      if (ListAppend(c->v[1], item.get()) < 0) return Ref();
      return item;
    }
    if (ErrorOccurred()) return Ref();
    ClearSlot(c->v[0]);
  }
  int64_t n = ListSize(c->v[1]);
  if (n == 0) return Ref();
  Ref item = Ref::New(ListItem(c->v[1], c->n[0]));
  c->n[0] = (c->n[0] + 1) % n;
  return item;
}

// --- repeat(object[, times]): v0 = object; n0 = remaining (-1: forever) ------------

Ref RepeatNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("repeat", args, nargs, kwnames, {"object", "times"}, 1, a)) return Ref();
  int64_t times = -1;
  if (a[1]) {
    if (!AsSsizeArg(a[1], &times)) return Ref();
    if (times < 0) times = 0;
  }
  ItObject* r = NewIt(type);
  if (r == nullptr) return Ref();
  Incref(r->v[0] = a[0]);
  r->n[0] = times;
  return Ref::Steal(r);
}

Ref RepeatNext(Value self) {
  ItObject* r = It(self);
  if (r->n[0] == 0) return Ref();
  if (r->n[0] > 0) r->n[0]--;
  return Ref::New(r->v[0]);
}

Ref RepeatRepr(Value self) {
  ItObject* r = It(self);
  std::string out = "repeat(";
  if (!detail::AppendRepr(out, r->v[0])) return Ref();
  if (r->n[0] >= 0) out += fmt::format(", {}", r->n[0]);
  out += ')';
  return StrFromUtf8(out);
}

Ref RepeatLengthHint(Value self, const Value*, size_t, Value) {
  ItObject* r = It(self);
  if (r->n[0] < 0) return SetError(TypeErrorType(), "len() of unsized object");
  return IntFromInt64(r->n[0]);
}

const MethodDef kRepeatMethods[] = {{"__length_hint__", RepeatLengthHint}, {nullptr, nullptr}};

// --- accumulate(iterable, func=None, *, initial=None):
//     v0 = iterator, v1 = func, v2 = running total, v3 = initial (until yielded) -------

Ref AccumulateNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (nargs > 2) {
    return SetErrorFmt(TypeErrorType(), "accumulate() takes at most 2 positional arguments ({} given)", nargs);
  }
  if (!ParseArgs("accumulate", args, nargs, kwnames, {"iterable", "func", "initial"}, 1, a)) {
    return Ref();
  }
  Ref it = GetIter(a[0]);
  if (!it) return Ref();
  ItObject* acc = NewIt(type);
  if (acc == nullptr) return Ref();
  acc->v[0] = it.release();
  if (a[1] && !IsNone(a[1])) Incref(acc->v[1] = a[1]);
  if (a[2] && !IsNone(a[2])) Incref(acc->v[3] = a[2]);
  return Ref::Steal(acc);
}

Ref AccumulateNext(Value self) {
  ItObject* acc = It(self);
  if (acc->v[3]) {
    Ref init = Ref::New(acc->v[3]);
    ClearSlot(acc->v[3]);
    SetSlot(acc->v[2], Ref::New(init.get()));
    return init;
  }
  if (!acc->v[0]) return Ref();
  Ref item = IterNext(acc->v[0]);
  if (!item) return Ref();
  Ref total;
  if (!acc->v[2]) {
    total = std::move(item);
  } else if (acc->v[1]) {
    Value pair[2] = {acc->v[2], item.get()};
    total = Call(acc->v[1], pair, 2);
  } else {
    total = BinaryOp(acc->v[2], item.get(), BinOp::kAdd);
  }
  if (!total) return Ref();
  SetSlot(acc->v[2], Ref::New(total.get()));
  return total;
}

// --- chain(*iterables): v0 = iterator over the iterables, v1 = current iterator -----

Ref NewChain(TypeObject* type, Ref source) {
  ItObject* c = NewIt(type);
  if (c == nullptr) return Ref();
  c->v[0] = source.release();
  return Ref::Steal(c);
}

Ref ChainNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("chain", kwnames)) return Ref();
  Ref t = TupleFromArray(args, static_cast<int64_t>(nargs));
  if (!t) return Ref();
  Ref source = GetIter(t.get());
  if (!source) return Ref();
  return NewChain(type, std::move(source));
}

Ref ChainFromIterable(Value type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("from_iterable", kwnames) ||
      !CheckArgCount("chain.from_iterable", nargs, 1, 1)) {
    return Ref();
  }
  Ref source = GetIter(args[0]);
  if (!source) return Ref();
  return NewChain(static_cast<TypeObject*>(type.obj()), std::move(source));
}

Ref ChainNext(Value self) {
  ItObject* c = It(self);
  while (c->v[0]) {
    if (!c->v[1]) {
      Ref iterable = IterNext(c->v[0]);
      if (!iterable) {
        if (ErrorOccurred()) return Ref();
        ClearSlot(c->v[0]);
        return Ref();
      }
      Ref it = GetIter(iterable.get());
      if (!it) return Ref();
      SetSlot(c->v[1], std::move(it));
    }
    Ref item = IterNext(c->v[1]);
    if (item || ErrorOccurred()) return item;
    ClearSlot(c->v[1]);
  }
  return Ref();
}

const MethodDef kChainMethods[] = {
    {"from_iterable", ChainFromIterable, MethodDef::kClass},
    {nullptr, nullptr},
};

// --- compress(data, selectors): v0 = data iterator, v1 = selector iterator ----------

Ref CompressNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("compress", args, nargs, kwnames, {"data", "selectors"}, 2, a)) return Ref();
  Ref data = GetIter(a[0]);
  if (!data) return Ref();
  Ref sel = GetIter(a[1]);
  if (!sel) return Ref();
  ItObject* c = NewIt(type);
  if (c == nullptr) return Ref();
  c->v[0] = data.release();
  c->v[1] = sel.release();
  return Ref::Steal(c);
}

Ref CompressNext(Value self) {
  ItObject* c = It(self);
  if (!c->v[0]) return Ref();
  for (;;) {
    Ref item = IterNext(c->v[0]);
    if (!item) break;
    Ref sel = IterNext(c->v[1]);
    if (!sel) break;
    int t = IsTrue(sel.get());
    if (t < 0) return Ref();
    if (t) return item;
  }
  if (ErrorOccurred()) return Ref();
  ClearSlot(c->v[0]);
  ClearSlot(c->v[1]);
  return Ref();
}

// --- dropwhile / takewhile / filterfalse (predicate, iterable):
//     v0 = predicate, v1 = iterator; n0 = dropwhile: done dropping / takewhile: stopped --

Ref PredicateNew(const char* name, TypeObject* type, const Value* args, size_t nargs,
                 Value kwnames) {
  if (!NoKw(name, kwnames) || !Positional(name, nargs, 2, 2)) return Ref();
  Ref it = GetIter(args[1]);
  if (!it) return Ref();
  ItObject* p = NewIt(type);
  if (p == nullptr) return Ref();
  Incref(p->v[0] = args[0]);
  p->v[1] = it.release();
  return Ref::Steal(p);
}

// predicate(item) as 1/0/-1; a None predicate (filterfalse) tests the item.
int Test(Value pred, Value item) {
  if (IsNone(pred)) return IsTrue(item);
  Ref r = CallOneArg(pred, item);
  if (!r) return -1;
  return IsTrue(r.get());
}

Ref DropWhileNew(TypeObject* t, const Value* a, size_t n, Value k) {
  return PredicateNew("dropwhile", t, a, n, k);
}
Ref TakeWhileNew(TypeObject* t, const Value* a, size_t n, Value k) {
  return PredicateNew("takewhile", t, a, n, k);
}
Ref FilterFalseNew(TypeObject* t, const Value* a, size_t n, Value k) {
  return PredicateNew("filterfalse", t, a, n, k);
}

Ref DropWhileNext(Value self) {
  ItObject* p = It(self);
  for (;;) {
    Ref item = IterNext(p->v[1]);
    if (!item) return Ref();
    if (p->n[0]) return item;
    int t = Test(p->v[0], item.get());
    if (t < 0) return Ref();
    if (!t) {
      p->n[0] = 1;
      return item;
    }
  }
}

Ref TakeWhileNext(Value self) {
  ItObject* p = It(self);
  if (p->n[0]) return Ref();
  Ref item = IterNext(p->v[1]);
  if (!item) return Ref();
  int t = Test(p->v[0], item.get());
  if (t < 0) return Ref();
  if (t) return item;
  p->n[0] = 1;
  return Ref();
}

Ref FilterFalseNext(Value self) {
  ItObject* p = It(self);
  for (;;) {
    Ref item = IterNext(p->v[1]);
    if (!item) return Ref();
    int t = Test(p->v[0], item.get());
    if (t < 0) return Ref();
    if (!t) return item;
  }
}

// --- groupby(iterable, key=None): v0 = iterator, v1 = key function (or null),
//     v2 = target key, v3 = current key, v4 = current value; raw = current _grouper.
//     _grouper: v0 = parent groupby, v1 = its target key.
//
// A _grouper yields only while it is its parent's current grouper: advancing
// the groupby invalidates the previous group (CPython 3.11 behaviour).

Ref GroupByNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("groupby", args, nargs, kwnames, {"iterable", "key"}, 1, a)) return Ref();
  Ref it = GetIter(a[0]);
  if (!it) return Ref();
  ItObject* g = NewIt(type);
  if (g == nullptr) return Ref();
  g->v[0] = it.release();
  if (a[1] && !IsNone(a[1])) Incref(g->v[1] = a[1]);
  return Ref::Steal(g);
}

// Reads the next value and its key: 1 ok, 0 exhausted, -1 error.
int GroupByStep(ItObject* g) {
  Ref value = IterNext(g->v[0]);
  if (!value) return ErrorOccurred() ? -1 : 0;
  Ref key = g->v[1] ? CallOneArg(g->v[1], value.get()) : Ref::New(value.get());
  if (!key) return -1;
  SetSlot(g->v[4], std::move(value));
  SetSlot(g->v[3], std::move(key));
  return 1;
}

Ref GroupByNext(Value self) {
  ItObject* g = It(self);
  g->raw = nullptr;
  for (;;) {
    if (!g->v[3]) {
      // no current key: read one
    } else if (!g->v[2]) {
      break;
    } else {
      int eq = RichCompareBool(g->v[2], g->v[3], CompareOp::kEq);
      if (eq < 0) return Ref();
      if (eq == 0) break;
    }
    int r = GroupByStep(g);
    if (r <= 0) return Ref();
  }
  SetSlot(g->v[2], Ref::New(g->v[3]));
  ItObject* grouper = NewIt(&GrouperType);
  if (grouper == nullptr) return Ref();
  Ref gr = Ref::Steal(grouper);
  Incref(grouper->v[0] = self);
  Incref(grouper->v[1] = g->v[2]);
  g->raw = grouper;
  return MakeTuple({g->v[3], gr.get()});
}

Ref GrouperNext(Value self) {
  ItObject* gr = It(self);
  ItObject* g = It(gr->v[0]);
  if (g->raw != gr) return Ref();
  if (!g->v[4]) {
    if (GroupByStep(g) <= 0) return Ref();
  }
  int eq = RichCompareBool(gr->v[1], g->v[3], CompareOp::kEq);
  if (eq <= 0) return Ref();
  Ref value = Ref::New(g->v[4]);
  ClearSlot(g->v[4]);
  ClearSlot(g->v[3]);
  return value;
}

// --- islice(iterable, stop) / islice(iterable, start, stop[, step]):
//     v0 = iterator (null when done); n0 = next index to yield, n1 = stop (-1: none),
//     n2 = step; indices holds one counter: items consumed --------------------------

bool SliceArg(Value v, int64_t* out, const char* msg) {
  if (IsNone(v)) return true;
  int64_t x = -1;
  if (IsInt(v) || v.type()->number.index != nullptr) {
    if (!IndexToInt64(v, ValueErrorType(), &x)) {
      if (!ErrorMatches(ValueErrorType())) return false;
      ClearError();
      x = -1;
    }
  }
  if (x < 0) {
    SetError(ValueErrorType(), msg);
    return false;
  }
  *out = x;
  return true;
}

Ref ISliceNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("islice", kwnames) || !Positional("islice", nargs, 2, 4)) return Ref();
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (!SliceArg(args[1], &stop,
                  "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")) {
      return Ref();
    }
  } else {
    const char* msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (!SliceArg(args[1], &start, msg) || !SliceArg(args[2], &stop, msg)) return Ref();
    if (nargs == 4 && !IsNone(args[3])) {
      int64_t s = -1;
      if (IsInt(args[3])) {
        if (!IntAsInt64(args[3], &s)) {
          ClearError();
          s = IntSign(args[3]) > 0 ? INT64_MAX : -1;
        }
      }
      if (s <= 0) {
        return SetError(ValueErrorType(), "Step for islice() must be a positive integer or None.");
      }
      step = s;
    }
  }
  Ref it = GetIter(args[0]);
  if (!it) return Ref();
  ItObject* s = NewIt(type);
  if (s == nullptr) return Ref();
  s->v[0] = it.release();
  s->n[0] = start;
  s->n[1] = stop;
  s->n[2] = step;
  s->indices = new std::vector<int64_t>(1, 0);
  return Ref::Steal(s);
}

Ref ISliceNext(Value self) {
  ItObject* s = It(self);
  if (!s->v[0]) return Ref();
  int64_t& consumed = (*s->indices)[0];
  int64_t stop = s->n[1];
  while (consumed < s->n[0]) {
    Ref skipped = IterNext(s->v[0]);
    if (!skipped) {
      if (!ErrorOccurred()) ClearSlot(s->v[0]);
      return Ref();
    }
    consumed++;
  }
  if (stop != -1 && consumed >= stop) {
    ClearSlot(s->v[0]);
    return Ref();
  }
  Ref item = IterNext(s->v[0]);
  if (!item) {
    if (!ErrorOccurred()) ClearSlot(s->v[0]);
    return Ref();
  }
  consumed++;
  int64_t old = s->n[0];
  s->n[0] += s->n[2];
  if (s->n[0] < old || (stop != -1 && s->n[0] > stop)) s->n[0] = stop;
  return item;
}

// --- starmap(function, iterable): v0 = function, v1 = iterator ---------------------

Ref StarMapNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("starmap", kwnames) || !Positional("starmap", nargs, 2, 2)) return Ref();
  Ref it = GetIter(args[1]);
  if (!it) return Ref();
  ItObject* s = NewIt(type);
  if (s == nullptr) return Ref();
  Incref(s->v[0] = args[0]);
  s->v[1] = it.release();
  return Ref::Steal(s);
}

Ref StarMapNext(Value self) {
  ItObject* s = It(self);
  Ref item = IterNext(s->v[1]);
  if (!item) return Ref();
  Ref t = AsTuple(item.get());
  if (!t) return Ref();
  auto* tup = As<TupleObject>(t.get());
  return Call(s->v[0], tup->items, static_cast<size_t>(tup->size));
}

// --- tee(iterable, n=2) ----------------------------------------------------------------
// _tee_dataobject (a TeeBlock): v0 = source iterator, v1 = list of up to
//   kTeeBlockSize items read so far, v2 = next block (or null).
// _tee: v0 = its current block; n0 = index into that block.

constexpr int64_t kTeeBlockSize = 57;

Ref NewTeeBlock(Value source) {
  ItObject* b = NewIt(&TeeBlockType);
  if (b == nullptr) return Ref();
  Ref block = Ref::Steal(b);
  Ref items = NewList(0);
  if (!items) return Ref();
  Incref(b->v[0] = source);
  b->v[1] = items.release();
  return block;
}

Ref NewTee(Value block, int64_t index) {
  ItObject* t = NewIt(&TeeType);
  if (t == nullptr) return Ref();
  Incref(t->v[0] = block);
  t->n[0] = index;
  return Ref::Steal(t);
}

Ref TeeNext(Value self) {
  ItObject* t = It(self);
  ItObject* b = It(t->v[0]);
  if (t->n[0] >= kTeeBlockSize) {
    if (!b->v[2]) {
      Ref next = NewTeeBlock(b->v[0]);
      if (!next) return Ref();
      SetSlot(b->v[2], std::move(next));
    }
    SetSlot(t->v[0], Ref::New(b->v[2]));
    b = It(t->v[0]);
    t->n[0] = 0;
  }
  if (t->n[0] < ListSize(b->v[1])) return Ref::New(ListItem(b->v[1], t->n[0]++));
  Ref item = IterNext(b->v[0]);
  if (!item) return Ref();
  if (ListAppend(b->v[1], item.get()) < 0) return Ref();
  t->n[0]++;
  return item;
}

Ref TeeCopy(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKw("__copy__", kwnames) || !CheckArgCount("__copy__", nargs, 0, 0)) return Ref();
  return NewTee(It(self)->v[0], It(self)->n[0]);
}

const MethodDef kTeeMethods[] = {{"__copy__", TeeCopy}, {nullptr, nullptr}};

Ref Itertools_tee(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("tee", kwnames) || !Positional("tee", nargs, 1, 2)) return Ref();
  int64_t n = 2;
  if (nargs == 2 && !AsSsizeArg(args[1], &n)) return Ref();
  if (n < 0) return SetError(ValueErrorType(), "n must be >= 0");
  Ref result = NewTuple(n);
  if (!result || n == 0) return result;
  Ref first;
  if (args[0].type() == &TeeType) {
    first = Ref::New(args[0]);  // a tee is its own first copy (CPython uses __copy__)
  } else {
    Ref it = GetIter(args[0]);
    if (!it) return Ref();
    Ref block = NewTeeBlock(it.get());
    if (!block) return Ref();
    first = NewTee(block.get(), 0);
  }
  if (!first) return Ref();
  for (int64_t i = 1; i < n; i++) {
    Ref copy = NewTee(It(first.get())->v[0], It(first.get())->n[0]);
    if (!copy) return Ref();
    TupleInit(result.get(), i, std::move(copy));
  }
  TupleInit(result.get(), 0, std::move(first));
  return result;
}

// --- zip_longest(*iterables, fillvalue=None): v0 = tuple of iterators (entries
//     become None when exhausted), v1 = fill value; n0 = iterators still active ------

Ref ZipLongestNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value fill = None();
  for (int64_t i = 0; kwnames && i < TupleSize(kwnames); i++) {
    std::string_view name = StrView(TupleItem(kwnames, i));
    if (name != "fillvalue") {
      return SetError(TypeErrorType(), "zip_longest() got an unexpected keyword argument");
    }
    fill = args[nargs + i];
  }
  Ref iters = NewList(0);
  if (!iters) return Ref();
  for (size_t i = 0; i < nargs; i++) {
    Ref it = GetIter(args[i]);
    if (!it || ListAppend(iters.get(), it.get()) < 0) return Ref();
  }
  ItObject* z = NewIt(type);
  if (z == nullptr) return Ref();
  z->v[0] = iters.release();
  Incref(z->v[1] = fill);
  z->n[0] = static_cast<int64_t>(nargs);
  return Ref::Steal(z);
}

Ref ZipLongestNext(Value self) {
  ItObject* z = It(self);
  if (!z->v[0]) return Ref();
  int64_t n = ListSize(z->v[0]);
  if (n == 0 || z->n[0] == 0) return Ref();
  Ref result = NewTuple(n);
  if (!result) return Ref();
  auto* iters = As<ListObject>(z->v[0]);
  for (int64_t i = 0; i < n; i++) {
    Ref item;
    if (!IsNone(iters->items[i])) {
      item = IterNext(iters->items[i]);
      if (!item) {
        if (ErrorOccurred()) return Ref();
        Value old = iters->items[i];
        iters->items[i] = None();
        Decref(old);
        if (--z->n[0] == 0) {
          ClearSlot(z->v[0]);
          return Ref();
        }
      }
    }
    TupleInit(result.get(), i, item ? std::move(item) : Ref::New(z->v[1]));
  }
  return result;
}

// --- combinatorics: v0 = tuple of pools (product) or the pool tuple; v1 = the last
//     result (null before the first); n0 = r; n1 = 1 when exhausted; indices (and, for
//     permutations, the cycles after the first r entries) ------------------------------

Ref ResultFromIndices(Value pool, const std::vector<int64_t>& idx, int64_t r) {
  Ref t = NewTuple(r);
  if (!t) return Ref();
  for (int64_t i = 0; i < r; i++) {
    TupleInit(t.get(), i, Ref::New(TupleItem(pool, idx[static_cast<size_t>(i)])));
  }
  return t;
}

ItObject* NewCombinatoric(TypeObject* type, Ref pool, int64_t r, std::vector<int64_t> idx) {
  ItObject* c = NewIt(type);
  if (c == nullptr) return nullptr;
  c->v[0] = pool.release();
  c->n[0] = r;
  c->indices = new std::vector<int64_t>(std::move(idx));
  return c;
}

Ref ProductNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  int64_t repeat = 1;
  for (int64_t i = 0; kwnames && i < TupleSize(kwnames); i++) {
    std::string_view name = StrView(TupleItem(kwnames, i));
    if (name != "repeat") {
      return SetErrorFmt(TypeErrorType(), "'{}' is an invalid keyword argument for product()", name);
    }
    if (!AsSsizeArg(args[nargs + i], &repeat)) return Ref();
  }
  if (repeat < 0) return SetError(ValueErrorType(), "repeat argument cannot be negative");
  int64_t npools = nargs == 0 ? 0 : static_cast<int64_t>(nargs) * repeat;
  Ref pools = NewTuple(npools);
  if (!pools) return Ref();
  for (size_t i = 0; i < nargs; i++) {
    Ref pool = AsTuple(args[i]);
    if (!pool) return Ref();
    for (int64_t k = 0; k < repeat; k++) {
      TupleInit(pools.get(), static_cast<int64_t>(i) + k * static_cast<int64_t>(nargs),
                Ref::New(pool.get()));
    }
  }
  ItObject* p = NewCombinatoric(type, std::move(pools), npools,
                                std::vector<int64_t>(static_cast<size_t>(npools), 0));
  return p ? Ref::Steal(p) : Ref();
}

Ref ProductNext(Value self) {
  ItObject* p = It(self);
  if (p->n[1]) return Ref();
  Value pools = p->v[0];
  int64_t n = TupleSize(pools);
  std::vector<int64_t>& idx = *p->indices;
  if (!p->v[1]) {
    for (int64_t i = 0; i < n; i++) {
      if (TupleSize(TupleItem(pools, i)) == 0) {
        p->n[1] = 1;
        return Ref();
      }
    }
  } else {
    int64_t i = n - 1;
    for (; i >= 0; i--) {
      auto k = static_cast<size_t>(i);
      if (++idx[k] < TupleSize(TupleItem(pools, i))) break;
      idx[k] = 0;
    }
    if (i < 0) {
      p->n[1] = 1;
      ClearSlot(p->v[1]);
      return Ref();
    }
  }
  Ref t = NewTuple(n);
  if (!t) return Ref();
  for (int64_t i = 0; i < n; i++) {
    TupleInit(t.get(), i, Ref::New(TupleItem(TupleItem(pools, i), idx[static_cast<size_t>(i)])));
  }
  SetSlot(p->v[1], Ref::New(t.get()));
  return t;
}

// r argument of combinations()/permutations(): *r set; false on error.
bool ROf(Value v, int64_t* r) {
  if (!AsSsizeArg(v, r)) return false;
  if (*r < 0) {
    SetError(ValueErrorType(), "r must be non-negative");
    return false;
  }
  return true;
}

Ref PermutationsNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("permutations", args, nargs, kwnames, {"iterable", "r"}, 1, a)) return Ref();
  Ref pool = AsTuple(a[0]);
  if (!pool) return Ref();
  int64_t n = TupleSize(pool.get()), r = n;
  if (a[1] && !IsNone(a[1])) {
    if (!IsInt(a[1])) return SetError(TypeErrorType(), "Expected int as r");
    if (!ROf(a[1], &r)) return Ref();
  }
  std::vector<int64_t> idx;
  for (int64_t i = 0; i < n; i++) idx.push_back(i);
  for (int64_t i = 0; i < r; i++) idx.push_back(n - i);  // cycles
  ItObject* p = NewCombinatoric(type, std::move(pool), r, std::move(idx));
  if (p == nullptr) return Ref();
  if (r > n) p->n[1] = 1;
  return Ref::Steal(p);
}

Ref PermutationsNext(Value self) {
  ItObject* p = It(self);
  if (p->n[1]) return Ref();
  Value pool = p->v[0];
  int64_t n = TupleSize(pool), r = p->n[0];
  std::vector<int64_t>& idx = *p->indices;
  int64_t* cycles = idx.data() + n;
  if (p->v[1]) {
    int64_t i = r - 1;
    for (; i >= 0; i--) {
      if (--cycles[i] == 0) {
        // Rotate indices[i:] left by one.
        std::rotate(idx.begin() + i, idx.begin() + i + 1, idx.begin() + n);
        cycles[i] = n - i;
      } else {
        int64_t j = cycles[i];
        std::swap(idx[static_cast<size_t>(i)], idx[static_cast<size_t>(n - j)]);
        break;
      }
    }
    if (i < 0) {
      p->n[1] = 1;
      ClearSlot(p->v[1]);
      return Ref();
    }
  }
  Ref t = ResultFromIndices(pool, idx, r);
  if (!t) return Ref();
  SetSlot(p->v[1], Ref::New(t.get()));
  return t;
}

Ref CombinationsCommonNew(const char* name, bool replace, TypeObject* type, const Value* args,
                          size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs(name, args, nargs, kwnames, {"iterable", "r"}, 2, a)) return Ref();
  Ref pool = AsTuple(a[0]);
  if (!pool) return Ref();
  int64_t r;
  if (!ROf(a[1], &r)) return Ref();
  int64_t n = TupleSize(pool.get());
  std::vector<int64_t> idx;
  for (int64_t i = 0; i < r; i++) idx.push_back(replace ? 0 : i);
  ItObject* c = NewCombinatoric(type, std::move(pool), r, std::move(idx));
  if (c == nullptr) return Ref();
  if (replace ? (n == 0 && r > 0) : r > n) c->n[1] = 1;
  return Ref::Steal(c);
}

Ref CombinationsNew(TypeObject* t, const Value* a, size_t n, Value k) {
  return CombinationsCommonNew("combinations", false, t, a, n, k);
}
Ref CwrNew(TypeObject* t, const Value* a, size_t n, Value k) {
  return CombinationsCommonNew("combinations_with_replacement", true, t, a, n, k);
}

Ref CombinationsNextImpl(Value self, bool replace) {
  ItObject* c = It(self);
  if (c->n[1]) return Ref();
  Value pool = c->v[0];
  int64_t n = TupleSize(pool), r = c->n[0];
  std::vector<int64_t>& idx = *c->indices;
  if (c->v[1]) {
    int64_t i = r - 1;
    for (; i >= 0; i--) {
      auto k = static_cast<size_t>(i);
      if (replace ? idx[k] != n - 1 : idx[k] != i + n - r) break;
    }
    if (i < 0) {
      c->n[1] = 1;
      ClearSlot(c->v[1]);
      return Ref();
    }
    int64_t v = idx[static_cast<size_t>(i)] + 1;
    for (int64_t j = i; j < r; j++) idx[static_cast<size_t>(j)] = replace ? v : v + (j - i);
  }
  Ref t = ResultFromIndices(pool, idx, r);
  if (!t) return Ref();
  SetSlot(c->v[1], Ref::New(t.get()));
  return t;
}

Ref CombinationsNext(Value self) { return CombinationsNextImpl(self, false); }
Ref CwrNext(Value self) { return CombinationsNextImpl(self, true); }

// --- pairwise(iterable): v0 = iterator (null when done), v1 = previous item ---------

Ref PairwiseNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKw("pairwise", kwnames) || !Positional("pairwise", nargs, 1, 1)) return Ref();
  Ref it = GetIter(args[0]);
  if (!it) return Ref();
  ItObject* p = NewIt(type);
  if (p == nullptr) return Ref();
  p->v[0] = it.release();
  return Ref::Steal(p);
}

Ref PairwiseNext(Value self) {
  ItObject* p = It(self);
  if (!p->v[0]) return Ref();
  if (!p->v[1]) {
    Ref first = IterNext(p->v[0]);
    if (!first) {
      if (!ErrorOccurred()) ClearSlot(p->v[0]);
      return Ref();
    }
    SetSlot(p->v[1], std::move(first));
  }
  Ref next = IterNext(p->v[0]);
  if (!next) {
    if (!ErrorOccurred()) {
      ClearSlot(p->v[0]);
      ClearSlot(p->v[1]);
    }
    return Ref();
  }
  Ref pair = MakeTuple({p->v[1], next.get()});
  if (!pair) return Ref();
  SetSlot(p->v[1], std::move(next));
  return pair;
}

// --- types and module -------------------------------------------------------------------

void InitIt(TypeObject* t, const char* name, UnaryFn next, NewFn new_,
            const MethodDef* methods = nullptr, UnaryFn repr = nullptr) {
  t->name = name;
  t->basic_size = sizeof(ItObject);
  t->hooks.dealloc = ItDealloc;
  t->hooks.traverse = ItTraverse;
  t->iter = next ? detail::SelfIter : nullptr;
  t->next = next;
  t->new_ = new_;
  t->methods = methods;
  t->repr = repr;
  InitStaticType(t);
}

const MethodDef kItertoolsFunctions[] = {
    {"tee", Itertools_tee},
    {nullptr, nullptr},
};

}  // namespace

void InitItertoolsTypes() {
  InitIt(&CountType, "itertools.count", CountNext, CountNew, nullptr, CountRepr);
  InitIt(&CycleType, "itertools.cycle", CycleNext, CycleNew);
  InitIt(&RepeatType, "itertools.repeat", RepeatNext, RepeatNew, kRepeatMethods, RepeatRepr);
  InitIt(&AccumulateType, "itertools.accumulate", AccumulateNext, AccumulateNew);
  InitIt(&ChainType, "itertools.chain", ChainNext, ChainNew, kChainMethods);
  InitIt(&CompressType, "itertools.compress", CompressNext, CompressNew);
  InitIt(&DropWhileType, "itertools.dropwhile", DropWhileNext, DropWhileNew);
  InitIt(&TakeWhileType, "itertools.takewhile", TakeWhileNext, TakeWhileNew);
  InitIt(&FilterFalseType, "itertools.filterfalse", FilterFalseNext, FilterFalseNew);
  InitIt(&GroupByType, "itertools.groupby", GroupByNext, GroupByNew);
  InitIt(&GrouperType, "itertools._grouper", GrouperNext, nullptr);
  InitIt(&ISliceType, "itertools.islice", ISliceNext, ISliceNew);
  InitIt(&StarMapType, "itertools.starmap", StarMapNext, StarMapNew);
  InitIt(&TeeType, "itertools._tee", TeeNext, nullptr, kTeeMethods);
  InitIt(&TeeBlockType, "itertools._tee_dataobject", nullptr, nullptr);
  InitIt(&ZipLongestType, "itertools.zip_longest", ZipLongestNext, ZipLongestNew);
  InitIt(&ProductType, "itertools.product", ProductNext, ProductNew);
  InitIt(&PermutationsType, "itertools.permutations", PermutationsNext, PermutationsNew);
  InitIt(&CombinationsType, "itertools.combinations", CombinationsNext, CombinationsNew);
  InitIt(&CombinationsWithReplacementType, "itertools.combinations_with_replacement", CwrNext,
         CwrNew);
  InitIt(&PairwiseType, "itertools.pairwise", PairwiseNext, PairwiseNew);
}

Ref CreateItertoolsModule() {
  Ref mod = NewModule("itertools");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kItertoolsFunctions);
  Value d = ModuleDict(mod.get());
  TypeObject* types[] = {&CountType, &CycleType, &RepeatType, &AccumulateType, &ChainType,
                         &CompressType, &DropWhileType, &TakeWhileType, &FilterFalseType,
                         &GroupByType, &ISliceType, &StarMapType, &ZipLongestType, &ProductType,
                         &PermutationsType, &CombinationsType, &CombinationsWithReplacementType,
                         &PairwiseType, &TeeType};
  for (TypeObject* t : types) {
    std::string_view name = t->name;
    if (DictSetCStr(d, name.substr(name.rfind('.') + 1), Value::FromObject(t)) < 0) return Ref();
  }
  return mod;
}

}  // namespace gilectomy::rt
