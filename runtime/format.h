// format(value, spec): the format-spec mini-language of str.format, f-strings
// and the format() builtin:
//
//   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
//
// int: b c d o x X n (and e E f F g G % through float); float: e E f F g G n %
// and none (repr-like); str: s. Other types accept only the empty spec
// (str(value)); a class that defines __format__ gets it called.
#pragma once

#include <string_view>

#include "runtime/value.h"

namespace gilectomy::rt {

// The str that format(v, spec) returns; empty Ref with ValueError/TypeError
// (CPython's messages) for a bad spec.
Ref FormatValue(Value v, std::string_view spec);

}  // namespace gilectomy::rt
