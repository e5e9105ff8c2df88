// Constructors of the native standard modules (one file each under
// runtime/modules/), listed in kNativeModules (registry.cpp).
#pragma once

#include "runtime/value.h"

namespace gilectomy::rt {

// Initialises the static types the native modules define (called by
// InitTypesOnce, before FinishStaticTypes).
void InitModuleTypes();
void InitOperatorTypes();   // operator.cpp
void InitItertoolsTypes();  // itertools.cpp
void InitRandomType();      // random.cpp

Ref CreateMathModule();
Ref CreateOperatorModule();
Ref CreateItertoolsModule();
Ref CreateRandomModule();

}  // namespace gilectomy::rt
