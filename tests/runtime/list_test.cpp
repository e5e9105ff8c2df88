// Tests for list (runtime/objects/list.cpp): growth, slices, sort.
// Expected reprs and messages come from python3 (3.11).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "tests/runtime/runtime_test_util.h"

namespace gilectomy::rt {
namespace {

class ListTest : public test_util::RuntimeTest {};

Ref I(int64_t v) { return IntFromInt64(v); }
Ref S(std::string_view s) { return StrFromUtf8(s); }

std::string ReprOf(Value v) {
  std::string out;
  if (!ReprText(v, &out)) return "<error>";
  return out;
}

std::string TakeError() {
  if (!ErrorOccurred()) return "<no error>";
  Ref e = FetchError();
  Ref s = ExceptionStr(e.get());
  return std::string(TypeName(e.get())) + ": " + std::string(StrView(s.get()));
}

Ref Range(int64_t n) {
  Ref l = NewList();
  for (int64_t i = 0; i < n; i++) {
    Ref v = I(i);
    ListAppend(l.get(), v.get());
  }
  return l;
}

Ref Slice(Value a, Value b, Value c) { return NewSlice(a, b, c); }

Ref Method(Value obj, const char* name, std::initializer_list<Value> args) {
  return CallMethod(obj, name, args.begin(), args.size());
}

TEST_F(ListTest, AppendPopInsert) {
  Ref l = NewList();
  for (int i = 0; i < 10000; i++) {
    Ref v = I(i);
    ASSERT_EQ(ListAppend(l.get(), v.get()), 0);
  }
  EXPECT_EQ(ListSize(l.get()), 10000);
  EXPECT_GE(As<ListObject>(l.get())->capacity, 10000);
  for (int i = 9999; i >= 5000; i--) {
    Ref v = Method(l.get(), "pop", {});
    int64_t x;
    ASSERT_TRUE(IntAsInt64(v.get(), &x));
    ASSERT_EQ(x, i);
  }
  EXPECT_LT(As<ListObject>(l.get())->capacity, 10000);  // shrank
  Ref zero = I(0), m1 = I(-1), big = I(100), mbig = I(-100);
  Ref a = S("a"), b = S("b"), c = S("c");
  Ref small = Range(3);
  Method(small.get(), "insert", {zero.get(), a.get()});
  Method(small.get(), "insert", {m1.get(), b.get()});
  Method(small.get(), "insert", {big.get(), c.get()});
  Method(small.get(), "insert", {mbig.get(), c.get()});
  EXPECT_EQ(ReprOf(small.get()), "['c', 'a', 0, 1, 'b', 2, 'c']");
  Ref e = NewList();
  EXPECT_FALSE(Method(e.get(), "pop", {}));
  EXPECT_EQ(TakeError(), "IndexError: pop from empty list");
  EXPECT_FALSE(Method(small.get(), "pop", {big.get()}));
  EXPECT_EQ(TakeError(), "IndexError: pop index out of range");
  Ref nine = I(9);
  EXPECT_FALSE(Method(small.get(), "index", {nine.get()}));
  EXPECT_EQ(TakeError(), "ValueError: 9 is not in list");
  EXPECT_FALSE(Method(small.get(), "remove", {nine.get()}));
  EXPECT_EQ(TakeError(), "ValueError: list.remove(x): x not in list");
  Ref cnt = Method(small.get(), "count", {c.get()});
  EXPECT_EQ(ReprOf(cnt.get()), "2");
}

TEST_F(ListTest, SlicesGetSetDel) {
  Ref l = Range(10);
  Ref two = I(2), five = I(5), m1 = I(-1), m2 = I(-2), three = I(3), eight = I(8);
  Ref s1 = Slice(two.get(), five.get(), None());
  EXPECT_EQ(ReprOf(GetItem(l.get(), s1.get()).get()), "[2, 3, 4]");
  Ref rev = Slice(None(), None(), m1.get());
  EXPECT_EQ(ReprOf(GetItem(l.get(), rev.get()).get()), "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
  Ref s2 = Slice(eight.get(), two.get(), m2.get());
  EXPECT_EQ(ReprOf(GetItem(l.get(), s2.get()).get()), "[8, 6, 4]");

  // Simple slice assignment, growing and shrinking, and from itself.
  Ref x = S("x");
  Ref one_item = MakeTuple({x.get()});
  ASSERT_EQ(SetItem(l.get(), s1.get(), one_item.get()), 0);
  EXPECT_EQ(ReprOf(l.get()), "[0, 1, 'x', 5, 6, 7, 8, 9]");
  Ref f = Range(3);
  Ref one = I(1);
  Ref mid = Slice(one.get(), two.get(), None());
  ASSERT_EQ(SetItem(f.get(), mid.get(), f.get()), 0);
  EXPECT_EQ(ReprOf(f.get()), "[0, 0, 1, 2, 2]");

  // Extended slices.
  Ref c = Range(10);
  Ref every2 = Slice(None(), None(), two.get());
  Ref abcde = S("abcde");
  ASSERT_EQ(SetItem(c.get(), every2.get(), abcde.get()), 0);
  EXPECT_EQ(ReprOf(c.get()), "['a', 1, 'b', 3, 'c', 5, 'd', 7, 'e', 9]");
  Ref pair = Range(2);
  EXPECT_EQ(SetItem(c.get(), every2.get(), pair.get()), -1);
  EXPECT_EQ(TakeError(),
            "ValueError: attempt to assign sequence of size 2 to extended slice of size 5");
  EXPECT_EQ(SetItem(c.get(), mid.get(), five.get()), -1);
  EXPECT_EQ(TakeError(), "TypeError: can only assign an iterable");
  Ref d = Range(10);
  Ref every3 = Slice(None(), None(), three.get());
  ASSERT_EQ(DelItem(d.get(), every3.get()), 0);
  EXPECT_EQ(ReprOf(d.get()), "[1, 2, 4, 5, 7, 8]");
  ASSERT_EQ(DelItem(d.get(), rev.get()), 0);
  EXPECT_EQ(ReprOf(d.get()), "[]");
  Ref big = I(20);
  EXPECT_EQ(DelItem(c.get(), big.get()), -1);
  EXPECT_EQ(TakeError(), "IndexError: list assignment index out of range");
  EXPECT_FALSE(GetItem(c.get(), big.get()));
  EXPECT_EQ(TakeError(), "IndexError: list index out of range");
  EXPECT_FALSE(GetItem(c.get(), x.get()));
  EXPECT_EQ(TakeError(), "TypeError: list indices must be integers or slices, not str");
}

TEST_F(ListTest, OperatorsAndRepr) {
  Ref a = Range(2), b = Range(3);
  Ref sum = BinaryOp(a.get(), b.get(), BinOp::kAdd);
  EXPECT_EQ(ReprOf(sum.get()), "[0, 1, 0, 1, 2]");
  Ref three = I(3);
  Ref rep = BinaryOp(three.get(), a.get(), BinOp::kMul);
  EXPECT_EQ(ReprOf(rep.get()), "[0, 1, 0, 1, 0, 1]");
  Ref t = MakeTuple({three.get()});
  EXPECT_FALSE(BinaryOp(a.get(), t.get(), BinOp::kAdd));
  EXPECT_EQ(TakeError(), "TypeError: can only concatenate list (not \"tuple\") to list");
  EXPECT_FALSE(BinaryOp(a.get(), t.get(), BinOp::kMul));
  EXPECT_EQ(TakeError(), "TypeError: can't multiply sequence by non-int of type 'tuple'");
  Ref r = ListInplaceConcat(a.get(), t.get());
  EXPECT_EQ(r.get(), a.get());
  EXPECT_EQ(ReprOf(a.get()), "[0, 1, 3]");
  EXPECT_EQ(RichCompareBool(a.get(), b.get(), CompareOp::kGt), 1);
  EXPECT_EQ(RichCompareBool(b.get(), sum.get(), CompareOp::kGt), 1);  // 2 > 0 decides
  // Recursive repr.
  ListAppend(b.get(), b.get());
  EXPECT_EQ(ReprOf(b.get()), "[0, 1, 2, [...]]");
  Method(b.get(), "clear", {});
  // Iteration sees appends.
  Ref l = Range(1);
  Ref it = GetIter(l.get());
  int seen = 0;
  for (Ref x = IterNext(it.get()); x; x = IterNext(it.get())) {
    if (++seen < 5) ListAppend(l.get(), x.get());
  }
  EXPECT_EQ(seen, 5);
  Ref rv = NewReversedListIter(l.get());
  EXPECT_EQ(ReprOf(ListFromIterable(rv.get()).get()), "[0, 0, 0, 0, 0]");
}

TEST_F(ListTest, SortStableWithKeys) {
  // Sort the tags 0..1999 with key = groups.__getitem__ (group of each tag
  // in 0..9): equal keys must keep the tags in input order.
  std::mt19937 rng(7);
  std::vector<std::pair<int, int>> model;  // (group, tag)
  Ref groups = NewList();
  for (int i = 0; i < 2000; i++) {
    int k = static_cast<int>(rng() % 10);
    model.push_back({k, i});
    Ref v = I(k);
    ListAppend(groups.get(), v.get());
  }
  Ref key = GetAttrStr(groups.get(), "__getitem__");
  ASSERT_TRUE(key);
  Ref tags = Range(2000);
  ASSERT_EQ(ListSort(tags.get(), key.get(), false), 0);
  std::vector<std::pair<int, int>> expect = model;
  std::stable_sort(expect.begin(), expect.end(),
                   [](auto& x, auto& y) { return x.first < y.first; });
  for (int i = 0; i < 2000; i++) {
    int64_t tag;
    ASSERT_TRUE(IntAsInt64(ListItem(tags.get(), i), &tag));
    ASSERT_EQ(tag, expect[i].second) << i;
  }
  // reverse=True keeps equal items in their original order too.
  Ref tags2 = Range(2000);
  ASSERT_EQ(ListSort(tags2.get(), key.get(), true), 0);
  std::stable_sort(model.begin(), model.end(),
                   [](auto& x, auto& y) { return x.first > y.first; });
  for (int i = 0; i < 2000; i++) {
    int64_t tag;
    ASSERT_TRUE(IntAsInt64(ListItem(tags2.get(), i), &tag));
    ASSERT_EQ(tag, model[i].second) << i;
  }
}

TEST_F(ListTest, SortHundredThousandRandomInts) {
  std::mt19937_64 rng(123);
  std::vector<int64_t> values;
  Ref l = NewList();
  for (int i = 0; i < 100000; i++) {
    int64_t v = static_cast<int64_t>(rng() % 2000001) - 1000000;
    if (i % 1000 == 0) v *= int64_t{1} << 40;  // a few big values
    values.push_back(v);
    Ref x = I(v);
    ListAppend(l.get(), x.get());
  }
  ASSERT_EQ(ListSort(l.get(), Value(), false), 0);
  std::sort(values.begin(), values.end());
  for (int i = 0; i < 100000; i++) {
    int64_t v;
    ASSERT_TRUE(IntAsInt64(ListItem(l.get(), i), &v));
    ASSERT_EQ(v, values[i]) << i;
  }
}

TEST_F(ListTest, SortErrors) {
  Ref l = NewList();
  Ref three = I(3), a = S("a"), one = I(1);
  ListAppend(l.get(), three.get());
  ListAppend(l.get(), a.get());
  ListAppend(l.get(), one.get());
  EXPECT_EQ(ListSort(l.get(), Value(), false), -1);
  EXPECT_EQ(TakeError(), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(ListSize(l.get()), 3);  // items kept
  // A key function that appends to the list being sorted.
  Ref victim = Range(5);
  Ref append = GetAttrStr(victim.get(), "append");
  EXPECT_EQ(ListSort(victim.get(), append.get(), false), -1);
  // append returns None; comparing None < None fails first.
  EXPECT_EQ(TakeError(),
            "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
  EXPECT_EQ(ReprOf(victim.get()), "[0, 1, 2, 3, 4]");
}

TEST_F(ListTest, SortDetectsMutation) {
  // key = single.extend: extends the list being sorted (empty during the
  // sort) and returns None; with one item no comparison happens, so the
  // mutation check reports the problem.
  Ref zero = I(0);
  Ref t = MakeTuple({zero.get()});
  Ref single = NewList();
  ListAppend(single.get(), t.get());
  Ref extend = GetAttrStr(single.get(), "extend");
  EXPECT_EQ(ListSort(single.get(), extend.get(), false), -1);
  EXPECT_EQ(TakeError(), "ValueError: list modified during sort");
  EXPECT_EQ(ListSize(single.get()), 1);
}

}  // namespace
}  // namespace gilectomy::rt
