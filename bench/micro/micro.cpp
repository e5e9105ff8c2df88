// Microbenchmarks of the runtime's primitives (bench/run runs them in every
// build; the refcount strategy and the object lock are whatever the preset
// compiles: no-ops or plain adds in the gil build, atomics in release).
//
//   Refcount/Private      incref+decref of an object only this thread uses
//   Refcount/Shared       the same on one object from 2 threads (cache line
//                         ping-pong; atomic builds only: gil-build counts
//                         are only touched under the GIL)
//   ObjectLock/...        lock+unlock of a header's 1-byte mutex, alone and
//                         from 2 threads on one object (compiled away in
//                         the gil build; the contended case is not run there)
//   Alloc/Raw32           gc::AllocateRaw + FreeRaw of 32 bytes
//   Alloc/Float           a float object created and released
//   Alloc/List            an empty list created and released
//   SafepointPoll         the eval loop's poll when nothing is requested
//   StopTheWorld/N        StopTheWorld + StartTheWorld with N other threads
//                         spinning on polls (not in the gil build, where the
//                         spinning threads would wait for the GIL instead)
#include <benchmark/benchmark.h>

#include <atomic>
#include <thread>
#include <vector>

#include "gc/alloc.h"
#include "gc/refcount.h"
#include "runtime/interpreter.h"
#include "runtime/object_lock.h"
#include "runtime/objects/float.h"
#include "runtime/objects/list.h"
#include "runtime/value.h"
#include "safepoints/safepoints.h"

namespace {

using namespace gilectomy;

// A header that is never freed: its count starts at 1 and every benchmark
// pairs its increments with decrements.
gc::Header* NewHeader() {
  auto* h = new gc::Header{};
  gc::InitRefCount(h, 1);
  return h;
}

void Refcount_Private(benchmark::State& state) {
  gc::Header* h = NewHeader();
  for (auto _ : state) {
    gc::Incref(h);
    benchmark::ClobberMemory();
    gc::Decref(h);
  }
  delete h;
}
BENCHMARK(Refcount_Private);

gc::Header* g_shared = NewHeader();

// Two threads without the GIL: the gil build's plain counts would race (its
// threads never touch a count without the GIL), so only atomic builds run it.
bool SkipInGilBuild(benchmark::State& state) {
  if (!gilectomy::sp::GilEnabled()) return false;
  state.SkipWithError("not measured in the gil build");
  return true;
}

void Refcount_Shared(benchmark::State& state) {
  if (SkipInGilBuild(state)) return;
  for (auto _ : state) {
    gc::Incref(g_shared);
    benchmark::ClobberMemory();
    gc::Decref(g_shared);
  }
}
BENCHMARK(Refcount_Shared)->Threads(2)->UseRealTime();

void ObjectLock_Uncontended(benchmark::State& state) {
  gc::Header* h = NewHeader();
  for (auto _ : state) {
    rt::ObjectLock(h);
    benchmark::ClobberMemory();
    rt::ObjectUnlock(h);
  }
  delete h;
}
BENCHMARK(ObjectLock_Uncontended);

void ObjectLock_Contended(benchmark::State& state) {
  if (SkipInGilBuild(state)) return;
  for (auto _ : state) {
    rt::ObjectLock(g_shared);
    benchmark::ClobberMemory();
    rt::ObjectUnlock(g_shared);
  }
}
BENCHMARK(ObjectLock_Contended)->Threads(2)->UseRealTime();

void Alloc_Raw32(benchmark::State& state) {
  for (auto _ : state) {
    void* p = gc::AllocateRaw(32);
    benchmark::DoNotOptimize(p);
    gc::FreeRaw(p);
  }
}
BENCHMARK(Alloc_Raw32);

void Alloc_Float(benchmark::State& state) {
  rt::InitRuntimeForTesting();
  double d = 0.5;
  for (auto _ : state) {
    rt::Ref f = rt::FloatFromDouble(d);
    benchmark::DoNotOptimize(f.get());
  }
}
BENCHMARK(Alloc_Float);

void Alloc_List(benchmark::State& state) {
  rt::InitRuntimeForTesting();
  for (auto _ : state) {
    rt::Ref l = rt::NewList();
    benchmark::DoNotOptimize(l.get());
  }
}
BENCHMARK(Alloc_List);

void SafepointPoll(benchmark::State& state) {
  rt::InitRuntimeForTesting();
  sp::ThreadRecord* rec = sp::Current();
  for (auto _ : state) {
    bool ok = sp::Poll(rec);
    benchmark::DoNotOptimize(ok);
  }
}
BENCHMARK(SafepointPoll);

void StopTheWorld(benchmark::State& state) {
  if (SkipInGilBuild(state)) return;
  rt::InitRuntimeForTesting();
  const int n = static_cast<int>(state.range(0));
  std::atomic<bool> stop{false};
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i) {
    threads.emplace_back([&] {
      sp::ThreadRecord rec;
      sp::RegisterThread(&rec);
      ready.fetch_add(1);
      while (!stop.load(std::memory_order_relaxed)) {
        if (!sp::Poll(&rec)) break;
      }
      sp::UnregisterThread(&rec);
    });
  }
  while (ready.load() < n) std::this_thread::yield();
  for (auto _ : state) {
    sp::StopTheWorld();
    sp::StartTheWorld();
  }
  stop.store(true);
  for (auto& t : threads) t.join();
}
BENCHMARK(StopTheWorld)->Arg(2)->Arg(8)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
