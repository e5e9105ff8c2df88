// Signal handling. See runtime/signals.h.
#include "runtime/signals.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include "runtime/errors.h"

namespace gilectomy::rt {

namespace {

// The thread that receives interrupts. Process-wide because signal
// dispositions are; written once at start-up, read by the handler.
std::atomic<ThreadState*> g_signal_target{nullptr};
std::atomic<bool> g_interrupt_pending{false};

static_assert(std::atomic<uint32_t>::is_always_lock_free, "the handler needs lock-free atomics");

void OnSigint(int) {
  g_interrupt_pending.store(true, std::memory_order_relaxed);
  if (ThreadState* ts = g_signal_target.load(std::memory_order_relaxed)) {
    ts->sp.eval_breaker.fetch_or(kBreakerSignal, std::memory_order_relaxed);
  }
}

}  // namespace

void InstallSignalHandlers(ThreadState* main) {
  g_signal_target.store(main, std::memory_order_relaxed);
  // A SIGINT ignored by whoever started us (a background job) stays ignored,
  // as in CPython.
  struct sigaction old = {};
  if (sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) return;
  struct sigaction sa = {};
  sa.sa_handler = OnSigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking read returns EINTR so the prompt notices
  sigaction(SIGINT, &sa, nullptr);
}

bool TakePendingInterrupt() {
  if (!g_interrupt_pending.exchange(false, std::memory_order_relaxed)) return false;
  if (ThreadState* ts = g_signal_target.load(std::memory_order_relaxed)) {
    ts->sp.eval_breaker.fetch_and(~kBreakerSignal, std::memory_order_relaxed);
  }
  return true;
}

bool IsSignalTarget(ThreadState* ts) { return ts != nullptr && g_signal_target.load(std::memory_order_relaxed) == ts; }

bool CheckSignals() {
  ThreadState* ts = CurrentThread();
  if (!IsSignalTarget(ts)) {
    if (ts != nullptr) ts->sp.eval_breaker.fetch_and(~kBreakerSignal, std::memory_order_relaxed);
    return true;
  }
  if (TakePendingInterrupt()) {
    SetErrorObject(Value::FromObject(KeyboardInterruptType()));
    return false;
  }
  ts->sp.eval_breaker.fetch_and(~kBreakerSignal, std::memory_order_relaxed);
  return true;
}

void SimulateInterrupt() { OnSigint(SIGINT); }

void ExitViaSigint() {
  std::fflush(stdout);
  std::fflush(stderr);
  std::signal(SIGINT, SIG_DFL);
  std::raise(SIGINT);
  std::_Exit(130);
}

}  // namespace gilectomy::rt
