// The safepoints library on its own: many threads, some detached, repeated
// stop/start cycles, threads exiting while a stop is requested, concurrent
// requesters, pending calls. Run under the tsan preset too.
#include "safepoints/safepoints.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace gilectomy::sp {
namespace {

using namespace std::chrono_literals;

// What the mutators share with the requester: a thread "touches objects"
// only while attached; the requester checks nobody touches during a stop.
struct World {
  std::atomic<int> touching{0};
  std::atomic<bool> stopped{false};
  std::atomic<int> violations{0};
  std::atomic<bool> done{false};
  std::atomic<uint64_t> work{0};
};

void Touch(World& w) {
  w.touching.fetch_add(1);
  if (w.stopped.load()) w.violations.fetch_add(1);
  w.work.fetch_add(1, std::memory_order_relaxed);
  w.touching.fetch_sub(1);
}

// A mutator: touches, polls; every `detach_every` iterations it blocks
// detached for a little while.
void Mutator(World& w, int detach_every, int max_iterations = -1) {
  ThreadRecord rec;
  RegisterThread(&rec);
  for (int i = 0; !w.done.load() && (max_iterations < 0 || i < max_iterations); ++i) {
    Touch(w);
    EXPECT_TRUE(Poll(&rec));
    if (detach_every > 0 && i % detach_every == 0) {
      Detached d;
      std::this_thread::sleep_for(50us);
    }
  }
  UnregisterThread(&rec);
}

// The requester's critical section: the world must stay still.
void StoppedWork(World& w) {
  EXPECT_TRUE(WorldStopped());
  w.stopped.store(true);
  EXPECT_EQ(w.touching.load(), 0);
  uint64_t before = w.work.load();
  std::this_thread::sleep_for(20us);
  EXPECT_EQ(w.work.load(), before) << "a mutator ran while the world was stopped";
  EXPECT_EQ(w.touching.load(), 0);
  w.stopped.store(false);
}

TEST(SafepointsTest, RegisterAndUnregister) {
  EXPECT_EQ(Current(), nullptr);
  ThreadRecord rec;
  RegisterThread(&rec);
  EXPECT_EQ(Current(), &rec);
  EXPECT_EQ(rec.state.load(), State::kAttached);
  EXPECT_EQ(ThreadCount(), 1u);
  {
    Detached d;
    EXPECT_EQ(rec.state.load(), State::kDetached);
    {
      Detached nested;
      EXPECT_EQ(rec.state.load(), State::kDetached);
      Attached a;
      EXPECT_EQ(rec.state.load(), State::kAttached);
    }
    EXPECT_EQ(rec.state.load(), State::kDetached);
  }
  EXPECT_EQ(rec.state.load(), State::kAttached);
  UnregisterThread(&rec);
  EXPECT_EQ(Current(), nullptr);
  EXPECT_EQ(ThreadCount(), 0u);
}

TEST(SafepointsTest, StopWithNoOtherThreads) {
  ThreadRecord rec;
  RegisterThread(&rec);
  StopTheWorld();
  EXPECT_TRUE(WorldStopped());
  StartTheWorld();
  EXPECT_FALSE(WorldStopped());
  EXPECT_TRUE(Poll(&rec));
  UnregisterThread(&rec);
}

TEST(SafepointsTest, RepeatedStopsWithRunningAndDetachedThreads) {
  World w;
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) threads.emplace_back(Mutator, std::ref(w), i % 2 == 0 ? 0 : 3, -1);
  // Two threads blocked detached for the whole test (one forever-blocked
  // thread must not hold up a stop: it is claimed).
  std::atomic<bool> release{false};
  for (int i = 0; i < 2; ++i) {
    threads.emplace_back([&] {
      ThreadRecord rec;
      RegisterThread(&rec);
      {
        Detached d;
        while (!release.load()) std::this_thread::sleep_for(1ms);
      }
      UnregisterThread(&rec);
    });
  }
  uint64_t before = GetStopTheWorldStats().count;
  for (int round = 0; round < 300; ++round) {
    StopTheWorld();
    StoppedWork(w);
    StartTheWorld();
    if (round % 50 == 0) std::this_thread::sleep_for(1ms);
  }
  w.done.store(true);
  release.store(true);
  for (auto& t : threads) t.join();
  EXPECT_EQ(w.violations.load(), 0);
  StopTheWorldStats stats = GetStopTheWorldStats();
  EXPECT_EQ(stats.count - before, 300u);
  EXPECT_GE(stats.max_ns, stats.last_ns);
  EXPECT_GE(stats.total_ns, stats.max_ns);
}

TEST(SafepointsTest, RegisteredRequesterAmongMutators) {
  World w;
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) threads.emplace_back(Mutator, std::ref(w), 5, -1);
  ThreadRecord rec;
  RegisterThread(&rec);
  for (int round = 0; round < 200; ++round) {
    {
      StopTheWorldScope stw;
      StoppedWork(w);
    }
    Touch(w);
    EXPECT_TRUE(Poll(&rec));
  }
  w.done.store(true);
  {
    Detached d;  // joining is a blocking call
    for (auto& t : threads) t.join();
  }
  UnregisterThread(&rec);
  EXPECT_EQ(w.violations.load(), 0);
}

TEST(SafepointsTest, ThreadsExitAndStartWhileStopsAreRequested) {
  World w;
  std::atomic<bool> stop_spawning{false};
  // Short-lived threads come and go while the requester stops the world.
  std::thread spawner([&] {
    while (!stop_spawning.load()) {
      std::vector<std::thread> batch;
      for (int i = 0; i < 4; ++i) batch.emplace_back(Mutator, std::ref(w), 2, 20 + i * 10);
      for (auto& t : batch) t.join();
    }
  });
  for (int round = 0; round < 300; ++round) {
    StopTheWorld();
    StoppedWork(w);
    StartTheWorld();
  }
  stop_spawning.store(true);
  spawner.join();
  EXPECT_EQ(w.violations.load(), 0);
}

TEST(SafepointsTest, ExitWhileParkedRequestOutstanding) {
  // A thread that reaches its exit with a stop requested: it detaches for
  // good, is claimed, and leaves the registry while the world is stopped.
  ThreadRecord* seen = nullptr;
  std::atomic<bool> registered{false}, go{false}, exited{false};
  std::thread t([&] {
    ThreadRecord rec;
    RegisterThread(&rec);
    seen = &rec;
    registered.store(true);
    while (!go.load()) {
      Detached d;
      std::this_thread::sleep_for(100us);
    }
    UnregisterThread(&rec);
    exited.store(true);
  });
  while (!registered.load()) std::this_thread::yield();
  StopTheWorld();
  go.store(true);
  // The thread may be claimed inside its Detached scope; it can still exit
  // only once released. Either way the world start must not wait for it.
  StartTheWorld();
  t.join();
  EXPECT_TRUE(exited.load());
  EXPECT_NE(seen, nullptr);
  EXPECT_EQ(ThreadCount(), 0u);
}

TEST(SafepointsTest, UnregisterWhileWorldStopped) {
  std::atomic<bool> registered{false}, stopped{false};
  std::thread t([&] {
    ThreadRecord rec;
    RegisterThread(&rec);
    registered.store(true);
    {
      Detached d;
      while (!stopped.load()) std::this_thread::sleep_for(50us);
    }
    // Re-attaching waits for StartTheWorld; then the thread exits.
    UnregisterThread(&rec);
  });
  while (!registered.load()) std::this_thread::yield();
  StopTheWorld();
  stopped.store(true);
  std::this_thread::sleep_for(2ms);
  StartTheWorld();
  t.join();
  EXPECT_EQ(ThreadCount(), 0u);
}

TEST(SafepointsTest, TwoRequestersAtOnce) {
  World w;
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) threads.emplace_back(Mutator, std::ref(w), 4, -1);
  std::atomic<int> in_stop{0};
  std::atomic<int> overlaps{0};
  auto requester = [&](bool registered) {
    ThreadRecord rec;
    if (registered) RegisterThread(&rec);
    for (int round = 0; round < 150; ++round) {
      StopTheWorld();
      if (in_stop.fetch_add(1) != 0) overlaps.fetch_add(1);
      StoppedWork(w);
      in_stop.fetch_sub(1);
      StartTheWorld();
      if (registered) {
        Touch(w);
        EXPECT_TRUE(Poll(&rec));
      }
    }
    if (registered) UnregisterThread(&rec);
  };
  std::thread r1(requester, true), r2(requester, true), r3(requester, false);
  r1.join();
  r2.join();
  r3.join();
  w.done.store(true);
  for (auto& t : threads) t.join();
  EXPECT_EQ(overlaps.load(), 0);
  EXPECT_EQ(w.violations.load(), 0);
}

TEST(SafepointsTest, ReattachWaitsForStartTheWorld) {
  std::atomic<bool> registered{false}, attached_again{false}, leave{false};
  ThreadRecord rec;
  std::thread t([&] {
    RegisterThread(&rec);
    {
      Detached d;
      registered.store(true);
      while (!leave.load()) std::this_thread::sleep_for(50us);
    }
    attached_again.store(true);
    UnregisterThread(&rec);
  });
  while (!registered.load()) std::this_thread::yield();
  StopTheWorld();
  leave.store(true);
  std::this_thread::sleep_for(5ms);
  EXPECT_FALSE(attached_again.load()) << "re-attached into a stopped world";
  EXPECT_EQ(rec.state.load(), State::kParked);
  StartTheWorld();
  t.join();
  EXPECT_TRUE(attached_again.load());
}

std::atomic<int> g_pending_runs{0};
int CountCall(void* arg) {
  auto* expected = static_cast<ThreadRecord*>(arg);
  if (expected != nullptr) {
    EXPECT_EQ(Current(), expected);
  }
  g_pending_runs.fetch_add(1);
  return 0;
}
int FailingCall(void*) { return -1; }

TEST(SafepointsTest, PendingCallsRunAtSafepoints) {
  g_pending_runs.store(0);
  ThreadRecord main_rec;
  RegisterThread(&main_rec);
  std::atomic<bool> done{false};
  std::atomic<ThreadRecord*> other{nullptr};
  std::thread t([&] {
    ThreadRecord rec;
    RegisterThread(&rec);
    other.store(&rec);
    while (!done.load()) {
      EXPECT_TRUE(Poll(&rec));
      Detached d;
      std::this_thread::yield();
    }
    UnregisterThread(&rec);
  });
  while (other.load() == nullptr) {
    Detached d;
    std::this_thread::yield();
  }
  AddPendingCall(CountCall, &main_rec, &main_rec);
  EXPECT_NE(main_rec.eval_breaker.load() & kBreakerPending, 0u);
  EXPECT_TRUE(Poll(&main_rec));
  EXPECT_EQ(g_pending_runs.load(), 1);
  // Meant for the other thread: runs there.
  AddPendingCall(CountCall, other.load(), other.load());
  AddPendingCall(CountCall, nullptr, nullptr);  // anyone
  while (g_pending_runs.load() < 3) {
    EXPECT_TRUE(Poll(&main_rec));
    Detached d;
    std::this_thread::yield();
  }
  // A failing call reports false; the next one stays queued.
  AddPendingCall(FailingCall, nullptr, &main_rec);
  AddPendingCall(CountCall, &main_rec, &main_rec);
  done.store(true);
  {
    Detached d;
    t.join();
  }
  EXPECT_FALSE(Poll(&main_rec));
  EXPECT_TRUE(Poll(&main_rec));
  EXPECT_EQ(g_pending_runs.load(), 4);
  UnregisterThread(&main_rec);
}

TEST(SafepointsTest, DetachedMutexGuardDoesNotBlockAStop) {
  std::mutex mu;
  mu.lock();
  std::atomic<bool> registered{false}, got{false};
  std::thread t([&] {
    ThreadRecord rec;
    RegisterThread(&rec);
    registered.store(true);
    {
      DetachedMutexGuard g(mu);
      got.store(true);
    }
    UnregisterThread(&rec);
  });
  while (!registered.load()) std::this_thread::yield();
  std::this_thread::sleep_for(2ms);
  StopTheWorld();  // the waiting thread is DETACHED: claimed, not waited for
  StartTheWorld();
  mu.unlock();
  t.join();
  EXPECT_TRUE(got.load());
}

// A scheduler that counts its waits; waiting still uses a condition variable.
class CountingScheduler final : public Scheduler {
 public:
  void Wait(std::unique_lock<std::mutex>& lock, std::chrono::nanoseconds timeout) override {
    waits.fetch_add(1);
    cv_.wait_for(lock, timeout);
  }
  void WakeAll() override { cv_.notify_all(); }
  std::atomic<int> waits{0};

 private:
  std::condition_variable cv_;
};

TEST(SafepointsTest, CustomScheduler) {
  CountingScheduler sched;
  SetScheduler(&sched);
  World w;
  std::vector<std::thread> threads;
  for (int i = 0; i < 3; ++i) threads.emplace_back(Mutator, std::ref(w), 0, -1);
  for (int round = 0; round < 20; ++round) {
    StopTheWorld();
    StoppedWork(w);
    StartTheWorld();
  }
  w.done.store(true);
  for (auto& t : threads) t.join();
  SetScheduler(nullptr);
  EXPECT_GT(sched.waits.load(), 0);
  EXPECT_EQ(w.violations.load(), 0);
}

}  // namespace
}  // namespace gilectomy::sp
