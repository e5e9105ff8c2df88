#include "gc/refcount.h"

namespace gilectomy::gc {

void DeallocSlow(Header* obj) { TypeHooksOf(obj).dealloc(obj); }

}  // namespace gilectomy::gc
