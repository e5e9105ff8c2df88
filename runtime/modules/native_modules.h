// Constructors of the native standard modules (one file each under
// runtime/modules/), listed in kNativeModules (registry.cpp).
#pragma once

#include "runtime/value.h"

namespace gilectomy::rt {

Ref CreateMathModule();

}  // namespace gilectomy::rt
