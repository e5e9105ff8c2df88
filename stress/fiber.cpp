#include "stress/fiber.h"

#include <boost/context/fiber.hpp>
#include <boost/context/stack_context.hpp>

#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

#include "gc/buffered_rc.h"
#include "gc/refcount.h"
#include "gc/tracked_set.h"
#include "stress/check.h"
#include "stress/rng.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#define GCSTRESS_ASAN 1
#endif
#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#define GCSTRESS_TSAN 1
#endif

namespace gilectomy::stress {

namespace ctx = boost::context;

// Fiber stacks: plain heap memory whose bounds we know (the sanitizers need
// them to follow a switch).
struct StackMemory {
  size_t size;
  void* bottom;  // allocated by the scheduler, freed by the fiber
  ctx::stack_context allocate() {
    ctx::stack_context sc;
    sc.size = size;
    sc.sp = static_cast<char*>(bottom) + size;
    return sc;
  }
  void deallocate(ctx::stack_context& sc) { std::free(static_cast<char*>(sc.sp) - sc.size); }
};

struct FiberScheduler::Fiber {
  int slot = 0;
  std::function<void()> body;
  ctx::fiber self;  // the suspended fiber (while the scheduler runs)
  ctx::fiber sink;  // the scheduler (while the fiber runs)
  bool done = false;
  bool waiting = false;
  // Held back (not picked while another fiber can run) until the scheduler's
  // switch count reaches this: a thread preempted inside a window.
  uint64_t hold_until = 0;
  // The fiber's per-OS-thread state while it is suspended.
  sp::ThreadRecord* record = nullptr;
  gc::ThreadBuffers* buffers = nullptr;
  gc::rc::testing::ThreadLocals rc;  // its refcount logs (buffered build)
  void* stack_bottom = nullptr;
  size_t stack_size = 0;
#if defined(GCSTRESS_TSAN)
  void* tsan_fiber = nullptr;
#endif
};

namespace {

constexpr size_t kStackSize = 1 << 20;
// Resumes in a row that found the fiber still waiting, with no other
// progress: every fiber is blocked for good.
constexpr uint64_t kDeadlockStreak = 200000;

thread_local FiberScheduler::Fiber* current = nullptr;  // the running fiber (scheduler thread)
FiberScheduler* active = nullptr;
uint64_t hook_rng = 0;  // the hook's choices (scheduler thread only)

#if defined(GCSTRESS_ASAN)
const void* main_stack_bottom = nullptr;
size_t main_stack_size = 0;
void* main_fake_stack = nullptr;
#endif
#if defined(GCSTRESS_TSAN)
void* main_tsan_fiber = nullptr;
#endif

}  // namespace

FiberScheduler::FiberScheduler(uint64_t seed) : rng_(Mix(seed ^ 0xF1BE5ull)), rc_rng_(Mix(seed ^ 0xC0417ull)) {
  hook_rng = Mix(seed ^ 0x400Cull);
}
FiberScheduler::~FiberScheduler() = default;

void FiberScheduler::Hook(sp::PointKind kind) {
  if (current == nullptr) return;  // the scheduler itself, or another OS thread
  uint64_t r = NextRandom(&hook_rng) % 16;
  bool yield = false;
  switch (kind) {
    case sp::PointKind::kPoll: yield = r < 3; break;
    case sp::PointKind::kLock: yield = r < 6; break;
    case sp::PointKind::kMerge: yield = r < 8; break;
    case sp::PointKind::kLogFlush: yield = r < 8; break;
    case sp::PointKind::kOther: yield = r < 8; break;
  }
  // Test windows (planted bugs, gcstress's own points): now and then the
  // fiber stays away for many switches, as a thread the OS preempted there
  // would, so a window can span several steps of the others (and epochs of
  // the refcount committer).
  if (kind == sp::PointKind::kOther && r < 2 && active != nullptr) {
    current->hold_until = active->switches_ + 8 + NextRandom(&hook_rng) % 56;
  }
  if (yield) Yield(false);
}

void FiberScheduler::Wait(std::unique_lock<std::mutex>& lock, std::chrono::nanoseconds) {
  lock.unlock();
  if (current != nullptr) {
    Yield(true);
  } else {
    std::this_thread::yield();
  }
  lock.lock();
}

void FiberScheduler::Yield(bool waiting) {
  Fiber* f = current;
  f->waiting = waiting;
#if defined(GCSTRESS_ASAN)
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, main_stack_bottom, main_stack_size);
#endif
#if defined(GCSTRESS_TSAN)
  __tsan_switch_to_fiber(main_tsan_fiber, 0);
#endif
  f->sink = std::move(f->sink).resume();
#if defined(GCSTRESS_ASAN)
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
#endif
}

void FiberScheduler::Resume(Fiber* f) {
  sp::ThreadRecord* main_record = sp::ExchangeCurrentForTest(f->record);
  gc::ThreadBuffers* main_buffers = gc::ExchangeThreadBuffersForTest(f->buffers);
  gc::rc::testing::ExchangeThreadForTest(&f->rc);  // f->rc now holds the scheduler's
  current = f;
  f->waiting = false;
#if defined(GCSTRESS_ASAN)
  __sanitizer_start_switch_fiber(&main_fake_stack, f->stack_bottom, f->stack_size);
#endif
#if defined(GCSTRESS_TSAN)
  main_tsan_fiber = __tsan_get_current_fiber();
  __tsan_switch_to_fiber(f->tsan_fiber, 0);
#endif
  f->self = std::move(f->self).resume();
#if defined(GCSTRESS_ASAN)
  __sanitizer_finish_switch_fiber(main_fake_stack, nullptr, nullptr);
#endif
  current = nullptr;
  ++switches_;
  f->record = sp::ExchangeCurrentForTest(main_record);
  f->buffers = gc::ExchangeThreadBuffersForTest(main_buffers);
  gc::rc::testing::ExchangeThreadForTest(&f->rc);  // back: f->rc holds the fiber's again
  if (!f->self) f->done = true;
}

bool FiberScheduler::Run(int slots, const NextLife& next_life) {
  active = this;
  std::vector<std::unique_ptr<Fiber>> running(static_cast<size_t>(slots));
  std::vector<bool> finished(static_cast<size_t>(slots), false);
  uint64_t wait_streak = 0;
  for (;;) {
    for (int s = 0; s < slots; ++s) {
      if (running[s] || finished[s]) continue;
      std::function<void()> body = next_life(s);
      if (!body) {
        finished[s] = true;
        continue;
      }
      auto f = std::make_unique<Fiber>();
      f->slot = s;
      f->body = std::move(body);
      Fiber* raw = f.get();
      void* memory = std::malloc(kStackSize);
      if (memory == nullptr) std::abort();
      StackMemory stack{kStackSize, memory};
      f->self = ctx::fiber(std::allocator_arg, stack, [raw](ctx::fiber&& sink) {
#if defined(GCSTRESS_ASAN)
        __sanitizer_finish_switch_fiber(nullptr, &main_stack_bottom, &main_stack_size);
#endif
        raw->sink = std::move(sink);
        raw->body();
#if defined(GCSTRESS_ASAN)
        __sanitizer_start_switch_fiber(nullptr, main_stack_bottom, main_stack_size);
#endif
#if defined(GCSTRESS_TSAN)
        __tsan_switch_to_fiber(main_tsan_fiber, 0);
#endif
        return std::move(raw->sink);
      });
      f->stack_size = kStackSize;
      f->stack_bottom = memory;
#if defined(GCSTRESS_TSAN)
      f->tsan_fiber = __tsan_create_fiber(0);
#endif
      running[s] = std::move(f);
    }
    std::vector<Fiber*> live;
    for (auto& f : running) {
      if (f && f->hold_until <= switches_) live.push_back(f.get());
    }
    if (live.empty()) {
      for (auto& f : running) {  // every fiber is held back: release them
        if (f) {
          f->hold_until = 0;
          live.push_back(f.get());
        }
      }
    }
    if (live.empty()) break;
    // Buffered refcounting: the committer (manual mode) takes a step at a
    // seeded three quarters of the switches, between fibers, so epochs
    // advance while fibers sit at any schedule point, safepoint or not.
    // (Measured: the racy re-attach bug is caught in a median of about 20
    // rounds at 3/4, about 50 at 1/2, no better at 7/8.)
    if (drive_refcounts_ && NextRandom(&rc_rng_) % 4 != 0) static_cast<void>(gc::rc::testing::Step());
    Fiber* f = live[NextRandom(&rng_) % live.size()];
    Resume(f);
    if (f->done) {
#if defined(GCSTRESS_TSAN)
      __tsan_destroy_fiber(f->tsan_fiber);
#endif
      running[f->slot].reset();
      wait_streak = 0;
    } else if (f->waiting) {
      if (++wait_streak > kDeadlockStreak) {
        Fail("deadlock: every live fiber has been waiting for " + std::to_string(kDeadlockStreak) +
             " switches (a thread parked for good?)");
        // Destroying a suspended fiber unwinds its stack, through code that
        // cannot unwind (a Detached destructor): leave them; the caller exits.
        for (auto& stuck : running) static_cast<void>(stuck.release());
        active = nullptr;
        return false;
      }
    } else {
      wait_streak = 0;
    }
  }
  active = nullptr;
  return true;
}

}  // namespace gilectomy::stress
