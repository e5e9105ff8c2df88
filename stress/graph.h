// The graph workload: synthetic objects driven through gc/ and
// safepoints/ alone (no interpreter). See graph.cpp for what a round does.
#pragma once

#include <cstdint>

#include "stress/options.h"

namespace gilectomy::stress {

class FiberScheduler;

// Call once, before any thread registers (installs nothing global except
// the synthetic types).
void InitGraphWorkload();
// Runs one round with o.threads mutator slots, on OS threads or (when
// `fibers` is not null) as fibers; then the end-of-round checks. The caller
// is a registered, ATTACHED thread. Returns false when a check failed.
bool RunGraphRound(const Options& o, int64_t round, FiberScheduler* fibers);
// Synthetic objects alive now.
int64_t GraphLiveObjects();

}  // namespace gilectomy::stress
