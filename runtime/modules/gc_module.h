// The `gc` module (runtime/modules/gc_module.cpp) and the runtime's side of
// the collector: the hooks through which gc/ reaches weak references,
// gc.callbacks and gc.garbage.
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

Ref CreateGcModule();
// Gives the collector the runtime's hooks (called once at start-up).
void InstallCollectorHooks();

}  // namespace gilectomy::rt
