// What the collector tells the user: one spdlog line per collection
// (GILECTOMY_GC_LOG) and a Chrome trace-event file (GILECTOMY_GC_TRACE)
// with one track per thread showing when it ran, was parked for a
// stop-the-world, or collected.
#pragma once

#include <string>

#include "gc/collector.h"
#include "gc/config.h"

namespace gilectomy::gc {

double SecondsSinceStart();

void SetLogLevel(LogLevel level);
LogLevel GetLogLevel();
void LogCollection(const CollectionStats& stats);
void LogAutoTrigger(int64_t net_new, int64_t limit);
// Buffered refcounting, level debug: one line per completed epoch.
void LogEpoch(uint64_t epoch, uint64_t increments, uint64_t decrements, uint64_t freed, double lag_ms,
              double apply_ms);

// Opens the trace file (returns "" or "cannot write 'path'") and starts recording.
std::string StartTrace(const std::string& path);
// Closes the JSON document; called at exit. Safe to call twice.
void StopTrace();
bool TraceEnabled();
// The calling thread's track begins (it started running) / ends (it exits).
void TraceThreadBegin();
void TraceThreadEnd();
// The collecting thread's "collecting" span (world stopped).
void TraceCollectorPhase(bool begin, const char* name);

}  // namespace gilectomy::gc
