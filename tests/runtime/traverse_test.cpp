// Tests for the collector hooks (gc::TypeHooks traverse/clear) of the
// container types: traverse must report exactly the references an object
// owns, and clear must drop the ones that can form cycles while leaving the
// object usable. Objects are built by running Python source.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "gc/header.h"
#include "gc/refcount.h"
#include "runtime/abstract.h"
#include "runtime/code.h"
#include "runtime/compiler.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "tests/runtime/runtime_test_util.h"

namespace gilectomy::rt {
namespace {

class CountingVisitor : public gc::Visitor {
 public:
  void Visit(gc::Header* referent) override { seen.push_back(referent); }
  size_t CountOf(Value v) const { return static_cast<size_t>(std::count(seen.begin(), seen.end(), v.obj())); }
  std::vector<gc::Header*> seen;
};

std::vector<gc::Header*> Traverse(Value v) {
  const gc::TypeHooks& hooks = gc::TypeHooksOf(v.obj());
  EXPECT_NE(hooks.traverse, nullptr) << TypeName(v) << " has no traverse hook";
  CountingVisitor visitor;
  if (hooks.traverse != nullptr) hooks.traverse(v.obj(), visitor);
  return visitor.seen;
}

void Clear(Value v) {
  const gc::TypeHooks& hooks = gc::TypeHooksOf(v.obj());
  ASSERT_NE(hooks.clear, nullptr) << TypeName(v) << " has no clear hook";
  hooks.clear(v.obj());
}

size_t Count(const std::vector<gc::Header*>& seen, Value v) {
  return static_cast<size_t>(std::count(seen.begin(), seen.end(), v.obj()));
}

int64_t Rc(Value v) { return gc::RefCount(v.obj()); }

class TraverseTest : public test_util::RuntimeTest {
 protected:
  void SetUp() override {
    globals_ = NewDict();
    Ref name = StrFromAscii("traverse_test");
    DictSetCStr(globals_.get(), "__name__", name.get());
  }
  void TearDown() override {
    if (globals_) DictClear(globals_.get());
    test_util::RuntimeTest::TearDown();
  }

  // Runs `source` as a module body in this test's namespace.
  void Run(const char* source) {
    Ref code = Compile(source, "<traverse_test>", ast::Mode::kFile);
    ASSERT_TRUE(code) << "compile failed";
    Ref r = EvalCode(As<CodeObject>(code.get()), globals_.get(), globals_.get());
    if (!r) {
      std::string msg;
      Ref e = FetchError();
      ReprText(e.get(), &msg);
      FAIL() << "error: " << msg;
    }
  }
  Value Get(const char* name) {
    Value v = DictGetCStr(globals_.get(), name);
    EXPECT_TRUE(v) << name;
    return v;
  }
  Ref Attr(Value v, const char* name) {
    Ref r = GetAttrStr(v, name);
    EXPECT_TRUE(r) << name;
    return r;
  }

  Ref globals_;
};

TEST_F(TraverseTest, ListContainingItself) {
  Run("l = [1, 'a']\nl.append(l)\n");
  Value l = Get("l");
  auto seen = Traverse(l);
  EXPECT_EQ(seen.size(), 2u);  // 'a' and l itself; 1 is a small int
  EXPECT_EQ(Count(seen, l), 1u);
  int64_t before = Rc(l);
  Clear(l);
  EXPECT_EQ(Rc(l), before - 1);
  EXPECT_EQ(ListSize(l), 0);
}

TEST_F(TraverseTest, DictHoldingAFunction) {
  Run("def f(): pass\nd = {'f': f}\n");
  Value d = Get("d"), f = Get("f");
  auto seen = Traverse(d);
  EXPECT_EQ(seen.size(), 2u);
  EXPECT_EQ(Count(seen, f), 1u);
}

TEST_F(TraverseTest, FunctionVisitsEveryOwnedField) {
  Run("def outer():\n"
      "    v = [1]\n"
      "    def f(a, b=[2], *, c=3):\n"
      "        return v\n"
      "    return f\n"
      "f = outer()\n"
      "f.attr = 1\n");
  Value f = Get("f");
  auto* fo = static_cast<FunctionObject*>(f.obj());
  auto seen = Traverse(f);
  const char* attrs[] = {"__code__", "__globals__", "__name__", "__qualname__", "__defaults__",
                         "__kwdefaults__", "__closure__", "__doc__", "__dict__", "__module__"};
  for (const char* a : attrs) {
    Ref r = Attr(f, a);
    EXPECT_GE(Count(seen, r.get()), 1u) << a;
  }
  EXPECT_EQ(seen.size(), 10u + (fo->builtins != nullptr ? 1u : 0u));

  // clear drops defaults, kwdefaults, closure, doc, dict and module.
  Ref defaults = Attr(f, "__defaults__");
  Ref closure = Attr(f, "__closure__");
  int64_t defaults_rc = Rc(defaults.get()), closure_rc = Rc(closure.get());
  Clear(f);
  EXPECT_EQ(Rc(defaults.get()), defaults_rc - 1);
  EXPECT_EQ(Rc(closure.get()), closure_rc - 1);
  EXPECT_EQ(fo->closure, nullptr);
  EXPECT_EQ(fo->dict, nullptr);
  Ref d = Attr(f, "__defaults__");
  EXPECT_EQ(d.get(), None());
  std::string repr;
  EXPECT_TRUE(ReprText(f, &repr));
  EXPECT_NE(repr.find("outer.<locals>.f"), std::string::npos);
}

TEST_F(TraverseTest, ClosureCellPointingAtItsFunction) {
  Run("def outer():\n"
      "    def inner():\n"
      "        return inner\n"
      "    return inner\n"
      "g = outer()\n"
      "cell = g.__closure__[0]\n");
  Value g = Get("g"), cell = Get("cell");
  auto seen = Traverse(cell);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0], g.obj());
  int64_t before = Rc(g);
  Clear(cell);
  EXPECT_EQ(Rc(g), before - 1);
  EXPECT_FALSE(static_cast<CellObject*>(cell.obj())->contents);
  Ref r = GetAttrStr(cell, "cell_contents");  // an empty cell
  EXPECT_FALSE(r);
  EXPECT_TRUE(ErrorMatches(ValueErrorType()));
  ClearError();
}

TEST_F(TraverseTest, BoundMethodAndBuiltinMethod) {
  Run("class C:\n"
      "    def m(self): pass\n"
      "c = C()\n"
      "bm = c.m\n"
      "fn = C.__dict__['m']\n"
      "l = []\n"
      "app = l.append\n");
  Value bm = Get("bm"), c = Get("c"), fn = Get("fn");
  auto seen = Traverse(bm);
  EXPECT_EQ(seen.size(), 2u);
  EXPECT_EQ(Count(seen, c), 1u);
  EXPECT_EQ(Count(seen, fn), 1u);

  auto seen2 = Traverse(Get("app"));
  EXPECT_EQ(Count(seen2, Get("l")), 1u);
}

TEST_F(TraverseTest, ClassAndInstanceWithDictAndSlots) {
  Run("def make():\n"
      "    class A:\n"
      "        __slots__ = ('x', 'y', '__dict__')\n"
      "        def m(self): pass\n"
      "    return A\n"
      "A = make()\n"
      "a = A()\n"
      "sentinel = [1]\n"
      "a.x = sentinel\n"
      "a.z = 5\n"
      "d = a.__dict__\n");
  Value A = Get("A"), a = Get("a"), sentinel = Get("sentinel"), d = Get("d");
  auto seen = Traverse(a);
  EXPECT_EQ(seen.size(), 3u);  // x, __dict__, the class; y is unset
  EXPECT_EQ(Count(seen, sentinel), 1u);
  EXPECT_EQ(Count(seen, d), 1u);
  EXPECT_EQ(Count(seen, A), 1u);

  // The class: dict, mro (which holds A), bases, name, qualname.
  auto* t = static_cast<TypeObject*>(A.obj());
  auto tseen = Traverse(A);
  EXPECT_EQ(tseen.size(), 5u);
  EXPECT_EQ(Count(tseen, Value::FromObject(t->mro)), 1u);
  EXPECT_EQ(Count(tseen, Value::FromObject(t->dict)), 1u);
  EXPECT_EQ(Count(tseen, Value::FromObject(t->bases)), 1u);

  int64_t sentinel_rc = Rc(sentinel), d_rc = Rc(d), a_type_rc = Rc(A);
  Clear(a);
  EXPECT_EQ(Rc(sentinel), sentinel_rc - 1);
  EXPECT_EQ(Rc(d), d_rc - 1);
  EXPECT_EQ(Rc(A), a_type_rc);  // the instance keeps its class
  Ref x = GetAttrStr(a, "x");
  EXPECT_FALSE(x);
  EXPECT_TRUE(ErrorMatches(AttributeErrorType()));
  ClearError();
  EXPECT_EQ(Traverse(a).size(), 1u);  // only the class is left

  // Clearing the class drops its MRO and empties its dict.
  Object* mro = t->mro;
  int64_t mro_rc = gc::RefCount(mro);
  Clear(A);
  EXPECT_EQ(t->mro, nullptr);
  if (mro_rc > 1) {
    EXPECT_EQ(gc::RefCount(mro), mro_rc - 1);
  }
  EXPECT_EQ(DictSize(Value::FromObject(t->dict)), 0);
  std::string repr;
  EXPECT_TRUE(ReprText(A, &repr));
}

TEST_F(TraverseTest, SubclassOfListVisitsItemsSlotsAndClass) {
  Run("def make():\n"
      "    class L(list):\n"
      "        __slots__ = ('s',)\n"
      "    return L\n"
      "L = make()\n"
      "item = [0]\n"
      "extra = {}\n"
      "x = L([item])\n"
      "x.s = extra\n"
      "x.append(x)\n");
  Value L = Get("L"), x = Get("x"), item = Get("item"), extra = Get("extra");
  auto seen = Traverse(x);
  EXPECT_EQ(seen.size(), 4u);
  for (Value v : {L, x, item, extra}) EXPECT_EQ(Count(seen, v), 1u);
  int64_t item_rc = Rc(item), extra_rc = Rc(extra);
  Clear(x);
  EXPECT_EQ(Rc(item), item_rc - 1);
  EXPECT_EQ(Rc(extra), extra_rc - 1);
  EXPECT_EQ(ListSize(x), 0);
}

TEST_F(TraverseTest, InstanceOfPlainClassIsTracked) {
  Run("def make():\n"
      "    class P: pass\n"
      "    return P\n"
      "P = make()\n"
      "p = P()\n"
      "p.me = p\n");
  Value P = Get("P"), p = Get("p");
  auto seen = Traverse(p);
  EXPECT_EQ(seen.size(), 2u);  // __dict__ and the class
  EXPECT_EQ(Count(seen, P), 1u);
  Ref d = Attr(p, "__dict__");
  auto dseen = Traverse(d.get());
  EXPECT_EQ(Count(dseen, p), 1u);
}

TEST_F(TraverseTest, Module) {
  Ref m = NewModule("mod_for_traverse");
  auto* mo = static_cast<ModuleObject*>(m.obj());
  auto seen = Traverse(m.get());
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(Count(seen, Value::FromObject(mo->dict)), 1u);
  EXPECT_EQ(Count(seen, Value::FromObject(mo->name)), 1u);
}

TEST_F(TraverseTest, ModuleClearLeavesAUsableModule) {
  Ref m = NewModule("mod_for_clear");
  Clear(m.get());
  std::string repr;
  EXPECT_TRUE(ReprText(m.get(), &repr));
  EXPECT_EQ(repr, "<module 'mod_for_clear' (built-in)>");
  Ref r = GetAttrStr(m.get(), "missing");
  EXPECT_FALSE(r);
  EXPECT_TRUE(ErrorMatches(AttributeErrorType()));
  ClearError();
}

TEST_F(TraverseTest, ExceptionFields) {
  Run("def make():\n"
      "    try:\n"
      "        try:\n"
      "            raise KeyError('k')\n"
      "        except KeyError as inner:\n"
      "            raise ValueError('v', [1]) from inner\n"
      "    except ValueError as e:\n"
      "        e.note = 1\n"
      "        return e\n"
      "e = make()\n"
      "cause = e.__cause__\n"
      "args = e.args\n"
      "tb = e.__traceback__\n");
  Value e = Get("e"), cause = Get("cause"), args = Get("args"), tb = Get("tb");
  auto seen = Traverse(e);
  EXPECT_EQ(seen.size(), 5u);  // args, traceback, context, cause (same object twice), __dict__
  EXPECT_EQ(Count(seen, cause), 2u);
  EXPECT_EQ(Count(seen, args), 1u);
  EXPECT_EQ(Count(seen, tb), 1u);
  int64_t cause_rc = Rc(cause), args_rc = Rc(args);
  Clear(e);
  EXPECT_EQ(Rc(cause), cause_rc - 2);
  EXPECT_EQ(Rc(args), args_rc - 1);
  std::string repr;
  EXPECT_TRUE(ReprText(e, &repr));
  EXPECT_EQ(repr, "ValueError()");
}

TEST_F(TraverseTest, DescriptorsAndSuper) {
  Run("def make():\n"
      "    class B:\n"
      "        def m(self): return 1\n"
      "    class D(B):\n"
      "        def m(self): return super().m()\n"
      "    return B, D\n"
      "B, D = make()\n"
      "obj = D()\n"
      "s = super(D, obj)\n"
      "def mk():\n"
      "    def getter(self): return 1\n"
      "    return getter\n"
      "getter = mk()  # module-level functions are immortal\n"
      "prop = property(getter, None, None, 'doc')\n"
      "sm = staticmethod(getter)\n"
      "cm = classmethod(getter)\n");
  Value D = Get("D"), obj = Get("obj"), getter = Get("getter");
  auto sseen = Traverse(Get("s"));
  EXPECT_EQ(sseen.size(), 3u);  // type, obj, obj_type
  EXPECT_EQ(Count(sseen, D), 2u);
  EXPECT_EQ(Count(sseen, obj), 1u);
  Clear(Get("s"));
  std::string repr;
  EXPECT_TRUE(ReprText(Get("s"), &repr));
  EXPECT_EQ(repr, "<super: <class 'D'>, NULL>");

  auto pseen = Traverse(Get("prop"));
  EXPECT_EQ(pseen.size(), 2u);  // fget, doc
  EXPECT_EQ(Count(pseen, getter), 1u);
  int64_t getter_rc = Rc(getter);
  Clear(Get("prop"));
  EXPECT_EQ(Rc(getter), getter_rc - 1);

  for (const char* name : {"sm", "cm"}) {
    auto wseen = Traverse(Get(name));
    EXPECT_EQ(wseen.size(), 1u);
    EXPECT_EQ(Count(wseen, getter), 1u);
    getter_rc = Rc(getter);
    Clear(Get(name));
    EXPECT_EQ(Rc(getter), getter_rc - 1);
    EXPECT_TRUE(ReprText(Get(name), &repr));
  }
}

TEST_F(TraverseTest, SuspendedGeneratorAndItsClear) {
  Run("def gen(x):\n"
      "    y = [x]\n"
      "    yield 1\n"
      "    yield 2\n"
      "arg = [0]\n"
      "g = gen(arg)\n"
      "next(g)\n");
  Value g = Get("g"), arg = Get("arg");
  auto seen = Traverse(g);
  EXPECT_EQ(Count(seen, arg), 1u);
  EXPECT_EQ(Count(seen, Get("gen")), 1u);
  int64_t arg_rc = Rc(arg);
  Clear(g);
  EXPECT_EQ(Rc(arg), arg_rc - 2);  // the local x and the list y
  Ref r = IterNext(g);  // finished: exhausted without an exception
  EXPECT_FALSE(r);
  EXPECT_FALSE(ErrorOccurred());
}

TEST_F(TraverseTest, ClassWithAMetaclass) {
  Run("def make():\n"
      "    class Meta(type):\n"
      "        __slots__ = ('extra',)\n"
      "    class K(metaclass=Meta): pass\n"
      "    return Meta, K\n"
      "Meta, K = make()\n"
      "marker = [1]\n"
      "K.extra = marker\n"
      "err = ValueError(marker)\n");
  Value Meta = Get("Meta"), K = Get("K"), marker = Get("marker");
  auto* t = static_cast<TypeObject*>(K.obj());
  auto seen = Traverse(K);
  // The slot word, the metaclass, then the class's own fields.
  EXPECT_EQ(seen.size(), 7u);
  EXPECT_EQ(Count(seen, marker), 1u);
  EXPECT_EQ(Count(seen, Meta), 1u);
  EXPECT_EQ(Count(seen, Value::FromObject(t->mro)), 1u);
  // Builtin exception subclasses inherit BaseException's hooks.
  Ref args = Attr(Get("err"), "args");
  auto eseen = Traverse(Get("err"));
  EXPECT_EQ(Count(eseen, args.get()), 1u);
}

TEST_F(TraverseTest, ZeroFilledObjectsTraverseToNothing) {
  // A just-allocated object (fields zeroed) must be safe to traverse.
  for (TypeObject* t : {&FunctionType, &MethodType, &CellType, &BuiltinFunctionType, &ModuleType,
                        &PropertyType, &StaticMethodType}) {
    Object* o = AllocObject(t, std::max<size_t>(t->basic_size, 256));
    ASSERT_NE(o, nullptr);
    CountingVisitor v;
    gc::TypeHooksOf(o).traverse(o, v);
    EXPECT_TRUE(v.seen.empty()) << t->name;
    FreeObject(o);
  }
}

}  // namespace
}  // namespace gilectomy::rt
