// The gilectomy command line:
//   gilectomy [options] script.py [args]   run a script
//   gilectomy [options] -c CODE [args]     run a string
//   gilectomy [options] -m MODULE [args]   run a module as __main__
//   gilectomy [options] - [args]           read the program from stdin
//   gilectomy [options]                    interactive prompt on a terminal,
//                                          else the program from stdin
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "gc/config.h"
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif
#include "runtime/api/ext_module.h"
#include "runtime/interpreter.h"
#include "safepoints/safepoints.h"

namespace {

constexpr const char* kUsage =
    "usage: gilectomy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

constexpr const char* kHelp =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-B, -E, -s : accepted for compatibility; they change nothing here\n"
    "-X opt : implementation-specific option (see docs/HACKING.md)\n"
    "-h, --help : print this help message and exit\n"
    "-V, --version : print the version number and exit\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

int UsageError(const std::string& msg) {
  std::fprintf(stderr, "%s\n%sTry `gilectomy -h' for more information.\n", msg.c_str(), kUsage);
  return 2;
}

std::string DirName(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string AbsoluteDir(const std::string& path) {
  std::string dir = DirName(path);
  char buf[PATH_MAX];
  if (realpath(dir.empty() ? "." : dir.c_str(), buf) != nullptr) return buf;
  return dir;
}

// GILECTOMY_SWITCH_INTERVAL: seconds (a positive decimal number) a thread
// waits for the GIL before asking the holder to drop it (gil build; stored
// for sys.getswitchinterval() in every build). Malformed: one line, exit 2.
bool ReadSwitchIntervalEnv() {
  const char* text = std::getenv("GILECTOMY_SWITCH_INTERVAL");
  if (text == nullptr) return true;
  char* end = nullptr;
  errno = 0;
  double seconds = std::strtod(text, &end);
  if (*text == '\0' || end == nullptr || *end != '\0' || errno != 0 || !(seconds > 0.0) || seconds > 1e6) {
    std::fprintf(stderr, "gilectomy: GILECTOMY_SWITCH_INTERVAL must be a positive number of seconds, got '%s'\n",
                 text);
    return false;
  }
  gilectomy::sp::SetSwitchInterval(seconds);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using gilectomy::rt::Runtime;
  using gilectomy::rt::RuntimeConfig;
  if (!ReadSwitchIntervalEnv()) return 2;
  RuntimeConfig config;
  config.executable = argv[0];
  config.handle_signals = true;
  enum class Mode { kScript, kCommand, kModule, kStdin, kDefault } mode = Mode::kDefault;
  std::string target;
  int i = 1;
  bool unbuffered = false;
  std::vector<std::string> x_options;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      std::fputs(kHelp, stdout);
      return 0;
    }
    if (a == "--version" || a == "-V") {
      std::printf("gilectomy %s (Python 3.11 compatible; refcounts: %s)\n", GILECTOMY_VERSION,
                  GILECTOMY_RC_NAME);
      return 0;
    }
    if (a == "-") {
      mode = Mode::kStdin;
      ++i;
      break;
    }
    if (a == "-c" || a == "-m") {
      if (i + 1 >= argc) return UsageError("Argument expected for the " + a + " option");
      mode = a == "-c" ? Mode::kCommand : Mode::kModule;
      target = argv[++i];
      ++i;
      break;
    }
    if (a.rfind("-c", 0) == 0 && a.size() > 2) {
      mode = Mode::kCommand;
      target = a.substr(2);
      ++i;
      break;
    }
    if (a == "-X") {
      if (i + 1 >= argc) return UsageError("Argument expected for the -X option");
      x_options.push_back(argv[++i]);  // read by the subsystems that define them (gc/config.h)
      continue;
    }
    if (a.rfind("-X", 0) == 0) {
      x_options.push_back(a.substr(2));
      continue;
    }
    if (a == "-q") {
      config.quiet = true;
      continue;
    }
    if (a == "-u") {
      unbuffered = true;
      continue;
    }
    if (a == "-B" || a == "-E" || a == "-s") continue;
    if (a.size() > 1 && a[0] == '-') return UsageError("Unknown option: " + a);
    mode = Mode::kScript;
    target = a;
    ++i;
    break;
  }
  if (unbuffered) {
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::setvbuf(stderr, nullptr, _IONBF, 0);
  }
  std::vector<std::string> rest(argv + i, argv + argc);
  switch (mode) {
    case Mode::kScript:
      config.argv.push_back(target);
      config.path.push_back(AbsoluteDir(target));
      break;
    case Mode::kCommand:
      config.argv.push_back("-c");
      config.path.push_back("");
      break;
    case Mode::kModule:
      config.argv.push_back(target);
      config.path.push_back(AbsoluteDir("./x"));
      break;
    case Mode::kStdin:
      config.argv.push_back("-");
      config.path.push_back("");
      break;
    case Mode::kDefault:
      config.argv.push_back("");
      config.path.push_back("");
      break;
  }
  for (std::string& r : rest) config.argv.push_back(std::move(r));

  // Collector settings (GILECTOMY_GC*, -X gc*): a malformed value stops here.
  gilectomy::gc::GcConfig gc_config;
  std::string gc_error = gilectomy::gc::LoadGcConfig(x_options, &gc_config);
  if (gc_error.empty()) gc_error = gilectomy::gc::ApplyGcConfig(gc_config);
  if (!gc_error.empty()) {
    std::fprintf(stderr, "gilectomy: %s\n", gc_error.c_str());
    return 2;
  }

  // GILECTOMY_AUTOLOCK_WARN (docs/extensions.md): a malformed value stops here.
  std::string autolock_error = gilectomy::rt::LoadAutolockWarnSetting();
  if (!autolock_error.empty()) {
    std::fprintf(stderr, "gilectomy: %s\n", autolock_error.c_str());
    return 2;
  }

  Runtime runtime(config);
  int status = 0;
  switch (mode) {
    case Mode::kScript:
      status = runtime.RunFile(target);
      break;
    case Mode::kCommand:
      status = runtime.RunSource(target + "\n", "<string>");
      break;
    case Mode::kModule:
      status = runtime.RunModule(target);
      break;
    case Mode::kStdin:
    case Mode::kDefault:
      if (mode == Mode::kDefault && isatty(STDIN_FILENO)) {
        status = runtime.RunInteractive();
      } else {
        std::stringstream ss;
        ss << std::cin.rdbuf();
        status = runtime.RunSource(ss.str(), "<stdin>");
      }
      break;
  }
  runtime.Finalize();
  std::fflush(stdout);
  std::fflush(stderr);
#if defined(__SANITIZE_ADDRESS__)
  // std::_Exit skips LeakSanitizer's at-exit check: run it here, after the
  // last collection. Memory still reachable (module dicts, interned
  // strings, the runtime) is not a leak; unreachable memory is.
  if (__lsan_do_recoverable_leak_check() != 0 && status == 0) status = 23;
#endif
  // Skip static destructors and the (cycle-leaking) module teardown: the
  // process ends here, as CPython's does after finalisation.
  std::_Exit(status);
}
