// The math module: CPython 3.11's functions, results and error messages.
//
// Real functions of one argument follow CPython's math_1 rule: a NaN result
// from a non-NaN argument is ValueError "math domain error"; an infinite
// result from a finite argument is OverflowError "math range error" for the
// functions that can overflow (exp, cosh, ...) and a domain error for the
// others (log1p(-1), atanh(1)). floor/ceil/trunc return ints (big when
// needed); the integer functions (factorial, gcd, lcm, comb, perm, isqrt)
// run on GMP. Algorithms that decide the last bit of a result are the ones
// CPython uses, so results are identical:
//   - fsum: Shewchuk's exact partials summation with CPython's final
//     half-even correction;
//   - hypot/dist: the scaled, compensated vector norm of CPython 3.11
//     (Veltkamp splitting, three fraction accumulators, one differential
//     correction of the square root);
//   - log of ints too large for a double: frexp-style scaling by the bit
//     length.
#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/registry.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

class Mpz {
 public:
  Mpz() { mpz_init(v_); }
  ~Mpz() { mpz_clear(v_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return v_; }
  mpz_ptr operator->() { return v_; }
  mpz_srcptr get() const { return v_; }

 private:
  mpz_t v_;
};

ErrorTag DomainError() { return SetError(ValueErrorType(), "math domain error"); }
ErrorTag RangeError() { return SetError(OverflowErrorType(), "math range error"); }

bool OneArg(const char* name, size_t nargs, Value kwnames) {
  return NoKeywords(name, kwnames) && CheckArgCount(name, nargs, 1, 1);
}

// math_1: applies f and maps NaN/inf results to CPython's errors.
Ref Math1(const char* name, const Value* args, size_t nargs, Value kwnames, double (*f)(double),
          bool can_overflow) {
  if (!OneArg(name, nargs, kwnames)) return Ref();
  double x;
  if (!AsDouble(args[0], &x)) return Ref();
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return DomainError();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? RangeError() : DomainError();
  return FloatFromDouble(r);
}

#define GY_MATH1(fn, cfn, overflow)                                           \
  Ref Math_##fn(Value, const Value* args, size_t nargs, Value kwnames) {      \
    return Math1("math." #fn, args, nargs, kwnames, cfn, overflow);           \
  }

double Sqrt(double x) { return std::sqrt(x); }
double Exp(double x) { return std::exp(x); }
double Exp2(double x) { return std::exp2(x); }
double Expm1(double x) { return std::expm1(x); }
double Sin(double x) { return std::sin(x); }
double Cos(double x) { return std::cos(x); }
double Tan(double x) { return std::tan(x); }
double Asin(double x) { return std::asin(x); }
double Acos(double x) { return std::acos(x); }
double Atan(double x) { return std::atan(x); }
double Sinh(double x) { return std::sinh(x); }
double Cosh(double x) { return std::cosh(x); }
double Tanh(double x) { return std::tanh(x); }
double Asinh(double x) { return std::asinh(x); }
double Acosh(double x) { return std::acosh(x); }
double Atanh(double x) { return std::atanh(x); }
double Log1p(double x) { return std::log1p(x); }
double Fabs(double x) { return std::fabs(x); }
double Cbrt(double x) { return std::cbrt(x); }
double Erf(double x) { return std::erf(x); }
double Erfc(double x) { return std::erfc(x); }
// Poles of gamma/lgamma (0 and negative integers) are domain errors.
double Gamma(double x) {
  if (std::isfinite(x) && x <= 0 && x == std::floor(x)) return NAN;
  if (x == -INFINITY) return NAN;
  return std::tgamma(x);
}
double Lgamma(double x) {
  if (std::isfinite(x) && x <= 0 && x == std::floor(x)) return NAN;
  if (std::isinf(x)) return INFINITY;
  return std::lgamma(x);
}

GY_MATH1(sqrt, Sqrt, false)
GY_MATH1(exp, Exp, true)
GY_MATH1(exp2, Exp2, true)
GY_MATH1(expm1, Expm1, true)
GY_MATH1(sin, Sin, false)
GY_MATH1(cos, Cos, false)
GY_MATH1(tan, Tan, false)
GY_MATH1(asin, Asin, false)
GY_MATH1(acos, Acos, false)
GY_MATH1(atan, Atan, false)
GY_MATH1(sinh, Sinh, true)
GY_MATH1(cosh, Cosh, true)
GY_MATH1(tanh, Tanh, false)
GY_MATH1(asinh, Asinh, false)
GY_MATH1(acosh, Acosh, false)
GY_MATH1(atanh, Atanh, false)
GY_MATH1(log1p, Log1p, false)
GY_MATH1(fabs, Fabs, false)
GY_MATH1(cbrt, Cbrt, false)
GY_MATH1(erf, Erf, false)
GY_MATH1(erfc, Erfc, false)
GY_MATH1(gamma, Gamma, true)
GY_MATH1(lgamma, Lgamma, true)
#undef GY_MATH1

// degrees/radians: one multiplication, no overflow check (as CPython).
Ref Math_degrees(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!OneArg("math.degrees", nargs, kwnames) || !AsDouble(args[0], &x)) return Ref();
  return FloatFromDouble(x * (180.0 / M_PI));
}

Ref Math_radians(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!OneArg("math.radians", nargs, kwnames) || !AsDouble(args[0], &x)) return Ref();
  return FloatFromDouble(x * (M_PI / 180.0));
}

// --- logarithms ----------------------------------------------------------------

// log of a positive-or-not number; ints beyond the double range are scaled
// by their bit length first. `f` is log, log2 or log10.
bool LogOf(Value v, double (*f)(double), double* out) {
  if (IsInt(v)) {
    if (IntSign(v) <= 0) return DomainError(), false;
    double d;
    if (IntAsDouble(v, &d)) {
      *out = f(d);
      return true;
    }
    ClearError();
    Mpz m;
    IntToMpz(v, m);
    long e;
    double mant = mpz_get_d_2exp(&e, m);  // m = mant * 2**e, 0.5 <= mant < 1
    *out = f(mant) + static_cast<double>(e) * f(2.0);
    return true;
  }
  double x;
  if (!AsDouble(v, &x)) return false;
  if (std::isnan(x) || x == INFINITY) {
    *out = x;
    return true;
  }
  if (x <= 0) return DomainError(), false;
  *out = f(x);
  return true;
}

double Ln(double x) { return std::log(x); }
double Log2(double x) { return std::log2(x); }
double Log10(double x) { return std::log10(x); }

Ref Math_log(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("log", kwnames)) return Ref();
  if (nargs < 1 || nargs > 2) return SetError(TypeErrorType(), "math.log requires 1 to 2 arguments");
  double num;
  if (!LogOf(args[0], Ln, &num)) return Ref();
  if (nargs == 1) return FloatFromDouble(num);
  double den;
  if (!LogOf(args[1], Ln, &den)) return Ref();
  if (den == 0.0) return SetError(ZeroDivisionErrorType(), "float division by zero");
  return FloatFromDouble(num / den);
}

Ref Math_log2(Value, const Value* args, size_t nargs, Value kwnames) {
  double r;
  if (!OneArg("math.log2", nargs, kwnames) || !LogOf(args[0], Log2, &r)) return Ref();
  return FloatFromDouble(r);
}

Ref Math_log10(Value, const Value* args, size_t nargs, Value kwnames) {
  double r;
  if (!OneArg("math.log10", nargs, kwnames) || !LogOf(args[0], Log10, &r)) return Ref();
  return FloatFromDouble(r);
}

// --- functions of two floats ---------------------------------------------------

bool TwoDoubles(const char* name, const Value* args, size_t nargs, Value kwnames, double* x,
                double* y) {
  return NoKeywords(name, kwnames) && CheckArgCount(name, nargs, 2, 2) && AsDouble(args[0], x) &&
         AsDouble(args[1], y);
}

Ref Math_atan2(Value, const Value* args, size_t nargs, Value kwnames) {
  double y, x;
  if (!TwoDoubles("atan2", args, nargs, kwnames, &y, &x)) return Ref();
  return FloatFromDouble(std::atan2(y, x));
}

Ref Math_copysign(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!TwoDoubles("copysign", args, nargs, kwnames, &x, &y)) return Ref();
  return FloatFromDouble(std::copysign(x, y));
}

Ref Math_fmod(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!TwoDoubles("fmod", args, nargs, kwnames, &x, &y)) return Ref();
  if (std::isinf(y) && std::isfinite(x)) return FloatFromDouble(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return DomainError();
  return FloatFromDouble(r);
}

Ref Math_remainder(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!TwoDoubles("remainder", args, nargs, kwnames, &x, &y)) return Ref();
  if (std::isnan(x) || std::isnan(y)) return FloatFromDouble(NAN);
  if (std::isinf(x) || y == 0.0) return DomainError();
  return FloatFromDouble(std::remainder(x, y));
}

Ref Math_pow(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!TwoDoubles("pow", args, nargs, kwnames, &x, &y)) return Ref();
  double r;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // C99 Annex F gives CPython's special values (pow(1, nan) == 1, ...).
    r = std::pow(x, y);
    return FloatFromDouble(r);
  }
  if (x == 0.0 && y < 0) return DomainError();
  r = std::pow(x, y);
  if (std::isnan(r)) return DomainError();
  if (std::isinf(r)) return RangeError();
  return FloatFromDouble(r);
}

Ref Math_nextafter(Value, const Value* args, size_t nargs, Value kwnames) {
  double x, y;
  if (!TwoDoubles("nextafter", args, nargs, kwnames, &x, &y)) return Ref();
  return FloatFromDouble(std::nextafter(x, y));
}

Ref Math_ulp(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!OneArg("math.ulp", nargs, kwnames) || !AsDouble(args[0], &x)) return Ref();
  if (std::isnan(x)) return FloatFromDouble(x);
  x = std::fabs(x);
  if (std::isinf(x)) return FloatFromDouble(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return FloatFromDouble(x - std::nextafter(x, -INFINITY));
  return FloatFromDouble(next - x);
}

// --- float decomposition and tests ---------------------------------------------

Ref Math_frexp(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!OneArg("math.frexp", nargs, kwnames) || !AsDouble(args[0], &x)) return Ref();
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0.0) ? x : std::frexp(x, &e);
  Ref a = FloatFromDouble(m);
  if (!a) return Ref();
  return MakeTuple({a.get(), Value::SmallInt(e)});
}

Ref Math_modf(Value, const Value* args, size_t nargs, Value kwnames) {
  double x;
  if (!OneArg("math.modf", nargs, kwnames) || !AsDouble(args[0], &x)) return Ref();
  double ip, fp;
  if (std::isinf(x)) {
    ip = x;
    fp = std::copysign(0.0, x);
  } else {
    fp = std::modf(x, &ip);
  }
  Ref a = FloatFromDouble(fp), b = FloatFromDouble(ip);
  if (!a || !b) return Ref();
  return MakeTuple({a.get(), b.get()});
}

Ref Math_ldexp(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("ldexp", kwnames) || !CheckArgCount("ldexp", nargs, 2, 2)) return Ref();
  double x;
  if (!AsDouble(args[0], &x)) return Ref();
  if (!IsInt(args[1])) {
    return SetError(TypeErrorType(), "Expected an int as second argument to ldexp.");
  }
  int64_t e;
  if (!IntAsInt64(args[1], &e)) {
    ClearError();
    e = IntSign(args[1]) < 0 ? INT32_MIN : INT32_MAX;
  }
  if (x == 0.0 || !std::isfinite(x)) return FloatFromDouble(x);
  if (e > 100000) return RangeError();
  if (e < -100000) return FloatFromDouble(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return RangeError();
  return FloatFromDouble(r);
}

Ref BoolOf(const char* name, const Value* args, size_t nargs, Value kwnames, bool (*f)(double)) {
  double x;
  if (!OneArg(name, nargs, kwnames) || !AsDouble(args[0], &x)) return Ref();
  return Ref::New(Bool(f(x)));
}
Ref Math_isnan(Value, const Value* a, size_t n, Value k) {
  return BoolOf("math.isnan", a, n, k, [](double x) { return std::isnan(x); });
}
Ref Math_isinf(Value, const Value* a, size_t n, Value k) {
  return BoolOf("math.isinf", a, n, k, [](double x) { return std::isinf(x); });
}
Ref Math_isfinite(Value, const Value* a, size_t n, Value k) {
  return BoolOf("math.isfinite", a, n, k, [](double x) { return std::isfinite(x); });
}

Ref Math_isclose(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs > 2) {
    return SetErrorFmt(TypeErrorType(), "isclose() takes exactly 2 positional arguments ({} given)",
                       nargs);
  }
  Value a[4] = {};
  if (!ParseArgs("isclose", args, nargs, kwnames, {"a", "b", "rel_tol", "abs_tol"}, 2, a)) {
    return Ref();
  }
  double x, y, rel = 1e-09, abs_tol = 0.0;
  if (!AsDouble(a[0], &x) || !AsDouble(a[1], &y)) return Ref();
  if (a[2] && !AsDouble(a[2], &rel)) return Ref();
  if (a[3] && !AsDouble(a[3], &abs_tol)) return Ref();
  if (rel < 0.0 || abs_tol < 0.0) return SetError(ValueErrorType(), "tolerances must be non-negative");
  if (x == y) return Ref::New(True());
  if (std::isinf(x) || std::isinf(y)) return Ref::New(False());
  double diff = std::fabs(y - x);
  bool close = (diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || diff <= abs_tol;
  return Ref::New(Bool(close));
}

// --- rounding to ints ------------------------------------------------------------

// floor/ceil/trunc: ints pass through; floats round to an int.
Ref RoundToInt(const char* name, const Value* args, size_t nargs, Value kwnames,
               double (*f)(double), const char* dunder) {
  if (!OneArg(name, nargs, kwnames)) return Ref();
  Value x = args[0];
  if (IsInt(x)) {
    if (x.is_small_int() || x.type() == &IntType) return Ref::New(x);
    Mpz m;  // bool or an int subclass: a plain int
    IntToMpz(x, m);
    return IntFromMpz(m);
  }
  if (Is<FloatObject>(x)) return IntFromDouble(f(FloatValue(x)));
  Value attr = LookupInType(x.type(), Intern(dunder));
  if (attr) return CallMethod(x, dunder, nullptr, 0);
  if (std::string_view(dunder) == "__trunc__") {
    return SetErrorFmt(TypeErrorType(), "type {} doesn't define __trunc__ method", TypeName(x));
  }
  double d;
  if (!AsDouble(x, &d)) return Ref();
  return IntFromDouble(f(d));
}

Ref Math_floor(Value, const Value* a, size_t n, Value k) {
  return RoundToInt("math.floor", a, n, k, [](double x) { return std::floor(x); }, "__floor__");
}
Ref Math_ceil(Value, const Value* a, size_t n, Value k) {
  return RoundToInt("math.ceil", a, n, k, [](double x) { return std::ceil(x); }, "__ceil__");
}
Ref Math_trunc(Value, const Value* a, size_t n, Value k) {
  return RoundToInt("math.trunc", a, n, k, [](double x) { return std::trunc(x); }, "__trunc__");
}

// --- integer functions -------------------------------------------------------------

// The int value of an __index__ argument into `out`.
bool IndexMpz(Value v, mpz_ptr out) {
  Ref i = Index(v);
  if (!i) return false;
  IntToMpz(i.get(), out);
  return true;
}

Ref Math_factorial(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("math.factorial", nargs, kwnames)) return Ref();
  if (Is<FloatObject>(args[0])) {
    return SetError(TypeErrorType(), "'float' object cannot be interpreted as an integer");
  }
  Mpz n;
  if (!IndexMpz(args[0], n)) return Ref();
  if (mpz_sgn(n) < 0) {
    return SetError(ValueErrorType(), "factorial() not defined for negative values");
  }
  if (!mpz_fits_slong_p(n)) {
    return SetError(OverflowErrorType(), "factorial() argument should not exceed 9223372036854775807");
  }
  Mpz r;
  mpz_fac_ui(r, mpz_get_ui(n));
  return IntFromMpz(r);
}

Ref GcdLcm(const Value* args, size_t nargs, Value kwnames, bool lcm) {
  if (!NoKeywords(lcm ? "lcm" : "gcd", kwnames)) return Ref();
  Mpz acc, x;
  mpz_set_ui(acc, lcm ? 1 : 0);
  for (size_t i = 0; i < nargs; i++) {
    if (!IndexMpz(args[i], x)) return Ref();
    if (lcm) {
      mpz_lcm(acc, acc, x);
    } else {
      mpz_gcd(acc, acc, x);
    }
  }
  return IntFromMpz(acc);
}
Ref Math_gcd(Value, const Value* a, size_t n, Value k) { return GcdLcm(a, n, k, false); }
Ref Math_lcm(Value, const Value* a, size_t n, Value k) { return GcdLcm(a, n, k, true); }

Ref Math_isqrt(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("math.isqrt", nargs, kwnames)) return Ref();
  Mpz n;
  if (!IndexMpz(args[0], n)) return Ref();
  if (mpz_sgn(n) < 0) return SetError(ValueErrorType(), "isqrt() argument must be nonnegative");
  mpz_sqrt(n, n);
  return IntFromMpz(n);
}

// n and k of comb/perm as non-negative ints; k must fit a machine word.
bool CombArgs(Value nv, Value kv, mpz_ptr n, mpz_ptr k) {
  if (!IndexMpz(nv, n) || !IndexMpz(kv, k)) return false;
  if (mpz_sgn(n) < 0) return SetError(ValueErrorType(), "n must be a non-negative integer"), false;
  if (mpz_sgn(k) < 0) return SetError(ValueErrorType(), "k must be a non-negative integer"), false;
  return true;
}

Ref Math_comb(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("comb", kwnames) || !CheckArgCount("comb", nargs, 2, 2)) return Ref();
  Mpz n, k, r;
  if (!CombArgs(args[0], args[1], n, k)) return Ref();
  if (mpz_cmp(k, n) > 0) return Ref::SmallInt(0);
  mpz_sub(r, n, k);
  if (mpz_cmp(r, k) < 0) mpz_set(k, r);  // comb(n, k) == comb(n, n-k)
  if (!mpz_fits_ulong_p(k)) {
    return SetError(OverflowErrorType(), "min(n - k, k) must not exceed 9223372036854775807");
  }
  mpz_bin_ui(r, n, mpz_get_ui(k));
  return IntFromMpz(r);
}

Ref Math_perm(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("perm", kwnames) || !CheckArgCount("perm", nargs, 1, 2)) return Ref();
  Mpz n, k, r;
  if (nargs == 1 || IsNone(args[1])) {
    if (!IndexMpz(args[0], n)) return Ref();
    if (mpz_sgn(n) < 0) {  // perm(n) is factorial(n), with its message
      return SetError(ValueErrorType(), "factorial() not defined for negative values");
    }
    if (!mpz_fits_ulong_p(n)) {
      return SetError(OverflowErrorType(), "n must not exceed 9223372036854775807");
    }
    mpz_fac_ui(r, mpz_get_ui(n));
    return IntFromMpz(r);
  }
  if (!CombArgs(args[0], args[1], n, k)) return Ref();
  if (mpz_cmp(k, n) > 0) return Ref::SmallInt(0);
  if (!mpz_fits_ulong_p(k)) {
    return SetError(OverflowErrorType(), "k must not exceed 9223372036854775807");
  }
  mpz_set_ui(r, 1);
  for (unsigned long i = 0, kk = mpz_get_ui(k); i < kk; i++) {
    mpz_mul(r, r, n);
    mpz_sub_ui(n, n, 1);
  }
  return IntFromMpz(r);
}

Ref Math_prod(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 0) {
    return SetError(TypeErrorType(), "prod() takes exactly 1 positional argument (0 given)");
  }
  Value a[2] = {};
  if (!ParseArgs("prod", args, nargs, kwnames, {"$iterable", "start"}, 1, a)) return Ref();
  Ref it = GetIter(a[0]);
  if (!it) return Ref();
  Ref acc = a[1] ? Ref::New(a[1]) : Ref::SmallInt(1);
  while (Ref item = IterNext(it.get())) {
    acc = BinaryOp(acc.get(), item.get(), BinOp::kMul);
    if (!acc) return Ref();
  }
  if (ErrorOccurred()) return Ref();
  return acc;
}

// --- fsum ------------------------------------------------------------------------------

Ref Math_fsum(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("math.fsum", nargs, kwnames)) return Ref();
  Ref it = GetIter(args[0]);
  if (!it) return Ref();
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  while (Ref item = IterNext(it.get())) {
    double x;
    if (!AsDouble(item.get(), &x)) return Ref();
    double xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // A non-finite value: either an input inf/nan or an overflow.
        if (std::isfinite(xsave)) {
          return SetError(OverflowErrorType(), "intermediate overflow in fsum");
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (ErrorOccurred()) return Ref();
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return SetError(ValueErrorType(), "-inf + inf in fsum");
    return FloatFromDouble(special_sum);
  }
  double hi = 0.0, lo = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    // Sum from the top until the sum is inexact.
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half to even when the rest would tip the last rounding.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return FloatFromDouble(hi);
}

// --- hypot and dist -----------------------------------------------------------------

// Euclidean norm of non-negative finite values (|v| <= max), computed as
// CPython 3.11 does so that results agree to the last bit.
double VectorNorm(std::vector<double>& vec, double max, bool found_nan) {
  constexpr double kSplit = 134217729.0;  // 2**27 + 1 (Veltkamp)
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // subnormal: ldexp(1, -max_e) would overflow
    for (double& x : vec) x /= DBL_MIN;
    return DBL_MIN * VectorNorm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  auto add = [&csum](double x, double& frac) {
    double old = csum;
    csum += x;
    frac += (old - csum) + x;
  };
  for (double v : vec) {
    double x = v * scale;
    double t = x * kSplit;
    double hi = t - (t - x);
    double lo = x - hi;
    add(hi * hi, frac1);
    add(2.0 * hi * lo, frac2);
    frac3 += lo * lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  double t = h * kSplit;
  double hi = t - (t - h);
  double lo = h - hi;
  add(-hi * hi, frac1);
  add(-2.0 * hi * lo, frac2);
  frac3 -= lo * lo;
  double x = csum - 1.0 + (frac1 + frac2 + frac3);
  h += x / (2.0 * h);
  return h / scale;
}

Ref Math_hypot(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("hypot", kwnames)) return Ref();
  std::vector<double> vec(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; i++) {
    double x;
    if (!AsDouble(args[i], &x)) return Ref();
    x = std::fabs(x);
    vec[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return FloatFromDouble(VectorNorm(vec, max, found_nan));
}

Ref Math_dist(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("dist", kwnames) || !CheckArgCount("dist", nargs, 2, 2)) return Ref();
  Ref p = IsTuple(args[0]) ? Ref::New(args[0]) : Ref();
  Ref q = IsTuple(args[1]) ? Ref::New(args[1]) : Ref();
  if (!p || !q) {
    Value tuple_type = Value::FromObject(&TupleType);
    if (!p && !(p = CallOneArg(tuple_type, args[0]))) return Ref();
    if (!q && !(q = CallOneArg(tuple_type, args[1]))) return Ref();
  }
  int64_t n = TupleSize(p.get());
  if (n != TupleSize(q.get())) {
    return SetError(ValueErrorType(), "both points must have the same number of dimensions");
  }
  std::vector<double> vec(static_cast<size_t>(n));
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < n; i++) {
    double px, qx;
    if (!AsDouble(TupleItem(p.get(), i), &px) || !AsDouble(TupleItem(q.get(), i), &qx)) {
      return Ref();
    }
    double x = std::fabs(px - qx);
    vec[static_cast<size_t>(i)] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return FloatFromDouble(VectorNorm(vec, max, found_nan));
}

const MethodDef kMathFunctions[] = {
    {"sqrt", Math_sqrt},         {"exp", Math_exp},           {"exp2", Math_exp2},
    {"expm1", Math_expm1},       {"sin", Math_sin},           {"cos", Math_cos},
    {"tan", Math_tan},           {"asin", Math_asin},         {"acos", Math_acos},
    {"atan", Math_atan},         {"sinh", Math_sinh},         {"cosh", Math_cosh},
    {"tanh", Math_tanh},         {"asinh", Math_asinh},       {"acosh", Math_acosh},
    {"atanh", Math_atanh},       {"log1p", Math_log1p},       {"fabs", Math_fabs},
    {"cbrt", Math_cbrt},         {"erf", Math_erf},           {"erfc", Math_erfc},
    {"gamma", Math_gamma},       {"lgamma", Math_lgamma},     {"degrees", Math_degrees},
    {"radians", Math_radians},   {"log", Math_log},           {"log2", Math_log2},
    {"log10", Math_log10},       {"atan2", Math_atan2},       {"copysign", Math_copysign},
    {"fmod", Math_fmod},         {"remainder", Math_remainder}, {"pow", Math_pow},
    {"nextafter", Math_nextafter}, {"ulp", Math_ulp},         {"frexp", Math_frexp},
    {"modf", Math_modf},         {"ldexp", Math_ldexp},       {"isnan", Math_isnan},
    {"isinf", Math_isinf},       {"isfinite", Math_isfinite}, {"isclose", Math_isclose},
    {"floor", Math_floor},       {"ceil", Math_ceil},         {"trunc", Math_trunc},
    {"factorial", Math_factorial}, {"gcd", Math_gcd},         {"lcm", Math_lcm},
    {"isqrt", Math_isqrt},       {"comb", Math_comb},         {"perm", Math_perm},
    {"prod", Math_prod},         {"fsum", Math_fsum},         {"hypot", Math_hypot},
    {"dist", Math_dist},         {nullptr, nullptr},
};

}  // namespace

Ref CreateMathModule() {
  Ref mod = NewModule("math");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kMathFunctions);
  Value d = ModuleDict(mod.get());
  const std::pair<const char*, double> constants[] = {
      {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN}};
  for (const auto& [name, value] : constants) {
    Ref f = FloatFromDouble(value);
    if (!f || DictSetCStr(d, name, f.get()) < 0) return Ref();
  }
  return mod;
}

}  // namespace gilectomy::rt
