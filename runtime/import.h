// The import system: built-in modules (sys, builtins), and packages, native
// extension modules (.so, runtime/api/ext_module.h) and .py modules found on
// sys.path, cached in sys.modules.
#pragma once

#include "runtime/value.h"

namespace gilectomy::rt {

// IMPORT_NAME: `import a.b` returns a (fromlist empty), `from a.b import x`
// returns a.b. level > 0: relative to the importing module's package.
Ref ImportModule(Value name, Value globals, Value fromlist, Value level);
// IMPORT_FROM: an attribute of the module, or a submodule.
Ref ImportFrom(Value module, Value name);
// `from m import *` into the namespace dict `ns`.
int ImportStar(Value module, Value ns);
// Imports a module by its absolute dotted name (for `-m` and embedders).
Ref ImportByName(std::string_view dotted);

}  // namespace gilectomy::rt
