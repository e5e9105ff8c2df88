// int: small integers live in the Value word; larger ones are BigIntObject
// (GMP mpz). bool is a subclass whose two instances are True and False.
// Every result is normalised: a value that fits a small int is returned as one.
#pragma once

#include <gmp.h>

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace gilectomy::rt {

struct BigIntObject : Object {
  mpz_t value;
  static bool IsType(TypeObject* t) { return (t->type_flags & kTypeIntSubclass) != 0; }
};

// True for small ints, big ints, bools and int subclasses.
inline bool IsInt(Value v) {
  return v.is_small_int() || (v.type()->type_flags & kTypeIntSubclass) != 0;
}
inline bool IsBool(Value v) { return v == True() || v == False(); }

Ref IntFromInt64(int64_t v);
Ref IntFromUint64(uint64_t v);
Ref IntFromMpz(const mpz_t v);     // copies; normalises to a small int when it fits
Ref IntFromDouble(double d);       // truncates; OverflowError for inf, ValueError for nan
// Parses Python int() syntax: optional sign, whitespace, underscores, base 0 (prefixes) or 2..36.
// ValueError "invalid literal for int() with base 10: 'x'" on bad input.
Ref IntFromString(std::string_view text, int base);
// The int's value as int64; false + OverflowError when it does not fit.
bool IntAsInt64(Value v, int64_t* out);
// Sets `out` (initialised by the caller) to the int's value.
void IntToMpz(Value v, mpz_t out);
// Conversion to double with OverflowError "int too large to convert to float".
bool IntAsDouble(Value v, double* out);
std::string IntToString(Value v, int base = 10);  // no prefix
int IntSign(Value v);                              // -1, 0, 1
// Compare two ints: <0, 0, >0.
int IntCompare(Value a, Value b);
int64_t IntHash(Value v);                          // CPython's: mod 2**61-1, -1 -> -2

// The number slots of int (used by bool and by the eval loop's slow paths).
Ref IntAdd(Value a, Value b);
Ref IntSub(Value a, Value b);
Ref IntMul(Value a, Value b);
Ref IntFloorDiv(Value a, Value b);
Ref IntMod(Value a, Value b);
Ref IntTrueDiv(Value a, Value b);
Ref IntNeg(Value a);

// round(x, ndigits) for an int x: ndigits null/None or >= 0 gives int(x);
// a negative ndigits rounds to a multiple of 10**-ndigits, half to even.
Ref IntRound(Value x, Value ndigits);

// sys.get_int_max_str_digits() / sys.set_int_max_str_digits() (0: no limit).
int64_t IntMaxStrDigits();
void SetIntMaxStrDigits(int64_t n);

// int() and float() text before parsing: Unicode whitespace becomes ' ' and
// Unicode decimal digits become ASCII digits (other non-ASCII becomes '?').
std::string NormaliseNumericText(std::string_view text);

}  // namespace gilectomy::rt
