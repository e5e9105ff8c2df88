// Unicode character properties and case mappings for str methods, generated
// from CPython 3.11's own database (Unicode 14.0.0) by tools/gen_unicode_db.py,
// so isalpha()/upper()/isprintable()/... agree with CPython code point for code
// point. Full (multi-character) mappings such as 'ß'.upper() == 'SS' are
// included; context rules other than the final sigma (str_methods.cpp) are not
// (CPython has none either).
//
// The tables are immutable constant data: safe from any thread.
#pragma once

#include <cstdint>

namespace gilectomy::rt {

struct UnicodeRecord {
  uint16_t flags;   // kUni* bits below
  int8_t decimal;   // decimal digit value, or -1
  int32_t upper, lower, title, fold;  // delta, or (1<<30)|(len<<24)|offset into the special table
};

namespace unicode {

enum : uint16_t {
  kAlpha = 1u << 0,
  kDecimal = 1u << 1,
  kDigit = 1u << 2,
  kNumeric = 1u << 3,
  kSpace = 1u << 4,
  kPrintable = 1u << 5,
  kUpper = 1u << 6,
  kLower = 1u << 7,
  kCased = 1u << 8,
  kCaseIgnorable = 1u << 9,
  kTitle = 1u << 10,
  kXidStart = 1u << 11,
  kXidContinue = 1u << 12,
  kLinebreak = 1u << 13,
};

const UnicodeRecord& Lookup(uint32_t cp);
inline bool Has(uint32_t cp, uint16_t flag) { return (Lookup(cp).flags & flag) != 0; }
// Lookup(c).flags for the 128 ASCII code points (fast paths over ASCII text).
const uint16_t* AsciiFlags();
inline int DecimalValue(uint32_t cp) { return Lookup(cp).decimal; }

enum class CaseKind : uint8_t { kUpper, kLower, kTitle, kFold };
// Writes the full mapping of cp into out (at most 3 code points); returns the count.
int MapCase(uint32_t cp, CaseKind kind, uint32_t out[3]);

}  // namespace unicode
}  // namespace gilectomy::rt
