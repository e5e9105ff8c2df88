// The core types: type, object, NoneType, NotImplementedType, ellipsis, and
// the machinery every static type goes through (InitStaticType, slot
// inheritance, MRO and dict construction), plus descriptors for native
// methods and getsets.
//
// Start-up runs in two phases because building a type's dict needs str, dict
// and tuple to exist:
//   1. each Init*Type() fills its TypeObject and calls InitStaticType(), which
//      sets the header and inherits slots from the base (bases first);
//   2. FinishStaticTypes() builds every registered type's MRO tuple and dict.
#include <cstdio>
#include <cstring>
#include <vector>

#include "gc/tracked_set.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/class.h"
#include "runtime/objects/function.h"
#include "runtime/objects/init.h"
#include "runtime/objects/list.h"
#include "runtime/objects/slots.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/weakref.h"

namespace gilectomy::rt {

TypeObject TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType, BoolType, IntType,
    FloatType, StrType, ListType, TupleType, DictType, RangeType, SliceType, FunctionType,
    BuiltinFunctionType, MethodType, MethodDescriptorType, CodeType, ModuleType, CellType,
    PropertyType, StaticMethodType, ClassMethodType;
static TypeObject GetSetDescriptorType;

SingletonObjects gSingletons;

namespace {

// Types waiting for phase 2 (start-up only; single-threaded then).
std::vector<TypeObject*>& PendingTypes() {
  static std::vector<TypeObject*> pending;
  return pending;
}

void InitImmortalHeader(Object* o, TypeObject* type) {
  gc::InitRefCount(o, 1);
  o->type_ = type;
  o->flags_ |= gc::kImmortal;
}

template <typename Fn>
void InheritSlot(Fn& slot, Fn base_slot) {
  if (slot == nullptr) slot = base_slot;
}

void InheritSlots(TypeObject* t, TypeObject* b) {
  InheritSlot(t->repr, b->repr);
  InheritSlot(t->str, b->str);
  // hash and richcompare are inherited together: a type that defines its own
  // equality without a hash is unhashable (list, dict).
  if (t->hash == nullptr && t->richcompare == nullptr) {
    t->hash = b->hash;
    t->richcompare = b->richcompare;
  }
  InheritSlot(t->getattr, b->getattr);
  InheritSlot(t->setattr, b->setattr);
  InheritSlot(t->call, b->call);
  InheritSlot(t->iter, b->iter);
  InheritSlot(t->next, b->next);
  InheritSlot(t->len, b->len);
  InheritSlot(t->getitem, b->getitem);
  InheritSlot(t->setitem, b->setitem);
  InheritSlot(t->contains, b->contains);
  InheritSlot(t->descr_get, b->descr_get);
  InheritSlot(t->descr_set, b->descr_set);
  // Constructors are inherited, except object's: a builtin type without its
  // own `new_` cannot be instantiated ("cannot create 'function' instances").
  if (b != &ObjectType) InheritSlot(t->new_, b->new_);
  NumberSlots& n = t->number;
  const NumberSlots& bn = b->number;
  InheritSlot(n.add, bn.add);
  InheritSlot(n.subtract, bn.subtract);
  InheritSlot(n.multiply, bn.multiply);
  InheritSlot(n.true_divide, bn.true_divide);
  InheritSlot(n.floor_divide, bn.floor_divide);
  InheritSlot(n.remainder, bn.remainder);
  InheritSlot(n.divmod, bn.divmod);
  InheritSlot(n.lshift, bn.lshift);
  InheritSlot(n.rshift, bn.rshift);
  InheritSlot(n.and_, bn.and_);
  InheritSlot(n.or_, bn.or_);
  InheritSlot(n.xor_, bn.xor_);
  InheritSlot(n.matmul, bn.matmul);
  InheritSlot(n.power, bn.power);
  InheritSlot(n.negative, bn.negative);
  InheritSlot(n.positive, bn.positive);
  InheritSlot(n.absolute, bn.absolute);
  InheritSlot(n.invert, bn.invert);
  InheritSlot(n.bool_, bn.bool_);
  InheritSlot(n.int_, bn.int_);
  InheritSlot(n.float_, bn.float_);
  InheritSlot(n.index, bn.index);
  if (t->basic_size == 0) t->basic_size = b->basic_size;
  if (t->dict_offset == 0) t->dict_offset = b->dict_offset;
  if (t->hooks.dealloc == nullptr) t->hooks = b->hooks;
  t->type_flags |= b->type_flags & (kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                                    kTypeListSubclass | kTypeDictSubclass |
                                    kTypeExceptionSubclass | kTypeTypeSubclass | kTypeSetSubclass |
                                    kTypeFrozenSetSubclass);
}

void BuildTypeDict(TypeObject* t) {
  Ref dict = NewDict();
  if (t->methods != nullptr) {
    for (const MethodDef* m = t->methods; m->name != nullptr; ++m) {
      Ref d = NewMethodDescriptor(m, t);
      DictSetItem(dict.get(), Intern(m->name), d.get());
    }
  }
  if (t->getsets != nullptr) {
    for (const GetSetDef* g = t->getsets; g->name != nullptr; ++g) {
      Ref d = NewGetSetDescriptor(g, t);
      DictSetItem(dict.get(), Intern(g->name), d.get());
    }
  }
  AddSlotWrappers(t, dict.get());
  MarkTypeDict(dict.get());
  t->dict = dict.release().obj();
}

void BuildMro(TypeObject* t) {
  std::vector<Value> chain;
  for (TypeObject* c = t; c != nullptr; c = c->base) chain.push_back(Value::FromObject(c));
  t->mro = TupleFromArray(chain.data(), static_cast<int64_t>(chain.size())).release().obj();
  MakeImmortal(t->mro);
}

// --- object ------------------------------------------------------------------

// "module.qualname" for classes, the name for builtin types.
std::string QualifiedTypeName(TypeObject* t) {
  if (!(t->flags_ & gc::kHeapType)) return t->name;
  std::string qual(StrView(Value::FromObject(t->ht_qualname)));
  Value mod = DictGetCStr(Value::FromObject(t->dict), "__module__");
  if (mod && IsStr(mod) && StrView(mod) != "builtins") return std::string(StrView(mod)) + "." + qual;
  return qual;
}

Ref ObjectRepr(Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.obj()));
  return StrFromUtf8("<" + QualifiedTypeName(self.type()) + buf);
}
Ref ObjectStr(Value self) {
  TypeObject* t = self.type();
  return t->repr != nullptr ? t->repr(self) : ObjectRepr(self);
}
int64_t ObjectHash(Value self) {
  // Identity hash: the address rotated so the alignment zeros do not cluster.
  uint64_t a = self.raw();
  int64_t h = static_cast<int64_t>((a >> 4) | (a << 60));
  return h == -1 ? -2 : h;
}
Ref ObjectRichCompare(Value a, Value b, CompareOp op) {
  if (op == CompareOp::kEq) return a == b ? Ref::New(True()) : NotImplemented();
  if (op == CompareOp::kNe) {
    // != defaults to the inverse of == (CPython's object.__ne__).
    TypeObject* t = a.type();
    if (t->richcompare != nullptr && t->richcompare != ObjectRichCompare) {
      Ref eq = t->richcompare(a, b, CompareOp::kEq);
      if (!eq || IsNotImplemented(eq.get())) return eq;
      int truth = IsTrue(eq.get());
      if (truth < 0) return Ref();
      return Ref::New(Bool(!truth));
    }
    return a == b ? Ref::New(False()) : NotImplemented();
  }
  return NotImplemented();
}
Ref ObjectNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 0 || (kwnames && TupleSize(kwnames) != 0)) {
    // Extra arguments are fine when a class overrides __init__ (and not __new__).
    if (type->new_ != ObjectNew) {
      return SetError(TypeErrorType(), "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->init == nullptr || type->init == ObjectInit) {
      return SetErrorFmt(TypeErrorType(), "{}() takes no arguments", type->name);
    }
  }
  Object* o = AllocObject(type, type->basic_size ? type->basic_size : sizeof(Object));
  if (o == nullptr) return Ref();
  return Ref::Steal(o);
}
void ObjectDealloc(Object* o) { FreeObject(o); }

// object.__init_subclass__(): accepts no keyword arguments.
Ref ObjectInitSubclass(Value cls, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 0 || (kwnames && TupleSize(kwnames) != 0)) {
    return SetErrorFmt(TypeErrorType(), "{}.__init_subclass__() takes no keyword arguments",
                       static_cast<TypeObject*>(cls.obj())->name);
  }
  return Ref::New(None());
}
const MethodDef kObjectMethods[] = {{"__init_subclass__", ObjectInitSubclass, MethodDef::kClass},
                                    {nullptr, nullptr}};
Ref ObjectGetClass(Value self) { return Ref::New(Value::FromObject(self.type())); }
const GetSetDef kObjectGetSets[] = {{"__class__", ObjectGetClass}, {nullptr, nullptr}};

// --- type --------------------------------------------------------------------

Ref TypeRepr(Value self) {
  TypeObject* t = static_cast<TypeObject*>(self.obj());
  return StrFromUtf8("<class '" + QualifiedTypeName(t) + "'>");
}
Ref TypeCall(Value callable, const Value* args, size_t nargs, Value kwnames) {
  TypeObject* t = static_cast<TypeObject*>(callable.obj());
  if (t == &TypeType && nargs == 1 && (!kwnames || TupleSize(kwnames) == 0)) {
    return Ref::New(Value::FromObject(args[0].type()));
  }
  return TypeCallInstance(t, args, nargs, kwnames);
}
Ref TypeGetAttr(Value self, Value name) {
  TypeObject* t = static_cast<TypeObject*>(self.obj());
  // Attributes of the metatype first (data descriptors like __name__), then the type's own MRO.
  Value meta = LookupInType(self.type(), name);
  if (meta && meta.type()->descr_set != nullptr && meta.type()->descr_get != nullptr) {
    return meta.type()->descr_get(meta, self, Value::FromObject(self.type()));
  }
  Value v = LookupInType(t, name);
  if (v) {
    if (v.type()->descr_get != nullptr) return v.type()->descr_get(v, Value(), self);
    return Ref::New(v);
  }
  if (meta) {
    if (meta.type()->descr_get != nullptr) {
      return meta.type()->descr_get(meta, self, Value::FromObject(self.type()));
    }
    return Ref::New(meta);
  }
  return SetErrorFmt(AttributeErrorType(), "type object '{}' has no attribute '{}'", t->name,
                     StrView(name));
}
int TypeSetAttr(Value self, Value name, Value v) {
  TypeObject* t = static_cast<TypeObject*>(self.obj());
  if (!(t->flags_ & gc::kHeapType)) {
    return SetErrorFmt(TypeErrorType(),
                       "cannot set '{}' attribute of immutable type '{}'", StrView(name), t->name);
  }
  Value meta = LookupInType(self.type(), name);
  if (meta && meta.type()->descr_set != nullptr) return meta.type()->descr_set(meta, self, v);
  int r;
  if (!v) {
    r = DictDelItem(Value::FromObject(t->dict), name);
    if (r < 0 && ErrorMatches(KeyErrorType())) {
      ClearError();
      return SetErrorFmt(AttributeErrorType(), "type object '{}' has no attribute '{}'", t->name,
                         StrView(name));
    }
  } else {
    r = DictSetItem(Value::FromObject(t->dict), name, v);
  }
  std::string_view n = StrView(name);
  if (r == 0 && n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") FixupSlots(t);
  return r;
}
TypeObject* SelfType(Value self) { return static_cast<TypeObject*>(self.obj()); }
bool IsHeap(TypeObject* t) { return (t->flags_ & gc::kHeapType) != 0; }
// A builtin type named "itertools.count" has __name__ "count", __module__ "itertools".
Ref TypeGetName(Value self) {
  TypeObject* t = SelfType(self);
  if (IsHeap(t)) return Ref::New(Value::FromObject(t->ht_name));
  const char* dot = std::strrchr(t->name, '.');
  return StrFromUtf8(dot ? dot + 1 : t->name);
}
int TypeSetName(Value self, Value v) {
  TypeObject* t = SelfType(self);
  if (!IsHeap(t)) {
    return SetErrorFmt(TypeErrorType(), "cannot set '__name__' attribute of immutable type '{}'", t->name);
  }
  if (!v || !IsStr(v)) {
    return SetErrorFmt(TypeErrorType(), "can only assign string to {}.__name__, not '{}'", t->name,
                       v ? TypeName(v) : "NoneType");
  }
  Incref(v);
  t->name = StrView(v).data();
  Object* old = t->ht_name;
  t->ht_name = v.obj();
  Decref(Value::FromObject(old));
  return 0;
}
Ref TypeGetQualname(Value self) {
  TypeObject* t = SelfType(self);
  if (IsHeap(t)) return Ref::New(Value::FromObject(t->ht_qualname));
  return TypeGetName(self);
}
int TypeSetQualname(Value self, Value v) {
  TypeObject* t = SelfType(self);
  if (!IsHeap(t) || !v || !IsStr(v)) {
    return SetErrorFmt(TypeErrorType(), "can only assign string to {}.__qualname__", t->name);
  }
  Incref(v);
  Object* old = t->ht_qualname;
  t->ht_qualname = v.obj();
  Decref(Value::FromObject(old));
  return 0;
}
Ref TypeGetMro(Value self) { return Ref::New(Value::FromObject(static_cast<TypeObject*>(self.obj())->mro)); }
Ref TypeGetBase(Value self) {
  TypeObject* b = static_cast<TypeObject*>(self.obj())->base;
  return Ref::New(b ? Value::FromObject(b) : None());
}
Ref TypeGetBases(Value self) {
  if (IsHeap(SelfType(self))) return Ref::New(Value::FromObject(SelfType(self)->bases));
  TypeObject* b = static_cast<TypeObject*>(self.obj())->base;
  if (b == nullptr) return Ref::New(EmptyTuple());
  return MakeTuple({Value::FromObject(b)});
}
Ref TypeGetDict(Value self) {
  return DictCopy(Value::FromObject(static_cast<TypeObject*>(self.obj())->dict));
}
Ref TypeGetModule(Value self) {
  TypeObject* t = SelfType(self);
  if (IsHeap(t)) {
    Value m = DictGetCStr(Value::FromObject(t->dict), "__module__");
    if (m) return Ref::New(m);
    return SetError(AttributeErrorType(), "__module__");
  }
  const char* dot = std::strrchr(t->name, '.');
  return dot ? StrFromUtf8(std::string_view(t->name, dot - t->name)) : StrFromUtf8("builtins");
}
int TypeSetModule(Value self, Value v) {
  TypeObject* t = SelfType(self);
  if (!IsHeap(t)) {
    return SetErrorFmt(TypeErrorType(), "cannot set '__module__' attribute of immutable type '{}'", t->name);
  }
  return DictSetCStr(Value::FromObject(t->dict), "__module__", v ? v : None());
}
Ref TypeGetDoc(Value self) {
  TypeObject* t = SelfType(self);
  Value d = DictGetCStr(Value::FromObject(t->dict), "__doc__");
  if (!d) return Ref::New(None());
  if (d.type()->descr_get != nullptr) return d.type()->descr_get(d, Value(), self);
  return Ref::New(d);
}
int TypeSetDoc(Value self, Value v) {
  TypeObject* t = SelfType(self);
  if (!IsHeap(t)) {
    return SetErrorFmt(TypeErrorType(), "cannot set '__doc__' attribute of immutable type '{}'", t->name);
  }
  return DictSetCStr(Value::FromObject(t->dict), "__doc__", v ? v : None());
}

const GetSetDef kTypeGetSets[] = {
    {"__name__", TypeGetName, TypeSetName},
    {"__qualname__", TypeGetQualname, TypeSetQualname},
    {"__mro__", TypeGetMro},
    {"__base__", TypeGetBase},
    {"__bases__", TypeGetBases},
    {"__dict__", TypeGetDict},
    {"__module__", TypeGetModule, TypeSetModule},
    {"__doc__", TypeGetDoc, TypeSetDoc},
    {nullptr, nullptr}};

Ref TypeMroMethod(Value self, const Value*, size_t nargs, Value) {
  if (!CheckArgCount("mro", nargs, 0, 0)) return Ref();
  Value mro = Value::FromObject(static_cast<TypeObject*>(self.obj())->mro);
  Ref list = NewList(0);
  for (int64_t i = 0; i < TupleSize(mro); ++i) ListAppend(list.get(), TupleItem(mro, i));
  return list;
}
const MethodDef kTypeMethods[] = {{"mro", TypeMroMethod},
                                  {"__prepare__", TypePrepare, MethodDef::kStatic},
                                  {nullptr, nullptr}};

// --- None, NotImplemented, Ellipsis --------------------------------------------

Ref NoneRepr(Value) { return Ref::New(Intern("None")); }
int NoneBool(Value) { return 0; }
Ref NotImplementedRepr(Value) { return Ref::New(Intern("NotImplemented")); }
Ref EllipsisRepr(Value) { return Ref::New(Intern("Ellipsis")); }
Ref NoneNew(TypeObject*, const Value*, size_t nargs, Value) {
  if (nargs) return SetError(TypeErrorType(), "NoneType takes no arguments");
  return Ref::New(None());
}

// --- descriptors ---------------------------------------------------------------

Ref MethodDescrGet(Value descr, Value instance, Value owner) {
  auto* d = static_cast<MethodDescriptorObject*>(descr.obj());
  switch (d->def->kind) {
    case MethodDef::kStatic:
      return NewBuiltinFunction(d->def, Value());
    case MethodDef::kClass:
      return NewBuiltinFunction(d->def, owner ? owner : Value::FromObject(instance.type()));
    case MethodDef::kInstance:
      if (!instance) return Ref::New(descr);
      return NewBuiltinFunction(d->def, instance);
  }
  __builtin_unreachable();
}
// Calling an unbound method descriptor: str.upper("x") == "x".upper().
Ref MethodDescrCall(Value callable, const Value* args, size_t nargs, Value kwnames) {
  auto* d = static_cast<MethodDescriptorObject*>(callable.obj());
  if (d->def->kind != MethodDef::kInstance) {
    Value self = d->def->kind == MethodDef::kClass ? Value::FromObject(d->owner) : Value();
    return d->def->fn(self, args, nargs, kwnames);
  }
  if (nargs < 1) {
    return SetErrorFmt(TypeErrorType(), "unbound method {}.{}() needs an argument",
                       d->owner->name, d->def->name);
  }
  if (!IsInstance(args[0], d->owner)) {
    return SetErrorFmt(TypeErrorType(),
                       "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                       d->def->name, d->owner->name, TypeName(args[0]));
  }
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}
Ref MethodDescrRepr(Value self) {
  auto* d = static_cast<MethodDescriptorObject*>(self.obj());
  return StrFromUtf8(fmt::format("<method '{}' of '{}' objects>", d->def->name, d->owner->name));
}
void MethodDescrDealloc(Object* o) { FreeObject(o); }

struct GetSetDescriptorObject : Object {
  const GetSetDef* def;
  TypeObject* owner;
};

Ref GetSetDescrGet(Value descr, Value instance, Value owner) {
  if (!instance) return Ref::New(descr);
  return static_cast<GetSetDescriptorObject*>(descr.obj())->def->get(instance);
}
int GetSetDescrSet(Value descr, Value instance, Value v) {
  auto* d = static_cast<GetSetDescriptorObject*>(descr.obj());
  if (d->def->set == nullptr) {
    return SetErrorFmt(AttributeErrorType(), "attribute '{}' of '{}' objects is not writable",
                       d->def->name, d->owner->name);
  }
  return d->def->set(instance, v);
}

}  // namespace

Ref NewGetSetDescriptor(const GetSetDef* def, TypeObject* owner) {
  Object* o = AllocObject(&GetSetDescriptorType, sizeof(GetSetDescriptorObject));
  if (o == nullptr) return Ref();
  auto* d = static_cast<GetSetDescriptorObject*>(o);
  d->def = def;
  d->owner = owner;
  return Ref::Steal(o);
}

int ObjectInit(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 0 && (!kwnames || TupleSize(kwnames) == 0)) return 0;
  TypeObject* t = self.type();
  if (t->init != ObjectInit) {
    SetError(TypeErrorType(), "object.__init__() takes exactly one argument (the instance to initialize)");
    return -1;
  }
  if (t->new_ == ObjectNew) {
    SetErrorFmt(TypeErrorType(), "{}.__init__() takes exactly one argument (the instance to initialize)",
                t->name);
    return -1;
  }
  return 0;
}

Ref NewMethodDescriptor(const MethodDef* def, TypeObject* owner) {
  Object* o = AllocObject(&MethodDescriptorType, sizeof(MethodDescriptorObject));
  if (o == nullptr) return Ref();
  auto* d = static_cast<MethodDescriptorObject*>(o);
  d->def = def;
  d->owner = owner;
  return Ref::Steal(o);
}

// Objects of types with a traverse hook are containers: they get a track
// word and are tracked by the cycle collector from birth (gc/tracked_set.h).
// Their fields are zero until the caller fills them, which every traverse
// hook accepts.
Object* AllocObjectPartial(TypeObject* type, size_t size, size_t zeroed) {
  bool tracked = type->hooks.traverse != nullptr;
  void* mem = tracked ? gc::AllocateTracked(size) : gc::AllocateRaw(size);
  if (mem == nullptr) {
    NoMemory();
    return nullptr;
  }
  std::memset(mem, 0, zeroed < size ? zeroed : size);
  auto* o = static_cast<Object*>(mem);
  gc::InitRefCount(o, 1);
  o->type_ = type;
  if (type->flags_ & gc::kHeapType) gc::Incref(type);
  if constexpr (gc::kBufferedRefCounts) {
    if (type->type_flags & kTypeHasFinalizer) o->gc_bits_ |= gc::kGcNeedsFinalize;  // not yet published
  }
  if (tracked) {
    o->flags_ |= gc::kGcTracked;
    gc::Track(o);
  }
  return o;
}

Object* AllocObject(TypeObject* type, size_t size) { return AllocObjectPartial(type, size, size); }

void FreeObject(Object* o) {
  ClearWeakRefs(o);  // types without an earlier call in their dealloc
  TypeObject* type = TypeOf(o);
  if (o->flags_ & gc::kGcTracked) {
    gc::ReleaseTracked(o);
  } else {
    gc::FreeRaw(o);
  }
  if (type->flags_ & gc::kHeapType) gc::Decref(type);
}

bool IsSubtype(TypeObject* t, TypeObject* base) {
  if (t == base) return true;
  if (t->mro != nullptr) {
    Value mro = Value::FromObject(t->mro);
    int64_t n = TupleSize(mro);
    for (int64_t i = 0; i < n; ++i) {
      if (TupleItem(mro, i).obj() == base) return true;
    }
    return false;
  }
  for (TypeObject* c = t->base; c != nullptr; c = c->base) {
    if (c == base) return true;
  }
  return false;
}

void InitStaticType(TypeObject* t) {
  InitImmortalHeader(t, &TypeType);
  t->flags_ |= gc::kIsType;
  if (t->base == nullptr && t != &ObjectType) t->base = &ObjectType;
  if (t->base != nullptr) InheritSlots(t, t->base);
  PendingTypes().push_back(t);
}

void InitRuntimeType(TypeObject* t) {
  InitImmortalHeader(t, &TypeType);
  t->flags_ |= gc::kIsType;
  if (t->base == nullptr && t != &ObjectType) t->base = &ObjectType;
  if (t->base != nullptr) InheritSlots(t, t->base);
  BuildMro(t);
  BuildTypeDict(t);
  MakeImmortal(t->dict);
}

// Phase 2 of start-up: MROs and dicts for every static type.
void FinishStaticTypes() {
  for (TypeObject* t : PendingTypes()) {
    BuildMro(t);
    BuildTypeDict(t);
    MakeImmortal(t->dict);
  }
  PendingTypes().clear();
}

void InitCoreTypes() {
  ObjectType.name = "object";
  ObjectType.basic_size = sizeof(Object);
  ObjectType.type_flags = kTypeBaseType;
  ObjectType.hooks.dealloc = ObjectDealloc;
  ObjectType.repr = ObjectRepr;
  ObjectType.str = ObjectStr;
  ObjectType.hash = ObjectHash;
  ObjectType.richcompare = ObjectRichCompare;
  ObjectType.getattr = GenericGetAttr;
  ObjectType.setattr = GenericSetAttr;
  ObjectType.new_ = ObjectNew;
  ObjectType.init = ObjectInit;
  ObjectType.getsets = kObjectGetSets;
  ObjectType.methods = kObjectMethods;
  InitStaticType(&ObjectType);

  TypeType.name = "type";
  TypeType.basic_size = sizeof(TypeObject);
  TypeType.type_flags = kTypeBaseType | kTypeTypeSubclass;
  TypeType.repr = TypeRepr;
  TypeType.call = TypeCall;
  TypeType.getattr = TypeGetAttr;
  TypeType.setattr = TypeSetAttr;
  TypeType.new_ = TypeNew;
  TypeType.init = TypeInit;
  TypeType.getsets = kTypeGetSets;
  TypeType.methods = kTypeMethods;
  InitStaticType(&TypeType);

  NoneType.name = "NoneType";
  NoneType.repr = NoneRepr;
  NoneType.number.bool_ = NoneBool;
  NoneType.new_ = NoneNew;
  InitStaticType(&NoneType);
  InitImmortalHeader(&gSingletons.none, &NoneType);

  NotImplementedType.name = "NotImplementedType";
  NotImplementedType.repr = NotImplementedRepr;
  InitStaticType(&NotImplementedType);
  InitImmortalHeader(&gSingletons.not_implemented, &NotImplementedType);

  EllipsisType.name = "ellipsis";
  EllipsisType.repr = EllipsisRepr;
  InitStaticType(&EllipsisType);
  InitImmortalHeader(&gSingletons.ellipsis, &EllipsisType);

  // bool's slots are filled by InitIntTypes; the singletons need their type now.
  InitImmortalHeader(&gSingletons.true_, &BoolType);
  InitImmortalHeader(&gSingletons.false_, &BoolType);

  MethodDescriptorType.name = "method_descriptor";
  MethodDescriptorType.hooks.dealloc = MethodDescrDealloc;
  MethodDescriptorType.descr_get = MethodDescrGet;
  MethodDescriptorType.call = MethodDescrCall;
  MethodDescriptorType.repr = MethodDescrRepr;
  InitStaticType(&MethodDescriptorType);

  GetSetDescriptorType.name = "getset_descriptor";
  GetSetDescriptorType.hooks.dealloc = MethodDescrDealloc;
  GetSetDescriptorType.descr_get = GetSetDescrGet;
  GetSetDescriptorType.descr_set = GetSetDescrSet;
  InitStaticType(&GetSetDescriptorType);
}

}  // namespace gilectomy::rt
