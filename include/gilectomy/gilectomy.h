// gilectomy public API (everything). docs/embedding.md, docs/extensions.md.
#pragma once

#include "gilectomy/embed.h"      // IWYU pragma: export
#include "gilectomy/extension.h"  // IWYU pragma: export
#include "gilectomy/object.h"     // IWYU pragma: export
