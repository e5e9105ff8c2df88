// str.format, str.format_map and printf-style `str % args`.
//
// str.format parses "literal {field!conv:spec} literal" as CPython's
// Objects/stringlib/unicode_format.h does: `{{`/`}}` are literal braces; a
// field ends at its matching `}` (braces nest, for replacement fields inside
// the spec, which are expanded first, at most two levels deep); the field
// name is an argument index or keyword, or empty for automatic numbering,
// followed by `.attr` and `[key]` parts. Each value is then formatted with
// FormatValue (runtime/format.h), the mini-language shared with f-strings
// and format().
//
// `%` follows PyUnicode_Format: %(key) mapping lookups, flags `-+ #0`,
// `*` widths and precisions, and the conversions s r a c d i u o x X e E f F
// g G %, with CPython's error messages.
#include <cmath>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/format.h"
#include "runtime/interpreter.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt {

namespace {

Ref AsciiOf(Value v) {
  Value ascii = DictGetCStr(CurrentThread()->runtime->builtins(), "ascii");
  return ascii ? CallOneArg(ascii, v) : Repr(v);
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// --- str.format ------------------------------------------------------------------

struct FormatState {
  const Value* args;   // positional arguments (null for format_map)
  size_t nargs;
  Value kwargs;        // dict of keywords, a mapping (format_map), or null
  bool mapping;        // format_map: kwargs is any mapping
  int auto_number = 0;  // next automatic index
  enum { kUnknown, kAuto, kManual } numbering = kUnknown;
};

// The object a field name designates: arg_name then .attr / [key] parts.
Ref ResolveField(FormatState& st, std::string_view name) {
  size_t end = 0;
  while (end < name.size() && name[end] != '.' && name[end] != '[') ++end;
  std::string_view first = name.substr(0, end);
  Ref obj;
  if (first.empty() || AllDigits(first)) {
    size_t index;
    if (first.empty()) {
      if (st.numbering == FormatState::kManual) {
        return SetError(ValueErrorType(),
                        "cannot switch from manual field specification to automatic field numbering");
      }
      st.numbering = FormatState::kAuto;
      index = static_cast<size_t>(st.auto_number++);
    } else {
      if (st.numbering == FormatState::kAuto) {
        return SetError(ValueErrorType(),
                        "cannot switch from automatic field numbering to manual field specification");
      }
      st.numbering = FormatState::kManual;
      if (first.size() > 18) return SetError(ValueErrorType(), "Too many decimal digits in format string");
      index = std::stoull(std::string(first));
    }
    if (st.args == nullptr) {
      return SetError(ValueErrorType(), "Format string contains positional fields");
    }
    if (index >= st.nargs) {
      return SetErrorFmt(IndexErrorType(), "Replacement index {} out of range for positional args tuple",
                         index);
    }
    obj = Ref::New(st.args[index]);
  } else {
    Ref key = StrFromUtf8(first);
    if (!key) return Ref();
    if (!st.kwargs) return SetErrorWithArg(KeyErrorType(), key.get());
    if (st.mapping) {
      obj = GetItem(st.kwargs, key.get());
      if (!obj) return Ref();
    } else {
      Value v = DictGetStr(st.kwargs, InternStr(std::move(key)).get());
      if (!v) {
        Ref k = StrFromUtf8(first);
        return SetErrorWithArg(KeyErrorType(), k.get());
      }
      obj = Ref::New(v);
    }
  }
  size_t i = end;
  while (i < name.size()) {
    if (name[i] == '.') {
      size_t j = i + 1;
      while (j < name.size() && name[j] != '.' && name[j] != '[') ++j;
      if (j == i + 1) return SetError(ValueErrorType(), "Empty attribute in format string");
      obj = GetAttrStr(obj.get(), name.substr(i + 1, j - i - 1));
      if (!obj) return Ref();
      i = j;
    } else if (name[i] == '[') {
      size_t j = name.find(']', i + 1);
      if (j == std::string_view::npos) return SetError(ValueErrorType(), "Missing ']' in format string");
      std::string_view k = name.substr(i + 1, j - i - 1);
      if (k.empty()) return SetError(ValueErrorType(), "Empty attribute in format string");
      Ref key = AllDigits(k) && k.size() <= 18 ? IntFromInt64(std::stoll(std::string(k))) : StrFromUtf8(k);
      if (!key) return Ref();
      obj = GetItem(obj.get(), key.get());
      if (!obj) return Ref();
      i = j + 1;
      if (i < name.size() && name[i] != '.' && name[i] != '[') {
        return SetError(ValueErrorType(), "Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      return SetError(ValueErrorType(), "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

bool FormatInto(FormatState& st, std::string_view fmt, int depth, std::string* out);

// One replacement field's text (between the braces).
bool FormatField(FormatState& st, std::string_view field, int depth, std::string* out) {
  // The field name ends at ':' or '!' outside [ ].
  size_t i = 0;
  while (i < field.size()) {
    char c = field[i];
    if (c == '[') {
      while (i < field.size() && field[i] != ']') ++i;
      if (i < field.size()) ++i;
      continue;
    }
    if (c == '{') {
      SetError(ValueErrorType(), "unexpected '{' in field name");
      return false;
    }
    if (c == ':' || c == '!') break;
    ++i;
  }
  std::string_view name = field.substr(0, i);
  char conversion = 0;
  std::string_view spec;
  if (i < field.size() && field[i] == '!') {
    if (i + 1 >= field.size()) {
      SetError(ValueErrorType(), "end of string while looking for conversion specifier");
      return false;
    }
    conversion = field[i + 1];
    i += 2;
    if (i < field.size() && field[i] != ':') {
      SetError(ValueErrorType(), "expected ':' after conversion specifier");
      return false;
    }
  }
  if (i < field.size() && field[i] == ':') spec = field.substr(i + 1);
  Ref obj = ResolveField(st, name);
  if (!obj) return false;
  switch (conversion) {
    case 0: break;
    case 'r': obj = Repr(obj.get()); break;
    case 's': obj = Str(obj.get()); break;
    case 'a': obj = AsciiOf(obj.get()); break;
    default:
      if (static_cast<unsigned char>(conversion) < 0x80) {
        SetErrorFmt(ValueErrorType(), "Unknown conversion specifier {}", conversion);
      } else {
        SetError(ValueErrorType(), "Unknown conversion specifier");
      }
      return false;
  }
  if (!obj) return false;
  std::string expanded;
  if (spec.find('{') != std::string_view::npos) {
    if (!FormatInto(st, spec, depth - 1, &expanded)) return false;
    spec = expanded;
  }
  Ref s = FormatValue(obj.get(), spec);
  if (!s) return false;
  *out += StrView(s.get());
  return true;
}

bool FormatInto(FormatState& st, std::string_view fmt, int depth, std::string* out) {
  if (depth <= 0) {
    SetError(ValueErrorType(), "Max string recursion exceeded");
    return false;
  }
  size_t i = 0, n = fmt.size();
  while (i < n) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < n && fmt[i + 1] == '}') {
        *out += '}';
        i += 2;
        continue;
      }
      SetError(ValueErrorType(), "Single '}' encountered in format string");
      return false;
    }
    if (c != '{') {
      size_t j = i;
      while (j < n && fmt[j] != '{' && fmt[j] != '}') ++j;
      out->append(fmt.substr(i, j - i));
      i = j;
      continue;
    }
    if (i + 1 < n && fmt[i + 1] == '{') {
      *out += '{';
      i += 2;
      continue;
    }
    if (i + 1 >= n) {
      SetError(ValueErrorType(), "Single '{' encountered in format string");
      return false;
    }
    // The field runs to the matching '}'. In the field name, [key] is
    // skipped whole; '!' takes the next character as the conversion.
    size_t j = i + 1;
    int level = 1;
    bool in_spec = false;
    while (j < n) {
      char ch = fmt[j];
      if (!in_spec && ch == '[') {
        while (j < n && fmt[j] != ']') ++j;
        if (j < n) ++j;
        continue;
      }
      if (!in_spec && (ch == '!' || ch == ':')) {
        in_spec = true;
        j += ch == '!' ? 2 : 1;
        continue;
      }
      if (ch == '{') ++level;
      if (ch == '}' && --level == 0) break;
      ++j;
    }
    if (j >= n) {
      SetError(ValueErrorType(), in_spec ? "unmatched '{' in format spec" : "expected '}' before end of string");
      return false;
    }
    if (!FormatField(st, fmt.substr(i + 1, j - i - 1), depth, out)) return false;
    i = j + 1;
  }
  return true;
}

// --- printf-style % ----------------------------------------------------------------

struct PercentSpec {
  bool left = false, plus = false, space = false, alt = false, zero = false;
  int64_t width = -1, prec = -1;
  char type = 0;
};

// Pads `body` (sign/prefix already inside) to the width.
void Pad(std::string* out, const std::string& prefix, const std::string& digits, const PercentSpec& sp,
         bool numeric) {
  int64_t len = static_cast<int64_t>(prefix.size() + digits.size());
  int64_t fill = sp.width > len ? sp.width - len : 0;
  if (sp.left) {
    *out += prefix + digits + std::string(static_cast<size_t>(fill), ' ');
  } else if (sp.zero && numeric) {
    *out += prefix + std::string(static_cast<size_t>(fill), '0') + digits;
  } else {
    *out += std::string(static_cast<size_t>(fill), ' ') + prefix + digits;
  }
}

int64_t CodePoints(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Appends a str argument (s, r, a conversions), truncated to the precision.
void PadText(std::string* out, std::string_view text, const PercentSpec& sp) {
  std::string_view t = text;
  if (sp.prec >= 0 && CodePoints(t) > sp.prec) {
    size_t i = 0;
    for (int64_t k = 0; k < sp.prec; ++k) DecodeUtf8(t, i);
    t = t.substr(0, i);
  }
  int64_t len = CodePoints(t);
  int64_t fill = sp.width > len ? sp.width - len : 0;
  if (sp.left) {
    out->append(t);
    out->append(static_cast<size_t>(fill), ' ');
  } else {
    out->append(static_cast<size_t>(fill), ' ');
    out->append(t);
  }
}

bool IsNumberLike(Value v) {
  const NumberSlots& n = v.type()->number;
  return IsInt(v) || Is<FloatObject>(v) || n.index != nullptr || n.int_ != nullptr || n.float_ != nullptr;
}

bool FormatIntArg(std::string* out, Value v, const PercentSpec& sp) {
  Ref iv;
  char t = sp.type;
  if (IsInt(v)) {
    iv = Ref::New(v);
  } else if (t == 'd' || t == 'i' || t == 'u') {
    if (!IsNumberLike(v)) {
      SetErrorFmt(TypeErrorType(), "%{} format: a real number is required, not {}", t, TypeName(v));
      return false;
    }
    iv = v.type()->number.index != nullptr ? Index(v) : CallOneArg(Value::FromObject(&IntType), v);
  } else {
    if (v.type()->number.index == nullptr) {
      SetErrorFmt(TypeErrorType(), "%{} format: an integer is required, not {}", t, TypeName(v));
      return false;
    }
    iv = Index(v);
  }
  if (!iv) return false;
  int base = t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
  bool neg = IntSign(iv.get()) < 0;
  Ref mag = neg ? Negative(iv.get()) : iv;
  if (!mag) return false;
  std::string digits = IntToString(mag.get(), base);
  if (t == 'X') {
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (sp.prec > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(sp.prec) - digits.size(), '0');
  }
  std::string prefix = neg ? "-" : sp.plus ? "+" : sp.space ? " " : "";
  if (sp.alt && base == 8) prefix += "0o";
  if (sp.alt && base == 16) prefix += t == 'X' ? "0X" : "0x";
  Pad(out, prefix, digits, sp, true);
  return true;
}

bool FormatFloatArg(std::string* out, Value v, const PercentSpec& sp) {
  Ref fv;
  if (Is<FloatObject>(v)) {
    fv = Ref::New(v);
  } else if (IsNumberLike(v)) {
    fv = CallOneArg(Value::FromObject(&FloatType), v);
    if (!fv) return false;
  } else {
    SetErrorFmt(TypeErrorType(), "must be real number, not {}", TypeName(v));
    return false;
  }
  std::string spec;
  if (sp.plus) spec += '+';
  else if (sp.space) spec += ' ';
  if (sp.alt) spec += '#';
  spec += '.';
  spec += std::to_string(sp.prec >= 0 ? sp.prec : 6);
  spec += sp.type;
  Ref s = FormatValue(fv.get(), spec);
  if (!s) return false;
  std::string body(StrView(s.get()));
  std::string prefix;
  if (!body.empty() && (body[0] == '-' || body[0] == '+' || body[0] == ' ')) {
    prefix = body.substr(0, 1);
    body = body.substr(1);
  }
  bool finite = std::isfinite(FloatValue(fv.get()));
  Pad(out, prefix, body, sp, finite);
  return true;
}

bool FormatCharArg(std::string* out, Value v, const PercentSpec& sp) {
  std::string ch;
  if (IsStr(v)) {
    if (As<StrObject>(v)->length != 1) {
      SetError(TypeErrorType(), "%c requires int or char");
      return false;
    }
    ch = std::string(StrView(v));
  } else if (IsInt(v) || v.type()->number.index != nullptr) {
    Ref iv = Index(v);
    if (!iv) return false;
    int64_t cp;
    if (!IntAsInt64(iv.get(), &cp) || cp < 0 || cp > 0x10ffff) {
      ClearError();
      SetError(OverflowErrorType(), "%c arg not in range(0x110000)");
      return false;
    }
    AppendUtf8(ch, static_cast<uint32_t>(cp));
  } else {
    SetError(TypeErrorType(), "%c requires int or char");
    return false;
  }
  PercentSpec text = sp;
  text.prec = -1;
  PadText(out, ch, text);
  return true;
}

// Reads a '*' argument.
bool StarArg(Value args, bool is_tuple, int64_t* argidx, int64_t nargs, int64_t* out) {
  if (*argidx >= nargs) {
    SetError(TypeErrorType(), "not enough arguments for format string");
    return false;
  }
  Value v = is_tuple ? TupleItem(args, (*argidx)++) : args;
  if (!is_tuple) (*argidx)++;
  if (!IsInt(v)) {
    SetError(TypeErrorType(), "* wants int");
    return false;
  }
  if (!IntAsInt64(v, out)) {
    ClearError();
    SetError(ValueErrorType(), "width too big");
    return false;
  }
  return true;
}

}  // namespace

Ref StrFormatMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  Ref kwargs;
  size_t nkw = kwnames ? static_cast<size_t>(TupleSize(kwnames)) : 0;
  if (nkw > 0) {
    kwargs = NewDict();
    if (!kwargs) return Ref();
    for (size_t i = 0; i < nkw; ++i) {
      if (DictSetItem(kwargs.get(), TupleItem(kwnames, static_cast<int64_t>(i)), args[nargs + i]) < 0) {
        return Ref();
      }
    }
  }
  FormatState st{args, nargs, kwargs.get(), false};
  std::string out;
  if (!FormatInto(st, StrView(self), 2, &out)) return Ref();
  return StrFromUtf8(out);
}

Ref StrFormatMapMethod(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("str.format_map", kwnames) || !CheckArgCount("format_map", nargs, 1, 1)) {
    return Ref();
  }
  FormatState st{nullptr, 0, args[0], true};
  std::string out;
  if (!FormatInto(st, StrView(self), 2, &out)) return Ref();
  return StrFromUtf8(out);
}

Ref StrPercentFormat(Value format, Value args) {
  std::string_view fmt = StrView(format);
  bool is_tuple = IsTuple(args);
  int64_t nargs = is_tuple ? TupleSize(args) : 1;
  int64_t argidx = 0;
  Value dict;
  if (!is_tuple && !IsStr(args) && args.type()->getitem != nullptr) dict = args;
  std::string out;
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t pct = fmt.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(fmt.substr(i));
      break;
    }
    out.append(fmt.substr(i, pct - i));
    i = pct + 1;
    if (i >= n) return SetError(ValueErrorType(), "incomplete format");
    Value arg;
    Ref keyed;
    if (fmt[i] == '(') {
      if (!dict) return SetError(TypeErrorType(), "format requires a mapping");
      size_t start = ++i;
      int level = 1;
      while (i < n && level > 0) {
        if (fmt[i] == '(') ++level;
        else if (fmt[i] == ')') --level;
        ++i;
      }
      if (level > 0) return SetError(ValueErrorType(), "incomplete format key");
      Ref key = StrFromUtf8(fmt.substr(start, i - 1 - start));
      if (!key) return Ref();
      keyed = GetItem(dict, key.get());
      if (!keyed) return Ref();
      arg = keyed.get();
      nargs = -1;  // arguments come from the mapping from now on
      argidx = -2;
    }
    PercentSpec sp;
    for (; i < n; ++i) {
      char c = fmt[i];
      if (c == '-') sp.left = true;
      else if (c == '+') sp.plus = true;
      else if (c == ' ') sp.space = true;
      else if (c == '#') sp.alt = true;
      else if (c == '0') sp.zero = true;
      else break;
    }
    if (i < n && fmt[i] == '*') {
      if (!StarArg(args, is_tuple, &argidx, nargs, &sp.width)) return Ref();
      if (sp.width < 0) {
        sp.left = true;
        sp.width = -sp.width;
      }
      ++i;
    } else {
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        sp.width = (sp.width < 0 ? 0 : sp.width) * 10 + (fmt[i] - '0');
        ++i;
      }
    }
    if (i < n && fmt[i] == '.') {
      ++i;
      sp.prec = 0;
      if (i < n && fmt[i] == '*') {
        if (!StarArg(args, is_tuple, &argidx, nargs, &sp.prec)) return Ref();
        if (sp.prec < 0) sp.prec = 0;
        ++i;
      } else {
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
          sp.prec = sp.prec * 10 + (fmt[i] - '0');
          ++i;
        }
      }
    }
    while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= n) return SetError(ValueErrorType(), "incomplete format");
    size_t type_at = i;
    sp.type = fmt[i++];
    if (sp.type == '%') {
      out += '%';
      continue;
    }
    if (!arg && nargs < 0) arg = args;  // after a %(key): the mapping itself
    if (!arg) {
      if (argidx >= nargs || argidx < 0) {
        return SetError(TypeErrorType(), "not enough arguments for format string");
      }
      arg = is_tuple ? TupleItem(args, argidx) : args;
      ++argidx;
    }
    bool ok = true;
    switch (sp.type) {
      case 's':
      case 'r':
      case 'a': {
        Ref s = sp.type == 's' ? Str(arg) : sp.type == 'r' ? Repr(arg) : AsciiOf(arg);
        if (!s) return Ref();
        PadText(&out, StrView(s.get()), sp);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': ok = FormatIntArg(&out, arg, sp); break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': ok = FormatFloatArg(&out, arg, sp); break;
      case 'c': ok = FormatCharArg(&out, arg, sp); break;
      default: {
        size_t at = 0;
        uint32_t cp = DecodeUtf8(fmt, type_at);
        for (size_t k = 0; k + 1 < type_at; ++k) at += (static_cast<unsigned char>(fmt[k]) & 0xC0) != 0x80;
        std::string ch;
        AppendUtf8(ch, cp);
        if (cp < 0x20 || cp == 0x7f) {
          return SetErrorFmt(ValueErrorType(), "unsupported format character '\\x{:02x}' (0x{:x}) at index {}",
                             cp, cp, at);
        }
        return SetErrorFmt(ValueErrorType(), "unsupported format character '{}' (0x{:x}) at index {}", ch, cp,
                           at);
      }
    }
    if (!ok) return Ref();
  }
  if (argidx >= 0 && argidx < nargs && !dict) {
    return SetError(TypeErrorType(), "not all arguments converted during string formatting");
  }
  return StrFromUtf8(out);
}

}  // namespace gilectomy::rt
