#include "stress/check.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#include <sanitizer/common_interface_defs.h>
#define GCSTRESS_SANITIZER 1
#endif

namespace gilectomy::stress {
namespace {

std::mutex fail_mu;
std::string first_failure;  // fail_mu
std::atomic<uint64_t> failures{0};
std::atomic<bool> failed{false};

char replay_line[4096];  // written once before any signal handler can run

void WriteAll(const char* s) {
  size_t n = std::strlen(s);
  while (n > 0) {
    ssize_t w = write(STDERR_FILENO, s, n);
    if (w <= 0) return;
    s += w;
    n -= static_cast<size_t>(w);
  }
}

void OnSignal(int sig) {
  WriteAll("\ngcstress: FAILED: fatal signal ");
  WriteAll(strsignal(sig));
  WriteAll("\ngcstress: replay with:\n  ");
  WriteAll(replay_line);
  WriteAll("\n");
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

#if defined(GCSTRESS_SANITIZER)
// A sanitizer report ends the process without a signal: say how to replay.
void OnSanitizerDeath() {
  WriteAll("\ngcstress: FAILED: sanitizer report above\ngcstress: replay with:\n  ");
  WriteAll(replay_line);
  WriteAll("\n");
}
#endif

struct Watchdog {
  std::mutex mu;
  std::condition_variable cv;
  bool stop = false;
  std::thread thread;
};
Watchdog* watchdog = nullptr;

}  // namespace

Counters& Stats() {
  static Counters* c = new Counters;
  return *c;
}

void Fail(const std::string& message) {
  std::lock_guard lk(fail_mu);
  if (failures.fetch_add(1) == 0) first_failure = message;
  failed.store(true, std::memory_order_release);
}

bool Failed() { return failed.load(std::memory_order_acquire); }

std::string FirstFailure() {
  std::lock_guard lk(fail_mu);
  return first_failure;
}

uint64_t FailureCount() { return failures.load(); }

void InstallCrashReport(const std::string& replay) {
  std::snprintf(replay_line, sizeof replay_line, "%s", replay.c_str());
  for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) std::signal(sig, OnSignal);
#if defined(GCSTRESS_SANITIZER)
  __sanitizer_set_death_callback(OnSanitizerDeath);
#endif
}

void StartWatchdog(double seconds) {
  watchdog = new Watchdog;
  watchdog->thread = std::thread([seconds] {
    auto limit = std::chrono::duration<double>(seconds);
    uint64_t last = Stats().steps.load();
    auto since = std::chrono::steady_clock::now();
    std::unique_lock lk(watchdog->mu);
    while (!watchdog->stop) {
      watchdog->cv.wait_for(lk, std::chrono::milliseconds(200));
      uint64_t now_steps = Stats().steps.load();
      auto now = std::chrono::steady_clock::now();
      if (now_steps != last) {
        last = now_steps;
        since = now;
      } else if (now - since > limit) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "\ngcstress: FAILED: hang: no progress for %.0f s "
                      "(a thread parked for good, or a deadlock)\ngcstress: replay with:\n  ", seconds);
        WriteAll(buf);
        WriteAll(replay_line);
        WriteAll("\n");
        _exit(1);
      }
    }
  });
}

void StopWatchdog() {
  if (watchdog == nullptr) return;
  {
    std::lock_guard lk(watchdog->mu);
    watchdog->stop = true;
  }
  watchdog->cv.notify_all();
  watchdog->thread.join();
  delete watchdog;
  watchdog = nullptr;
}

}  // namespace gilectomy::stress
