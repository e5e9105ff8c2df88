// Classes: types created at run time by `class` statements and
// type(name, bases, dict), the builtin __build_class__, super, and the
// member descriptors of __slots__.
//
// Creating a class (TypeNew), in order:
//   1. pick the metaclass (the most derived of the explicit one and the
//      bases' metaclasses) and the "best base", the base whose instance
//      layout every other base's layout is a prefix of;
//   2. lay out instances: the best base's fields, then a __dict__ pointer
//      (unless __slots__ says otherwise or the base has one), then one word
//      per __slots__ name. Classes only ever add whole `Value` words, which
//      is what lets SubtypeDealloc clear them without knowing the class;
//   3. compute the MRO by C3 linearisation;
//   4. set the slots from the MRO (FixupSlots, runtime/objects/slots.cpp);
//   5. fill __class__ cells, call __set_name__ on the attributes, and call
//      the parent's __init_subclass__.
// Instances of builtin types with variable size (str, tuple) cannot hold
// extra words at a fixed offset, so their subclasses get no __dict__ and no
// non-empty __slots__ (namedtuple-style classes use __slots__ = ()).
#include <algorithm>
#include <atomic>
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/interpreter.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/class.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/slots.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"
#include "runtime/objects/weakref.h"

namespace gilectomy::rt {

TypeObject SuperType, MemberDescriptorType;

namespace {

// Set once any class defines __del__ (Runtime::Finalize reads it at exit).
std::atomic<bool> gFinalizersExist{false};

TypeObject* AsType(Value v) { return static_cast<TypeObject*>(v.obj()); }
bool IsTypeObject(Value v) { return v.is_object() && (v.obj()->flags_ & gc::kIsType); }

// ------------------------------------------------------------ member descriptors

struct MemberDescrObject : Object {
  Value name;         // str (owned)
  TypeObject* owner;  // borrowed: the owner's dict holds the descriptor
  size_t offset;
};

Value* MemberSlot(Value instance, size_t offset) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(instance.obj()) + offset);
}

Ref MemberGet(Value descr, Value instance, Value owner) {
  if (!instance) return Ref::New(descr);
  auto* m = static_cast<MemberDescrObject*>(descr.obj());
  if (!IsInstance(instance, m->owner)) {
    return SetErrorFmt(TypeErrorType(), "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                       StrView(m->name), m->owner->name, TypeName(instance));
  }
  Value v = *MemberSlot(instance, m->offset);
  if (!v) {
    return SetErrorFmt(AttributeErrorType(), "'{}' object has no attribute '{}'", TypeName(instance),
                       StrView(m->name));
  }
  return Ref::New(v);
}

int MemberSet(Value descr, Value instance, Value v) {
  auto* m = static_cast<MemberDescrObject*>(descr.obj());
  if (!IsInstance(instance, m->owner)) {
    return SetErrorFmt(TypeErrorType(), "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                       StrView(m->name), m->owner->name, TypeName(instance));
  }
  Value* slot = MemberSlot(instance, m->offset);
  if (!v && !*slot) return SetErrorWithArg(AttributeErrorType(), m->name);
  Incref(v);
  Value old = *slot;
  *slot = v;
  XDecref(old);
  return 0;
}

Ref MemberRepr(Value self) {
  auto* m = static_cast<MemberDescrObject*>(self.obj());
  return StrFromUtf8(fmt::format("<member '{}' of '{}' objects>", StrView(m->name), m->owner->name));
}

void MemberDealloc(gc::Header* h) {
  auto* m = static_cast<MemberDescrObject*>(h);
  XDecref(m->name);
  FreeObject(m);
}

Ref NewMemberDescr(Value name, TypeObject* owner, size_t offset) {
  Object* o = AllocObject(&MemberDescriptorType, sizeof(MemberDescrObject));
  if (o == nullptr) return Ref();
  auto* m = static_cast<MemberDescrObject*>(o);
  Incref(name);
  m->name = name;
  m->owner = owner;
  m->offset = offset;
  return Ref::Steal(o);
}

// __dict__ of instances of classes that have one.
Ref InstanceDictGet(Value self) {
  Value dict = EnsureDictSlot(MemberSlot(self, self.type()->dict_offset));
  if (!dict) return Ref();
  return Ref::New(dict);
}
int InstanceDictSet(Value self, Value v) {
  if (!v) return SetError(TypeErrorType(), "cannot delete __dict__");
  if (!IsDict(v)) {
    return SetErrorFmt(TypeErrorType(), "__dict__ must be set to a dictionary, not a '{}'", TypeName(v));
  }
  Value* slot = MemberSlot(self, self.type()->dict_offset);
  Incref(v);
  // Readers load the slot with acquire (EnsureDictSlot); the replaced dict
  // is released after the exchange.
  Value old = std::atomic_ref<Value>(*slot).exchange(v, std::memory_order_acq_rel);
  XDecref(old);
  return 0;
}
const GetSetDef kInstanceDictGetSet = {"__dict__", InstanceDictGet, InstanceDictSet};

// __weakref__ of instances: the first weak reference to the object, or None.
Ref InstanceWeakrefGet(Value self) {
  Ref refs = WeakRefList(self);
  if (!refs) return Ref();
  return Ref::New(ListSize(refs.get()) > 0 ? ListItem(refs.get(), 0) : None());
}
const GetSetDef kInstanceWeakrefGetSet = {"__weakref__", InstanceWeakrefGet};

// ------------------------------------------------------------ layout and MRO

bool IsVarSized(TypeObject* t) {
  return (t->type_flags & (kTypeTupleSubclass | kTypeStrSubclass)) != 0;
}

// The nearest type in t's base chain that defines t's instance layout.
TypeObject* SolidBase(TypeObject* t) {
  if (t->base == nullptr) return t;
  TypeObject* b = SolidBase(t->base);
  if (t->flags_ & gc::kHeapType) {
    // A class adds only a __dict__ word (not a layout change) or __slots__ words.
    size_t own = t->basic_size - t->extra_start;
    bool only_dict = own == (t->dict_offset >= t->extra_start && t->dict_offset != 0 ? sizeof(Value) : 0);
    return only_dict ? b : t;
  }
  return t->basic_size == t->base->basic_size ? b : t;
}

TypeObject* BestBase(Value bases) {
  TypeObject* base = nullptr;
  TypeObject* winner = nullptr;
  for (int64_t i = 0; i < TupleSize(bases); ++i) {
    Value b = TupleItem(bases, i);
    if (!IsTypeObject(b)) {
      SetError(TypeErrorType(), "bases must be types");
      return nullptr;
    }
    TypeObject* bt = AsType(b);
    if (!(bt->type_flags & kTypeBaseType)) {
      SetErrorFmt(TypeErrorType(), "type '{}' is not an acceptable base type", bt->name);
      return nullptr;
    }
    TypeObject* solid = SolidBase(bt);
    if (winner == nullptr || IsSubtype(solid, winner)) {
      if (winner != solid) base = bt;
      winner = solid;
    } else if (!IsSubtype(winner, solid)) {
      SetError(TypeErrorType(), "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

std::vector<TypeObject*> MroOf(TypeObject* t) {
  std::vector<TypeObject*> out;
  Value mro = Value::FromObject(t->mro);
  for (int64_t i = 0; i < TupleSize(mro); ++i) out.push_back(AsType(TupleItem(mro, i)));
  return out;
}

// C3 linearisation of `t` with direct `bases`.
Ref ComputeMro(TypeObject* t, Value bases) {
  int64_t nb = TupleSize(bases);
  for (int64_t i = 0; i < nb; ++i) {
    for (int64_t j = i + 1; j < nb; ++j) {
      if (TupleItem(bases, i) == TupleItem(bases, j)) {
        return SetErrorFmt(TypeErrorType(), "duplicate base class {}", AsType(TupleItem(bases, i))->name);
      }
    }
  }
  std::vector<std::vector<TypeObject*>> seqs;
  for (int64_t i = 0; i < nb; ++i) seqs.push_back(MroOf(AsType(TupleItem(bases, i))));
  std::vector<TypeObject*> direct;
  for (int64_t i = 0; i < nb; ++i) direct.push_back(AsType(TupleItem(bases, i)));
  seqs.push_back(direct);
  std::vector<TypeObject*> result = {t};
  while (true) {
    bool empty = true;
    for (auto& s : seqs) empty &= s.empty();
    if (empty) break;
    TypeObject* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* cand = s.front();
      bool in_tail = false;
      for (auto& o : seqs) {
        if (std::find(o.begin() + (o.empty() ? 0 : 1), o.end(), cand) != o.end() && !o.empty()) {
          in_tail = true;
          break;
        }
      }
      if (!in_tail) {
        pick = cand;
        break;
      }
    }
    if (pick == nullptr) {
      std::string names;
      for (int64_t i = 0; i < nb; ++i) {
        if (i) names += ", ";
        names += AsType(TupleItem(bases, i))->name;
      }
      return SetErrorFmt(TypeErrorType(),
                         "Cannot create a consistent method resolution\norder (MRO) for bases {}", names);
    }
    result.push_back(pick);
    for (auto& s : seqs) {
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
    }
  }
  std::vector<Value> vals;
  for (TypeObject* c : result) vals.push_back(Value::FromObject(c));
  return TupleFromArray(vals.data(), static_cast<int64_t>(vals.size()));
}

// The most derived metaclass of `meta` and the bases' metaclasses.
TypeObject* CalculateMetaclass(TypeObject* meta, Value bases) {
  TypeObject* winner = meta;
  for (int64_t i = 0; i < TupleSize(bases); ++i) {
    TypeObject* bt = TupleItem(bases, i).type();
    if (IsSubtype(winner, bt)) continue;
    if (IsSubtype(bt, winner)) {
      winner = bt;
      continue;
    }
    SetError(TypeErrorType(),
             "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
             "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// The names of __slots__, validated and mangled ("__x" in class C -> "_C__x").
bool SlotNames(Value slots, Value class_name, std::vector<Ref>* names, bool* want_dict, bool* want_weak) {
  Ref seq;
  if (IsStr(slots)) {
    seq = MakeTuple({slots});
  } else {
    Ref l = ListFromIterable(slots);
    if (!l) return false;
    seq = std::move(l);
  }
  Value s = seq.get();
  int64_t n = IsTuple(s) ? TupleSize(s) : ListSize(s);
  for (int64_t i = 0; i < n; ++i) {
    Value item = IsTuple(s) ? TupleItem(s, i) : ListItem(s, i);
    if (!IsStr(item)) {
      SetErrorFmt(TypeErrorType(), "__slots__ items must be strings, not '{}'", TypeName(item));
      return false;
    }
    std::string_view sv = StrView(item);
    bool ident = !sv.empty() && !(sv[0] >= '0' && sv[0] <= '9');
    for (char c : sv) ident &= (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80));
    if (!ident) {
      SetError(TypeErrorType(), "__slots__ must be identifiers");
      return false;
    }
    if (sv == "__dict__") {
      if (*want_dict) {
        SetError(TypeErrorType(), "__dict__ slot disallowed: we already got one");
        return false;
      }
      *want_dict = true;
      continue;
    }
    if (sv == "__weakref__") {
      if (*want_weak) {
        SetError(TypeErrorType(), "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        return false;
      }
      *want_weak = true;
      continue;
    }
    std::string name(sv);
    if (name.size() > 2 && name.compare(0, 2, "__") == 0 && name.compare(name.size() - 2, 2, "__") != 0) {
      std::string cls(StrView(class_name));
      size_t k = cls.find_first_not_of('_');
      if (k != std::string::npos) name = "_" + cls.substr(k) + name;
    }
    names->push_back(Ref::New(Intern(name)));
  }
  return true;
}

// -------------------------------------------------------------- dealloc

void HeapTypeDealloc(gc::Header* h) {
  auto* t = static_cast<TypeObject*>(h);
  ClearWeakRefs(t);
  for (Object* p : {t->dict, t->mro, t->bases, t->ht_name, t->ht_qualname}) {
    if (p) Decref(Value::FromObject(p));
  }
  FreeObject(t);
}

// Instances of classes: drop the words classes added, then let the builtin
// base free the rest.
// Runs __del__ of an object whose count reached zero, at most once.
// Returns true if __del__ resurrected it (stored a new reference somewhere).
// Calls o.__del__(); an error is printed as "Exception ignored in:" and the
// caller's pending exception (if any) is kept.
void CallDel(Object* o) {
  Ref saved = FetchError();
  Value del = LookupInType(TypeOf(o), Intern("__del__"));
  if (del) {
    Ref r = CallFoundMethod(del, Value::FromObject(o), nullptr, 0);
    if (!r) CurrentThread()->runtime->WriteUnraisable(del);
  }
  RestoreError(std::move(saved));
}

// The collector's finalize hook: o is alive (the collector holds it) and
// kGcFinalized is already set.
void FinalizeForCollector(gc::Header* h) { CallDel(static_cast<Object*>(h)); }

bool RunFinalizer(Object* o) {
  if (gc::GcBitsOf(o) & gc::kGcFinalized) return false;
  // Buffered build: finalizers run through rc::RunDeaths; this path is only
  // reached for a class that got __del__ after the object was created, and
  // never runs Python code on the commit thread.
  if constexpr (gc::kBufferedRefCounts) {
    if (CurrentThread() == nullptr) return false;
  }
  gc::SetGcBits(o, gc::kGcFinalized);
  gc::InitRefCount(o, 1);  // a temporary reference for the call
  CallDel(o);
  // Resurrected unless ours is the only reference. Drop it in one atomic
  // step: a weak reference may take a new one at any moment (weakref.cpp).
  bool was_dying = (gc::GcBitsOf(o) & gc::kGcDying) != 0;
  gc::ClearGcBits(o, gc::kGcDying);
#if defined(GILECTOMY_RC_GIL)
  bool last = --o->rc_ == 0;
#else
  bool last = o->rc_.fetch_sub(1, std::memory_order_acq_rel) == 1;
#endif
  if (last) {
    if (was_dying) gc::SetGcBits(o, gc::kGcDying);
    return false;
  }
  return true;  // an ordinary live object again; others keep it alive
}

void SubtypeDealloc(gc::Header* h) {
  auto* o = static_cast<Object*>(h);
  TypeObject* t = TypeOf(o);
  if ((t->type_flags & kTypeHasFinalizer) && RunFinalizer(o)) return;
  ClearWeakRefs(o);  // after __del__, before the contents are dropped (as CPython)
  TypeObject* solid = t;
  while (solid->flags_ & gc::kHeapType) solid = solid->base;
  for (size_t off = solid->basic_size; off + sizeof(Value) <= t->basic_size; off += sizeof(Value)) {
    if (IsVarSized(solid)) break;
    Value* slot = MemberSlot(Value::FromObject(o), off);
    Value v = *slot;
    *slot = Value();
    XDecref(v);
  }
  solid->hooks.dealloc(o);
}

// ------------------------------------------------------------ collector hooks
//
// A class (heap type) holds its dict, MRO (which contains the class itself),
// bases and names; TypeType's hooks serve every class whose metaclass is
// `type`, and a metaclass's own hooks (SubtypeTraverse) end in them.
// Static types are never allocated, so never tracked: the hooks skip them.

void HeapTypeTraverse(gc::Header* h, gc::Visitor& v) {
  auto* t = static_cast<TypeObject*>(h);
  if (!(t->flags_ & gc::kHeapType)) return;
  for (Object* p : {t->dict, t->mro, t->bases, t->ht_name, t->ht_qualname}) {
    if (p) v.Visit(p);
  }
}

// As CPython's type_clear: empty the dict (a private copy: type.__dict__
// returns another copy) and drop the MRO, which holds the class itself.
// Readers of a null MRO fall back to the base chain (IsSubtype,
// LookupInType). bases and the names stay: the class must still print.
void HeapTypeClear(gc::Header* h) {
  auto* t = static_cast<TypeObject*>(h);
  if (!(t->flags_ & gc::kHeapType)) return;
  Object* mro = t->mro;
  t->mro = nullptr;
  if (mro) Decref(Value::FromObject(mro));
  if (t->dict) DictClear(Value::FromObject(t->dict));
}

// The builtin type whose hooks serve instances of `t` (see SubtypeDealloc).
TypeObject* SolidHooksBase(TypeObject* t) {
  while (t->flags_ & gc::kHeapType) t = t->base;
  return t;
}

// Instances of classes: the words classes added (__dict__, __slots__), the
// class itself (AllocObject holds a reference to a heap type), then what the
// builtin base holds.
void SubtypeTraverse(gc::Header* h, gc::Visitor& v) {
  auto* o = static_cast<Object*>(h);
  TypeObject* t = TypeOf(o);
  TypeObject* solid = SolidHooksBase(t);
  if (!IsVarSized(solid)) {
    for (size_t off = solid->basic_size; off + sizeof(Value) <= t->basic_size; off += sizeof(Value)) {
      Value w = *MemberSlot(Value::FromObject(o), off);
      if (w.is_object()) v.Visit(w.obj());
    }
  }
  if (t->flags_ & gc::kHeapType) v.Visit(t);
  if (solid->hooks.traverse != nullptr) solid->hooks.traverse(h, v);
}

// Empties __dict__ and the slots (an unset slot is null), then lets the
// builtin base clear its part. The reference to the class stays.
void SubtypeClear(gc::Header* h) {
  auto* o = static_cast<Object*>(h);
  TypeObject* t = TypeOf(o);
  TypeObject* solid = SolidHooksBase(t);
  if (!IsVarSized(solid)) {
    for (size_t off = solid->basic_size; off + sizeof(Value) <= t->basic_size; off += sizeof(Value)) {
      Value* slot = MemberSlot(Value::FromObject(o), off);
      Value old = *slot;
      *slot = Value();
      XDecref(old);
    }
  }
  if (solid->hooks.clear != nullptr) solid->hooks.clear(h);
}

// ------------------------------------------------------------ class creation

Value CallerModuleName() {
  ThreadState* ts = CurrentThread();
  if (ts->frame == nullptr) return Value();
  return DictGetCStr(ts->frame->globals, "__name__");
}

bool WrapDunderFunction(Value dict, const char* name, TypeObject* wrapper) {
  Value v = DictGetCStr(dict, name);
  if (!v || v.type() != &FunctionType) return true;
  Ref w = CallOneArg(Value::FromObject(wrapper), v);
  return w && DictSetCStr(dict, name, w.get()) == 0;
}

// Calls __set_name__ on every attribute that has one.
bool CallSetNames(TypeObject* t) {
  Ref items = NewList(0);
  int64_t pos = 0;
  Value k, v;
  while (DictNext(Value::FromObject(t->dict), &pos, &k, &v)) {
    Ref pair = MakeTuple({k, v});
    ListAppend(items.get(), pair.get());
  }
  for (int64_t i = 0; i < ListSize(items.get()); ++i) {
    Value pair = ListItem(items.get(), i);
    Value attr = TupleItem(pair, 1);
    Value set_name = LookupInType(attr.type(), Intern("__set_name__"));
    if (!set_name) continue;
    Value args[2] = {Value::FromObject(t), TupleItem(pair, 0)};
    Ref r = CallFoundMethod(set_name, attr, args, 2);
    if (!r) {
      // CPython 3.11 chains a RuntimeError; the original error is what programs see.
      return false;
    }
  }
  return true;
}

// super(t, t).__init_subclass__(**kwargs)
bool CallInitSubclass(TypeObject* t, const Value* kwvalues, Value kwnames) {
  Value mro = Value::FromObject(t->mro);
  Value name = Intern("__init_subclass__");
  for (int64_t i = 1; i < TupleSize(mro); ++i) {
    Value d = Value::FromObject(AsType(TupleItem(mro, i))->dict);
    Value f = DictGetStr(d, name);
    if (!f) continue;
    Ref bound = f.type()->descr_get ? f.type()->descr_get(f, Value(), Value::FromObject(t)) : Ref::New(f);
    if (!bound) return false;
    Ref r = Call(bound.get(), kwvalues, 0, kwnames);
    return static_cast<bool>(r);
  }
  return true;
}

}  // namespace

Ref TypeNew(TypeObject* metatype, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 3) {
    if (metatype == &TypeType && nargs == 1 && !kwnames) return Ref::New(Value::FromObject(args[0].type()));
    return SetError(TypeErrorType(), "type() takes 1 or 3 arguments");
  }
  Value name = args[0], bases = args[1], ns = args[2];
  if (!IsStr(name)) {
    return SetErrorFmt(TypeErrorType(), "type.__new__() argument 1 must be str, not {}", TypeName(name));
  }
  if (!IsTuple(bases)) {
    return SetErrorFmt(TypeErrorType(), "type.__new__() argument 2 must be tuple, not {}", TypeName(bases));
  }
  if (!IsDict(ns)) {
    return SetErrorFmt(TypeErrorType(), "type.__new__() argument 3 must be dict, not {}", TypeName(ns));
  }
  TypeObject* winner = CalculateMetaclass(metatype, bases);
  if (winner == nullptr) return Ref();
  if (winner != metatype) {
    if (winner->new_ != TypeNew) return winner->new_(winner, args, nargs, kwnames);
    metatype = winner;
  }
  Ref bases_ref = Ref::New(bases);
  if (TupleSize(bases) == 0) bases_ref = MakeTuple({Value::FromObject(&ObjectType)});
  TypeObject* base = BestBase(bases_ref.get());
  if (base == nullptr) return Ref();

  Ref dict = DictCopy(ns);
  if (!dict) return Ref();
  Value d = dict.get();
  Ref qualname = Ref::New(name);
  if (Value q = DictGetCStr(d, "__qualname__")) {
    if (!IsStr(q)) {
      return SetErrorFmt(TypeErrorType(), "type __qualname__ must be a str, not {}", TypeName(q));
    }
    qualname = Ref::New(q);
    if (DictDelItem(d, Intern("__qualname__")) < 0) return Ref();
  }
  if (!DictGetCStr(d, "__module__")) {
    if (Value m = CallerModuleName()) DictSetCStr(d, "__module__", m);
  }
  if (!DictGetCStr(d, "__doc__")) DictSetCStr(d, "__doc__", None());

  // Layout (step 2).
  bool var_sized = IsVarSized(base);
  bool want_dict = false;
  // Weak references live in a side table (weakref.cpp), so a class needs no
  // layout for them; which classes accept them follows CPython: not under
  // __slots__ without __weakref__, nor when the base is variable-sized.
  bool base_weak = (base->type_flags & kTypeWeakrefable) != 0;
  bool no_weak_layout = (base->type_flags & (kTypeIntSubclass | kTypeTupleSubclass)) ||
                        IsSubtype(base, &BytesType);
  bool want_weak = base_weak || no_weak_layout;  // true: a __weakref__ slot is disallowed
  bool add_weak = false;
  std::vector<Ref> slot_names;
  Value slots = DictGetCStr(d, "__slots__");
  if (slots) {
    if (!SlotNames(slots, name, &slot_names, &want_dict, &want_weak)) return Ref();
    add_weak = want_weak && !base_weak && !no_weak_layout;
    if (var_sized && !slot_names.empty()) {
      return SetErrorFmt(TypeErrorType(), "nonempty __slots__ not supported for subtype of '{}'", base->name);
    }
    for (const Ref& s : slot_names) {
      if (DictGetStr(d, s.get())) {
        return SetErrorFmt(ValueErrorType(), "'{}' in __slots__ conflicts with class variable",
                           StrView(s.get()));
      }
    }
  } else {
    want_dict = true;
    add_weak = !base_weak && !no_weak_layout;
  }
  size_t base_size = base->basic_size;
  if ((base->type_flags & kTypeIntSubclass) && base_size < sizeof(BigIntObject)) base_size = sizeof(BigIntObject);
  bool add_dict = want_dict && base->dict_offset == 0 && !var_sized &&
                  !(base->type_flags & kTypeTypeSubclass);

  Object* o = AllocObject(metatype, std::max(metatype->basic_size, sizeof(TypeObject)));
  if (o == nullptr) return Ref();
  auto* t = static_cast<TypeObject*>(o);
  Ref type_ref = Ref::Steal(o);
  t->flags_ |= gc::kIsType | gc::kHeapType;
  t->hooks.dealloc = SubtypeDealloc;
  t->ht_name = Ref::New(name).release().obj();
  t->name = StrView(name).data();
  t->ht_qualname = qualname.release().obj();
  t->bases = bases_ref.release().obj();
  t->base = base;
  MarkTypeDict(dict.get());
  t->dict = dict.release().obj();
  t->type_flags = (base->type_flags & (kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                                       kTypeListSubclass | kTypeDictSubclass |
                                       kTypeExceptionSubclass | kTypeTypeSubclass |
                                       kTypeSetSubclass | kTypeFrozenSetSubclass)) |
                  kTypeBaseType;
  if (base_weak || add_weak) t->type_flags |= kTypeWeakrefable;
  t->extra_start = base_size;
  t->basic_size = base_size;
  t->dict_offset = base->dict_offset;
  if (add_dict) {
    t->dict_offset = t->basic_size;
    t->basic_size += sizeof(Value);
  }
  for (const Ref& s : slot_names) {
    Ref m = NewMemberDescr(s.get(), t, t->basic_size);
    if (!m || DictSetItem(d, s.get(), m.get()) < 0) return Ref();
    t->basic_size += sizeof(Value);
  }
  if (add_dict) {
    Ref gs = NewGetSetDescriptor(&kInstanceDictGetSet, t);
    if (!gs || DictSetCStr(d, "__dict__", gs.get()) < 0) return Ref();
  }
  if (add_weak) {
    Ref gs = NewGetSetDescriptor(&kInstanceWeakrefGetSet, t);
    if (!gs || DictSetCStr(d, "__weakref__", gs.get()) < 0) return Ref();
  }
  // Instances are always tracked: they hold their class, and the builtin
  // base's hooks are called from these for the rest.
  t->hooks.traverse = SubtypeTraverse;
  t->hooks.clear = SubtypeClear;
  t->methods = nullptr;
  t->getsets = nullptr;

  // MRO (step 3).
  Ref mro = ComputeMro(t, Value::FromObject(t->bases));
  if (!mro) return Ref();
  t->mro = mro.release().obj();

  // Slots (step 4).
  if (!WrapDunderFunction(d, "__new__", &StaticMethodType) ||
      !WrapDunderFunction(d, "__init_subclass__", &ClassMethodType) ||
      !WrapDunderFunction(d, "__class_getitem__", &ClassMethodType)) {
    return Ref();
  }
  if (DictGetCStr(d, "__eq__") && !DictGetCStr(d, "__hash__")) DictSetCStr(d, "__hash__", None());
  if (LookupInType(t, Intern("__del__"))) {
    t->type_flags |= kTypeHasFinalizer;
    t->hooks.finalize = FinalizeForCollector;
    gFinalizersExist.store(true, std::memory_order_relaxed);
  }
  FixupSlots(t);

  // Step 5.
  if (Value cell = DictGetCStr(d, "__classcell__")) {
    if (cell.type() != &CellType) {
      return SetErrorFmt(TypeErrorType(), "__classcell__ must be a nonlocal cell, not {}", TypeName(cell));
    }
    auto* c = static_cast<CellObject*>(cell.obj());
    Value old = c->contents;
    Incref(Value::FromObject(t));
    c->contents = Value::FromObject(t);
    XDecref(old);
    if (DictDelItem(d, Intern("__classcell__")) < 0) return Ref();
  }
  // A class defined at module level is shared by every thread that uses it:
  // immortal, so creating instances and calling methods write no shared
  // refcount (classes are never freed before the cycle collector anyway:
  // their MRO holds them). Classes made inside functions stay mortal.
  {
    Frame* caller = CurrentThread()->frame;
    if (caller != nullptr && caller->func == nullptr && caller->locals == caller->globals) MakeImmortal(t);
  }
  if (!CallSetNames(t)) return Ref();
  const Value* kwvalues = args + nargs;
  if (!CallInitSubclass(t, kwvalues, kwnames)) return Ref();
  return type_ref;
}

int TypeInit(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 1 && nargs != 3) {
    SetError(TypeErrorType(), "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

Ref TypeCallInstance(TypeObject* t, const Value* args, size_t nargs, Value kwnames) {
  if (t->new_ == nullptr) return SetErrorFmt(TypeErrorType(), "cannot create '{}' instances", t->name);
  Ref obj = t->new_(t, args, nargs, kwnames);
  if (!obj || !(t->flags_ & gc::kHeapType) || t->init == nullptr) return obj;
  if (!IsInstance(obj.get(), t)) return obj;
  if (obj.type()->init(obj.get(), args, nargs, kwnames) < 0) return Ref();
  return obj;
}

// ------------------------------------------------------------ __build_class__

Ref BuildClass(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs < 2) return SetError(TypeErrorType(), "__build_class__: not enough arguments");
  if (args[0].type() != &FunctionType) return SetError(TypeErrorType(), "__build_class__: func must be a function");
  if (!IsStr(args[1])) return SetError(TypeErrorType(), "__build_class__: name is not a string");
  Value func = args[0], name = args[1];
  Ref bases = TupleFromArray(args + 2, static_cast<int64_t>(nargs - 2));
  if (!bases) return Ref();
  // Keywords: metaclass=, the rest go to the metaclass and __init_subclass__.
  Value meta;
  std::vector<Value> kwvalues;
  std::vector<Value> kwkeys;
  int64_t nkw = kwnames ? TupleSize(kwnames) : 0;
  for (int64_t i = 0; i < nkw; ++i) {
    Value k = TupleItem(kwnames, i);
    if (StrView(k) == "metaclass") {
      meta = args[nargs + i];
    } else {
      kwkeys.push_back(k);
      kwvalues.push_back(args[nargs + i]);
    }
  }
  bool is_class = true;
  if (!meta) {
    meta = TupleSize(bases.get()) > 0 ? Value::FromObject(TupleItem(bases.get(), 0).type())
                                      : Value::FromObject(&TypeType);
  } else {
    is_class = IsTypeObject(meta);
  }
  if (is_class) {
    TypeObject* w = CalculateMetaclass(AsType(meta), bases.get());
    if (w == nullptr) return Ref();
    meta = Value::FromObject(w);
  }
  Ref kwn = kwkeys.empty() ? Ref() : TupleFromArray(kwkeys.data(), static_cast<int64_t>(kwkeys.size()));
  // The namespace: metaclass.__prepare__(name, bases, **kw) when it has one.
  Ref ns;
  Ref prepare = GetAttrStr(meta, "__prepare__");
  if (!prepare) {
    if (!ErrorMatches(AttributeErrorType())) return Ref();
    ClearError();
    ns = NewDict();
  } else {
    std::vector<Value> pargs = {name, bases.get()};
    pargs.insert(pargs.end(), kwvalues.begin(), kwvalues.end());
    ns = Call(prepare.get(), pargs.data(), 2, kwn ? kwn.get() : Value());
  }
  if (!ns) return Ref();
  Ref body = EvalClassBody(static_cast<FunctionObject*>(func.obj()), ns.get());
  if (!body) return Ref();
  std::vector<Value> cargs = {name, bases.get(), ns.get()};
  cargs.insert(cargs.end(), kwvalues.begin(), kwvalues.end());
  return Call(meta, cargs.data(), 3, kwn ? kwn.get() : Value());
}

Ref TypePrepare(Value, const Value* args, size_t nargs, Value kwnames) { return NewDict(); }

bool ClassesWithFinalizersExist() { return gFinalizersExist.load(std::memory_order_relaxed); }

// ------------------------------------------------------------ super

namespace {

struct SuperObject : Object {
  TypeObject* type;      // owned (the class super() starts after)
  Value obj;             // owned or null
  TypeObject* obj_type;  // owned or null
};

SuperObject* AsSuper(Value v) { return static_cast<SuperObject*>(v.obj()); }

void SuperTraverse(gc::Header* h, gc::Visitor& v) {
  auto* s = static_cast<SuperObject*>(h);
  if (s->type) v.Visit(s->type);
  if (s->obj.is_object()) v.Visit(s->obj.obj());
  if (s->obj_type) v.Visit(s->obj_type);
}

// Leaves an unbound super (obj and obj_type null), which is a valid state.
void SuperClear(gc::Header* h) {
  auto* s = static_cast<SuperObject*>(h);
  Value obj = s->obj;
  TypeObject* obj_type = s->obj_type;
  s->obj = Value();
  s->obj_type = nullptr;
  XDecref(obj);
  if (obj_type) Decref(Value::FromObject(obj_type));
}

void SuperDealloc(gc::Header* h) {
  auto* s = static_cast<SuperObject*>(h);
  Decref(Value::FromObject(s->type));
  XDecref(s->obj);
  if (s->obj_type) Decref(Value::FromObject(s->obj_type));
  FreeObject(s);
}

TypeObject* SuperCheck(TypeObject* type, Value obj) {
  if (IsTypeObject(obj) && IsSubtype(AsType(obj), type)) return AsType(obj);
  if (IsSubtype(obj.type(), type)) return obj.type();
  SetError(TypeErrorType(), "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// Zero-argument super(): the calling function's first argument and its __class__ cell.
bool SuperFromFrame(TypeObject** type, Value* obj) {
  ThreadState* ts = CurrentThread();
  Frame* f = ts->frame;
  if (f == nullptr || f->code == nullptr) {
    SetError(RuntimeErrorType(), "super(): no current frame");
    return false;
  }
  CodeObject* co = f->code;
  if (co->argcount == 0 && !(co->flags & kCodeVarargs)) {
    SetError(RuntimeErrorType(), "super(): no arguments");
    return false;
  }
  Value first = f->localsplus[0];
  for (const auto& [cell, arg] : co->cell_args) {
    if (arg == 0) first = static_cast<CellObject*>(f->localsplus[cell].obj())->contents;
  }
  if (!first) {
    SetError(RuntimeErrorType(), "super(): arg[0] deleted");
    return false;
  }
  int start = co->nlocals + co->ncells;
  for (int i = 0; i < co->nfrees; ++i) {
    if (StrView(co->localsplus_names[start + i]) != "__class__") continue;
    Value cell = f->localsplus[start + i];
    Value cls = static_cast<CellObject*>(cell.obj())->contents;
    if (!cls) {
      SetError(RuntimeErrorType(), "super(): empty __class__ cell");
      return false;
    }
    if (!IsTypeObject(cls)) {
      SetError(RuntimeErrorType(), "super(): __class__ is not a type");
      return false;
    }
    *type = AsType(cls);
    *obj = first;
    return true;
  }
  SetError(RuntimeErrorType(), "super(): __class__ cell not found");
  return false;
}

Ref SuperNew(TypeObject* stype, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("super", kwnames) || !CheckArgCount("super", nargs, 0, 2)) return Ref();
  TypeObject* type = nullptr;
  Value obj;
  if (nargs == 0) {
    if (!SuperFromFrame(&type, &obj)) return Ref();
  } else {
    if (!IsTypeObject(args[0])) {
      return SetErrorFmt(TypeErrorType(), "super() argument 1 must be a type, not {}", TypeName(args[0]));
    }
    type = AsType(args[0]);
    if (nargs == 2 && !IsNone(args[1])) obj = args[1];
  }
  TypeObject* obj_type = nullptr;
  if (obj) {
    obj_type = SuperCheck(type, obj);
    if (obj_type == nullptr) return Ref();
  }
  Object* o = AllocObject(stype, std::max(stype->basic_size, sizeof(SuperObject)));
  if (o == nullptr) return Ref();
  auto* s = static_cast<SuperObject*>(o);
  Incref(Value::FromObject(type));
  s->type = type;
  Incref(obj);
  s->obj = obj;
  if (obj_type) Incref(Value::FromObject(obj_type));
  s->obj_type = obj_type;
  return Ref::Steal(o);
}

Ref SuperGetAttr(Value self, Value name) {
  SuperObject* s = AsSuper(self);
  if (s->obj_type != nullptr && StrView(name) != "__class__") {
    Value mro = Value::FromObject(s->obj_type->mro);
    int64_t n = TupleSize(mro);
    int64_t i = 0;
    while (i < n && TupleItem(mro, i).obj() != s->type) ++i;
    for (++i; i < n; ++i) {
      Value v = DictGetStr(Value::FromObject(AsType(TupleItem(mro, i))->dict), name);
      if (!v) continue;
      DescrGetFn get = v.type()->descr_get;
      if (get == nullptr) return Ref::New(v);
      Value inst = s->obj == Value::FromObject(s->obj_type) ? Value() : s->obj;
      return get(v, inst, Value::FromObject(s->obj_type));
    }
  }
  return GenericGetAttr(self, name);
}

Ref SuperRepr(Value self) {
  SuperObject* s = AsSuper(self);
  if (s->obj_type) {
    return StrFromUtf8(fmt::format("<super: <class '{}'>, <{} object>>", s->type->name, s->obj_type->name));
  }
  return StrFromUtf8(fmt::format("<super: <class '{}'>, NULL>", s->type->name));
}

Ref SuperThisClass(Value self) { return Ref::New(Value::FromObject(AsSuper(self)->type)); }
Ref SuperSelf(Value self) { return Ref::New(AsSuper(self)->obj ? AsSuper(self)->obj : None()); }
Ref SuperSelfClass(Value self) {
  TypeObject* t = AsSuper(self)->obj_type;
  return Ref::New(t ? Value::FromObject(t) : None());
}
const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", SuperThisClass},
    {"__self__", SuperSelf},
    {"__self_class__", SuperSelfClass},
    {nullptr, nullptr},
};

}  // namespace

void InitClassTypes() {
  SuperType.name = "super";
  SuperType.type_flags = kTypeBaseType;
  SuperType.basic_size = sizeof(SuperObject);
  SuperType.hooks.dealloc = SuperDealloc;
  SuperType.hooks.traverse = SuperTraverse;
  SuperType.hooks.clear = SuperClear;
  SuperType.new_ = SuperNew;
  SuperType.getattr = SuperGetAttr;
  SuperType.repr = SuperRepr;
  SuperType.getsets = kSuperGetSets;
  InitStaticType(&SuperType);

  MemberDescriptorType.name = "member_descriptor";
  MemberDescriptorType.hooks.dealloc = MemberDealloc;
  MemberDescriptorType.descr_get = MemberGet;
  MemberDescriptorType.descr_set = MemberSet;
  MemberDescriptorType.repr = MemberRepr;
  InitStaticType(&MemberDescriptorType);

  TypeType.hooks.dealloc = HeapTypeDealloc;
  TypeType.hooks.traverse = HeapTypeTraverse;
  TypeType.hooks.clear = HeapTypeClear;
}

}  // namespace gilectomy::rt
