// Object memory. Normal builds use TBB's scalable allocator (per-thread
// caches, no global lock). Sanitizer builds use malloc instead: ASan can only
// report use-after-free and leaks in memory it allocated itself, and LSan
// does not scan TBB's heap for pointers.
#include "gc/alloc.h"

#include <cstdlib>

#if !defined(GILECTOMY_SYSTEM_MALLOC)
#include <tbb/scalable_allocator.h>
#endif

namespace gilectomy::gc {

#if defined(GILECTOMY_SYSTEM_MALLOC)
void* AllocateRaw(size_t size) { return std::malloc(size); }
void FreeRaw(void* p) { std::free(p); }
void* ReallocateRaw(void* p, size_t size) { return std::realloc(p, size); }
#else
void* AllocateRaw(size_t size) { return scalable_malloc(size); }
void FreeRaw(void* p) { scalable_free(p); }
void* ReallocateRaw(void* p, size_t size) { return scalable_realloc(p, size); }
#endif

}  // namespace gilectomy::gc
