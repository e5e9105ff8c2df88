// Module objects.
#include "runtime/objects/module.h"

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/init.h"
#include "runtime/objects/str.h"

namespace gilectomy::rt {

namespace {

void ModuleDealloc(Object* o) {
  auto* m = static_cast<ModuleObject*>(o);
  if (m->dict) gc::Decref(m->dict);
  if (m->name) gc::Decref(m->name);
  FreeObject(o);
}

// Modules are immortal (NewModule), so the collector never clears one; the
// hooks still describe what a module owns. After clear the dict is null and
// the readers below fall back as for an empty namespace.
void ModuleTraverse(gc::Header* h, gc::Visitor& v) {
  auto* m = static_cast<ModuleObject*>(h);
  if (m->dict) v.Visit(m->dict);
  if (m->name) v.Visit(m->name);
}

void ModuleClear(gc::Header* h) {
  auto* m = static_cast<ModuleObject*>(h);
  Object* d = m->dict;
  m->dict = nullptr;
  if (d) gc::Decref(d);
}

Ref ModuleRepr(Value v) {
  auto* m = static_cast<ModuleObject*>(v.obj());
  Value file = m->dict ? DictGetCStr(Value::FromObject(m->dict), "__file__") : Value();
  if (file && IsStr(file)) {
    return StrFromUtf8(fmt::format("<module '{}' from '{}'>", StrView(Value::FromObject(m->name)),
                                   StrView(file)));
  }
  return StrFromUtf8(fmt::format("<module '{}' (built-in)>", StrView(Value::FromObject(m->name))));
}

Ref ModuleGetAttr(Value self, Value name) {
  auto* m = static_cast<ModuleObject*>(self.obj());
  Value v = m->dict ? DictGetStr(Value::FromObject(m->dict), name) : Value();
  if (v) return Ref::New(v);
  Ref r = GenericGetAttr(self, name);
  if (r || !ErrorMatches(AttributeErrorType())) return r;
  ClearError();
  return SetErrorFmt(AttributeErrorType(), "module '{}' has no attribute '{}'",
                     StrView(Value::FromObject(m->name)), StrView(name));
}

Ref ModuleGetDict(Value self) {
  Object* d = static_cast<ModuleObject*>(self.obj())->dict;
  return d ? Ref::New(Value::FromObject(d)) : NewDict();
}
const GetSetDef kModuleGetSets[] = {{"__dict__", ModuleGetDict}, {nullptr, nullptr}};

}  // namespace

Ref NewModule(std::string_view name) {
  Object* o = AllocObject(&ModuleType, sizeof(ModuleObject));
  if (o == nullptr) return Ref();
  // Modules are shared by every thread that uses them (`mod.attr` increfs
  // and decrefs the module): immortal, so no refcount line is contended.
  // They live in sys.modules until exit anyway. Not yet published here.
  MakeImmortal(o);
  Ref module = Ref::Steal(o);
  auto* m = static_cast<ModuleObject*>(o);
  Ref dict = NewDict();
  Ref n = StrFromUtf8(name);
  if (!dict || !n) return Ref();
  DictSetCStr(dict.get(), "__name__", n.get());
  DictSetCStr(dict.get(), "__doc__", None());
  m->name = n.release().obj();
  m->dict = dict.release().obj();
  return module;
}

void AddModuleFunctions(Value module, const MethodDef* defs) {
  auto* m = static_cast<ModuleObject*>(module.obj());
  for (const MethodDef* d = defs; d->name != nullptr; ++d) {
    Ref f = NewBuiltinFunction(d, module, Value::FromObject(m->name));
    DictSetCStr(Value::FromObject(m->dict), d->name, f.get());
  }
}

void InitModuleType() {
  ModuleType.name = "module";
  ModuleType.basic_size = sizeof(ModuleObject);
  ModuleType.hooks.dealloc = ModuleDealloc;
  ModuleType.hooks.traverse = ModuleTraverse;
  ModuleType.hooks.clear = ModuleClear;
  ModuleType.repr = ModuleRepr;
  ModuleType.getattr = ModuleGetAttr;
  ModuleType.setattr = GenericSetAttr;
  ModuleType.dict_offset = offsetof(ModuleObject, dict);
  ModuleType.getsets = kModuleGetSets;
  InitStaticType(&ModuleType);
}

}  // namespace gilectomy::rt
