// Start-up hooks: each fills in its static TypeObjects (slots, methods) and
// calls InitStaticType. Called once, in this order, by Runtime start-up
// (runtime/interpreter.cpp), before any Python code runs.
#pragma once

namespace gilectomy::rt {

void InitCoreTypes();       // type, object, NoneType, bool, NotImplemented, ellipsis (objects/type.cpp)
void InitStrType();         // objects/str.cpp, objects/str_methods.cpp
void InitIntTypes();        // int, bool number slots (objects/int.cpp)
void InitFloatType();       // objects/float.cpp
void InitTupleType();       // objects/tuple.cpp
void InitListType();        // objects/list.cpp
void InitDictTypes();       // dict and its views/iterators (objects/dict.cpp)
void InitRangeSliceTypes(); // objects/range.cpp
void InitIterTypes();       // generic iterators, enumerate, zip, map, filter, reversed (objects/iter.cpp)
void InitFunctionTypes();   // function, builtin_function_or_method, method, code, cell (objects/function.cpp)
void InitExceptionTypes();  // objects/exceptions.cpp
void InitModuleType();      // objects/module.cpp
void InitSlotWrapperType(); // wrapper_descriptor (objects/slots.cpp)
void InitDescriptorTypes(); // property, staticmethod, classmethod (objects/descriptors.cpp)
void InitClassTypes();      // super, member_descriptor, class deallocation (objects/class.cpp)
void InitThreadTypes();     // _thread.lock, _thread.RLock (modules/thread.cpp)
void InitTimeTypes();       // time.struct_time (modules/time.cpp)
void InitGeneratorType();   // objects/generator.cpp
void InitSetTypes();        // set, frozenset and their iterator (objects/set.cpp)
void InitBytesTypes();      // bytes, bytearray and their iterators (objects/bytes.cpp)
void InitMemoryViewType();  // objects/memoryview.cpp
void InitComplexType();     // objects/complex.cpp
void InitWeakRefTypes();    // ref, proxy; marks the weakref-able builtin types (objects/weakref.cpp)

}  // namespace gilectomy::rt
