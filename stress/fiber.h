// The fiber schedule (--schedule fiber): every mutator is a Boost.Context
// fiber on one OS thread; a seeded scheduler picks which fiber runs next
// and switches only at schedule points (sp::SchedulePoint: polls, lock
// acquisitions, buffer merges, log flushes) and blocking waits
// (sp::Scheduler::Wait). The same seed gives the same interleaving.
//
// Fibers share one OS thread, but safepoints/ and gc/ keep per-OS-thread
// state (the current ThreadRecord, the track/untrack buffers, the refcount
// logs of the buffered build): the scheduler swaps all three on every switch
// through their ...ForTest exchange hooks, so each fiber looks like its own
// thread.
//
// Buffered refcounting: no commit thread runs (it would make the schedule
// depend on timing). The committer is in manual mode and the scheduler takes
// its steps (announce an epoch; complete it once every attached fiber
// acknowledged) between fibers, at a seeded three quarters of the switches.
//
// Rule for code running on a fiber: never hold a blocking lock (std::mutex)
// across a schedule point; another fiber taking it would block the only OS
// thread. safepoints/ releases its registry lock around Wait; gcstress's
// object locks call the schedule point instead of blocking.
#pragma once

#include <cstdint>
#include <functional>

#include "safepoints/safepoints.h"

namespace gilectomy::stress {

class FiberScheduler final : public sp::Scheduler {
 public:
  // A slot runs lives one after another: next_life(slot) returns the next
  // life's body, or an empty function when the slot is done.
  using NextLife = std::function<std::function<void()>(int slot)>;

  explicit FiberScheduler(uint64_t seed);
  ~FiberScheduler() override;

  // Runs every slot to completion on the calling OS thread. Returns false
  // (after Fail) when every live fiber kept waiting: a deadlock.
  bool Run(int slots, const NextLife& next_life);

  // sp::Scheduler: a waiting fiber yields to the others.
  void Wait(std::unique_lock<std::mutex>& lock, std::chrono::nanoseconds timeout) override;
  void WakeAll() override {}

  // The schedule-point hook (install with sp::SetSchedulePointHook).
  static void Hook(sp::PointKind kind);

  uint64_t switches() const { return switches_; }
  // Drive a manual-mode refcount committer (gc::rc::testing::StartManual)
  // at the switches (the summary shows its epochs: gc::rc::GetStats).
  void set_drive_refcounts(bool on) { drive_refcounts_ = on; }

  struct Fiber;  // defined in fiber.cpp

 private:
  void Resume(Fiber* f);
  static void Yield(bool waiting);

  uint64_t rng_;
  uint64_t rc_rng_;  // the committer's steps: a stream of their own
  uint64_t switches_ = 0;
  bool drive_refcounts_ = false;
};

}  // namespace gilectomy::stress
