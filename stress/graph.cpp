// The graph workload.
//
// Objects: a gc::Header, an id, a checksum of the id, a spin lock, up to
// kMaxEdges owned references, a depth. Two types share the hooks; one has a
// finalizer (which sometimes resurrects its object), and a third, the dead
// type, is stored into every freed object: any hook the collector calls on
// it reports a use of freed memory.
//
// A round: every slot runs *lives* one after another (a life is a new OS
// thread, or a new fiber, that registers, runs 100-500 random steps and
// ends), so threads start and end while the others run. A step is one of:
//   create  a cluster of 1-6 objects linked in a ring (a cycle), with edges
//           to objects the life already holds; keep 0-2 of them as roots
//   handoff move a root (often a fresh one, whose track record is still
//           pending in our buffer) to another slot's queue; take from ours
//   drop    release a root
//   mutate  point an edge of a root at another root
//   poll    sp::Poll (runs an automatic collection when one is due)
//   detach  a Detached scope around a simulated blocking call
//   collect a forced gc::Collect
//   verify  walk a root's subgraph checking every object (see Verify)
//   slot    often after a re-attach: store a root into a shared slot, read
//           one out (an increment under the slot's lock), or, in the
//           buffered build only, borrow one: read it without an increment,
//           pass a schedule point that is not a safepoint, then increment
//           and check it (legal until the thread's next safepoint)
// A life ends by dropping its roots or handing them to other slots.
//
// Depth: an object only references objects of smaller depth outside its own
// cluster, so every reference chain across clusters is short (dealloc
// recursion stays shallow on fiber stacks).
//
// Checks (each failure names the object and the check):
//   * every object reached from a root: checksum intact, live type,
//     refcount >= 1;
//   * dealloc: count exactly 0, checksum intact; a freed object is never
//     deallocated, traversed or cleared again (the dead type);
//   * an object read from a shared slot (held or borrowed) still has the id
//     it had when read: its memory was not freed and reused meanwhile;
//   * a finalizer runs at most once per object, resurrection included;
//   * end of round, after every root is dropped and full collections ran:
//     no synthetic object is alive, the tracked set is back to its size
//     before the round, and every set slot names a live object whose track
//     word names that slot.
#include "stress/graph.h"

#include <atomic>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "gc/buffered_rc.h"
#include "gc/collector.h"
#include "gc/refcount.h"
#include "gc/tracked_set.h"
#include "safepoints/safepoints.h"
#include "stress/check.h"
#include "stress/fiber.h"
#include "stress/rng.h"

namespace gilectomy::stress {
namespace {

constexpr int kMaxEdges = 4;
constexpr int kMaxDepth = 16;
constexpr uint64_t kDeadCheck = 0xDEADDEADDEADDEADull;

struct FakeType {
  gc::Header header{};
  gc::TypeHooks hooks;
};
FakeType plain_type;
FakeType final_type;
FakeType dead_type;

struct Obj {
  gc::Header header;
  uint64_t id = 0;
  uint64_t check = 0;             // Checksum(id) while alive; kDeadCheck once freed
  std::atomic<uint8_t> lock{0};   // guards nedges and edges
  uint8_t depth = 0;
  uint8_t nedges = 0;
  bool resurrect = false;         // its finalizer stores it in `resurrected`
  std::atomic<int32_t> finalizer_runs{0};
  Obj* edges[kMaxEdges] = {};     // owned references
};

std::atomic<uint64_t> next_id{1};
std::atomic<int64_t> live_objects{0};

std::mutex resurrect_mu;
std::vector<Obj*> resurrected;  // owned; resurrect_mu (never held across a schedule point)

// One queue per slot: objects handed from one life to another (owned).
struct HandoffQueue {
  std::mutex mu;  // never held across a schedule point
  std::deque<Obj*> items;
};
std::vector<HandoffQueue>* queues = nullptr;

uint64_t Checksum(uint64_t id) { return Mix(id ^ 0xC0FFEEull); }

std::string Describe(const Obj* o) { return "object #" + std::to_string(o->id); }

// The workload's locks: spin locks that offer a schedule point instead of
// blocking (a blocking lock would stall the fiber schedule).
void Lock(std::atomic<uint8_t>& lock) {
  sp::SchedulePoint(sp::PointKind::kLock);
  for (;;) {
    uint8_t expected = 0;
    if (lock.compare_exchange_weak(expected, 1, std::memory_order_acquire, std::memory_order_relaxed)) return;
    sp::SchedulePoint(sp::PointKind::kLock);
    std::this_thread::yield();
  }
}
void Unlock(std::atomic<uint8_t>& lock) { lock.store(0, std::memory_order_release); }
void LockObj(Obj* o) { Lock(o->lock); }
void UnlockObj(Obj* o) { Unlock(o->lock); }

// Shared slots, a global variable in miniature: any life stores a reference
// into one (dropping the one it replaces) or reads one out, so one thread's
// last decrement often races another's increment or borrow of the same
// object (the orderings of docs/buffered-refcount.md, "Why decrements wait
// one epoch"). Few slots, so lives collide.
constexpr size_t kSharedSlots = 4;
struct SharedSlot {
  std::atomic<uint8_t> lock{0};
  Obj* obj = nullptr;  // owned
};
SharedSlot* shared_slots = nullptr;  // kSharedSlots of them during a round

bool IsLiveType(const gc::Header* h) {
  return h->type_ == &plain_type.header || h->type_ == &final_type.header;
}

// Checks an object the caller holds a reference to.
bool CheckHeld(const Obj* o, const char* where);

// Checks an object read as `id` a moment ago and held since (or borrowed):
// freed memory reused by a new object passes CheckHeld, not this.
bool CheckSame(const Obj* o, uint64_t id, const char* where) {
  if (o->id != id) {
    Fail(std::string("object #") + std::to_string(id) + " read from " + where +
         " was freed while held (its memory now holds " +
         (o->header.type_ == &dead_type.header ? std::string("a freed object") : Describe(o)) + ")");
    return false;
  }
  return CheckHeld(o, where);
}

bool CheckHeld(const Obj* o, const char* where) {
  if (!IsLiveType(&o->header) || o->check != Checksum(o->id)) {
    Fail(std::string("corrupt or freed object reached from ") + where + ": " + Describe(o) +
         (o->header.type_ == &dead_type.header ? " was freed" : " checksum mismatch"));
    return false;
  }
  int64_t rc = gc::RefCount(&o->header);
  if (rc < 1) {
    Fail(std::string("refcount ") + std::to_string(rc) + " of held " + Describe(o) + " (" + where + ")");
    return false;
  }
  return true;
}

void Drop(Obj* o) {
  int64_t rc = gc::RefCount(&o->header);
  if (rc < 1) Fail("dropping " + Describe(o) + " whose refcount is " + std::to_string(rc));
  gc::Decref(&o->header);
}

// ------------------------------------------------------------- type hooks

void ObjTraverse(gc::Header* h, gc::Visitor& v) {
  auto* o = reinterpret_cast<Obj*>(h);
  for (int i = 0; i < o->nedges; ++i) v.Visit(&o->edges[i]->header);
}

// Takes the edges out under the lock; the caller drops them.
int TakeEdges(Obj* o, Obj** out) {
  LockObj(o);
  int n = o->nedges;
  for (int i = 0; i < n; ++i) out[i] = o->edges[i];
  o->nedges = 0;
  UnlockObj(o);
  return n;
}

void ObjClear(gc::Header* h) {
  Obj* old[kMaxEdges];
  int n = TakeEdges(reinterpret_cast<Obj*>(h), old);
  for (int i = 0; i < n; ++i) Drop(old[i]);
}

void ObjDealloc(gc::Header* h) {
  auto* o = reinterpret_cast<Obj*>(h);
  int64_t rc = gc::RefCount(h);
  if (rc != 0) Fail("dealloc of " + Describe(o) + " with refcount " + std::to_string(rc));
  if (o->check != Checksum(o->id)) Fail("dealloc of " + Describe(o) + ": checksum mismatch");
  Obj* old[kMaxEdges];
  int n = TakeEdges(o, old);
  o->check = kDeadCheck;
  h->type_ = &dead_type.header;
  live_objects.fetch_sub(1, std::memory_order_relaxed);
  Stats().freed.fetch_add(1, std::memory_order_relaxed);
  gc::ReleaseTracked(h);
  for (int i = 0; i < n; ++i) Drop(old[i]);
}

void ObjFinalize(gc::Header* h) {
  auto* o = reinterpret_cast<Obj*>(h);
  if (o->check != Checksum(o->id)) Fail("finalizer of " + Describe(o) + ": checksum mismatch");
  int runs = o->finalizer_runs.fetch_add(1) + 1;
  Stats().finalized.fetch_add(1, std::memory_order_relaxed);
  if (runs > 1) Fail("finalizer of " + Describe(o) + " ran " + std::to_string(runs) + " times");
  if (o->resurrect) {
    gc::Incref(h);
    std::lock_guard lk(resurrect_mu);
    resurrected.push_back(o);
    Stats().resurrected.fetch_add(1, std::memory_order_relaxed);
  }
}

void DeadTraverse(gc::Header*, gc::Visitor&) { Fail("the collector traversed a freed object"); }
void DeadClear(gc::Header*) { Fail("the collector cleared a freed object"); }
void DeadDealloc(gc::Header*) { Fail("a freed object was deallocated again"); }

// ------------------------------------------------------------- one life

struct Life {
  const Options& options;
  int slot;
  Rng rng;
  bool fiber;
  sp::ThreadRecord record;
  std::vector<Obj*> roots;  // owned

  Obj* NewObj(uint8_t depth) {
    bool with_finalizer = rng.OneIn(4);
    void* memory = gc::AllocateTracked(sizeof(Obj));
    if (memory == nullptr) {
      Fail("out of memory");
      return nullptr;
    }
    auto* o = new (memory) Obj();
    gc::InitRefCount(&o->header, 1);
    o->header.type_ = with_finalizer ? &final_type.header : &plain_type.header;
    o->header.flags_ = gc::kGcTracked;
    o->id = next_id.fetch_add(1, std::memory_order_relaxed);
    o->check = Checksum(o->id);
    o->depth = depth;
    o->resurrect = with_finalizer && rng.OneIn(3);
    live_objects.fetch_add(1, std::memory_order_relaxed);
    Stats().created.fetch_add(1, std::memory_order_relaxed);
    gc::Track(&o->header);
    return o;
  }

  // a -> b: a new reference to b, owned by a (dropped if a is full).
  void Link(Obj* a, Obj* b) {
    gc::Incref(&b->header);
    LockObj(a);
    if (a->nedges < kMaxEdges) {
      a->edges[a->nedges++] = b;
      b = nullptr;
    }
    UnlockObj(a);
    if (b != nullptr) Drop(b);
  }

  Obj* TakeRoot() {
    size_t i = rng.Below(roots.size());
    Obj* o = roots[i];
    roots[i] = roots.back();
    roots.pop_back();
    return o;
  }

  void Create() {
    std::vector<Obj*> targets;
    uint8_t depth = 0;
    for (int t = 0; t < 2 && !roots.empty(); ++t) {
      Obj* r = roots[rng.Below(roots.size())];
      if (r->depth + 1 >= kMaxDepth) continue;
      targets.push_back(r);
      depth = std::max<uint8_t>(depth, r->depth + 1);
    }
    int k = 1 + static_cast<int>(rng.Below(6));
    std::vector<Obj*> cluster;
    for (int i = 0; i < k; ++i) {
      Obj* o = NewObj(depth);
      if (o == nullptr) break;
      cluster.push_back(o);
    }
    if (cluster.empty()) return;
    for (size_t i = 0; i < cluster.size(); ++i) {
      if (cluster.size() > 1 || rng.OneIn(2)) Link(cluster[i], cluster[(i + 1) % cluster.size()]);
    }
    if (rng.OneIn(2)) Link(cluster[rng.Below(cluster.size())], cluster[rng.Below(cluster.size())]);
    for (Obj* t : targets) Link(cluster[rng.Below(cluster.size())], t);
    size_t keep = rng.OneIn(6) ? 0 : 1 + rng.Below(2);
    for (size_t i = 0; i < cluster.size(); ++i) {
      if (i < keep) roots.push_back(cluster[i]); else Drop(cluster[i]);
    }
    if (keep > 0 && rng.OneIn(2)) HandOff(TakeFresh());
  }
  Obj* TakeFresh() {
    Obj* o = roots.back();
    roots.pop_back();
    return o;
  }

  void HandOff(Obj* o) {
    HandoffQueue& q = (*queues)[rng.Below(queues->size())];
    std::lock_guard lk(q.mu);
    q.items.push_back(o);
    Stats().handoffs.fetch_add(1, std::memory_order_relaxed);
  }

  void Receive() {
    HandoffQueue& q = (*queues)[static_cast<size_t>(slot)];
    std::unique_lock lk(q.mu);
    std::vector<Obj*> taken;
    for (int i = 0; i < 2 && !q.items.empty(); ++i) {
      taken.push_back(q.items.front());
      q.items.pop_front();
    }
    lk.unlock();
    // Often use and drop at once: a fresh object from another life then
    // dies here while its track record may still be pending there.
    for (Obj* o : taken) {
      if (rng.OneIn(2)) {
        CheckHeld(o, "a handoff queue");
        Drop(o);
      } else {
        roots.push_back(o);
      }
    }
  }

  void TakeResurrected() {
    std::lock_guard lk(resurrect_mu);
    if (resurrected.empty()) return;
    roots.push_back(resurrected.back());
    resurrected.pop_back();
  }

  void Mutate() {
    if (roots.size() < 2) return;
    Obj* x = roots[rng.Below(roots.size())];
    Obj* y = roots[rng.Below(roots.size())];
    if (y->depth >= x->depth && x != y) return;  // keep chains short (see the top)
    gc::Incref(&y->header);
    Obj* old = nullptr;
    LockObj(x);
    if (x->nedges > 0 && rng.OneIn(2)) {
      int i = static_cast<int>(rng.Below(x->nedges));
      old = x->edges[i];
      x->edges[i] = y;
    } else if (x->nedges < kMaxEdges) {
      x->edges[x->nedges++] = y;
    } else {
      old = y;
    }
    UnlockObj(x);
    if (old != nullptr) Drop(old);
  }

  // Walks up to 32 objects reachable from `root`, holding each while it is
  // checked (a reference taken under the owner's lock, as the interpreter
  // turns a borrowed reference into a strong one).
  void Verify(Obj* root) {
    std::vector<Obj*> stack;
    gc::Incref(&root->header);
    stack.push_back(root);
    int visited = 0;
    while (!stack.empty()) {
      Obj* n = stack.back();
      stack.pop_back();
      if (visited++ < 32 && CheckHeld(n, "a root")) {
        LockObj(n);
        for (int i = 0; i < n->nedges; ++i) {
          gc::Incref(&n->edges[i]->header);
          stack.push_back(n->edges[i]);
        }
        UnlockObj(n);
      }
      Drop(n);
    }
  }

  // A shared-slot step: store a root into a slot, read one out (counted), or
  // (buffered build) borrow one. Often re-attaches first: a thread that
  // re-attached must log in the current epoch (the stale and racy re-attach
  // counterexamples of models/buffered_rc.pml break that).
  void SharedSlotStep() {
    SharedSlot& s = shared_slots[rng.Below(kSharedSlots)];
    if (rng.OneIn(3)) {
      sp::Detached d;
      sp::SchedulePoint(sp::PointKind::kOther);
    }
    uint64_t action = rng.Below(3);
    if (action == 0) {
      if (roots.empty()) return;
      Obj* o = roots[rng.Below(roots.size())];
      gc::Incref(&o->header);
      Lock(s.lock);
      Obj* old = s.obj;
      s.obj = o;
      Unlock(s.lock);
      if (old != nullptr) Drop(old);
    } else if (action == 1 || !gc::kBufferedRefCounts) {
      // A counted read: the increment is ours before the slot's owner can
      // drop its reference.
      Lock(s.lock);
      Obj* o = s.obj;
      if (o != nullptr) gc::Incref(&o->header);
      uint64_t id = o != nullptr ? o->id : 0;
      Unlock(s.lock);
      if (o == nullptr) return;
      sp::SchedulePoint(sp::PointKind::kOther);
      if (!CheckSame(o, id, "a shared slot")) return;
      if (rng.OneIn(2)) roots.push_back(o); else Drop(o);
    } else {
      // A borrowed reference: read without an increment, then a schedule
      // point that is not a safepoint, then the increment. Legal under
      // buffered refcounting until this thread's next safepoint
      // (docs/buffered-refcount.md); a use-after-free in the atomic build.
      Lock(s.lock);
      Obj* o = s.obj;
      uint64_t id = o != nullptr ? o->id : 0;
      Unlock(s.lock);
      if (o == nullptr) return;
      sp::SchedulePoint(sp::PointKind::kOther);
      if (rng.OneIn(2)) sp::SchedulePoint(sp::PointKind::kOther);
      gc::Incref(&o->header);
      if (!CheckSame(o, id, "a borrowed reference")) return;
      Drop(o);
    }
  }

  void Step() {
    uint64_t r = rng.Below(100);
    if (r < 25) {
      Create();
    } else if (r < 37) {
      if (!roots.empty()) HandOff(TakeRoot());
      Receive();
    } else if (r < 49) {
      if (!roots.empty()) Drop(TakeRoot());
    } else if (r < 59) {
      Mutate();
    } else if (r < 75) {
      if (!sp::Poll(&record)) Fail("a pending call failed");
    } else if (r < 82) {
      sp::Detached d;
      sp::SchedulePoint(sp::PointKind::kOther);
      if (!fiber && rng.OneIn(8)) std::this_thread::sleep_for(std::chrono::microseconds(rng.Below(50)));
    } else if (r < 84) {
      gc::CollectionStats stats;
      gc::Collect(false, &stats);
      Stats().forced_collections.fetch_add(1, std::memory_order_relaxed);
    } else if (r < 86) {
      TakeResurrected();
    } else if (r < 91) {
      if (!roots.empty()) Verify(roots[rng.Below(roots.size())]);
    } else {
      SharedSlotStep();
    }
    while (roots.size() > 64) Drop(TakeRoot());
    Stats().steps.fetch_add(1, std::memory_order_relaxed);
  }

  void Run(int steps) {
    sp::RegisterThread(&record);
    gc::AttachThreadBuffers();
    gc::rc::AttachThread();  // buffered build: refcount logs (no-op elsewhere)
    for (int i = 0; i < steps && !Failed(); ++i) Step();
    for (Obj* o : roots) CheckHeld(o, "the end of a life");
    bool hand_over = rng.OneIn(2);
    for (Obj* o : roots) {
      if (hand_over) HandOff(o); else Drop(o);
    }
    roots.clear();
    gc::rc::DetachThread();
    gc::DetachThreadBuffers();
    sp::UnregisterThread(&record);
  }
};

// How many steps each slot runs per round, split into lives.
constexpr int kStepsPerSlot = 1500;

struct SlotPlan {
  Rng rng;
  int remaining = kStepsPerSlot;
  uint64_t lives = 0;
};

// The next life of a slot, or an empty function when its budget is spent.
std::function<void()> NextLife(const Options& o, SlotPlan& plan, int slot, uint64_t round, bool fiber) {
  if (plan.remaining <= 0 || Failed()) return {};
  int steps = std::min(plan.remaining, 100 + static_cast<int>(plan.rng.Below(400)));
  plan.remaining -= steps;
  uint64_t life_seed = Mix(o.seed ^ Mix(round * 1000003 + static_cast<uint64_t>(slot) * 7919 + plan.lives++));
  Stats().lives.fetch_add(1, std::memory_order_relaxed);
  return [&o, slot, steps, life_seed, fiber] {
    Life life{o, slot, Rng(life_seed), fiber, {}, {}};
    life.Run(steps);
  };
}

void DrainAll() {
  for (HandoffQueue& q : *queues) {
    std::deque<Obj*> items;
    {
      std::lock_guard lk(q.mu);
      items.swap(q.items);
    }
    for (Obj* o : items) {
      CheckHeld(o, "a handoff queue");
      Drop(o);
    }
  }
}

void DrainSharedSlots() {
  for (size_t i = 0; i < kSharedSlots; ++i) {
    Obj* o = shared_slots[i].obj;
    shared_slots[i].obj = nullptr;
    if (o == nullptr) continue;
    CheckHeld(o, "a shared slot");
    Drop(o);
  }
}

bool DrainResurrected() {
  std::vector<Obj*> items;
  {
    std::lock_guard lk(resurrect_mu);
    items.swap(resurrected);
  }
  for (Obj* o : items) {
    CheckHeld(o, "the resurrected list");
    Drop(o);
  }
  return !items.empty();
}

// Invariants 2 and 3 of gc/tracked_set.h with no mutator running.
void CheckTrackedSet(size_t baseline, int64_t round) {
  gc::FlushAll();
  gc::TrackedSetAccess set;
  std::vector<gc::Header*>& objects = set.objects();
  for (size_t i = 0; i < objects.size(); ++i) {
    gc::Header* h = objects[i];
    uint64_t w = gc::TrackWord(h).load(std::memory_order_relaxed);
    if (gc::StateOf(w) != gc::kStateInSet || gc::SlotOf(w & ~gc::kFrozenBit) != i) {
      Fail("tracked set slot " + std::to_string(i) + " names an object whose track word disagrees");
      return;
    }
    if (h->type_ == &dead_type.header) {
      Fail("the tracked set still names a freed object after round " + std::to_string(round));
      return;
    }
  }
  if (objects.size() != baseline) {
    Fail("after round " + std::to_string(round) + " and a full collection the tracked set holds " +
         std::to_string(objects.size()) + " objects, " + std::to_string(baseline) + " before the round");
  }
}

}  // namespace

void InitGraphWorkload() {
  for (FakeType* t : {&plain_type, &final_type, &dead_type}) t->header.flags_ = gc::kImmortal | gc::kIsType;
  for (FakeType* t : {&plain_type, &final_type}) {
    t->hooks.dealloc = ObjDealloc;
    t->hooks.traverse = ObjTraverse;
    t->hooks.clear = ObjClear;
  }
  final_type.hooks.finalize = ObjFinalize;
  dead_type.hooks.dealloc = DeadDealloc;
  dead_type.hooks.traverse = DeadTraverse;
  dead_type.hooks.clear = DeadClear;
}

int64_t GraphLiveObjects() { return live_objects.load(); }

bool RunGraphRound(const Options& o, int64_t round, FiberScheduler* fibers) {
  // Threads of an earlier Python round may still be unregistering (their
  // buffers merge as they go): the baseline must not move under us.
  while (sp::ThreadCount() > 1) {
    sp::Detached d;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  gc::Collect();
  gc::FlushAll();
  size_t baseline = gc::TrackedSetSize();
  int64_t live_before = live_objects.load();
  std::vector<HandoffQueue> round_queues(static_cast<size_t>(o.threads));
  queues = &round_queues;
  std::vector<SharedSlot> round_slots(kSharedSlots);
  shared_slots = round_slots.data();
  std::vector<SlotPlan> plans;
  for (int s = 0; s < o.threads; ++s) {
    plans.push_back(SlotPlan{Rng(Mix(o.seed + static_cast<uint64_t>(round) * 31 + static_cast<uint64_t>(s))), kStepsPerSlot, 0});
  }
  bool fiber = fibers != nullptr;
  bool completed = true;
  {
    sp::Detached d;  // the lives may stop the world while we wait for them
    if (fiber) {
      completed = fibers->Run(o.threads, [&](int slot) {
        return NextLife(o, plans[slot], slot, static_cast<uint64_t>(round), true);
      });
    } else {
      std::vector<std::thread> slots;
      for (int s = 0; s < o.threads; ++s) {
        slots.emplace_back([&, s] {
          for (;;) {
            std::function<void()> life = NextLife(o, plans[s], s, static_cast<uint64_t>(round), false);
            if (!life) break;
            std::thread(life).join();
          }
        });
      }
      for (std::thread& t : slots) t.join();
    }
  }
  if (!completed) return false;  // fibers are stuck: nothing can be cleaned up
  DrainAll();
  queues = nullptr;
  DrainSharedSlots();
  shared_slots = nullptr;
  for (int i = 0; i < 4; ++i) {
    DrainResurrected();
    gc::Collect();
    std::lock_guard lk(resurrect_mu);
    if (resurrected.empty()) break;
  }
  DrainResurrected();
  gc::Collect();
  int64_t left = live_objects.load() - live_before;
  if (left != 0) {
    Fail("after round " + std::to_string(round) + " and full collections " + std::to_string(left) +
         " synthetic objects are still alive (expected 0)");
  }
  CheckTrackedSet(baseline, round);
  return !Failed();
}

}  // namespace gilectomy::stress
