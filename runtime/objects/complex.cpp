// complex numbers (Objects/complexobject.c semantics).
//
//   - + - * follow the textbook formulas CPython uses; / is Smith's
//     algorithm (_Py_c_quot), so results agree to the last bit;
//   - ** uses repeated squaring for integral exponents up to 100 in
//     magnitude (c_powi) and the polar formula otherwise (_Py_c_pow); an
//     infinite part in the result is OverflowError "complex exponentiation";
//   - repr prints each part with the shortest round-trip digits and no
//     forced ".0", omitting the real part when it is +0.0;
//   - hash(z) = hash(z.real) + 1000003 * hash(z.imag), so complex(1, 0)
//     hashes like 1 and 1.0;
//   - ints and floats on either side of an operator are promoted (the int
//     and float slots return NotImplemented for complex operands).
#include "runtime/objects/complex.h"

#include <cerrno>
#include <cmath>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

TypeObject ComplexType;

namespace {

Complex Prod(Complex a, Complex b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Binary exponentiation for n >= 0.
Complex PowU(Complex x, int64_t n) {
  Complex r{1.0, 0.0}, p = x;
  for (int64_t mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = Prod(r, p);
    p = Prod(p, p);
  }
  return r;
}

// The operands of a binary slot: 1 both converted, 0 NotImplemented, -1 error.
int Operands(Value a, Value b, Complex* x, Complex* y) {
  int r = AsComplex(a, x);
  if (r <= 0) return r;
  return AsComplex(b, y);
}

#define GY_COMPLEX_BINARY(name, expr)             \
  Ref name(Value a, Value b) {                    \
    Complex x, y;                                 \
    int r = Operands(a, b, &x, &y);               \
    if (r < 0) return Ref();                      \
    if (r == 0) return NotImplemented();          \
    Complex z = expr;                             \
    return ComplexFromDoubles(z.real, z.imag);    \
  }
GY_COMPLEX_BINARY(ComplexAdd, (Complex{x.real + y.real, x.imag + y.imag}))
GY_COMPLEX_BINARY(ComplexSub, (Complex{x.real - y.real, x.imag - y.imag}))
GY_COMPLEX_BINARY(ComplexMul, Prod(x, y))
#undef GY_COMPLEX_BINARY

Ref ComplexDiv(Value a, Value b) {
  Complex x, y, z;
  int r = Operands(a, b, &x, &y);
  if (r < 0) return Ref();
  if (r == 0) return NotImplemented();
  if (!ComplexQuot(x, y, &z)) return SetError(ZeroDivisionErrorType(), "complex division by zero");
  return ComplexFromDoubles(z.real, z.imag);
}

Ref ComplexPowSlot(Value a, Value b, Value mod) {
  Complex x, y;
  int r = Operands(a, b, &x, &y);
  if (r < 0) return Ref();
  if (r == 0) return NotImplemented();
  if (!IsNone(mod)) return SetError(ValueErrorType(), "complex modulo");
  return ComplexPow(x, y);
}

Ref ComplexNeg(Value a) {
  Complex z = ComplexValue(a);
  return ComplexFromDoubles(-z.real, -z.imag);
}
Ref ComplexPos(Value a) {
  Complex z = ComplexValue(a);
  return ComplexFromDoubles(z.real, z.imag);
}

Ref ComplexAbs(Value a) {
  Complex z = ComplexValue(a);
  double r = std::hypot(z.real, z.imag);
  if (std::isinf(r) && std::isfinite(z.real) && std::isfinite(z.imag)) {
    return SetError(OverflowErrorType(), "absolute value too large");
  }
  return FloatFromDouble(r);
}

int ComplexBool(Value a) {
  Complex z = ComplexValue(a);
  return (z.real != 0.0 || z.imag != 0.0) ? 1 : 0;
}

int64_t ComplexHash(Value a) {
  Complex z = ComplexValue(a);
  auto hr = static_cast<uint64_t>(FloatHash(z.real));
  auto hi = static_cast<uint64_t>(FloatHash(z.imag));
  auto h = static_cast<int64_t>(hr + 1000003u * hi);
  return h == -1 ? -2 : h;
}

Ref ComplexRichCompare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::kEq && op != CompareOp::kNe) return NotImplemented();
  Value self = IsComplex(a) ? a : b, other = IsComplex(a) ? b : a;
  Complex z = ComplexValue(self);
  bool eq;
  if (IsComplex(other)) {
    Complex w = ComplexValue(other);
    eq = z.real == w.real && z.imag == w.imag;
  } else if (IsInt(other) || Is<FloatObject>(other)) {
    if (z.imag != 0.0) {
      eq = false;
    } else {
      Ref re = FloatFromDouble(z.real);
      int r = RichCompareBool(re.get(), other, CompareOp::kEq);
      if (r < 0) return Ref();
      eq = r == 1;
    }
  } else {
    return NotImplemented();
  }
  return Ref::New(Bool(op == CompareOp::kEq ? eq : !eq));
}

Ref ComplexReprSlot(Value a) { return StrFromUtf8(ComplexRepr(ComplexValue(a))); }

// --- construction ------------------------------------------------------------------

bool IsSpaceChar(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Length of a float literal (digits, '.', exponent, underscores, or
// inf/infinity/nan) at the start of s, without its sign; 0 if none.
size_t ScanUnsignedFloat(std::string_view s) {
  auto lower_starts = [&](std::string_view word) {
    if (s.size() < word.size()) return false;
    for (size_t k = 0; k < word.size(); k++) {
      if ((s[k] | 0x20) != word[k]) return false;
    }
    return true;
  };
  if (lower_starts("infinity")) return 8;
  if (lower_starts("inf") || lower_starts("nan")) return 3;
  size_t i = 0;
  bool digits = false;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '_' && digits))) digits = true, i++;
  if (i < s.size() && s[i] == '.') {
    i++;
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '_' && digits))) digits = true, i++;
  }
  if (!digits) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) j++;
    if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
      while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') || s[j] == '_')) j++;
      i = j;
    }
  }
  return i;
}

bool ParseNumber(std::string_view text, double* out) {
  Ref f = FloatFromString(text);
  if (!f) {
    ClearError();
    return false;
  }
  *out = FloatValue(f.get());
  return true;
}

Ref ComplexFromString(std::string_view s) {
  auto malformed = [] { return SetError(ValueErrorType(), "complex() arg is a malformed string"); };
  auto trim = [](std::string_view& v) {
    while (!v.empty() && IsSpaceChar(v.front())) v.remove_prefix(1);
    while (!v.empty() && IsSpaceChar(v.back())) v.remove_suffix(1);
  };
  trim(s);
  if (!s.empty() && s.front() == '(') {
    if (s.back() != ')') return malformed();
    s = s.substr(1, s.size() - 2);
    trim(s);
  }
  if (s.empty()) return malformed();
  double real = 0.0, imag = 0.0;
  size_t i = 0;
  auto signed_number = [&](size_t at, size_t* len, bool* has_digits, double* value) {
    size_t j = at;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) j++;
    size_t n = ScanUnsignedFloat(s.substr(j));
    *has_digits = n > 0;
    *len = j + n - at;
    if (n == 0) {
      *value = (at < s.size() && s[at] == '-') ? -1.0 : 1.0;
      return true;
    }
    return ParseNumber(s.substr(at, *len), value);
  };
  size_t len;
  bool has;
  double v1;
  if (!signed_number(0, &len, &has, &v1)) return malformed();
  i = len;
  if (i == s.size()) {
    if (!has) return malformed();
    real = v1;
  } else if ((s[i] | 0x20) == 'j') {
    if (i + 1 != s.size()) return malformed();
    imag = v1;
  } else if (has && (s[i] == '+' || s[i] == '-')) {
    real = v1;
    double v2;
    if (!signed_number(i, &len, &has, &v2)) return malformed();
    i += len;
    if (i + 1 != s.size() || (s[i] | 0x20) != 'j') return malformed();
    imag = v2;
  } else {
    return malformed();
  }
  return ComplexFromDoubles(real, imag);
}

Ref ComplexNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("complex", args, nargs, kwnames, {"real", "imag"}, 0, a)) return Ref();
  if (a[0] && IsStr(a[0])) {
    if (a[1]) return SetError(TypeErrorType(), "complex() can't take second arg if first is a string");
    return ComplexFromString(StrView(a[0]));
  }
  if (a[1] && IsStr(a[1])) return SetError(TypeErrorType(), "complex() second arg can't be a string");
  Complex r{0.0, 0.0}, i{0.0, 0.0};
  if (a[0]) {
    if (AsComplex(a[0], &r) <= 0) {
      if (!ErrorOccurred()) {
        SetErrorFmt(TypeErrorType(), "complex() first argument must be a string or a number, not '{}'",
                    TypeName(a[0]));
      }
      return Ref();
    }
    if (!a[1] && IsComplex(a[0]) && a[0].type() == &ComplexType) return Ref::New(a[0]);
  }
  if (a[1]) {
    if (AsComplex(a[1], &i) <= 0) {
      if (!ErrorOccurred()) {
        SetErrorFmt(TypeErrorType(), "complex() second argument must be a number, not '{}'",
                    TypeName(a[1]));
      }
      return Ref();
    }
  }
  // Only complex arguments contribute cross terms (so the sign of a zero
  // imaginary float argument is kept): CPython's complex_new.
  double real = r.real, imag = i.real;
  if (a[1] && IsComplex(a[1])) real -= i.imag;
  if (a[0] && IsComplex(a[0])) imag += r.imag;
  if (!a[1]) imag = r.imag;
  return ComplexFromDoubles(real, imag);
}

Ref ComplexConjugate(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoKeywords("conjugate", kwnames) || !CheckArgCount("complex.conjugate", nargs, 0, 0)) {
    return Ref();
  }
  Complex z = ComplexValue(self);
  return ComplexFromDoubles(z.real, -z.imag);
}

Ref ComplexGetNewArgs(Value self, const Value*, size_t, Value) {
  Complex z = ComplexValue(self);
  Ref r = FloatFromDouble(z.real), i = FloatFromDouble(z.imag);
  return MakeTuple({r.get(), i.get()});
}

Ref ComplexComplexMethod(Value self, const Value*, size_t, Value) { return Ref::New(self); }

Ref ComplexGetReal(Value self) { return FloatFromDouble(ComplexValue(self).real); }
Ref ComplexGetImag(Value self) { return FloatFromDouble(ComplexValue(self).imag); }

const MethodDef kComplexMethods[] = {
    {"conjugate", ComplexConjugate},
    {"__getnewargs__", ComplexGetNewArgs},
    {"__complex__", ComplexComplexMethod},
    {nullptr, nullptr},
};

const GetSetDef kComplexGetSets[] = {
    {"real", ComplexGetReal},
    {"imag", ComplexGetImag},
    {nullptr, nullptr},
};

// CPython's repr of one part: shortest digits, no ".0" for integral values.
std::string PartRepr(double d) {
  std::string s = FloatRepr(d);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

}  // namespace

Ref ComplexFromDoubles(double real, double imag) {
  auto* c = static_cast<ComplexObject*>(AllocObject(&ComplexType, sizeof(ComplexObject)));
  if (c == nullptr) return Ref();
  c->value = {real, imag};
  return Ref::Steal(c);
}

int AsComplex(Value v, Complex* out) {
  if (IsComplex(v)) {
    *out = ComplexValue(v);
    return 1;
  }
  if (Is<FloatObject>(v)) {
    *out = {FloatValue(v), 0.0};
    return 1;
  }
  if (IsInt(v)) {
    double d;
    if (!IntAsDouble(v, &d)) return -1;
    *out = {d, 0.0};
    return 1;
  }
  return 0;
}

bool ComplexQuot(Complex a, Complex b, Complex* r) {
  double abs_breal = std::fabs(b.real), abs_bimag = std::fabs(b.imag);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) return false;
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    *r = {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  } else if (abs_bimag >= abs_breal) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    *r = {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  } else {
    *r = {NAN, NAN};  // at least one of b's parts is a NaN
  }
  return true;
}

Ref ComplexPow(Complex a, Complex b) {
  Complex r;
  bool domain_error = false;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    auto n = static_cast<int64_t>(b.real);
    if (n >= 0) {
      r = PowU(a, n);
    } else if (!ComplexQuot({1.0, 0.0}, PowU(a, -n), &r)) {
      domain_error = true;
    }
  } else if (b.real == 0.0 && b.imag == 0.0) {
    r = {1.0, 0.0};
  } else if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) domain_error = true;
    r = {0.0, 0.0};
  } else {
    double vabs = std::hypot(a.real, a.imag);
    double len = std::pow(vabs, b.real);
    double at = std::atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
      len /= std::exp(at * b.imag);
      phase += b.imag * std::log(vabs);
    }
    r = {len * std::cos(phase), len * std::sin(phase)};
  }
  if (domain_error) return SetError(ZeroDivisionErrorType(), "0.0 to a negative or complex power");
  if (std::isinf(r.real) || std::isinf(r.imag)) {
    return SetError(OverflowErrorType(), "complex exponentiation");
  }
  return ComplexFromDoubles(r.real, r.imag);
}

std::string ComplexRepr(Complex z) {
  if (z.real == 0.0 && !std::signbit(z.real)) return PartRepr(z.imag) + "j";
  std::string im = PartRepr(z.imag);
  if (im[0] != '-') im = "+" + im;
  return "(" + PartRepr(z.real) + im + "j)";
}

void InitComplexType() {
  ComplexType.name = "complex";
  ComplexType.basic_size = sizeof(ComplexObject);
  ComplexType.hooks.dealloc = [](gc::Header* h) { FreeObject(h); };
  ComplexType.repr = ComplexReprSlot;
  ComplexType.hash = ComplexHash;
  ComplexType.richcompare = ComplexRichCompare;
  ComplexType.new_ = ComplexNew;
  ComplexType.number.add = ComplexAdd;
  ComplexType.number.subtract = ComplexSub;
  ComplexType.number.multiply = ComplexMul;
  ComplexType.number.true_divide = ComplexDiv;
  ComplexType.number.power = ComplexPowSlot;
  ComplexType.number.negative = ComplexNeg;
  ComplexType.number.positive = ComplexPos;
  ComplexType.number.absolute = ComplexAbs;
  ComplexType.number.bool_ = ComplexBool;
  ComplexType.methods = kComplexMethods;
  ComplexType.getsets = kComplexGetSets;
  InitStaticType(&ComplexType);
}

}  // namespace gilectomy::rt
