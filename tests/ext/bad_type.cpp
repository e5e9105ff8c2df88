// A module that uses a type it never made ready (it is not in a types slot).
#include <gilectomy/gilectomy.h>

namespace gy = gilectomy;

namespace {
gy::TypeDef Hidden{.name = "bad_type.Hidden"};

gy::Object Make(gy::Handle, gy::Args) { return gy::new_instance(Hidden); }
gy::Object TypeOf(gy::Handle, gy::Args) { return gy::Object::borrow(gy::type_object(Hidden)); }
gy::Object State(gy::Handle, gy::Args args) {
  if (gy::instance_state(args[0], Hidden) == nullptr) return gy::Object();
  return gy::Object::borrow(gy::none());
}
gy::Object NoError(gy::Handle, gy::Args) { return gy::Object(); }  // fails without an exception

const gy::FunctionDef kFunctions[] = {
    {"make", Make}, {"type_of", TypeOf}, {"state", State}, {"no_error", NoError}, {nullptr, nullptr}};
const gy::ModuleSlot kSlots[] = {gy::ModuleSlot::methods_slot(kFunctions), gy::ModuleSlot::gil_not_used()};
const gy::ModuleDef kModule = {gy::kAbiVersion, "bad_type", nullptr, kSlots, 2};
}  // namespace

GILECTOMY_MODULE(bad_type) { return &kModule; }
