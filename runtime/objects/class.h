// Classes (types created at run time), __build_class__ and super.
// See runtime/objects/class.cpp for how a class is created.
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

extern TypeObject SuperType, MemberDescriptorType;

// type.__new__(metatype, name, bases, dict, **kwargs): creates a class.
Ref TypeNew(TypeObject* metatype, const Value* args, size_t nargs, Value kwnames);
// type.__init__: checks the argument count only.
int TypeInit(Value self, const Value* args, size_t nargs, Value kwnames);
// Calling a type: new_, then (for classes) init when new_ returned an instance.
Ref TypeCallInstance(TypeObject* t, const Value* args, size_t nargs, Value kwnames);
// builtins.__build_class__(func, name, *bases, metaclass=..., **kwargs).
Ref BuildClass(Value self, const Value* args, size_t nargs, Value kwnames);
// True once any class with __del__ has been created.
bool ClassesWithFinalizersExist();
// type.__prepare__: a new dict.
Ref TypePrepare(Value self, const Value* args, size_t nargs, Value kwnames);

}  // namespace gilectomy::rt
