// Callables: Python functions, native (builtin) functions, method
// descriptors of builtin types, and bound methods.
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

struct CodeObject;

struct FunctionObject : Object {
  CodeObject* code;    // owned
  Object* globals;     // dict (owned)
  Object* builtins;    // dict (owned)
  Object* name;        // str (owned)
  Object* qualname;    // str (owned)
  Object* defaults;    // tuple or null (owned)
  Object* kwdefaults;  // dict or null (owned)
  Object* closure;     // tuple of cells or null (owned)
  Object* doc;         // owned, may be null (None)
  Object* dict;        // __dict__ or null (owned)
  Object* module;      // __module__ value (owned) or null
  static bool IsType(TypeObject* t) { return t == &FunctionType; }
};

// A native function, or a native method bound to `self`.
struct BuiltinFunctionObject : Object {
  const MethodDef* def;
  Value self;          // owned or null; the module for module functions, the instance
                       // for bound methods (may be a small int)
  Object* module_name; // str or null (owned)
  static bool IsType(TypeObject* t) { return t == &BuiltinFunctionType; }
};

// A native method in a builtin type's dict; binds on attribute access.
struct MethodDescriptorObject : Object {
  const MethodDef* def;
  TypeObject* owner;
  static bool IsType(TypeObject* t) { return t == &MethodDescriptorType; }
};

// A Python function bound to an instance.
struct MethodObject : Object {
  Object* func;  // owned
  Value self;    // owned (may be a small int)
  static bool IsType(TypeObject* t) { return t == &MethodType; }
};

struct CellObject : Object {
  Value contents;  // owned or null (empty cell)
  static bool IsType(TypeObject* t) { return t == &CellType; }
};

Ref NewBuiltinFunction(const MethodDef* def, Value self, Value module_name = Value());
Ref NewMethodDescriptor(const MethodDef* def, TypeObject* owner);
Ref NewBoundMethod(Value func, Value self);
Ref NewCell(Value contents);
// Creates a function object from a code object (MAKE_FUNCTION).
Ref NewFunction(Value code, Value globals, Value qualname);

}  // namespace gilectomy::rt
