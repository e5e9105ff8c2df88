// The python workload (see python.h). A round runs one generated driver
// program in the interpreter: it starts o.threads threads that each run
// the workload at once, joins them, then runs the workload's final checks.
// The bundled workload shares lists, dicts and instances between threads,
// builds reference cycles with __del__ finalizers and weak references with
// callbacks, and asserts that every finalizer and callback ran exactly once
// and every shared object is intact. --script FILE.py runs a user program
// in every thread instead (its own asserts are the checks). gcstress then
// collects and checks that the tracked set does not grow round after round.
#include "stress/python.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "gc/collector.h"
#include "gc/tracked_set.h"
#include "runtime/interpreter.h"
#include "stress/check.h"

namespace gilectomy::stress {
namespace {

// Defines work(tid) (run by every thread) and check() (run once after the
// threads joined). Also valid CPython: `python3` runs it the same way.
const char* kBundledWorkload = R"PY(ITERATIONS = 300

class Node:
    def __init__(self, tid, i):
        self.tid = tid
        self.i = i
        self.key = tid * 1000003 + i
        self.other = None

    def ok(self):
        return self.key == self.tid * 1000003 + self.i and self.other.other is self

class Fin:
    def __init__(self, tid):
        self.tid = tid
        self.me = self

    def __del__(self):
        with counts_lock:
            counts['del'] += 1

shared_list = []
shared_dict = {}
counts = {'del': 0, 'made': 0, 'cb': 0}
counts_lock = threading.Lock()
refs = []

def callback(r):
    with counts_lock:
        counts['cb'] += 1

def work(tid):
    rng = random.Random(SEED * 7919 + ROUND * 131 + tid)
    made = 0
    mine = []
    myrefs = []
    for k in range(ITERATIONS):
        a = Node(tid, k)
        b = Node(tid, -k)
        a.other = b
        b.other = a
        f = Fin(tid)
        f.peer = a
        made += 1
        myrefs.append(weakref.ref(f, callback))
        r = rng.random()
        if r < 0.3:
            shared_list.append(a)
        elif r < 0.6:
            shared_dict[(tid, k)] = b
        elif r < 0.8:
            mine.append(a)
        if rng.random() < 0.5:
            try:
                x = shared_list.pop()
            except IndexError:
                x = None
            if x is not None:
                assert x.ok(), 'shared list item corrupt'
        if rng.random() < 0.3:
            try:
                keys = list(shared_dict)[:3]
            except RuntimeError:
                keys = []
            for key in keys:
                v = shared_dict.pop(key, None)
                if v is not None:
                    assert v.ok(), 'shared dict value corrupt'
        if k % 100 == 0 and rng.random() < 0.5:
            gc.collect()
        del a, b, f
    for x in mine:
        assert x.ok(), 'own item corrupt'
    with counts_lock:
        counts['made'] += made
        refs.extend(myrefs)

def check():
    shared_list.clear()
    shared_dict.clear()
    gc.collect()
    gc.collect()
    assert counts['del'] == counts['made'], ('finalizers', counts)
    dead = sum(1 for r in refs if r() is None)
    assert dead == len(refs), ('weakrefs still alive', dead, len(refs))
    assert counts['cb'] == counts['made'], ('weakref callbacks', counts)
)PY";

const char* kDriver = R"PY(
errors = []
lock = threading.Lock()
def run(tid):
    try:
        work(tid)
    except BaseException as e:
        with lock:
            errors.append('thread %d: %s: %s' % (tid, type(e).__name__, e))
threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if not errors:
    try:
        check()
    except BaseException as e:
        errors.append('check: %s: %s' % (type(e).__name__, e))
for e in errors:
    print('gcstress python:', e)
if errors:
    sys.exit(1)
)PY";

// A Python string literal holding `text`.
std::string PyLiteral(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\'': out += "\\'"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out + "'";
}

rt::Runtime* runtime = nullptr;
std::string workload_source;  // defines work(tid) and check()
std::string workload_name;
size_t first_round_tracked = 0;

// Indents every line of `text` by four spaces (a function body).
std::string Indent(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out += "    " + text.substr(start, end - start);
    out += "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace

bool InitPythonWorkload(const Options& o, const std::string& argv0) {
  // Module-level functions and classes are immortal in gilectomy
  // (tests/py/KNOWN_DIFFERENCES.md): the workload is defined once, inside
  // _gcstress_main, so each round's classes and functions are garbage.
  std::string prefix = "import threading, gc, weakref, random, sys\n";
  std::string body;
  if (o.script.empty()) {
    body = kBundledWorkload;
    workload_name = "<gcstress bundled workload>";
  } else {
    std::ifstream in(o.script, std::ios::binary);
    if (!in) {
      Fail("cannot read --script '" + o.script + "'");
      return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    // Each thread runs the whole script in a fresh namespace.
    prefix += "_code = compile(" + PyLiteral(ss.str()) + ", " + PyLiteral(o.script) + ", 'exec')\n";
    body = "def work(tid):\n"
           "    exec(_code, {'__name__': '__gcstress__', 'THREAD': tid, 'THREADS': THREADS,\n"
           "                 'SEED': SEED, 'ROUND': ROUND})\n"
           "def check():\n"
           "    gc.collect()\n";
    workload_name = o.script;
  }
  rt::RuntimeConfig config;
  config.argv.push_back(argv0);
  config.path.push_back("");
  config.executable = argv0;
  runtime = new rt::Runtime(config);
  std::string program = prefix + "def _gcstress_main(THREADS, SEED, ROUND):\n" + Indent(body + kDriver);
  if (runtime->RunSource(program, workload_name) != 0) {
    Fail("the Python workload does not compile (see above)");
    return false;
  }
  return true;
}

bool RunPythonRound(const Options& o, int64_t round) {
  std::string call = "_gcstress_main(" + std::to_string(o.threads) + ", " + std::to_string(o.seed) + ", " +
                     std::to_string(round) + ")\n";
  Stats().steps.fetch_add(1);
  int status = runtime->RunSource(call, workload_name);
  Stats().steps.fetch_add(1);
  if (status != 0) {
    Fail("the Python program exited with status " + std::to_string(status) + " in round " +
         std::to_string(round) + " (its output above says which check)");
    return false;
  }
  Stats().python_runs.fetch_add(static_cast<uint64_t>(o.threads));
  gc::Collect();
  gc::FlushAll();
  size_t tracked = gc::TrackedSetSize();
  if (o.verbose) std::printf("python round %lld: %zu tracked objects after a collection\n", static_cast<long long>(round), tracked);
  if (first_round_tracked == 0) {
    first_round_tracked = tracked;
  } else if (tracked > first_round_tracked + 1000) {
    Fail("the tracked set grows: " + std::to_string(tracked) + " objects after round " + std::to_string(round) +
         ", " + std::to_string(first_round_tracked) + " after the first Python round (a leak)");
    return false;
  }
  return true;
}

void FinishPythonWorkload() {
  runtime->Finalize();
}

}  // namespace gilectomy::stress
