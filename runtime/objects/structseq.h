// Struct sequences: tuple subclasses whose items also have names, like
// sys.version_info and sys.float_info (CPython's structseq). The type is
// built once at run time and lives for the whole process.
#pragma once

#include <initializer_list>

#include "runtime/object.h"

namespace gilectomy::rt {

// A new struct sequence type named `qualified_name` ("sys.version_info")
// with one read-only attribute per field. Null with an exception on failure.
TypeObject* NewStructSeqType(const char* qualified_name, std::initializer_list<const char*> fields);
// An instance holding `values` (one per field).
Ref NewStructSeq(TypeObject* type, std::initializer_list<Value> values);

}  // namespace gilectomy::rt
