// Per-thread interpreter state, reached through a thread_local pointer.
// Nothing per-thread lives in a global (DESIGN.md "Concurrency model").
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/value.h"

namespace gilectomy::rt {

class Runtime;
struct Frame;

struct ThreadState {
  Runtime* runtime = nullptr;
  // Polled by the eval loop on every backward jump and function entry (one
  // relaxed load); any other thread or a signal handler may set bits.
  std::atomic<uint32_t> eval_breaker{0};
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
  // Containers whose repr is in progress (recursion guard for "[...]").
  std::vector<Object*> repr_stack;
};

enum EvalBreakerBits : uint32_t {
  kBreakerSignal = 1u << 0,  // a signal (SIGINT) is pending: handled on the main thread
};

ThreadState* CurrentThread();
// Binds a fresh thread state to the calling OS thread (start-up, new threads).
ThreadState* AttachNewThreadState(Runtime* rt);
void DetachThreadState();

}  // namespace gilectomy::rt
