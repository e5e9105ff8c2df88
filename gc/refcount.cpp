#include "gc/refcount.h"

#include "gc/collector.h"

namespace gilectomy::gc {

// The object is dying: the collector must not traverse or collect it while
// its dealloc runs (a dealloc can run __del__, which reaches safepoints).
void DeallocSlow(Header* obj) {
  MarkDying(obj);
  TypeHooksOf(obj).dealloc(obj);
}

}  // namespace gilectomy::gc
