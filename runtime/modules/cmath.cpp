// The cmath module. For finite arguments every function uses the formula
// CPython 3.11's Modules/cmathmodule.c uses (scaled square roots, the
// asinh/log1p forms of the inverse functions, the large-argument branches),
// so results agree to the last bit; domain and range errors are
// ValueError "math domain error" and OverflowError "math range error".
// Non-finite arguments take the C99 Annex G values of <complex>, which is
// what CPython's special-value tables encode.
#include <cfloat>
#include <cmath>
#include <complex>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/native_modules.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

enum class Err { kNone, kDomain, kRange };

const double kLargeDouble = DBL_MAX / 4.;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

bool Finite(Complex z) { return std::isfinite(z.real) && std::isfinite(z.imag); }

Complex FromStd(std::complex<double> c) { return {c.real(), c.imag()}; }
std::complex<double> ToStd(Complex z) { return {z.real, z.imag}; }

Complex Sqrt(Complex z, Err*) {
  if (!Finite(z)) return FromStd(std::sqrt(ToStd(z)));
  if (z.real == 0. && z.imag == 0.) return {0., z.imag};
  double ax = std::fabs(z.real), ay = std::fabs(z.imag), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.;
    s = 2. * std::sqrt(ax + std::hypot(ax, ay / 8.));
  }
  double d = ay / (2. * s);
  if (z.real >= 0.) return {s, std::copysign(d, z.imag)};
  return {d, std::copysign(s, z.imag)};
}

Complex Exp(Complex z, Err* err) {
  if (!Finite(z)) return FromStd(std::exp(ToStd(z)));
  Complex r;
  if (z.real > kLogLargeDouble) {
    double l = std::exp(z.real - 1.);
    r = {l * std::cos(z.imag) * M_E, l * std::sin(z.imag) * M_E};
  } else {
    double l = std::exp(z.real);
    r = {l * std::cos(z.imag), l * std::sin(z.imag)};
  }
  if (std::isinf(r.real) || std::isinf(r.imag)) *err = Err::kRange;
  return r;
}

Complex Log(Complex z, Err* err) {
  if (!Finite(z)) return FromStd(std::log(ToStd(z)));
  double ax = std::fabs(z.real), ay = std::fabs(z.imag);
  Complex r;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    r.real = std::log(std::hypot(ax / 2., ay / 2.)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0. || ay > 0.) {
      r.real = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
               DBL_MANT_DIG * M_LN2;
    } else {
      r.real = -INFINITY;
      *err = Err::kDomain;
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      r.real = std::log1p((am - 1) * (am + 1) + an * an) / 2.;
    } else {
      r.real = std::log(h);
    }
  }
  r.imag = std::atan2(z.imag, z.real);
  return r;
}

Complex Log10(Complex z, Err* err) {
  Complex r = Log(z, err);
  return {r.real / M_LN10, r.imag / M_LN10};
}

Complex Cosh(Complex z, Err* err) {
  if (!Finite(z)) return FromStd(std::cosh(ToStd(z)));
  Complex r;
  if (std::fabs(z.real) > kLogLargeDouble) {
    double x = z.real - std::copysign(1., z.real);
    r = {std::cos(z.imag) * std::cosh(x) * M_E, std::sin(z.imag) * std::sinh(x) * M_E};
  } else {
    r = {std::cos(z.imag) * std::cosh(z.real), std::sin(z.imag) * std::sinh(z.real)};
  }
  if (std::isinf(r.real) || std::isinf(r.imag)) *err = Err::kRange;
  return r;
}

Complex Sinh(Complex z, Err* err) {
  if (!Finite(z)) return FromStd(std::sinh(ToStd(z)));
  Complex r;
  if (std::fabs(z.real) > kLogLargeDouble) {
    double x = z.real - std::copysign(1., z.real);
    r = {std::cos(z.imag) * std::sinh(x) * M_E, std::sin(z.imag) * std::cosh(x) * M_E};
  } else {
    r = {std::cos(z.imag) * std::sinh(z.real), std::sin(z.imag) * std::cosh(z.real)};
  }
  if (std::isinf(r.real) || std::isinf(r.imag)) *err = Err::kRange;
  return r;
}

Complex Tanh(Complex z, Err*) {
  if (!Finite(z)) return FromStd(std::tanh(ToStd(z)));
  if (std::fabs(z.real) > kLogLargeDouble) {
    return {std::copysign(1., z.real),
            4. * std::sin(z.imag) * std::cos(z.imag) * std::exp(-2. * std::fabs(z.real))};
  }
  double tx = std::tanh(z.real), ty = std::tan(z.imag), cx = 1. / std::cosh(z.real);
  double txty = tx * ty, denom = 1. + txty * txty;
  return {tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

// f(z) = -i g(iz) for the circular functions in terms of the hyperbolic ones.
Complex ViaHyperbolic(Complex z, Err* err, Complex (*g)(Complex, Err*)) {
  Complex s = g({-z.imag, z.real}, err);
  return {s.imag, -s.real};
}

Complex Cos(Complex z, Err* err) { return Cosh({-z.imag, z.real}, err); }
Complex Sin(Complex z, Err* err) { return ViaHyperbolic(z, err, Sinh); }
Complex Tan(Complex z, Err* err) { return ViaHyperbolic(z, err, Tanh); }

Complex Asinh(Complex z, Err* err) {
  if (!Finite(z)) return FromStd(std::asinh(ToStd(z)));
  Complex r;
  if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
    double l = std::log(std::hypot(z.real / 2., z.imag / 2.)) + M_LN2 * 2.;
    r.real = z.imag >= 0 ? std::copysign(l, z.real) : -std::copysign(l, -z.real);
    r.imag = std::atan2(z.imag, std::fabs(z.real));
  } else {
    Complex s1 = Sqrt({1. + z.imag, -z.real}, err), s2 = Sqrt({1. - z.imag, z.real}, err);
    r.real = std::asinh(s1.real * s2.imag - s2.real * s1.imag);
    r.imag = std::atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
  }
  return r;
}

Complex Acos(Complex z, Err* err) {
  if (!Finite(z)) return FromStd(std::acos(ToStd(z)));
  Complex r;
  if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
    r.real = std::atan2(std::fabs(z.imag), z.real);
    double l = std::log(std::hypot(z.real / 2., z.imag / 2.)) + M_LN2 * 2.;
    r.imag = z.real < 0 ? -std::copysign(l, z.imag) : std::copysign(l, -z.imag);
  } else {
    Complex s1 = Sqrt({1. - z.real, -z.imag}, err), s2 = Sqrt({1. + z.real, z.imag}, err);
    r.real = 2. * std::atan2(s1.real, s2.real);
    r.imag = std::asinh(s2.real * s1.imag - s2.imag * s1.real);
  }
  return r;
}

Complex Acosh(Complex z, Err* err) {
  if (!Finite(z)) return FromStd(std::acosh(ToStd(z)));
  Complex r;
  if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
    r.real = std::log(std::hypot(z.real / 2., z.imag / 2.)) + M_LN2 * 2.;
    r.imag = std::atan2(z.imag, z.real);
  } else {
    Complex s1 = Sqrt({z.real - 1., z.imag}, err), s2 = Sqrt({z.real + 1., z.imag}, err);
    r.real = std::asinh(s1.real * s2.real + s1.imag * s2.imag);
    r.imag = 2. * std::atan2(s1.imag, s2.real);
  }
  return r;
}

Complex Atanh(Complex z, Err* err) {
  if (!Finite(z)) return FromStd(std::atanh(ToStd(z)));
  if (z.real < 0.) {
    Complex r = Atanh({-z.real, -z.imag}, err);
    return {-r.real, -r.imag};
  }
  double ay = std::fabs(z.imag);
  if (z.real > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    double h = std::hypot(z.real / 2., z.imag / 2.);
    return {z.real / 4. / h / h, -std::copysign(M_PI / 2., -z.imag)};
  }
  if (z.real == 1. && ay < kSqrtDblMin) {
    if (ay == 0.) {
      *err = Err::kDomain;
      return {INFINITY, z.imag};
    }
    return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.))),
            std::copysign(std::atan2(2., -ay) / 2, z.imag)};
  }
  return {std::log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.,
          -std::atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.};
}

Complex Asin(Complex z, Err* err) { return ViaHyperbolic(z, err, Asinh); }
Complex Atan(Complex z, Err* err) { return ViaHyperbolic(z, err, Atanh); }

// A complex argument (complex, float or int).
bool Arg(Value v, Complex* z) {
  int r = AsComplex(v, z);
  if (r == 0) SetErrorFmt(TypeErrorType(), "must be real number, not {}", TypeName(v));
  return r == 1;
}

Ref Finish(Complex r, Err err) {
  if (err == Err::kDomain) return SetError(ValueErrorType(), "math domain error");
  if (err == Err::kRange) return SetError(OverflowErrorType(), "math range error");
  return ComplexFromDoubles(r.real, r.imag);
}

Ref Apply1(const char* name, const Value* args, size_t nargs, Value kwnames,
           Complex (*f)(Complex, Err*)) {
  if (!NoKeywords(name, kwnames) || !CheckArgCount(name, nargs, 1, 1)) return Ref();
  Complex z;
  if (!Arg(args[0], &z)) return Ref();
  Err err = Err::kNone;
  Complex r = f(z, &err);
  return Finish(r, err);
}

#define GY_CMATH1(fn, impl)                                                \
  Ref Cmath_##fn(Value, const Value* a, size_t n, Value k) {               \
    return Apply1("cmath." #fn, a, n, k, impl);                            \
  }
GY_CMATH1(sqrt, Sqrt)
GY_CMATH1(exp, Exp)
GY_CMATH1(log10, Log10)
GY_CMATH1(sin, Sin)
GY_CMATH1(cos, Cos)
GY_CMATH1(tan, Tan)
GY_CMATH1(asin, Asin)
GY_CMATH1(acos, Acos)
GY_CMATH1(atan, Atan)
GY_CMATH1(sinh, Sinh)
GY_CMATH1(cosh, Cosh)
GY_CMATH1(tanh, Tanh)
GY_CMATH1(asinh, Asinh)
GY_CMATH1(acosh, Acosh)
GY_CMATH1(atanh, Atanh)
#undef GY_CMATH1

Ref Cmath_log(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("log", kwnames) || !CheckArgCount("log", nargs, 1, 2)) return Ref();
  Complex z, b;
  if (!Arg(args[0], &z)) return Ref();
  Err err = Err::kNone;
  Complex r = Log(z, &err);
  if (nargs == 2) {
    if (!Arg(args[1], &b)) return Ref();
    Complex lb = Log(b, &err);
    if (!ComplexQuot(r, lb, &r)) return SetError(ZeroDivisionErrorType(), "complex division by zero");
  }
  return Finish(r, err);
}

Ref Cmath_phase(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("phase", kwnames) || !CheckArgCount("cmath.phase", nargs, 1, 1)) return Ref();
  Complex z;
  if (!Arg(args[0], &z)) return Ref();
  return FloatFromDouble(std::atan2(z.imag, z.real));
}

Ref Cmath_polar(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("polar", kwnames) || !CheckArgCount("cmath.polar", nargs, 1, 1)) return Ref();
  Complex z;
  if (!Arg(args[0], &z)) return Ref();
  double r = std::hypot(z.real, z.imag);
  if (std::isinf(r) && Finite(z)) return SetError(OverflowErrorType(), "math range error");
  Ref a = FloatFromDouble(r), b = FloatFromDouble(std::atan2(z.imag, z.real));
  return MakeTuple({a.get(), b.get()});
}

Ref Cmath_rect(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("rect", kwnames) || !CheckArgCount("rect", nargs, 2, 2)) return Ref();
  double r, phi;
  if (!AsDouble(args[0], &r) || !AsDouble(args[1], &phi)) return Ref();
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.) {
      return ComplexFromDoubles(r > 0 ? std::copysign(INFINITY, std::cos(phi)) : -std::copysign(INFINITY, std::cos(phi)),
                                r > 0 ? std::copysign(INFINITY, std::sin(phi)) : -std::copysign(INFINITY, std::sin(phi)));
    }
    std::complex<double> c = std::polar(r, phi);
    return ComplexFromDoubles(c.real(), c.imag());
  }
  if (phi == 0.0) return ComplexFromDoubles(r, r * phi);
  return ComplexFromDoubles(r * std::cos(phi), r * std::sin(phi));
}

Ref Cmath_isclose(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs > 2) {
    return SetErrorFmt(TypeErrorType(), "isclose() takes exactly 2 positional arguments ({} given)", nargs);
  }
  Value a[4] = {};
  if (!ParseArgs("isclose", args, nargs, kwnames, {"a", "b", "rel_tol", "abs_tol"}, 2, a)) return Ref();
  Complex x, y;
  double rel = 1e-09, abs_tol = 0.0;
  if (!Arg(a[0], &x) || !Arg(a[1], &y)) return Ref();
  if ((a[2] && !AsDouble(a[2], &rel)) || (a[3] && !AsDouble(a[3], &abs_tol))) return Ref();
  if (rel < 0.0 || abs_tol < 0.0) return SetError(ValueErrorType(), "tolerances must be non-negative");
  if (x.real == y.real && x.imag == y.imag) return Ref::New(True());
  if (std::isinf(x.real) || std::isinf(x.imag) || std::isinf(y.real) || std::isinf(y.imag)) {
    return Ref::New(False());
  }
  double diff = std::hypot(x.real - y.real, x.imag - y.imag);
  bool close = (diff <= rel * std::hypot(y.real, y.imag)) || (diff <= rel * std::hypot(x.real, x.imag)) ||
               diff <= abs_tol;
  return Ref::New(Bool(close));
}

Ref Test(const char* name, const Value* args, size_t nargs, Value kwnames, int which) {
  if (!NoKeywords(name, kwnames) || !CheckArgCount(name, nargs, 1, 1)) return Ref();
  Complex z;
  if (!Arg(args[0], &z)) return Ref();
  bool r = which == 0   ? (std::isnan(z.real) || std::isnan(z.imag))
           : which == 1 ? (std::isinf(z.real) || std::isinf(z.imag))
                        : Finite(z);
  return Ref::New(Bool(r));
}
Ref Cmath_isnan(Value, const Value* a, size_t n, Value k) { return Test("cmath.isnan", a, n, k, 0); }
Ref Cmath_isinf(Value, const Value* a, size_t n, Value k) { return Test("cmath.isinf", a, n, k, 1); }
Ref Cmath_isfinite(Value, const Value* a, size_t n, Value k) { return Test("cmath.isfinite", a, n, k, 2); }

const MethodDef kCmathFunctions[] = {
    {"sqrt", Cmath_sqrt},   {"exp", Cmath_exp},     {"log", Cmath_log},       {"log10", Cmath_log10},
    {"sin", Cmath_sin},     {"cos", Cmath_cos},     {"tan", Cmath_tan},       {"asin", Cmath_asin},
    {"acos", Cmath_acos},   {"atan", Cmath_atan},   {"sinh", Cmath_sinh},     {"cosh", Cmath_cosh},
    {"tanh", Cmath_tanh},   {"asinh", Cmath_asinh}, {"acosh", Cmath_acosh},   {"atanh", Cmath_atanh},
    {"phase", Cmath_phase}, {"polar", Cmath_polar}, {"rect", Cmath_rect},     {"isclose", Cmath_isclose},
    {"isnan", Cmath_isnan}, {"isinf", Cmath_isinf}, {"isfinite", Cmath_isfinite}, {nullptr, nullptr},
};

}  // namespace

Ref CreateCmathModule() {
  Ref mod = NewModule("cmath");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kCmathFunctions);
  Value d = ModuleDict(mod.get());
  const std::pair<const char*, double> floats[] = {
      {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN}};
  for (const auto& [name, value] : floats) {
    Ref f = FloatFromDouble(value);
    if (!f || DictSetCStr(d, name, f.get()) < 0) return Ref();
  }
  Ref infj = ComplexFromDoubles(0.0, INFINITY), nanj = ComplexFromDoubles(0.0, NAN);
  if (!infj || !nanj || DictSetCStr(d, "infj", infj.get()) < 0 || DictSetCStr(d, "nanj", nanj.get()) < 0) {
    return Ref();
  }
  return mod;
}

}  // namespace gilectomy::rt
