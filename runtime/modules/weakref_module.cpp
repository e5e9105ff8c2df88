// The _weakref module: the native half of weakref (runtime/lib/weakref.py).
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/native_modules.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/weakref.h"

namespace gilectomy::rt {

namespace {

Ref WeakrefProxy(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("proxy", kwnames) || !CheckArgCount("proxy", nargs, 1, 2)) return Ref();
  return NewWeakProxy(args[0], nargs > 1 ? args[1] : Value());
}

Ref WeakrefGetWeakRefCount(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("getweakrefcount", kwnames) || !CheckArgCount("getweakrefcount", nargs, 1, 1)) {
    return Ref();
  }
  return IntFromInt64(WeakRefCount(args[0]));
}

Ref WeakrefGetWeakRefs(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("getweakrefs", kwnames) || !CheckArgCount("getweakrefs", nargs, 1, 1)) return Ref();
  return WeakRefList(args[0]);
}

// _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weak
// reference (WeakValueDictionary's callbacks use it).
Ref WeakrefRemoveDead(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("_remove_dead_weakref", kwnames) || !CheckArgCount("_remove_dead_weakref", nargs, 2, 2)) {
    return Ref();
  }
  if (!IsDict(args[0])) {
    return SetErrorFmt(TypeErrorType(), "_remove_dead_weakref() argument 1 must be dict, not {}",
                       TypeName(args[0]));
  }
  Ref v;
  int found = DictLookup(args[0], args[1], &v);
  if (found < 0) return Ref();
  if (found == 0) return Ref::New(None());  // already removed
  if (v.get().is_object() && IsSubtype(v.type(), &RefType)) {
    Ref r = WeakRefReferent(v.get());
    if (IsNone(r.get()) && DictDelItem(args[0], args[1]) < 0) {
      if (!ErrorMatches(KeyErrorType())) return Ref();
      ClearError();
    }
  }
  return Ref::New(None());
}

const MethodDef kWeakrefFunctions[] = {
    {"proxy", WeakrefProxy},
    {"getweakrefcount", WeakrefGetWeakRefCount},
    {"getweakrefs", WeakrefGetWeakRefs},
    {"_remove_dead_weakref", WeakrefRemoveDead},
    {nullptr, nullptr},
};

}  // namespace

Ref CreateWeakrefModule() {
  Ref mod = NewModule("_weakref");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kWeakrefFunctions);
  Value d = ModuleDict(mod.get());
  if (DictSetCStr(d, "ref", Value::FromObject(&RefType)) < 0 ||
      DictSetCStr(d, "ReferenceType", Value::FromObject(&RefType)) < 0 ||
      DictSetCStr(d, "ProxyType", Value::FromObject(&ProxyType)) < 0 ||
      DictSetCStr(d, "CallableProxyType", Value::FromObject(&CallableProxyType)) < 0) {
    return Ref();
  }
  return mod;
}

}  // namespace gilectomy::rt
