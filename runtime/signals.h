// SIGINT -> KeyboardInterrupt. The handler only sets a bit in the main
// thread's eval-breaker word (an async-signal-safe atomic); the eval loop
// raises KeyboardInterrupt at its next poll, as CPython does.
#pragma once

#include "runtime/thread_state.h"

namespace gilectomy::rt {

// Installs the handler; `main` receives the interrupts.
void InstallSignalHandlers(ThreadState* main);
// True (and cleared) if an interrupt arrived since the last call; for code
// that waits outside the eval loop (the interactive prompt).
bool TakePendingInterrupt();
// True if `ts` is the thread that receives interrupts (the main thread).
bool IsSignalTarget(ThreadState* ts);
// On the signal target with an interrupt pending: takes it and raises
// KeyboardInterrupt (returns false). Otherwise clears a stale signal bit and
// returns true.
[[nodiscard]] bool CheckSignals();
// _thread.interrupt_main(): as if SIGINT had arrived.
void SimulateInterrupt();
// After an uncaught KeyboardInterrupt: die of SIGINT, so the parent sees it
// (CPython exits the same way).
[[noreturn]] void ExitViaSigint();

}  // namespace gilectomy::rt
