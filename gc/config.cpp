#include "gc/config.h"

#include "gc/buffered_rc.h"

#include <cerrno>
#include <cstdlib>
#include <thread>

#include "gc/collector.h"
#include "gc/gc_log.h"
#include "gc/tracked_set.h"

namespace gilectomy::gc {
namespace {

bool ParseInt(const std::string& text, int64_t lo, int64_t hi, int64_t* out) {
  if (text.empty()) return false;
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (errno != 0 || *end != '\0' || v < lo || v > hi) return false;
  *out = v;
  return true;
}

// One setting: its variable, its -X name, and how to parse it.
struct Setting {
  const char* env;
  const char* xname;
  const char* accepted;
  bool (*apply)(const std::string& value, GcConfig* c);
};

const Setting kSettings[] = {
    {"GILECTOMY_GC", "gc", "0 or 1",
     [](const std::string& v, GcConfig* c) {
       if (v != "0" && v != "1") return false;
       c->enabled = v == "1";
       return true;
     }},
    {"GILECTOMY_GC_THRESHOLD", "gc_threshold", "an integer >= 0",
     [](const std::string& v, GcConfig* c) { return ParseInt(v, 0, INT64_MAX / 2, &c->threshold); }},
    {"GILECTOMY_GC_THREADS", "gc_threads", "an integer from 1 to 256",
     [](const std::string& v, GcConfig* c) {
       int64_t n = 0;
       if (!ParseInt(v, 1, 256, &n)) return false;
       c->threads = static_cast<int>(n);
       return true;
     }},
    {"GILECTOMY_GC_LOG", "gc_log", "off, info, debug or trace",
     [](const std::string& v, GcConfig* c) {
       if (v == "off") c->log = LogLevel::kOff;
       else if (v == "info") c->log = LogLevel::kInfo;
       else if (v == "debug") c->log = LogLevel::kDebug;
       else if (v == "trace") c->log = LogLevel::kTrace;
       else return false;
       return true;
     }},
    {"GILECTOMY_RC_LOG_SIZE", "rc_log_size", "an integer from 16 to 1048576",
     [](const std::string& v, GcConfig* c) { return ParseInt(v, 16, 1 << 20, &c->rc_log_size); }},
    {"GILECTOMY_RC_EPOCH_US", "rc_epoch_us", "an integer from 1 to 1000000",
     [](const std::string& v, GcConfig* c) { return ParseInt(v, 1, 1000000, &c->rc_epoch_us); }},
    {"GILECTOMY_RC_SOLO", "rc_solo", "0 or 1",
     [](const std::string& v, GcConfig* c) {
       if (v != "0" && v != "1") return false;
       c->rc_solo = v == "1";
       return true;
     }},
    {"GILECTOMY_GC_TRACE", "gc_trace", "a file name",
     [](const std::string& v, GcConfig* c) {
       if (v.empty()) return false;
       c->trace_path = v;
       return true;
     }},
};

std::string Malformed(const std::string& what, const std::string& value, const char* accepted) {
  return what + " must be " + accepted + ", got '" + value + "'";
}

}  // namespace

std::string LoadGcConfig(const std::vector<std::string>& x_options, GcConfig* out) {
  for (const Setting& s : kSettings) {
    const char* v = std::getenv(s.env);
    if (v != nullptr && !s.apply(v, out)) return Malformed(s.env, v, s.accepted);
  }
  for (const std::string& opt : x_options) {
    size_t eq = opt.find('=');
    std::string name = opt.substr(0, eq);
    for (const Setting& s : kSettings) {
      if (name != s.xname) continue;
      std::string value = eq == std::string::npos ? "" : opt.substr(eq + 1);
      if (!s.apply(value, out)) return Malformed(std::string("-X ") + s.xname, value, s.accepted);
      if (std::string(s.xname) == "gc_trace") out->trace_setting = "-X gc_trace";
    }
  }
  return "";
}

std::string ApplyGcConfig(const GcConfig& config) {
  SetAutoCollectEnabled(config.enabled);
  SetAutoCollectThreshold(config.threshold);
  int threads = config.threads;
  if (threads == 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  SetCollectorWorkers(threads);
  SetLogLevel(config.log);
  rc::SetConfig(rc::Config{static_cast<size_t>(config.rc_log_size), config.rc_epoch_us, config.rc_solo});
  if (!config.trace_path.empty()) {
    std::string error = StartTrace(config.trace_path);
    if (!error.empty()) return config.trace_setting + ": " + error;
  }
  return "";
}

}  // namespace gilectomy::gc
