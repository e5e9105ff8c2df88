// gilectomy public API: embedding the runtime in a C++ host.
//
//   gilectomy::Runtime rt;                    // start (one per process)
//   std::thread t([&] {
//     gilectomy::ThreadScope attach(rt);      // this host thread may now run Python
//     rt.exec("print('hello')");
//   });
//   { gilectomy::ThreadScope attach(rt); ... }  // the creating thread too
//
// The thread that constructs the Runtime is left DETACHED: like every host
// thread it runs Python code only inside a ThreadScope, so a thread that
// waits for others (std::thread::join) never holds up a stop-the-world
// collection. See docs/embedding.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gilectomy/object.h"

namespace gilectomy {

struct Config {
  std::vector<std::string> argv;  // sys.argv (empty: [''])
  std::vector<std::string> path;  // sys.path, searched in order (also for native modules)
  // Ctrl-C raises KeyboardInterrupt in the thread that created the runtime.
  bool handle_signals = false;
};

class Runtime {
 public:
  // Starts the runtime. Reads the collector's GILECTOMY_GC* settings and
  // GILECTOMY_AUTOLOCK_WARN from the environment as the gilectomy command
  // does (a malformed value: one line on stderr and exit status 2). Only one
  // Runtime may exist in a process at a time.
  explicit Runtime(Config config = {});
  // Shuts down: waits for threading's non-daemon threads, runs exit hooks and
  // a last collection. Call it on the thread that created the runtime, after
  // every other ThreadScope has ended.
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Runs statements in `globals` (default: __main__'s dict). Returns None,
  // or an empty Object with the exception pending (fetch_error()).
  Object exec(std::string_view source, Handle globals = {}, std::string_view filename = "<embed>");
  // Evaluates one expression in `globals` (default: __main__'s dict).
  Object eval(std::string_view expression, Handle globals = {});
  // Runs a file in __main__ (sets __file__). None, or empty with an exception.
  Object run_file(const std::string& path);
  // __main__'s namespace (borrowed, lives as long as the runtime).
  Handle main_dict() const;

 private:
  friend class ThreadScope;
  void* impl_;
};

// Attaches the calling host thread to the runtime for the scope's lifetime
// (a thread state is created on first use and dropped at the end of the
// outermost scope). Nestable. Inside, the thread may call the whole API.
class ThreadScope {
 public:
  explicit ThreadScope(Runtime& runtime);
  ~ThreadScope();
  ThreadScope(const ThreadScope&) = delete;
  ThreadScope& operator=(const ThreadScope&) = delete;

 private:
  alignas(8) unsigned char storage_[24];
  int kind_;
};

}  // namespace gilectomy
