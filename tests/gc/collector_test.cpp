// The collector and the tracked set on their own, with synthetic objects
// defined here (no interpreter): graphs with known garbage, finalizers and
// resurrection, freezing, the buffer protocol, and mutator threads that
// build and drop cycles while collections run.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include "gc/collector.h"
#include "gc/refcount.h"
#include "gc/tracked_set.h"
#include "safepoints/safepoints.h"

namespace gilectomy::gc {
namespace {

// A type object as the collector sees one: a header, then the hooks.
struct FakeType {
  Header header{};
  TypeHooks hooks;
};

std::atomic<int64_t> live_nodes{0};
std::atomic<int64_t> finalized_nodes{0};
std::mutex resurrect_mu;
std::vector<Header*> resurrected;  // nodes a finalizer stored (owned)

struct Node {
  Header header;
  std::mutex mu;                // protects refs (mutator threads share nodes)
  std::vector<Node*> refs;      // owned references
  bool resurrect = false;       // its finalizer stores it in `resurrected`
};

void NodeDealloc(Header* h);
void NodeTraverse(Header* h, Visitor& v) {
  for (Node* r : reinterpret_cast<Node*>(h)->refs) v.Visit(&r->header);
}
void NodeClear(Header* h) {
  auto* n = reinterpret_cast<Node*>(h);
  std::vector<Node*> old;
  {
    std::lock_guard lk(n->mu);
    old.swap(n->refs);
  }
  for (Node* r : old) Decref(&r->header);
}
void NodeFinalize(Header* h) {
  finalized_nodes.fetch_add(1);
  auto* n = reinterpret_cast<Node*>(h);
  if (n->resurrect) {
    Incref(h);
    std::lock_guard lk(resurrect_mu);
    resurrected.push_back(h);
  }
}

struct FakeTypeInit {
  FakeTypeInit(FakeType* t, bool with_finalizer) {
    t->header.flags_ = kImmortal | kIsType;
    t->hooks.dealloc = NodeDealloc;
    t->hooks.traverse = NodeTraverse;
    t->hooks.clear = NodeClear;
    if (with_finalizer) t->hooks.finalize = NodeFinalize;
  }
};
FakeType node_type;
FakeType final_type;
FakeTypeInit node_type_init(&node_type, false);
FakeTypeInit final_type_init(&final_type, true);

Node* NewNode(FakeType* type = &node_type) {
  void* mem = AllocateTracked(sizeof(Node));
  auto* n = new (mem) Node();
  InitRefCount(&n->header, 1);
  n->header.type_ = &type->header;
  n->header.flags_ = kGcTracked;
  live_nodes.fetch_add(1);
  Track(&n->header);
  return n;
}

void NodeDealloc(Header* h) {
  auto* n = reinterpret_cast<Node*>(h);
  NodeClear(h);
  n->~Node();
  live_nodes.fetch_sub(1);
  ReleaseTracked(h);
}

// a -> b (a new reference to b, owned by a).
void Link(Node* a, Node* b) {
  Incref(&b->header);
  std::lock_guard lk(a->mu);
  a->refs.push_back(b);
}
void Drop(Node* n) { Decref(&n->header); }

class CollectorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SetAutoCollectEnabled(false);
    Collect();
    base_ = live_nodes.load();
  }
  void TearDown() override {
    std::vector<Header*> keep;
    {
      std::lock_guard lk(resurrect_mu);
      keep.swap(resurrected);
    }
    for (Header* h : keep) Decref(h);
    Collect();
    EXPECT_EQ(live_nodes.load(), base_) << "nodes leaked by the test";
    SetCollectorWorkers(1);
  }
  int64_t Live() const { return live_nodes.load() - base_; }
  int64_t base_ = 0;
};

TEST_F(CollectorTest, TwoNodeCycleIsFreed) {
  Node* a = NewNode();
  Node* b = NewNode();
  Link(a, b);
  Link(b, a);
  Drop(a);
  Drop(b);
  EXPECT_EQ(Live(), 2);
  EXPECT_EQ(Collect(), 2u);
  EXPECT_EQ(Live(), 0);
}

TEST_F(CollectorTest, SelfLoopIsFreed) {
  Node* a = NewNode();
  Link(a, a);
  Drop(a);
  EXPECT_EQ(Collect(), 1u);
  EXPECT_EQ(Live(), 0);
}

TEST_F(CollectorTest, CycleReachableFromAHeldNodeSurvives) {
  Node* root = NewNode();
  Node* a = NewNode();
  Node* b = NewNode();
  Link(root, a);
  Link(a, b);
  Link(b, a);
  Drop(a);
  Drop(b);
  EXPECT_EQ(Collect(), 0u);
  EXPECT_EQ(Live(), 3);
  Drop(root);  // root is freed by its count; the a-b cycle is now garbage
  EXPECT_EQ(Live(), 2);
  EXPECT_EQ(Collect(), 2u);
  EXPECT_EQ(Live(), 0);
}

TEST_F(CollectorTest, ObjectsDyingBeforeTheirRecordIsMergedAreFreedOnce) {
  size_t before = TrackedSetSize();
  for (int i = 0; i < 10000; ++i) Drop(NewNode());  // each cancels its own pending record
  FlushThreadBuffers();
  EXPECT_EQ(TrackedSetSize(), before);
  EXPECT_EQ(Live(), 0);
}

TEST_F(CollectorTest, CrossThreadFreeOfAPendingObject) {
  // Allocated by one thread (its record still pending there), freed by
  // another: the memory is released only when the owner's buffer merges.
  std::vector<Node*> nodes;
  AttachThreadBuffers();
  for (int i = 0; i < 100; ++i) nodes.push_back(NewNode());
  std::thread other([&] {
    AttachThreadBuffers();
    for (Node* n : nodes) Drop(n);
    DetachThreadBuffers();  // merges its untrack records: the nodes become dead-pending
  });
  other.join();
  EXPECT_EQ(Live(), 0);
  FlushThreadBuffers();  // our merge frees them (ASan would report a double free or leak)
  DetachThreadBuffers();
}

TEST_F(CollectorTest, RandomGraphsKeepExactlyTheReachableNodes) {
  for (int workers : {1, 2, 4}) {
    SetCollectorWorkers(workers);
    std::mt19937 rng(1234 + workers);
    const int n = 20000;
    std::vector<Node*> nodes;
    for (int i = 0; i < n; ++i) nodes.push_back(NewNode());
    std::vector<std::vector<int>> edges(n);
    for (int i = 0; i < n; ++i) {
      int k = rng() % 4;
      for (int j = 0; j < k; ++j) {
        int t = static_cast<int>(rng() % n);
        edges[i].push_back(t);
        Link(nodes[i], nodes[t]);
      }
    }
    std::vector<bool> held(n);
    for (int i = 0; i < n; ++i) held[i] = rng() % 50 == 0;
    // Expected survivors: reachable from the held nodes.
    std::vector<bool> reach(n);
    std::vector<int> stack;
    for (int i = 0; i < n; ++i) {
      if (held[i] && !reach[i]) {
        reach[i] = true;
        stack.push_back(i);
      }
    }
    while (!stack.empty()) {
      int i = stack.back();
      stack.pop_back();
      for (int t : edges[i]) {
        if (!reach[t]) {
          reach[t] = true;
          stack.push_back(t);
        }
      }
    }
    int64_t expected = 0;
    for (int i = 0; i < n; ++i) expected += reach[i];
    for (int i = 0; i < n; ++i) {
      if (!held[i]) Drop(nodes[i]);
    }
    // Acyclic garbage is freed by counts alone; the rest needs the collector.
    Collect();
    EXPECT_EQ(Live(), expected) << "workers " << workers;
    for (int i = 0; i < n; ++i) {
      if (held[i]) Drop(nodes[i]);
    }
    Collect();
    EXPECT_EQ(Live(), 0) << "workers " << workers;
  }
}

TEST_F(CollectorTest, FinalizerRunsOnceAndResurrectionIsRespected) {
  finalized_nodes = 0;
  Node* a = NewNode(&final_type);
  Node* b = NewNode(&final_type);
  b->resurrect = true;
  Link(a, b);
  Link(b, a);
  Drop(a);
  Drop(b);
  CollectionStats stats;
  EXPECT_EQ(Collect(false, &stats), 2u);
  EXPECT_EQ(finalized_nodes.load(), 2);
  EXPECT_EQ(stats.resurrected, 2u);  // b was stored, and a is reachable from b
  EXPECT_EQ(Live(), 2);
  EXPECT_TRUE(GcBitsOf(&a->header) & kGcFinalized);
  // Drop the resurrecting reference: now they are freed, without a second finalization.
  {
    std::lock_guard lk(resurrect_mu);
    for (Header* h : resurrected) Decref(h);
    resurrected.clear();
  }
  EXPECT_EQ(Collect(), 2u);
  EXPECT_EQ(finalized_nodes.load(), 2);
  EXPECT_EQ(Live(), 0);
}

TEST_F(CollectorTest, FrozenObjectsAreNotCollected) {
  Node* a = NewNode();
  Link(a, a);
  Drop(a);
  FlushAll();
  EXPECT_GE(FreezeAll(), 1u);
  EXPECT_EQ(Collect(), 0u);
  EXPECT_EQ(Live(), 1);
  UnfreezeAll();
  EXPECT_EQ(FrozenCount(), 0u);
  EXPECT_EQ(Collect(), 1u);
  EXPECT_EQ(Live(), 0);
}

TEST_F(CollectorTest, AutomaticCollectionTriggersOnNetNewObjects) {
  static std::atomic<int> triggers{0};
  SetAutoCollectTrigger([] { triggers.fetch_add(1); });
  SetAutoCollectThreshold(500);
  SetAutoCollectEnabled(true);
  Collect();  // resets the counter
  triggers = 0;
  AttachThreadBuffers();
  std::vector<Node*> keep;
  for (int i = 0; i < 3000; ++i) keep.push_back(NewNode());
  FlushThreadBuffers();
  EXPECT_EQ(triggers.load(), 1);  // fired once, until the next collection
  Collect();
  for (Node* n : keep) Drop(n);
  DetachThreadBuffers();
  SetAutoCollectEnabled(false);
  SetAutoCollectThreshold(2000);
  SetAutoCollectTrigger(nullptr);
}

TEST_F(CollectorTest, GrowthRuleAvoidsQuadraticCollections) {
  static std::atomic<int> triggers{0};
  SetAutoCollectTrigger([] { triggers.fetch_add(1); });
  SetAutoCollectThreshold(100);
  SetAutoCollectEnabled(true);
  AttachThreadBuffers();
  std::vector<Node*> keep;
  // A growing live structure: collect whenever the trigger fires.
  int collections = 0;
  for (int i = 0; i < 200000; ++i) {
    keep.push_back(NewNode());
    if (triggers.exchange(0) > 0) {
      Collect();
      ++collections;
    }
  }
  // With the growth rule (a quarter of the survivors), collections grow
  // geometrically apart: a few dozen, not 200000 / 100.
  EXPECT_LT(collections, 60);
  for (Node* n : keep) Drop(n);
  DetachThreadBuffers();
  SetAutoCollectEnabled(false);
  SetAutoCollectThreshold(2000);
  SetAutoCollectTrigger(nullptr);
}

TEST_F(CollectorTest, MutatorsBuildAndDropCyclesWhileCollectionsRun) {
  SetCollectorWorkers(2);
  std::atomic<int> running{4};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&running, t] {
      sp::ThreadRecord rec;
      sp::RegisterThread(&rec);
      AttachThreadBuffers();
      std::mt19937 rng(t);
      std::vector<Node*> mine;
      for (int round = 0; round < 3000; ++round) {
        // Build a small ring, keep some alive for a while, drop the rest.
        Node* first = NewNode();
        Node* prev = first;
        for (int i = 0; i < 5; ++i) {
          Node* n = NewNode();
          Link(prev, n);
          Drop(n);
          prev = n;
        }
        Link(prev, first);
        if (rng() % 4 == 0) {
          mine.push_back(first);
        } else {
          Drop(first);
        }
        if (mine.size() > 50) {
          Drop(mine.front());
          mine.erase(mine.begin());
        }
        if (!sp::Poll(&rec)) break;
      }
      for (Node* n : mine) Drop(n);
      DetachThreadBuffers();
      sp::UnregisterThread(&rec);
      running.fetch_sub(1);
    });
  }
  int collections = 0;
  while (running.load() > 0) {
    Collect();
    ++collections;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  for (auto& t : threads) t.join();
  EXPECT_GT(collections, 0);
  Collect();
  EXPECT_EQ(Live(), 0);
}

}  // namespace
}  // namespace gilectomy::gc
