// extdemo: a native module that declares it is safe without a GIL.
//
//   import extdemo
//   extdemo.add(2, 3)                 -> 5
//   s = extdemo.Stack(); s.push(x); s.pop(); s.size(); s.items(); s.total()
//   extdemo.enter(timeout_ms)         -> True if another thread was inside too
//   extdemo.max_inside(), extdemo.reset()
//
// Stack keeps its items in a std::vector guarded by the instance's object
// lock (gilectomy::ObjectLockGuard): several threads may push and pop on one
// Stack at once. Python code (repr, __index__, deallocs of popped items) never
// runs while the lock is held.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <utility>
#include <vector>

#include <gilectomy/gilectomy.h>

namespace gy = gilectomy;

namespace {

// ------------------------------------------------------------------ functions

gy::Object Add(gy::Handle, gy::Args args) {
  if (args.size() != 2) return gy::raise(gy::exc::TypeError(), "add() takes exactly 2 arguments");
  int64_t a, b;
  if (!gy::to_int(args[0], &a) || !gy::to_int(args[1], &b)) return gy::Object();
  return gy::make_int(a + b);
}

// Threads inside enter() right now, and the most seen at once.
std::atomic<int> g_inside{0};
std::atomic<int> g_max_inside{0};

// Enters, then waits (detached: it touches no object) until another thread
// is inside too or `timeout_ms` passes. Returns whether a peer was seen.
gy::Object Enter(gy::Handle, gy::Args args) {
  int64_t timeout_ms = 1000;
  if (args.size() > 0 && !gy::to_int(args[0], &timeout_ms)) return gy::Object();
  int now = g_inside.fetch_add(1) + 1;
  int seen = g_max_inside.load();
  while (now > seen && !g_max_inside.compare_exchange_weak(seen, now)) {
  }
  bool peer = false;
  {
    gy::AllowThreads detached;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (std::chrono::steady_clock::now() < deadline) {
      int n = g_inside.load();
      if (n >= 2) {
        int m = g_max_inside.load();
        while (n > m && !g_max_inside.compare_exchange_weak(m, n)) {
        }
        peer = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    // Stay a moment so a peer that saw us also sees two inside.
    if (peer) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  g_inside.fetch_sub(1);
  return gy::make_bool(peer);
}

gy::Object MaxInside(gy::Handle, gy::Args) { return gy::make_int(g_max_inside.load()); }

gy::Object Reset(gy::Handle, gy::Args) {
  g_max_inside.store(0);
  return gy::Object::borrow(gy::none());
}

// ------------------------------------------------------------------ Stack

struct StackState {
  std::vector<gy::Object> items;  // guarded by the instance's object lock
};

extern gy::TypeDef StackType;  // defined below, after its method table

gy::Object StackPush(gy::Handle self, gy::Args args) {
  if (args.size() != 1) return gy::raise(gy::exc::TypeError(), "push() takes exactly one argument");
  StackState* st = gy::state_of<StackState>(self, StackType);
  if (st == nullptr) return gy::Object();
  gy::Object item = gy::Object::borrow(args[0]);
  {
    gy::ObjectLockGuard lock(self);
    st->items.push_back(std::move(item));
  }
  return gy::Object::borrow(gy::none());
}

gy::Object StackPop(gy::Handle self, gy::Args args) {
  StackState* st = gy::state_of<StackState>(self, StackType);
  if (st == nullptr) return gy::Object();
  gy::Object item;
  {
    gy::ObjectLockGuard lock(self);
    if (!st->items.empty()) {
      item = std::move(st->items.back());
      st->items.pop_back();
    }
  }
  if (!item) return gy::raise(gy::exc::IndexError(), "pop from empty Stack");
  return item;
}

gy::Object StackSize(gy::Handle self, gy::Args) {
  StackState* st = gy::state_of<StackState>(self, StackType);
  if (st == nullptr) return gy::Object();
  size_t n;
  {
    gy::ObjectLockGuard lock(self);
    n = st->items.size();
  }
  return gy::make_int(static_cast<int64_t>(n));
}

// A snapshot: copies the references out under the lock, builds the list after.
std::vector<gy::Object> Snapshot(gy::Handle self, StackState* st) {
  gy::ObjectLockGuard lock(self);
  return st->items;
}

gy::Object StackItems(gy::Handle self, gy::Args) {
  StackState* st = gy::state_of<StackState>(self, StackType);
  if (st == nullptr) return gy::Object();
  std::vector<gy::Object> items = Snapshot(self, st);
  gy::Object list = gy::make_list();
  for (const gy::Object& o : items) {
    if (gy::list_append(list, o) < 0) return gy::Object();
  }
  return list;
}

// The sum of the items (which must be ints).
gy::Object StackTotal(gy::Handle self, gy::Args) {
  StackState* st = gy::state_of<StackState>(self, StackType);
  if (st == nullptr) return gy::Object();
  int64_t total = 0;
  for (const gy::Object& o : Snapshot(self, st)) {
    int64_t v;
    if (!gy::to_int(o, &v)) return gy::Object();
    total += v;
  }
  return gy::make_int(total);
}

int StackInit(gy::Handle self, gy::Args args) {
  // Stack(iterable=()): pushes the items in order.
  if (args.size() > 1) {
    gy::raise(gy::exc::TypeError(), "Stack() takes at most 1 argument");
    return -1;
  }
  if (args.size() == 0) return 0;
  gy::Object it = gy::iter(args[0]);
  if (!it) return -1;
  while (gy::Object item = gy::next(it)) {
    if (!StackPush(self, gy::Args(&item, 1))) return -1;
  }
  return gy::error_occurred() ? -1 : 0;
}

gy::Object StackRepr(gy::Handle self) {
  StackState* st = gy::state_of<StackState>(self, StackType);
  if (st == nullptr) return gy::Object();
  size_t n;
  {
    gy::ObjectLockGuard lock(self);
    n = st->items.size();
  }
  return gy::make_str("<extdemo.Stack of " + std::to_string(n) + " items>");
}

const gy::FunctionDef kStackMethods[] = {
    {"push", StackPush, "push(x): put x on top"},
    {"pop", StackPop, "pop(): remove and return the top item"},
    {"size", StackSize},
    {"items", StackItems, "items(): the items, bottom first"},
    {"total", StackTotal},
    {nullptr, nullptr},
};

gy::TypeDef StackType{
    .name = "extdemo.Stack",
    .state_size = sizeof(StackState),
    .construct = gy::construct_state<StackState>,
    .destroy = gy::destroy_state<StackState>,
    .init = StackInit,
    .repr = StackRepr,
    .methods = kStackMethods,
};

gy::TypeDef* const kTypes[] = {&StackType, nullptr};

const gy::FunctionDef kFunctions[] = {
    {"add", Add, "add(a, b): a + b for ints"},
    {"enter", Enter},
    {"max_inside", MaxInside},
    {"reset", Reset},
    {nullptr, nullptr},
};

int Exec(gy::Handle module) {
  gy::Object yes = gy::make_bool(true);
  return gy::setattr(module, "GIL_FREE", yes);
}

const gy::ModuleSlot kSlots[] = {
    gy::ModuleSlot::types_slot(kTypes),
    gy::ModuleSlot::methods_slot(kFunctions),
    gy::ModuleSlot::exec_slot(Exec),
    gy::ModuleSlot::gil_not_used(),
};

const gy::ModuleDef kModule = {gy::kAbiVersion, "extdemo", "A native module safe without a GIL.", kSlots,
                               sizeof(kSlots) / sizeof(kSlots[0])};

}  // namespace

GILECTOMY_MODULE(extdemo) { return &kModule; }
