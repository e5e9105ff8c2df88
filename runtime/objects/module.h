// Module objects: a namespace dict with a name.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace gilectomy::rt {

struct ModuleObject : Object {
  Object* dict;  // owned
  Object* name;  // str (owned)
  static bool IsType(TypeObject* t) { return t == &ModuleType; }
};

Ref NewModule(std::string_view name);
inline Value ModuleDict(Value m) { return Value::FromObject(As<ModuleObject>(m)->dict); }
// Adds native functions (defs {nullptr}-terminated) to a module.
void AddModuleFunctions(Value module, const MethodDef* defs);

}  // namespace gilectomy::rt
