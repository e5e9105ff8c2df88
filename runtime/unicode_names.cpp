// "\N{NAME}" lookup. The stored names (see tools/gen_unicode_names.py for the
// layout) are sorted and front-coded in blocks of kUniNameBlock entries: a
// lookup binary-searches the blocks by their first (uncompressed) name, then
// decodes at most one block. The two algorithmic families are computed here,
// with CPython's rules: the prefix is case-sensitive and, once it matches, the
// table is not consulted.
#include "runtime/unicode_names.h"

#include <cstddef>
#include <iterator>
#include <string>

namespace gilectomy::rt {
namespace {
#include "runtime/unicode_names_data.inc"

constexpr std::string_view kCjkPrefix = "CJK UNIFIED IDEOGRAPH-";
constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";

// The Hangul jamo short names (Unicode chapter 3.12) for the leading
// consonant, vowel and trailing consonant of a syllable.
constexpr const char* kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                  "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO",
                                  "YE", "O", "WA", "WAE", "OE", "YO", "U",
                                  "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                  "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                  "SS", "NG", "J", "C", "K", "T", "P", "H"};
constexpr uint32_t kHangulBase = 0xAC00;
constexpr int kJamoVCount = 21, kJamoTCount = 28;

// Longest jamo of `table` that `rest` starts with: returns its index and
// removes it from `rest`, or -1.
template <size_t N>
int TakeJamo(std::string_view& rest, const char* const (&table)[N]) {
  int best = -1;
  size_t best_len = 0;
  for (size_t i = 0; i < N; ++i) {
    std::string_view jamo = table[i];
    if ((best < 0 || jamo.size() > best_len) && rest.substr(0, jamo.size()) == jamo) {
      best = static_cast<int>(i);
      best_len = jamo.size();
    }
  }
  if (best >= 0) rest.remove_prefix(best_len);
  return best;
}

bool LookupHangul(std::string_view rest, uint32_t* cp) {
  int l = TakeJamo(rest, kJamoL);
  int v = TakeJamo(rest, kJamoV);
  int t = TakeJamo(rest, kJamoT);
  if (l < 0 || v < 0 || t < 0 || !rest.empty()) return false;
  *cp = kHangulBase + static_cast<uint32_t>((l * kJamoVCount + v) * kJamoTCount + t);
  return true;
}

// Four or five upper-case hex digits naming a unified ideograph.
bool LookupCjk(std::string_view hex, uint32_t* cp) {
  if (hex.size() != 4 && hex.size() != 5) return false;
  uint32_t v = 0;
  for (char c : hex) {
    if (c >= '0' && c <= '9') v = v * 16 + static_cast<uint32_t>(c - '0');
    else if (c >= 'A' && c <= 'F') v = v * 16 + static_cast<uint32_t>(c - 'A' + 10);
    else return false;
  }
  for (const auto& range : kUniCjkRanges) {
    if (v >= range[0] && v <= range[1]) {
      *cp = v;
      return true;
    }
  }
  return false;
}

uint32_t Digit(char c) {
  return static_cast<uint32_t>(c - '#' - (c > '?') - (c > '\\'));
}

bool IsNameChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-';
}

// Decodes the entry at kUniNames[*pos] into `name` (which holds the previous
// entry's name) and returns its code point; advances *pos past the entry.
uint32_t DecodeEntry(size_t* pos, std::string& name) {
  const char* p = kUniNames + *pos;
  name.resize(Digit(*p++));
  while (IsNameChar(*p)) name += *p++;
  uint32_t cp = static_cast<uint32_t>(*p++ - 'a') << 17;
  cp |= Digit(p[0]) * 90 * 90 + Digit(p[1]) * 90 + Digit(p[2]);
  *pos = static_cast<size_t>(p + 3 - kUniNames);
  return cp;
}

// The first name of block `b` (stored whole).
std::string_view BlockHead(size_t b) {
  const char* start = kUniNames + kUniNameBlocks[b] + 1;
  const char* end = start;
  while (IsNameChar(*end)) ++end;
  return {start, static_cast<size_t>(end - start)};
}

bool LookupStored(std::string_view upper, uint32_t* cp) {
  // The last block whose head is <= `upper`.
  size_t lo = 0, hi = std::size(kUniNameBlocks);
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (BlockHead(mid) <= upper) lo = mid;
    else hi = mid;
  }
  size_t pos = kUniNameBlocks[lo];
  std::string name;
  size_t first = lo * kUniNameBlock;
  size_t count = first + kUniNameBlock <= kUniNameCount ? kUniNameBlock : kUniNameCount - first;
  for (size_t i = 0; i < count; ++i) {
    uint32_t c = DecodeEntry(&pos, name);
    if (name == upper) {
      *cp = c;
      return true;
    }
    if (name > upper) break;
  }
  return false;
}

}  // namespace

bool LookupUnicodeName(std::string_view name, uint32_t* cp) {
  if (name.substr(0, kHangulPrefix.size()) == kHangulPrefix) {
    return LookupHangul(name.substr(kHangulPrefix.size()), cp);
  }
  if (name.substr(0, kCjkPrefix.size()) == kCjkPrefix) {
    return LookupCjk(name.substr(kCjkPrefix.size()), cp);
  }
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!IsNameChar(c)) return false;
  }
  return LookupStored(upper, cp);
}

}  // namespace gilectomy::rt
