// The Runtime: process-wide interpreter state (builtins, modules, settings),
// start-up, and the entry points the CLI and embedders use.
// Entry point for readers: Runtime::RunMain (runtime/interpreter.cpp).
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/value.h"

namespace gilectomy::rt {

struct RuntimeConfig {
  std::vector<std::string> argv;  // sys.argv
  std::vector<std::string> path;  // sys.path
  std::string executable;         // sys.executable
  bool quiet = false;             // -q: no banner at the prompt
  bool handle_signals = false;    // SIGINT raises KeyboardInterrupt (the CLI sets this)
};

class Runtime {
 public:
  explicit Runtime(RuntimeConfig config);
  ~Runtime();

  // Runs a whole program; returns the process exit status (0, 1, or sys.exit's).
  int RunFile(const std::string& path);
  int RunSource(std::string_view source, const std::string& filename);
  int RunInteractive();  // the REPL (runtime/repl.cpp)
  int RunModule(const std::string& name);  // -m: runs a module as __main__
  // Runs code (already compiled) in __main__; returns the exit status.
  int RunMainCode(Value code);
  // Waits for threading's non-daemon threads when the main program ends.
  void WaitForThreads();
  // Reports an uncaught exception and returns the exit status (SystemExit aware).
  int HandleUncaught(Ref exc);

  Value builtins() const { return builtins_; }      // the builtins module dict
  Value sys_module() const { return sys_module_; }
  Value modules() const { return modules_; }        // sys.modules
  int recursion_limit() const { return recursion_limit_; }
  void set_recursion_limit(int n) { recursion_limit_ = n; }
  const RuntimeConfig& config() const { return config_; }

  // Source lines for tracebacks: registered for every file and string compiled.
  void RegisterSource(const std::string& filename, std::string source);
  std::string SourceLine(const std::string& filename, int line);

  // Prints an uncaught exception like CPython (traceback, chained causes) to stderr.
  void PrintException(Value exc);
  // "Exception ignored in: <obj>" and the traceback of the current exception
  // (CPython's PyErr_WriteUnraisable), which is then cleared.
  void WriteUnraisable(Value obj);
  // At exit: releases __main__'s variables so that objects with __del__
  // are finalised, when any class has one.
  // Then runs a last collection and closes the GC trace file.
  void Finalize();
  // Handles SystemExit: returns true and the status if `exc` is one.
  bool IsSystemExit(Value exc, int* status);
  // The module namespace used for __main__.
  Value main_dict() const { return main_dict_; }

 private:
  void FinalizeMain();
  RuntimeConfig config_;
  Value builtins_;    // dict (owned)
  Value sys_module_;  // owned
  Value modules_;     // dict (owned)
  Value main_dict_;   // dict (owned)
  int recursion_limit_ = 1000;
  std::mutex sources_mu_;
  std::unordered_map<std::string, std::vector<std::string>> sources_;  // guarded by sources_mu_
};

// The text PrintException writes for `exc`, as the list of entries
// traceback.format_exception returns (header, one per frame, the
// "Type: message" line, chained exceptions first when `chain`).
std::vector<std::string> FormatExceptionLines(Runtime* rt, Value exc, bool chain);
// traceback.format_tb: one "  File ..., line N, in name\n    source\n" per frame.
std::vector<std::string> FormatTracebackLines(Runtime* rt, Value tb);

// Initialises the static types once per process (idempotent).
void InitTypesOnce();
// For GoogleTest: types initialised and a thread state attached.
void InitRuntimeForTesting();

}  // namespace gilectomy::rt
