// A module whose exec slot fails with ValueError.
#include <gilectomy/gilectomy.h>

namespace gy = gilectomy;

namespace {
int Exec(gy::Handle module) {
  gy::setattr(module, "partly", gy::true_());
  gy::raise(gy::exc::ValueError(), "exec failed on purpose");
  return -1;
}
const gy::ModuleSlot kSlots[] = {gy::ModuleSlot::exec_slot(Exec), gy::ModuleSlot::gil_not_used()};
const gy::ModuleDef kModule = {gy::kAbiVersion, "bad_exec", nullptr, kSlots, 2};
}  // namespace

GILECTOMY_MODULE(bad_exec) { return &kModule; }
