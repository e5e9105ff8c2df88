// float: a boxed IEEE double (FloatObject), immutable after creation.
//
// What programs can see and this file reproduces from CPython 3.11
// (Objects/floatobject.c, Python/pyhash.c, Python/dtoa.c):
//   - repr: the shortest digits that round-trip (std::to_chars gives them),
//     laid out with an exponent when the decimal exponent is < -4 or >= 16,
//     and always with ".0" for integral values in positional form;
//   - // and % floor (the remainder has the sign of the divisor), with the
//     same signed-zero results as CPython's _float_div_mod;
//   - ** follows C99 Annex F for the special values and raises where CPython
//     does; overflow is OverflowError (34, 'Numerical result out of range');
//   - comparisons with ints are exact (2**53 + 1 > 2.0**53), also for big ints;
//   - hash equals the int hash for integral values (modular reduction by
//     2**61 - 1 from frexp's mantissa); nan hashes by identity;
//   - round(x, n) is correctly rounded: the double is an exact dyadic
//     rational, so x * 10**n is rounded half-even exactly with GMP and the
//     decimal result converted back with strtod (correctly rounded in glibc).
//
// A negative base with a fractional exponent gives a complex number
// (complex ** complex, objects/complex.cpp), as in CPython.
//
// Mixed int/float operands: the int slots return NotImplemented for floats,
// so every float slot accepts an int on either side (converted with
// IntAsDouble, which raises OverflowError for ints beyond the double range).
#include "runtime/objects/float.h"

#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;
constexpr int kHashBits = 61;
constexpr int64_t kHashInf = 314159;

bool IsFloat(Value v) { return Is<FloatObject>(v); }

// An operand of a float slot as a double: 1 ok, 0 unsupported type, -1 error.
int OperandToDouble(Value v, double* out) {
  if (IsFloat(v)) {
    *out = FloatValue(v);
    return 1;
  }
  if (IsInt(v)) return IntAsDouble(v, out) ? 1 : -1;
  return 0;
}

// Both operands as doubles; on 0/-1 the caller returns NotImplemented/error.
int Operands(Value a, Value b, double* x, double* y) {
  int ra = OperandToDouble(a, x);
  if (ra <= 0) return ra;
  return OperandToDouble(b, y);
}

#define GY_FLOAT_OPERANDS(a, b, x, y)         \
  double x, y;                                \
  if (int ok_ = Operands(a, b, &x, &y); ok_ <= 0) \
    return ok_ == 0 ? NotImplemented() : Ref();

bool IsOddInteger(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// CPython's _float_div_mod: floor quotient and remainder with the sign of wx.
void FloorDivMod(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, wx);
  }
  double fd;
  if (div != 0.0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

Ref FloatAdd(Value a, Value b) {
  GY_FLOAT_OPERANDS(a, b, x, y);
  return FloatFromDouble(x + y);
}
Ref FloatSub(Value a, Value b) {
  GY_FLOAT_OPERANDS(a, b, x, y);
  return FloatFromDouble(x - y);
}
Ref FloatMul(Value a, Value b) {
  GY_FLOAT_OPERANDS(a, b, x, y);
  return FloatFromDouble(x * y);
}
Ref FloatTrueDiv(Value a, Value b) {
  GY_FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return SetError(ZeroDivisionErrorType(), "float division by zero");
  return FloatFromDouble(x / y);
}
Ref FloatFloorDiv(Value a, Value b) {
  GY_FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return SetError(ZeroDivisionErrorType(), "float floor division by zero");
  double q, r;
  FloorDivMod(x, y, &q, &r);
  return FloatFromDouble(q);
}
Ref FloatMod(Value a, Value b) {
  GY_FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return SetError(ZeroDivisionErrorType(), "float modulo");
  double m = std::fmod(x, y);
  if (m != 0.0) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  return FloatFromDouble(m);
}
Ref FloatDivmod(Value a, Value b) {
  GY_FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return SetError(ZeroDivisionErrorType(), "float divmod()");
  double q, r;
  FloorDivMod(x, y, &q, &r);
  Ref fq = FloatFromDouble(q);
  if (!fq) return Ref();
  Ref fr = FloatFromDouble(r);
  if (!fr) return Ref();
  return MakeTuple({fq.get(), fr.get()});
}
Ref FloatPowSlot(Value a, Value b, Value m) {
  if (!IsNone(m)) {
    if ((IsFloat(a) || IsInt(a)) && (IsFloat(b) || IsInt(b)) && (IsFloat(m) || IsInt(m))) {
      return SetError(TypeErrorType(),
                      "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return NotImplemented();
  }
  GY_FLOAT_OPERANDS(a, b, x, y);
  return FloatPow(x, y);
}

#undef GY_FLOAT_OPERANDS

Ref FloatNeg(Value a) { return FloatFromDouble(-FloatValue(a)); }
Ref FloatPos(Value a) { return Ref::New(a); }
Ref FloatAbs(Value a) { return FloatFromDouble(std::fabs(FloatValue(a))); }
int FloatBool(Value a) { return FloatValue(a) != 0.0 ? 1 : 0; }
Ref FloatIntSlot(Value a) { return IntFromDouble(FloatValue(a)); }

Ref FloatReprSlot(Value a) { return StrFromAscii(FloatRepr(FloatValue(a))); }

int64_t FloatHashSlot(Value a) {
  double d = FloatValue(a);
  if (std::isnan(d)) {
    // Identity hash, as CPython 3.10+ (the address rotated by 4 bits).
    uint64_t p = a.raw();
    int64_t h = static_cast<int64_t>((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
  }
  return FloatHash(d);
}

// Sign of (d - i) for a finite double and an int, computed exactly.
int CompareDoubleInt(double d, Value i) {
  int64_t s;
  constexpr int64_t kExact = int64_t{1} << DBL_MANT_DIG;
  if (i.is_small_int() && (s = i.small_int()) <= kExact && s >= -kExact) {
    double di = static_cast<double>(s);
    return (d > di) - (d < di);
  }
  mpz_t m;
  mpz_init(m);
  IntToMpz(i, m);
  int c = mpz_cmp_d(m, d);  // exact
  mpz_clear(m);
  return (c < 0) - (c > 0);
}

Ref FloatRichCompare(Value a, Value b, CompareOp op) {
  bool fa = IsFloat(a), fb = IsFloat(b);
  if (fa && fb) {
    return Ref::New(Bool(ApplyCompare(FloatValue(a), FloatValue(b), op)));
  }
  Value f = fa ? a : b, other = fa ? b : a;
  if (!(fa || fb) || !IsInt(other)) return NotImplemented();
  double d = FloatValue(f);
  if (std::isnan(d)) return Ref::New(Bool(op == CompareOp::kNe));
  int c = std::isinf(d) ? (d > 0 ? 1 : -1) : CompareDoubleInt(d, other);  // sign of f - other
  if (!fa) c = -c;
  return Ref::New(Bool(ApplyCompare(c, 0, op)));
}

bool CheckNoArgs(const char* name, size_t nargs, Value kwnames) {
  return NoKeywords(name, kwnames) && CheckArgCount(name, nargs, 0, 0);
}

// float(x): PyNumber_Float.
Ref FloatFromValue(Value x) {
  if (x.type() == &FloatType) return Ref::New(x);
  if (IsStr(x)) return FloatFromString(StrView(x));
  if (IsInt(x)) {
    double d;
    if (!IntAsDouble(x, &d)) return Ref();
    return FloatFromDouble(d);
  }
  TypeObject* t = x.type();
  if (t->number.float_ != nullptr) {
    Ref r = t->number.float_(x);
    if (!r) return Ref();
    if (!IsFloat(r.get())) {
      return SetErrorFmt(TypeErrorType(), "{}.__float__ returned non-float (type {})", t->name,
                         TypeName(r.get()));
    }
    return r;
  }
  if (t->number.index != nullptr) {
    Ref i = t->number.index(x);
    if (!i) return Ref();
    if (!IsInt(i.get())) {
      return SetErrorFmt(TypeErrorType(), "__index__ returned non-int (type {})", TypeName(i.get()));
    }
    double d;
    if (!IntAsDouble(i.get(), &d)) return Ref();
    return FloatFromDouble(d);
  }
  return SetErrorFmt(TypeErrorType(), "float() argument must be a string or a real number, not '{}'",
                     t->name);
}

Ref FloatNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("float", kwnames) || !CheckArgCount("float", nargs, 0, 1)) return Ref();
  if (nargs == 0) return FloatFromDouble(0.0);
  return FloatFromValue(args[0]);
}

// --- methods ------------------------------------------------------------------

Ref FloatConjugate(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!CheckNoArgs("conjugate", nargs, kwnames)) return Ref();
  return Ref::New(self);
}

Ref FloatIsInteger(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!CheckNoArgs("is_integer", nargs, kwnames)) return Ref();
  double d = FloatValue(self);
  return Ref::New(Bool(std::isfinite(d) && std::floor(d) == d));
}

Ref FloatAsIntegerRatio(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!CheckNoArgs("as_integer_ratio", nargs, kwnames)) return Ref();
  double d = FloatValue(self);
  if (std::isinf(d)) {
    return SetError(OverflowErrorType(), "cannot convert Infinity to integer ratio");
  }
  if (std::isnan(d)) return SetError(ValueErrorType(), "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0) {
    mpz_mul_2exp(num, num, e);
  } else {
    mpz_mul_2exp(den, den, -e);
  }
  Ref n = IntFromMpz(num), dn = IntFromMpz(den);
  mpz_clear(num);
  mpz_clear(den);
  if (!n || !dn) return Ref();
  return MakeTuple({n.get(), dn.get()});
}

Ref FloatHex(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!CheckNoArgs("hex", nargs, kwnames)) return Ref();
  double x = FloatValue(self);
  if (std::isnan(x) || std::isinf(x)) return StrFromAscii(FloatRepr(x));
  if (x == 0.0) return StrFromAscii(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string s = x < 0 ? "-0x" : "0x";
  s.push_back(kHex[static_cast<int>(m)]);
  m -= static_cast<int>(m);
  s.push_back('.');
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    s.push_back(kHex[static_cast<int>(m)]);
    m -= static_cast<int>(m);
  }
  s += fmt::format("p{:+d}", e);
  return StrFromAscii(s);
}

Ref FloatTrunc(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!CheckNoArgs("__trunc__", nargs, kwnames)) return Ref();
  return IntFromDouble(FloatValue(self));
}
Ref FloatFloor(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!CheckNoArgs("__floor__", nargs, kwnames)) return Ref();
  return IntFromDouble(std::floor(FloatValue(self)));
}
Ref FloatCeil(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!CheckNoArgs("__ceil__", nargs, kwnames)) return Ref();
  return IntFromDouble(std::ceil(FloatValue(self)));
}
Ref FloatRoundMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!ParseArgs("__round__", args, nargs, kwnames, {"ndigits"}, 0, out)) return Ref();
  return FloatRound(FloatValue(self), out[0]);
}

Ref FloatGetReal(Value self) { return Ref::New(self); }
Ref FloatGetImag(Value) { return FloatFromDouble(0.0); }

const MethodDef kFloatMethods[] = {
    {"conjugate", FloatConjugate},
    {"is_integer", FloatIsInteger},
    {"as_integer_ratio", FloatAsIntegerRatio},
    {"hex", FloatHex},
    {"__trunc__", FloatTrunc},
    {"__floor__", FloatFloor},
    {"__ceil__", FloatCeil},
    {"__round__", FloatRoundMethod},
    {nullptr, nullptr},
};

const GetSetDef kFloatGetSets[] = {
    {"real", FloatGetReal},
    {"imag", FloatGetImag},
    {nullptr, nullptr},
};

// Per-thread free list of exact float objects (as CPython keeps one): a
// float-heavy loop frees and allocates one float per operation, and reusing
// the block skips the allocator, its thread-local lookup and the memset. The
// list is thread-local, so it needs no lock; a float freed by another thread
// than the one that allocated it just joins the freeing thread's list. The
// link to the next free object lives in the `value` field. Trivially
// destructible (no TLS guard on access): DrainFloatFreeList, called when the
// thread state goes away, frees the blocks and closes the list. Sanitizer
// builds (system malloc) never cache, so ASan still sees every free.
#if !defined(GILECTOMY_SYSTEM_MALLOC)
struct FloatFreeList {
  FloatObject* head = nullptr;
  uint32_t count = 0;  // kFloatFreeClosed after DrainFloatFreeList
};
constexpr uint32_t kFloatFreeMax = 256;
constexpr uint32_t kFloatFreeClosed = ~uint32_t{0};
thread_local FloatFreeList tls_float_free;

FloatObject* FreeListNext(FloatObject* f) {
  FloatObject* next;
  std::memcpy(&next, &f->value, sizeof next);
  return next;
}
#endif

void FloatDealloc(gc::Header* h) {
#if !defined(GILECTOMY_SYSTEM_MALLOC)
  // Exact floats only (a subclass instance has another size and may have a
  // dict or weak references); exact floats cannot be weakly referenced.
  FloatFreeList& fl = tls_float_free;
  if (h->type_ == &FloatType && fl.count < kFloatFreeMax) {
    auto* f = static_cast<FloatObject*>(h);
    std::memcpy(&f->value, &fl.head, sizeof fl.head);
    fl.head = f;
    ++fl.count;
    return;
  }
#endif
  FreeObject(h);
}

// --- parsing --------------------------------------------------------------------

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EqualsNoCase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

// Checks the syntax of a stripped float literal without underscores:
// [sign] (inf | infinity | nan | digits [. [digits]] | . digits) [(e|E) [sign] digits].
bool ValidFloatSyntax(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::string_view rest = s.substr(i);
  if (EqualsNoCase(rest, "inf") || EqualsNoCase(rest, "infinity") || EqualsNoCase(rest, "nan")) {
    return true;
  }
  size_t mantissa_digits = 0;
  while (i < s.size() && IsDigit(s[i])) ++i, ++mantissa_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && IsDigit(s[i])) ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < s.size() && IsDigit(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f'); }

}  // namespace

// --- public API ------------------------------------------------------------------

Ref FloatFromDouble(double d) {
#if !defined(GILECTOMY_SYSTEM_MALLOC)
  FloatFreeList& fl = tls_float_free;
  if (FloatObject* f = fl.head) {
    fl.head = FreeListNext(f);
    --fl.count;
    // The header as AllocObject leaves it (the dealloc path may have set
    // kGcDying in gc_bits_; type_ is still FloatType).
    gc::InitRefCount(f, 1);
    f->mutex_.store(0, std::memory_order_relaxed);
    f->gc_bits_ = 0;
    f->flags_ = 0;
    f->aux_ = 0;
    f->value = d;
    return Ref::Steal(f);
  }
#endif
  Object* o = AllocObject(&FloatType, sizeof(FloatObject));
  if (o == nullptr) return Ref();
  static_cast<FloatObject*>(o)->value = d;
  return Ref::Steal(o);
}

void DrainFloatFreeList() {
#if !defined(GILECTOMY_SYSTEM_MALLOC)
  FloatFreeList& fl = tls_float_free;
  while (FloatObject* f = fl.head) {
    fl.head = FreeListNext(f);
    FreeObject(f);
  }
  fl.count = kFloatFreeClosed;
#endif
}

bool AsDouble(Value v, double* out) {
  int r = OperandToDouble(v, out);
  if (r == 0) SetErrorFmt(TypeErrorType(), "must be real number, not {}", TypeName(v));
  return r == 1;
}

std::string FloatRepr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view sv(buf, static_cast<size_t>(res.ptr - buf));  // [-]D[.DDD]e(+|-)XX
  std::string out;
  if (sv[0] == '-') {
    out.push_back('-');
    sv.remove_prefix(1);
  }
  size_t epos = sv.find('e');
  std::string digits(1, sv[0]);
  if (epos > 1) digits.append(sv.substr(2, epos - 2));
  int exp10 = std::atoi(std::string(sv.substr(epos + 1)).c_str());
  int nd = static_cast<int>(digits.size());
  if (exp10 < -4 || exp10 >= 16) {
    out.push_back(digits[0]);
    if (nd > 1) {
      out.push_back('.');
      out.append(digits, 1);
    }
    out += fmt::format("e{}{:02d}", exp10 < 0 ? '-' : '+', std::abs(exp10));
  } else if (exp10 < 0) {
    out += "0.";
    out.append(static_cast<size_t>(-exp10 - 1), '0');
    out += digits;
  } else if (exp10 + 1 >= nd) {
    out += digits;
    out.append(static_cast<size_t>(exp10 + 1 - nd), '0');
    out += ".0";
  } else {
    out.append(digits, 0, exp10 + 1);
    out.push_back('.');
    out.append(digits, exp10 + 1);
  }
  return out;
}

// CPython's _Py_HashDouble: reduce the exact value m * 2**e modulo
// P = 2**61 - 1, 28 mantissa bits at a time, using 2**61 == 1 (mod P) to
// turn multiplication by powers of two into rotations of a 61-bit word.
int64_t FloatHash(double d) {
  if (std::isinf(d)) return d > 0 ? kHashInf : -kHashInf;
  if (std::isnan(d)) return 0;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

Ref FloatFromString(std::string_view text) {
  std::string s = NormaliseNumericText(text);
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  // Underscores are allowed only between two digits.
  std::string clean;
  bool ok = true;
  for (size_t i = b; i < e; ++i) {
    if (s[i] == '_') {
      if (i == b || i + 1 == e || !IsDigit(s[i - 1]) || !IsDigit(s[i + 1])) {
        ok = false;
        break;
      }
      continue;
    }
    clean.push_back(s[i]);
  }
  if (!ok || !ValidFloatSyntax(clean)) {
    return SetErrorFmt(ValueErrorType(), "could not convert string to float: {}",
                       StrReprText(text));
  }
  // strtod is correctly rounded, saturates to +-inf on overflow and to
  // (signed) zero on underflow, and reads inf/infinity/nan in any case.
  double d = std::strtod(clean.c_str(), nullptr);
  return FloatFromDouble(d);
}

Ref FloatPow(double iv, double iw) {
  if (iw == 0.0) return FloatFromDouble(1.0);
  if (std::isnan(iv)) return FloatFromDouble(iv);
  if (std::isnan(iw)) return FloatFromDouble(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return FloatFromDouble(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return FloatFromDouble(std::fabs(iw));
    return FloatFromDouble(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = IsOddInteger(iw);
    if (iw > 0.0) return FloatFromDouble(odd ? iv : std::fabs(iv));
    return FloatFromDouble(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = IsOddInteger(iw);
    if (iw < 0.0) {
      return SetError(ZeroDivisionErrorType(), "0.0 cannot be raised to a negative power");
    }
    return FloatFromDouble(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return ComplexPow({iv, 0.0}, {iw, 0.0});  // as CPython
    iv = -iv;
    negate = IsOddInteger(iw);
  }
  if (iv == 1.0) return FloatFromDouble(negate ? -1.0 : 1.0);
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) {
    Ref code = Ref::SmallInt(ERANGE);
    Ref msg = StrFromAscii(std::strerror(ERANGE));
    if (!msg) return Ref();
    Value args[2] = {code.get(), msg.get()};
    Ref exc = NewException(OverflowErrorType(), args, 2);
    if (!exc) return Ref();
    return SetErrorObject(exc.get());
  }
  return FloatFromDouble(negate ? -ix : ix);
}

Ref FloatRound(double x, Value ndigits) {
  if (!ndigits || IsNone(ndigits)) {
    // Half to even: the default rounding mode of nearbyint.
    return IntFromDouble(std::nearbyint(x));
  }
  Ref nd = Index(ndigits);
  if (!nd) return Ref();
  // Beyond these bounds the answer is x itself or a signed zero (CPython's
  // NDIGITS_MAX / NDIGITS_MIN for IEEE doubles).
  constexpr int64_t kMaxDigits = 323, kMinDigits = -308;
  int64_t n;
  if (!IntAsInt64(nd.get(), &n)) {
    ClearError();
    n = IntSign(nd.get()) > 0 ? INT64_MAX : INT64_MIN;
  }
  if (!std::isfinite(x) || x == 0.0 || n > kMaxDigits) return FloatFromDouble(x);
  if (n < kMinDigits) return FloatFromDouble(0.0 * x);
  // x = mant * 2**e2 exactly; round |x| * 10**n to an integer, half to even.
  int e;
  double frac = std::frexp(std::fabs(x), &e);
  int64_t mant = static_cast<int64_t>(std::ldexp(frac, DBL_MANT_DIG));
  int e2 = e - DBL_MANT_DIG;
  mpz_t num, den, q, r;
  mpz_init_set_si(num, mant);
  mpz_init_set_ui(den, 1);
  mpz_inits(q, r, nullptr);
  mpz_t p10;
  mpz_init(p10);
  mpz_ui_pow_ui(p10, 10, static_cast<unsigned long>(n >= 0 ? n : -n));
  if (n >= 0) {
    mpz_mul(num, num, p10);
  } else {
    mpz_mul(den, den, p10);
  }
  if (e2 >= 0) {
    mpz_mul_2exp(num, num, e2);
  } else {
    mpz_mul_2exp(den, den, -e2);
  }
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  std::string text(mpz_sizeinbase(q, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, q);
  text.resize(std::strlen(text.c_str()));
  mpz_clears(num, den, q, r, p10, nullptr);
  text += fmt::format("e{}", -n);
  double result = std::strtod(text.c_str(), nullptr);
  if (std::isinf(result)) {
    return SetError(OverflowErrorType(), "rounded value too large to represent");
  }
  return FloatFromDouble(x < 0 ? -result : result);
}

Ref FloatRound(Value number, Value ndigits) { return FloatRound(FloatValue(number), ndigits); }

void InitFloatType() {
  FloatType.name = "float";
  FloatType.basic_size = sizeof(FloatObject);
  // Not kTypeBaseType: FloatObject::IsType accepts the exact type only.
  FloatType.hooks.dealloc = FloatDealloc;
  FloatType.repr = FloatReprSlot;
  FloatType.hash = FloatHashSlot;
  FloatType.richcompare = FloatRichCompare;
  FloatType.new_ = FloatNew;
  NumberSlots& n = FloatType.number;
  n.add = FloatAdd;
  n.subtract = FloatSub;
  n.multiply = FloatMul;
  n.true_divide = FloatTrueDiv;
  n.floor_divide = FloatFloorDiv;
  n.remainder = FloatMod;
  n.divmod = FloatDivmod;
  n.power = FloatPowSlot;
  n.negative = FloatNeg;
  n.positive = FloatPos;
  n.absolute = FloatAbs;
  n.bool_ = FloatBool;
  n.int_ = FloatIntSlot;
  n.float_ = FloatPos;
  FloatType.methods = kFloatMethods;
  FloatType.getsets = kFloatGetSets;
  InitStaticType(&FloatType);
}

}  // namespace gilectomy::rt
