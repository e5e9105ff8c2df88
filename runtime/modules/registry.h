// Built-in modules: the native modules (C++ functions that build a module
// object) and the modules written in Python (runtime/lib/, compiled into the
// binary by tools/embed_lib.py). The import system looks here before it
// searches sys.path, in that order, as CPython looks at its built-in and
// frozen modules first.
//
// To add a native module: write `Ref CreateFooModule()` in
// runtime/modules/foo.cpp and add one line to kNativeModules in registry.cpp.
// To add a Python module: drop foo.py (or foo/__init__.py) into runtime/lib/.
#pragma once

#include <string_view>

#include "runtime/value.h"

namespace gilectomy::rt {

// Returns the new module, or an empty Ref with an exception set.
using ModuleCreateFn = Ref (*)();

struct NativeModuleDef {
  const char* name;
  ModuleCreateFn create;
};

struct LibModuleDef {
  const char* name;  // dotted
  bool is_package;
  const char* source;
};

// {nullptr}-terminated; kLibModules is generated.
extern const NativeModuleDef kNativeModules[];
extern const LibModuleDef kLibModules[];

const NativeModuleDef* FindNativeModule(std::string_view name);
const LibModuleDef* FindLibModule(std::string_view name);

}  // namespace gilectomy::rt
