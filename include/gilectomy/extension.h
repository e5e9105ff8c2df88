// gilectomy public API: native extension modules (shared libraries).
//
// `import name` finds name.so on sys.path and calls its one exported entry
// point `gilectomy_init_<name>` (declare it with GILECTOMY_MODULE), which
// returns a ModuleDef. Initialisation is multi-phase (PEP 489):
//
//   1. the types listed in `types` slots are made ready (slots validated,
//      MRO computed, immortal): each becomes a module attribute;
//   2. the `create` slot builds the module object (default: a new module);
//   3. the `methods` slots' functions become module attributes;
//   4. the `exec` slots run in order on the module (0, or -1 with an
//      exception: the import fails with ImportError chained to it).
//
// A module declares it is safe without a GIL with ModuleSlot::gil_not_used()
// (CPython 3.13's Py_mod_gil). A module that does not is AUTO-LOCKED: every
// call into its functions, methods, constructors and repr takes that
// module's lock (recursive, waited for DETACHED so it never blocks a
// stop-the-world), and its import prints a one-time warning naming it
// (silenced by GILECTOMY_AUTOLOCK_WARN=0). See docs/extensions.md.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>

#include "gilectomy/object.h"

namespace gilectomy {

// Bumped when the layout of the structures below changes.
inline constexpr uint32_t kAbiVersion = 1;

// A module function or method: `self` is the module (functions) or the
// instance (methods). Keyword arguments are refused with TypeError.
using Function = Object (*)(Handle self, Args args);

struct FunctionDef {
  const char* name;  // null ends a table
  Function fn;
  const char* doc = nullptr;
};

// A native type. Define it as a static (it is a static type: made ready once
// per process, immortal, never freed). Instances carry `state_size` bytes of
// native state, zeroed, then `construct`ed; `destroy` runs when the instance
// is freed (it may run on any thread, never under the module's auto-lock:
// touch only the instance's own state there).
struct TypeDef {
  const char* name;                         // "module.Name"
  size_t state_size = 0;
  void (*construct)(void* state) = nullptr;
  void (*destroy)(void* state) = nullptr;
  // __init__: Name(args) calls it after construct; 0, or -1 with an
  // exception. Null: the type takes no arguments.
  int (*init)(Handle self, Args args) = nullptr;
  Object (*repr)(Handle self) = nullptr;    // null: <module.Name object at 0x...>
  const FunctionDef* methods = nullptr;     // {nullptr}-terminated
  // Set by the runtime when the type is ready (do not write).
  std::atomic<void*> ready_type{nullptr};
};

// State construction helpers: TypeDef{"m.T", sizeof(T), construct_state<T>, destroy_state<T>}.
template <typename T>
void construct_state(void* p) {
  new (p) T();
}
template <typename T>
void destroy_state(void* p) {
  static_cast<T*>(p)->~T();
}

enum class SlotId : int { kCreate = 1, kExec = 2, kMethods = 3, kTypes = 4, kGil = 5 };
enum class Gil : int { kUsed = 0, kNotUsed = 1 };

// Creates the module object from its name (a str). Returns a new reference.
using CreateFn = Object (*)(Handle name, const struct ModuleDef* def);
using ExecFn = int (*)(Handle module);

struct ModuleSlot {
  SlotId id;
  CreateFn create = nullptr;
  ExecFn exec = nullptr;
  const FunctionDef* methods = nullptr;
  TypeDef* const* types = nullptr;  // nullptr-terminated
  Gil gil = Gil::kUsed;

  static constexpr ModuleSlot create_slot(CreateFn f) { return {SlotId::kCreate, f}; }
  static constexpr ModuleSlot exec_slot(ExecFn f) { return {SlotId::kExec, nullptr, f}; }
  static constexpr ModuleSlot methods_slot(const FunctionDef* m) {
    return {SlotId::kMethods, nullptr, nullptr, m};
  }
  static constexpr ModuleSlot types_slot(TypeDef* const* t) {
    return {SlotId::kTypes, nullptr, nullptr, nullptr, t};
  }
  static constexpr ModuleSlot gil_not_used() {
    return {SlotId::kGil, nullptr, nullptr, nullptr, nullptr, Gil::kNotUsed};
  }
  static constexpr ModuleSlot gil_used() {
    return {SlotId::kGil, nullptr, nullptr, nullptr, nullptr, Gil::kUsed};
  }
};

struct ModuleDef {
  uint32_t abi_version;      // kAbiVersion
  const char* name;          // the module's name (the last dotted component)
  const char* doc;           // __doc__, or null
  const ModuleSlot* slots;   // array of `nslots`
  size_t nslots;
};

// The ready type object of `def` (borrowed, immortal); SystemError "type
// 'm.T' is not ready" when its module has not made it ready yet.
Handle type_object(const TypeDef& def);
// def(args...): creates an instance (SystemError if the type is not ready).
Object new_instance(const TypeDef& def, std::initializer_list<Handle> args = {});
// True if `v` is an instance of the (ready) type.
bool is_instance(Handle v, const TypeDef& def);
// The native state of an instance of `def`; null with TypeError "descriptor
// requires a 'm.T' object but received 'int'" for anything else.
void* instance_state(Handle v, const TypeDef& def);
template <typename T>
T* state_of(Handle v, const TypeDef& def) {
  return static_cast<T*>(instance_state(v, def));
}

}  // namespace gilectomy

// Declares the module entry point: GILECTOMY_MODULE(extdemo) { return &def; }
#define GILECTOMY_MODULE(name)                                                 \
  extern "C" __attribute__((visibility("default"))) const ::gilectomy::ModuleDef* \
  gilectomy_init_##name()
