#include "gc/gc_log.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <unordered_map>

#include "safepoints/safepoints.h"

namespace gilectomy::gc {
namespace {

using Clock = std::chrono::steady_clock;
const Clock::time_point kProcessStart = Clock::now();

std::atomic<LogLevel> log_level{LogLevel::kOff};

spdlog::logger& Logger() {
  static std::shared_ptr<spdlog::logger> logger = [] {
    auto l = spdlog::stderr_logger_mt("gilectomy-gc");
    l->set_pattern("%v");
    l->set_level(spdlog::level::trace);
    return l;
  }();
  return *logger;
}

double Micros() {
  return std::chrono::duration<double, std::micro>(Clock::now() - kProcessStart).count();
}

struct TraceState {
  std::mutex mu;
  std::FILE* file = nullptr;       // (mu)
  bool first = true;               // (mu)
  std::unordered_map<uint64_t, double> running_since;  // (mu) tid -> us
  std::unordered_map<uint64_t, double> parked_since;   // (mu)
  double phase_begin = 0;          // (mu)
};
std::atomic<bool> trace_on{false};

TraceState& T() {
  static TraceState* t = new TraceState;
  return *t;
}

uint64_t CurrentTid() {
  sp::ThreadRecord* rec = sp::Current();
  return rec != nullptr ? rec->id : 0;
}

void EmitLocked(TraceState& t, const char* name, uint64_t tid, double begin, double end) {
  if (t.file == nullptr || end < begin) return;
  std::fprintf(t.file, "%s\n{\"name\":\"%s\",\"ph\":\"X\",\"pid\":1,\"tid\":%llu,\"ts\":%.3f,\"dur\":%.3f}",
               t.first ? "" : ",", name, static_cast<unsigned long long>(tid), begin, end - begin);
  t.first = false;
}

void NameThreadLocked(TraceState& t, uint64_t tid) {
  if (t.file == nullptr) return;
  std::fprintf(t.file,
               "%s\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%llu,\"args\":{\"name\":\"thread %llu\"}}",
               t.first ? "" : ",", static_cast<unsigned long long>(tid), static_cast<unsigned long long>(tid));
  t.first = false;
}

// Ends the thread's current "running" span at `now` (if it has one).
void EndRunningLocked(TraceState& t, uint64_t tid, double now) {
  auto it = t.running_since.find(tid);
  if (it == t.running_since.end()) return;
  EmitLocked(t, "running", tid, it->second, now);
  t.running_since.erase(it);
}

void OnPark(sp::ThreadRecord* rec, bool begin) {
  if (!trace_on.load(std::memory_order_acquire)) return;
  TraceState& t = T();
  std::lock_guard lk(t.mu);
  double now = Micros();
  if (begin) {
    EndRunningLocked(t, rec->id, now);
    t.parked_since[rec->id] = now;
  } else {
    auto it = t.parked_since.find(rec->id);
    if (it != t.parked_since.end()) {
      EmitLocked(t, "parked", rec->id, it->second, now);
      t.parked_since.erase(it);
    }
    t.running_since[rec->id] = now;
  }
}

}  // namespace

double SecondsSinceStart() { return Micros() / 1e6; }

void SetLogLevel(LogLevel level) { log_level.store(level, std::memory_order_relaxed); }
LogLevel GetLogLevel() { return log_level.load(std::memory_order_relaxed); }

void LogCollection(const CollectionStats& s) {
  LogLevel level = GetLogLevel();
  if (level == LogLevel::kOff) return;
  Logger().info("gc {} @{:.3f}s: tracked {}, unreachable {}, freed {}, pause {:.3f} ms, safepoint {} us, workers {}",
                s.number, s.start_seconds, s.tracked, s.unreachable, s.freed, s.pause_ns / 1e6,
                s.safepoint_ns / 1000, s.workers);
  if (level >= LogLevel::kDebug) {
    Logger().info("gc {}: {}, finalized {}, resurrected {}, second pause {:.3f} ms", s.number,
                  s.automatic ? "automatic" : "explicit", s.finalized, s.resurrected, s.pause2_ns / 1e6);
  }
}

void LogEpoch(uint64_t epoch, uint64_t increments, uint64_t decrements, uint64_t freed, double lag_ms,
              double apply_ms) {
  if (GetLogLevel() < LogLevel::kDebug) return;
  Logger().info("rc epoch {} @{:.3f}s: increments {}, decrements {}, freed {}, max lag {:.3f} ms, apply {:.3f} ms",
                epoch, SecondsSinceStart(), increments, decrements, freed, lag_ms, apply_ms);
}

void LogAutoTrigger(int64_t net_new, int64_t limit) {
  if (GetLogLevel() < LogLevel::kTrace) return;
  Logger().info("gc: automatic collection requested: {} net new tracked objects > {}", net_new, limit);
}

std::string StartTrace(const std::string& path) {
  TraceState& t = T();
  std::lock_guard lk(t.mu);
  if (t.file != nullptr) return "";
  t.file = std::fopen(path.c_str(), "w");
  if (t.file == nullptr) return "cannot write '" + path + "'";
  std::fputs("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[", t.file);
  t.first = true;
  sp::SetParkObserver(OnPark);
  trace_on.store(true, std::memory_order_release);
  return "";
}

void StopTrace() {
  TraceState& t = T();
  std::lock_guard lk(t.mu);
  if (t.file == nullptr) return;
  trace_on.store(false, std::memory_order_release);
  double now = Micros();
  while (!t.running_since.empty()) EndRunningLocked(t, t.running_since.begin()->first, now);
  std::fputs("\n]}\n", t.file);
  std::fclose(t.file);
  t.file = nullptr;
}

bool TraceEnabled() { return trace_on.load(std::memory_order_acquire); }

void TraceThreadBegin() {
  if (!TraceEnabled()) return;
  TraceState& t = T();
  std::lock_guard lk(t.mu);
  uint64_t tid = CurrentTid();
  NameThreadLocked(t, tid);
  t.running_since[tid] = Micros();
}

void TraceThreadEnd() {
  if (!TraceEnabled()) return;
  TraceState& t = T();
  std::lock_guard lk(t.mu);
  EndRunningLocked(t, CurrentTid(), Micros());
}

void TraceCollectorPhase(bool begin, const char* name) {
  if (!TraceEnabled()) return;
  TraceState& t = T();
  std::lock_guard lk(t.mu);
  uint64_t tid = CurrentTid();
  double now = Micros();
  if (begin) {
    EndRunningLocked(t, tid, now);
    t.phase_begin = now;
  } else {
    EmitLocked(t, name, tid, t.phase_begin, now);
    t.running_since[tid] = now;
  }
}

}  // namespace gilectomy::gc
