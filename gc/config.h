// Collector configuration from the environment and -X options (DESIGN.md
// "Configuration"; docs/gc-tuning.md is the user's table).
//
//   variable                 -X option        accepted
//   GILECTOMY_GC             -X gc=           0 or 1 (0: no automatic collections)
//   GILECTOMY_GC_THRESHOLD   -X gc_threshold= integer >= 0 (0: no automatic collections)
//   GILECTOMY_GC_THREADS     -X gc_threads=   integer 1..256 (default: the number of cores)
//   GILECTOMY_GC_LOG         -X gc_log=       off, info, debug, trace
//   GILECTOMY_GC_TRACE       -X gc_trace=     a file to write (Chrome trace-event JSON)
//   GILECTOMY_RC_LOG_SIZE    -X rc_log_size=  integer 16..1048576: refcount log chunk entries
//   GILECTOMY_RC_EPOCH_US    -X rc_epoch_us=  integer 1..1000000: microseconds between epochs
//   GILECTOMY_RC_SOLO        -X rc_solo=      0 or 1: a lone thread writes counts itself (default 1)
//                                             (the RC settings act in the buffered build;
//                                             other builds check and ignore them)
//
// A -X option overrides the variable. A malformed value is an error naming
// the variable or option, the value and what is accepted.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gilectomy::gc {

enum class LogLevel { kOff, kInfo, kDebug, kTrace };

struct GcConfig {
  bool enabled = true;
  int64_t threshold = 2000;
  int threads = 0;  // 0: the number of cores
  LogLevel log = LogLevel::kOff;
  std::string trace_path;
  std::string trace_setting = "GILECTOMY_GC_TRACE";  // how it was given, for errors
  int64_t rc_log_size = 4096;
  int64_t rc_epoch_us = 1000;
  bool rc_solo = true;
};

// Reads the environment, then `x_options` ("name=value" strings from -X;
// others are ignored). Returns "" or the one-line error message.
std::string LoadGcConfig(const std::vector<std::string>& x_options, GcConfig* out);

// Applies a configuration (thresholds, workers, log level, trace file).
// Returns "" or an error (the trace file cannot be opened).
std::string ApplyGcConfig(const GcConfig& config);

}  // namespace gilectomy::gc
