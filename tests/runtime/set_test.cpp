// Tests for set and frozenset (runtime/objects/set.cpp): iteration order and
// hashes must equal CPython 3.11's; the expected values come from python3.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/set.h"
#include "tests/runtime/runtime_test_util.h"

namespace gilectomy::rt {
namespace {

class SetTest : public test_util::RuntimeTest {};

std::string ReprOf(Value v) {
  std::string out;
  EXPECT_TRUE(ReprText(v, &out));
  return out;
}

Ref SetOfRange(int64_t start, int64_t stop, int64_t step) {
  Ref s = NewSet();
  for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
    EXPECT_EQ(SetAdd(s.get(), Value::SmallInt(i)), 0);
  }
  return s;
}

TEST_F(SetTest, InsertionOrderMatchesCPython) {
  Ref s = SetOfRange(40, 0, -3);
  EXPECT_EQ(ReprOf(s.get()), "{1, 34, 4, 37, 7, 40, 10, 13, 16, 19, 22, 25, 28, 31}");
}

TEST_F(SetTest, DummySlotsAreReusedLikeCPython) {
  Ref s = SetOfRange(64, 114, 1);
  for (int64_t k : {0, 128, 256, 384}) ASSERT_EQ(SetAdd(s.get(), Value::SmallInt(k)), 0);
  EXPECT_EQ(SetDiscard(s.get(), Value::SmallInt(0)), 1);
  EXPECT_EQ(SetDiscard(s.get(), Value::SmallInt(128)), 1);
  EXPECT_EQ(SetDiscard(s.get(), Value::SmallInt(128)), 0);
  ASSERT_EQ(SetAdd(s.get(), Value::SmallInt(512)), 0);
  ASSERT_EQ(SetAdd(s.get(), Value::SmallInt(640)), 0);
  std::vector<int64_t> multiples;
  int64_t pos = 0;
  Value key;
  while (SetNext(s.get(), &pos, &key)) {
    if (key.small_int() % 128 == 0) multiples.push_back(key.small_int());
  }
  EXPECT_EQ(multiples, (std::vector<int64_t>{640, 512, 256, 384}));
}

TEST_F(SetTest, OperatorsKeepCPythonOrder) {
  Ref a = SetOfRange(0, 300, 7), b = SetOfRange(0, 300, 5);
  Ref both = BinaryOp(a.get(), b.get(), BinOp::kAnd);
  ASSERT_TRUE(both);
  EXPECT_EQ(ReprOf(both.get()), "{0, 35, 70, 105, 140, 175, 210, 245, 280}");
  Ref nine = NewSet(), one = NewSet();
  ASSERT_EQ(SetAdd(nine.get(), Value::SmallInt(9)), 0);
  ASSERT_EQ(SetAdd(one.get(), Value::SmallInt(1)), 0);
  Ref x = BinaryOp(nine.get(), one.get(), BinOp::kXor);
  ASSERT_TRUE(x);
  EXPECT_EQ(ReprOf(x.get()), "{1, 9}");
}

TEST_F(SetTest, FrozenSetHashMatchesCPython) {
  Ref empty = NewFrozenSet();
  EXPECT_EQ(Hash(empty.get()), 133146708735736);
  Ref items = NewList();
  for (int64_t i : {3, 1, 2}) ListAppend(items.get(), Value::SmallInt(i));
  Ref f = NewFrozenSet(items.get());
  EXPECT_EQ(Hash(f.get()), -272375401224217160);
  Ref s = NewSet(items.get());
  EXPECT_EQ(Hash(s.get()), -1);
  EXPECT_TRUE(ErrorMatches(TypeErrorType()));
  ClearError();
}

TEST_F(SetTest, SetKeysAreLookedUpAsFrozenSets) {
  Ref items = NewList();
  ListAppend(items.get(), Value::SmallInt(1));
  Ref inner = NewFrozenSet(items.get());
  Ref outer = NewSet();
  ASSERT_EQ(SetAdd(outer.get(), inner.get()), 0);
  Ref probe = NewSet(items.get());
  EXPECT_EQ(SetContains(outer.get(), probe.get()), 1);
  EXPECT_EQ(SetDiscard(outer.get(), probe.get()), 1);
  EXPECT_EQ(SetSize(outer.get()), 0);
  EXPECT_EQ(SetAdd(outer.get(), items.get()), -1);  // a list is unhashable
  EXPECT_TRUE(ErrorMatches(TypeErrorType()));
  ClearError();
}

}  // namespace
}  // namespace gilectomy::rt
