// The table of native modules (see registry.h).
#include "runtime/modules/registry.h"

namespace gilectomy::rt {

Ref CreateTracebackNativeModule();  // runtime/modules/traceback.cpp

const NativeModuleDef kNativeModules[] = {
    {"_traceback", CreateTracebackNativeModule},
    {nullptr, nullptr},
};

const NativeModuleDef* FindNativeModule(std::string_view name) {
  for (const NativeModuleDef* d = kNativeModules; d->name; ++d) {
    if (name == d->name) return d;
  }
  return nullptr;
}

const LibModuleDef* FindLibModule(std::string_view name) {
  for (const LibModuleDef* d = kLibModules; d->name; ++d) {
    if (name == d->name) return d;
  }
  return nullptr;
}

}  // namespace gilectomy::rt
