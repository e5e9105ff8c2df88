// extlegacy: a native module written as if a GIL protected it. It does NOT
// declare ModuleSlot::gil_not_used(), so gilectomy auto-locks it: every call
// into it holds the module's lock, and importing it prints a one-time
// warning (GILECTOMY_AUTOLOCK_WARN=0 hides it). Its plain (non-atomic)
// globals are therefore safe.
//
//   import extlegacy
//   extlegacy.bump(n)            adds 1 to a plain counter n times
//   extlegacy.count()            the counter
//   extlegacy.enter(ms)          counts threads inside, stays `ms` ms (detached)
//   extlegacy.max_inside()       the most threads seen inside at once (1)
//   extlegacy.apply(f, x)        f(x): calls back into Python (the lock is recursive)
#include <chrono>
#include <thread>

#include <gilectomy/gilectomy.h>

namespace gy = gilectomy;

namespace {

// Plain (volatile only so the compiler keeps every read and write of the
// loop below): the auto-lock is its only protection.
volatile int64_t g_count = 0;
int g_inside = 0;
int g_max_inside = 0;

gy::Object Bump(gy::Handle, gy::Args args) {
  int64_t n = 1;
  if (args.size() > 0 && !gy::to_int(args[0], &n)) return gy::Object();
  for (int64_t i = 0; i < n; ++i) {
    int64_t v = g_count;  // a read-modify-write that loses updates without a lock
    if (i % 1000 == 0) std::this_thread::yield();  // let another thread in (if nothing stops it)
    g_count = v + 1;
  }
  return gy::Object::borrow(gy::none());
}

gy::Object Count(gy::Handle, gy::Args) { return gy::make_int(g_count); }

gy::Object Enter(gy::Handle, gy::Args args) {
  int64_t ms = 10;
  if (args.size() > 0 && !gy::to_int(args[0], &ms)) return gy::Object();
  ++g_inside;
  if (g_inside > g_max_inside) g_max_inside = g_inside;
  {
    // Detached while sleeping: other threads can collect; those waiting for
    // this module's lock wait detached too.
    gy::AllowThreads detached;
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  }
  --g_inside;
  return gy::Object::borrow(gy::none());
}

gy::Object MaxInside(gy::Handle, gy::Args) { return gy::make_int(g_max_inside); }

gy::Object Apply(gy::Handle, gy::Args args) {
  if (args.size() != 2) return gy::raise(gy::exc::TypeError(), "apply() takes exactly 2 arguments");
  return gy::call(args[0], {args[1]});
}

const gy::FunctionDef kFunctions[] = {
    {"bump", Bump},   {"count", Count}, {"enter", Enter},
    {"max_inside", MaxInside}, {"apply", Apply},  {nullptr, nullptr},
};

// A create slot (PEP 489): builds the module object itself.
gy::Object Create(gy::Handle name, const gy::ModuleDef*) {
  std::string text;
  if (!gy::to_string(name, &text)) return gy::Object();
  gy::Object module = gy::make_module(text);
  if (module && gy::setattr(module, "created_by_slot", gy::true_()) < 0) return gy::Object();
  return module;
}

const gy::ModuleSlot kSlots[] = {
    gy::ModuleSlot::create_slot(Create),
    gy::ModuleSlot::methods_slot(kFunctions),
};

const gy::ModuleDef kModule = {gy::kAbiVersion, "extlegacy", nullptr, kSlots, sizeof(kSlots) / sizeof(kSlots[0])};

}  // namespace

GILECTOMY_MODULE(extlegacy) { return &kModule; }
