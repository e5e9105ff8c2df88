// The public C++ API (include/gilectomy/) used the way a host uses it: one
// gilectomy::Runtime, ThreadScopes, conversions both ways, containers,
// borrowed handles, calls, exceptions, the object lock, host threads.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <gilectomy/gilectomy.h>

namespace gy = gilectomy;

namespace {

gy::Runtime& TheRuntime() {
  static gy::Runtime* rt = new gy::Runtime();  // lives until the process ends
  return *rt;
}

class ApiTest : public ::testing::Test {
 protected:
  ApiTest() : scope_(TheRuntime()) {}
  gy::ThreadScope scope_;
};

std::string Take() {
  gy::ErrorInfo e = gy::fetch_error();
  return e ? e.type + ": " + e.message : std::string("(none)");
}

TEST_F(ApiTest, ConvertsScalarsBothWays) {
  int64_t i = 0;
  ASSERT_TRUE(gy::to_int(gy::make_int(-42), &i));
  EXPECT_EQ(i, -42);
  ASSERT_TRUE(gy::to_int(gy::make_int(int64_t{1} << 62), &i));  // beyond the small-int range
  EXPECT_EQ(i, int64_t{1} << 62);
  double d = 0;
  ASSERT_TRUE(gy::to_double(gy::make_float(2.5), &d));
  EXPECT_EQ(d, 2.5);
  ASSERT_TRUE(gy::to_double(gy::make_int(3), &d));
  EXPECT_EQ(d, 3.0);
  std::string s;
  ASSERT_TRUE(gy::to_string(gy::make_str("h\xc3\xa9llo"), &s));
  EXPECT_EQ(s, "h\xc3\xa9llo");
  ASSERT_TRUE(gy::to_bytes(gy::make_bytes(std::string_view("a\0b", 3)), &s));
  EXPECT_EQ(s, std::string("a\0b", 3));
  bool b = false;
  ASSERT_TRUE(gy::to_bool(gy::make_bool(true), &b));
  EXPECT_TRUE(b);
  ASSERT_TRUE(gy::to_bool(gy::make_list(), &b));
  EXPECT_FALSE(b);
  EXPECT_TRUE(gy::is_none(gy::none()));
  EXPECT_TRUE(gy::make_bool(false).get().is(gy::false_()));
  EXPECT_EQ(gy::type_name(gy::make_float(1)), "float");
  EXPECT_TRUE(gy::is_float(gy::make_float(1)));
  EXPECT_TRUE(gy::is_bytes(gy::make_bytes("x")));
  EXPECT_FALSE(gy::to_int(gy::make_str("x"), &i));
  EXPECT_EQ(Take(), "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_FALSE(gy::to_string(gy::make_int(1), &s));
  EXPECT_EQ(Take(), "TypeError: expected str, got int");
  TheRuntime().eval("2 ** 80");
  gy::Object big = TheRuntime().eval("2 ** 80");
  EXPECT_FALSE(gy::to_int(big, &i));
  EXPECT_EQ(gy::fetch_error().type, "OverflowError");
}

TEST_F(ApiTest, Containers) {
  gy::Object one = gy::make_int(1), two = gy::make_str("two");
  gy::Object list = gy::make_list({one, two});
  EXPECT_EQ(gy::list_size(list), 2);
  EXPECT_EQ(gy::list_append(list, gy::none()), 0);
  EXPECT_EQ(gy::length(list), 3);
  EXPECT_TRUE(gy::list_item(list, 1).is(two.get()));
  EXPECT_FALSE(gy::list_item(list, 3));
  EXPECT_EQ(Take(), "IndexError: list index out of range");
  gy::Object tuple = gy::make_tuple({one, two});
  EXPECT_TRUE(gy::tuple_item(tuple, 0).is(one.get()));
  EXPECT_FALSE(gy::tuple_item(tuple, -1));
  EXPECT_EQ(Take(), "IndexError: tuple index out of range");
  gy::Object dict = gy::make_dict();
  EXPECT_EQ(gy::dict_set(dict, "k", list), 0);
  EXPECT_TRUE(gy::dict_get(dict, "k").is(list.get()));
  EXPECT_FALSE(gy::dict_get(dict, "missing"));
  EXPECT_FALSE(gy::error_occurred());
  std::string text;
  ASSERT_TRUE(gy::repr(dict, &text));
  EXPECT_EQ(text, "{'k': [1, 'two', None]}");
  gy::Object key = gy::make_str("k");
  gy::Object got = gy::get_item(dict, key);
  EXPECT_TRUE(got.get().is(list.get()));
  gy::Object it = gy::iter(list);
  int n = 0;
  while (gy::Object item = gy::next(it)) ++n;
  EXPECT_EQ(n, 3);
  EXPECT_FALSE(gy::error_occurred());
}

TEST_F(ApiTest, BorrowedItemOutlivesRemovalUntilSafepoint) {
  gy::Object list = gy::make_list();
  {
    gy::Object s = gy::make_str("only the list and the pool hold me");
    gy::list_append(list, s);
  }
  gy::Handle item = gy::list_item(list, 0);
  ASSERT_TRUE(gy::call_method(list, "clear"));  // the list lets go of it
  std::string text;
  ASSERT_TRUE(gy::str(item, &text));  // still valid: the pool holds it
  EXPECT_EQ(text, "only the list and the pool hold me");
  EXPECT_TRUE(gy::safepoint());  // and now it may be gone
}

TEST_F(ApiTest, CallsAttributesAndImports) {
  gy::Object r = TheRuntime().exec("def f(a, b=10, *, c=100):\n    return a + b + c\n");
  ASSERT_TRUE(r) << Take();
  gy::Handle f = gy::dict_get(TheRuntime().main_dict(), "f");
  ASSERT_TRUE(f);
  gy::Object kwargs = gy::make_dict();
  gy::dict_set(kwargs, "c", gy::make_int(1000));
  int64_t v = 0;
  ASSERT_TRUE(gy::to_int(gy::call(f, {gy::make_int(1)}), &v));
  EXPECT_EQ(v, 111);
  ASSERT_TRUE(gy::to_int(gy::call(f, {gy::make_int(1), gy::make_int(2)}, kwargs), &v));
  EXPECT_EQ(v, 1003);
  EXPECT_FALSE(gy::call(f, {}));
  EXPECT_EQ(Take(), "TypeError: f() missing 1 required positional argument: 'a'");
  gy::Object math = gy::import_module("math");
  ASSERT_TRUE(math);
  gy::Object sqrt = gy::getattr(math, "sqrt");
  double d = 0;
  ASSERT_TRUE(gy::to_double(gy::call(sqrt, {gy::make_float(16)}), &d));
  EXPECT_EQ(d, 4.0);
  EXPECT_FALSE(gy::hasattr(math, "nope"));
  EXPECT_FALSE(gy::error_occurred());
  EXPECT_FALSE(gy::getattr(math, "nope"));
  EXPECT_EQ(Take(), "AttributeError: module 'math' has no attribute 'nope'");
  EXPECT_EQ(gy::setattr(math, "extra", gy::make_int(5)), 0);
  EXPECT_TRUE(gy::hasattr(math, "extra"));
  EXPECT_FALSE(gy::import_module("no_such_module_here"));
  EXPECT_EQ(Take(), "ModuleNotFoundError: No module named 'no_such_module_here'");
  EXPECT_EQ(gy::compare_eq(gy::make_int(3), gy::make_float(3.0)), 1);
}

TEST_F(ApiTest, Exceptions) {
  EXPECT_FALSE(gy::raise(gy::exc::ValueError(), "bad value"));
  EXPECT_TRUE(gy::error_occurred());
  EXPECT_TRUE(gy::error_matches(gy::exc::Exception()));
  EXPECT_FALSE(gy::error_matches(gy::exc::KeyError()));
  gy::ErrorInfo e = gy::fetch_error();
  EXPECT_FALSE(gy::error_occurred());
  EXPECT_EQ(e.type, "ValueError");
  EXPECT_EQ(e.message, "bad value");
  gy::restore_error(e.exception);
  EXPECT_TRUE(gy::error_matches(gy::exc::ValueError()));
  gy::clear_error();
  EXPECT_FALSE(gy::raise(gy::make_int(1), "x"));
  EXPECT_EQ(Take(), "TypeError: exceptions must derive from BaseException");

  gy::Object r = TheRuntime().exec("class MyError(Exception): pass\ndef g():\n    raise MyError('deep')\ng()\n",
                                   gy::Handle(), "<api_test>");
  EXPECT_FALSE(r);
  e = gy::fetch_error();
  EXPECT_EQ(e.type, "__main__.MyError");
  EXPECT_EQ(e.message, "deep");
  EXPECT_NE(e.traceback.find("File \"<api_test>\", line 3, in g"), std::string::npos) << e.traceback;
  EXPECT_NE(e.traceback.find("MyError: deep"), std::string::npos) << e.traceback;
  EXPECT_FALSE(TheRuntime().eval("1 +"));
  EXPECT_EQ(gy::fetch_error().type, "SyntaxError");
  EXPECT_FALSE(TheRuntime().run_file("/nonexistent/file.py"));
  EXPECT_EQ(gy::fetch_error().type, "FileNotFoundError");
}

TEST_F(ApiTest, ExecInOwnGlobals) {
  gy::Object g = gy::make_dict();
  ASSERT_TRUE(TheRuntime().exec("x = len('abc') * 2\n", g)) << Take();
  int64_t v = 0;
  ASSERT_TRUE(gy::to_int(gy::dict_get(g, "x"), &v));
  EXPECT_EQ(v, 6);
  ASSERT_TRUE(gy::to_int(TheRuntime().eval("x + 1", g), &v));
  EXPECT_EQ(v, 7);
}

TEST_F(ApiTest, ObjectLockGuardsNativeMutation) {
  gy::Object list = gy::make_list();
  gy::ObjectLockGuard lock(list);  // held: list methods on other threads would wait
  gy::ObjectLockGuard2 both(gy::make_int(1), gy::make_int(2));  // small ints: never locked
}

// Four host threads call one Python function on shared objects; the
// creating thread stays detached while it joins them.
TEST(ApiThreads, FourHostThreadsShareObjects) {
  gy::Runtime& rt = TheRuntime();
  {
    gy::ThreadScope scope(rt);
    ASSERT_TRUE(rt.exec("hits = []\ndef hit(i):\n    hits.append(i)\n    return i\n"));
  }
  std::atomic<int> errors{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      gy::ThreadScope scope(rt);
      gy::ThreadScope nested(rt);  // nestable
      gy::Object hit = gy::Object::borrow(gy::dict_get(rt.main_dict(), "hit"));
      gy::Object arg = gy::make_int(t);
      for (int k = 0; k < 1000; ++k) {
        if (!gy::call(hit, {arg})) ++errors;
        if (k % 100 == 0) {
          gy::AllowThreads detached;  // nothing to do: just let the world stop
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  gy::ThreadScope scope(rt);
  EXPECT_EQ(errors.load(), 0);
  int64_t n = 0;
  ASSERT_TRUE(gy::to_int(rt.eval("len(hits)"), &n));
  EXPECT_EQ(n, 4000);
  ASSERT_TRUE(gy::to_int(rt.eval("sum(hits)"), &n));
  EXPECT_EQ(n, 1000 * (0 + 1 + 2 + 3));
}

}  // namespace
