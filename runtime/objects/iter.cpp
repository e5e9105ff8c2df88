// Generic iterators and the iterator builtins: the old sequence protocol
// (iterator), iter(callable, sentinel), enumerate, zip, map, filter,
// reversed. Each type's `new_` slot is the builtin's constructor; `iter`
// returns self and `next` returns an empty Ref without an exception when
// exhausted (object.h). Exhausted iterators drop what they hold, so a
// finished iterator keeps nothing alive.
#include "runtime/objects/iter.h"

#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

TypeObject SeqIterType, EnumerateType, ZipType, MapType, FilterType, ReversedType,
    CallableIterType;

namespace {

// Drops an owned field (which may run a destructor) after nulling it.
inline void ClearField(Value& field) {
  Value old = field;
  field = Value();
  Decref(old);
}

template <typename T>
T* Alloc(TypeObject* type) {
  return static_cast<T*>(AllocObject(type, std::max(type->basic_size, sizeof(T))));
}

// True if the pending error ends an index-based iteration.
bool EndsSequence() {
  if (ErrorMatches(IndexErrorType()) || ErrorMatches(StopIterationType())) {
    ClearError();
    return true;
  }
  return false;
}

// --- iterator (sequence protocol) ----------------------------------------------

struct SeqIterObject : Object {
  Value seq;  // owned; null when exhausted
  int64_t index;
};

Ref SeqIterNext(Value self) {
  auto* it = static_cast<SeqIterObject*>(self.obj());
  if (!it->seq) return Ref();
  Ref item = GetItem(it->seq, Value::SmallInt(it->index));
  if (item) {
    it->index++;
    return item;
  }
  if (EndsSequence()) ClearField(it->seq);
  return Ref();
}

void SeqIterDealloc(gc::Header* h) {
  Decref(static_cast<SeqIterObject*>(h)->seq);
  FreeObject(h);
}

void SeqIterTraverse(gc::Header* h, gc::Visitor& v) {
  detail::VisitValue(v, static_cast<SeqIterObject*>(h)->seq);
}

// --- callable_iterator -----------------------------------------------------------

struct CallableIterObject : Object {
  Value callable;  // owned; null when exhausted
  Value sentinel;  // owned
};

Ref CallableIterNext(Value self) {
  auto* it = static_cast<CallableIterObject*>(self.obj());
  if (!it->callable) return Ref();
  Ref r = CallNoArgs(it->callable);
  if (!r) {
    if (ErrorMatches(StopIterationType())) {
      ClearError();
      ClearField(it->callable);
      ClearField(it->sentinel);
    }
    return Ref();
  }
  int k = RichCompareBool(r.get(), it->sentinel, CompareOp::kEq);
  if (k < 0) return Ref();
  if (k > 0) {
    ClearField(it->callable);
    ClearField(it->sentinel);
    return Ref();
  }
  return r;
}

void CallableIterDealloc(gc::Header* h) {
  auto* it = static_cast<CallableIterObject*>(h);
  Decref(it->callable);
  Decref(it->sentinel);
  FreeObject(h);
}

void CallableIterTraverse(gc::Header* h, gc::Visitor& v) {
  auto* it = static_cast<CallableIterObject*>(h);
  detail::VisitValue(v, it->callable);
  detail::VisitValue(v, it->sentinel);
}

// --- enumerate ---------------------------------------------------------------------

struct EnumerateObject : Object {
  Value it;     // owned iterator
  Value count;  // owned int: the next index
};

Ref EnumerateNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  bool has_iterable = nargs > 0;
  for (int64_t i = 0; kwnames && i < TupleSize(kwnames); i++) {
    has_iterable |= StrView(TupleItem(kwnames, i)) == "iterable";
  }
  if (!has_iterable) return SetError(TypeErrorType(), "enumerate() missing required argument 'iterable'");
  if (!ParseArgs("enumerate", args, nargs, kwnames, {"iterable", "start"}, 1, a)) return Ref();
  Ref start = a[1] ? Index(a[1]) : Ref::SmallInt(0);
  if (!start) return Ref();
  Ref it = GetIter(a[0]);
  if (!it) return Ref();
  auto* e = Alloc<EnumerateObject>(type);
  if (e == nullptr) return Ref();
  e->it = it.release();
  e->count = start.release();
  return Ref::Steal(e);
}

Ref EnumerateNext(Value self) {
  auto* e = static_cast<EnumerateObject*>(self.obj());
  Ref item = IterNext(e->it);
  if (!item) return Ref();
  Ref index = Ref::New(e->count);
  Ref next = e->count.is_small_int() ? IntFromInt64(e->count.small_int() + 1)
                                     : IntAdd(e->count, Value::SmallInt(1));
  if (!next) return Ref();
  Value old = e->count;
  e->count = next.release();
  Decref(old);
  Ref r = NewTuple(2);
  if (!r) return Ref();
  TupleInit(r.get(), 0, std::move(index));
  TupleInit(r.get(), 1, std::move(item));
  return r;
}

void EnumerateDealloc(gc::Header* h) {
  auto* e = static_cast<EnumerateObject*>(h);
  Decref(e->it);
  Decref(e->count);
  FreeObject(h);
}

void EnumerateTraverse(gc::Header* h, gc::Visitor& v) {
  auto* e = static_cast<EnumerateObject*>(h);
  detail::VisitValue(v, e->it);
  detail::VisitValue(v, e->count);
}

// --- zip and map share a tuple of iterators --------------------------------------

struct ZipObject : Object {
  Value iters;  // owned tuple of iterators; null when exhausted
  Value func;   // map: the function (owned); zip: null
  bool strict;
};

Ref IterTuple(const Value* args, size_t n) {
  Ref t = NewTuple(static_cast<int64_t>(n));
  if (!t) return Ref();
  for (size_t i = 0; i < n; i++) {
    Ref it = GetIter(args[i]);
    if (!it) return Ref();
    TupleInit(t.get(), static_cast<int64_t>(i), std::move(it));
  }
  return t;
}

Ref ZipNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  bool strict = false;
  if (kwnames) {
    for (int64_t i = 0; i < TupleSize(kwnames); i++) {
      Value name = TupleItem(kwnames, i);
      if (StrView(name) != "strict") {
        return SetErrorFmt(TypeErrorType(), "'{}' is an invalid keyword argument for zip()",
                           StrView(name));
      }
      int t = IsTrue(args[nargs + i]);
      if (t < 0) return Ref();
      strict = t != 0;
    }
  }
  Ref iters = IterTuple(args, nargs);
  if (!iters) return Ref();
  auto* z = Alloc<ZipObject>(type);
  if (z == nullptr) return Ref();
  z->iters = iters.release();
  z->strict = strict;
  return Ref::Steal(z);
}

// zip(strict=True) found iterator i exhausted: are the others exhausted too?
Ref ZipStrictCheck(ZipObject* z, int64_t i) {
  int64_t n = TupleSize(z->iters);
  if (i > 0) {
    return SetErrorFmt(ValueErrorType(), "zip() argument {} is shorter than argument{} {}", i + 1,
                       i == 1 ? "" : "s", i == 1 ? "1" : fmt::format("1-{}", i));
  }
  for (int64_t j = 1; j < n; j++) {
    Ref item = IterNext(TupleItem(z->iters, j));
    if (item) {
      return SetErrorFmt(ValueErrorType(), "zip() argument {} is longer than argument{} {}", j + 1,
                         j == 1 ? "" : "s", j == 1 ? "1" : fmt::format("1-{}", j));
    }
    if (ErrorOccurred()) return Ref();
  }
  return Ref();
}

// Collects the next item of every iterator; false when one is exhausted or failed.
bool NextOfEach(ZipObject* z, std::vector<Ref>* items) {
  int64_t n = TupleSize(z->iters);
  items->reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; i++) {
    Ref item = IterNext(TupleItem(z->iters, i));
    if (!item) {
      if (!ErrorOccurred()) {
        if (z->strict) ZipStrictCheck(z, i);
        if (!ErrorOccurred()) ClearField(z->iters);
      }
      return false;
    }
    items->push_back(std::move(item));
  }
  return true;
}

Ref ZipNext(Value self) {
  auto* z = static_cast<ZipObject*>(self.obj());
  if (!z->iters || TupleSize(z->iters) == 0) return Ref();
  std::vector<Ref> items;
  if (!NextOfEach(z, &items)) return Ref();
  Ref r = NewTuple(static_cast<int64_t>(items.size()));
  if (!r) return Ref();
  for (size_t i = 0; i < items.size(); i++) TupleInit(r.get(), static_cast<int64_t>(i), std::move(items[i]));
  return r;
}

Ref MapNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (type == &MapType && !NoKeywords("map", kwnames)) return Ref();
  if (nargs < 2) return SetError(TypeErrorType(), "map() must have at least two arguments.");
  Ref iters = IterTuple(args + 1, nargs - 1);
  if (!iters) return Ref();
  auto* z = Alloc<ZipObject>(type);
  if (z == nullptr) return Ref();
  z->iters = iters.release();
  Incref(z->func = args[0]);
  return Ref::Steal(z);
}

Ref MapNext(Value self) {
  auto* z = static_cast<ZipObject*>(self.obj());
  if (!z->iters) return Ref();
  std::vector<Ref> items;
  if (!NextOfEach(z, &items)) return Ref();
  std::vector<Value> argv(items.size());
  for (size_t i = 0; i < items.size(); i++) argv[i] = items[i].get();
  return Call(z->func, argv.data(), argv.size());
}

void ZipDealloc(gc::Header* h) {
  auto* z = static_cast<ZipObject*>(h);
  Decref(z->iters);
  Decref(z->func);
  FreeObject(h);
}

void ZipTraverse(gc::Header* h, gc::Visitor& v) {
  auto* z = static_cast<ZipObject*>(h);
  detail::VisitValue(v, z->iters);
  detail::VisitValue(v, z->func);
}

// --- filter --------------------------------------------------------------------------

struct FilterObject : Object {
  Value func;  // owned; None: test the items' truth
  Value it;    // owned iterator
};

Ref FilterNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (type == &FilterType && !NoKeywords("filter", kwnames)) return Ref();
  if (!CheckArgCount("filter", nargs, 2, 2)) return Ref();
  Ref it = GetIter(args[1]);
  if (!it) return Ref();
  auto* f = Alloc<FilterObject>(type);
  if (f == nullptr) return Ref();
  Incref(f->func = args[0]);
  f->it = it.release();
  return Ref::Steal(f);
}

Ref FilterNext(Value self) {
  auto* f = static_cast<FilterObject*>(self.obj());
  bool truth_only = IsNone(f->func) || f->func == Value::FromObject(&BoolType);
  for (;;) {
    Ref item = IterNext(f->it);
    if (!item) return Ref();
    int k;
    if (truth_only) {
      k = IsTrue(item.get());
    } else {
      Ref r = CallOneArg(f->func, item.get());
      if (!r) return Ref();
      k = IsTrue(r.get());
    }
    if (k < 0) return Ref();
    if (k > 0) return item;
  }
}

void FilterDealloc(gc::Header* h) {
  auto* f = static_cast<FilterObject*>(h);
  Decref(f->func);
  Decref(f->it);
  FreeObject(h);
}

void FilterTraverse(gc::Header* h, gc::Visitor& v) {
  auto* f = static_cast<FilterObject*>(h);
  detail::VisitValue(v, f->func);
  detail::VisitValue(v, f->it);
}

// --- reversed --------------------------------------------------------------------------

struct ReversedObject : Object {
  Value seq;      // owned; null when exhausted
  int64_t index;  // next index to fetch
};

Ref ReversedNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (type == &ReversedType && !NoKeywords("reversed", kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "reversed expected 1 argument, got {}", nargs);
  }
  Value seq = args[0];
  if (type == &ReversedType) {
    if (seq.type() == &ListType) return NewReversedListIter(seq);
    if (seq.type() == &RangeType) return NewReversedRangeIter(seq);
  }
  Value method = LookupInType(seq.type(), Intern("__reversed__"));
  if (method) {
    if (IsNone(method)) {
      return SetErrorFmt(TypeErrorType(), "'{}' object is not reversible", TypeName(seq));
    }
    return CallOneArg(method, seq);
  }
  if (seq.type()->getitem == nullptr || IsDict(seq)) {
    return SetErrorFmt(TypeErrorType(), "'{}' object is not reversible", TypeName(seq));
  }
  int64_t n = Length(seq);
  if (n < 0) return Ref();
  auto* r = Alloc<ReversedObject>(type);
  if (r == nullptr) return Ref();
  Incref(r->seq = seq);
  r->index = n - 1;
  return Ref::Steal(r);
}

Ref ReversedNext(Value self) {
  auto* r = static_cast<ReversedObject*>(self.obj());
  if (!r->seq) return Ref();
  if (r->index >= 0) {
    Ref item = GetItem(r->seq, Value::SmallInt(r->index));
    if (item) {
      r->index--;
      return item;
    }
    if (!EndsSequence()) return Ref();
  }
  r->index = -1;
  ClearField(r->seq);
  return Ref();
}

Ref ReversedLengthHint(Value self, const Value*, size_t, Value) {
  auto* r = static_cast<ReversedObject*>(self.obj());
  return IntFromInt64(r->seq ? r->index + 1 : 0);
}

void ReversedDealloc(gc::Header* h) {
  Decref(static_cast<ReversedObject*>(h)->seq);
  FreeObject(h);
}

void ReversedTraverse(gc::Header* h, gc::Visitor& v) {
  detail::VisitValue(v, static_cast<ReversedObject*>(h)->seq);
}

const MethodDef kReversedMethods[] = {
    {"__length_hint__", ReversedLengthHint},
    {nullptr, nullptr},
};

void InitIter(TypeObject* t, const char* name, size_t size, void (*dealloc)(gc::Header*),
              void (*traverse)(gc::Header*, gc::Visitor&), UnaryFn next, NewFn new_) {
  t->name = name;
  t->basic_size = size;
  t->hooks.dealloc = dealloc;
  t->hooks.traverse = traverse;
  t->iter = detail::SelfIter;
  t->next = next;
  t->new_ = new_;
  if (new_ != nullptr) t->type_flags |= kTypeBaseType;
  InitStaticType(t);
}

}  // namespace

Ref NewSeqIter(Value seq) {
  auto* it = Alloc<SeqIterObject>(&SeqIterType);
  if (it == nullptr) return Ref();
  Incref(it->seq = seq);
  it->index = 0;
  return Ref::Steal(it);
}

Ref NewCallableIter(Value callable, Value sentinel) {
  auto* it = Alloc<CallableIterObject>(&CallableIterType);
  if (it == nullptr) return Ref();
  Incref(it->callable = callable);
  Incref(it->sentinel = sentinel);
  return Ref::Steal(it);
}

void InitIterTypes() {
  InitIter(&SeqIterType, "iterator", sizeof(SeqIterObject), SeqIterDealloc, SeqIterTraverse,
           SeqIterNext, nullptr);
  InitIter(&CallableIterType, "callable_iterator", sizeof(CallableIterObject),
           CallableIterDealloc, CallableIterTraverse, CallableIterNext, nullptr);
  InitIter(&EnumerateType, "enumerate", sizeof(EnumerateObject), EnumerateDealloc,
           EnumerateTraverse, EnumerateNext, EnumerateNew);
  InitIter(&ZipType, "zip", sizeof(ZipObject), ZipDealloc, ZipTraverse, ZipNext, ZipNew);
  InitIter(&MapType, "map", sizeof(ZipObject), ZipDealloc, ZipTraverse, MapNext, MapNew);
  InitIter(&FilterType, "filter", sizeof(FilterObject), FilterDealloc, FilterTraverse,
           FilterNext, FilterNew);
  ReversedType.methods = kReversedMethods;
  InitIter(&ReversedType, "reversed", sizeof(ReversedObject), ReversedDealloc, ReversedTraverse,
           ReversedNext, ReversedNew);
}

}  // namespace gilectomy::rt
