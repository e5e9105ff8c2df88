// Failures, progress and the watchdog: what every workload reports to.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace gilectomy::stress {

// Records a failed check (the first message is kept; later ones are counted).
// Workers stop at their next step once a check failed.
void Fail(const std::string& message);
bool Failed();
std::string FirstFailure();
uint64_t FailureCount();

// Counters shown in the progress line and the summary.
struct Counters {
  std::atomic<uint64_t> steps{0};        // workload steps (the watchdog's heartbeat)
  std::atomic<uint64_t> created{0};      // synthetic objects allocated
  std::atomic<uint64_t> freed{0};
  std::atomic<uint64_t> finalized{0};
  std::atomic<uint64_t> resurrected{0};
  std::atomic<uint64_t> handoffs{0};
  std::atomic<uint64_t> forced_collections{0};
  std::atomic<uint64_t> lives{0};        // mutator threads (or fibers) started
  std::atomic<uint64_t> python_runs{0};  // Python program instances completed
};
Counters& Stats();

// Signals (SIGSEGV, SIGABRT, ...) and hangs print `replay` before dying.
void InstallCrashReport(const std::string& replay);
// Starts the watchdog thread: no change of Stats().steps for `seconds`
// while a round runs is a hang (printed with the replay line; exit 1).
void StartWatchdog(double seconds);
void StopWatchdog();

}  // namespace gilectomy::stress
