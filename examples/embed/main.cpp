// A C++ host embedding gilectomy: one runtime, 4 host threads running Python
// code at once on shared objects (a list, a dict updated under a Python
// lock, a function defined once), then error inspection.
//
//   embed_demo [dir-with-native-modules]
//
// With a directory holding extdemo.so (examples/extension), the threads also
// push onto one shared extdemo.Stack. Prints "ok" and exits 0 on success.
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <gilectomy/gilectomy.h>

namespace gy = gilectomy;

namespace {

constexpr int kThreads = 4;
constexpr int kRounds = 500;

bool Report(const char* what) {
  gy::ErrorInfo e = gy::fetch_error();
  std::fprintf(stderr, "%s failed:\n%s", what, e.traceback.c_str());
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  gy::Config config;
  if (argc > 1) config.path.push_back(argv[1]);
  gy::Runtime runtime(config);
  bool with_stack = argc > 1;

  {
    gy::ThreadScope attach(runtime);
    gy::Object r = runtime.exec(
        "import threading\n"
        "shared = []\n"
        "totals = {}\n"
        "lock = threading.Lock()\n"
        "def work(i, k):\n"
        "    shared.append((i, k))\n"
        "    with lock:\n"
        "        totals[i] = totals.get(i, 0) + k\n"
        "    return i * k\n");
    if (!r && !Report("setup")) return 1;
    if (with_stack) {
      r = runtime.exec("import extdemo\nstack = extdemo.Stack()\n");
      if (!r && !Report("import extdemo")) return 1;
    }
  }

  std::vector<std::thread> threads;
  std::vector<int64_t> sums(kThreads, 0);
  std::vector<int> failures(kThreads, 0);
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      gy::ThreadScope attach(runtime);  // this host thread may run Python now
      gy::Object work = gy::Object::borrow(gy::dict_get(runtime.main_dict(), "work"));
      gy::Object stack = with_stack ? gy::Object::borrow(gy::dict_get(runtime.main_dict(), "stack")) : gy::Object();
      gy::Object index = gy::make_int(i);
      for (int k = 1; k <= kRounds; ++k) {
        gy::Object kk = gy::make_int(k);
        gy::Object product = gy::call(work, {index, kk});
        int64_t v = 0;
        if (!product || !gy::to_int(product, &v)) {
          ++failures[i];
          gy::clear_error();
          continue;
        }
        sums[i] += v;
        if (stack && !gy::call_method(stack, "push", {kk})) {
          ++failures[i];
          gy::clear_error();
        }
        if (k % 64 == 0 && !gy::safepoint()) gy::clear_error();  // releases borrowed handles
      }
    });
  }
  for (std::thread& t : threads) t.join();  // the main thread is detached here

  int status = 0;
  {
    gy::ThreadScope attach(runtime);
    gy::Object n = runtime.eval("len(shared)");
    int64_t len = 0;
    if (!n || !gy::to_int(n, &len)) return Report("len(shared)") ? 0 : 1;
    std::printf("threads: %d\n", kThreads);
    std::printf("shared list: %lld items\n", static_cast<long long>(len));
    if (len != kThreads * kRounds) status = 1;
    gy::Object totals = runtime.eval("[totals[i] for i in range(4)]");
    std::string text;
    if (!totals || !gy::repr(totals, &text)) return Report("totals") ? 0 : 1;
    std::printf("per-thread totals: %s\n", text.c_str());
    int64_t expected = int64_t{kRounds} * (kRounds + 1) / 2;
    for (int i = 0; i < kThreads; ++i) {
      int64_t t = 0;
      gy::to_int(gy::list_item(totals, i), &t);
      if (t != expected || sums[i] != i * expected || failures[i] != 0) status = 1;
    }
    if (with_stack) {
      gy::Object total = runtime.eval("stack.total()");
      int64_t t = 0;
      if (!total || !gy::to_int(total, &t)) return Report("stack.total()") ? 0 : 1;
      std::printf("stack total: %lld\n", static_cast<long long>(t));
      if (t != kThreads * expected) status = 1;
    }
    // Errors: type, message and the traceback text.
    gy::Object bad = runtime.exec("def f(x):\n    return 1 / x\nf(0)\n", gy::Handle(), "<demo>");
    if (bad) status = 1;
    gy::ErrorInfo e = gy::fetch_error();
    std::printf("error: %s: %s\n", e.type.c_str(), e.message.c_str());
    bool has_tb = e.traceback.find("line 2, in f") != std::string::npos;
    std::printf("traceback mentions f: %s\n", has_tb ? "yes" : "no");
    if (!has_tb || e.type != "ZeroDivisionError") status = 1;
  }
  std::printf("%s\n", status == 0 ? "ok" : "FAILED");
  return status;
}
