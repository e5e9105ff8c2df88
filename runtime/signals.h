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
// After an uncaught KeyboardInterrupt: die of SIGINT, so the parent sees it
// (CPython exits the same way).
[[noreturn]] void ExitViaSigint();

}  // namespace gilectomy::rt
