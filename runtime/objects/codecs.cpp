// Text codecs between str (UTF-8 inside) and bytes: utf-8, ascii and
// latin-1 under their usual aliases, with the error handlers strict,
// replace, ignore, backslashreplace and xmlcharrefreplace (encoding) and
// strict, replace, ignore, backslashreplace (decoding). Messages follow
// CPython: a run of unencodable characters is reported as one range
// ("can't encode characters in position 1-2"), and UTF-8 decoding reports
// "invalid start byte", "invalid continuation byte" or "unexpected end of
// data" over the same byte ranges as CPython's decoder.
//
// Also int.to_bytes, which belongs with the bytes conversions.
#include <gmp.h>

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

enum class Codec { kUtf8, kAscii, kLatin1 };
enum class Errors { kStrict, kReplace, kIgnore, kBackslash, kXmlRef, kOther };

// Resolves an encoding name (case, '-'/'_' and spaces ignored, as CPython's
// normalisation does for these names).
bool LookupCodec(Value encoding, Codec* out, const char** name) {
  if (!encoding) {
    *out = Codec::kUtf8;
    *name = "utf-8";
    return true;
  }
  if (!IsStr(encoding)) {
    SetErrorFmt(TypeErrorType(), "encode() argument 'encoding' must be str, not {}",
                TypeName(encoding));
    return false;
  }
  std::string n;
  for (char c : StrView(encoding)) {
    if (c == '-' || c == '_' || c == ' ') continue;
    n.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  if (n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") {
    *out = Codec::kUtf8;
    *name = "utf-8";
  } else if (n == "ascii" || n == "usascii" || n == "646") {
    *out = Codec::kAscii;
    *name = "ascii";
  } else if (n == "latin1" || n == "latin" || n == "iso88591" || n == "l1" || n == "cp819" ||
             n == "8859" || n == "iso885911987") {
    *out = Codec::kLatin1;
    *name = "latin-1";
  } else {
    SetErrorFmt(LookupErrorType(), "unknown encoding: {}", StrView(encoding));
    return false;
  }
  return true;
}

bool LookupErrors(Value errors, Errors* out) {
  if (!errors) {
    *out = Errors::kStrict;
    return true;
  }
  if (!IsStr(errors)) {
    SetErrorFmt(TypeErrorType(), "encode() argument 'errors' must be str, not {}", TypeName(errors));
    return false;
  }
  std::string_view e = StrView(errors);
  *out = e == "strict"             ? Errors::kStrict
         : e == "replace"          ? Errors::kReplace
         : e == "ignore"           ? Errors::kIgnore
         : e == "backslashreplace" ? Errors::kBackslash
         : e == "xmlcharrefreplace" ? Errors::kXmlRef
                                   : Errors::kOther;
  return true;  // an unknown handler is reported when it is first needed

}

std::string EscapedChar(uint32_t cp) {
  if (cp < 0x100) return fmt::format("\\x{:02x}", cp);
  if (cp < 0x10000) return fmt::format("\\u{:04x}", cp);
  return fmt::format("\\U{:08x}", cp);
}

}  // namespace

Ref EncodeStr(Value str, Value encoding, Value errors) {
  Codec codec;
  const char* name;
  Errors err;
  if (!LookupCodec(encoding, &codec, &name) || !LookupErrors(errors, &err)) return Ref();
  std::string_view text = StrView(str);
  if (codec == Codec::kUtf8) return BytesFromString(text);
  uint32_t limit = codec == Codec::kAscii ? 0x80 : 0x100;
  std::string out;
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < text.size();) cps.push_back(DecodeUtf8(text, i));
  for (size_t i = 0; i < cps.size();) {
    if (cps[i] < limit) {
      out.push_back(static_cast<char>(cps[i++]));
      continue;
    }
    size_t j = i;
    while (j < cps.size() && cps[j] >= limit) j++;
    switch (err) {
      case Errors::kStrict:
        if (j - i == 1) {
          return SetErrorFmt(UnicodeEncodeErrorType(),
                             "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                             name, EscapedChar(cps[i]), i, limit);
        }
        return SetErrorFmt(UnicodeEncodeErrorType(),
                           "'{}' codec can't encode characters in position {}-{}: ordinal not in range({})",
                           name, i, j - 1, limit);
      case Errors::kReplace: out.append(j - i, '?'); break;
      case Errors::kIgnore: break;
      case Errors::kBackslash:
        for (size_t k = i; k < j; k++) out += EscapedChar(cps[k]);
        break;
      case Errors::kXmlRef:
        for (size_t k = i; k < j; k++) out += fmt::format("&#{};", cps[k]);
        break;
      case Errors::kOther:
        return SetErrorFmt(LookupErrorType(), "unknown error handler name '{}'", StrView(errors));
    }
    i = j;
  }
  return BytesFromString(out);
}

namespace {

// Length of the invalid UTF-8 sequence starting at data[i] and why, or 0
// with *cp set when a valid sequence of *len bytes starts there.
const char* CheckUtf8(std::string_view d, size_t i, size_t* len, uint32_t* cp) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(d[k]); };
  unsigned char c = b(i);
  if (c < 0x80) {
    *len = 1;
    *cp = c;
    return nullptr;
  }
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *len = 1;
    return "invalid start byte";
  }
  uint32_t v = c & (0x3F >> need);
  for (int k = 1; k <= need; k++) {
    if (i + static_cast<size_t>(k) >= d.size()) {
      *len = d.size() - i;
      return "unexpected end of data";
    }
    unsigned char x = b(i + static_cast<size_t>(k));
    if (x < (k == 1 ? lo : 0x80) || x > (k == 1 ? hi : 0xBF)) {
      *len = static_cast<size_t>(k);
      return "invalid continuation byte";
    }
    v = (v << 6) | (x & 0x3F);
  }
  *len = static_cast<size_t>(need) + 1;
  *cp = v;
  return nullptr;
}

Ref DecodeError(const char* codec, std::string_view d, size_t start, size_t end, const char* why) {
  if (end - start == 1) {
    return SetErrorFmt(UnicodeDecodeErrorType(), "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                       codec, static_cast<unsigned char>(d[start]), start, why);
  }
  return SetErrorFmt(UnicodeDecodeErrorType(), "'{}' codec can't decode bytes in position {}-{}: {}",
                     codec, start, end - 1, why);
}

// Appends the replacement for the undecodable bytes d[start:end].
void Replacement(Errors err, std::string_view d, size_t start, size_t end, std::string& out) {
  if (err == Errors::kReplace) {
    AppendUtf8(out, 0xFFFD);
  } else if (err == Errors::kBackslash) {
    for (size_t k = start; k < end; k++) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(d[k]));
    }
  }
}

}  // namespace

Ref DecodeBytes(std::string_view d, Value encoding, Value errors) {
  Codec codec;
  const char* name;
  Errors err;
  if (!LookupCodec(encoding, &codec, &name) || !LookupErrors(errors, &err)) return Ref();
  if (err == Errors::kXmlRef) {
    return SetError(TypeErrorType(), "don't know how to handle UnicodeDecodeError in error callback");
  }
  std::string out;
  out.reserve(d.size());
  if (codec == Codec::kLatin1) {
    for (char c : d) AppendUtf8(out, static_cast<unsigned char>(c));
    return StrFromUtf8(out);
  }
  for (size_t i = 0; i < d.size();) {
    if (codec == Codec::kAscii) {
      auto c = static_cast<unsigned char>(d[i]);
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
      } else if (err == Errors::kStrict) {
        return DecodeError(name, d, i, i + 1, "ordinal not in range(128)");
      } else if (err == Errors::kOther) {
        return SetErrorFmt(LookupErrorType(), "unknown error handler name '{}'", StrView(errors));
      } else {
        Replacement(err, d, i, i + 1, out);
      }
      i++;
      continue;
    }
    size_t len;
    uint32_t cp;
    const char* why = CheckUtf8(d, i, &len, &cp);
    if (why == nullptr) {
      out.append(d.substr(i, len));
    } else if (err == Errors::kStrict) {
      return DecodeError(name, d, i, i + len, why);
    } else if (err == Errors::kOther) {
      return SetErrorFmt(LookupErrorType(), "unknown error handler name '{}'", StrView(errors));
    } else {
      Replacement(err, d, i, i + len, out);
    }
    i += len;
  }
  return StrFromUtf8(out);
}

Ref StrEncodeMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("encode", args, nargs, kwnames, {"encoding", "errors"}, 0, a)) return Ref();
  return EncodeStr(self, a[0], a[1]);
}

Ref IntToBytesMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (nargs > 2) {
    return SetErrorFmt(TypeErrorType(), "to_bytes() takes at most 2 positional arguments ({} given)",
                       nargs);
  }
  if (!ParseArgs("to_bytes", args, nargs, kwnames, {"length", "byteorder", "signed"}, 0, a)) {
    return Ref();
  }
  int64_t length = 1;
  if (a[0] && !AsSsizeArg(a[0], &length)) return Ref();
  if (length < 0) return SetError(ValueErrorType(), "length argument must be non-negative");
  bool little = false;
  if (a[1]) {
    if (!IsStr(a[1])) {
      return SetErrorFmt(TypeErrorType(), "to_bytes() argument 'byteorder' must be str, not {}",
                         TypeName(a[1]));
    }
    std::string_view bo = StrView(a[1]);
    if (bo == "little") {
      little = true;
    } else if (bo != "big") {
      return SetError(ValueErrorType(), "byteorder must be either 'little' or 'big'");
    }
  }
  bool is_signed = false;
  if (a[2]) {
    int t = IsTrue(a[2]);
    if (t < 0) return Ref();
    is_signed = t == 1;
  }
  mpz_t v, limit;
  mpz_init(v);
  mpz_init(limit);
  IntToMpz(self, v);
  struct Clear {
    mpz_ptr a, b;
    ~Clear() {
      mpz_clear(a);
      mpz_clear(b);
    }
  } clear{v, limit};
  if (!is_signed && mpz_sgn(v) < 0) {
    return SetError(OverflowErrorType(), "can't convert negative int to unsigned");
  }
  // Unsigned: v < 256**length. Signed: -2**(8L-1) <= v < 2**(8L-1).
  bool fits;
  if (!is_signed) {
    mpz_ui_pow_ui(limit, 2, static_cast<unsigned long>(length * 8));
    fits = mpz_cmp(v, limit) < 0;
  } else if (length == 0) {
    fits = mpz_sgn(v) == 0;
  } else {
    mpz_ui_pow_ui(limit, 2, static_cast<unsigned long>(length * 8 - 1));
    fits = mpz_cmp(v, limit) < 0 && (mpz_sgn(v) >= 0 || mpz_cmpabs(v, limit) <= 0);
  }
  if (!fits) return SetError(OverflowErrorType(), "int too big to convert");
  if (mpz_sgn(v) < 0) {  // two's complement: v + 256**length
    mpz_ui_pow_ui(limit, 2, static_cast<unsigned long>(length * 8));
    mpz_add(v, v, limit);
  }
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  std::string tmp(mpz_sizeinbase(v, 256) + 1, '\0');
  mpz_export(tmp.data(), &count, -1, 1, 0, 0, v);  // least significant byte first
  for (size_t i = 0; i < count && i < out.size(); i++) out[i] = tmp[i];
  if (!little) std::reverse(out.begin(), out.end());
  return BytesFromString(out);
}

}  // namespace gilectomy::rt
