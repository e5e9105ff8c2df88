// Function objects, native functions, bound methods and cells.
#include "runtime/objects/function.h"

#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/code.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/init.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

void InitCodeType();

namespace {

void DecrefField(Object* o) {
  if (o) gc::Decref(o);
}

// Collector hooks (gc/header.h): visit an owned `Object*` field; clear one by
// storing null before the decref (the decref may run other deallocs).
void VisitField(gc::Visitor& v, Object* o) {
  if (o) v.Visit(o);
}
void ClearObjectField(Object** field) {
  Object* old = *field;
  *field = nullptr;
  DecrefField(old);
}
void ClearValueField(Value* field) {
  Value old = *field;
  *field = Value();
  XDecref(old);
}

Value OrNone(Object* o) { return o ? Value::FromObject(o) : None(); }

// --- function ----------------------------------------------------------------

FunctionObject* AsFunc(Value v) { return static_cast<FunctionObject*>(v.obj()); }

void FunctionDealloc(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  for (Object* p : {static_cast<Object*>(f->code), f->globals, f->builtins, f->name, f->qualname,
                    f->defaults, f->kwdefaults, f->closure, f->doc, f->dict, f->module}) {
    DecrefField(p);
  }
  FreeObject(o);
}

// Every owned field, code and strings included (a name may be an instance of
// a str subclass, which is tracked).
void FunctionTraverse(gc::Header* h, gc::Visitor& v) {
  auto* f = static_cast<FunctionObject*>(h);
  for (Object* p : {static_cast<Object*>(f->code), f->globals, f->builtins, f->name, f->qualname,
                    f->defaults, f->kwdefaults, f->closure, f->doc, f->dict, f->module}) {
    VisitField(v, p);
  }
}

// Drops the fields that may be null in a live function (CPython's func_clear
// also drops globals; here a frame borrows globals and builtins from its
// function, so they stay: a cycle through the globals dict is broken by the
// dict's own clear). code, name and qualname hold immutable objects.
void FunctionClear(gc::Header* h) {
  auto* f = static_cast<FunctionObject*>(h);
  for (Object** p : {&f->defaults, &f->kwdefaults, &f->closure, &f->doc, &f->dict, &f->module}) {
    ClearObjectField(p);
  }
}

Ref FunctionCall(Value callable, const Value* args, size_t nargs, Value kwnames) {
  return CallPythonFunction(AsFunc(callable), args, nargs, kwnames);
}

Ref FunctionDescrGet(Value descr, Value instance, Value owner) {
  if (!instance) return Ref::New(descr);
  return NewBoundMethod(descr, instance);
}

Ref FunctionRepr(Value self) {
  return StrFromUtf8(fmt::format("<function {} at {}>", StrView(Value::FromObject(AsFunc(self)->qualname)),
                                 static_cast<void*>(self.obj())));
}

Ref FuncGetName(Value self) { return Ref::New(Value::FromObject(AsFunc(self)->name)); }
int FuncSetName(Value self, Value v) {
  if (!v || !IsStr(v)) return SetError(TypeErrorType(), "__name__ must be set to a string object");
  Incref(v);
  DecrefField(AsFunc(self)->name);
  AsFunc(self)->name = v.obj();
  return 0;
}
Ref FuncGetQualname(Value self) { return Ref::New(Value::FromObject(AsFunc(self)->qualname)); }
int FuncSetQualname(Value self, Value v) {
  if (!v || !IsStr(v)) return SetError(TypeErrorType(), "__qualname__ must be set to a string object");
  Incref(v);
  DecrefField(AsFunc(self)->qualname);
  AsFunc(self)->qualname = v.obj();
  return 0;
}
Ref FuncGetDoc(Value self) { return Ref::New(OrNone(AsFunc(self)->doc)); }
int FuncSetDoc(Value self, Value v) {
  Value nv = v ? v : None();
  Incref(nv);
  DecrefField(AsFunc(self)->doc);
  AsFunc(self)->doc = nv.obj();
  return 0;
}
Ref FuncGetDefaults(Value self) { return Ref::New(OrNone(AsFunc(self)->defaults)); }
int FuncSetDefaults(Value self, Value v) {
  if (v && !IsNone(v) && !IsTuple(v)) {
    return SetError(TypeErrorType(), "__defaults__ must be set to a tuple object");
  }
  Object* nv = (v && !IsNone(v)) ? (Incref(v), v.obj()) : nullptr;
  DecrefField(AsFunc(self)->defaults);
  AsFunc(self)->defaults = nv;
  return 0;
}
Ref FuncGetKwdefaults(Value self) { return Ref::New(OrNone(AsFunc(self)->kwdefaults)); }
Ref FuncGetCode(Value self) { return Ref::New(Value::FromObject(AsFunc(self)->code)); }
Ref FuncGetGlobals(Value self) { return Ref::New(Value::FromObject(AsFunc(self)->globals)); }
Ref FuncGetModule(Value self) { return Ref::New(OrNone(AsFunc(self)->module)); }
int FuncSetModule(Value self, Value v) {  // any object; deleting stores None
  Value nv = v ? v : None();
  Incref(nv);
  DecrefField(AsFunc(self)->module);
  AsFunc(self)->module = nv.obj();
  return 0;
}
Ref FuncGetClosure(Value self) { return Ref::New(OrNone(AsFunc(self)->closure)); }
Ref FuncGetDict(Value self) {
  auto* f = AsFunc(self);
  if (!f->dict) {
    Ref d = NewDict();
    if (!d) return Ref();
    f->dict = d.release().obj();
  }
  return Ref::New(Value::FromObject(f->dict));
}

const GetSetDef kFunctionGetSets[] = {
    {"__name__", FuncGetName, FuncSetName},
    {"__qualname__", FuncGetQualname, FuncSetQualname},
    {"__doc__", FuncGetDoc, FuncSetDoc},
    {"__defaults__", FuncGetDefaults, FuncSetDefaults},
    {"__kwdefaults__", FuncGetKwdefaults},
    {"__code__", FuncGetCode},
    {"__globals__", FuncGetGlobals},
    {"__module__", FuncGetModule, FuncSetModule},
    {"__closure__", FuncGetClosure},
    {"__dict__", FuncGetDict},
    {nullptr, nullptr}};

// --- builtin functions -----------------------------------------------------------

void BuiltinDealloc(Object* o) {
  auto* b = static_cast<BuiltinFunctionObject*>(o);
  Decref(b->self);
  DecrefField(b->module_name);
  FreeObject(o);
}

// No clear: `self` is what the method is bound to (CPython's builtin methods
// have no tp_clear either); a cycle through one passes through `self`.
void BuiltinTraverse(gc::Header* h, gc::Visitor& v) {
  auto* b = static_cast<BuiltinFunctionObject*>(h);
  detail::VisitValue(v, b->self);
  VisitField(v, b->module_name);
}

Ref BuiltinCall(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* b = static_cast<BuiltinFunctionObject*>(callable.obj());
  return b->def->fn(b->self, args, nargs, kwnames);
}

Ref BuiltinRepr(Value v) {
  auto* b = static_cast<BuiltinFunctionObject*>(v.obj());
  if (!b->self || b->self.type() == &ModuleType) {
    return StrFromUtf8(fmt::format("<built-in function {}>", b->def->name));
  }
  if (b->self.is_object() && (b->self.obj()->flags_ & gc::kIsType)) {
    return StrFromUtf8(fmt::format("<built-in method {} of type object at {}>", b->def->name,
                                   static_cast<void*>(b->self.obj())));
  }
  return StrFromUtf8(fmt::format("<built-in method {} of {} object at {:#x}>", b->def->name,
                                 TypeName(b->self), b->self.raw()));
}

Ref BuiltinGetName(Value v) { return StrFromUtf8(static_cast<BuiltinFunctionObject*>(v.obj())->def->name); }
Ref BuiltinGetSelf(Value v) {
  Value self = static_cast<BuiltinFunctionObject*>(v.obj())->self;
  return Ref::New(self ? self : None());
}
Ref BuiltinGetModule(Value v) {
  return Ref::New(OrNone(static_cast<BuiltinFunctionObject*>(v.obj())->module_name));
}
Ref BuiltinGetDoc(Value) { return Ref::New(None()); }
const GetSetDef kBuiltinGetSets[] = {{"__name__", BuiltinGetName},
                                     {"__qualname__", BuiltinGetName},
                                     {"__self__", BuiltinGetSelf},
                                     {"__module__", BuiltinGetModule},
                                     {"__doc__", BuiltinGetDoc},
                                     {nullptr, nullptr}};

// --- bound methods -----------------------------------------------------------------

void MethodDealloc(Object* o) {
  auto* m = static_cast<MethodObject*>(o);
  DecrefField(m->func);
  Decref(m->self);
  FreeObject(o);
}

// No clear: a bound method is never without its function and self (as in
// CPython); a cycle through one is broken at the function or the instance.
void MethodTraverse(gc::Header* h, gc::Visitor& v) {
  auto* m = static_cast<MethodObject*>(h);
  VisitField(v, m->func);
  detail::VisitValue(v, m->self);
}

Ref MethodCall(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* m = static_cast<MethodObject*>(callable.obj());
  size_t nkw = kwnames ? static_cast<size_t>(TupleSize(kwnames)) : 0;
  size_t total = nargs + nkw;
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = m->self;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  return Call(Value::FromObject(m->func), buf, nargs + 1, kwnames);
}

Ref MethodRepr(Value v) {
  auto* m = static_cast<MethodObject*>(v.obj());
  Ref name = GetAttrStr(Value::FromObject(m->func), "__qualname__");
  if (!name) return Ref();
  std::string self_repr;
  if (!ReprText(m->self, &self_repr)) return Ref();
  return StrFromUtf8(fmt::format("<bound method {} of {}>", StrView(name.get()), self_repr));
}

// Bound methods are equal when they bind the same object to the same function.
Ref MethodRichCompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || b.type() != &MethodType) return NotImplemented();
  auto* x = static_cast<MethodObject*>(a.obj());
  auto* y = static_cast<MethodObject*>(b.obj());
  bool eq = x->self == y->self && x->func == y->func;
  return Ref::New(Bool(op == CompareOp::kEq ? eq : !eq));
}
int64_t MethodHash(Value v) {
  auto* m = static_cast<MethodObject*>(v.obj());
  int64_t h = Hash(m->self);
  if (h == -1) return -1;
  int64_t r = h ^ static_cast<int64_t>(reinterpret_cast<uintptr_t>(m->func) >> 4);
  return r == -1 ? -2 : r;
}

Ref MethodGetFunc(Value v) { return Ref::New(Value::FromObject(static_cast<MethodObject*>(v.obj())->func)); }
Ref MethodGetSelf(Value v) { return Ref::New(static_cast<MethodObject*>(v.obj())->self); }
Ref MethodGetAttr(Value self, Value name) {
  Ref r = GenericGetAttr(self, name);
  if (r || !ErrorMatches(AttributeErrorType())) return r;
  ClearError();
  return GetAttr(Value::FromObject(static_cast<MethodObject*>(self.obj())->func), name);
}
const GetSetDef kMethodGetSets[] = {{"__func__", MethodGetFunc}, {"__self__", MethodGetSelf}, {nullptr, nullptr}};

// --- cells ---------------------------------------------------------------------------

void CellDealloc(Object* o) {
  Decref(static_cast<CellObject*>(o)->contents);
  FreeObject(o);
}
void CellTraverse(gc::Header* h, gc::Visitor& v) {
  detail::VisitValue(v, static_cast<CellObject*>(h)->contents);
}
void CellClear(gc::Header* h) { ClearValueField(&static_cast<CellObject*>(h)->contents); }
Ref CellGetContents(Value v) {
  Value c = static_cast<CellObject*>(v.obj())->contents;
  if (!c) return SetError(ValueErrorType(), "Cell is empty");
  return Ref::New(c);
}
const GetSetDef kCellGetSets[] = {{"cell_contents", CellGetContents}, {nullptr, nullptr}};

}  // namespace

Ref NewBuiltinFunction(const MethodDef* def, Value self, Value module_name) {
  Object* o = AllocObject(&BuiltinFunctionType, sizeof(BuiltinFunctionObject));
  if (o == nullptr) return Ref();
  auto* b = static_cast<BuiltinFunctionObject*>(o);
  b->def = def;
  Incref(self);
  b->self = self;
  if (module_name) {
    Incref(module_name);
    b->module_name = module_name.obj();
  }
  return Ref::Steal(o);
}

Ref NewBoundMethod(Value func, Value self) {
  Object* o = AllocObject(&MethodType, sizeof(MethodObject));
  if (o == nullptr) return Ref();
  auto* m = static_cast<MethodObject*>(o);
  Incref(func);
  Incref(self);
  m->func = func.obj();
  m->self = self;
  return Ref::Steal(o);
}

Ref NewCell(Value contents) {
  Object* o = AllocObject(&CellType, sizeof(CellObject));
  if (o == nullptr) return Ref();
  Incref(contents);
  static_cast<CellObject*>(o)->contents = contents;
  return Ref::Steal(o);
}

Ref NewFunction(Value code, Value globals, Value qualname) {
  Object* o = AllocObject(&FunctionType, sizeof(FunctionObject));
  if (o == nullptr) return Ref();
  auto* f = static_cast<FunctionObject*>(o);
  auto* c = As<CodeObject>(code);
  Incref(code);
  f->code = c;
  Incref(globals);
  f->globals = globals.obj();
  Incref(c->name);
  f->name = c->name.obj();
  Incref(qualname);
  f->qualname = qualname.obj();
  Value modname = DictGetCStr(globals, "__name__");
  if (modname) {
    Incref(modname);
    f->module = modname.obj();
  }
  // The compiler puts a function's docstring (or None) first in its constants.
  Value doc = None();
  if ((c->flags & kCodeOptimized) && !c->consts.empty() && IsStr(c->consts[0])) doc = c->consts[0];
  Incref(doc);
  f->doc = doc.obj();
  return Ref::Steal(o);
}

void InitFunctionTypes() {
  FunctionType.name = "function";
  FunctionType.hooks.dealloc = FunctionDealloc;
  FunctionType.hooks.traverse = FunctionTraverse;
  FunctionType.hooks.clear = FunctionClear;
  FunctionType.call = FunctionCall;
  FunctionType.descr_get = FunctionDescrGet;
  FunctionType.repr = FunctionRepr;
  FunctionType.getsets = kFunctionGetSets;
  FunctionType.setattr = GenericSetAttr;
  FunctionType.dict_offset = offsetof(FunctionObject, dict);
  InitStaticType(&FunctionType);

  BuiltinFunctionType.name = "builtin_function_or_method";
  BuiltinFunctionType.hooks.dealloc = BuiltinDealloc;
  BuiltinFunctionType.hooks.traverse = BuiltinTraverse;
  BuiltinFunctionType.call = BuiltinCall;
  BuiltinFunctionType.repr = BuiltinRepr;
  BuiltinFunctionType.getsets = kBuiltinGetSets;
  InitStaticType(&BuiltinFunctionType);

  MethodType.name = "method";
  MethodType.hooks.dealloc = MethodDealloc;
  MethodType.hooks.traverse = MethodTraverse;
  MethodType.call = MethodCall;
  MethodType.repr = MethodRepr;
  MethodType.richcompare = MethodRichCompare;
  MethodType.hash = MethodHash;
  MethodType.getattr = MethodGetAttr;
  MethodType.getsets = kMethodGetSets;
  InitStaticType(&MethodType);

  CellType.name = "cell";
  CellType.hooks.dealloc = CellDealloc;
  CellType.hooks.traverse = CellTraverse;
  CellType.hooks.clear = CellClear;
  CellType.getsets = kCellGetSets;
  InitStaticType(&CellType);

  InitCodeType();
}

}  // namespace gilectomy::rt
