// Native extension modules loaded from shared libraries (the runtime side of
// include/gilectomy/extension.h; docs/extensions.md).
#pragma once

#include <string>

#include "runtime/value.h"

namespace gilectomy::rt {

// Loads `path` (a .so) as module `fullname`; `last` is its last dotted
// component (the entry point is gilectomy_init_<last>). Returns the module
// (entered in sys.modules), or an empty Ref with ImportError/SystemError.
Ref LoadExtensionModule(const std::string& fullname, const std::string& last,
                        const std::string& path);

// Reads GILECTOMY_AUTOLOCK_WARN ("0" or "1"; unset: 1). Returns "" or the
// message for a malformed value ("GILECTOMY_AUTOLOCK_WARN must be 0 or 1,
// got 'x'"). Imports read it themselves when nobody called this first.
std::string LoadAutolockWarnSetting();

// Drops the calling thread's borrowed-reference pool (runtime/api/api.cpp).
void ReleaseBorrowedPool();

}  // namespace gilectomy::rt
