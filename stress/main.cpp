// gcstress: the torture runner for the collector and safepoints (docs/gcstress.md).
//
// Entry point: main() parses the flags, installs the schedule (OS threads
// with random yields at schedule points, or seeded fibers), then runs
// rounds of the chosen workload until the time or round budget is spent or
// a check fails. Each round ends with its checks (graph.cpp, python.cpp).
// Exit status: 0 when every check held, 1 when one failed (the seed and the
// replay command are printed), 2 for bad usage.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <random>
#include <string>
#include <thread>

#include "gc/buffered_rc.h"
#include "gc/collector.h"
#include "gc/refcount.h"
#include "gc/tracked_set.h"
#include "safepoints/safepoints.h"
#include "stress/check.h"
#include "stress/fiber.h"
#include "stress/graph.h"
#include "stress/options.h"
#include "stress/rng.h"
#if defined(GCSTRESS_WITH_PYTHON)
#include "stress/python.h"
#endif

namespace gilectomy::stress {
namespace {

using Clock = std::chrono::steady_clock;

// --schedule os: schedule points yield now and then, and planted windows
// (PointKind::kOther) often sleep, so rare interleavings happen in seconds.
void OsNoiseHook(sp::PointKind kind) {
  thread_local uint64_t state = Mix(std::hash<std::thread::id>()(std::this_thread::get_id()) ^
                                    static_cast<uint64_t>(Clock::now().time_since_epoch().count()));
  uint64_t r = NextRandom(&state);
  if (kind == sp::PointKind::kOther) {
    if (r % 8 == 0) {
      std::this_thread::sleep_for(std::chrono::microseconds(r % 100));
    } else if (r % 2 == 0) {
      std::this_thread::yield();
    }
  } else if (r % 64 == 0) {
    std::this_thread::yield();
  }
}

std::atomic<uint64_t> max_pause_ns{0};
std::atomic<int64_t> rounds_done{0};

void NotePauseNs(uint64_t p) {
  uint64_t cur = max_pause_ns.load();
  while (p > cur && !max_pause_ns.compare_exchange_weak(cur, p)) {
  }
}

// Samples the last collection (python workloads: the runtime owns the
// collector hooks, so pauses between samples can be missed).
void NotePause() {
  gc::CollectionStats last = gc::LastCollection();
  NotePauseNs(std::max(last.pause_ns, last.pause2_ns));
}

// Graph runs see every collection through the report hook.
void OnCollectionReport(const gc::CollectionStats& stats) { NotePauseNs(std::max(stats.pause_ns, stats.pause2_ns)); }

double Ms(uint64_t ns) { return static_cast<double>(ns) / 1e6; }

// The progress line: at most once a second, only on a terminal.
class Progress {
 public:
  explicit Progress(Clock::time_point start) : start_(start) {
    if (!isatty(STDOUT_FILENO)) return;
    thread_ = std::thread([this] { Loop(); });
  }
  ~Progress() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lk(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
    std::printf("\r\033[K");
    std::fflush(stdout);
  }

 private:
  void Loop() {
    std::unique_lock lk(mu_);
    while (!cv_.wait_for(lk, std::chrono::seconds(1), [this] { return stop_; })) {
      NotePause();
      double secs = std::chrono::duration<double>(Clock::now() - start_).count();
      int64_t rounds = rounds_done.load();
      std::printf("\r\033[K%.0fs: %lld rounds (%.2f/s), %llu collections, %lld live objects, "
                  "longest pause %.2f ms, longest time-to-safepoint %.2f ms",
                  secs, static_cast<long long>(rounds), static_cast<double>(rounds) / secs,
                  static_cast<unsigned long long>(gc::GetCollectorTotals().collections),
                  static_cast<long long>(GraphLiveObjects()), Ms(max_pause_ns.load()),
                  Ms(sp::GetStopTheWorldStats().max_ns));
      std::fflush(stdout);
    }
  }
  Clock::time_point start_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

bool IsPythonRound(const Options& o, int64_t round) {
  if (o.workload == Workload::kPython) return true;
  if (o.workload == Workload::kMixed) return round % 2 == 0;
  return false;
}

void PrintSummary(const Options& o, int64_t rounds, double secs, FiberScheduler* fibers) {
  Counters& c = Stats();
  std::printf("rounds %lld, lives %llu, steps %llu\n", static_cast<long long>(rounds),
              static_cast<unsigned long long>(c.lives.load()), static_cast<unsigned long long>(c.steps.load()));
  std::printf("objects created %llu, freed %llu, finalized %llu, resurrected %llu, handed off %llu\n",
              static_cast<unsigned long long>(c.created.load()), static_cast<unsigned long long>(c.freed.load()),
              static_cast<unsigned long long>(c.finalized.load()),
              static_cast<unsigned long long>(c.resurrected.load()),
              static_cast<unsigned long long>(c.handoffs.load()));
  gc::CollectorTotals totals = gc::GetCollectorTotals();
  std::printf("collections %llu (%llu forced by mutators), objects collected %llu\n",
              static_cast<unsigned long long>(totals.collections),
              static_cast<unsigned long long>(c.forced_collections.load()),
              static_cast<unsigned long long>(totals.collected));
  if (c.python_runs.load() > 0) {
    std::printf("python program runs %llu\n", static_cast<unsigned long long>(c.python_runs.load()));
  }
  if (gc::kBufferedRefCounts) {
    gc::rc::Stats rc = gc::rc::GetStats();
    std::printf("refcount epochs %llu, increments applied %llu, decrements applied %llu, freed by the committer %llu\n",
                static_cast<unsigned long long>(rc.epochs), static_cast<unsigned long long>(rc.increments),
                static_cast<unsigned long long>(rc.decrements), static_cast<unsigned long long>(rc.freed));
  }
  if (fibers != nullptr) {
    // Timings would differ between two runs of the same seed: not shown.
    std::printf("fiber switches %llu\n", static_cast<unsigned long long>(fibers->switches()));
  } else {
    NotePause();
    std::printf("%.1f s, %.2f rounds/s, longest pause %.3f ms, longest time-to-safepoint %.3f ms\n", secs,
                static_cast<double>(rounds) / secs, Ms(max_pause_ns.load()), Ms(sp::GetStopTheWorldStats().max_ns));
  }
}

int Main(int argc, char** argv) {
  Options o;
  std::string error;
  bool help = false;
  if (!ParseOptions(argc, argv, &o, &error, &help)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }
  if (help) {
    std::fputs(UsageText(), stdout);
    return 0;
  }
#if !defined(GCSTRESS_WITH_PYTHON)
  if (o.workload != Workload::kGraph) {
    std::fprintf(stderr, "gcstress: this build runs only --workload graph\n");
    return 2;
  }
#endif
  if (o.schedule == Schedule::kFiber && sp::GilEnabled()) {
    std::fprintf(stderr, "gcstress: --schedule fiber needs a build without the GIL\n");
    return 2;
  }
  if (!o.seed_given) {
    o.seed = Mix(static_cast<uint64_t>(Clock::now().time_since_epoch().count()) ^ std::random_device{}()) % 1000000000;
  }
  const bool fiber = o.schedule == Schedule::kFiber;
  std::string argv0 = argv[0];
  InstallCrashReport(ReplayCommand(argv0, o, o.rounds));
  InitGraphWorkload();
  gc::SetAutoCollectEnabled(o.gc_threshold > 0);
  gc::SetAutoCollectThreshold(o.gc_threshold);
  gc::SetCollectorWorkers(fiber ? 1 : o.gc_workers);
  if (o.workload == Workload::kGraph) {
    gc::CollectorHooks hooks;
    hooks.report = OnCollectionReport;
    gc::SetCollectorHooks(hooks);
  }
  // Buffered build: gcstress's own epoch length and chunk size (--rc-epoch-us,
  // --rc-log-size), and the thread hooks before the first registration.
  if constexpr (gc::kBufferedRefCounts) {
    gc::rc::SetConfig(gc::rc::Config{static_cast<size_t>(o.rc_log_size), o.rc_epoch_us, true});
    gc::rc::InstallThreadHooks();
  }
  // The graph workload's committer (the python workloads start the commit
  // thread through the interpreter): the real commit thread under the os
  // schedule, started before the main thread registers (so it never goes
  // solo); under fibers, manual mode, stepped by the scheduler at switches
  // (a thread of its own would make the schedule depend on timing).
  const bool graph_committer = gc::kBufferedRefCounts && o.workload == Workload::kGraph;
  if (graph_committer) {
    if (fiber) gc::rc::testing::StartManual(); else gc::rc::Start();
  }
  FiberScheduler* fibers = nullptr;
  if (fiber) {
    fibers = new FiberScheduler(o.seed);
    fibers->set_drive_refcounts(graph_committer);
    sp::SetScheduler(fibers);
    sp::SetSchedulePointHook(FiberScheduler::Hook);
  } else {
    sp::SetSchedulePointHook(OsNoiseHook);
  }
#if defined(GCSTRESS_WITH_PYTHON)
  if (o.workload != Workload::kGraph && !InitPythonWorkload(o, argv0)) {
    std::fprintf(stderr, "gcstress: %s\n", FirstFailure().c_str());
    return 2;
  }
#endif
  sp::ThreadRecord main_record;
  bool own_record = sp::Current() == nullptr;
  if (own_record) {
    sp::RegisterThread(&main_record);
    gc::AttachThreadBuffers();
    // Buffered build: the main thread logs too (under fibers its
    // collections drain in manual mode on this thread, writing directly).
    gc::rc::AttachThread();
  }
  std::printf("gcstress: workload %s, %d threads, schedule %s, seed %llu\n", WorkloadName(o.workload), o.threads,
              fiber ? "fiber" : "os", static_cast<unsigned long long>(o.seed));
  std::fflush(stdout);

  auto start = Clock::now();
  StartWatchdog(o.hang_seconds);
  int64_t round = 0;
  {
    Progress progress(start);
    for (;;) {
      if (o.rounds > 0 ? round >= o.rounds
                       : std::chrono::duration<double>(Clock::now() - start).count() >= o.seconds) {
        break;
      }
      ++round;
      // A crash in a fiber run replays exactly up to this round.
      if (fiber) InstallCrashReport(ReplayCommand(argv0, o, round));
      uint64_t created = Stats().created.load();
      uint64_t collections = gc::GetCollectorTotals().collections;
      bool ok;
#if defined(GCSTRESS_WITH_PYTHON)
      if (IsPythonRound(o, round)) {
        ok = RunPythonRound(o, round);
      } else {
        ok = RunGraphRound(o, round, fibers);
      }
#else
      (void)IsPythonRound;
      ok = RunGraphRound(o, round, fibers);
#endif
      NotePause();
      rounds_done.store(round);
      if (o.verbose) {
        std::printf("round %lld: %s, %llu objects created, %llu collections, %s\n", static_cast<long long>(round),
                    IsPythonRound(o, round) ? "python" : "graph",
                    static_cast<unsigned long long>(Stats().created.load() - created),
                    static_cast<unsigned long long>(gc::GetCollectorTotals().collections - collections),
                    ok ? "checks held" : "CHECK FAILED");
        std::fflush(stdout);
      }
      if (!ok || Failed()) break;
    }
  }
  StopWatchdog();
  double secs = std::chrono::duration<double>(Clock::now() - start).count();
  PrintSummary(o, round, secs, fibers);
  if (Failed()) {
    uint64_t n = FailureCount();
    std::printf("gcstress: FAILED in round %lld: %s", static_cast<long long>(round), FirstFailure().c_str());
    if (n > 1) std::printf(" (and %llu more failed checks)", static_cast<unsigned long long>(n - 1));
    std::printf("\ngcstress: seed %llu; replay with:\n  %s\n", static_cast<unsigned long long>(o.seed),
                ReplayCommand(argv0, o, fiber ? round : o.rounds).c_str());
    std::fflush(stdout);
    // Threads or fibers may be stuck (a parked thread, a deadlock): no teardown.
    std::_Exit(1);
  }
  std::printf("gcstress: PASS (every check held)\n");
  std::fflush(stdout);
#if defined(GCSTRESS_WITH_PYTHON)
  if (o.workload != Workload::kGraph) FinishPythonWorkload();
#endif
  if (own_record) {
    gc::rc::DetachThread();
    gc::DetachThreadBuffers();
    sp::UnregisterThread(&main_record);
  }
  if (graph_committer) {
    if (fiber) gc::rc::testing::StopManual(); else gc::rc::Stop();
  }
  return 0;
}

}  // namespace
}  // namespace gilectomy::stress

int main(int argc, char** argv) { return gilectomy::stress::Main(argc, argv); }
