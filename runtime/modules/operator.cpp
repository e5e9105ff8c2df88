// The operator module: the operators as functions, and the native callable
// types itemgetter, attrgetter (dotted names) and methodcaller, with
// CPython's reprs ("operator.itemgetter(1, 'a')") and messages. Every
// function also has its dunder alias (operator.__add__), as in CPython.
#include <string>
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

TypeObject ItemGetterType, AttrGetterType, MethodCallerType;

bool Args(const char* name, size_t nargs, Value kwnames, size_t n) {
  if (!NoKeywords(name, kwnames)) return false;
  if (n == 1) {
    if (nargs == 1) return true;
    SetErrorFmt(TypeErrorType(), "_operator.{}() takes exactly one argument ({} given)", name,
                nargs);
    return false;
  }
  return CheckArgCount(name, nargs, n, n);
}

// --- binary and unary operators --------------------------------------------------

#define GY_BINARY(name, op)                                                  \
  Ref Op_##name(Value, const Value* a, size_t n, Value k) {                   \
    if (!Args(#name, n, k, 2)) return Ref();                                 \
    return BinaryOp(a[0], a[1], BinOp::op);                                  \
  }                                                                          \
  Ref Op_i##name(Value, const Value* a, size_t n, Value k) {                  \
    if (!Args("i" #name, n, k, 2)) return Ref();                             \
    return InPlaceOp(a[0], a[1], BinOp::op);                                 \
  }
GY_BINARY(add, kAdd)
GY_BINARY(sub, kSub)
GY_BINARY(mul, kMul)
GY_BINARY(matmul, kMatMul)
GY_BINARY(truediv, kTrueDiv)
GY_BINARY(floordiv, kFloorDiv)
GY_BINARY(mod, kMod)
GY_BINARY(pow, kPow)
GY_BINARY(lshift, kLShift)
GY_BINARY(rshift, kRShift)
GY_BINARY(and_, kAnd)
GY_BINARY(or_, kOr)
GY_BINARY(xor, kXor)
#undef GY_BINARY

#define GY_COMPARE(name, op)                                                 \
  Ref Op_##name(Value, const Value* a, size_t n, Value k) {                   \
    if (!Args(#name, n, k, 2)) return Ref();                                 \
    return RichCompare(a[0], a[1], CompareOp::op);                           \
  }
GY_COMPARE(lt, kLt)
GY_COMPARE(le, kLe)
GY_COMPARE(eq, kEq)
GY_COMPARE(ne, kNe)
GY_COMPARE(gt, kGt)
GY_COMPARE(ge, kGe)
#undef GY_COMPARE

#define GY_UNARY(name, fn)                                                   \
  Ref Op_##name(Value, const Value* a, size_t n, Value k) {                   \
    if (!Args(#name, n, k, 1)) return Ref();                                 \
    return fn(a[0]);                                                         \
  }
GY_UNARY(neg, Negative)
GY_UNARY(pos, Positive)
GY_UNARY(abs, Absolute)
GY_UNARY(invert, Invert)
GY_UNARY(inv, Invert)
GY_UNARY(index, Index)
#undef GY_UNARY

Ref Op_not_(Value, const Value* a, size_t n, Value k) {
  if (!Args("not_", n, k, 1)) return Ref();
  int t = IsTrue(a[0]);
  if (t < 0) return Ref();
  return Ref::New(Bool(t == 0));
}

Ref Op_truth(Value, const Value* a, size_t n, Value k) {
  if (!Args("truth", n, k, 1)) return Ref();
  int t = IsTrue(a[0]);
  if (t < 0) return Ref();
  return Ref::New(Bool(t == 1));
}

Ref Op_is_(Value, const Value* a, size_t n, Value k) {
  if (!Args("is_", n, k, 2)) return Ref();
  return Ref::New(Bool(a[0] == a[1]));
}

Ref Op_is_not(Value, const Value* a, size_t n, Value k) {
  if (!Args("is_not", n, k, 2)) return Ref();
  return Ref::New(Bool(a[0] != a[1]));
}

// --- sequence operations -----------------------------------------------------------

bool IsConcatenable(Value v) {
  return IsStr(v) || IsList(v) || IsTuple(v) || v.type()->name == std::string_view("bytes") ||
         v.type()->name == std::string_view("bytearray");
}

Ref Op_concat(Value, const Value* a, size_t n, Value k) {
  if (!Args("concat", n, k, 2)) return Ref();
  if (!IsConcatenable(a[0])) {
    return SetErrorFmt(TypeErrorType(), "'{}' object can't be concatenated", TypeName(a[0]));
  }
  return BinaryOp(a[0], a[1], BinOp::kAdd);
}

Ref Op_iconcat(Value, const Value* a, size_t n, Value k) {
  if (!Args("iconcat", n, k, 2)) return Ref();
  if (!IsConcatenable(a[0])) {
    return SetErrorFmt(TypeErrorType(), "'{}' object can't be concatenated", TypeName(a[0]));
  }
  return InPlaceOp(a[0], a[1], BinOp::kAdd);
}

Ref Op_contains(Value, const Value* a, size_t n, Value k) {
  if (!Args("contains", n, k, 2)) return Ref();
  int r = Contains(a[0], a[1]);
  if (r < 0) return Ref();
  return Ref::New(Bool(r == 1));
}

Ref Op_getitem(Value, const Value* a, size_t n, Value k) {
  if (!Args("getitem", n, k, 2)) return Ref();
  return GetItem(a[0], a[1]);
}

Ref Op_setitem(Value, const Value* a, size_t n, Value k) {
  if (!Args("setitem", n, k, 3)) return Ref();
  if (SetItem(a[0], a[1], a[2]) < 0) return Ref();
  return Ref::New(None());
}

Ref Op_delitem(Value, const Value* a, size_t n, Value k) {
  if (!Args("delitem", n, k, 2)) return Ref();
  if (DelItem(a[0], a[1]) < 0) return Ref();
  return Ref::New(None());
}

// Calls visit(index, item) for each item until it returns non-zero.
template <typename F>
int ForEach(Value seq, F visit) {
  Ref it = GetIter(seq);
  if (!it) return -1;
  int64_t i = 0;
  while (Ref item = IterNext(it.get())) {
    int r = visit(i++, item.get());
    if (r != 0) return r;
  }
  return ErrorOccurred() ? -1 : 0;
}

Ref Op_countOf(Value, const Value* a, size_t n, Value k) {
  if (!Args("countOf", n, k, 2)) return Ref();
  int64_t count = 0;
  int r = ForEach(a[0], [&](int64_t, Value item) {
    int eq = item == a[1] ? 1 : RichCompareBool(item, a[1], CompareOp::kEq);
    if (eq < 0) return -1;
    count += eq;
    return 0;
  });
  if (r < 0) return Ref();
  return IntFromInt64(count);
}

Ref Op_indexOf(Value, const Value* a, size_t n, Value k) {
  if (!Args("indexOf", n, k, 2)) return Ref();
  int64_t found = -1;
  int r = ForEach(a[0], [&](int64_t i, Value item) {
    int eq = item == a[1] ? 1 : RichCompareBool(item, a[1], CompareOp::kEq);
    if (eq > 0) found = i;
    return eq;
  });
  if (r < 0) return Ref();
  if (found < 0) return SetError(ValueErrorType(), "sequence.index(x): x not in sequence");
  return IntFromInt64(found);
}

Ref Op_length_hint(Value, const Value* a, size_t n, Value k) {
  if (!NoKeywords("length_hint", k) || !CheckArgCount("length_hint", n, 1, 2)) return Ref();
  int64_t dflt = 0;
  if (n == 2) {
    if (!IsInt(a[1])) {
      return SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer",
                         TypeName(a[1]));
    }
    if (!IntAsInt64(a[1], &dflt)) return Ref();
  }
  if (a[0].type()->len != nullptr) {
    int64_t len = Length(a[0]);
    if (len >= 0) return IntFromInt64(len);
    if (!ErrorMatches(TypeErrorType())) return Ref();
    ClearError();
  }
  Value hint = LookupInType(a[0].type(), Intern("__length_hint__"));
  if (hint) {
    Ref r = CallMethod(a[0], "__length_hint__", nullptr, 0);
    if (!r) return Ref();
    if (IsNotImplemented(r.get())) return IntFromInt64(dflt);
    if (!IsInt(r.get())) {
      return SetErrorFmt(TypeErrorType(), "__length_hint__ must be an integer, not {}",
                         TypeName(r.get()));
    }
    if (IntSign(r.get()) < 0) return SetError(ValueErrorType(), "__length_hint__() should return >= 0");
    return r;
  }
  return IntFromInt64(dflt);
}

// --- itemgetter / attrgetter / methodcaller ------------------------------------------

// All three keep their arguments in one tuple; methodcaller adds keywords.
struct GetterObject : Object {
  Value items;   // tuple (owned): keys, attribute-name paths (tuples of str), or
                 // methodcaller's (name, *args)
  Value kwargs;  // methodcaller: dict (owned); otherwise null
};

GetterObject* AsGetter(Value v) { return static_cast<GetterObject*>(v.obj()); }

void GetterDealloc(gc::Header* h) {
  auto* g = static_cast<GetterObject*>(h);
  Decref(g->items);
  Decref(g->kwargs);
  FreeObject(h);
}

void GetterTraverse(gc::Header* h, gc::Visitor& v) {
  auto* g = static_cast<GetterObject*>(h);
  detail::VisitValue(v, g->items);
  detail::VisitValue(v, g->kwargs);
}

Ref NewGetter(TypeObject* type, Ref items, Ref kwargs) {
  auto* g = static_cast<GetterObject*>(AllocObject(type, sizeof(GetterObject)));
  if (g == nullptr) return Ref();
  g->items = items.release();
  g->kwargs = kwargs.release();
  return Ref::Steal(g);
}

// Calling a getter: exactly one positional argument.
bool CallArgs(const char* name, size_t nargs, Value kwnames) {
  if (!NoKeywords(name, kwnames)) return false;
  if (nargs == 1) return true;
  SetErrorFmt(TypeErrorType(), "{} expected 1 argument, got {}", name, nargs);
  return false;
}

Ref ItemGetterNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("itemgetter", kwnames)) return Ref();
  if (nargs == 0) return SetError(TypeErrorType(), "itemgetter expected 1 argument, got 0");
  Ref t = TupleFromArray(args, static_cast<int64_t>(nargs));
  if (!t) return Ref();
  return NewGetter(type, std::move(t), Ref());
}

Ref ItemGetterCall(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!CallArgs("itemgetter", nargs, kwnames)) return Ref();
  Value items = AsGetter(self)->items;
  int64_t n = TupleSize(items);
  if (n == 1) return GetItem(args[0], TupleItem(items, 0));
  Ref r = NewTuple(n);
  if (!r) return Ref();
  for (int64_t i = 0; i < n; i++) {
    Ref v = GetItem(args[0], TupleItem(items, i));
    if (!v) return Ref();
    TupleInit(r.get(), i, std::move(v));
  }
  return r;
}

Ref ItemGetterRepr(Value self) {
  detail::ReprGuard guard(self.obj());
  if (guard.recursive()) return StrFromAscii("operator.itemgetter(...)");
  std::string out = "operator.itemgetter(";
  Value items = AsGetter(self)->items;
  for (int64_t i = 0; i < TupleSize(items); i++) {
    if (i > 0) out += ", ";
    if (!detail::AppendRepr(out, TupleItem(items, i))) return Ref();
  }
  out += ')';
  return StrFromUtf8(out);
}

// attrgetter keeps each name as a tuple of interned parts ("a.b" -> ('a', 'b')).
Ref AttrGetterNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("attrgetter", kwnames)) return Ref();
  if (nargs == 0) return SetError(TypeErrorType(), "attrgetter expected 1 argument, got 0");
  Ref paths = NewTuple(static_cast<int64_t>(nargs));
  if (!paths) return Ref();
  for (size_t i = 0; i < nargs; i++) {
    if (!IsStr(args[i])) return SetError(TypeErrorType(), "attribute name must be a string");
    std::string_view name = StrView(args[i]);
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (;;) {
      size_t dot = name.find('.', start);
      parts.push_back(name.substr(start, dot == std::string_view::npos ? dot : dot - start));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    Ref path = NewTuple(static_cast<int64_t>(parts.size()));
    if (!path) return Ref();
    for (size_t j = 0; j < parts.size(); j++) {
      TupleInit(path.get(), static_cast<int64_t>(j), Ref::New(Intern(parts[j])));
    }
    TupleInit(paths.get(), static_cast<int64_t>(i), std::move(path));
  }
  return NewGetter(type, std::move(paths), Ref());
}

Ref GetPath(Value obj, Value path) {
  Ref cur = Ref::New(obj);
  for (int64_t i = 0; i < TupleSize(path); i++) {
    cur = GetAttr(cur.get(), TupleItem(path, i));
    if (!cur) return Ref();
  }
  return cur;
}

Ref AttrGetterCall(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!CallArgs("attrgetter", nargs, kwnames)) return Ref();
  Value paths = AsGetter(self)->items;
  int64_t n = TupleSize(paths);
  if (n == 1) return GetPath(args[0], TupleItem(paths, 0));
  Ref r = NewTuple(n);
  if (!r) return Ref();
  for (int64_t i = 0; i < n; i++) {
    Ref v = GetPath(args[0], TupleItem(paths, i));
    if (!v) return Ref();
    TupleInit(r.get(), i, std::move(v));
  }
  return r;
}

Ref AttrGetterRepr(Value self) {
  std::string out = "operator.attrgetter(";
  Value paths = AsGetter(self)->items;
  for (int64_t i = 0; i < TupleSize(paths); i++) {
    if (i > 0) out += ", ";
    std::string dotted;
    Value path = TupleItem(paths, i);
    for (int64_t j = 0; j < TupleSize(path); j++) {
      if (j > 0) dotted += '.';
      dotted += StrView(TupleItem(path, j));
    }
    out += StrReprText(dotted);
  }
  out += ')';
  return StrFromUtf8(out);
}

Ref MethodCallerNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 0) {
    return SetError(TypeErrorType(), "methodcaller needs at least one argument, the method name");
  }
  if (!IsStr(args[0])) return SetError(TypeErrorType(), "method name must be a string");
  Ref items = TupleFromArray(args, static_cast<int64_t>(nargs));
  Ref kwargs = NewDict();
  if (!items || !kwargs) return Ref();
  for (int64_t i = 0; kwnames && i < TupleSize(kwnames); i++) {
    if (DictSetItem(kwargs.get(), TupleItem(kwnames, i), args[nargs + i]) < 0) return Ref();
  }
  return NewGetter(type, std::move(items), std::move(kwargs));
}

Ref MethodCallerCall(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!CallArgs("methodcaller", nargs, kwnames)) return Ref();
  GetterObject* g = AsGetter(self);
  Ref method = GetAttr(args[0], TupleItem(g->items, 0));
  if (!method) return Ref();
  std::vector<Value> argv;
  for (int64_t i = 1; i < TupleSize(g->items); i++) argv.push_back(TupleItem(g->items, i));
  size_t npos = argv.size();
  int64_t nkw = DictSize(g->kwargs);
  Ref names;
  if (nkw > 0) {
    names = NewTuple(nkw);
    if (!names) return Ref();
    int64_t pos = 0, i = 0;
    Value k, v;
    while (DictNext(g->kwargs, &pos, &k, &v)) {
      TupleInit(names.get(), i++, Ref::New(k));
      argv.push_back(v);
    }
  }
  return Call(method.get(), argv.data(), npos, names.get());
}

Ref MethodCallerRepr(Value self) {
  GetterObject* g = AsGetter(self);
  std::string out = "operator.methodcaller(";
  for (int64_t i = 0; i < TupleSize(g->items); i++) {
    if (i > 0) out += ", ";
    if (!detail::AppendRepr(out, TupleItem(g->items, i))) return Ref();
  }
  int64_t pos = 0;
  Value k, v;
  while (DictNext(g->kwargs, &pos, &k, &v)) {
    out += ", ";
    out += StrView(k);
    out += '=';
    if (!detail::AppendRepr(out, v)) return Ref();
  }
  out += ')';
  return StrFromUtf8(out);
}

void InitGetterType(TypeObject* t, const char* name, NewFn new_, CallFn call, UnaryFn repr) {
  t->name = name;
  t->basic_size = sizeof(GetterObject);
  t->hooks.dealloc = GetterDealloc;
  t->hooks.traverse = GetterTraverse;
  t->new_ = new_;
  t->call = call;
  t->repr = repr;
  InitStaticType(t);
}

#define GY_DEF(name) {#name, Op_##name}
#define GY_DEF2(name) {#name, Op_##name}, {"__" #name "__", Op_##name}
const MethodDef kOperatorFunctions[] = {
    GY_DEF2(add), GY_DEF2(sub), GY_DEF2(mul), GY_DEF2(matmul), GY_DEF2(truediv),
    GY_DEF2(floordiv), GY_DEF2(mod), GY_DEF2(pow), GY_DEF2(lshift), GY_DEF2(rshift),
    GY_DEF2(xor), GY_DEF2(iadd), GY_DEF2(isub), GY_DEF2(imul), GY_DEF2(imatmul),
    GY_DEF2(itruediv), GY_DEF2(ifloordiv), GY_DEF2(imod), GY_DEF2(ipow), GY_DEF2(ilshift),
    GY_DEF2(irshift), GY_DEF2(ixor), GY_DEF2(lt), GY_DEF2(le), GY_DEF2(eq), GY_DEF2(ne),
    GY_DEF2(gt), GY_DEF2(ge), GY_DEF2(neg), GY_DEF2(pos), GY_DEF2(abs), GY_DEF2(invert),
    GY_DEF2(inv), GY_DEF2(index), GY_DEF2(concat), GY_DEF2(iconcat), GY_DEF2(contains),
    GY_DEF2(getitem), GY_DEF2(setitem), GY_DEF2(delitem),
    GY_DEF(truth), GY_DEF(is_), GY_DEF(is_not), GY_DEF(countOf), GY_DEF(indexOf),
    GY_DEF(length_hint), GY_DEF(not_), {"__not__", Op_not_},
    GY_DEF(and_), {"__and__", Op_and_}, GY_DEF(or_), {"__or__", Op_or_},
    {"iand", Op_iand_}, {"__iand__", Op_iand_}, {"ior", Op_ior_}, {"__ior__", Op_ior_},
    {nullptr, nullptr},
};
#undef GY_DEF
#undef GY_DEF2

}  // namespace

void InitOperatorTypes() {
  InitGetterType(&ItemGetterType, "operator.itemgetter", ItemGetterNew, ItemGetterCall, ItemGetterRepr);
  InitGetterType(&AttrGetterType, "operator.attrgetter", AttrGetterNew, AttrGetterCall, AttrGetterRepr);
  InitGetterType(&MethodCallerType, "operator.methodcaller", MethodCallerNew, MethodCallerCall,
                 MethodCallerRepr);
}

Ref CreateOperatorModule() {
  Ref mod = NewModule("operator");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kOperatorFunctions);
  Value d = ModuleDict(mod.get());
  TypeObject* types[] = {&ItemGetterType, &AttrGetterType, &MethodCallerType};
  for (TypeObject* t : types) {
    if (DictSetCStr(d, std::string_view(t->name).substr(9), Value::FromObject(t)) < 0) return Ref();
  }
  return mod;
}

}  // namespace gilectomy::rt
