// int and bool.
//
// Representation (runtime/value.h, runtime/objects/int.h):
//   - a small int is the tagged Value itself: no object, no refcount;
//   - any other int is a BigIntObject holding a GMP mpz_t (freed by
//     BigIntDealloc). int subclasses created by user classes also use the
//     BigIntObject layout, whatever the magnitude of their value;
//   - True and False are the immortal singletons of gSingletons: plain
//     Objects *without* an mpz (their type is bool, which carries the
//     kTypeIntSubclass flag). Every reader goes through SmallValue() first,
//     which maps small ints and the two bools to an int64_t; only what is
//     left is read as a BigIntObject.
//
// Invariant: every exact-int result is normalised: a value that fits
// [kSmallIntMin, kSmallIntMax] is returned as a small int, never boxed.
//
// Operations take a fast path when both operands are small (the sum of two
// small ints cannot overflow int64_t; products use __builtin_mul_overflow),
// and otherwise run through GMP on temporaries (MpzArg borrows the mpz of a
// big operand and materialises small ones).
//
// Semantics follow CPython 3.11 (Objects/longobject.c) as seen by programs:
// floor division and modulo round toward -infinity, true division is
// correctly rounded, ~ & | ^ behave as on infinite two's complement, hashes
// reduce modulo 2**61 - 1. Mixed int/float arithmetic is float's job: the
// int slots return NotImplemented for a float operand and float's slots
// (objects/float.cpp) handle both operand orders.
#include "runtime/objects/int.h"

#include <atomic>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/float.h"
#include "runtime/objects/init.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/unicode_db.h"

namespace gilectomy::rt {

namespace {

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;
// GMP aborts the process when a number outgrows its size field; refuse to
// build ints above this many bits (MemoryError, as CPython eventually gives).
constexpr uint64_t kMaxBits = uint64_t{1} << 36;

// sys.set_int_max_str_digits(): process-wide, read with relaxed loads (a
// setting, not a synchronisation point). 0 means no limit.
std::atomic<int64_t> gMaxStrDigits{4300};

// ---------------------------------------------------------------------------
// Reading ints.

// Small ints and bools as int64_t; false for boxed ints.
inline bool SmallValue(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  if (v == True()) {
    *out = 1;
    return true;
  }
  if (v == False()) {
    *out = 0;
    return true;
  }
  return false;
}

// Precondition: IsInt(v) and !SmallValue(v).
inline mpz_srcptr BigPtr(Value v) { return static_cast<BigIntObject*>(v.obj())->value; }

// An owned mpz, cleared on scope exit.
class Mpz {
 public:
  Mpz() { mpz_init(v_); }
  explicit Mpz(int64_t x) { mpz_init_set_si(v_, x); }
  ~Mpz() { mpz_clear(v_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return v_; }
  operator mpz_ptr() { return v_; }

 private:
  mpz_t v_;
};

// An int operand as an mpz: borrows a big int's value, materialises a small one.
class MpzArg {
 public:
  explicit MpzArg(Value v) {
    int64_t s;
    if (SmallValue(v, &s)) {
      mpz_init_set_si(tmp_, s);
      ptr_ = tmp_;
      owned_ = true;
    } else {
      ptr_ = BigPtr(v);
    }
  }
  ~MpzArg() {
    if (owned_) mpz_clear(tmp_);
  }
  MpzArg(const MpzArg&) = delete;
  MpzArg& operator=(const MpzArg&) = delete;
  mpz_srcptr get() const { return ptr_; }
  operator mpz_srcptr() const { return ptr_; }

 private:
  mpz_t tmp_;
  mpz_srcptr ptr_;
  bool owned_ = false;
};

inline bool BothInts(Value a, Value b) { return IsInt(a) && IsInt(b); }

// Boxes `m` (taking its limbs) unless it fits a small int.
Ref IntFromMpzTake(mpz_ptr m) {
  if (mpz_fits_slong_p(m)) {
    long v = mpz_get_si(m);
    if (Value::FitsSmallInt(v)) return Ref::SmallInt(v);
  }
  Object* o = AllocObject(&IntType, sizeof(BigIntObject));
  if (o == nullptr) return Ref();
  auto* b = static_cast<BigIntObject*>(o);
  mpz_init(b->value);
  mpz_swap(b->value, m);
  return Ref::Steal(o);
}

void BigIntDealloc(gc::Header* h) {
  mpz_clear(static_cast<BigIntObject*>(h)->value);
  FreeObject(h);
}

// An exact int equal to `v` (an int of any kind): `v` itself when it is
// already an exact int, else a copy (bools and subclasses become plain ints).
Ref ExactInt(Value v) {
  int64_t s;
  if (SmallValue(v, &s)) return Ref::SmallInt(s);
  if (v.type() == &IntType) return Ref::New(v);
  return IntFromMpz(BigPtr(v));
}

uint64_t BitLength(Value v) {
  int64_t s;
  if (SmallValue(v, &s)) {
    uint64_t m = s < 0 ? uint64_t(0) - uint64_t(s) : uint64_t(s);
    return m == 0 ? 0 : 64 - __builtin_clzll(m);
  }
  return mpz_sizeinbase(BigPtr(v), 2);
}

// Correctly rounded (half to even) |m| as a double with the given sign;
// false when it overflows.
bool MpzToDouble(mpz_srcptr m, double* out) {
  size_t nbits = mpz_sizeinbase(m, 2);
  if (mpz_sgn(m) == 0) {
    *out = 0.0;
    return true;
  }
  if (nbits <= 64) {
    Mpz a;
    mpz_abs(a, m);
    double d = static_cast<double>(mpz_get_ui(a));  // rounds to nearest even
    *out = mpz_sgn(m) < 0 ? -d : d;
    return true;
  }
  if (nbits > DBL_MAX_EXP) return false;
  // Keep the top 55 bits (53 + guard + round), fold the rest into a sticky bit.
  size_t shift = nbits - (DBL_MANT_DIG + 2);
  Mpz a;
  mpz_abs(a, m);
  bool sticky = mpz_scan1(a, 0) < shift;
  mpz_tdiv_q_2exp(a, a, shift);
  uint64_t q = mpz_get_ui(a);
  uint64_t low = q & 3;
  q >>= 2;
  if (low > 2 || (low == 2 && (sticky || (q & 1)))) ++q;
  double d = std::ldexp(static_cast<double>(q), static_cast<int>(shift + 2));
  if (std::isinf(d)) return false;
  *out = mpz_sgn(m) < 0 ? -d : d;
  return true;
}

ErrorTag IntTooLargeForFloat() {
  return SetError(OverflowErrorType(), "int too large to convert to float");
}

std::string MpzToString(mpz_srcptr m, int base) {
  std::string s(mpz_sizeinbase(m, base) + 2, '\0');
  mpz_get_str(s.data(), base, m);
  s.resize(std::strlen(s.c_str()));
  return s;
}

ErrorTag StrDigitsLimitError() {
  return SetErrorFmt(ValueErrorType(),
                     "Exceeds the limit ({} digits) for integer string conversion; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     gMaxStrDigits.load(std::memory_order_relaxed));
}

// ---------------------------------------------------------------------------
// Arithmetic slots.

Ref IntDivmodSlot(Value a, Value b);

ErrorTag IntZeroDivision() {
  return SetError(ZeroDivisionErrorType(), "integer division or modulo by zero");
}

bool IsZero(Value v) {
  int64_t s;
  return SmallValue(v, &s) ? s == 0 : mpz_sgn(BigPtr(v)) == 0;
}

Ref IntDivmodSlot(Value a, Value b) {
  if (!BothInts(a, b)) return NotImplemented();
  if (IsZero(b)) return IntZeroDivision();
  Ref q = IntFloorDiv(a, b);
  if (!q) return Ref();
  Ref r = IntMod(a, b);
  if (!r) return Ref();
  return MakeTuple({q.get(), r.get()});
}

// int ** int with a non-negative exponent, no modulus.
Ref IntPowNonNegative(Value a, Value b) {
  int64_t base, exp;
  bool small_base = SmallValue(a, &base);
  if (!SmallValue(b, &exp)) {
    // A huge exponent: only 0, 1 and -1 give a representable result.
    if (small_base && (base == 0 || base == 1)) return Ref::SmallInt(base);
    if (small_base && base == -1) return Ref::SmallInt(mpz_odd_p(BigPtr(b)) ? -1 : 1);
    return NoMemory();
  }
  if (small_base) {
    // Square-and-multiply while the result stays in int64_t.
    int64_t result = 1, x = base;
    int64_t e = exp;
    bool overflow = false;
    while (e > 0) {
      if (e & 1) overflow |= __builtin_mul_overflow(result, x, &result);
      e >>= 1;
      if (e > 0) overflow |= __builtin_mul_overflow(x, x, &x);
      if (overflow) break;
    }
    if (!overflow) return IntFromInt64(result);
    if (base == 0 || base == 1) return Ref::SmallInt(base);
    if (base == -1) return Ref::SmallInt((exp & 1) ? -1 : 1);
  }
  if (static_cast<uint64_t>(exp) > kMaxBits ||
      BitLength(a) * static_cast<uint64_t>(exp) > kMaxBits) {
    return NoMemory();
  }
  MpzArg x(a);
  Mpz r;
  mpz_pow_ui(r, x, static_cast<unsigned long>(exp));
  return IntFromMpzTake(r);
}

Ref IntPowMod(Value a, Value b, Value m) {
  if (IsZero(m)) return SetError(ValueErrorType(), "pow() 3rd argument cannot be 0");
  MpzArg x(a), e(b), mod(m);
  Mpz absm, base, exp, r;
  mpz_abs(absm, mod);
  if (mpz_cmp_ui(absm.get(), 1) == 0) return Ref::SmallInt(0);
  mpz_mod(base, x, absm);
  mpz_set(exp, e);
  if (mpz_sgn(exp.get()) < 0) {
    if (mpz_invert(base, base, absm) == 0) {
      return SetError(ValueErrorType(), "base is not invertible for the given modulus");
    }
    mpz_neg(exp, exp);
  }
  mpz_powm(r, base, exp, absm);
  if (mpz_sgn(mod.get()) < 0 && mpz_sgn(r.get()) != 0) mpz_add(r, r, mod);
  return IntFromMpzTake(r);
}

Ref IntPow(Value a, Value b, Value m) {
  if (!BothInts(a, b)) return NotImplemented();
  if (!IsNone(m)) {
    if (Is<FloatObject>(m)) {
      // CPython reaches this message through float's slot (for the third operand).
      return SetError(TypeErrorType(),
                      "pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (!IsInt(m)) return NotImplemented();
    return IntPowMod(a, b, m);
  }
  if (IntSign(b) < 0) {
    // A negative exponent gives a float (CPython hands over to float.__pow__).
    double x, y;
    if (!IntAsDouble(a, &x) || !IntAsDouble(b, &y)) return Ref();
    return FloatPow(x, y);
  }
  return IntPowNonNegative(a, b);
}

// Shift count as a non-negative int64; false with an error set otherwise.
// A count too large for int64_t is reported as INT64_MAX.
bool ShiftCount(Value b, int64_t* out) {
  if (IntSign(b) < 0) {
    SetError(ValueErrorType(), "negative shift count");
    return false;
  }
  int64_t s;
  *out = SmallValue(b, &s) ? s : (mpz_fits_slong_p(BigPtr(b)) ? mpz_get_si(BigPtr(b)) : INT64_MAX);
  return true;
}

// A left shift count beyond ssize_t is an OverflowError in CPython; a
// smaller one that cannot be allocated is a MemoryError.
bool ShiftCountFitsInt64(Value b) {
  int64_t s;
  return SmallValue(b, &s) || mpz_fits_slong_p(BigPtr(b));
}

Ref IntLShift(Value a, Value b) {
  if (!BothInts(a, b)) return NotImplemented();
  int64_t n;
  if (!ShiftCount(b, &n)) return Ref();
  int64_t x;
  bool small = SmallValue(a, &x);
  if (small && x == 0) return Ref::SmallInt(0);
  if (small && n < 62) {
    // x << n stays exact when shifting back recovers x.
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << n);
    if ((r >> n) == x && Value::FitsSmallInt(r)) return Ref::SmallInt(r);
  }
  if (!small && mpz_sgn(BigPtr(a)) == 0) return Ref::SmallInt(0);
  if (!ShiftCountFitsInt64(b)) return SetError(OverflowErrorType(), "too many digits in integer");
  if (static_cast<uint64_t>(n) > kMaxBits || BitLength(a) + static_cast<uint64_t>(n) > kMaxBits) {
    return NoMemory();
  }
  MpzArg xa(a);
  Mpz r;
  mpz_mul_2exp(r, xa, static_cast<mp_bitcnt_t>(n));
  return IntFromMpzTake(r);
}

Ref IntRShift(Value a, Value b) {
  if (!BothInts(a, b)) return NotImplemented();
  int64_t n;
  if (!ShiftCount(b, &n)) return Ref();
  int64_t x;
  if (SmallValue(a, &x)) return Ref::SmallInt(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
  if (static_cast<uint64_t>(n) >= mpz_sizeinbase(BigPtr(a), 2)) {
    return Ref::SmallInt(mpz_sgn(BigPtr(a)) < 0 ? -1 : 0);
  }
  Mpz r;
  mpz_fdiv_q_2exp(r, BigPtr(a), static_cast<mp_bitcnt_t>(n));  // floor: arithmetic shift
  return IntFromMpzTake(r);
}

template <typename SmallOp, typename BigOp>
Ref BitOp(Value a, Value b, SmallOp small_op, BigOp big_op) {
  if (!BothInts(a, b)) return NotImplemented();
  int64_t x, y;
  if (SmallValue(a, &x) && SmallValue(b, &y)) return Ref::SmallInt(small_op(x, y));
  MpzArg xa(a), yb(b);
  Mpz r;
  big_op(r, xa, yb);
  return IntFromMpzTake(r);
}

Ref IntAnd(Value a, Value b) {
  return BitOp(a, b, [](int64_t x, int64_t y) { return x & y; }, mpz_and);
}
Ref IntOr(Value a, Value b) {
  return BitOp(a, b, [](int64_t x, int64_t y) { return x | y; }, mpz_ior);
}
Ref IntXor(Value a, Value b) {
  return BitOp(a, b, [](int64_t x, int64_t y) { return x ^ y; }, mpz_xor);
}

Ref IntPos(Value a) { return ExactInt(a); }

Ref IntAbs(Value a) {
  int64_t x;
  if (SmallValue(a, &x)) return IntFromInt64(x < 0 ? -x : x);
  Mpz r;
  mpz_abs(r, BigPtr(a));
  return IntFromMpzTake(r);
}

Ref IntInvert(Value a) {
  int64_t x;
  if (SmallValue(a, &x)) return Ref::SmallInt(~x);  // ~x = -x-1 stays in range
  Mpz r;
  mpz_com(r, BigPtr(a));
  return IntFromMpzTake(r);
}

int IntBool(Value a) { return IsZero(a) ? 0 : 1; }

Ref IntFloatSlot(Value a) {
  double d;
  if (!IntAsDouble(a, &d)) return Ref();
  return FloatFromDouble(d);
}

Ref IntRepr(Value a) {
  int64_t x;
  if (SmallValue(a, &x)) return StrFromAscii(std::to_string(x));
  mpz_srcptr m = BigPtr(a);
  int64_t limit = gMaxStrDigits.load(std::memory_order_relaxed);
  // Refuse before doing the quadratic conversion (log10(2) < 0.30103).
  if (limit > 0 && mpz_sizeinbase(m, 2) * 0.30103 > static_cast<double>(limit) + 2) {
    return StrDigitsLimitError();
  }
  std::string s = MpzToString(m, 10);
  if (limit > 0 && static_cast<int64_t>(s.size()) - (s[0] == '-') > limit) {
    return StrDigitsLimitError();
  }
  return StrFromAscii(s);
}

int64_t IntHashSlot(Value a) { return IntHash(a); }

Ref IntRichCompare(Value a, Value b, CompareOp op) {
  if (!BothInts(a, b)) return NotImplemented();
  return Ref::New(Bool(ApplyCompare(IntCompare(a, b), 0, op)));
}

// ---------------------------------------------------------------------------
// Parsing.

}  // namespace

// Python's int() input after Unicode normalisation: Unicode whitespace
// becomes ' ' and Unicode decimal digits become ASCII digits (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII). Other non-ASCII code points
// become '?', which no base accepts.
std::string NormaliseNumericText(std::string_view text) {
  bool ascii = true;
  for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(text);
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = DecodeUtf8(text, i);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (unicode::Has(cp, unicode::kSpace)) {
      out.push_back(' ');
    } else if (int d = unicode::DecimalValue(cp); d >= 0) {
      out.push_back(static_cast<char>('0' + d));
    } else {
      out.push_back('?');
    }
  }
  return out;
}

namespace {

bool IsSpaceAscii(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

ErrorTag InvalidIntLiteral(std::string_view text, int base) {
  std::string r = StrReprText(text);
  // CPython formats with %.200R: at most 200 code points of the repr.
  size_t i = 0, count = 0;
  while (i < r.size() && count < 200) {
    DecodeUtf8(r, i);
    ++count;
  }
  r.resize(i);
  return SetErrorFmt(ValueErrorType(), "invalid literal for int() with base {}: {}", base, r);
}

// Parses `s` (normalised) into sign and digit characters without
// underscores. False on a syntax error.
bool SplitIntLiteral(const std::string& s, int* base, bool* negative, std::string* digits) {
  size_t i = 0, n = s.size();
  while (i < n && IsSpaceAscii(s[i])) ++i;
  *negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) *negative = s[i++] == '-';
  bool after_prefix = false;
  bool zero_only = false;  // base 0 without a prefix and a leading 0: only zeros allowed
  if (i + 1 < n && s[i] == '0') {
    char p = static_cast<char>(s[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb != 0 && (*base == 0 || *base == pb)) {
      *base = pb;
      i += 2;
      after_prefix = true;
    }
  }
  if (*base == 0) {
    *base = 10;
    zero_only = i < n && s[i] == '0';
  }
  bool prev_digit = false;
  for (; i < n && !IsSpaceAscii(s[i]); ++i) {
    char c = s[i];
    if (c == '_') {
      if (!(prev_digit || (after_prefix && digits->empty())) || i + 1 >= n ||
          DigitValue(s[i + 1]) >= *base) {
        return false;
      }
      prev_digit = false;
      continue;
    }
    if (DigitValue(c) >= *base) return false;
    if (zero_only && c != '0') return false;
    digits->push_back(c);
    prev_digit = true;
  }
  while (i < n && IsSpaceAscii(s[i])) ++i;
  return i == n && !digits->empty();
}

// ---------------------------------------------------------------------------
// Construction: int(x), int(x, base), bool(x).

// PyNumber_Long: int(x) for a single argument.
Ref IntFromValue(Value x) {
  if (IsInt(x)) return ExactInt(x);
  if (IsStr(x)) return IntFromString(StrView(x), 10);
  TypeObject* t = x.type();
  const char* which = nullptr;
  Ref r;
  if (t->number.int_ != nullptr) {
    which = "__int__";
    r = t->number.int_(x);
  } else if (t->number.index != nullptr) {
    which = "__index__";
    r = t->number.index(x);
  } else {
    return SetErrorFmt(TypeErrorType(),
                       "int() argument must be a string, a bytes-like object or a real number, "
                       "not '{}'",
                       t->name);
  }
  if (!r) return Ref();
  if (!IsInt(r.get())) {
    return SetErrorFmt(TypeErrorType(), "{} returned non-int (type {})", which, TypeName(r.get()));
  }
  return ExactInt(r.get());
}

Ref IntNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!ParseArgs("int", args, nargs, kwnames, {"$x", "base"}, 0, out)) return Ref();
  Ref result;
  if (!out[0]) {
    if (out[1]) return SetError(TypeErrorType(), "int() missing string argument");
    result = Ref::SmallInt(0);
  } else if (!out[1]) {
    result = IntFromValue(out[0]);
  } else {
    Ref b = Index(out[1]);
    if (!b) return Ref();
    int64_t base;
    if (!SmallValue(b.get(), &base)) base = 99;  // out of range either way
    if ((base != 0 && base < 2) || base > 36) {
      return SetError(ValueErrorType(), "int() base must be >= 2 and <= 36, or 0");
    }
    if (!IsStr(out[0])) {
      return SetError(TypeErrorType(), "int() can't convert non-string with explicit base");
    }
    result = IntFromString(StrView(out[0]), static_cast<int>(base));
  }
  if (!result || type == &IntType) return result;
  // A subclass instance: the BigIntObject layout whatever the value.
  size_t size = type->basic_size ? type->basic_size : sizeof(BigIntObject);
  Object* o = AllocObject(type, size);
  if (o == nullptr) return Ref();
  auto* bi = static_cast<BigIntObject*>(o);
  mpz_init(bi->value);
  IntToMpz(result.get(), bi->value);
  return Ref::Steal(o);
}

Ref BoolNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("bool", kwnames) || !CheckArgCount("bool", nargs, 0, 1)) return Ref();
  if (nargs == 0) return Ref::New(False());
  int t = IsTrue(args[0]);
  if (t < 0) return Ref();
  return Ref::New(Bool(t));
}

// ---------------------------------------------------------------------------
// bool slots.

Ref BoolRepr(Value v) { return Ref::New(Intern(v == True() ? "True" : "False")); }

Ref BoolAnd(Value a, Value b) {
  if (IsBool(a) && IsBool(b)) return Ref::New(Bool(a == True() && b == True()));
  return IntAnd(a, b);
}
Ref BoolOr(Value a, Value b) {
  if (IsBool(a) && IsBool(b)) return Ref::New(Bool(a == True() || b == True()));
  return IntOr(a, b);
}
Ref BoolXor(Value a, Value b) {
  if (IsBool(a) && IsBool(b)) return Ref::New(Bool((a == True()) != (b == True())));
  return IntXor(a, b);
}

// ---------------------------------------------------------------------------
// Methods and getsets.

Ref IntBitLength(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("bit_length", kwnames) || !CheckArgCount("bit_length", nargs, 0, 0)) return Ref();
  return IntFromUint64(BitLength(self));
}

Ref IntBitCount(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("bit_count", kwnames) || !CheckArgCount("bit_count", nargs, 0, 0)) return Ref();
  int64_t x;
  if (SmallValue(self, &x)) {
    return Ref::SmallInt(__builtin_popcountll(x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x)));
  }
  Mpz a;
  mpz_abs(a, BigPtr(self));
  return IntFromUint64(mpz_popcount(a));
}

Ref IntConjugate(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("conjugate", kwnames) || !CheckArgCount("conjugate", nargs, 0, 0)) return Ref();
  return ExactInt(self);
}

// __trunc__, __floor__, __ceil__, __int__, __index__: all return int(self).
Ref IntSelfMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("__trunc__", kwnames) || !CheckArgCount("__trunc__", nargs, 0, 0)) return Ref();
  return ExactInt(self);
}

Ref IntRoundMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!ParseArgs("__round__", args, nargs, kwnames, {"ndigits"}, 0, out)) return Ref();
  return IntRound(self, out[0]);
}

Ref IntAsIntegerRatio(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("as_integer_ratio", kwnames) || !CheckArgCount("as_integer_ratio", nargs, 0, 0)) {
    return Ref();
  }
  Ref n = ExactInt(self);
  return MakeTuple({n.get(), Value::SmallInt(1)});
}

// int.from_bytes(bytes, byteorder='big', *, signed=False). There is no bytes
// type yet: any iterable of ints in range(256) (which CPython also accepts).
Ref IntFromBytes(Value cls, const Value* args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  if (!ParseArgs("from_bytes", args, nargs, kwnames, {"bytes", "byteorder", "signed"}, 1, out)) {
    return Ref();
  }
  bool little = false;
  if (out[1]) {
    if (!IsStr(out[1])) {
      return SetErrorFmt(TypeErrorType(),
                         "from_bytes() argument 'byteorder' must be str, not {}", TypeName(out[1]));
    }
    std::string_view bo = StrView(out[1]);
    if (bo == "little") {
      little = true;
    } else if (bo != "big") {
      return SetError(ValueErrorType(), "byteorder must be either 'little' or 'big'");
    }
  }
  bool is_signed = false;
  if (out[2]) {
    int t = IsTrue(out[2]);
    if (t < 0) return Ref();
    is_signed = t != 0;
  }
  if (IsInt(out[0]) || IsStr(out[0]) || IsNone(out[0])) {
    return SetErrorFmt(TypeErrorType(), "cannot convert '{}' object to bytes", TypeName(out[0]));
  }
  Ref it = GetIter(out[0]);
  if (!it) return Ref();
  std::string bytes;
  for (;;) {
    Ref item = IterNext(it.get());
    if (!item) {
      if (ErrorOccurred()) return Ref();
      break;
    }
    int64_t b;
    if (!IsInt(item.get())) {
      return SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer",
                         TypeName(item.get()));
    }
    if (!SmallValue(item.get(), &b) || b < 0 || b > 255) {
      return SetError(ValueErrorType(), "bytes must be in range(0, 256)");
    }
    bytes.push_back(static_cast<char>(b));
  }
  Mpz r;
  if (!bytes.empty()) mpz_import(r, bytes.size(), little ? -1 : 1, 1, 0, 0, bytes.data());
  if (is_signed && !bytes.empty()) {
    unsigned char top = static_cast<unsigned char>(little ? bytes.back() : bytes.front());
    if (top & 0x80) {
      Mpz span;
      mpz_setbit(span, bytes.size() * 8);
      mpz_sub(r, r, span);
    }
  }
  Ref result = IntFromMpzTake(r);
  if (!result || cls == Value::FromObject(&IntType)) return result;
  return CallOneArg(cls, result.get());
}

Ref IntGetSelf(Value self) { return ExactInt(self); }
Ref IntGetZero(Value) { return Ref::SmallInt(0); }
Ref IntGetOne(Value) { return Ref::SmallInt(1); }

const MethodDef kIntMethods[] = {
    {"to_bytes", IntToBytesMethod},
    {"bit_length", IntBitLength},
    {"bit_count", IntBitCount},
    {"conjugate", IntConjugate},
    {"as_integer_ratio", IntAsIntegerRatio},
    {"from_bytes", IntFromBytes, MethodDef::kClass},
    {"__trunc__", IntSelfMethod},
    {"__floor__", IntSelfMethod},
    {"__ceil__", IntSelfMethod},
    {"__round__", IntRoundMethod},
    {nullptr, nullptr},
};

const GetSetDef kIntGetSets[] = {
    {"real", IntGetSelf},      {"imag", IntGetZero},     {"numerator", IntGetSelf},
    {"denominator", IntGetOne}, {nullptr, nullptr},
};

}  // namespace

// ---------------------------------------------------------------------------
// Public API (runtime/objects/int.h).

int64_t IntMaxStrDigits() { return gMaxStrDigits.load(std::memory_order_relaxed); }
void SetIntMaxStrDigits(int64_t n) { gMaxStrDigits.store(n, std::memory_order_relaxed); }

Ref IntFromInt64(int64_t v) {
  if (Value::FitsSmallInt(v)) return Ref::SmallInt(v);
  Mpz m(v);
  return IntFromMpzTake(m);
}

Ref IntFromUint64(uint64_t v) {
  if (v <= static_cast<uint64_t>(kSmallIntMax)) return Ref::SmallInt(static_cast<int64_t>(v));
  Mpz m;
  mpz_set_ui(m, v);
  return IntFromMpzTake(m);
}

Ref IntFromMpz(const mpz_t v) {
  Mpz m;
  mpz_set(m, v);
  return IntFromMpzTake(m);
}

Ref IntFromDouble(double d) {
  if (std::isinf(d)) return SetError(OverflowErrorType(), "cannot convert float infinity to integer");
  if (std::isnan(d)) return SetError(ValueErrorType(), "cannot convert float NaN to integer");
  if (std::fabs(d) < 0x1p61) return Ref::SmallInt(static_cast<int64_t>(d));  // truncates
  Mpz m;
  mpz_set_d(m, d);  // exact: |d| >= 2**61 is an integer
  return IntFromMpzTake(m);
}

Ref IntFromString(std::string_view text, int base) {
  if ((base != 0 && base < 2) || base > 36) {
    return SetError(ValueErrorType(), "int() base must be >= 2 and <= 36, or 0");
  }
  std::string s = NormaliseNumericText(text);
  int b = base;
  bool negative;
  std::string digits;
  if (!SplitIntLiteral(s, &b, &negative, &digits)) return InvalidIntLiteral(text, base);
  int64_t limit = gMaxStrDigits.load(std::memory_order_relaxed);
  if ((b & (b - 1)) != 0 && limit > 0 && static_cast<int64_t>(digits.size()) > limit) {
    return SetErrorFmt(ValueErrorType(),
                       "Exceeds the limit ({} digits) for integer string conversion: value has {} "
                       "digits; use sys.set_int_max_str_digits() to increase the limit",
                       limit, digits.size());
  }
  if (digits.size() <= 12) {  // 36**12 < 2**63
    int64_t v = 0;
    for (char c : digits) v = v * b + DigitValue(c);
    return Ref::SmallInt(negative ? -v : v);
  }
  Mpz m;
  mpz_set_str(m, digits.c_str(), b);
  if (negative) mpz_neg(m, m);
  return IntFromMpzTake(m);
}

bool IntAsInt64(Value v, int64_t* out) {
  if (SmallValue(v, out)) return true;
  if (!IsInt(v)) {
    SetErrorFmt(TypeErrorType(), "'{}' object cannot be interpreted as an integer", TypeName(v));
    return false;
  }
  if (!mpz_fits_slong_p(BigPtr(v))) {
    SetError(OverflowErrorType(), "Python int too large to convert to C long");
    return false;
  }
  *out = mpz_get_si(BigPtr(v));
  return true;
}

void IntToMpz(Value v, mpz_t out) {
  int64_t s;
  if (SmallValue(v, &s)) {
    mpz_set_si(out, s);
  } else {
    mpz_set(out, BigPtr(v));
  }
}

bool IntAsDouble(Value v, double* out) {
  int64_t s;
  if (SmallValue(v, &s)) {
    *out = static_cast<double>(s);  // correctly rounded (round to nearest even)
    return true;
  }
  if (!MpzToDouble(BigPtr(v), out)) {
    IntTooLargeForFloat();
    return false;
  }
  return true;
}

std::string IntToString(Value v, int base) {
  int64_t s;
  if (SmallValue(v, &s) && base == 10) return std::to_string(s);
  MpzArg m(v);
  return MpzToString(m, base);
}

int IntSign(Value v) {
  int64_t s;
  if (SmallValue(v, &s)) return (s > 0) - (s < 0);
  return mpz_sgn(BigPtr(v));
}

int IntCompare(Value a, Value b) {
  int64_t x, y;
  if (SmallValue(a, &x) && SmallValue(b, &y)) return (x > y) - (x < y);
  MpzArg ma(a), mb(b);
  int c = mpz_cmp(ma, mb);
  return (c > 0) - (c < 0);
}

int64_t IntHash(Value v) {
  int64_t s;
  uint64_t h;
  bool negative;
  if (SmallValue(v, &s)) {
    negative = s < 0;
    h = (negative ? uint64_t(0) - uint64_t(s) : uint64_t(s)) % kHashModulus;
  } else {
    negative = mpz_sgn(BigPtr(v)) < 0;
    h = mpz_tdiv_ui(BigPtr(v), kHashModulus);  // |v| mod P
  }
  int64_t r = negative ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

Ref IntAdd(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return IntFromInt64(a.small_int() + b.small_int());
  if (!BothInts(a, b)) return NotImplemented();
  int64_t x, y;
  if (SmallValue(a, &x) && SmallValue(b, &y)) return IntFromInt64(x + y);
  MpzArg ma(a), mb(b);
  Mpz r;
  mpz_add(r, ma, mb);
  return IntFromMpzTake(r);
}

Ref IntSub(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return IntFromInt64(a.small_int() - b.small_int());
  if (!BothInts(a, b)) return NotImplemented();
  int64_t x, y;
  if (SmallValue(a, &x) && SmallValue(b, &y)) return IntFromInt64(x - y);
  MpzArg ma(a), mb(b);
  Mpz r;
  mpz_sub(r, ma, mb);
  return IntFromMpzTake(r);
}

Ref IntMul(Value a, Value b) {
  if (!BothInts(a, b)) return NotImplemented();
  int64_t x, y, p;
  if (SmallValue(a, &x) && SmallValue(b, &y) && !__builtin_mul_overflow(x, y, &p)) {
    return IntFromInt64(p);
  }
  if (BitLength(a) + BitLength(b) > kMaxBits) return NoMemory();
  MpzArg ma(a), mb(b);
  Mpz r;
  mpz_mul(r, ma, mb);
  return IntFromMpzTake(r);
}

Ref IntFloorDiv(Value a, Value b) {
  if (!BothInts(a, b)) return NotImplemented();
  if (IsZero(b)) return IntZeroDivision();
  int64_t x, y;
  if (SmallValue(a, &x) && SmallValue(b, &y)) {
    // |x| < 2**62, so x / -1 cannot overflow int64_t.
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return IntFromInt64(q);
  }
  MpzArg ma(a), mb(b);
  Mpz r;
  mpz_fdiv_q(r, ma, mb);
  return IntFromMpzTake(r);
}

Ref IntMod(Value a, Value b) {
  if (!BothInts(a, b)) return NotImplemented();
  if (IsZero(b)) return SetError(ZeroDivisionErrorType(), "integer modulo by zero");
  int64_t x, y;
  if (SmallValue(a, &x) && SmallValue(b, &y)) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return Ref::SmallInt(r);
  }
  MpzArg ma(a), mb(b);
  Mpz r;
  mpz_fdiv_r(r, ma, mb);
  return IntFromMpzTake(r);
}

// Correctly rounded a / b (CPython's long_true_divide): the quotient is
// computed exactly to DBL_MANT_DIG + 2 or more bits with a sticky bit for
// the remainder, then rounded half to even once. Subnormal results keep
// fewer bits so that they are rounded only once too.
Ref IntTrueDiv(Value a, Value b) {
  if (!BothInts(a, b)) return NotImplemented();
  if (IsZero(b)) return SetError(ZeroDivisionErrorType(), "division by zero");
  int64_t x, y;
  constexpr int64_t kExact = int64_t{1} << DBL_MANT_DIG;
  if (SmallValue(a, &x) && SmallValue(b, &y) && x <= kExact && x >= -kExact && y <= kExact &&
      y >= -kExact) {
    return FloatFromDouble(static_cast<double>(x) / static_cast<double>(y));
  }
  bool negative = (IntSign(a) < 0) != (IntSign(b) < 0);  // 0 / -5 is -0.0
  if (IsZero(a)) return FloatFromDouble(negative ? -0.0 : 0.0);
  MpzArg ma(a), mb(b);
  Mpz n, d;
  mpz_abs(n, ma);
  mpz_abs(d, mb);
  int64_t diff = static_cast<int64_t>(mpz_sizeinbase(n, 2)) - static_cast<int64_t>(mpz_sizeinbase(d, 2));
  // n / d lies in [2**(diff-1), 2**(diff+1)).
  if (diff > DBL_MAX_EXP) {
    return SetError(OverflowErrorType(), "integer division result too large for a float");
  }
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return FloatFromDouble(negative ? -0.0 : 0.0);
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  if (shift >= 0) {
    mpz_mul_2exp(d, d, static_cast<mp_bitcnt_t>(shift));
  } else {
    mpz_mul_2exp(n, n, static_cast<mp_bitcnt_t>(-shift));
  }
  Mpz q, r;
  mpz_tdiv_qr(q, r, n, d);
  bool inexact = mpz_sgn(r.get()) != 0;
  // q < 2**57 here.
  uint64_t qv = mpz_get_ui(q);
  int64_t qbits = 64 - __builtin_clzll(qv);
  int64_t extra = std::max<int64_t>(qbits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t half = uint64_t{1} << (extra - 1);
  uint64_t low = qv & ((half << 1) - 1);
  qv >>= extra;
  if (low > half || (low == half && (inexact || (qv & 1)))) ++qv;
  double result = std::ldexp(static_cast<double>(qv), static_cast<int>(shift + extra));
  if (std::isinf(result)) {
    return SetError(OverflowErrorType(), "integer division result too large for a float");
  }
  return FloatFromDouble(negative ? -result : result);
}

Ref IntNeg(Value a) {
  int64_t x;
  if (SmallValue(a, &x)) return IntFromInt64(-x);
  Mpz r;
  mpz_neg(r, BigPtr(a));
  return IntFromMpzTake(r);
}

Ref IntRound(Value x, Value ndigits) {
  if (!ndigits || IsNone(ndigits)) return ExactInt(x);
  Ref nd = Index(ndigits);
  if (!nd) return Ref();
  if (IntSign(nd.get()) >= 0) return ExactInt(x);
  // Round to a multiple of 10**-n, half to even.
  Mpz absn;
  IntToMpz(nd.get(), absn);
  mpz_neg(absn, absn);
  MpzArg mx(x);
  // 10**k > |x| * 2 once k exceeds the digit count: the result is 0.
  if (mpz_cmp_ui(absn.get(), mpz_sizeinbase(mx, 10) + 1) > 0) return Ref::SmallInt(0);
  Mpz pow10, q, r, twice;
  mpz_ui_pow_ui(pow10, 10, mpz_get_ui(absn));
  mpz_fdiv_qr(q, r, mx, pow10);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, pow10);
  if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, pow10);
  return IntFromMpzTake(q);
}

// ---------------------------------------------------------------------------

void InitIntTypes() {
  IntType.name = "int";
  IntType.basic_size = sizeof(BigIntObject);
  IntType.type_flags = kTypeBaseType | kTypeIntSubclass;
  IntType.hooks.dealloc = BigIntDealloc;
  IntType.repr = IntRepr;
  IntType.hash = IntHashSlot;
  IntType.richcompare = IntRichCompare;
  IntType.new_ = IntNew;
  NumberSlots& n = IntType.number;
  n.add = IntAdd;
  n.subtract = IntSub;
  n.multiply = IntMul;
  n.true_divide = IntTrueDiv;
  n.floor_divide = IntFloorDiv;
  n.remainder = IntMod;
  n.divmod = IntDivmodSlot;
  n.power = IntPow;
  n.lshift = IntLShift;
  n.rshift = IntRShift;
  n.and_ = IntAnd;
  n.or_ = IntOr;
  n.xor_ = IntXor;
  n.negative = IntNeg;
  n.positive = IntPos;
  n.absolute = IntAbs;
  n.invert = IntInvert;
  n.bool_ = IntBool;
  n.int_ = IntPos;
  n.float_ = IntFloatSlot;
  n.index = IntPos;
  IntType.methods = kIntMethods;
  IntType.getsets = kIntGetSets;
  InitStaticType(&IntType);

  // bool: not subclassable; everything but repr, new and & | ^ comes from int.
  BoolType.name = "bool";
  BoolType.base = &IntType;
  BoolType.type_flags = kTypeIntSubclass;
  BoolType.repr = BoolRepr;
  BoolType.new_ = BoolNew;
  BoolType.number.and_ = BoolAnd;
  BoolType.number.or_ = BoolOr;
  BoolType.number.xor_ = BoolXor;
  InitStaticType(&BoolType);
}

}  // namespace gilectomy::rt
