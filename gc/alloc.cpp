#include "gc/alloc.h"

#include <tbb/scalable_allocator.h>

namespace gilectomy::gc {

void* AllocateRaw(size_t size) { return scalable_malloc(size); }
void FreeRaw(void* p) { scalable_free(p); }
void* ReallocateRaw(void* p, size_t size) { return scalable_realloc(p, size); }

}  // namespace gilectomy::gc
