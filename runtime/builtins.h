// The builtins module: builtin functions, the builtin types and exceptions,
// and the constants (None, True, False, Ellipsis, NotImplemented).
#pragma once

#include "runtime/value.h"

namespace gilectomy::rt {

// Creates the `builtins` module (its dict is what every frame's builtins
// lookup uses).
Ref CreateBuiltinsModule();

}  // namespace gilectomy::rt
