// Special methods and type slots, in both directions.
//
//  - Builtin types implement operations as C slots (TypeObject::repr,
//    number.add, ...). Python code sees them as "slot wrapper" descriptors
//    in the type's dict (`int.__add__`, `object.__init__`), added by
//    AddSlotWrappers at start-up.
//  - Classes implement operations as Python methods (`def __add__`). For
//    each slot whose dunder a class defines, FixupSlots installs a
//    dispatcher that looks the method up on the type and calls it; a slot
//    whose dunder still resolves to a builtin's slot wrapper keeps that C
//    function, so `class L(list): pass` indexes as fast as list does.
//
// One table (kSlotDefs in slots.cpp) drives both directions, as CPython's
// slotdefs do.
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

// Adds `__add__`-style wrapper descriptors to `dict` for the slots the
// builtin type `t` defines itself (not inherited unchanged from its base).
void AddSlotWrappers(TypeObject* t, Value dict);

// Sets every slot of the class `t` from its MRO (see above). Called when a
// class is created and when a dunder attribute of it is assigned.
void FixupSlots(TypeObject* t);

// Looks `name` up on type(self) (never the instance, as CPython's special
// method lookup does), binds it and calls it. *found is false, with no
// exception set, when the type has no such attribute.
Ref CallSpecialMethod(Value self, Value name, const Value* args, size_t nargs, bool* found);

// Calls an attribute `descr` found on a type as a method of `self`:
// functions get `self` prepended without creating a bound method.
Ref CallFoundMethod(Value descr, Value self, const Value* args, size_t nargs,
                    Value kwnames = Value());

// The slot functions builtin `object` and `type` use for __init__.
int ObjectInit(Value self, const Value* args, size_t nargs, Value kwnames);

}  // namespace gilectomy::rt
