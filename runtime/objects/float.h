// float: a boxed double. repr is the shortest string that round-trips.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace gilectomy::rt {

struct FloatObject : Object {
  double value;
  static bool IsType(TypeObject* t) { return t == &FloatType; }
};

Ref FloatFromDouble(double d);
// Frees the calling thread's cached float blocks and stops caching on this
// thread (DetachThreadState calls it).
void DrainFloatFreeList();
inline double FloatValue(Value v) { return static_cast<FloatObject*>(v.obj())->value; }
// Accepts float and int (and bool); TypeError "must be real number, not str" otherwise.
bool AsDouble(Value v, double* out);
// CPython's repr(float): shortest round-trip digits, exponent when exp < -4 or >= 16.
std::string FloatRepr(double d);
int64_t FloatHash(double d);  // equal to the int hash for integral values
// Python float() parsing: whitespace, underscores, inf/nan; ValueError on bad input.
Ref FloatFromString(std::string_view text);
// x ** y with Python's rules (ZeroDivisionError for 0.0 ** negative,
// OverflowError (34, 'Numerical result out of range') on overflow).
Ref FloatPow(double x, double y);
// round(x) (ndigits null or None: an int, half to even; OverflowError for
// inf, ValueError for nan) and round(x, n) (a float, correctly rounded).
Ref FloatRound(double x, Value ndigits);
Ref FloatRound(Value number, Value ndigits);  // number: a float
// round() of an int (defined in objects/int.cpp; also declared in int.h).
Ref IntRound(Value x, Value ndigits);

}  // namespace gilectomy::rt
