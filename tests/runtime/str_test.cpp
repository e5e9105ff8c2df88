// Tests for str (runtime/objects/str*.cpp): representation, indexing,
// interning, hashing, repr and the methods. Expected values in the tables
// below were produced by python3 (3.11) with /tmp generator scripts of the
// form `repr(getattr(s, method)(*args))`, then pasted in.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/objects/float.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_internal.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/unicode_db.h"

namespace gilectomy::rt {
namespace {

using namespace std::literals;

class StrTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { InitRuntimeForTesting(); }
};

Ref S(std::string_view text) { return StrFromUtf8(text); }

// A Python-like rendering of a result (str, int, bool, None, list, tuple),
// or "ExcType: message" for a pending exception.
std::string Show(Value v) {
  if (IsStr(v)) return StrReprText(StrView(v));
  if (v == True()) return "True";
  if (v == False()) return "False";
  if (IsNone(v)) return "None";
  if (IsInt(v)) return IntToString(v);
  bool list = IsList(v);
  if (list || IsTuple(v)) {
    int64_t n = list ? ListSize(v) : TupleSize(v);
    std::string out = list ? "[" : "(";
    for (int64_t i = 0; i < n; ++i) {
      if (i > 0) out += ", ";
      out += Show(list ? ListItem(v, i) : TupleItem(v, i));
    }
    if (!list && n == 1) out += ",";
    return out + (list ? "]" : ")");
  }
  return std::string("<") + TypeName(v) + ">";
}

std::string ShowResult(const Ref& r) {
  if (r) return Show(r.get());
  Ref exc = FetchError();
  if (!exc) return "<error without exception>";
  Ref msg = ExceptionStr(exc.get());
  return std::string(TypeName(exc.get())) + ": " + (msg ? std::string(StrView(msg.get())) : "?");
}

// Method arguments as data.
struct A {
  enum Kind { kStr, kInt, kNone, kFloat, kTuple, kList } kind;
  std::string_view s;
  int64_t i = 0;
  std::vector<A> items;
  static A Str(std::string_view s) { return {kStr, s}; }
  static A Int(int64_t i) { return {kInt, {}, i}; }
  static A None() { return {kNone}; }
  static A Float() { return {kFloat}; }
  static A Tuple(std::initializer_list<A> xs) { return {kTuple, {}, 0, xs}; }
  static A List(std::initializer_list<A> xs) { return {kList, {}, 0, xs}; }
  Ref Make() const {
    switch (kind) {
      case kStr: return StrFromUtf8(s);
      case kInt: return IntFromInt64(i);
      case kNone: return Ref::New(rt::None());
      case kFloat: return FloatFromDouble(1.5);
      case kTuple:
      case kList: {
        Ref list = NewList();
        for (const A& x : items) {
          Ref item = x.Make();
          ListAppend(list.get(), item.get());
        }
        if (kind == kList) return list;
        return TupleFromArray(As<ListObject>(list.get())->items, ListSize(list.get()));
      }
    }
    return Ref();
  }
};

struct MethodCase {
  std::string_view method;
  std::string_view self;
  std::vector<A> args;
  std::string_view expected;
};

Ref CallStrMethod(std::string_view name, Value self, const std::vector<Ref>& args) {
  std::vector<Value> raw;
  for (const Ref& a : args) raw.push_back(a.get());
  for (const MethodDef* m = kStrMethods; m->name != nullptr; ++m) {
    if (name == m->name) return m->fn(self, raw.data(), raw.size(), Value());
  }
  ADD_FAILURE() << "no method str." << name;
  return Ref();
}

TEST_F(StrTest, CreationAndFlags) {
  Ref a = S("hello");
  auto* s = As<StrObject>(a.get());
  EXPECT_EQ(s->length, 5);
  EXPECT_EQ(s->size, 5);
  EXPECT_TRUE(s->is_ascii());
  EXPECT_EQ(s->data[5], '\0');
  EXPECT_EQ(a.type(), &StrType);

  Ref b = S("héllo 日本 😀");
  auto* t = As<StrObject>(b.get());
  EXPECT_FALSE(t->is_ascii());
  EXPECT_EQ(t->length, 10);
  EXPECT_EQ(t->size, static_cast<int64_t>("héllo 日本 😀"sv.size()));
  EXPECT_EQ(StrUniformWidth(t), 0);
  EXPECT_EQ(StrUniformWidth(As<StrObject>(S("日本語").get())), 3);
  EXPECT_EQ(StrUniformWidth(As<StrObject>(S("ЖжЖ").get())), 2);

  Ref c = StrFromAscii("xyz");
  EXPECT_TRUE(As<StrObject>(c.get())->is_ascii());
  EXPECT_EQ(StrView(c.get()), "xyz");

  Ref cp = StrFromCodePoint(0x1F600);
  EXPECT_EQ(StrView(cp.get()), "😀");
  EXPECT_EQ(As<StrObject>(cp.get())->length, 1);
}

TEST_F(StrTest, AsciiTablesMatchUnicodeDb) {
  for (unsigned c = 0; c < 128; ++c) {
    EXPECT_EQ(IsAsciiSpaceByte(static_cast<unsigned char>(c)), unicode::Has(c, unicode::kSpace)) << c;
    EXPECT_EQ(unicode::AsciiFlags()[c], unicode::Lookup(c).flags) << c;
  }
}

TEST_F(StrTest, SharedSingletons) {
  EXPECT_EQ(S("").get(), S("").get());
  EXPECT_EQ(S("a").get(), S("a").get());
  EXPECT_EQ(StrFromCodePoint('z').get(), S("z").get());
  EXPECT_TRUE(S("q").obj()->immortal());
  EXPECT_TRUE(EmptyStr().obj()->immortal());
}

TEST_F(StrTest, Utf8Helpers) {
  std::string out;
  for (uint32_t cp : {0x41u, 0xE9u, 0x65E5u, 0x1F600u, 0x10FFFFu}) {
    out.clear();
    AppendUtf8(out, cp);
    size_t i = 0;
    EXPECT_EQ(DecodeUtf8(out, i), cp);
    EXPECT_EQ(i, out.size());
  }
}

std::string Item(Value s, int64_t i) { return ShowResult(StrType.getitem(s, Value::SmallInt(i))); }
std::string SliceOf(Value s, Value start, Value stop, Value step) {
  Ref slice = NewSlice(start, stop, step);
  return ShowResult(StrType.getitem(s, slice.get()));
}

TEST_F(StrTest, IndexingAscii) {
  Ref s = S("abcde");
  EXPECT_EQ(Item(s.get(), 0), "'a'");
  EXPECT_EQ(Item(s.get(), -1), "'e'");
  EXPECT_EQ(Item(s.get(), 5), "IndexError: string index out of range");
  EXPECT_EQ(Item(s.get(), -6), "IndexError: string index out of range");
  Value n = None();
  EXPECT_EQ(SliceOf(s.get(), Value::SmallInt(1), Value::SmallInt(3), n), "'bc'");
  EXPECT_EQ(SliceOf(s.get(), n, n, Value::SmallInt(-1)), "'edcba'");
  EXPECT_EQ(SliceOf(s.get(), n, n, Value::SmallInt(2)), "'ace'");
  EXPECT_EQ(SliceOf(s.get(), Value::SmallInt(-2), Value::SmallInt(-5), Value::SmallInt(-1)), "'dcb'");
  EXPECT_EQ(SliceOf(s.get(), Value::SmallInt(100), n, n), "''");
  EXPECT_EQ(SliceOf(s.get(), n, n, Value::SmallInt(0)), "ValueError: slice step cannot be zero");
  Ref f = FloatFromDouble(1.0);
  EXPECT_EQ(ShowResult(StrType.getitem(s.get(), f.get())), "TypeError: string indices must be integers, not 'float'");
}

TEST_F(StrTest, IndexingNonAscii) {
  // python3: s = "héllo wörld ✓ 日本"; s[1], s[-1], s[12], s[6:11], s[::2], s[::-1], s[1:10:3], s[-3:]
  Ref s = S("héllo wörld ✓ 日本");
  Value n = None();
  EXPECT_EQ(Item(s.get(), 1), "'é'");
  EXPECT_EQ(Item(s.get(), -1), "'本'");
  EXPECT_EQ(Item(s.get(), 12), "'✓'");
  EXPECT_EQ(Item(s.get(), 16), "IndexError: string index out of range");
  EXPECT_EQ(SliceOf(s.get(), Value::SmallInt(6), Value::SmallInt(11), n), "'wörld'");
  EXPECT_EQ(SliceOf(s.get(), n, n, Value::SmallInt(2)), "'hlowrd✓日'");
  EXPECT_EQ(SliceOf(s.get(), n, n, Value::SmallInt(-1)), "'本日 ✓ dlröw olléh'");
  EXPECT_EQ(SliceOf(s.get(), Value::SmallInt(1), Value::SmallInt(10), Value::SmallInt(3)), "'éoö'");
  EXPECT_EQ(SliceOf(s.get(), Value::SmallInt(-3), n, n), "' 日本'");
  Ref e = S("😀a😀b");
  EXPECT_EQ(StrType.len(e.get()), 4);
  EXPECT_EQ(Item(e.get(), 2), "'😀'");
  EXPECT_EQ(SliceOf(e.get(), n, n, Value::SmallInt(-1)), "'b😀a😀'");
  // Uniform-width (O(1)) path and its slices.
  Ref cjk = S("日本語です");
  EXPECT_EQ(Item(cjk.get(), 3), "'で'");
  Ref piece = StrSlice(cjk.get(), 1, 3);
  EXPECT_EQ(StrView(piece.get()), "本語");
  EXPECT_EQ(StrUniformWidth(As<StrObject>(piece.get())), 3);
}

TEST_F(StrTest, SliceAndFindApi) {
  Ref s = S("aé日😀b");
  EXPECT_EQ(StrView(StrSlice(s.get(), 1, 4).get()), "é日😀");
  EXPECT_EQ(StrView(StrSlice(s.get(), -5, 100).get()), "aé日😀b");
  EXPECT_EQ(StrSlice(s.get(), 0, 5).get(), s.get());
  EXPECT_EQ(StrView(StrSlice(s.get(), 3, 2).get()), "");
  EXPECT_EQ(StrFind(s.get(), S("😀").get(), 0, INT64_MAX), 3);
  EXPECT_EQ(StrFind(s.get(), S("b").get(), -1, INT64_MAX), 4);
  EXPECT_EQ(StrFind(s.get(), S("a").get(), 1, INT64_MAX), -1);
  EXPECT_EQ(StrFind(s.get(), S("").get(), 5, INT64_MAX), 5);
  EXPECT_EQ(StrFind(s.get(), S("").get(), 6, INT64_MAX), -1);
}

TEST_F(StrTest, Interning) {
  Value a = Intern("hello_world");
  std::string copy = std::string("hello_") + "world";
  EXPECT_EQ(a, Intern(copy));
  EXPECT_TRUE(a.obj()->immortal());
  Ref fresh = S("hello_world");
  EXPECT_NE(fresh.get(), a);
  EXPECT_EQ(InternStr(fresh).get(), a);
  EXPECT_EQ(Intern("x"), S("x").get());
  EXPECT_EQ(Intern("é"), Intern("é"));
  EXPECT_NE(Intern("ab"), Intern("ba"));
}

TEST_F(StrTest, InterningFromManyThreads) {
  constexpr int kThreads = 4, kNames = 500;
  std::vector<std::vector<Value>> seen(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, &seen] {
      for (int i = 0; i < kNames; ++i) seen[t].push_back(Intern("name_" + std::to_string((i * 7 + t) % kNames)));
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) {
    for (int i = 0; i < kNames; ++i) {
      EXPECT_EQ(seen[t][i], Intern("name_" + std::to_string((i * 7 + t) % kNames)));
    }
  }
}

TEST_F(StrTest, HashIsCachedAndConsistent) {
  Ref a = S("some text é");
  auto* s = As<StrObject>(a.get());
  EXPECT_EQ(s->hash.load(), -1);
  int64_t h = StrHash(a.get());
  EXPECT_NE(h, -1);
  EXPECT_EQ(s->hash.load(), h);
  EXPECT_EQ(StrHash(S("some text é").get()), h);
  EXPECT_EQ(Hash(a.get()), h);
  EXPECT_NE(StrHash(S("some text e").get()), h);
  EXPECT_NE(StrHash(S("").get()), -1);
}

TEST_F(StrTest, EqualityAndOrdering) {
  EXPECT_TRUE(StrEquals(S("abc").get(), S("abc").get()));
  EXPECT_FALSE(StrEquals(S("abc").get(), S("abd").get()));
  EXPECT_FALSE(StrEquals(S("1").get(), Value::SmallInt(1)));
  auto lt = [](std::string_view x, std::string_view y) {
    return ShowResult(StrType.richcompare(S(x).get(), S(y).get(), CompareOp::kLt));
  };
  EXPECT_EQ(lt("a", "b"), "True");
  EXPECT_EQ(lt("ab", "abc"), "True");
  EXPECT_EQ(lt("Z", "a"), "True");
  EXPECT_EQ(lt("z", "é"), "True");
  EXPECT_EQ(lt("é", "日"), "True");
  EXPECT_EQ(lt("日", "😀"), "True");
  EXPECT_EQ(lt("b", "a"), "False");
  EXPECT_EQ(lt("", ""), "False");
  Ref ni = StrType.richcompare(S("a").get(), Value::SmallInt(1), CompareOp::kLt);
  EXPECT_TRUE(IsNotImplemented(ni.get()));
}

TEST_F(StrTest, ConcatRepeatContains) {
  EXPECT_EQ(ShowResult(StrType.number.add(S("foo").get(), S("bär").get())), "'foobär'");
  EXPECT_EQ(ShowResult(StrType.number.add(S("a").get(), Value::SmallInt(1))),
            "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_TRUE(IsNotImplemented(StrType.number.add(Value::SmallInt(1), S("a").get()).get()));
  EXPECT_EQ(ShowResult(StrType.number.multiply(S("ab").get(), Value::SmallInt(3))), "'ababab'");
  EXPECT_EQ(ShowResult(StrType.number.multiply(Value::SmallInt(2), S("é").get())), "'éé'");
  EXPECT_EQ(ShowResult(StrType.number.multiply(S("ab").get(), Value::SmallInt(-1))), "''");
  EXPECT_EQ(ShowResult(StrType.number.multiply(S("a").get(), S("b").get())),
            "TypeError: can't multiply sequence by non-int of type 'str'");
  Ref big = IntFromString("4611686018427387904", 10);  // 2**62
  EXPECT_EQ(ShowResult(StrType.number.multiply(S("ab").get(), big.get())), "OverflowError: repeated string is too long");
  EXPECT_EQ(StrType.contains(S("héllo").get(), S("él").get()), 1);
  EXPECT_EQ(StrType.contains(S("héllo").get(), S("").get()), 1);
  EXPECT_EQ(StrType.contains(S("héllo").get(), S("x").get()), 0);
  EXPECT_EQ(StrType.contains(S("abc").get(), Value::SmallInt(1)), -1);
  EXPECT_EQ(ShowResult(Ref()), "TypeError: 'in <string>' requires string as left operand, not int");
}

TEST_F(StrTest, Iteration) {
  for (std::string_view text : {"abc"sv, "aé😀"sv}) {
    Ref s = S(text);
    Ref it = StrType.iter(s.get());
    EXPECT_STREQ(TypeName(it.get()), text == "abc" ? "str_ascii_iterator" : "str_iterator");
    std::string joined;
    int count = 0;
    while (Ref ch = it.type()->next(it.get())) {
      EXPECT_EQ(As<StrObject>(ch.get())->length, 1);
      joined += StrView(ch.get());
      ++count;
    }
    EXPECT_FALSE(ErrorOccurred());
    EXPECT_EQ(joined, text);
    EXPECT_EQ(count, As<StrObject>(s.get())->length);
  }
}

TEST_F(StrTest, JoinApi) {
  Ref list = NewList();
  for (auto t : {"a"sv, "é"sv, "c"sv}) ListAppend(list.get(), S(t).get());
  EXPECT_EQ(ShowResult(StrJoin(S(", ").get(), list.get())), "'a, é, c'");
  EXPECT_EQ(ShowResult(StrJoin(S("-").get(), S("xyz").get())), "'x-y-z'");
  EXPECT_EQ(As<StrObject>(StrJoin(S("-").get(), S("日本").get()).get())->length, 3);
  ListAppend(list.get(), Value::SmallInt(7));
  EXPECT_EQ(ShowResult(StrJoin(S("").get(), list.get())), "TypeError: sequence item 3: expected str instance, int found");
}

TEST_F(StrTest, NewSlot) {
  EXPECT_EQ(ShowResult(StrType.new_(&StrType, nullptr, 0, Value())), "''");
  Value v = Value::SmallInt(42);
  EXPECT_EQ(ShowResult(StrType.new_(&StrType, &v, 1, Value())), "'42'");
  Ref s = S("x'y");
  Value sv = s.get();
  EXPECT_EQ(StrType.new_(&StrType, &sv, 1, Value()).get(), s.get());
  EXPECT_EQ(ShowResult(StrType.repr(s.get())), "'\"x\\'y\"'");
}

struct ReprCase {
  std::string_view text, expected;
};

TEST_F(StrTest, ReprMatchesCPython) {
  const ReprCase kCases[] = {
    {"plain"sv, "'plain'"sv},
    {"it's"sv, "\042it's\042"sv},
    {"say \042hi\042"sv, "'say \042hi\042'"sv},
    {"both ' and \042"sv, "'both \134' and \042'"sv},
    {"back\134slash"sv, "'back\134\134slash'"sv},
    {"new\012line"sv, "'new\134nline'"sv},
    {"tab\011here"sv, "'tab\134there'"sv},
    {"cr\015"sv, "'cr\134r'"sv},
    {"\000\001\177"sv, "'\134x00\134x01\134x7f'"sv},
    {"\033[0m"sv, "'\134x1b[0m'"sv},
    {"é日本✓"sv, "'é日本✓'"sv},
    {"\302\200\302\237\302\240¡\302\255ÿ"sv, "'\134x80\134x9f\134xa0¡\134xadÿ'"sv},
    {"😀"sv, "'😀'"sv},
    {""sv, "''"sv},
    {"'"sv, "\042'\042"sv},
    {"\042"sv, "'\042'"sv},
    {"\134"sv, "'\134\134'"sv},
    {"a'b\042c"sv, "'a\134'b\042c'"sv},
    {"\011\012\015\013\014"sv, "'\134t\134n\134r\134x0b\134x0c'"sv},
    {"'\042'\042"sv, "'\134'\042\134'\042'"sv},
    {"\342\200\213\342\200\216\342\200\217\342\200\250\342\200\251\357\273\277"sv, "'\134u200b\134u200e\134u200f\134u2028\134u2029\134ufeff'"sv},
    {"\363\240\200\201\315\270\356\200\200́\364\217\277\277"sv, "'\134U000e0001\134u0378\134ue000́\134U0010ffff'"sv},
    {"\343\200\200\342\200\203 "sv, "'\134u3000\134u2003 '"sv},
    {"ЖжЖ"sv, "'ЖжЖ'"sv},
  };
  for (const ReprCase& c : kCases) {
    EXPECT_EQ(StrReprText(c.text), c.expected) << "input: " << c.text;
  }
}

TEST_F(StrTest, MethodsMatchCPython) {
  const std::vector<MethodCase> kCases = {
    {"split"sv, "  a  b c   d  "sv, {}, "['a', 'b', 'c', 'd']"sv},
    {"split"sv, "  a  b c   d  "sv, {A::Str(" "sv)}, "['', '', 'a', '', 'b', 'c', '', '', 'd', '', '']"sv},
    {"split"sv, "  a  b c   d  "sv, {A::Str(" "sv), A::Int(2)}, "['', '', 'a  b c   d  ']"sv},
    {"rsplit"sv, "  a  b c   d  "sv, {A::None(), A::Int(1)}, "['  a  b c', 'd']"sv},
    {"rsplit"sv, "  a  b c   d  "sv, {A::Str(" "sv), A::Int(2)}, "['  a  b c   d', '', '']"sv},
    {"split"sv, "a,b,,c,"sv, {A::Str(","sv)}, "['a', 'b', '', 'c', '']"sv},
    {"rsplit"sv, "a,b,,c,"sv, {A::Str(","sv), A::Int(1)}, "['a,b,,c', '']"sv},
    {"split"sv, ""sv, {}, "[]"sv},
    {"split"sv, ""sv, {A::Str(","sv)}, "['']"sv},
    {"split"sv, "abcXXdefXXg"sv, {A::Str("XX"sv)}, "['abc', 'def', 'g']"sv},
    {"split"sv, "aaa"sv, {A::Str("a"sv)}, "['', '', '', '']"sv},
    {"split"sv, "1\0112\0123\0134\0145\0156 7\0348\342\200\2039"sv, {}, "['1', '2', '3', '4', '5', '6', '7', '8', '9']"sv},
    {"rsplit"sv, "x"sv, {A::Str("x"sv), A::Int(5)}, "['', '']"sv},
    {"split"sv, "a"sv, {A::Str(""sv)}, "ValueError: empty separator"sv},
    {"split"sv, "日 本  語 "sv, {}, "['日', '本', '語']"sv},
    {"rsplit"sv, " a b c "sv, {A::None(), A::Int(1)}, "[' a b', 'c']"sv},
    {"split"sv, " a b c "sv, {A::None(), A::Int(1)}, "['a', 'b c ']"sv},
    {"split"sv, "a b"sv, {A::Int(1)}, "TypeError: must be str or None, not int"sv},
    {"split"sv, "héllo wörld"sv, {A::Str("ö"sv)}, "['héllo w', 'rld']"sv},
    {"splitlines"sv, "a\012b\015\012c\015d\012\012e"sv, {}, "['a', 'b', 'c', 'd', '', 'e']"sv},
    {"splitlines"sv, "a\012b\012"sv, {A::Int(1)}, "['a\134n', 'b\134n']"sv},
    {"splitlines"sv, ""sv, {}, "[]"sv},
    {"splitlines"sv, "one\342\200\250two\034three\302\205four"sv, {}, "['one', 'two', 'three', 'four']"sv},
    {"splitlines"sv, "x\015\012\015\012"sv, {A::Int(1)}, "['x\134r\134n', '\134r\134n']"sv},
    {"join"sv, "-"sv, {A::List({A::Str("a"sv), A::Str("b"sv), A::Str("c"sv)})}, "'a-b-c'"sv},
    {"join"sv, ""sv, {A::List({})}, "''"sv},
    {"join"sv, "é"sv, {A::Str("abc"sv)}, "'aébéc'"sv},
    {"join"sv, "-"sv, {A::List({A::Str("a"sv), A::Int(1)})}, "TypeError: sequence item 1: expected str instance, int found"sv},
    {"join"sv, "-"sv, {A::Int(5)}, "TypeError: can only join an iterable"sv},
    {"join"sv, ", "sv, {A::Tuple({A::Str("x"sv)})}, "'x'"sv},
    {"strip"sv, "  \011 hello world \012 "sv, {}, "'hello world'"sv},
    {"lstrip"sv, "  \011 hello "sv, {}, "'hello '"sv},
    {"rstrip"sv, "  hello \012 "sv, {}, "'  hello'"sv},
    {"strip"sv, "xxhixyx"sv, {A::Str("xy"sv)}, "'hi'"sv},
    {"lstrip"sv, "xxhixyx"sv, {A::Str("x"sv)}, "'hixyx'"sv},
    {"rstrip"sv, "xxhixyx"sv, {A::Str("yx"sv)}, "'xxhi'"sv},
    {"strip"sv, "abc"sv, {A::Str(""sv)}, "'abc'"sv},
    {"strip"sv, "éaé"sv, {A::Str("é"sv)}, "'a'"sv},
    {"strip"sv, "\343\200\200x\343\200\200"sv, {}, "'x'"sv},
    {"strip"sv, "abc"sv, {A::Int(1)}, "TypeError: strip arg must be None or str"sv},
    {"strip"sv, "abc"sv, {A::None()}, "'abc'"sv},
    {"replace"sv, "aaa"sv, {A::Str("a"sv), A::Str("b"sv)}, "'bbb'"sv},
    {"replace"sv, "aaa"sv, {A::Str("a"sv), A::Str("b"sv), A::Int(2)}, "'bba'"sv},
    {"replace"sv, "abc"sv, {A::Str(""sv), A::Str("-"sv)}, "'-a-b-c-'"sv},
    {"replace"sv, "abc"sv, {A::Str(""sv), A::Str("-"sv), A::Int(2)}, "'-a-bc'"sv},
    {"replace"sv, "héhé"sv, {A::Str("é"sv), A::Str("e"sv)}, "'hehe'"sv},
    {"replace"sv, "aaaa"sv, {A::Str("aa"sv), A::Str("b"sv)}, "'bb'"sv},
    {"replace"sv, "abc"sv, {A::Str("x"sv), A::Str("y"sv)}, "'abc'"sv},
    {"replace"sv, "abc"sv, {A::Str("b"sv), A::Str(""sv)}, "'ac'"sv},
    {"replace"sv, ""sv, {A::Str(""sv), A::Str("x"sv)}, "'x'"sv},
    {"replace"sv, "a"sv, {A::Int(1), A::Str("b"sv)}, "TypeError: replace() argument 1 must be str, not int"sv},
    {"replace"sv, "abc"sv, {A::Str("b"sv), A::Str("X"sv), A::Int(0)}, "'abc'"sv},
    {"replace"sv, "abc"sv, {A::Str(""sv), A::Str("-"sv), A::Int(-1)}, "'-a-b-c-'"sv},
    {"find"sv, "abracadabra"sv, {A::Str("a"sv)}, "0"sv},
    {"find"sv, "abracadabra"sv, {A::Str("a"sv), A::Int(1)}, "3"sv},
    {"find"sv, "abracadabra"sv, {A::Str("a"sv), A::Int(1), A::Int(3)}, "-1"sv},
    {"find"sv, "abracadabra"sv, {A::Str("z"sv)}, "-1"sv},
    {"find"sv, "abracadabra"sv, {A::Str(""sv)}, "0"sv},
    {"find"sv, "abracadabra"sv, {A::Str(""sv), A::Int(20)}, "-1"sv},
    {"find"sv, "abracadabra"sv, {A::Str(""sv), A::Int(11)}, "11"sv},
    {"find"sv, "abracadabra"sv, {A::Str("a"sv), A::Int(-3)}, "10"sv},
    {"find"sv, "abracadabra"sv, {A::Str("a"sv), A::None(), A::Int(-8)}, "0"sv},
    {"rfind"sv, "abracadabra"sv, {A::Str("a"sv)}, "10"sv},
    {"rfind"sv, "abracadabra"sv, {A::Str("abra"sv)}, "7"sv},
    {"rfind"sv, "abracadabra"sv, {A::Str("a"sv), A::Int(0), A::Int(5)}, "3"sv},
    {"rfind"sv, "abracadabra"sv, {A::Str(""sv)}, "11"sv},
    {"rfind"sv, "abracadabra"sv, {A::Str(""sv), A::Int(3), A::Int(5)}, "5"sv},
    {"index"sv, "abracadabra"sv, {A::Str("c"sv)}, "4"sv},
    {"index"sv, "abracadabra"sv, {A::Str("z"sv)}, "ValueError: substring not found"sv},
    {"rindex"sv, "abracadabra"sv, {A::Str("b"sv)}, "8"sv},
    {"find"sv, "日本日本"sv, {A::Str("本"sv), A::Int(2)}, "3"sv},
    {"rfind"sv, "héllo wörld"sv, {A::Str("l"sv)}, "9"sv},
    {"find"sv, "héllo wörld"sv, {A::Str("w"sv), A::Int(3), A::Int(7)}, "6"sv},
    {"find"sv, "abc"sv, {A::Int(1)}, "TypeError: must be str, not int"sv},
    {"find"sv, "abc"sv, {}, "TypeError: find() takes at least 1 argument (0 given)"sv},
    {"find"sv, "abc"sv, {A::Str("a"sv), A::Float()}, "TypeError: slice indices must be integers or None or have an __index__ method"sv},
    {"count"sv, "abracadabra"sv, {A::Str("a"sv)}, "5"sv},
    {"count"sv, "abracadabra"sv, {A::Str("abra"sv)}, "2"sv},
    {"count"sv, "abracadabra"sv, {A::Str(""sv)}, "12"sv},
    {"count"sv, "abracadabra"sv, {A::Str("a"sv), A::Int(4), A::Int(-1)}, "2"sv},
    {"count"sv, "aaaa"sv, {A::Str("aa"sv)}, "2"sv},
    {"count"sv, "abc"sv, {A::Str(""sv), A::Int(3)}, "1"sv},
    {"count"sv, "abc"sv, {A::Str(""sv), A::Int(4)}, "0"sv},
    {"count"sv, "héé"sv, {A::Str("é"sv)}, "2"sv},
    {"startswith"sv, "hello"sv, {A::Str("he"sv)}, "True"sv},
    {"startswith"sv, "hello"sv, {A::Str("lo"sv), A::Int(3)}, "True"sv},
    {"endswith"sv, "hello"sv, {A::Str("lo"sv)}, "True"sv},
    {"endswith"sv, "hello"sv, {A::Str("he"sv), A::Int(0), A::Int(2)}, "True"sv},
    {"startswith"sv, "hello"sv, {A::Tuple({A::Str("x"sv), A::Str("h"sv)})}, "True"sv},
    {"endswith"sv, "hello"sv, {A::Tuple({A::Str("x"sv), A::Str("y"sv)})}, "False"sv},
    {"startswith"sv, "hello"sv, {A::Str(""sv)}, "True"sv},
    {"endswith"sv, ""sv, {A::Str(""sv)}, "True"sv},
    {"startswith"sv, "abc"sv, {A::Str(""sv), A::Int(5)}, "False"sv},
    {"startswith"sv, "abc"sv, {A::List({A::Str("a"sv)})}, "TypeError: startswith first arg must be str or a tuple of str, not list"sv},
    {"endswith"sv, "héllo"sv, {A::Str("llo"sv)}, "True"sv},
    {"startswith"sv, "héllo"sv, {A::Str("é"sv), A::Int(1)}, "True"sv},
    {"upper"sv, "hello World"sv, {}, "'HELLO WORLD'"sv},
    {"lower"sv, "ÉCOLE été"sv, {}, "'école été'"sv},
    {"title"sv, "they're bill's"sv, {}, "\042They'Re Bill'S\042"sv},
    {"capitalize"sv, "hELLO"sv, {}, "'Hello'"sv},
    {"swapcase"sv, "ÀB çD"sv, {}, "'àb Çd'"sv},
    {"upper"sv, "straße"sv, {}, "'STRASSE'"sv},
    {"lower"sv, "ΣΑΣ"sv, {}, "'σας'"sv},
    {"lower"sv, "ΣΑΣ ΟΔΟΣ."sv, {}, "'σας οδος.'"sv},
    {"title"sv, "ǅ ǆ"sv, {}, "'ǅ ǅ'"sv},
    {"casefold"sv, "Straße"sv, {}, "'strasse'"sv},
    {"upper"sv, "ﬁ"sv, {}, "'FI'"sv},
    {"lower"sv, "İ"sv, {}, "'i̇'"sv},
    {"title"sv, "123abc a1b2 c3"sv, {}, "'123Abc A1B2 C3'"sv},
    {"capitalize"sv, "ßa"sv, {}, "'Ssa'"sv},
    {"swapcase"sv, "ΣΑΣ"sv, {}, "'σας'"sv},
    {"title"sv, "ΣΑΣ"sv, {}, "'Σας'"sv},
    {"isdigit"sv, "123"sv, {}, "True"sv},
    {"isdigit"sv, "²"sv, {}, "True"sv},
    {"isdecimal"sv, "²"sv, {}, "False"sv},
    {"isnumeric"sv, "½"sv, {}, "True"sv},
    {"isdecimal"sv, "١٢٣"sv, {}, "True"sv},
    {"isalpha"sv, "日本"sv, {}, "True"sv},
    {"isalpha"sv, ""sv, {}, "False"sv},
    {"isalnum"sv, "Ⅻ"sv, {}, "True"sv},
    {"isspace"sv, "\302\240\342\200\203"sv, {}, "True"sv},
    {"isspace"sv, "\342\200\213"sv, {}, "False"sv},
    {"isupper"sv, "ABC1"sv, {}, "True"sv},
    {"isupper"sv, "1"sv, {}, "False"sv},
    {"islower"sv, "abc é"sv, {}, "True"sv},
    {"istitle"sv, "Hello World"sv, {}, "True"sv},
    {"istitle"sv, "Hello world"sv, {}, "False"sv},
    {"istitle"sv, "ǅungla"sv, {}, "True"sv},
    {"isidentifier"sv, "_a1"sv, {}, "True"sv},
    {"isidentifier"sv, "1a"sv, {}, "False"sv},
    {"isidentifier"sv, "été"sv, {}, "True"sv},
    {"isidentifier"sv, ""sv, {}, "False"sv},
    {"isascii"sv, ""sv, {}, "True"sv},
    {"isascii"sv, "é"sv, {}, "False"sv},
    {"isprintable"sv, ""sv, {}, "True"sv},
    {"isprintable"sv, "a\012"sv, {}, "False"sv},
    {"isprintable"sv, "é日"sv, {}, "True"sv},
    {"center"sv, "ab"sv, {A::Int(7)}, "'   ab  '"sv},
    {"center"sv, "ab"sv, {A::Int(6), A::Str("*"sv)}, "'**ab**'"sv},
    {"center"sv, "abc"sv, {A::Int(6)}, "' abc  '"sv},
    {"center"sv, "abc"sv, {A::Int(2)}, "'abc'"sv},
    {"ljust"sv, "ab"sv, {A::Int(5)}, "'ab   '"sv},
    {"rjust"sv, "ab"sv, {A::Int(5), A::Str("-"sv)}, "'---ab'"sv},
    {"ljust"sv, "é"sv, {A::Int(3), A::Str("日"sv)}, "'é日日'"sv},
    {"center"sv, "a"sv, {A::Int(5), A::Str("ab"sv)}, "TypeError: The fill character must be exactly one character long"sv},
    {"center"sv, "a"sv, {A::Int(5), A::Int(1)}, "TypeError: The fill character must be a unicode character, not int"sv},
    {"center"sv, "a"sv, {A::Str("x"sv)}, "TypeError: 'str' object cannot be interpreted as an integer"sv},
    {"center"sv, "a"sv, {}, "TypeError: center expected at least 1 argument, got 0"sv},
    {"zfill"sv, "42"sv, {A::Int(5)}, "'00042'"sv},
    {"zfill"sv, "-42"sv, {A::Int(5)}, "'-0042'"sv},
    {"zfill"sv, "+7"sv, {A::Int(4)}, "'+007'"sv},
    {"zfill"sv, "abc"sv, {A::Int(2)}, "'abc'"sv},
    {"zfill"sv, ""sv, {A::Int(3)}, "'000'"sv},
    {"zfill"sv, "-"sv, {A::Int(3)}, "'-00'"sv},
    {"partition"sv, "a=b=c"sv, {A::Str("="sv)}, "('a', '=', 'b=c')"sv},
    {"rpartition"sv, "a=b=c"sv, {A::Str("="sv)}, "('a=b', '=', 'c')"sv},
    {"partition"sv, "abc"sv, {A::Str("x"sv)}, "('abc', '', '')"sv},
    {"rpartition"sv, "abc"sv, {A::Str("x"sv)}, "('', '', 'abc')"sv},
    {"partition"sv, "日本=語"sv, {A::Str("="sv)}, "('日本', '=', '語')"sv},
    {"partition"sv, "a"sv, {A::Str(""sv)}, "ValueError: empty separator"sv},
    {"expandtabs"sv, "a\011b\011c"sv, {}, "'a       b       c'"sv},
    {"expandtabs"sv, "a\011bc\011d"sv, {A::Int(4)}, "'a   bc  d'"sv},
    {"expandtabs"sv, "\011"sv, {A::Int(0)}, "''"sv},
    {"expandtabs"sv, "ab\012\011c"sv, {A::Int(3)}, "'ab\134n   c'"sv},
    {"expandtabs"sv, "é\011x"sv, {A::Int(4)}, "'é   x'"sv},
    {"removeprefix"sv, "hello"sv, {A::Str("he"sv)}, "'llo'"sv},
    {"removeprefix"sv, "hello"sv, {A::Str("x"sv)}, "'hello'"sv},
    {"removesuffix"sv, "hello"sv, {A::Str("lo"sv)}, "'hel'"sv},
    {"removesuffix"sv, "hello"sv, {A::Str(""sv)}, "'hello'"sv},
    {"removeprefix"sv, "a"sv, {A::Int(1)}, "TypeError: removeprefix() argument must be str, not int"sv},
    {"upper"sv, "a"sv, {A::Int(1)}, "TypeError: str.upper() takes no arguments (1 given)"sv},
    {"zfill"sv, "a"sv, {}, "TypeError: str.zfill() takes exactly one argument (0 given)"sv},
  };
  for (const MethodCase& c : kCases) {
    Ref self = S(c.self);
    std::vector<Ref> args;
    for (const A& a : c.args) args.push_back(a.Make());
    std::string got = ShowResult(CallStrMethod(c.method, self.get(), args));
    EXPECT_EQ(got, c.expected) << "str." << c.method << " on " << StrReprText(c.self);
  }
}

}  // namespace
}  // namespace gilectomy::rt
