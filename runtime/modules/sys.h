// The sys module.
#pragma once

#include "runtime/interpreter.h"
#include "runtime/value.h"

namespace gilectomy::rt {

Ref CreateSysModule(const RuntimeConfig& config, Value modules, Value builtins_module);

}  // namespace gilectomy::rt
