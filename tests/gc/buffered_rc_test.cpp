// The epoch protocol of buffered reference counting, driven step by step
// (manual mode: the test is the committer) with scripted mutator threads and
// synthetic objects. Each test replays one trail of models/buffered_rc.pml:
// the real build passes them all; the builds with a planted bug
// (GILECTOMY_BUG_RC_*, tests/CMakeLists.txt) each fail one of them.
#include <gtest/gtest.h>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "gc/buffered_rc.h"
#include "gc/refcount.h"
#include "safepoints/safepoints.h"

namespace gilectomy::gc {
namespace {

// A synthetic object: its dealloc records the death and keeps the memory, so
// a use after the free is detected (not a crash).
struct Obj {
  Header header{};
  int64_t checksum = 0x5eed;
  int frees = 0;
};

struct FakeType {
  Header header{};
  TypeHooks hooks;
};
FakeType obj_type;

void ObjDealloc(Header* h) { ++reinterpret_cast<Obj*>(h)->frees; }

std::vector<Obj*>& AllObjs() {
  static std::vector<Obj*> v;
  return v;
}

Obj* NewObj() {
  obj_type.header.flags_ = kImmortal | kIsType;
  obj_type.hooks.dealloc = ObjDealloc;
  auto* o = new Obj();
  InitRefCount(&o->header, 1);
  o->header.type_ = &obj_type.header;
  AllObjs().push_back(o);
  return o;
}

// A registered mutator with logs that runs the commands it is given, one at
// a time, and waits (ATTACHED, or DETACHED after Detach) in between.
class Actor {
 public:
  Actor() : thread_([this] { Run(); }) { Do([] {}); }
  ~Actor() { Exit(); }

  void Do(std::function<void()> fn) {
    std::unique_lock lk(mu_);
    cmd_ = std::move(fn);
    has_cmd_ = true;
    cv_.notify_all();
    cv_.wait(lk, [&] { return !has_cmd_; });
  }
  void Poll() {
    Do([] { (void)sp::Poll(sp::Current()); });
  }
  void Detach() {
    Do([this] { detached_ = new sp::Detached(); });
  }
  void Attach() {
    Do([this] {
      delete detached_;
      detached_ = nullptr;
    });
  }
  // Exits: hands its logs over and unregisters (an exiting thread's acknowledgement).
  void Exit() {
    if (!thread_.joinable()) return;
    {
      std::unique_lock lk(mu_);
      quit_ = true;
      cv_.notify_all();
    }
    thread_.join();
  }

 private:
  void Run() {
    sp::RegisterThread(&rec_);
    rc::AttachThread();
    std::unique_lock lk(mu_);
    for (;;) {
      cv_.wait(lk, [&] { return has_cmd_ || quit_; });
      if (has_cmd_) {
        cmd_();
        has_cmd_ = false;
        cv_.notify_all();
        continue;
      }
      break;
    }
    lk.unlock();
    rc::DetachThread();
    sp::UnregisterThread(&rec_);
  }

  sp::ThreadRecord rec_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::function<void()> cmd_;
  bool has_cmd_ = false;
  bool quit_ = false;
  sp::Detached* detached_ = nullptr;
  std::thread thread_;
};

// The two halves of every trail: `a` loads the slot and takes a counted
// reference; `b` empties the slot and drops the slot's reference.
void TakeCounted(Actor& a, Obj*& slot, Obj*& held) {
  a.Do([&] {
    held = slot;
    Incref(&held->header);
  });
}

void DropSlot(Actor& b, Obj*& slot) {
  b.Do([&] {
    Obj* old = slot;
    slot = nullptr;
    Decref(&old->header);
  });
}

class BufferedRcTest : public ::testing::Test {
 protected:
  void SetUp() override { rc::testing::StartManual(); }
  void TearDown() override {
    rc::testing::StopManual();
    for (Obj* o : AllObjs()) delete o;
    AllObjs().clear();
  }
  // Completes epochs while every attached thread has acknowledged.
  static void Settle(int rounds = 4) {
    for (int i = 0; i < rounds; ++i) {
      if (rc::testing::Announced() == 0) rc::testing::Announce();
      if (!rc::testing::Acknowledged()) return;
      rc::testing::Complete();
    }
  }
};

// models 1(b), NAIVE: A acknowledges epoch 1 and takes a counted reference
// (increment tagged 1); B, still in epoch 0, drops the slot's reference
// (decrement tagged 0) and exits. Epoch 0 completes: the decrement must wait
// for epoch 1, where A's increment comes first.
TEST_F(BufferedRcTest, DecrementsWaitOneEpoch) {
  Obj* x = NewObj();
  Obj* slot = x;
  Actor a, b;
  Obj* held = nullptr;
  rc::testing::Announce();
  a.Poll();  // A acknowledges
  TakeCounted(a, slot, held);
  DropSlot(b, slot);
  b.Exit();
  ASSERT_TRUE(rc::testing::Acknowledged());
  rc::testing::Complete();
  EXPECT_EQ(x->frees, 0) << "freed while A holds a counted reference (decrements applied up to E)";
  int64_t checksum = 0;
  a.Do([&] { checksum = held->checksum; });
  EXPECT_EQ(checksum, 0x5eed);
  a.Do([&] { Decref(&held->header); });
  a.Exit();
  Settle();
  EXPECT_EQ(x->frees, 1);
  EXPECT_EQ(RefCount(&x->header), 0);
}

// The guarantee borrowed references rest on: a reference read without an
// increment stays valid until the reading thread's next safepoint, however
// many epochs the other threads complete meanwhile.
TEST_F(BufferedRcTest, BorrowedReferenceLivesUntilTheBorrowersSafepoint) {
  Obj* x = NewObj();
  Obj* slot = x;
  Actor a, b;
  Obj* borrowed = nullptr;
  a.Do([&] { borrowed = slot; });  // no increment
  DropSlot(b, slot);
  for (int i = 0; i < 5; ++i) {
    if (rc::testing::Announced() == 0) rc::testing::Announce();
    b.Poll();
    if (rc::testing::Acknowledged()) rc::testing::Complete();
  }
  EXPECT_EQ(x->frees, 0) << "freed before the borrowing thread reached a safepoint";
  int64_t checksum = 0;
  a.Do([&] { checksum = borrowed->checksum; });
  EXPECT_EQ(checksum, 0x5eed);
  for (int i = 0; i < 4; ++i) {
    if (rc::testing::Announced() == 0) rc::testing::Announce();
    a.Poll();
    b.Poll();
    if (rc::testing::Acknowledged()) rc::testing::Complete();
  }
  EXPECT_EQ(x->frees, 1) << "never freed after the borrower's safepoint";
}

// models 1(d): B detaches; while it is away the commit thread completes
// epochs (a detached thread counts as acknowledged). Then B re-attaches, A
// takes a counted reference in the newest epoch and B drops the slot's.
// B must log that decrement in the current epoch, not its old one.
void DetachedEpochsThenRace(Actor& a, Actor& b, Obj* x, Obj*& slot, Obj*& held) {
  b.Detach();
  for (int i = 0; i < 3; ++i) {
    if (rc::testing::Announced() == 0) rc::testing::Announce();
    a.Poll();
    if (rc::testing::Acknowledged()) rc::testing::Complete();
  }
  rc::testing::Announce();
  b.Attach();
  a.Poll();
  TakeCounted(a, slot, held);
  DropSlot(b, slot);
  b.Poll();  // hands B's log over (and acknowledges)
  if (rc::testing::Acknowledged()) rc::testing::Complete();
  (void)x;
}

TEST_F(BufferedRcTest, ReattachLoadsTheCurrentEpoch) {
  Obj* x = NewObj();
  Obj* slot = x;
  Obj* held = nullptr;
  Actor a, b;
  DetachedEpochsThenRace(a, b, x, slot, held);
  EXPECT_EQ(x->frees, 0) << "freed while A holds it: the re-attached thread logged in a stale epoch";
  a.Do([&] { Decref(&held->header); });
  a.Exit();
  b.Exit();
  Settle();
  EXPECT_EQ(x->frees, 1);
}

// models 1(d), RACY_REATTACH: in the window between the re-attaching
// thread's load of the global epoch and its store, the committer completes
// every epoch it can. With ATTACHED published first, it cannot complete any
// (B is attached and has not acknowledged); with the racy order it sees B
// detached and moves on, and B then logs in an epoch long complete.
Actor* gap_a = nullptr;
void AdvanceInGap() {
  for (int i = 0; i < 3; ++i) {
    if (rc::testing::Announced() == 0) rc::testing::Announce();
    gap_a->Poll();
    if (!rc::testing::Acknowledged()) return;
    rc::testing::Complete();
  }
  rc::testing::Announce();
}

TEST_F(BufferedRcTest, ReattachPublishesAttachedBeforeLoadingTheEpoch) {
  Obj* x = NewObj();
  Obj* slot = x;
  Obj* held = nullptr;
  Actor a, b;
  gap_a = &a;
  b.Detach();
  rc::testing::SetReattachGapHook(AdvanceInGap);
  b.Attach();
  rc::testing::SetReattachGapHook(nullptr);
  a.Poll();
  TakeCounted(a, slot, held);
  DropSlot(b, slot);
  b.Poll();
  for (int i = 0; i < 2; ++i) {
    if (rc::testing::Announced() == 0) rc::testing::Announce();
    b.Poll();
    if (rc::testing::Acknowledged()) rc::testing::Complete();
  }
  EXPECT_EQ(x->frees, 0) << "freed while A holds it: the re-attaching thread read the epoch before it was ATTACHED";
  a.Do([&] { Decref(&held->header); });
  a.Exit();
  b.Exit();
  Settle();
  EXPECT_EQ(x->frees, 1);
}

// Many threads, many objects: every increment and decrement is applied
// exactly once, nothing is freed early, everything is freed in the end.
TEST_F(BufferedRcTest, ManyThreadsCountsBalance) {
  constexpr int kObjs = 64;
  std::vector<Obj*> objs;
  for (int i = 0; i < kObjs; ++i) objs.push_back(NewObj());
  std::vector<std::unique_ptr<Actor>> actors;
  for (int t = 0; t < 4; ++t) actors.push_back(std::make_unique<Actor>());
  for (int round = 0; round < 20; ++round) {
    for (auto& a : actors) {
      a->Do([&] {
        for (Obj* o : objs) Incref(&o->header);
        for (Obj* o : objs) Decref(&o->header);
      });
      if (round % 3 == 0) a->Poll();
    }
    if (rc::testing::Announced() == 0) rc::testing::Announce();
    if (rc::testing::Acknowledged()) rc::testing::Complete();
    for (Obj* o : objs) ASSERT_EQ(o->frees, 0);
  }
  for (auto& a : actors) a->Exit();
  Settle();
  for (Obj* o : objs) {
    EXPECT_EQ(RefCount(&o->header), 1);
    EXPECT_EQ(o->frees, 0);
  }
}

// With the real commit thread: each exclusive scope finds every log applied,
// the ones handed over just before it included, however quickly scopes
// follow one another (a scope that found the commit thread still paused from
// the previous one once skipped the drain).
TEST(BufferedRcCommitThread, EveryExclusiveScopeDrains) {
  rc::SetConfig(rc::Config{64, 50, false});  // small chunks, short epochs, no solo mode
  rc::Start();
  Obj* x = NewObj();
  Actor a;
  int64_t expected = 1;
  int stale = 0;
  a.Do([&] {
    for (int i = 0; i < 2000; ++i) {
      sp::StopTheWorld();
      {
        rc::ExclusiveScope ex;
        if (RefCount(&x->header) != expected) ++stale;
      }
      sp::StartTheWorld();
      Incref(&x->header);  // logged: the next scope must find it applied
      ++expected;
    }
    sp::StopTheWorld();
    {
      rc::ExclusiveScope ex;
      for (int64_t i = 1; i < expected; ++i) Decref(&x->header);  // direct: the holder writes
    }
    sp::StartTheWorld();
  });
  a.Exit();
  rc::Stop();
  rc::SetConfig(rc::Config{});
  EXPECT_EQ(stale, 0) << "exclusive scopes that read counts with logs still unapplied";
  EXPECT_EQ(RefCount(&x->header), 1);
  EXPECT_EQ(x->frees, 0);
  for (Obj* o : AllObjs()) delete o;
  AllObjs().clear();
}

}  // namespace
}  // namespace gilectomy::gc
