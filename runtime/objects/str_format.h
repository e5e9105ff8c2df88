// str.format, str.format_map and `str % args` (runtime/objects/str_format.cpp).
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

Ref StrFormatMethod(Value self, const Value* args, size_t nargs, Value kwnames);
Ref StrFormatMapMethod(Value self, const Value* args, size_t nargs, Value kwnames);
// printf-style formatting: format % args (args: a tuple, a mapping, or one value).
Ref StrPercentFormat(Value format, Value args);

}  // namespace gilectomy::rt
