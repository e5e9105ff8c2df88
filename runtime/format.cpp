// The format-spec mini-language (format(), str.format, f-strings).
//
// Phases, as CPython's Python/formatter_unicode.c:
//  1. ParseSpec splits the spec into fields and checks the grouping option
//     against the type (errors here come before "Unknown format code").
//  2. A per-type formatter produces the pieces of the result: sign, prefix
//     (0x...), the integer digits, and the rest (fraction, exponent, '%').
//  3. Layout pads to the width. With '0' padding ('=' alignment and fill
//     '0') and a grouping option, the padding zeros are grouped too
//     (format(1234, '09,') == '0,001,234'); a group never starts with a
//     separator, so the result may be one character wider than asked.
//
// Floats are formatted with snprintf ("%.*e", "%.*f", "%.*g"), which glibc
// rounds correctly; the no-type, no-precision form is repr().
#include "runtime/format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"

namespace gilectomy::rt {

namespace {

struct Spec {
  std::string fill = " ";  // one code point, UTF-8
  bool fill_given = false;
  char align = 0;          // 0: the type's default
  char sign = 0;           // '+', '-', ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alt = false;          // '#'
  int64_t width = -1;
  char grouping = 0;       // ',' or '_'
  int64_t precision = -1;
  std::string type;        // one code point or empty
  char type_char() const { return type.size() == 1 ? type[0] : (type.empty() ? 0 : '\x7f'); }
};

bool IsAlign(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  return n;
}

// Length in bytes of the UTF-8 sequence starting with `c`.
size_t SeqLen(char c) {
  auto u = static_cast<unsigned char>(c);
  if (u < 0x80) return 1;
  if ((u & 0xe0) == 0xc0) return 2;
  if ((u & 0xf0) == 0xe0) return 3;
  return 4;
}

// The type code as CPython's messages show it: printable ASCII as itself,
// anything else as \x.. of its code point.
std::string TypeDisplay(const std::string& type) {
  if (type.size() == 1 && type[0] > ' ' && type[0] < 0x7f) return type;
  size_t i = 0;
  return fmt::format("\\x{:x}", type.empty() ? 0u : DecodeUtf8(type, i));
}

bool ParseInteger(std::string_view s, size_t* pos, int64_t* out) {
  int64_t v = 0;
  size_t start = *pos;
  while (*pos < s.size() && IsDigit(s[*pos])) {
    if (v > (INT64_MAX / 10 - 10) || v > 0x7fffffff) {
      SetError(ValueErrorType(), "Too many decimal digits in format string");
      return false;
    }
    v = v * 10 + (s[*pos] - '0');
    ++*pos;
  }
  if (v > 0x7fffffff) {
    SetError(ValueErrorType(), "Too many decimal digits in format string");
    return false;
  }
  *out = *pos > start ? v : -1;
  return true;
}

// Phase 1. `default_type` is 's' for str, 'd' for int, 0 for float.
bool ParseSpec(std::string_view s, char default_type, char default_align, const char* type_name,
               Spec* out) {
  size_t pos = 0;
  size_t first = s.empty() ? 0 : SeqLen(s[0]);
  if (first < s.size() && IsAlign(s[first])) {
    out->fill = std::string(s.substr(0, first));
    out->fill_given = true;
    out->align = s[first];
    pos = first + 1;
  } else if (!s.empty() && IsAlign(s[0])) {
    out->align = s[0];
    pos = 1;
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) out->sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') out->no_neg_zero = true, ++pos;
  if (pos < s.size() && s[pos] == '#') out->alt = true, ++pos;
  if (!out->fill_given && pos < s.size() && s[pos] == '0') {
    out->fill = "0";
    if (out->align == 0 && default_align == '>') out->align = '=';
    ++pos;
  }
  if (!ParseInteger(s, &pos, &out->width)) return false;
  if (pos < s.size() && s[pos] == ',') out->grouping = ',', ++pos;
  if (pos < s.size() && s[pos] == '_') {
    if (out->grouping) {
      SetError(ValueErrorType(), "Cannot specify both ',' and '_'.");
      return false;
    }
    out->grouping = '_';
    ++pos;
  }
  if (pos < s.size() && s[pos] == ',' && out->grouping == '_') {
    SetError(ValueErrorType(), "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    if (!ParseInteger(s, &pos, &out->precision)) return false;
    if (out->precision < 0) {
      SetError(ValueErrorType(), "Format specifier missing precision");
      return false;
    }
  }
  std::string_view rest = s.substr(pos);
  if (!rest.empty() && SeqLen(rest[0]) < rest.size()) {
    SetErrorFmt(ValueErrorType(), "Invalid format specifier '{}' for object of type '{}'", s,
                type_name);
    return false;
  }
  out->type = rest.empty() ? std::string(default_type ? 1 : 0, default_type) : std::string(rest);
  if (out->grouping) {
    switch (out->type_char()) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (out->grouping == '_') break;
        [[fallthrough]];
      default:
        SetErrorFmt(ValueErrorType(), "Cannot specify '{}' with '{}'.", out->grouping,
                    TypeDisplay(out->type));
        return false;
    }
  }
  return true;
}

Ref UnknownCode(const Spec& spec, const char* type_name) {
  return SetErrorFmt(ValueErrorType(), "Unknown format code '{}' for object of type '{}'",
                     TypeDisplay(spec.type), type_name);
}

// Groups `digits` from the right with `sep` every `group` digits, adding
// leading zeros until the result is at least `min_width` characters.
std::string GroupDigits(std::string_view digits, char sep, int group, size_t min_width) {
  std::string out;
  size_t i = digits.size();
  int count = 0;
  while (i > 0 || out.size() < min_width) {
    if (count == group && sep != 0) {
      out.push_back(sep);
      count = 0;
    }
    out.push_back(i > 0 ? digits[--i] : '0');
    ++count;
  }
  return std::string(out.rbegin(), out.rend());
}

std::string Repeat(const std::string& fill, int64_t n) {
  std::string out;
  for (int64_t i = 0; i < n; ++i) out += fill;
  return out;
}

// Phase 3 for numbers: `digits` is the integer part (grouped when asked),
// `rest` what follows it.
Ref LayoutNumber(const Spec& spec, std::string_view sign, std::string_view prefix,
                 std::string_view digits, std::string_view rest, bool groupable, int group) {
  std::string body;
  if (spec.grouping && groupable) {
    size_t min_width = 0;
    if (spec.fill == "0" && spec.align == '=' && spec.width > 0) {
      int64_t m = spec.width - static_cast<int64_t>(sign.size() + prefix.size() + CodePoints(rest));
      if (m > 0) min_width = static_cast<size_t>(m);
    }
    body = GroupDigits(digits, spec.grouping, group, min_width);
  } else {
    body = std::string(digits);
  }
  body += rest;
  int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + CodePoints(body));
  int64_t pad = spec.width > len ? spec.width - len : 0;
  std::string out;
  switch (spec.align ? spec.align : '>') {
    case '<':
      out = std::string(sign) + std::string(prefix) + body + Repeat(spec.fill, pad);
      break;
    case '^':
      out = Repeat(spec.fill, pad / 2) + std::string(sign) + std::string(prefix) + body +
            Repeat(spec.fill, pad - pad / 2);
      break;
    case '=':
      out = std::string(sign) + std::string(prefix) + Repeat(spec.fill, pad) + body;
      break;
    default:
      out = Repeat(spec.fill, pad) + std::string(sign) + std::string(prefix) + body;
      break;
  }
  return StrFromUtf8(out);
}

std::string SignText(const Spec& spec, bool negative) {
  if (negative) return "-";
  if (spec.sign == '+') return "+";
  if (spec.sign == ' ') return " ";
  return "";
}

// --- str -----------------------------------------------------------------------

Ref FormatStr(Value v, const Spec& spec) {
  if (spec.type != "s") return UnknownCode(spec, "str");
  if (spec.sign) return SetError(ValueErrorType(), "Sign not allowed in string format specifier");
  if (spec.no_neg_zero) {
    return SetError(ValueErrorType(),
                    "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alt) {
    return SetError(ValueErrorType(), "Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') {
    return SetError(ValueErrorType(), "'=' alignment not allowed in string format specifier");
  }
  std::string_view text = StrView(v);
  int64_t len = As<StrObject>(v)->length;
  if (spec.precision >= 0 && spec.precision < len) {
    size_t i = 0;
    for (int64_t k = 0; k < spec.precision; ++k) i += SeqLen(text[i]);
    text = text.substr(0, i);
    len = spec.precision;
  }
  int64_t pad = spec.width > len ? spec.width - len : 0;
  if (pad == 0 && text.size() == StrView(v).size() && v.type() == &StrType) return Ref::New(v);
  std::string out;
  switch (spec.align ? spec.align : '<') {
    case '>':
      out = Repeat(spec.fill, pad) + std::string(text);
      break;
    case '^':
      out = Repeat(spec.fill, pad / 2) + std::string(text) + Repeat(spec.fill, pad - pad / 2);
      break;
    default:
      out = std::string(text) + Repeat(spec.fill, pad);
      break;
  }
  return StrFromUtf8(out);
}

// --- float ---------------------------------------------------------------------

std::string Printf(const char* fmt, int precision, double d) {
  char buf[128];
  int n = std::snprintf(buf, sizeof buf, fmt, precision, d);
  if (n < static_cast<int>(sizeof buf)) return std::string(buf, static_cast<size_t>(n));
  std::string out(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt, precision, d);
  out.resize(static_cast<size_t>(n));
  return out;
}

bool MantissaIsZero(std::string_view body) {
  for (char c : body) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

Ref FormatDouble(double d, const Spec& spec, const char* type_name) {
  char type = spec.type_char();
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return UnknownCode(spec, type_name);
  }
  bool negative = !std::isnan(d) && std::signbit(d);
  double a = std::fabs(d);
  bool upper = type == 'E' || type == 'F' || type == 'G';
  int64_t precision = spec.precision;
  std::string body;
  std::string suffix;
  if (!std::isfinite(a)) {
    body = std::isnan(a) ? "nan" : "inf";
    if (type == '%') suffix = "%";
  } else if (type == 0 && precision < 0) {
    body = FloatRepr(a);
    if (spec.alt && body.find('.') == std::string::npos) body.insert(body.find('e'), ".");
  } else if (type == 0 && precision == 0) {
    // 'g' with zero significant digits asked: one digit, and the exponent
    // form unless -4 <= exponent < 0 (CPython: format(1.5, '.0') == '2e+00').
    body = Printf(spec.alt ? "%#.*e" : "%.*e", 0, a);
    int exp = std::atoi(body.c_str() + body.find('e') + 1);
    if (exp >= -4 && exp < 0) body = Printf(spec.alt ? "%#.*f" : "%.*f", -exp, a);
  } else {
    if (precision < 0) precision = 6;
    int p = static_cast<int>(precision);
    switch (type) {
      case 'e': case 'E':
        body = Printf(spec.alt ? "%#.*e" : "%.*e", p, a);
        break;
      case 'f': case 'F':
        body = Printf(spec.alt ? "%#.*f" : "%.*f", p, a);
        break;
      case '%':
        body = Printf(spec.alt ? "%#.*f" : "%.*f", p, a * 100.0);
        suffix = "%";
        break;
      default:  // g, G, n, and no type with a precision
        body = Printf(spec.alt ? "%#.*g" : "%.*g", p, a);
        if (type == 0 && body.find_first_of(".e") == std::string::npos) body += ".0";
        break;
    }
  }
  if (upper) {
    for (char& c : body) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (negative && spec.no_neg_zero && std::isfinite(a) && MantissaIsZero(body)) negative = false;
  size_t int_end = 0;
  while (int_end < body.size() && IsDigit(body[int_end])) ++int_end;
  std::string rest = body.substr(int_end) + suffix;
  return LayoutNumber(spec, SignText(spec, negative), "", std::string_view(body).substr(0, int_end),
                      rest, std::isfinite(a), 3);
}

// --- int -----------------------------------------------------------------------

Ref FormatInt(Value v, const Spec& spec) {
  char type = spec.type_char();
  int base = 10;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!IntAsDouble(v, &d)) return Ref();
      return FormatDouble(d, spec, "int");
    }
    case 'd': case 'n': case 'c': base = 10; break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    default:
      return UnknownCode(spec, "int");
  }
  if (spec.precision >= 0) {
    return SetError(ValueErrorType(), "Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_zero) {
    return SetError(ValueErrorType(),
                    "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (type == 'c') {
    if (spec.sign) {
      return SetError(ValueErrorType(), "Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alt) {
      return SetError(ValueErrorType(),
                      "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    int64_t cp;
    if (!IntAsInt64(v, &cp) || cp < 0 || cp > 0x10ffff) {
      ClearError();
      return SetError(OverflowErrorType(), "%c arg not in range(0x110000)");
    }
    std::string ch;
    AppendUtf8(ch, static_cast<uint32_t>(cp));
    return LayoutNumber(spec, "", "", ch, "", false, 3);
  }
  bool negative = IntSign(v) < 0;
  std::string digits = IntToString(v, base);
  if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
  if (type == 'X') {
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  const char* prefix = "";
  if (spec.alt) {
    switch (type) {
      case 'b': prefix = "0b"; break;
      case 'o': prefix = "0o"; break;
      case 'x': prefix = "0x"; break;
      case 'X': prefix = "0X"; break;
      default: break;
    }
  }
  return LayoutNumber(spec, SignText(spec, negative), prefix, digits, "", true,
                      base == 10 ? 3 : 4);
}

// A class's own __format__ (a Python function), or null.
Value UserFormat(TypeObject* t) {
  if ((t->flags_ & gc::kHeapType) == 0) return Value();
  Value f = LookupInType(t, Intern("__format__"));
  return f && Is<FunctionObject>(f) ? f : Value();
}

}  // namespace

Ref FormatValue(Value v, std::string_view spec) {
  TypeObject* t = v.type();
  if (Value f = UserFormat(t)) {
    Ref s = StrFromUtf8(spec);
    if (!s) return Ref();
    Value args[2] = {v, s.get()};
    Ref r = Call(f, args, 2);
    if (r && !IsStr(r.get())) {
      return SetErrorFmt(TypeErrorType(), "__format__ must return a str, not {}", TypeName(r.get()));
    }
    return r;
  }
  if (spec.empty()) return Str(v);
  Spec parsed;
  if (IsInt(v)) {
    if (!ParseSpec(spec, 'd', '>', "int", &parsed)) return Ref();
    return FormatInt(v, parsed);
  }
  if (Is<FloatObject>(v)) {
    if (!ParseSpec(spec, 0, '>', "float", &parsed)) return Ref();
    return FormatDouble(FloatValue(v), parsed, "float");
  }
  if (IsStr(v)) {
    if (!ParseSpec(spec, 's', '<', "str", &parsed)) return Ref();
    return FormatStr(v, parsed);
  }
  return SetErrorFmt(TypeErrorType(), "unsupported format string passed to {}.__format__",
                     t->name);
}

}  // namespace gilectomy::rt
