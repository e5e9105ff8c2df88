// Tests for dict (runtime/objects/dict.cpp), its views and iterators, and
// tuple/range/slice basics (tuple.cpp, range.cpp). Expected hashes and
// reprs come from python3 (3.11).
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iter.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "tests/runtime/runtime_test_util.h"

namespace gilectomy::rt {
namespace {

class DictTest : public test_util::RuntimeTest {};

Ref I(int64_t v) { return IntFromInt64(v); }
Ref S(std::string_view s) { return StrFromUtf8(s); }

std::string ReprOf(Value v) {
  std::string out;
  if (!ReprText(v, &out)) {
    Ref e = FetchError();
    std::string m;
    ReprText(e.get(), &m);
    return "<error " + m + ">";
  }
  return out;
}

// "ExcType: message" for the pending exception; clears it.
std::string TakeError() {
  if (!ErrorOccurred()) return "<no error>";
  Ref e = FetchError();
  Ref s = ExceptionStr(e.get());
  return std::string(TypeName(e.get())) + ": " + std::string(StrView(s.get()));
}

int64_t AsI64(Value v) {
  int64_t out = 0;
  EXPECT_TRUE(IntAsInt64(v, &out));
  return out;
}

Ref Get(Value d, Value key) {
  Ref out;
  int k = DictLookup(d, key, &out);
  EXPECT_GE(k, 0);
  return out;
}

std::vector<int64_t> IntKeys(Value d) {
  std::vector<int64_t> keys;
  int64_t pos = 0;
  Value k, v;
  while (DictNext(d, &pos, &k, &v)) keys.push_back(AsI64(k));
  return keys;
}

TEST_F(DictTest, InsertLookupDeleteManyWithResizes) {
  Ref d = NewDict();
  std::map<int64_t, int64_t> model;
  std::mt19937_64 rng(42);
  for (int round = 0; round < 20000; round++) {
    int64_t key = static_cast<int64_t>(rng() % 3000) - 1500;
    if (rng() % 3 == 0) {
      Ref k = I(key);
      int rc = DictDelItem(d.get(), k.get());
      if (model.erase(key)) {
        ASSERT_EQ(rc, 0);
      } else {
        ASSERT_EQ(rc, -1);
        ASSERT_EQ(TakeError(), "KeyError: " + std::to_string(key));
      }
    } else {
      Ref k = I(key), v = I(round);
      ASSERT_EQ(DictSetItem(d.get(), k.get(), v.get()), 0);
      model[key] = round;
    }
    ASSERT_EQ(DictSize(d.get()), static_cast<int64_t>(model.size()));
  }
  for (int64_t key = -1500; key < 1500; key++) {
    Ref k = I(key);
    Ref v = Get(d.get(), k.get());
    auto it = model.find(key);
    if (it == model.end()) {
      EXPECT_FALSE(v);
    } else {
      ASSERT_TRUE(v);
      EXPECT_EQ(AsI64(v.get()), it->second);
    }
  }
}

TEST_F(DictTest, InsertionOrderSurvivesDeletesAndResizes) {
  Ref d = NewDict();
  std::vector<int64_t> expected;
  for (int64_t i = 0; i < 1000; i++) {
    Ref k = I(i * 7919 % 1000), v = I(i);
    DictSetItem(d.get(), k.get(), v.get());
    expected.push_back(i * 7919 % 1000);
  }
  std::vector<int64_t> kept;
  for (int64_t key : expected) {
    if (key % 3 == 0) {
      Ref k = I(key);
      ASSERT_EQ(DictDelItem(d.get(), k.get()), 0);
    } else {
      kept.push_back(key);
    }
  }
  // Re-inserting an existing key keeps its place; a deleted key goes last.
  Ref k1 = I(kept[0]), v = I(-1), k0 = I(0);
  DictSetItem(d.get(), k1.get(), v.get());
  DictSetItem(d.get(), k0.get(), v.get());
  kept.push_back(0);
  for (int i = 0; i < 500; i++) {  // force more resizes
    Ref k = I(100000 + i);
    DictSetItem(d.get(), k.get(), v.get());
    kept.push_back(100000 + i);
  }
  EXPECT_EQ(IntKeys(d.get()), kept);
}

TEST_F(DictTest, StrAndIntKeysInterned) {
  Ref d = NewDict();
  Value name = Intern("spam");
  Ref one = I(1);
  ASSERT_EQ(DictSetItem(d.get(), name, one.get()), 0);
  EXPECT_EQ(DictGetStr(d.get(), name), one.get());
  // A non-interned equal str finds the same entry.
  Ref other = S("spam");
  EXPECT_EQ(AsI64(Get(d.get(), other.get()).get()), 1);
  EXPECT_EQ(DictGetCStr(d.get(), "spam"), one.get());
  EXPECT_FALSE(DictGetCStr(d.get(), "eggs"));
  ASSERT_EQ(DictSetCStr(d.get(), "eggs", name), 0);
  EXPECT_EQ(DictGetStr(d.get(), Intern("eggs")), name);
  // 1, 1.0-like ints and True share a key.
  Ref t = Ref::New(True());
  ASSERT_EQ(DictSetItem(d.get(), one.get(), t.get()), 0);
  ASSERT_EQ(DictSetItem(d.get(), True(), one.get()), 0);
  EXPECT_EQ(DictSize(d.get()), 3);
  EXPECT_EQ(ReprOf(d.get()), "{'spam': 1, 'eggs': 'spam', 1: 1}");
}

TEST_F(DictTest, HashCollisionsBetweenDistinctInts) {
  // Ints that differ by 2**61 - 1 have equal hashes.
  const int64_t kMod = (int64_t{1} << 61) - 1;
  Ref d = NewDict();
  std::vector<Ref> keys;
  for (int64_t i = 0; i < 4; i++) {
    Ref a = I(7);
    Ref m = I(kMod);
    Ref f = I(i);
    Ref p = IntMul(m.get(), f.get());
    keys.push_back(IntAdd(a.get(), p.get()));
  }
  for (size_t i = 0; i < keys.size(); i++) {
    EXPECT_EQ(Hash(keys[i].get()), 7);
    Ref v = I(static_cast<int64_t>(i));
    ASSERT_EQ(DictSetItem(d.get(), keys[i].get(), v.get()), 0);
  }
  EXPECT_EQ(DictSize(d.get()), 4);
  for (size_t i = 0; i < keys.size(); i++) {
    EXPECT_EQ(AsI64(Get(d.get(), keys[i].get()).get()), static_cast<int64_t>(i));
  }
  ASSERT_EQ(DictDelItem(d.get(), keys[1].get()), 0);
  EXPECT_FALSE(Get(d.get(), keys[1].get()));
  EXPECT_EQ(AsI64(Get(d.get(), keys[3].get()).get()), 3);
  EXPECT_EQ(ReprOf(d.get()),
            "{7: 0, 4611686018427387909: 2, 6917529027641081860: 3}");
}

TEST_F(DictTest, UnhashableKeyAndMissingKeyErrors) {
  Ref d = NewDict();
  Ref l = NewList();
  Ref one = I(1);
  EXPECT_EQ(DictSetItem(d.get(), l.get(), one.get()), -1);
  EXPECT_EQ(TakeError(), "TypeError: unhashable type: 'list'");
  Ref k = S("nope");
  EXPECT_FALSE(GetItem(d.get(), k.get()));
  EXPECT_EQ(TakeError(), "KeyError: 'nope'");
  Ref t = MakeTuple({one.get(), l.get()});
  EXPECT_EQ(Contains(d.get(), t.get()), -1);
  EXPECT_EQ(TakeError(), "TypeError: unhashable type: 'list'");
}

TEST_F(DictTest, ViewsAndIteration) {
  Ref d = NewDict();
  for (int i = 0; i < 3; i++) {
    Ref k = S(std::string(1, static_cast<char>('a' + i))), v = I(i);
    DictSetItem(d.get(), k.get(), v.get());
  }
  Ref keys = CallMethod(d.get(), "keys", nullptr, 0);
  Ref values = CallMethod(d.get(), "values", nullptr, 0);
  Ref items = CallMethod(d.get(), "items", nullptr, 0);
  ASSERT_TRUE(keys && values && items);
  EXPECT_EQ(ReprOf(keys.get()), "dict_keys(['a', 'b', 'c'])");
  EXPECT_EQ(ReprOf(values.get()), "dict_values([0, 1, 2])");
  EXPECT_EQ(ReprOf(items.get()), "dict_items([('a', 0), ('b', 1), ('c', 2)])");
  EXPECT_EQ(Length(keys.get()), 3);
  Ref b = S("b"), z = S("z"), one = I(1);
  EXPECT_EQ(Contains(keys.get(), b.get()), 1);
  EXPECT_EQ(Contains(keys.get(), z.get()), 0);
  Ref pair = MakeTuple({b.get(), one.get()});
  EXPECT_EQ(Contains(items.get(), pair.get()), 1);
  // Views are live.
  DictSetItem(d.get(), z.get(), one.get());
  EXPECT_EQ(ReprOf(keys.get()), "dict_keys(['a', 'b', 'c', 'z'])");
  // keys views compare like sets.
  Ref d2 = DictCopy(d.get());
  Ref keys2 = CallMethod(d2.get(), "keys", nullptr, 0);
  EXPECT_EQ(RichCompareBool(keys.get(), keys2.get(), CompareOp::kEq), 1);
  DictDelItem(d2.get(), z.get());
  EXPECT_EQ(RichCompareBool(keys.get(), keys2.get(), CompareOp::kEq), 0);
  // Changing the size while iterating raises.
  Ref it = GetIter(d.get());
  Ref first = IterNext(it.get());
  EXPECT_EQ(ReprOf(first.get()), "'a'");
  Ref q = S("q");
  DictSetItem(d.get(), q.get(), one.get());
  EXPECT_FALSE(IterNext(it.get()));
  EXPECT_EQ(TakeError(), "RuntimeError: dictionary changed size during iteration");
}

TEST_F(DictTest, MethodsAndConstructor) {
  Ref pairs = NewList();
  Ref a = S("a"), b = S("b"), one = I(1), two = I(2);
  Ref p1 = MakeTuple({a.get(), one.get()});
  Ref p2 = MakeTuple({b.get(), two.get()});
  ListAppend(pairs.get(), p1.get());
  ListAppend(pairs.get(), p2.get());
  Value dict_type = Value::FromObject(&DictType);
  Ref d = CallOneArg(dict_type, pairs.get());
  ASSERT_TRUE(d);
  EXPECT_EQ(ReprOf(d.get()), "{'a': 1, 'b': 2}");
  Ref item = CallMethod(d.get(), "popitem", nullptr, 0);
  EXPECT_EQ(ReprOf(item.get()), "('b', 2)");
  Value args[2] = {b.get(), two.get()};
  Ref r = CallMethod(d.get(), "setdefault", args, 2);
  EXPECT_EQ(ReprOf(r.get()), "2");
  r = CallMethod(d.get(), "pop", args, 1);
  EXPECT_EQ(ReprOf(r.get()), "2");
  r = CallMethod(d.get(), "pop", args, 1);
  EXPECT_FALSE(r);
  EXPECT_EQ(TakeError(), "KeyError: 'b'");
  r = CallMethod(d.get(), "pop", args, 2);
  EXPECT_EQ(ReprOf(r.get()), "2");
  CallMethod(d.get(), "clear", nullptr, 0);
  r = CallMethod(d.get(), "popitem", nullptr, 0);
  EXPECT_FALSE(r);
  EXPECT_EQ(TakeError(), "KeyError: 'popitem(): dictionary is empty'");
  Ref bad = NewList();
  Ref triple = MakeTuple({a.get(), a.get(), a.get()});
  ListAppend(bad.get(), triple.get());
  EXPECT_FALSE(CallOneArg(dict_type, bad.get()));
  EXPECT_EQ(TakeError(),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  // dict | dict
  Ref x = NewDict(), y = NewDict();
  DictSetItem(x.get(), a.get(), one.get());
  DictSetItem(y.get(), a.get(), two.get());
  DictSetItem(y.get(), b.get(), one.get());
  Ref u = BinaryOp(x.get(), y.get(), BinOp::kOr);
  EXPECT_EQ(ReprOf(u.get()), "{'a': 2, 'b': 1}");
  EXPECT_EQ(RichCompareBool(u.get(), y.get(), CompareOp::kEq), 1);
  EXPECT_EQ(RichCompareBool(u.get(), x.get(), CompareOp::kNe), 1);
  Ref yc = DictCopy(y.get());
  EXPECT_EQ(RichCompareBool(yc.get(), y.get(), CompareOp::kEq), 1);
}

TEST_F(DictTest, RecursiveRepr) {
  Ref d = NewDict();
  Ref k = S("self");
  DictSetItem(d.get(), k.get(), d.get());
  EXPECT_EQ(ReprOf(d.get()), "{'self': {...}}");
  DictClear(d.get());  // break the cycle
}

// --- tuple / range / slice --------------------------------------------------------

TEST_F(DictTest, TupleHashMatchesCPython) {
  Ref one = I(1), two = I(2), three = I(3), m1 = I(-1);
  Ref t12 = MakeTuple({one.get(), two.get()});
  EXPECT_EQ(Hash(t12.get()), -3550055125485641917);
  EXPECT_EQ(Hash(EmptyTuple()), 5740354900026072187);
  Ref t1 = MakeTuple({one.get()});
  EXPECT_EQ(Hash(t1.get()), -6644214454873602895);
  Ref nested = MakeTuple({t12.get(), three.get()});
  EXPECT_EQ(Hash(nested.get()), -333907151259015829);
  Ref tm1 = MakeTuple({m1.get()});
  EXPECT_EQ(Hash(tm1.get()), 8078679518589016365);
  EXPECT_EQ(ReprOf(t1.get()), "(1,)");
  EXPECT_EQ(ReprOf(EmptyTuple()), "()");
  EXPECT_EQ(ReprOf(nested.get()), "((1, 2), 3)");
}

TEST_F(DictTest, TupleOps) {
  Ref one = I(1), two = I(2);
  Ref a = MakeTuple({one.get(), two.get()});
  Ref b = MakeTuple({one.get(), one.get()});
  EXPECT_EQ(RichCompareBool(b.get(), a.get(), CompareOp::kLt), 1);
  Ref c = BinaryOp(a.get(), b.get(), BinOp::kAdd);
  EXPECT_EQ(ReprOf(c.get()), "(1, 2, 1, 1)");
  Ref three = I(3);
  Ref r = BinaryOp(three.get(), a.get(), BinOp::kMul);
  EXPECT_EQ(ReprOf(r.get()), "(1, 2, 1, 2, 1, 2)");
  EXPECT_FALSE(BinaryOp(a.get(), one.get(), BinOp::kAdd));
  EXPECT_EQ(TakeError(), "TypeError: can only concatenate tuple (not \"int\") to tuple");
  Ref big = I(10);
  EXPECT_FALSE(GetItem(a.get(), big.get()));
  EXPECT_EQ(TakeError(), "IndexError: tuple index out of range");
  Value args[1] = {three.get()};
  EXPECT_FALSE(CallMethod(a.get(), "index", args, 1));
  EXPECT_EQ(TakeError(), "ValueError: tuple.index(x): x not in tuple");
}

TEST_F(DictTest, RangeBasics) {
  Value range_type = Value::FromObject(&RangeType);
  Ref zero = I(0), ten = I(10), three = I(3), m1 = I(-1);
  Value args[3] = {zero.get(), ten.get(), three.get()};
  Ref r = Call(range_type, args, 3);
  ASSERT_TRUE(r);
  EXPECT_EQ(ReprOf(r.get()), "range(0, 10, 3)");
  EXPECT_EQ(Length(r.get()), 4);
  Ref l = ListFromIterable(r.get());
  EXPECT_EQ(ReprOf(l.get()), "[0, 3, 6, 9]");
  EXPECT_EQ(ReprOf(GetItem(r.get(), m1.get()).get()), "9");
  Ref nine = I(9), eight = I(8);
  EXPECT_EQ(Contains(r.get(), nine.get()), 1);
  EXPECT_EQ(Contains(r.get(), eight.get()), 0);
  Ref rev = NewReversedRangeIter(r.get());
  Ref lr = ListFromIterable(rev.get());
  EXPECT_EQ(ReprOf(lr.get()), "[9, 6, 3, 0]");
  Ref s = NewSlice(None(), None(), m1.get());
  Ref rs = GetItem(r.get(), s.get());
  EXPECT_EQ(ReprOf(rs.get()), "range(9, -3, -3)");
  Value zargs[3] = {zero.get(), ten.get(), zero.get()};
  EXPECT_FALSE(Call(range_type, zargs, 3));
  EXPECT_EQ(TakeError(), "ValueError: range() arg 3 must not be zero");
  Ref r2 = NewRange(zero.get(), ten.get(), three.get());
  EXPECT_EQ(RichCompareBool(r.get(), r2.get(), CompareOp::kEq), 1);
  EXPECT_EQ(Hash(r.get()), Hash(r2.get()));
}

TEST_F(DictTest, SliceIndicesLikeCPython) {
  struct Case {
    Value start, stop, step;
    int64_t len, e_start, e_stop, e_step, e_n;
  };
  Ref m3 = I(-3), m100 = I(-100), h = I(100), m1 = I(-1), ten = I(10), mten = I(-10), two = I(2),
      one = I(1);
  Case cases[] = {
      {None(), None(), None(), 5, 0, 5, 1, 5},
      {None(), None(), m1.get(), 4, 3, -1, -1, 4},
      {m3.get(), None(), None(), 10, 7, 10, 1, 3},
      {m100.get(), h.get(), None(), 3, 0, 3, 1, 3},
      {ten.get(), mten.get(), m3.get(), 7, 6, -1, -3, 3},
      {two.get(), one.get(), None(), 8, 2, 1, 1, 0},
  };
  for (const Case& c : cases) {
    Ref s = NewSlice(c.start, c.stop, c.step);
    int64_t a, b, st, n;
    ASSERT_TRUE(SliceIndices(s.get(), c.len, &a, &b, &st, &n));
    EXPECT_EQ(a, c.e_start);
    EXPECT_EQ(b, c.e_stop);
    EXPECT_EQ(st, c.e_step);
    EXPECT_EQ(n, c.e_n);
  }
  Ref zero = I(0);
  Ref s0 = NewSlice(None(), None(), zero.get());
  int64_t a, b, st, n;
  EXPECT_FALSE(SliceIndices(s0.get(), 5, &a, &b, &st, &n));
  EXPECT_EQ(TakeError(), "ValueError: slice step cannot be zero");
  Ref str = S("x");
  Ref sx = NewSlice(str.get(), None(), None());
  EXPECT_FALSE(SliceIndices(sx.get(), 5, &a, &b, &st, &n));
  EXPECT_EQ(TakeError(),
            "TypeError: slice indices must be integers or None or have an __index__ method");
  EXPECT_EQ(ReprOf(sx.get()), "slice('x', None, None)");
}

TEST_F(DictTest, IteratorBuiltins) {
  Ref l = NewList();
  for (int i = 0; i < 4; i++) {
    Ref v = I(i);
    ListAppend(l.get(), v.get());
  }
  Ref five = I(5);
  Value eargs[2] = {l.get(), five.get()};
  Ref e = Call(Value::FromObject(&EnumerateType), eargs, 2);
  ASSERT_TRUE(e);
  EXPECT_EQ(ReprOf(ListFromIterable(e.get()).get()), "[(5, 0), (6, 1), (7, 2), (8, 3)]");
  Ref s = S("ab");
  Value zargs[2] = {l.get(), s.get()};
  Ref z = Call(Value::FromObject(&ZipType), zargs, 2);
  EXPECT_EQ(ReprOf(ListFromIterable(z.get()).get()), "[(0, 'a'), (1, 'b')]");
  Value rargs[1] = {s.get()};
  Ref rv = Call(Value::FromObject(&ReversedType), rargs, 1);
  ASSERT_TRUE(rv);
  EXPECT_EQ(ReprOf(ListFromIterable(rv.get()).get()), "['b', 'a']");
  Value fargs[2] = {None(), l.get()};
  Ref f = Call(Value::FromObject(&FilterType), fargs, 2);
  EXPECT_EQ(ReprOf(ListFromIterable(f.get()).get()), "[1, 2, 3]");
  Value bad[1] = {five.get()};
  EXPECT_FALSE(Call(Value::FromObject(&ReversedType), bad, 1));
  EXPECT_EQ(TakeError(), "TypeError: 'int' object is not reversible");
  Ref seq = NewSeqIter(s.get());
  EXPECT_EQ(ReprOf(ListFromIterable(seq.get()).get()), "['a', 'b']");
}

}  // namespace
}  // namespace gilectomy::rt
