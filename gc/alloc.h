// Object memory: TBB's scalable allocator (per-thread caches, no global lock).
#pragma once

#include <cstddef>

namespace gilectomy::gc {

// Returns null when memory is exhausted (the runtime raises MemoryError).
void* AllocateRaw(size_t size);
void FreeRaw(void* p);
void* ReallocateRaw(void* p, size_t size);

}  // namespace gilectomy::gc
