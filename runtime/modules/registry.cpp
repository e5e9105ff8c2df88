// The table of native modules (see registry.h).
#include "runtime/modules/registry.h"

#include "runtime/modules/gc_module.h"
#include "runtime/modules/native_modules.h"
#include "runtime/modules/thread.h"

namespace gilectomy::rt {

const NativeModuleDef kNativeModules[] = {
    {"_traceback", CreateTracebackNativeModule},
    {"math", CreateMathModule},
    {"operator", CreateOperatorModule},
    {"itertools", CreateItertoolsModule},
    {"random", CreateRandomModule},
    {"_thread", CreateThreadModule},
    {"time", CreateTimeModule},
    {"heapq", CreateHeapqModule},
    {"bisect", CreateBisectModule},
    {"struct", CreateStructModule},
    {"array", CreateArrayModule},
    {"cmath", CreateCmathModule},
    {"posix", CreatePosixModule},
    {"json", CreateJsonModule},
    {"gc", CreateGcModule},
    {nullptr, nullptr},
};

void InitModuleTypes() {
  InitOperatorTypes();
  InitItertoolsTypes();
  InitRandomType();
  InitHeapqTypes();
  InitStructTypes();
  InitArrayType();
  InitJsonTypes();
}

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
