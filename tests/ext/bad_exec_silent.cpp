// A module whose exec slot fails without setting an exception.
#include <gilectomy/gilectomy.h>

namespace gy = gilectomy;

namespace {
int Exec(gy::Handle) { return -1; }
const gy::ModuleSlot kSlots[] = {gy::ModuleSlot::exec_slot(Exec), gy::ModuleSlot::gil_not_used()};
const gy::ModuleDef kModule = {gy::kAbiVersion, "bad_exec_silent", nullptr, kSlots, 2};
}  // namespace

GILECTOMY_MODULE(bad_exec_silent) { return &kModule; }
