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
void InitHeapqTypes();      // heapq.cpp
void InitStructTypes();     // struct.cpp
void InitArrayType();       // array.cpp
void InitJsonTypes();       // json.cpp

Ref CreateMathModule();
Ref CreateOperatorModule();
Ref CreateItertoolsModule();
Ref CreateRandomModule();
Ref CreateHeapqModule();
Ref CreateBisectModule();
Ref CreateStructModule();
Ref CreateArrayModule();
Ref CreateCmathModule();
Ref CreatePosixModule();
Ref CreateJsonModule();
Ref CreateWeakrefModule();  // weakref_module.cpp
Ref CreateTracebackNativeModule();  // _traceback (traceback.cpp)

}  // namespace gilectomy::rt
