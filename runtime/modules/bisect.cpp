// The bisect module: bisect_left/bisect_right and insort_left/insort_right
// (with lo, hi and key), the binary searches of CPython's _bisect: only `<`
// is used, comparing x with a[mid] (bisect_right) or a[mid] with x
// (bisect_left), so equal elements land where CPython puts them.
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/native_modules.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"

namespace gilectomy::rt {

namespace {

struct BisectArgs {
  Value a, x, key;
  int64_t lo, hi;
};

bool ParseBisect(const char* name, const Value* args, size_t nargs, Value kwnames,
                 BisectArgs* out) {
  Value v[5] = {};
  if (!ParseArgs(name, args, nargs, kwnames, {"a", "x", "lo", "hi", "key"}, 2, v)) return false;
  out->a = v[0];
  out->x = v[1];
  out->key = v[4] && !IsNone(v[4]) ? v[4] : Value();
  out->lo = 0;
  out->hi = -1;
  if (v[2] && !AsSsizeArg(v[2], &out->lo)) return false;
  if (v[3] && !IsNone(v[3]) && !AsSsizeArg(v[3], &out->hi)) return false;
  if (out->lo < 0) {
    SetError(ValueErrorType(), "lo must be non-negative");
    return false;
  }
  if (out->hi == -1) {
    out->hi = Length(out->a);
    if (out->hi < 0) return false;
  }
  return true;
}

// The insertion point; -1 on error. `x` is already key(x) for insort.
int64_t Search(const BisectArgs& b, Value x, bool right) {
  int64_t lo = b.lo, hi = b.hi;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    Ref item = GetItem(b.a, Value::SmallInt(mid));
    if (!item) return -1;
    if (b.key) {
      item = CallOneArg(b.key, item.get());
      if (!item) return -1;
    }
    int lt = right ? RichCompareBool(x, item.get(), CompareOp::kLt)
                   : RichCompareBool(item.get(), x, CompareOp::kLt);
    if (lt < 0) return -1;
    if (right == (lt == 1)) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

Ref BisectImpl(const char* name, const Value* args, size_t nargs, Value kwnames, bool right) {
  BisectArgs b;
  if (!ParseBisect(name, args, nargs, kwnames, &b)) return Ref();
  int64_t i = Search(b, b.x, right);
  if (i < 0) return Ref();
  return IntFromInt64(i);
}

Ref InsortImpl(const char* name, const Value* args, size_t nargs, Value kwnames, bool right) {
  BisectArgs b;
  if (!ParseBisect(name, args, nargs, kwnames, &b)) return Ref();
  Ref k = b.key ? CallOneArg(b.key, b.x) : Ref::New(b.x);
  if (!k) return Ref();
  int64_t i = Search(b, k.get(), right);
  if (i < 0) return Ref();
  Value call_args[2] = {Value::SmallInt(i), b.x};
  Ref r = CallMethod(b.a, "insert", call_args, 2);
  if (!r) return Ref();
  return Ref::New(None());
}

Ref Bisect_bisect_left(Value, const Value* a, size_t n, Value k) {
  return BisectImpl("bisect_left", a, n, k, false);
}
Ref Bisect_bisect_right(Value, const Value* a, size_t n, Value k) {
  return BisectImpl("bisect_right", a, n, k, true);
}
Ref Bisect_insort_left(Value, const Value* a, size_t n, Value k) {
  return InsortImpl("insort_left", a, n, k, false);
}
Ref Bisect_insort_right(Value, const Value* a, size_t n, Value k) {
  return InsortImpl("insort_right", a, n, k, true);
}

const MethodDef kBisectFunctions[] = {
    {"bisect_left", Bisect_bisect_left},   {"bisect_right", Bisect_bisect_right},
    {"bisect", Bisect_bisect_right},       {"insort_left", Bisect_insort_left},
    {"insort_right", Bisect_insort_right}, {"insort", Bisect_insort_right},
    {nullptr, nullptr},
};

}  // namespace

Ref CreateBisectModule() {
  Ref mod = NewModule("bisect");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kBisectFunctions);
  return mod;
}

}  // namespace gilectomy::rt
