// Lookup into the generated Unicode tables (see unicode_db.h for the layout
// and tools/gen_unicode_db.py for how they are made).
#include "runtime/objects/unicode_db.h"

namespace gilectomy::rt {
namespace {
#include "runtime/objects/unicode_db_data.inc"

static_assert(unicode::kAlpha == kUniAlpha && unicode::kLinebreak == kUniLinebreak &&
                  unicode::kXidContinue == kUniXidContinue && unicode::kCaseIgnorable == kUniCaseIgnorable,
              "unicode_db.h flag bits must match the generated table");
}  // namespace

namespace unicode {

const UnicodeRecord& Lookup(uint32_t cp) {
  if (cp >= 0x110000) cp = 0xFFFF;  // a non-character: no properties
  uint32_t block = kUniIndex1[cp >> kUniShift];
  return kUniRecords[kUniIndex2[block * kUniBlock + (cp & (kUniBlock - 1))]];
}

const uint16_t* AsciiFlags() {
  static const struct Table {
    uint16_t flags[128];
    Table() {
      for (uint32_t c = 0; c < 128; ++c) flags[c] = Lookup(c).flags;
    }
  } table;
  return table.flags;
}

int MapCase(uint32_t cp, CaseKind kind, uint32_t out[3]) {
  const UnicodeRecord& r = Lookup(cp);
  int32_t field = kind == CaseKind::kUpper   ? r.upper
                  : kind == CaseKind::kLower ? r.lower
                  : kind == CaseKind::kTitle ? r.title
                                             : r.fold;
  if (field < (1 << 30)) {  // a delta (negative deltas stay below the tag bit)
    out[0] = static_cast<uint32_t>(static_cast<int32_t>(cp) + field);
    return 1;
  }
  int n = (field >> 24) & 0x3f;
  int offset = field & 0xffffff;
  for (int i = 0; i < n; ++i) out[i] = kUniSpecial[offset + i];
  return n;
}

}  // namespace unicode
}  // namespace gilectomy::rt
