// range and slice objects, and the index helpers the sequences share.
//
// A range keeps start/stop/step/length as int Values (small or big). When
// all of them are small ints, every value the range produces fits in an
// int64 (|(length-1)*step| <= |stop-start| < 2**62), so iteration, indexing
// and membership take int64 fast paths; otherwise they use the generic int
// operations (IntAdd, IntMul, ...).
//
// Slice resolution follows CPython's PySlice_Unpack + PySlice_AdjustIndices:
// bounds clamp to the int64 range first, then to the sequence.
#include "runtime/objects/range.h"

#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

static TypeObject RangeIterType, LongRangeIterType;

// --- shared index helpers (container_util.h) ---------------------------------

namespace detail {

namespace {
// Converts an int to int64, clamping out-of-range values by sign.
int64_t ClampInt(Value i) {
  int64_t v;
  if (i.is_small_int()) return i.small_int();
  if (IntAsInt64(i, &v)) return v;
  ClearError();
  return IntSign(i) < 0 ? INT64_MIN : INT64_MAX;
}
}  // namespace

bool ClampedIndex(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  if (!IsIndexLike(v)) {
    SetError(TypeErrorType(),
             "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Ref i = Index(v);
  if (!i) return false;
  *out = ClampInt(i.get());
  return true;
}

bool RepeatCount(Value n, int64_t* out) { return IndexToInt64(n, OverflowErrorType(), out); }

bool SsizeArg(Value v, int64_t* out) { return AsSsizeArg(v, out); }

bool IndexMethodBounds(const Value* args, size_t nargs, int64_t len, int64_t* start,
                       int64_t* stop) {
  *start = 0;
  *stop = INT64_MAX;
  int64_t* outs[2] = {start, stop};
  for (size_t k = 0; k < nargs && k < 2; k++) {
    if (!args[k].is_small_int() && !IsIndexLike(args[k])) {
      SetError(TypeErrorType(), "slice indices must be integers or have an __index__ method");
      return false;
    }
    if (!ClampedIndex(args[k], outs[k])) return false;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
  if (*stop < 0) {
    *stop += len;
    if (*stop < 0) *stop = 0;
  }
  return true;
}

}  // namespace detail

namespace {

using detail::IsIndexLike;

// --- slice -------------------------------------------------------------------------

SliceObject* AsSlice(Value v) { return static_cast<SliceObject*>(v.obj()); }

void SliceDealloc(gc::Header* h) {
  auto* s = static_cast<SliceObject*>(h);
  Decref(s->start);
  Decref(s->stop);
  Decref(s->step);
  FreeObject(h);
}

void SliceTraverse(gc::Header* h, gc::Visitor& v) {
  auto* s = static_cast<SliceObject*>(h);
  detail::VisitValue(v, s->start);
  detail::VisitValue(v, s->stop);
  detail::VisitValue(v, s->step);
}

Ref SliceRepr(Value self) {
  SliceObject* s = AsSlice(self);
  std::string out = "slice(";
  if (!detail::AppendRepr(out, s->start)) return Ref();
  out += ", ";
  if (!detail::AppendRepr(out, s->stop)) return Ref();
  out += ", ";
  if (!detail::AppendRepr(out, s->step)) return Ref();
  out += ')';
  return StrFromUtf8(out);
}

Ref SliceAsTuple(Value v) {
  SliceObject* s = AsSlice(v);
  return MakeTuple({s->start, s->stop, s->step});
}

Ref SliceRichCompare(Value a, Value b, CompareOp op) {
  if (!Is<SliceObject>(a) || !Is<SliceObject>(b)) return NotImplemented();
  if (a == b && (op == CompareOp::kEq || op == CompareOp::kNe)) {
    return Ref::New(Bool(op == CompareOp::kEq));
  }
  Ref x = SliceAsTuple(a);
  Ref y = SliceAsTuple(b);
  if (!x || !y) return Ref();
  return RichCompare(x.get(), y.get(), op);
}

Ref SliceNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("slice", kwnames) || !CheckArgCount("slice", nargs, 1, 3)) return Ref();
  if (nargs == 1) return NewSlice(None(), args[0], None());
  return NewSlice(args[0], args[1], nargs == 3 ? args[2] : None());
}

Ref SliceIndicesMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("indices", kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "slice.indices() takes exactly one argument ({} given)",
                       nargs);
  }
  int64_t len;
  if (!detail::SsizeArg(args[0], &len)) return Ref();
  if (len < 0) return SetError(ValueErrorType(), "length should not be negative");
  int64_t start, stop, step, n;
  if (!SliceIndices(self, len, &start, &stop, &step, &n)) return Ref();
  Ref a = IntFromInt64(start), b = IntFromInt64(stop), c = IntFromInt64(step);
  return MakeTuple({a.get(), b.get(), c.get()});
}

Ref SliceGetStart(Value self) { return Ref::New(AsSlice(self)->start); }
Ref SliceGetStop(Value self) { return Ref::New(AsSlice(self)->stop); }
Ref SliceGetStep(Value self) { return Ref::New(AsSlice(self)->step); }

const MethodDef kSliceMethods[] = {
    {"indices", SliceIndicesMethod},
    {nullptr, nullptr},
};

const GetSetDef kSliceGetSets[] = {
    {"start", SliceGetStart},
    {"stop", SliceGetStop},
    {"step", SliceGetStep},
    {nullptr, nullptr},
};

// --- range -------------------------------------------------------------------------

RangeObject* AsRange(Value v) { return static_cast<RangeObject*>(v.obj()); }

bool AllSmall(const RangeObject* r) {
  return r->start.is_small_int() && r->stop.is_small_int() && r->step.is_small_int() &&
         r->length.is_small_int();
}

// Number of values in range(start, stop, step); step != 0.
Ref RangeLength(Value start, Value stop, Value step) {
  if (start.is_small_int() && stop.is_small_int() && step.is_small_int()) {
    int64_t lo = start.small_int(), hi = stop.small_int(), st = step.small_int();
    if (st > 0 && lo < hi) return IntFromInt64((hi - lo - 1) / st + 1);
    if (st < 0 && lo > hi) return IntFromInt64((lo - hi - 1) / -st + 1);
    return Ref::SmallInt(0);
  }
  Ref diff, pos_step;
  if (IntSign(step) > 0) {
    if (IntCompare(start, stop) >= 0) return Ref::SmallInt(0);
    diff = IntSub(stop, start);
    pos_step = Ref::New(step);
  } else {
    if (IntCompare(start, stop) <= 0) return Ref::SmallInt(0);
    diff = IntSub(start, stop);
    pos_step = IntNeg(step);
  }
  if (!diff || !pos_step) return Ref();
  Ref dm1 = IntSub(diff.get(), Value::SmallInt(1));
  if (!dm1) return Ref();
  Ref q = IntFloorDiv(dm1.get(), pos_step.get());
  if (!q) return Ref();
  return IntAdd(q.get(), Value::SmallInt(1));
}

// start + i * step
Ref RangeValueAt(const RangeObject* r, Value i) {
  if (AllSmall(r) && i.is_small_int()) {
    return IntFromInt64(r->start.small_int() + i.small_int() * r->step.small_int());
  }
  Ref off = IntMul(i, r->step);
  if (!off) return Ref();
  return IntAdd(r->start, off.get());
}

void RangeDealloc(gc::Header* h) {
  auto* r = static_cast<RangeObject*>(h);
  Decref(r->start);
  Decref(r->stop);
  Decref(r->step);
  Decref(r->length);
  FreeObject(h);
}

Ref RangeFromInts(Value start, Value stop, Value step, Value length) {
  Object* o = AllocObject(&RangeType, sizeof(RangeObject));
  if (o == nullptr) return Ref();
  auto* r = static_cast<RangeObject*>(o);
  Incref(r->start = start);
  Incref(r->stop = stop);
  Incref(r->step = step);
  Incref(r->length = length);
  return Ref::Steal(o);
}

Ref RangeNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("range", kwnames) || !CheckArgCount("range", nargs, 1, 3)) return Ref();
  Ref v[3];
  for (size_t i = 0; i < nargs; i++) {
    v[i] = Index(args[i]);
    if (!v[i]) return Ref();
    if (IsBool(v[i].get())) v[i] = Ref::SmallInt(v[i].get() == True());  // range(True) == range(1)
  }
  if (nargs == 1) return NewRange(Value::SmallInt(0), v[0].get(), Value::SmallInt(1));
  return NewRange(v[0].get(), v[1].get(), nargs == 3 ? v[2].get() : Value::SmallInt(1));
}

Ref RangeRepr(Value self) {
  RangeObject* r = AsRange(self);
  std::string out = "range(" + IntToString(r->start) + ", " + IntToString(r->stop);
  if (!(r->step.is_small_int() && r->step.small_int() == 1)) out += ", " + IntToString(r->step);
  out += ')';
  return StrFromAscii(out);
}

int64_t RangeLen(Value self) {
  RangeObject* r = AsRange(self);
  if (r->length.is_small_int()) return r->length.small_int();
  int64_t n;
  if (IntAsInt64(r->length, &n)) return n;
  ClearError();
  return SetError(OverflowErrorType(), "Python int too large to convert to C ssize_t");
}

int RangeBool(Value self) { return IntSign(AsRange(self)->length) != 0; }

Ref RangeIndexItem(RangeObject* r, Value key) {
  Ref i = Index(key);
  if (!i) return Ref();
  if (IntSign(i.get()) < 0) {
    i = IntAdd(i.get(), r->length);
    if (!i) return Ref();
  }
  if (IntSign(i.get()) < 0 || IntCompare(i.get(), r->length) >= 0) {
    return SetError(IndexErrorType(), "range object index out of range");
  }
  return RangeValueAt(r, i.get());
}

Ref RangeSliceItem(RangeObject* r, Value slice) {
  int64_t len;
  if (!IntAsInt64(r->length, &len)) return Ref();
  int64_t start, stop, step, n;
  if (!SliceIndices(slice, len, &start, &stop, &step, &n)) return Ref();
  Ref a = IntFromInt64(start), b = IntFromInt64(stop), c = IntFromInt64(step);
  Ref substart = RangeValueAt(r, a.get());
  Ref substop = RangeValueAt(r, b.get());
  Ref substep = IntMul(r->step, c.get());
  Ref length = IntFromInt64(n);
  if (!substart || !substop || !substep || !length) return Ref();
  return RangeFromInts(substart.get(), substop.get(), substep.get(), length.get());
}

Ref RangeGetItem(Value self, Value key) {
  RangeObject* r = AsRange(self);
  if (key.is_small_int() && AllSmall(r)) {
    int64_t i = key.small_int(), n = r->length.small_int();
    if (i < 0) i += n;
    if (i < 0 || i >= n) return SetError(IndexErrorType(), "range object index out of range");
    return IntFromInt64(r->start.small_int() + i * r->step.small_int());
  }
  if (IsIndexLike(key)) return RangeIndexItem(r, key);
  if (Is<SliceObject>(key)) return RangeSliceItem(r, key);
  return SetErrorFmt(TypeErrorType(), "range indices must be integers or slices, not {}",
                     TypeName(key));
}

bool IsExactIntOrBool(Value v) {
  return v.is_small_int() || v.type() == &IntType || v.type() == &BoolType;
}

// Membership of an int, arithmetically. 1/0/-1.
int RangeContainsInt(RangeObject* r, Value v) {
  if (AllSmall(r) && v.is_small_int()) {
    int64_t x = v.small_int(), lo = r->start.small_int(), hi = r->stop.small_int(),
            st = r->step.small_int();
    if (st > 0 ? (x < lo || x >= hi) : (x > lo || x <= hi)) return 0;
    return (x - lo) % st == 0;
  }
  if (IntSign(r->step) > 0) {
    if (IntCompare(v, r->start) < 0 || IntCompare(v, r->stop) >= 0) return 0;
  } else {
    if (IntCompare(v, r->start) > 0 || IntCompare(v, r->stop) <= 0) return 0;
  }
  Ref diff = IntSub(v, r->start);
  if (!diff) return -1;
  Ref rem = IntMod(diff.get(), r->step);
  if (!rem) return -1;
  return IntSign(rem.get()) == 0;
}

// Linear search through the values for non-int items (3.0 in range(5)).
// Returns the index of the first equal value, -1 when absent, -2 on error.
int64_t RangeSearch(Value self, Value v, int64_t* count) {
  Ref it = GetIter(self);
  if (!it) return -2;
  int64_t first = -1;
  for (int64_t i = 0;; i++) {
    Ref x = IterNext(it.get());
    if (!x) return ErrorOccurred() ? -2 : first;
    int k = RichCompareBool(x.get(), v, CompareOp::kEq);
    if (k < 0) return -2;
    if (k > 0) {
      if (first < 0) first = i;
      if (count == nullptr) return first;
      ++*count;
    }
  }
}

int RangeContains(Value self, Value v) {
  if (IsExactIntOrBool(v)) return RangeContainsInt(AsRange(self), v);
  int64_t i = RangeSearch(self, v, nullptr);
  return i == -2 ? -1 : i >= 0;
}

Ref RangeCountMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("count", kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "range.count() takes exactly one argument ({} given)",
                       nargs);
  }
  if (IsExactIntOrBool(args[0])) {
    int k = RangeContainsInt(AsRange(self), args[0]);
    if (k < 0) return Ref();
    return Ref::SmallInt(k);
  }
  int64_t count = 0;
  if (RangeSearch(self, args[0], &count) == -2) return Ref();
  return IntFromInt64(count);
}

Ref RangeIndexMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("index", kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "range.index() takes exactly one argument ({} given)",
                       nargs);
  }
  RangeObject* r = AsRange(self);
  Value v = args[0];
  if (IsExactIntOrBool(v)) {
    int k = RangeContainsInt(r, v);
    if (k < 0) return Ref();
    if (k > 0) {
      Ref diff = IntSub(v, r->start);
      if (!diff) return Ref();
      return IntFloorDiv(diff.get(), r->step);
    }
  } else {
    int64_t i = RangeSearch(self, v, nullptr);
    if (i == -2) return Ref();
    if (i >= 0) return IntFromInt64(i);
  }
  std::string text;
  if (!ReprText(v, &text)) return Ref();
  return SetErrorFmt(ValueErrorType(), "{} is not in range", text);
}

Ref RangeRichCompare(Value a, Value b, CompareOp op) {
  if (!Is<RangeObject>(a) || !Is<RangeObject>(b)) return NotImplemented();
  if (op != CompareOp::kEq && op != CompareOp::kNe) return NotImplemented();
  RangeObject* x = AsRange(a);
  RangeObject* y = AsRange(b);
  bool eq;
  if (a == b) {
    eq = true;
  } else if (IntCompare(x->length, y->length) != 0) {
    eq = false;
  } else if (IntSign(x->length) == 0) {
    eq = true;
  } else if (IntCompare(x->start, y->start) != 0) {
    eq = false;
  } else if (x->length.is_small_int() && x->length.small_int() == 1) {
    eq = true;
  } else {
    eq = IntCompare(x->step, y->step) == 0;
  }
  return Ref::New(Bool(eq == (op == CompareOp::kEq)));
}

int64_t RangeHash(Value self) {
  RangeObject* r = AsRange(self);
  Ref t;
  if (IntSign(r->length) == 0) {
    t = MakeTuple({r->length, None(), None()});
  } else if (r->length.is_small_int() && r->length.small_int() == 1) {
    t = MakeTuple({r->length, r->start, None()});
  } else {
    t = MakeTuple({r->length, r->start, r->step});
  }
  if (!t) return -1;
  return Hash(t.get());
}

// --- range iterators -------------------------------------------------------------

struct RangeIterObject : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
};

struct LongRangeIterObject : Object {
  Value next;       // owned ints
  Value step;
  Value remaining;
};

Ref NewRangeIter(int64_t start, int64_t step, int64_t length) {
  Object* o = AllocObject(&RangeIterType, sizeof(RangeIterObject));
  if (o == nullptr) return Ref();
  auto* it = static_cast<RangeIterObject*>(o);
  it->next = start;
  it->step = step;
  it->remaining = length;
  return Ref::Steal(o);
}

Ref NewLongRangeIter(Value start, Value step, Value length) {
  Object* o = AllocObject(&LongRangeIterType, sizeof(LongRangeIterObject));
  if (o == nullptr) return Ref();
  auto* it = static_cast<LongRangeIterObject*>(o);
  Incref(it->next = start);
  Incref(it->step = step);
  Incref(it->remaining = length);
  return Ref::Steal(o);
}

Ref RangeIter(Value self) {
  RangeObject* r = AsRange(self);
  if (AllSmall(r)) {
    return NewRangeIter(r->start.small_int(), r->step.small_int(), r->length.small_int());
  }
  return NewLongRangeIter(r->start, r->step, r->length);
}

Ref RangeIterNext(Value self) {
  auto* it = static_cast<RangeIterObject*>(self.obj());
  if (it->remaining <= 0) return Ref();
  it->remaining--;
  int64_t v = it->next;
  it->next += it->step;  // the last += may leave the int64 value range unused
  return IntFromInt64(v);
}

Ref RangeIterLengthHint(Value self, const Value*, size_t, Value) {
  return IntFromInt64(static_cast<RangeIterObject*>(self.obj())->remaining);
}

Ref LongRangeIterNext(Value self) {
  auto* it = static_cast<LongRangeIterObject*>(self.obj());
  if (IntSign(it->remaining) <= 0) return Ref();
  Ref rem = IntSub(it->remaining, Value::SmallInt(1));
  Ref next = IntAdd(it->next, it->step);
  if (!rem || !next) return Ref();
  Value result = it->next;
  it->next = next.release();
  Value old_rem = it->remaining;
  it->remaining = rem.release();
  Decref(old_rem);
  return Ref::Steal(result);
}

void LongRangeIterDealloc(gc::Header* h) {
  auto* it = static_cast<LongRangeIterObject*>(h);
  Decref(it->next);
  Decref(it->step);
  Decref(it->remaining);
  FreeObject(h);
}

Ref RangeReversedMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("__reversed__", kwnames) || !CheckArgCount("__reversed__", nargs, 0, 0)) {
    return Ref();
  }
  return NewReversedRangeIter(self);
}

Ref RangeGetStart(Value self) { return Ref::New(AsRange(self)->start); }
Ref RangeGetStop(Value self) { return Ref::New(AsRange(self)->stop); }
Ref RangeGetStep(Value self) { return Ref::New(AsRange(self)->step); }

const MethodDef kRangeMethods[] = {
    {"count", RangeCountMethod},
    {"index", RangeIndexMethod},
    {"__reversed__", RangeReversedMethod},
    {nullptr, nullptr},
};

const GetSetDef kRangeGetSets[] = {
    {"start", RangeGetStart},
    {"stop", RangeGetStop},
    {"step", RangeGetStep},
    {nullptr, nullptr},
};

const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", RangeIterLengthHint},
    {nullptr, nullptr},
};

}  // namespace

// --- public API ----------------------------------------------------------------------

Ref NewSlice(Value start, Value stop, Value step) {
  Object* o = AllocObject(&SliceType, sizeof(SliceObject));
  if (o == nullptr) return Ref();
  auto* s = static_cast<SliceObject*>(o);
  Incref(s->start = start ? start : None());
  Incref(s->stop = stop ? stop : None());
  Incref(s->step = step ? step : None());
  return Ref::Steal(o);
}

bool SliceIndices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                  int64_t* slicelength) {
  SliceObject* s = AsSlice(slice);
  int64_t st = 1;
  if (!IsNone(s->step)) {
    if (!detail::ClampedIndex(s->step, &st)) return false;
    if (st == 0) {
      SetError(ValueErrorType(), "slice step cannot be zero");
      return false;
    }
    if (st < -INT64_MAX) st = -INT64_MAX;  // so that -step cannot overflow
  }
  int64_t lo, hi;
  if (IsNone(s->start)) {
    lo = st < 0 ? INT64_MAX : 0;
  } else if (!detail::ClampedIndex(s->start, &lo)) {
    return false;
  }
  if (IsNone(s->stop)) {
    hi = st < 0 ? INT64_MIN : INT64_MAX;
  } else if (!detail::ClampedIndex(s->stop, &hi)) {
    return false;
  }
  auto adjust = [&](int64_t& x) {
    if (x < 0) {
      x += length;
      if (x < 0) x = st < 0 ? -1 : 0;
    } else if (x >= length) {
      x = st < 0 ? length - 1 : length;
    }
  };
  adjust(lo);
  adjust(hi);
  int64_t n = 0;
  if (st < 0) {
    if (hi < lo) n = (lo - hi - 1) / -st + 1;
  } else if (lo < hi) {
    n = (hi - lo - 1) / st + 1;
  }
  *start = lo;
  *stop = hi;
  *step = st;
  *slicelength = n;
  return true;
}

Ref NewRange(Value start, Value stop, Value step) {
  if (IntSign(step) == 0) return SetError(ValueErrorType(), "range() arg 3 must not be zero");
  Ref length = RangeLength(start, stop, step);
  if (!length) return Ref();
  return RangeFromInts(start, stop, step, length.get());
}

Ref NewReversedRangeIter(Value range) {
  RangeObject* r = AsRange(range);
  if (AllSmall(r)) {
    int64_t n = r->length.small_int(), st = r->step.small_int();
    int64_t last = r->start.small_int() + (n > 0 ? (n - 1) * st : 0);
    return NewRangeIter(last, -st, n);
  }
  Ref nm1 = IntSub(r->length, Value::SmallInt(1));
  if (!nm1) return Ref();
  if (IntSign(nm1.get()) < 0) nm1 = Ref::SmallInt(0);
  Ref last = RangeValueAt(r, nm1.get());
  Ref neg = IntNeg(r->step);
  if (!last || !neg) return Ref();
  return NewLongRangeIter(last.get(), neg.get(), r->length);
}

void InitRangeSliceTypes() {
  RangeType.name = "range";
  RangeType.basic_size = sizeof(RangeObject);
  RangeType.hooks.dealloc = RangeDealloc;
  RangeType.repr = RangeRepr;
  RangeType.hash = RangeHash;
  RangeType.richcompare = RangeRichCompare;
  RangeType.len = RangeLen;
  RangeType.getitem = RangeGetItem;
  RangeType.contains = RangeContains;
  RangeType.iter = RangeIter;
  RangeType.number.bool_ = RangeBool;
  RangeType.new_ = RangeNew;
  RangeType.methods = kRangeMethods;
  RangeType.getsets = kRangeGetSets;
  InitStaticType(&RangeType);

  SliceType.name = "slice";
  SliceType.basic_size = sizeof(SliceObject);
  SliceType.hooks.dealloc = SliceDealloc;
  SliceType.hooks.traverse = SliceTraverse;
  SliceType.repr = SliceRepr;
  SliceType.richcompare = SliceRichCompare;
  SliceType.new_ = SliceNew;
  SliceType.methods = kSliceMethods;
  SliceType.getsets = kSliceGetSets;
  InitStaticType(&SliceType);
  SliceType.hash = nullptr;  // unhashable in 3.11

  RangeIterType.name = "range_iterator";
  RangeIterType.basic_size = sizeof(RangeIterObject);
  RangeIterType.hooks.dealloc = [](gc::Header* h) { FreeObject(h); };
  RangeIterType.iter = detail::SelfIter;
  RangeIterType.next = RangeIterNext;
  RangeIterType.methods = kRangeIterMethods;
  InitStaticType(&RangeIterType);

  LongRangeIterType.name = "longrange_iterator";
  LongRangeIterType.basic_size = sizeof(LongRangeIterObject);
  LongRangeIterType.hooks.dealloc = LongRangeIterDealloc;
  LongRangeIterType.iter = detail::SelfIter;
  LongRangeIterType.next = LongRangeIterNext;
  InitStaticType(&LongRangeIterType);
}

}  // namespace gilectomy::rt
