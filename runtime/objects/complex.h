// complex: a boxed pair of doubles, with CPython 3.11's arithmetic
// algorithms (Smith's division, repeated squaring for small integral
// powers), repr ("(1+2j)", "-0j", "(nan+infj)") and parsing.
#pragma once

#include <string>

#include "runtime/object.h"

namespace gilectomy::rt {

extern TypeObject ComplexType;

struct Complex {
  double real, imag;
};

struct ComplexObject : Object {
  Complex value;
  static bool IsType(TypeObject* t) { return t == &ComplexType; }
};

inline bool IsComplex(Value v) { return Is<ComplexObject>(v); }
inline Complex ComplexValue(Value v) { return As<ComplexObject>(v)->value; }

Ref ComplexFromDoubles(double real, double imag);
// A complex, float or int as a Complex: 1 ok, 0 unsupported type, -1 error.
int AsComplex(Value v, Complex* out);
// x ** y with CPython's rules and errors (ZeroDivisionError "0.0 to a
// negative or complex power", OverflowError "complex exponentiation").
Ref ComplexPow(Complex x, Complex y);
// CPython's c_quot; false (and no exception) when b is zero.
bool ComplexQuot(Complex a, Complex b, Complex* out);
// repr text of a complex.
std::string ComplexRepr(Complex z);

}  // namespace gilectomy::rt
