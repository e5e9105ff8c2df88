#include "stress/options.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace gilectomy::stress {
namespace {

bool ParseInt(const std::string& s, int64_t lo, int64_t hi, int64_t* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (errno != 0 || *end != '\0' || v < lo || v > hi) return false;
  *out = v;
  return true;
}

bool ParseUnsigned(const std::string& s, uint64_t* out) {
  if (s.empty() || s[0] == '-') return false;
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(s.c_str(), &end, 0);
  if (errno != 0 || *end != '\0') return false;
  *out = v;
  return true;
}

bool ParseSeconds(const std::string& s, double* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(s.c_str(), &end);
  if (errno != 0 || *end != '\0' || !std::isfinite(v) || v <= 0) return false;
  *out = v;
  return true;
}

std::string Bad(const std::string& flag, const std::string& value, const char* accepted) {
  return "gcstress: " + flag + " must be " + accepted + ", got '" + value + "'";
}

}  // namespace

const char* UsageText() {
  return "usage: gcstress [--threads N] [--seconds S | --rounds R] [--seed X]\n"
         "                [--workload graph|python|mixed] [--script FILE.py]\n"
         "                [--schedule os|fiber] [--gc-threshold N] [--gc-workers N]\n"
         "                [--hang-seconds S] [--rc-epoch-us N] [--rc-log-size N] [--verbose]\n"
         "Torture test for the collector and safepoints; see docs/gcstress.md.\n"
         "Exit status: 0 every check held, 1 a check failed, 2 bad usage.\n";
}

const char* WorkloadName(Workload w) {
  switch (w) {
    case Workload::kGraph: return "graph";
    case Workload::kPython: return "python";
    case Workload::kMixed: return "mixed";
  }
  return "?";
}

bool ParseOptions(int argc, char** argv, Options* o, std::string* error, bool* help) {
  *help = false;
  bool seconds_given = false;
  bool workload_given = false;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    std::string value;
    size_t eq = flag.find('=');
    bool has_value = false;
    if (flag.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = flag.substr(eq + 1);
      flag = flag.substr(0, eq);
      has_value = true;
    }
    if (flag == "--help" || flag == "-h") {
      *help = true;
      return true;
    }
    if (flag == "--verbose" || flag == "-v") {
      if (has_value) return *error = "gcstress: " + flag + " takes no value", false;
      o->verbose = true;
      continue;
    }
    static const char* kValued[] = {"--threads", "--seconds", "--rounds", "--seed", "--workload", "--script",
                                    "--schedule", "--gc-threshold", "--gc-workers", "--hang-seconds",
                                    "--rc-epoch-us", "--rc-log-size"};
    bool known = false;
    for (const char* k : kValued) known |= flag == k;
    if (!known) return *error = "gcstress: unknown option '" + flag + "' (try --help)", false;
    if (!has_value) {
      if (i + 1 >= argc) return *error = "gcstress: " + flag + " needs a value", false;
      value = argv[++i];
    }
    int64_t n = 0;
    if (flag == "--threads") {
      if (!ParseInt(value, 1, 256, &n)) return *error = Bad(flag, value, "an integer from 1 to 256"), false;
      o->threads = static_cast<int>(n);
    } else if (flag == "--seconds") {
      if (!ParseSeconds(value, &o->seconds)) return *error = Bad(flag, value, "a positive number"), false;
      seconds_given = true;
    } else if (flag == "--rounds") {
      if (!ParseInt(value, 1, INT64_MAX, &o->rounds)) return *error = Bad(flag, value, "a positive integer"), false;
    } else if (flag == "--seed") {
      if (!ParseUnsigned(value, &o->seed)) return *error = Bad(flag, value, "an unsigned integer"), false;
      o->seed_given = true;
    } else if (flag == "--workload") {
      workload_given = true;
      if (value == "graph") o->workload = Workload::kGraph;
      else if (value == "python") o->workload = Workload::kPython;
      else if (value == "mixed") o->workload = Workload::kMixed;
      else return *error = Bad(flag, value, "graph, python or mixed"), false;
    } else if (flag == "--script") {
      if (value.empty()) return *error = Bad(flag, value, "a file name"), false;
      o->script = value;
    } else if (flag == "--schedule") {
      if (value == "os") o->schedule = Schedule::kOs;
      else if (value == "fiber") o->schedule = Schedule::kFiber;
      else return *error = Bad(flag, value, "os or fiber"), false;
    } else if (flag == "--gc-threshold") {
      if (!ParseInt(value, 0, INT64_MAX / 2, &o->gc_threshold)) {
        return *error = Bad(flag, value, "an integer >= 0"), false;
      }
    } else if (flag == "--gc-workers") {
      if (!ParseInt(value, 1, 64, &n)) return *error = Bad(flag, value, "an integer from 1 to 64"), false;
      o->gc_workers = static_cast<int>(n);
    } else if (flag == "--hang-seconds") {
      if (!ParseSeconds(value, &o->hang_seconds)) return *error = Bad(flag, value, "a positive number"), false;
    } else if (flag == "--rc-epoch-us") {
      if (!ParseInt(value, 1, 1000000, &o->rc_epoch_us)) {
        return *error = Bad(flag, value, "an integer from 1 to 1000000"), false;
      }
    } else if (flag == "--rc-log-size") {
      if (!ParseInt(value, 16, 1 << 20, &o->rc_log_size)) {
        return *error = Bad(flag, value, "an integer from 16 to 1048576"), false;
      }
    }
  }
  if (seconds_given && o->rounds > 0) return *error = "gcstress: give --seconds or --rounds, not both", false;
  if (!o->script.empty() && o->workload == Workload::kGraph) {
    if (workload_given) return *error = "gcstress: --script needs --workload python or mixed", false;
    o->workload = Workload::kPython;  // --script implies a Python workload
  }
  if (o->schedule == Schedule::kFiber && o->workload != Workload::kGraph) {
    return *error = "gcstress: --schedule fiber runs only the graph workload (docs/gcstress.md)", false;
  }
  return true;
}

std::string ReplayCommand(const std::string& argv0, const Options& o, int64_t rounds) {
  std::ostringstream s;
  s << argv0 << " --threads " << o.threads;
  if (rounds > 0) s << " --rounds " << rounds;
  else s << " --seconds " << o.seconds;
  s << " --seed " << o.seed << " --workload " << WorkloadName(o.workload);
  if (!o.script.empty()) s << " --script '" << o.script << "'";
  s << " --schedule " << (o.schedule == Schedule::kFiber ? "fiber" : "os") << " --gc-threshold "
    << o.gc_threshold << " --gc-workers " << o.gc_workers << " --rc-epoch-us " << o.rc_epoch_us
    << " --rc-log-size " << o.rc_log_size;
  if (o.verbose) s << " --verbose";
  return s.str();
}

}  // namespace gilectomy::stress
