// Per-thread interpreter state, reached through a thread_local pointer.
// Nothing per-thread lives in a global (DESIGN.md "Concurrency model").
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/value.h"
#include "safepoints/safepoints.h"

namespace gilectomy::rt {

class Runtime;
struct Frame;

// Cache-line aligned (and so padded to whole lines): two threads' states
// never share a line, or every frame push on one thread (frame_top,
// py_depth) would slow the other thread's eval-breaker polls.
struct alignas(64) ThreadState {
  Runtime* runtime = nullptr;
  // The thread's entry in the safepoints registry. Its eval_breaker word is
  // polled by the eval loop on every backward jump and function entry (one
  // relaxed load); any other thread or a signal handler may set bits.
  sp::ThreadRecord sp;
  uint64_t ident = 0;           // _thread.get_ident(): the pthread id
  // The exception being raised (propagating), or null. Owned.
  Value current_exc;
  // The exception being handled (sys.exc_info()), or null. Owned. The eval
  // loop saves and restores it around `except` blocks (PUSH_EXC_INFO/POP_EXCEPT).
  Value handled_exc;
  Frame* frame = nullptr;       // innermost Python frame
  int py_depth = 0;             // Python frames on this thread (RecursionError limit)
  uintptr_t c_stack_limit = 0;  // lowest safe C stack address for this thread
  // Frame memory: a stack of chunks, bump-allocated (runtime/frame.h).
  std::vector<char*> frame_chunks;
  size_t frame_chunk_index = 0;
  char* frame_top = nullptr;
  char* frame_end = nullptr;
  // _thread._set_sentinel() locks (owned), released when the thread ends.
  std::vector<Object*> sentinels;
  // Per-thread cache of global-name lookups (LOAD_GLOBAL, runtime/eval.cpp):
  // a hit only reads the dicts' version words, so threads running the same
  // functions never write a shared cache line (no dict lock). Allocated on
  // first use; entries own their globals dict, builtins dict and value.
  struct GlobalCacheEntry {
    Object* globals = nullptr;    // owned (keeps the address from being reused)
    Object* builtins = nullptr;   // owned
    Value name;                   // interned str (immortal)
    uint64_t globals_version = 0;
    uint64_t builtins_version = 0;
    Value value;                  // owned
  };
  static constexpr size_t kGlobalCacheSize = 256;
  GlobalCacheEntry* global_cache = nullptr;
  // Per-thread cache of attribute lookups on types (LookupInType,
  // runtime/abstract.cpp), keyed by (immortal type, immortal name) and
  // valid while the global type epoch is unchanged (any class dict change
  // bumps it). A hit reads only this entry and the epoch word. Entries own
  // their value (null: not found); allocated on first use.
  struct TypeCacheEntry {
    Object* type = nullptr;  // immortal
    Value name;              // immortal str
    uint64_t epoch = 0;
    Value value;             // owned; null: the name is not in the MRO
  };
  static constexpr size_t kTypeCacheSize = 1024;
  TypeCacheEntry* type_cache = nullptr;
  // Containers whose repr is in progress (recursion guard for "[...]").
  std::vector<Object*> repr_stack;
};

// The eval-breaker bits (safepoints/safepoints.h has the table).
inline constexpr uint32_t kBreakerSignal = sp::kBreakerSignal;  // SIGINT pending: main thread
inline constexpr uint32_t kBreakerSafepoint = sp::kBreakerSafepointMask;

ThreadState* CurrentThread();
// Binds a fresh thread state to the calling OS thread (start-up, new threads)
// and registers it with the safepoints registry, ATTACHED.
ThreadState* AttachNewThreadState(Runtime* rt);
// Drops the thread state (the thread must be attached) and unregisters it.
void DetachThreadState();
// Number of thread states alive (registered threads).
size_t ThreadStateCount();

}  // namespace gilectomy::rt
