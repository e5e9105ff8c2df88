// Internals shared by str.cpp (object, slots, interning) and str_methods.cpp
// (the Python-visible methods). Not for use outside runtime/objects/str*.cpp.
//
// StrObject::aux_ layout (written before the string is published, then
// read-only):
//
//   bit  0     all code points are ASCII (then length == size)
//   bits 1..3  uniform width: every code point takes this many UTF-8 bytes
//              (1..4), or 0 when widths are mixed. Lets pure Cyrillic, CJK or
//              emoji text index in O(1) like ASCII does.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/objects/str.h"

namespace gilectomy::rt {

inline constexpr uint32_t kStrAsciiBit = 1u;
inline constexpr uint32_t kStrWidthShift = 1;
inline constexpr uint32_t kStrWidthMask = 7u << kStrWidthShift;

inline StrObject* AsStrObj(Value v) { return As<StrObject>(v); }
inline int StrUniformWidth(const StrObject* s) {
  return static_cast<int>((s->aux_ & kStrWidthMask) >> kStrWidthShift);
}
// Bytes of the code point whose UTF-8 encoding starts with `lead`.
inline int Utf8Width(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
inline bool IsUtf8Continuation(unsigned char b) { return (b & 0xC0) == 0x80; }
inline uint32_t StrAux(bool ascii, int width) {
  return (ascii ? kStrAsciiBit : 0u) | (static_cast<uint32_t>(width) << kStrWidthShift);
}
// Python's ASCII whitespace (str.isspace / split()): \t \n \v \f \r, the
// separators \x1c-\x1f, and ' '. StrTest checks it against the Unicode table.
inline constexpr bool IsAsciiSpaceByte(unsigned char c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
}
inline constexpr uint32_t kStrAsciiAux = kStrAsciiBit | (1u << kStrWidthShift);

// Immortal shared strings (created by InitStrType): '' and the 128 one-char ASCII strings.
Value EmptyStr();
Value AsciiCharStr(unsigned char c);

// memcpy for the short pieces strings are mostly made of: fixed-size moves
// instead of a library call below 17 bytes.
inline void CopyBytes(char* dst, const char* src, size_t n) {
  if (n > 16) {
    std::memcpy(dst, src, n);
  } else if (n >= 8) {
    uint64_t a, b;
    std::memcpy(&a, src, 8);
    std::memcpy(&b, src + n - 8, 8);
    std::memcpy(dst, &a, 8);
    std::memcpy(dst + n - 8, &b, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, src, 4);
    std::memcpy(&b, src + n - 4, 4);
    std::memcpy(dst, &a, 4);
    std::memcpy(dst + n - 4, &b, 4);
  } else if (n > 0) {
    char a = src[0], b = src[n / 2], c = src[n - 1];
    dst[0] = a;
    dst[n / 2] = b;
    dst[n - 1] = c;
  }
}

// Building a result in place (no std::string temporary, no rescan):
//   StrObject* r = NewStrRaw(size, length, aux);   // data[size] is already NUL
//   if (r == nullptr) return Ref();                 // MemoryError is set
//   ... write exactly `size` bytes into r->data ...
//   return FinishStr(r);
// `length` and `aux` must describe the final bytes exactly (the ASCII bit is
// visible through isascii() and the iterator type). When they do not follow
// from the inputs, pass anything and publish with FinishStrScanned instead.
// Both Finish functions take ownership and return the shared '' / one-char
// string instead of r when the result is one of those.
StrObject* NewStrRaw(int64_t size, int64_t length, uint32_t aux);
Ref FinishStr(StrObject* r);
Ref FinishStrScanned(StrObject* r);
// s[b0:b1] by byte offsets (on code point boundaries) as an exact str;
// inherits ASCII / uniform width from s without rescanning.
Ref StrBytePiece(const StrObject* s, int64_t b0, int64_t b1);

// Byte offset of code point `index` (0 <= index <= length). O(1) for ASCII and
// uniform-width strings; otherwise walks the UTF-8 from the nearer end.
int64_t StrByteOffset(const StrObject* s, int64_t index);
// Code point index of the code point starting at byte `offset`.
int64_t StrCodePointIndex(const StrObject* s, int64_t offset);
// Counts code points in UTF-8 text.
int64_t CountCodePoints(std::string_view text);
// A new exact str from UTF-8 whose length (code points) is already known.
Ref StrFromUtf8Length(std::string_view text, int64_t length);
// A copy of `s` as an exact str (self when it already is one).
Ref StrExact(Value s);
// Decodes a whole string into code points.
std::u32string DecodeAll(std::string_view s);
void AppendUtf8All(std::string& out, const std::u32string& cps);

// Resolves CPython's slice-style (start, end) arguments: null/None means the
// default, other values must support __index__ (clamped to int64). False
// with a TypeError otherwise.
bool ParseSliceIndex(Value v, int64_t* out);
// ADJUST_INDICES from CPython: clamps end to len, wraps negatives.
void AdjustIndices(int64_t* start, int64_t* end, int64_t length);

extern const MethodDef kStrMethods[];  // str_methods.cpp

}  // namespace gilectomy::rt
