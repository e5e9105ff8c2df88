// gcstress command line (docs/gcstress.md lists every flag).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gilectomy::stress {

enum class Workload { kGraph, kPython, kMixed };
enum class Schedule { kOs, kFiber };

struct Options {
  int threads = 4;
  double seconds = 10;      // used when rounds == 0
  int64_t rounds = 0;       // 0: run for `seconds`
  uint64_t seed = 0;        // 0 on the command line: pick one from the clock
  bool seed_given = false;
  Workload workload = Workload::kGraph;
  std::string script;       // --script FILE.py (python workload)
  Schedule schedule = Schedule::kOs;
  int64_t gc_threshold = 500;  // automatic collections; 0: only forced ones
  int gc_workers = 1;
  double hang_seconds = 20;  // watchdog: no progress for this long is a failure
  bool verbose = false;
  // Buffered refcounting (ignored by other builds): microseconds between the
  // commit thread's epochs (os schedule) and entries per log chunk. Far
  // below the runtime's defaults (1000, 4096) so a short run sees many
  // epochs and full-chunk hand-overs.
  int64_t rc_epoch_us = 20;
  int64_t rc_log_size = 64;
};

// Parses argv. On a malformed flag returns false and sets *error to one
// line; --help sets *help.
bool ParseOptions(int argc, char** argv, Options* out, std::string* error, bool* help);
// The command that replays a run: every setting spelled out, the seed
// included; `rounds` (> 0) replaces the run length.
std::string ReplayCommand(const std::string& argv0, const Options& o, int64_t rounds);
const char* UsageText();
const char* WorkloadName(Workload w);

}  // namespace gilectomy::stress
