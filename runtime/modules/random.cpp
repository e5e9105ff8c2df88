// The random module: a Mersenne Twister (MT19937) that produces exactly
// CPython 3.11's sequences for the same seed, and the Random methods built on
// it with CPython's algorithms, so that every draw consumes the generator the
// same way:
//   - seed(int): init_by_array over the 32-bit words of abs(n), least
//     significant first (one zero word for 0); seed(str/bytes) version 2:
//     the int whose big-endian bytes are the text's UTF-8 followed by its
//     SHA-512 digest; seed(float): abs(hash(x)); seed(None): OS entropy.
//   - random(): 53 bits from two draws (a >> 5, b >> 6).
//   - getrandbits(k): k <= 32 takes the top k bits of one draw; larger k
//     fills 32-bit words least significant first, the last one shifted.
//   - _randbelow(n): getrandbits(n.bit_length()) until the value is below n;
//     randrange/randint/choice/shuffle/sample use it as random.py does.
//   - choices(), uniform(), gauss() (with the cached second value),
//     normalvariate() (Kinderman-Monahan), expovariate(), triangular(), ...
//     compute with the same floating-point operations in the same order.
//
// The module-level functions are methods bound to one hidden Random
// instance, as in CPython. The generator state (words, index, the cached
// gauss value) is guarded by the instance's object lock
// (runtime/object_lock.h), held only while words are drawn or the state is
// copied (never while Python code runs), so threads sharing an instance
// never tear it.
#include <gmp.h>

#include <atomic>
#include <cmath>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/object_lock.h"
#include "runtime/modules/native_modules.h"
#include "runtime/modules/sha512.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

TypeObject RandomType;

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObject : Object {
  uint32_t mt[kN];
  int index;              // next word of mt to temper; kN: regenerate first
  bool has_gauss;         // gauss() keeps its second value
  double gauss_next;
};

RandomObject* Rng(Value v) { return static_cast<RandomObject*>(v.obj()); }

// The instance's object lock, around every access to its state.
class StateLock {
 public:
  explicit StateLock(RandomObject* r) : g_(r) {}

 private:
  LockGuard g_;
};

class Mpz {
 public:
  Mpz() { mpz_init(v_); }
  ~Mpz() { mpz_clear(v_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return v_; }
  mpz_ptr operator->() { return v_; }

 private:
  mpz_t v_;
};

// --- MT19937 ---------------------------------------------------------------------------

void InitGenrand(RandomObject* r, uint32_t s) {
  r->mt[0] = s;
  for (int i = 1; i < kN; i++) {
    r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  r->index = kN;
}

void InitByArray(RandomObject* r, const uint32_t* key, size_t len) {
  InitGenrand(r, 19650218u);
  uint32_t* mt = r->mt;
  size_t i = 1, j = 0;
  for (size_t k = std::max<size_t>(kN, len); k > 0; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] +
            static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = kN - 1; k > 0; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    i++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
  r->index = kN;
}

// Caller holds the state lock.
uint32_t GenrandLocked(RandomObject* r) {
  uint32_t* mt = r->mt;
  if (r->index >= kN) {
    auto mix = [](uint32_t a, uint32_t b) { return (a & 0x80000000u) | (b & 0x7fffffffu); };
    int k = 0;
    for (; k < kN - kM; k++) {
      uint32_t y = mix(mt[k], mt[k + 1]);
      mt[k] = mt[k + kM] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    for (; k < kN - 1; k++) {
      uint32_t y = mix(mt[k], mt[k + 1]);
      mt[k] = mt[k + (kM - kN)] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    uint32_t y = mix(mt[kN - 1], mt[0]);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

double RandomDoubleLocked(RandomObject* r) {
  uint32_t a = GenrandLocked(r) >> 5, b = GenrandLocked(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

double RandomDouble(RandomObject* r) {
  StateLock lock(r);
  return RandomDoubleLocked(r);
}

// getrandbits(k) into `out`, k > 0.
void RandBitsMpz(RandomObject* r, uint64_t k, mpz_ptr out) {
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  {
    StateLock lock(r);
    for (size_t i = 0; i < words; i++, k -= 32) {
      uint32_t x = GenrandLocked(r);
      if (k < 32) x >>= (32 - k);
      w[i] = x;
    }
  }
  mpz_import(out, words, -1, sizeof(uint32_t), 0, 0, w.data());
}

// _randbelow(n) for n > 0.
void RandBelowMpz(RandomObject* r, mpz_srcptr n, mpz_ptr out) {
  uint64_t k = mpz_sizeinbase(n, 2);
  do {
    RandBitsMpz(r, k, out);
  } while (mpz_cmp(out, n) >= 0);
}

// _randbelow(n) for 0 < n < 2**62.
int64_t RandBelow(RandomObject* r, int64_t n) {
  int k = 64 - __builtin_clzll(static_cast<uint64_t>(n));
  if (k <= 32) {
    StateLock lock(r);
    for (;;) {
      int64_t x = GenrandLocked(r) >> (32 - k);
      if (x < n) return x;
    }
  }
  for (;;) {
    uint64_t lo, hi;
    {
      StateLock lock(r);
      lo = GenrandLocked(r);
      hi = GenrandLocked(r) >> (64 - k);
    }
    auto x = static_cast<int64_t>(lo | (hi << 32));
    if (x < n) return x;
  }
}

// _randbelow(n) for any int n > 0.
Ref RandBelowInt(RandomObject* r, Value n) {
  int64_t small;
  if (IntAsInt64(n, &small) && small < (int64_t{1} << 62)) return IntFromInt64(RandBelow(r, small));
  ClearError();
  Mpz m, out;
  IntToMpz(n, m);
  RandBelowMpz(r, m, out);
  return IntFromMpz(out);
}

// --- seeding -----------------------------------------------------------------------------

void SeedFromMpz(RandomObject* r, mpz_ptr m) {
  mpz_abs(m, m);
  size_t count = 0;
  std::vector<uint32_t> key((mpz_sizeinbase(m, 2) + 31) / 32 + 1);
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, m);
  if (count == 0) {
    key[0] = 0;
    count = 1;
  }
  StateLock lock(r);
  InitByArray(r, key.data(), count);
  r->has_gauss = false;
}

void SeedFromEntropy(RandomObject* r) {
  std::random_device dev;
  uint32_t key[kN];
  for (uint32_t& k : key) k = dev();
  StateLock lock(r);
  InitByArray(r, key, kN);
  r->has_gauss = false;
}

bool SeedWith(RandomObject* r, Value a, int64_t version) {
  Mpz m;
  if (!a || IsNone(a)) {
    SeedFromEntropy(r);
    return true;
  }
  if (IsInt(a)) {
    IntToMpz(a, m);
  } else if (IsStr(a)) {
    std::string_view text = StrView(a);
    if (version == 1) {
      // random.py's version-1 string hash (64-bit arithmetic).
      uint64_t x = 0;
      size_t i = 0, len = 0;
      if (!text.empty()) x = static_cast<uint64_t>(DecodeUtf8(text, i)) << 7;
      i = 0;
      while (i < text.size()) {
        x = (1000003u * x) ^ DecodeUtf8(text, i);
        len++;
      }
      x ^= len;
      mpz_import(m, 1, 1, sizeof x, 0, 0, &x);
    } else {
      Sha512 h;
      h.Update(text);
      std::array<uint8_t, 64> digest = h.Finish();
      std::string bytes(text);
      bytes.append(reinterpret_cast<const char*>(digest.data()), digest.size());
      mpz_import(m, bytes.size(), 1, 1, 0, 0, bytes.data());
    }
  } else if (Is<FloatObject>(a)) {
    // The hash as an unsigned word (C's (size_t)hash), not its absolute value.
    auto h = static_cast<uint64_t>(FloatHash(FloatValue(a)));
    mpz_import(m, 1, 1, sizeof h, 0, 0, &h);
  } else {
    SetError(TypeErrorType(),
             "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return false;
  }
  SeedFromMpz(r, m);
  return true;
}

// --- methods ---------------------------------------------------------------------------------

Ref RandomNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("Random", kwnames) || !CheckArgCount("Random", nargs, 0, 1)) return Ref();
  auto* r = static_cast<RandomObject*>(AllocObject(type, sizeof(RandomObject)));
  if (r == nullptr) return Ref();
  Ref self = Ref::Steal(r);
  if (!SeedWith(r, nargs ? args[0] : Value(), 2)) return Ref();
  return self;
}

// "Random.f() takes N positional arguments but M were given" style checks.
bool MethodArgs(const char* name, const Value* args, size_t nargs, Value kwnames,
                std::initializer_list<const char*> names, size_t required, Value* out) {
  size_t max = names.size();
  if (nargs > max) {
    std::string range = required == max ? fmt::format("{}", max + 1)
                                         : fmt::format("from {} to {}", required + 1, max + 1);
    SetErrorFmt(TypeErrorType(), "Random.{}() takes {} positional arguments but {} were given",
                name, range, nargs + 1);
    return false;
  }
  if (!ParseArgs(name, args, nargs, kwnames, names, 0, out)) return false;
  size_t missing = 0;
  std::string list;
  auto it = names.begin();
  for (size_t i = 0; i < required; i++, ++it) {
    if (!out[i]) {
      if (missing++) list += " and ";
      list += fmt::format("'{}'", *it);
    }
  }
  if (missing) {
    SetErrorFmt(TypeErrorType(), "Random.{}() missing {} required positional argument{}: {}", name,
                missing, missing == 1 ? "" : "s", list);
    return false;
  }
  return true;
}

Ref Random_seed(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!MethodArgs("seed", args, nargs, kwnames, {"a", "version"}, 0, a)) return Ref();
  int64_t version = 2;
  if (a[1] && !IntAsInt64(a[1], &version)) return Ref();
  if (!SeedWith(Rng(self), a[0], version)) return Ref();
  return Ref::New(None());
}

Ref Random_random(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("random", kwnames) || !CheckArgCount("random", nargs, 0, 0)) return Ref();
  return FloatFromDouble(RandomDouble(Rng(self)));
}

Ref Random_getrandbits(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("getrandbits", kwnames) || !CheckArgCount("getrandbits", nargs, 1, 1)) {
    return Ref();
  }
  int64_t k;
  if (!IsInt(args[0])) {
    return SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer",
                       TypeName(args[0]));
  }
  if (!IntAsInt64(args[0], &k)) return Ref();
  if (k < 0) return SetError(ValueErrorType(), "number of bits must be non-negative");
  if (k == 0) return Ref::SmallInt(0);
  RandomObject* r = Rng(self);
  if (k <= 32) {
    StateLock lock(r);
    return IntFromInt64(GenrandLocked(r) >> (32 - k));
  }
  Mpz m;
  RandBitsMpz(r, static_cast<uint64_t>(k), m);
  return IntFromMpz(m);
}

// randbytes(n): getrandbits(n * 8) as n little-endian bytes.
Ref Random_randbytes(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!MethodArgs("randbytes", args, nargs, kwnames, {"n"}, 1, a)) return Ref();
  int64_t n;
  if (!AsSsizeArg(a[0], &n)) return Ref();
  if (n < 0) return SetError(ValueErrorType(), "number of bits must be non-negative");
  std::string out(static_cast<size_t>(n), '\0');
  if (n > 0) {
    Mpz m;
    RandBitsMpz(Rng(self), static_cast<uint64_t>(n) * 8, m);
    size_t count = 0;
    std::string tmp(static_cast<size_t>(n) + 8, '\0');
    mpz_export(tmp.data(), &count, -1, 1, 0, 0, m);
    std::copy(tmp.begin(), tmp.begin() + static_cast<int64_t>(std::min<size_t>(count, out.size())), out.begin());
  }
  return BytesFromString(out);
}

// _index() of a randrange argument (integral floats are accepted, as 3.11
// does with a DeprecationWarning).
Ref RangeArg(Value v, const char* which) {
  if (IsInt(v)) return Index(v);
  if (Is<FloatObject>(v)) {
    double d = FloatValue(v);
    if (std::isfinite(d) && d == std::floor(d)) return IntFromDouble(d);
  }
  if (!IsInt(v) && v.type()->number.index != nullptr) return Index(v);
  return SetErrorFmt(ValueErrorType(), "non-integer {} for randrange()", which);
}

Ref RandRange(RandomObject* r, Value start, Value stop, Value step) {
  Ref istart = RangeArg(start, "arg 1");
  if (!istart) return Ref();
  if (!stop || IsNone(stop)) {
    if (step && !(step.is_small_int() && step.small_int() == 1)) {
      return SetError(TypeErrorType(), "Missing a non-None stop argument");
    }
    if (IntSign(istart.get()) > 0) return RandBelowInt(r, istart.get());
    return SetError(ValueErrorType(), "empty range for randrange()");
  }
  Ref istop = RangeArg(stop, "stop");
  if (!istop) return Ref();
  Ref width = IntSub(istop.get(), istart.get());
  if (!width) return Ref();
  Ref istep = step ? RangeArg(step, "step") : Ref::SmallInt(1);
  if (!istep) return Ref();
  if (istep.get().is_small_int() && istep.get().small_int() == 1) {
    if (IntSign(width.get()) > 0) {
      Ref k = RandBelowInt(r, width.get());
      if (!k) return Ref();
      return IntAdd(istart.get(), k.get());
    }
    return SetErrorFmt(ValueErrorType(), "empty range for randrange() ({}, {}, {})",
                       IntToString(istart.get()), IntToString(istop.get()),
                       IntToString(width.get()));
  }
  int sign = IntSign(istep.get());
  if (sign == 0) return SetError(ValueErrorType(), "zero step for randrange()");
  Ref adj = IntAdd(width.get(), Value::SmallInt(sign > 0 ? -1 : 1));
  if (!adj) return Ref();
  adj = IntAdd(adj.get(), istep.get());
  if (!adj) return Ref();
  Ref n = IntFloorDiv(adj.get(), istep.get());
  if (!n) return Ref();
  if (IntSign(n.get()) <= 0) return SetError(ValueErrorType(), "empty range for randrange()");
  Ref k = RandBelowInt(r, n.get());
  if (!k) return Ref();
  Ref off = IntMul(istep.get(), k.get());
  if (!off) return Ref();
  return IntAdd(istart.get(), off.get());
}

Ref Random_randrange(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!MethodArgs("randrange", args, nargs, kwnames, {"start", "stop", "step"}, 1, a)) return Ref();
  return RandRange(Rng(self), a[0], a[1], a[2]);
}

Ref Random_randint(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!MethodArgs("randint", args, nargs, kwnames, {"a", "b"}, 2, a)) return Ref();
  Ref stop = BinaryOp(a[1], Value::SmallInt(1), BinOp::kAdd);
  if (!stop) return Ref();
  return RandRange(Rng(self), a[0], stop.get(), Value());
}

Ref Random_choice(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!MethodArgs("choice", args, nargs, kwnames, {"seq"}, 1, a)) return Ref();
  int64_t n = Length(a[0]);
  if (n < 0) return Ref();
  if (n == 0) return SetError(IndexErrorType(), "Cannot choose from an empty sequence");
  return GetItem(a[0], Value::SmallInt(RandBelow(Rng(self), n)));
}

Ref Random_shuffle(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!MethodArgs("shuffle", args, nargs, kwnames, {"x"}, 1, a)) return Ref();
  Value x = a[0];
  int64_t n = Length(x);
  if (n < 0) return Ref();
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = RandBelow(Rng(self), i + 1);
    Ref xi = GetItem(x, Value::SmallInt(i));
    if (!xi) return Ref();
    Ref xj = GetItem(x, Value::SmallInt(j));
    if (!xj) return Ref();
    if (SetItem(x, Value::SmallInt(i), xj.get()) < 0) return Ref();
    if (SetItem(x, Value::SmallInt(j), xi.get()) < 0) return Ref();
  }
  return Ref::New(None());
}

bool IsSequence(Value v) {
  TypeObject* t = v.type();
  return !IsDict(v) && t->getitem != nullptr && t->len != nullptr;
}

Ref Sample(RandomObject* r, Value population, int64_t k) {
  int64_t n = Length(population);
  if (n < 0) return Ref();
  if (k < 0 || k > n) return SetError(ValueErrorType(), "Sample larger than population or is negative");
  Ref result = NewList(k);
  if (!result) return Ref();
  int64_t setsize = 21;
  if (k > 5) setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
  if (n <= setsize) {
    Ref pool = ListFromIterable(population);
    if (!pool) return Ref();
    auto* p = As<ListObject>(pool.get());
    for (int64_t i = 0; i < k; i++) {
      int64_t j = RandBelow(r, n - i);
      if (ListAppend(result.get(), p->items[j]) < 0) return Ref();
      Value moved = p->items[n - i - 1];
      Incref(moved);
      Decref(p->items[j]);
      p->items[j] = moved;
    }
    return result;
  }
  std::unordered_set<int64_t> selected;
  for (int64_t i = 0; i < k; i++) {
    int64_t j = RandBelow(r, n);
    while (selected.count(j)) j = RandBelow(r, n);
    selected.insert(j);
    Ref item = GetItem(population, Value::SmallInt(j));
    if (!item || ListAppend(result.get(), item.get()) < 0) return Ref();
  }
  return result;
}

// bisect_right(a, x, 0, hi) over a list.
int64_t BisectRight(Value a, Value x, int64_t hi) {
  int64_t lo = 0;
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    int lt = RichCompareBool(x, ListItem(a, mid), CompareOp::kLt);
    if (lt < 0) return -1;
    if (lt) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

// list(itertools.accumulate(iterable)).
Ref Accumulate(Value iterable) {
  Ref it = GetIter(iterable);
  Ref out = NewList(0);
  if (!it || !out) return Ref();
  Ref total;
  while (Ref item = IterNext(it.get())) {
    total = total ? BinaryOp(total.get(), item.get(), BinOp::kAdd) : std::move(item);
    if (!total || ListAppend(out.get(), total.get()) < 0) return Ref();
  }
  if (ErrorOccurred()) return Ref();
  return out;
}

Ref Random_sample(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (nargs > 2) {
    return SetErrorFmt(TypeErrorType(), "Random.sample() takes 3 positional arguments but {} were given",
                       nargs + 1);
  }
  if (!MethodArgs("sample", args, nargs, kwnames, {"population", "k", "counts"}, 2, a)) return Ref();
  if (!IsSequence(a[0])) {
    return SetError(TypeErrorType(),
                    "Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  int64_t k;
  if (!AsSsizeArg(a[1], &k)) return Ref();
  RandomObject* r = Rng(self);
  if (!a[2] || IsNone(a[2])) return Sample(r, a[0], k);
  int64_t n = Length(a[0]);
  if (n < 0) return Ref();
  Ref cum = Accumulate(a[2]);
  if (!cum) return Ref();
  if (ListSize(cum.get()) != n) {
    return SetError(ValueErrorType(), "The number of counts does not match the population");
  }
  if (n == 0) return SetError(IndexErrorType(), "pop from empty list");
  Value total = ListItem(cum.get(), n - 1);
  if (!IsInt(total)) return SetError(TypeErrorType(), "Counts must be integers");
  if (IntSign(total) <= 0) return SetError(ValueErrorType(), "Total of counts must be greater than zero");
  Ref range = CallOneArg(Value::FromObject(&RangeType), total);
  if (!range) return Ref();
  Ref picks = Sample(r, range.get(), k);
  if (!picks) return Ref();
  Ref out = NewList(k);
  if (!out) return Ref();
  for (int64_t i = 0; i < ListSize(picks.get()); i++) {
    int64_t idx = BisectRight(cum.get(), ListItem(picks.get(), i), n - 1);
    if (idx < 0) return Ref();
    Ref item = GetItem(a[0], Value::SmallInt(idx));
    if (!item || ListAppend(out.get(), item.get()) < 0) return Ref();
  }
  return out;
}

Ref Random_choices(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs > 2) {
    return SetErrorFmt(TypeErrorType(),
                       "Random.choices() takes from 2 to 3 positional arguments but {} were given",
                       nargs + 1);
  }
  Value a[4] = {};
  if (!MethodArgs("choices", args, nargs, kwnames, {"population", "weights", "cum_weights", "k"},
                  1, a)) {
    return Ref();
  }
  RandomObject* r = Rng(self);
  Value population = a[0];
  int64_t k = 1;
  if (a[3] && !AsSsizeArg(a[3], &k)) return Ref();
  int64_t n = Length(population);
  if (n < 0) return Ref();
  Ref out = NewList(0);
  if (!out) return Ref();
  Ref cum;
  bool has_weights = a[1] && !IsNone(a[1]);
  if (!a[2] || IsNone(a[2])) {
    if (!has_weights) {
      double fn = static_cast<double>(n);
      for (int64_t i = 0; i < k; i++) {
        Ref idx = IntFromDouble(std::floor(RandomDouble(r) * fn));
        if (!idx) return Ref();
        Ref item = GetItem(population, idx.get());
        if (!item || ListAppend(out.get(), item.get()) < 0) return Ref();
      }
      return out;
    }
    cum = Accumulate(a[1]);
    if (!cum) {
      if (ErrorMatches(TypeErrorType()) && IsInt(a[1])) {
        ClearError();
        return SetErrorFmt(TypeErrorType(), "The number of choices must be a keyword argument: k={}",
                           IntToString(a[1]));
      }
      return Ref();
    }
  } else {
    if (has_weights) {
      return SetError(TypeErrorType(), "Cannot specify both weights and cumulative weights");
    }
    cum = ListFromIterable(a[2]);
    if (!cum) return Ref();
  }
  if (ListSize(cum.get()) != n) {
    return SetError(ValueErrorType(), "The number of weights does not match the population");
  }
  if (n == 0) return SetError(IndexErrorType(), "list index out of range");
  Ref zero = FloatFromDouble(0.0);
  Ref total_obj = BinaryOp(ListItem(cum.get(), n - 1), zero.get(), BinOp::kAdd);
  if (!total_obj) return Ref();
  double total;
  if (!AsDouble(total_obj.get(), &total)) return Ref();
  if (total <= 0.0) return SetError(ValueErrorType(), "Total of weights must be greater than zero");
  if (!std::isfinite(total)) return SetError(ValueErrorType(), "Total of weights must be finite");
  for (int64_t i = 0; i < k; i++) {
    Ref x = FloatFromDouble(RandomDouble(r) * total);
    if (!x) return Ref();
    int64_t idx = BisectRight(cum.get(), x.get(), n - 1);
    if (idx < 0) return Ref();
    Ref item = GetItem(population, Value::SmallInt(idx));
    if (!item || ListAppend(out.get(), item.get()) < 0) return Ref();
  }
  return out;
}

// Parses up to two float parameters with defaults.
bool FloatParams(const char* name, const Value* args, size_t nargs, Value kwnames,
                 std::initializer_list<const char*> names, size_t required, double* out) {
  Value a[3] = {};
  if (!MethodArgs(name, args, nargs, kwnames, names, required, a)) return false;
  for (size_t i = 0; i < names.size(); i++) {
    if (a[i] && !AsDouble(a[i], &out[i])) return false;
  }
  return true;
}

Ref Random_uniform(Value self, const Value* args, size_t nargs, Value kwnames) {
  double p[2];
  if (!FloatParams("uniform", args, nargs, kwnames, {"a", "b"}, 2, p)) return Ref();
  return FloatFromDouble(p[0] + (p[1] - p[0]) * RandomDouble(Rng(self)));
}

Ref Random_triangular(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!MethodArgs("triangular", args, nargs, kwnames, {"low", "high", "mode"}, 0, a)) return Ref();
  double low = 0.0, high = 1.0, mode = 0.0;
  if ((a[0] && !AsDouble(a[0], &low)) || (a[1] && !AsDouble(a[1], &high))) return Ref();
  bool has_mode = a[2] && !IsNone(a[2]);
  if (has_mode && !AsDouble(a[2], &mode)) return Ref();
  double u = RandomDouble(Rng(self));
  double c = 0.5;
  if (has_mode) {
    if (high - low == 0.0) return FloatFromDouble(low);
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return FloatFromDouble(low + (high - low) * std::sqrt(u * c));
}

Ref Random_gauss(Value self, const Value* args, size_t nargs, Value kwnames) {
  double p[2] = {0.0, 1.0};
  if (!FloatParams("gauss", args, nargs, kwnames, {"mu", "sigma"}, 0, p)) return Ref();
  RandomObject* r = Rng(self);
  double z;
  {
    StateLock lock(r);  // the cached value and the draws change together
    if (r->has_gauss) {
      z = r->gauss_next;
      r->has_gauss = false;
    } else {
      double x2pi = RandomDoubleLocked(r) * (2.0 * M_PI);
      double g2rad = std::sqrt(-2.0 * std::log(1.0 - RandomDoubleLocked(r)));
      z = std::cos(x2pi) * g2rad;
      r->gauss_next = std::sin(x2pi) * g2rad;
      r->has_gauss = true;
    }
  }
  return FloatFromDouble(p[0] + z * p[1]);
}

double NormalVariate(RandomObject* r, double mu, double sigma) {
  const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = RandomDouble(r);
    double u2 = 1.0 - RandomDouble(r);
    z = magic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

Ref Random_normalvariate(Value self, const Value* args, size_t nargs, Value kwnames) {
  double p[2] = {0.0, 1.0};
  if (!FloatParams("normalvariate", args, nargs, kwnames, {"mu", "sigma"}, 0, p)) return Ref();
  return FloatFromDouble(NormalVariate(Rng(self), p[0], p[1]));
}

Ref Random_lognormvariate(Value self, const Value* args, size_t nargs, Value kwnames) {
  double p[2];
  if (!FloatParams("lognormvariate", args, nargs, kwnames, {"mu", "sigma"}, 2, p)) return Ref();
  double x = std::exp(NormalVariate(Rng(self), p[0], p[1]));
  if (std::isinf(x)) return SetError(OverflowErrorType(), "math range error");
  return FloatFromDouble(x);
}

Ref Random_expovariate(Value self, const Value* args, size_t nargs, Value kwnames) {
  double p[1];
  if (!FloatParams("expovariate", args, nargs, kwnames, {"lambd"}, 1, p)) return Ref();
  double u = 1.0 - RandomDouble(Rng(self));
  if (p[0] == 0.0) return SetError(ZeroDivisionErrorType(), "float division by zero");
  return FloatFromDouble(-std::log(u) / p[0]);
}

Ref Random_paretovariate(Value self, const Value* args, size_t nargs, Value kwnames) {
  double p[1];
  if (!FloatParams("paretovariate", args, nargs, kwnames, {"alpha"}, 1, p)) return Ref();
  double u = 1.0 - RandomDouble(Rng(self));
  if (p[0] == 0.0) return SetError(ZeroDivisionErrorType(), "float division by zero");
  return FloatPow(u, -1.0 / p[0]);
}

Ref Random_weibullvariate(Value self, const Value* args, size_t nargs, Value kwnames) {
  double p[2];
  if (!FloatParams("weibullvariate", args, nargs, kwnames, {"alpha", "beta"}, 2, p)) return Ref();
  double u = 1.0 - RandomDouble(Rng(self));
  if (p[1] == 0.0) return SetError(ZeroDivisionErrorType(), "float division by zero");
  Ref pw = FloatPow(-std::log(u), 1.0 / p[1]);
  if (!pw) return Ref();
  return FloatFromDouble(p[0] * FloatValue(pw.get()));
}

Ref Random_getstate(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("getstate", kwnames) || !CheckArgCount("getstate", nargs, 0, 0)) return Ref();
  RandomObject* r = Rng(self);
  Ref words = NewTuple(kN + 1);
  if (!words) return Ref();
  uint32_t mt[kN];
  int index;
  bool has_gauss;
  double gauss_next;
  {
    StateLock lock(r);
    std::copy(r->mt, r->mt + kN, mt);
    index = r->index;
    has_gauss = r->has_gauss;
    gauss_next = r->gauss_next;
  }
  for (int i = 0; i < kN; i++) TupleInit(words.get(), i, IntFromInt64(mt[i]));
  TupleInit(words.get(), kN, IntFromInt64(index));
  Ref gauss = has_gauss ? FloatFromDouble(gauss_next) : Ref::New(None());
  return MakeTuple({Value::SmallInt(3), words.get(), gauss.get()});
}

Ref Random_setstate(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("setstate", kwnames) || !CheckArgCount("setstate", nargs, 1, 1)) return Ref();
  Value state = args[0];
  if (!IsTuple(state) || TupleSize(state) != 3) {
    return SetError(TypeErrorType(), "state vector must be a tuple");
  }
  Value version = TupleItem(state, 0);
  if (!(version.is_small_int() && version.small_int() == 3)) {
    std::string v;
    if (!ReprText(version, &v)) return Ref();
    return SetErrorFmt(ValueErrorType(),
                       "state with version {} passed to Random.setstate() of version 3", v);
  }
  Value words = TupleItem(state, 1);
  if (!IsTuple(words)) return SetError(TypeErrorType(), "state vector must be a tuple");
  if (TupleSize(words) != kN + 1) return SetError(ValueErrorType(), "state vector is the wrong size");
  uint32_t mt[kN];
  for (int i = 0; i < kN; i++) {
    int64_t w;
    if (!IsInt(TupleItem(words, i)) || !IntAsInt64(TupleItem(words, i), &w)) {
      if (!ErrorOccurred()) SetError(TypeErrorType(), "state vector items must be integers");
      return Ref();
    }
    mt[i] = static_cast<uint32_t>(w);
  }
  int64_t index;
  if (!IntAsInt64(TupleItem(words, kN), &index)) return Ref();
  if (index < 0 || index > kN) return SetError(ValueErrorType(), "invalid state");
  Value g = TupleItem(state, 2);
  double gauss_next = 0.0;
  if (!IsNone(g) && !AsDouble(g, &gauss_next)) return Ref();
  RandomObject* r = Rng(self);
  {
    StateLock lock(r);
    std::copy(mt, mt + kN, r->mt);
    r->index = static_cast<int>(index);
    r->has_gauss = !IsNone(g);
    r->gauss_next = gauss_next;
  }
  return Ref::New(None());
}

const MethodDef kRandomMethods[] = {
    {"seed", Random_seed},
    {"random", Random_random},
    {"getrandbits", Random_getrandbits},
    {"randbytes", Random_randbytes},
    {"randrange", Random_randrange},
    {"randint", Random_randint},
    {"choice", Random_choice},
    {"shuffle", Random_shuffle},
    {"sample", Random_sample},
    {"choices", Random_choices},
    {"uniform", Random_uniform},
    {"triangular", Random_triangular},
    {"gauss", Random_gauss},
    {"normalvariate", Random_normalvariate},
    {"lognormvariate", Random_lognormvariate},
    {"expovariate", Random_expovariate},
    {"paretovariate", Random_paretovariate},
    {"weibullvariate", Random_weibullvariate},
    {"getstate", Random_getstate},
    {"setstate", Random_setstate},
    {nullptr, nullptr},
};

}  // namespace

void InitRandomType() {
  RandomType.name = "random.Random";
  RandomType.basic_size = sizeof(RandomObject);
  RandomType.hooks.dealloc = [](gc::Header* h) { FreeObject(h); };
  RandomType.new_ = RandomNew;
  RandomType.methods = kRandomMethods;
  InitStaticType(&RandomType);
}

Ref CreateRandomModule() {
  Ref mod = NewModule("random");
  if (!mod) return Ref();
  Value d = ModuleDict(mod.get());
  Ref inst = RandomNew(&RandomType, nullptr, 0, Value());
  if (!inst) return Ref();
  if (DictSetCStr(d, "Random", Value::FromObject(&RandomType)) < 0 ||
      DictSetCStr(d, "_inst", inst.get()) < 0) {
    return Ref();
  }
  Value module_name = DictGetCStr(d, "__name__");
  for (const MethodDef* m = kRandomMethods; m->name; ++m) {
    Ref f = NewBuiltinFunction(m, inst.get(), module_name);
    if (!f || DictSetCStr(d, m->name, f.get()) < 0) return Ref();
  }
  return mod;
}

}  // namespace gilectomy::rt
