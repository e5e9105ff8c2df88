// Tests for the tagged Value word and Ref ownership (runtime/value.h) as the
// int implementation uses them: small-int range edges, boxing outside the
// range, normalisation of results back into small ints, identity, and the
// singletons.
#include <gtest/gtest.h>

#include <cstdint>

#include "gc/refcount.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"

namespace gilectomy::rt {
namespace {

class ValueTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { InitRuntimeForTesting(); }
};

TEST_F(ValueTest, SmallIntRangeEdges) {
  static_assert(kSmallIntMax == (int64_t{1} << 61) - 1);
  static_assert(kSmallIntMin == -(int64_t{1} << 61));
  static_assert(Value::FitsSmallInt(kSmallIntMax) && Value::FitsSmallInt(kSmallIntMin));
  static_assert(!Value::FitsSmallInt(kSmallIntMax + 1) && !Value::FitsSmallInt(kSmallIntMin - 1));
  for (int64_t v : {int64_t{0}, int64_t{1}, int64_t{-1}, kSmallIntMax, kSmallIntMin,
                    kSmallIntMax - 1, kSmallIntMin + 1}) {
    Value s = Value::SmallInt(v);
    EXPECT_TRUE(s.is_small_int()) << v;
    EXPECT_FALSE(s.is_object());
    EXPECT_FALSE(s.is_null());
    EXPECT_EQ(s.small_int(), v);
    EXPECT_EQ(s.raw() & 1u, 1u);
    EXPECT_EQ(s.type(), &IntType);
  }
  // The sum of two small ints never overflows int64_t.
  int64_t sum;
  EXPECT_FALSE(__builtin_add_overflow(kSmallIntMax, kSmallIntMax, &sum));
  EXPECT_FALSE(__builtin_sub_overflow(kSmallIntMin, kSmallIntMax, &sum));
}

TEST_F(ValueTest, NullValue) {
  Value v;
  EXPECT_TRUE(v.is_null());
  EXPECT_FALSE(v.is_object());
  EXPECT_FALSE(v.is_small_int());
  EXPECT_FALSE(static_cast<bool>(v));
  Ref r;
  EXPECT_TRUE(r.is_null());
}

TEST_F(ValueTest, IntsOutsideTheRangeAreBoxed) {
  for (int64_t v : {kSmallIntMax + 1, kSmallIntMin - 1, INT64_MAX, INT64_MIN}) {
    Ref r = IntFromInt64(v);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r.get().is_object()) << v;
    EXPECT_EQ(r.type(), &IntType);
    EXPECT_TRUE(IsInt(r.get()));
    int64_t back;
    ASSERT_TRUE(IntAsInt64(r.get(), &back));
    EXPECT_EQ(back, v);
  }
  EXPECT_TRUE(IntFromInt64(kSmallIntMax).get().is_small_int());
  EXPECT_TRUE(IntFromInt64(kSmallIntMin).get().is_small_int());
  EXPECT_TRUE(IntFromUint64(static_cast<uint64_t>(kSmallIntMax)).get().is_small_int());
  EXPECT_TRUE(IntFromUint64(static_cast<uint64_t>(kSmallIntMax) + 1).get().is_object());
}

TEST_F(ValueTest, ResultsAreNormalisedToSmallInts) {
  Ref big = IntAdd(Value::SmallInt(kSmallIntMax), Value::SmallInt(1));
  ASSERT_TRUE(big.get().is_object());
  EXPECT_EQ(IntSub(big.get(), Value::SmallInt(1)).get(), Value::SmallInt(kSmallIntMax));
  EXPECT_EQ(IntSub(big.get(), big.get()).get(), Value::SmallInt(0));
  Ref huge = IntMul(big.get(), big.get());
  EXPECT_EQ(IntFloorDiv(huge.get(), big.get()).get().is_small_int(), false);  // 2**61
  Ref q = IntFloorDiv(huge.get(), huge.get());
  EXPECT_EQ(q.get(), Value::SmallInt(1));
  EXPECT_EQ(IntMod(huge.get(), Value::SmallInt(7)).get().is_small_int(), true);
  EXPECT_EQ(IntFromString("-2305843009213693952", 10).get(), Value::SmallInt(kSmallIntMin));
  EXPECT_TRUE(IntFromString("2305843009213693952", 10).get().is_object());
  EXPECT_EQ(IntFromDouble(1e18).get(), Value::SmallInt(1000000000000000000));
  EXPECT_EQ(BinaryOp(big.get(), big.get(), BinOp::kXor).get(), Value::SmallInt(0));
  EXPECT_EQ(BinaryOp(huge.get(), Value::SmallInt(122), BinOp::kRShift).get(), Value::SmallInt(1));
}

TEST_F(ValueTest, SmallIntIdentityAndRefcounts) {
  // Small ints are the same Value whatever produced them, and carry no reference.
  EXPECT_EQ(IntFromInt64(42).get(), Value::SmallInt(42));
  EXPECT_EQ(IntAdd(Value::SmallInt(40), Value::SmallInt(2)).get(), Value::SmallInt(42));
  Ref a = Ref::SmallInt(7);
  Ref b = a;
  EXPECT_EQ(a.get(), b.get());

  Ref big = IntFromInt64(INT64_MAX);
  ASSERT_TRUE(big.get().is_object());
  EXPECT_EQ(gc::RefCount(big.obj()), 1);
  {
    Ref copy = big;
    EXPECT_EQ(gc::RefCount(big.obj()), 2);
    Ref moved = std::move(copy);
    EXPECT_EQ(gc::RefCount(big.obj()), 2);
  }
  EXPECT_EQ(gc::RefCount(big.obj()), 1);
  // Two equal big ints are equal but distinct objects.
  Ref other = IntFromInt64(INT64_MAX);
  EXPECT_NE(other.get(), big.get());
  EXPECT_EQ(IntCompare(other.get(), big.get()), 0);
  EXPECT_EQ(RichCompareBool(other.get(), big.get(), CompareOp::kEq), 1);
  // +x of an exact int is x itself.
  EXPECT_EQ(Positive(big.get()).get(), big.get());
}

TEST_F(ValueTest, Singletons) {
  for (Value v : {None(), True(), False()}) {
    EXPECT_TRUE(v.is_object());
    EXPECT_FALSE(v.is_small_int());
    EXPECT_TRUE(v.obj()->immortal());
  }
  EXPECT_NE(True(), False());
  EXPECT_EQ(True().type(), &BoolType);
  EXPECT_EQ(None().type(), &NoneType);
  EXPECT_TRUE(IsInt(True()));
  EXPECT_TRUE(IsBool(False()));
  EXPECT_FALSE(IsBool(Value::SmallInt(1)));
  EXPECT_FALSE(IsInt(None()));
  EXPECT_EQ(Bool(true), True());
  EXPECT_EQ(IntSign(True()), 1);
  EXPECT_EQ(IntSign(False()), 0);
  EXPECT_EQ(IntHash(True()), 1);
  Ref f = FloatFromDouble(1.0);
  EXPECT_FALSE(IsInt(f.get()));
  EXPECT_EQ(f.type(), &FloatType);
  EXPECT_TRUE(IsNotImplemented(IntAdd(Value::SmallInt(1), f.get()).get()));
}

}  // namespace
}  // namespace gilectomy::rt
