// A module whose type fails validation (a method without a function), and
// one entry point per further malformed definition.
#include <gilectomy/gilectomy.h>

namespace gy = gilectomy;

namespace {
const gy::FunctionDef kBroken[] = {{"broken", nullptr}, {nullptr, nullptr}};
gy::TypeDef Broken{.name = "bad_slots.Broken", .methods = kBroken};
gy::TypeDef* const kTypes[] = {&Broken, nullptr};
const gy::ModuleSlot kSlots[] = {gy::ModuleSlot::types_slot(kTypes), gy::ModuleSlot::gil_not_used()};
const gy::ModuleDef kModule = {gy::kAbiVersion, "bad_slots", nullptr, kSlots, 2};
}  // namespace

GILECTOMY_MODULE(bad_slots) { return &kModule; }
