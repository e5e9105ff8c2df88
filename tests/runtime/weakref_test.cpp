// Tests for weak references (runtime/objects/weakref.cpp): the collector's
// interface, callback order, and the race between dropping the last strong
// reference and calling the weak reference from another thread.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "gc/header.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/objects/list.h"
#include "runtime/objects/set.h"
#include "runtime/thread_state.h"
#include "gc/refcount.h"
#include "safepoints/safepoints.h"
#include "runtime/objects/weakref.h"
#include "runtime/thread_state.h"
#include "tests/runtime/runtime_test_util.h"

namespace gilectomy::rt {
namespace {

class WeakRefTest : public test_util::RuntimeTest {};

bool IsDead(Value wr) { return IsNone(WeakRefReferent(wr).get()); }

TEST_F(WeakRefTest, DeallocClearsAndRunsCallbacksNewestFirst) {
  Ref log = NewList(0);
  Ref append = GetAttrStr(log.get(), "append");
  ASSERT_TRUE(append);
  Ref s = NewSet();
  Ref basic = NewWeakRef(&RefType, s.get(), Value());
  Ref first = NewWeakRef(&RefType, s.get(), append.get());
  Ref second = NewWeakRef(&RefType, s.get(), append.get());
  EXPECT_EQ(NewWeakRef(&RefType, s.get(), Value()).get(), basic.get());  // canonical ref reused
  EXPECT_EQ(WeakRefCount(s.get()), 3);
  EXPECT_TRUE(gc::GcBitsOf(s.get().obj()) & gc::kGcHasWeakRefs);
  EXPECT_EQ(WeakRefReferent(first.get()).get(), s.get());
  s = Ref();
  EXPECT_TRUE(IsDead(basic.get()) && IsDead(first.get()) && IsDead(second.get()));
  ASSERT_EQ(ListSize(log.get()), 2);
  EXPECT_EQ(ListItem(log.get(), 0), second.get());
  EXPECT_EQ(ListItem(log.get(), 1), first.get());
}

struct GarbageSet {
  gc::Header* garbage;
};
bool IsGarbage(gc::Header* h, void* ctx) { return h == static_cast<GarbageSet*>(ctx)->garbage; }

TEST_F(WeakRefTest, CollectorInterface) {
  Ref log = NewList(0);
  Ref append = GetAttrStr(log.get(), "append");
  Ref s = NewSet();
  Ref plain = NewWeakRef(&RefType, s.get(), Value());
  Ref live = NewWeakRef(&RefType, s.get(), append.get());
  Ref garbage = NewWeakRef(&RefType, s.get(), append.get());
  Ref proxy = NewWeakProxy(s.get(), append.get());
  GarbageSet ctx{garbage.get().obj()};
  std::vector<Object*> callbacks;
  ClearWeakRefsForCollector(s.get().obj(), IsGarbage, &ctx, &callbacks);
  EXPECT_FALSE(gc::GcBitsOf(s.get().obj()) & gc::kGcHasWeakRefs);
  EXPECT_EQ(WeakRefCount(s.get()), 0);
  EXPECT_TRUE(IsDead(plain.get()) && IsDead(live.get()) && IsDead(garbage.get()));
  // Newest first: the proxy, then `live`; `garbage` is left out, `plain` has no callback.
  ASSERT_EQ(callbacks.size(), 2u);
  EXPECT_EQ(callbacks[0], proxy.get().obj());
  EXPECT_EQ(callbacks[1], live.get().obj());
  EXPECT_EQ(ListSize(log.get()), 0);  // nothing ran yet
  RunWeakRefCallbacks(callbacks);
  EXPECT_TRUE(callbacks.empty());
  ASSERT_EQ(ListSize(log.get()), 2);
  EXPECT_EQ(ListItem(log.get(), 0), proxy.get());
  EXPECT_EQ(ListItem(log.get(), 1), live.get());
  s = Ref();  // freeing the object afterwards runs nothing more
  EXPECT_EQ(ListSize(log.get()), 2);
  // The garbage weakref still owns its callback until it is freed.
  garbage = Ref();
}

TEST_F(WeakRefTest, WeakrefableTypes) {
  Ref s = NewSet();
  EXPECT_TRUE(IsWeakrefable(s.get()));
  Ref l = NewList(0);
  EXPECT_FALSE(IsWeakrefable(l.get()));
  EXPECT_FALSE(NewWeakRef(&RefType, l.get(), Value()));
  Ref e = FetchError();
  std::string msg;
  ReprText(e.get(), &msg);
  EXPECT_EQ(msg, "TypeError(\"cannot create weak reference to 'list' object\")");
}

// One thread drops the last strong reference while others call the weak
// reference: each caller gets the live object or None, never freed memory
// (run under the asan and tsan presets to check).
TEST_F(WeakRefTest, DropRacesWithDeref) {
  Runtime* rt = CurrentThread()->runtime;
  constexpr int kReaders = 3;
  constexpr int kRounds = 300;
  for (int round = 0; round < kRounds; ++round) {
    Ref s = NewSet();
    Ref wr = NewWeakRef(&RefType, s.get(), Value());
    Object* target = s.get().obj();
    std::atomic<int> ready{0};
    std::atomic<bool> bad{false};
    std::vector<std::thread> readers;
    for (int i = 0; i < kReaders; ++i) {
      readers.emplace_back([&] {
        ThreadState* ts = AttachNewThreadState(rt);
        ready.fetch_add(1);
        {  // wait detached: in the gil build an attached spinner holds the GIL
          sp::Detached d;
          while (ready.load() <= kReaders) {
          }
        }
        // Buffered build: a reader that takes a reference every epoch keeps the
        // object's committed count above zero (its decrements trail its
        // increments by an epoch) until a liveness drain (docs/buffered-refcount.md).
        for (;;) {
          if (!sp::Poll(&ts->sp)) bad.store(true);  // lets the gil build switch threads
          Ref r = WeakRefReferent(wr.get());
          if (IsNone(r.get())) break;
          if (r.get().obj() != target) bad.store(true);
          // A new weak reference from a live strong one, dropped at once.
          Ref extra = NewWeakRef(&RefType, r.get(), Value());
          if (!extra) bad.store(true);
        }
        DetachThreadState();
      });
    }
    {
      sp::Detached d;
      while (ready.load() < kReaders) {
      }
    }
    ready.fetch_add(1);
    s = Ref();  // the last strong reference, unless a reader holds one right now
    {
      sp::Detached d;
      for (auto& t : readers) t.join();
    }
    // Buffered build: the death is applied by the commit thread and run here
    // (a pending call) once the readers' logs are in.
    for (int i = 0; gc::kBufferedRefCounts && i < 2000 && !IsDead(wr.get()); ++i) {
      if (!sp::Poll(&CurrentThread()->sp)) bad.store(true);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    EXPECT_FALSE(bad.load());
    EXPECT_TRUE(IsDead(wr.get()));
  }
}

}  // namespace
}  // namespace gilectomy::rt
