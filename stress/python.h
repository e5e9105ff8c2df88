// The python workload: the interpreter running one Python program in N
// threads at once (the bundled program, or --script FILE.py).
#pragma once

#include <cstdint>
#include <string>

#include "stress/options.h"

namespace gilectomy::stress {

// Creates the runtime (registers the calling thread as the main thread).
// Returns false (after Fail) if --script cannot be read.
bool InitPythonWorkload(const Options& o, const std::string& argv0);
// Runs the program in o.threads threads; false when a thread's assert or
// the final checks failed.
bool RunPythonRound(const Options& o, int64_t round);
void FinishPythonWorkload();

}  // namespace gilectomy::stress
