// Thread states: one per OS thread that runs Python code.
#include "runtime/thread_state.h"

#include "gc/tracked_set.h"

#include <pthread.h>

#include "gc/alloc.h"
#include "gc/buffered_rc.h"
#include "runtime/abstract.h"
#include "runtime/objects/float.h"

namespace gilectomy::rt {

namespace {

thread_local ThreadState* tls_current = nullptr;

// Leaves a safety margin below the lowest usable stack address, so C++ code
// that checks CheckCStack() has room to raise RecursionError.
constexpr uintptr_t kStackMargin = 256 * 1024;

uintptr_t ComputeStackLimit() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  void* addr = nullptr;
  size_t size = 0;
  pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  uintptr_t low = reinterpret_cast<uintptr_t>(addr);
  // The main thread's reported size can be "unlimited"; cap what we rely on.
  char probe;
  uintptr_t here = reinterpret_cast<uintptr_t>(&probe);
  constexpr uintptr_t kMaxUsable = 64u * 1024 * 1024;
  if (here - low > kMaxUsable) low = here - kMaxUsable;
  return low + kStackMargin;
}

}  // namespace

ThreadState* CurrentThread() { return tls_current; }

ThreadState* AttachNewThreadState(Runtime* rt) {
  auto* ts = new ThreadState();
  ts->runtime = rt;
  ts->c_stack_limit = ComputeStackLimit();
  ts->ident = static_cast<uint64_t>(pthread_self());
  ts->sp.user = ts;
  tls_current = ts;
  sp::RegisterThread(&ts->sp);
  gc::AttachThreadBuffers();
  gc::rc::AttachThread();  // buffered build: refcount logs (else unused)
  return ts;
}

void DetachThreadState() {
  ThreadState* ts = tls_current;
  if (ts == nullptr) return;
  Decref(ts->current_exc);
  Decref(ts->handled_exc);
  ts->current_exc = Value();
  ts->handled_exc = Value();
  if (ts->global_cache != nullptr) {
    for (size_t i = 0; i < ThreadState::kGlobalCacheSize; ++i) {
      ThreadState::GlobalCacheEntry& e = ts->global_cache[i];
      Decref(e.value);
      if (e.globals != nullptr) Decref(Value::FromObject(e.globals));
      if (e.builtins != nullptr) Decref(Value::FromObject(e.builtins));
    }
    delete[] ts->global_cache;
    ts->global_cache = nullptr;
  }
  ClearTypeCache(ts);
  DrainFloatFreeList();
  for (char* chunk : ts->frame_chunks) gc::FreeRaw(chunk);
  ts->frame_chunks.clear();
  gc::rc::DetachThread();
  gc::DetachThreadBuffers();
  sp::UnregisterThread(&ts->sp);
  tls_current = nullptr;
  delete ts;
}

size_t ThreadStateCount() { return sp::ThreadCount(); }

}  // namespace gilectomy::rt
