// The descriptor types classes use: property, staticmethod, classmethod.
//
// A descriptor is an object in a class's dict whose type has descr_get
// (and, for data descriptors such as property, descr_set); attribute
// lookup (GenericGetAttr) calls them, so `obj.x` on a property runs fget.
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/init.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

// ---------------------------------------------------------------- property

struct PropertyObject : Object {
  Value fget, fset, fdel, doc;  // owned or null
  Value name;                   // str from __set_name__, or null (owned)
  Object* dict;                 // __dict__ of property subclasses (owned)
  static bool IsType(TypeObject* t) { return IsSubtype(t, &PropertyType); }
};

PropertyObject* AsProperty(Value v) { return static_cast<PropertyObject*>(v.obj()); }

void PropertyDealloc(gc::Header* h) {
  auto* p = static_cast<PropertyObject*>(h);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc, p->name}) XDecref(v);
  if (p->dict) Decref(Value::FromObject(p->dict));
  FreeObject(p);
}

void PropertyTraverse(gc::Header* h, gc::Visitor& v) {
  auto* p = static_cast<PropertyObject*>(h);
  for (Value x : {p->fget, p->fset, p->fdel, p->doc, p->name}) {
    if (x.is_object()) v.Visit(x.obj());
  }
  if (p->dict) v.Visit(p->dict);
}

// Every field of a property may be null (property() with no arguments).
void PropertyClear(gc::Header* h) {
  auto* p = static_cast<PropertyObject*>(h);
  Value old[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
  Object* dict = p->dict;
  p->fget = p->fset = p->fdel = p->doc = p->name = Value();
  p->dict = nullptr;
  for (Value x : old) XDecref(x);
  if (dict) Decref(Value::FromObject(dict));
}

void SetField(Value* field, Value v) {
  Value old = *field;
  if (v && !IsNone(v)) {
    Incref(v);
    *field = v;
  } else {
    *field = Value();
  }
  XDecref(old);
}

// "property 'x' of 'C' object has no getter"
ErrorTag PropertyError(Value self, Value instance, const char* what) {
  PropertyObject* p = AsProperty(self);
  if (p->name) {
    return SetErrorFmt(AttributeErrorType(), "property '{}' of '{}' object has no {}",
                       StrView(p->name), TypeName(instance), what);
  }
  return SetErrorFmt(AttributeErrorType(), "property of '{}' object has no {}", TypeName(instance), what);
}

Ref PropertyGet(Value self, Value instance, Value owner) {
  if (!instance) return Ref::New(self);
  PropertyObject* p = AsProperty(self);
  if (!p->fget) return PropertyError(self, instance, "getter");
  return CallOneArg(p->fget, instance);
}

int PropertySet(Value self, Value instance, Value v) {
  PropertyObject* p = AsProperty(self);
  Ref r;
  if (v) {
    if (!p->fset) return PropertyError(self, instance, "setter");
    Value args[2] = {instance, v};
    r = Call(p->fset, args, 2);
  } else {
    if (!p->fdel) return PropertyError(self, instance, "deleter");
    r = CallOneArg(p->fdel, instance);
  }
  return r ? 0 : -1;
}

// property.__init__(fget=None, fset=None, fdel=None, doc=None)
int PropertyInit(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value out[4] = {};
  if (!ParseArgs("property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0, out)) return -1;
  PropertyObject* p = AsProperty(self);
  SetField(&p->fget, out[0]);
  SetField(&p->fset, out[1]);
  SetField(&p->fdel, out[2]);
  SetField(&p->doc, out[3]);
  if (!p->doc && p->fget) {
    Ref d = GetAttrStr(p->fget, "__doc__");
    if (d) SetField(&p->doc, d.get());
    else ClearError();
  }
  return 0;
}

Ref PropertyNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Object* o = AllocObject(type, std::max(type->basic_size, sizeof(PropertyObject)));
  if (o == nullptr) return Ref();
  Ref r = Ref::Steal(o);
  if (type == &PropertyType && PropertyInit(r.get(), args, nargs, kwnames) < 0) return Ref();
  return r;
}

// getter/setter/deleter: a copy with one accessor replaced (of the same type).
Ref PropertyCopy(Value self, int which, Value f) {
  PropertyObject* p = AsProperty(self);
  Value fields[4] = {p->fget, p->fset, p->fdel, p->doc};
  fields[which] = f;
  Value args[4];
  for (int i = 0; i < 4; ++i) args[i] = fields[i] ? fields[i] : None();
  // A docstring taken from the old getter follows the new getter.
  if (which == 0) args[3] = None();
  Ref r = Call(Value::FromObject(self.type()), args, 4);
  if (r && Is<PropertyObject>(r.get()) && p->name) SetField(&AsProperty(r.get())->name, p->name);
  return r;
}

Ref PropertyGetter(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!CheckArgCount("getter", nargs, 1, 1)) return Ref();
  return PropertyCopy(self, 0, args[0]);
}
Ref PropertySetter(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!CheckArgCount("setter", nargs, 1, 1)) return Ref();
  return PropertyCopy(self, 1, args[0]);
}
Ref PropertyDeleter(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!CheckArgCount("deleter", nargs, 1, 1)) return Ref();
  return PropertyCopy(self, 2, args[0]);
}
Ref PropertySetName(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!CheckArgCount("__set_name__", nargs, 2, 2)) return Ref();
  SetField(&AsProperty(self)->name, args[1]);
  return Ref::New(None());
}

Ref OrNone(Value v) { return Ref::New(v ? v : None()); }
Ref PropertyFget(Value self) { return OrNone(AsProperty(self)->fget); }
Ref PropertyFset(Value self) { return OrNone(AsProperty(self)->fset); }
Ref PropertyFdel(Value self) { return OrNone(AsProperty(self)->fdel); }
Ref PropertyDoc(Value self) { return OrNone(AsProperty(self)->doc); }
int PropertySetDoc(Value self, Value v) {
  SetField(&AsProperty(self)->doc, v);
  return 0;
}
Ref PropertyIsAbstract(Value self) { return Ref::New(False()); }

const MethodDef kPropertyMethods[] = {
    {"getter", PropertyGetter},
    {"setter", PropertySetter},
    {"deleter", PropertyDeleter},
    {"__set_name__", PropertySetName},
    {nullptr, nullptr},
};
const GetSetDef kPropertyGetSets[] = {
    {"fget", PropertyFget},
    {"fset", PropertyFset},
    {"fdel", PropertyFdel},
    {"__doc__", PropertyDoc, PropertySetDoc},
    {"__isabstractmethod__", PropertyIsAbstract},
    {nullptr, nullptr},
};

// ------------------------------------------------- staticmethod, classmethod

// Both wrap one callable; they differ only in how they bind.
struct WrapperMethodObject : Object {
  Value func;    // owned
  Object* dict;  // __dict__ (owned); functools.wraps copies attributes here
};

WrapperMethodObject* AsWrapped(Value v) { return static_cast<WrapperMethodObject*>(v.obj()); }

void WrappedDealloc(gc::Header* h) {
  auto* w = static_cast<WrapperMethodObject*>(h);
  XDecref(w->func);
  if (w->dict) Decref(Value::FromObject(w->dict));
  FreeObject(w);
}

void WrappedTraverse(gc::Header* h, gc::Visitor& v) {
  auto* w = static_cast<WrapperMethodObject*>(h);
  if (w->func.is_object()) v.Visit(w->func.obj());
  if (w->dict) v.Visit(w->dict);
}

// The wrapped callable becomes None (immortal), never null: __get__,
// __call__ and repr read it without a check.
void WrappedClear(gc::Header* h) {
  auto* w = static_cast<WrapperMethodObject*>(h);
  Value func = w->func;
  Object* dict = w->dict;
  w->func = None();
  w->dict = nullptr;
  XDecref(func);
  if (dict) Decref(Value::FromObject(dict));
}

Ref WrappedNewCommon(TypeObject* type, const char* name, const Value* args, size_t nargs,
                     Value kwnames) {
  if (!NoKeywords(name, kwnames)) return Ref();
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "{} expected 1 argument, got {}", name, nargs);
  }
  Object* o = AllocObject(type, std::max(type->basic_size, sizeof(WrapperMethodObject)));
  if (o == nullptr) return Ref();
  Incref(args[0]);
  static_cast<WrapperMethodObject*>(o)->func = args[0];
  return Ref::Steal(o);
}

Ref StaticMethodNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  return WrappedNewCommon(type, "staticmethod", args, nargs, kwnames);
}
Ref ClassMethodNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  return WrappedNewCommon(type, "classmethod", args, nargs, kwnames);
}

Ref StaticMethodGet(Value self, Value instance, Value owner) {
  return Ref::New(AsWrapped(self)->func);
}

Ref ClassMethodGet(Value self, Value instance, Value owner) {
  Value cls = owner ? owner : Value::FromObject(instance.type());
  Value f = AsWrapped(self)->func;
  // A classmethod wrapping a descriptor (e.g. a property) binds through it (3.9+).
  if (f.type()->descr_get != nullptr && f.type() != &FunctionType &&
      f.type() != &BuiltinFunctionType) {
    return f.type()->descr_get(f, cls, cls);
  }
  return NewBoundMethod(f, cls);
}

// staticmethod objects are callable since 3.10.
Ref StaticMethodCall(Value self, const Value* args, size_t nargs, Value kwnames) {
  return Call(AsWrapped(self)->func, args, nargs, kwnames);
}

Ref WrappedRepr(Value self) {
  Ref inner = Repr(AsWrapped(self)->func);
  if (!inner) return Ref();
  return StrFromUtf8(fmt::format("<{}({})>", TypeName(self), StrView(inner.get())));
}

Ref WrappedFunc(Value self) { return Ref::New(AsWrapped(self)->func); }
Ref WrappedIsAbstract(Value self) {
  Ref v = GetAttrStr(AsWrapped(self)->func, "__isabstractmethod__");
  if (!v) {
    ClearError();
    return Ref::New(False());
  }
  return v;
}
// __doc__, __name__, __qualname__ come from the wrapped function (3.10+).
Ref WrappedAttr(Value self, const char* name) {
  Ref v = GetAttrStr(AsWrapped(self)->func, name);
  if (!v && ErrorMatches(AttributeErrorType())) {
    ClearError();
    return Ref::New(None());
  }
  return v;
}
Ref WrappedDoc(Value self) { return WrappedAttr(self, "__doc__"); }

const GetSetDef kWrappedGetSets[] = {
    {"__func__", WrappedFunc},
    {"__wrapped__", WrappedFunc},
    {"__isabstractmethod__", WrappedIsAbstract},
    {"__doc__", WrappedDoc},
    {nullptr, nullptr},
};

}  // namespace

void InitDescriptorTypes() {
  PropertyType.name = "property";
  PropertyType.type_flags = kTypeBaseType;
  PropertyType.basic_size = sizeof(PropertyObject);
  PropertyType.dict_offset = offsetof(PropertyObject, dict);
  PropertyType.hooks.dealloc = PropertyDealloc;
  PropertyType.hooks.traverse = PropertyTraverse;
  PropertyType.hooks.clear = PropertyClear;
  PropertyType.new_ = PropertyNew;
  PropertyType.init = PropertyInit;
  PropertyType.descr_get = PropertyGet;
  PropertyType.descr_set = PropertySet;
  PropertyType.methods = kPropertyMethods;
  PropertyType.getsets = kPropertyGetSets;
  InitStaticType(&PropertyType);

  for (TypeObject* t : {&StaticMethodType, &ClassMethodType}) {
    t->type_flags = kTypeBaseType;
    t->basic_size = sizeof(WrapperMethodObject);
    t->dict_offset = offsetof(WrapperMethodObject, dict);
    t->hooks.dealloc = WrappedDealloc;
    t->hooks.traverse = WrappedTraverse;
    t->hooks.clear = WrappedClear;
    t->repr = WrappedRepr;
    t->getsets = kWrappedGetSets;
  }
  StaticMethodType.name = "staticmethod";
  StaticMethodType.new_ = StaticMethodNew;
  StaticMethodType.descr_get = StaticMethodGet;
  StaticMethodType.call = StaticMethodCall;
  InitStaticType(&StaticMethodType);
  ClassMethodType.name = "classmethod";
  ClassMethodType.new_ = ClassMethodNew;
  ClassMethodType.descr_get = ClassMethodGet;
  InitStaticType(&ClassMethodType);
}

}  // namespace gilectomy::rt
