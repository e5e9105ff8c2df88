// The json module: dumps/dump and loads/load with the options ordinary
// programs use, producing CPython 3.11's text and errors.
//
// Encoding (json.encoder's rules): floats by repr, NaN/Infinity/-Infinity
// unless allow_nan=False, bool before int, dict keys converted to str
// (int/float/bool/None) or skipped (skipkeys) or TypeError, sort_keys,
// indent (int or str; nested levels, "[]"/"{}" stay empty), separators
// (default (', ', ': '), or (',', ': ') with indent), ensure_ascii (\uXXXX
// with surrogate pairs), default= for other objects, and "Circular
// reference detected" for containers that contain themselves.
//
// Decoding follows json.scanner/json.decoder: the same grammar (including
// NaN/Infinity), object_hook/object_pairs_hook/parse_float/parse_int/
// parse_constant, strict control-character checks, and JSONDecodeError (a
// ValueError) with "msg: line L column C (char P)" positions counted in
// code points, plus the msg/doc/pos/lineno/colno attributes. Known
// difference: a lone surrogate escape (\ud800 without its pair) decodes to
// U+FFFD, as str here holds only valid UTF-8.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/native_modules.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

TypeObject JSONDecodeErrorType;

// --- encoder ---------------------------------------------------------------------

struct EncodeOptions {
  bool skipkeys = false, ensure_ascii = true, check_circular = true, allow_nan = true;
  bool sort_keys = false;
  bool has_indent = false;
  std::string indent, item_sep = ", ", key_sep = ": ";
  Value default_fn;
};

void AppendJsonString(std::string& out, std::string_view s, bool ensure_ascii) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('"');
  auto u4 = [&](uint32_t v) {
    out += "\\u";
    for (int k = 3; k >= 0; k--) out.push_back(kHex[(v >> (4 * k)) & 15]);
  };
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      i++;
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20) {
            u4(c);
          } else {
            out.push_back(static_cast<char>(c));
          }
      }
      continue;
    }
    size_t start = i;
    uint32_t cp = DecodeUtf8(s, i);
    if (!ensure_ascii) {
      out.append(s.substr(start, i - start));
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      u4(0xD800 | (cp >> 10));
      u4(0xDC00 | (cp & 0x3FF));
    } else {
      u4(cp);
    }
  }
  out.push_back('"');
}

bool FloatText(double d, const EncodeOptions& o, std::string* out) {
  if (std::isfinite(d)) {
    *out = FloatRepr(d);
    return true;
  }
  if (!o.allow_nan) {
    SetError(ValueErrorType(), "Out of range float values are not JSON compliant");
    return false;
  }
  *out = std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
  return true;
}

class Encoder {
 public:
  explicit Encoder(const EncodeOptions& o) : o_(o) {}

  bool Encode(Value v, int level) {
    if (IsNone(v)) return out_ += "null", true;
    if (v == True()) return out_ += "true", true;
    if (v == False()) return out_ += "false", true;
    if (IsStr(v)) {
      AppendJsonString(out_, StrView(v), o_.ensure_ascii);
      return true;
    }
    if (IsInt(v)) {
      out_ += IntToString(v);
      return true;
    }
    if (Is<FloatObject>(v)) {
      std::string t;
      if (!FloatText(FloatValue(v), o_, &t)) return false;
      out_ += t;
      return true;
    }
    if (!CheckCStack("json.dumps")) return false;
    if (IsList(v) || IsTuple(v)) return EncodeList(v, level);
    if (IsDict(v)) return EncodeDict(v, level);
    if (!o_.default_fn) {
      SetErrorFmt(TypeErrorType(), "Object of type {} is not JSON serializable", TypeName(v));
      return false;
    }
    if (!Enter(v)) return false;
    Ref r = CallOneArg(o_.default_fn, v);
    bool ok = r && Encode(r.get(), level);
    Leave(v);
    return ok;
  }

  std::string& out() { return out_; }

 private:
  bool Enter(Value v) {
    if (!o_.check_circular) return true;
    if (std::find(markers_.begin(), markers_.end(), v.obj()) != markers_.end()) {
      SetError(ValueErrorType(), "Circular reference detected");
      return false;
    }
    markers_.push_back(v.obj());
    return true;
  }
  void Leave(Value) {
    if (o_.check_circular) markers_.pop_back();
  }

  void NewlineIndent(int level) {
    out_.push_back('\n');
    for (int i = 0; i < level; i++) out_ += o_.indent;
  }

  bool EncodeList(Value v, int level) {
    Ref items = IsTuple(v) ? ListFromIterable(v) : Ref::New(v);
    if (!items) return false;
    int64_t n = ListSize(items.get());
    if (n == 0) return out_ += "[]", true;
    if (!Enter(v)) return false;
    out_.push_back('[');
    if (o_.has_indent) NewlineIndent(level + 1);
    for (int64_t i = 0; i < ListSize(items.get()); i++) {
      if (i > 0) {
        out_ += o_.item_sep;
        if (o_.has_indent) NewlineIndent(level + 1);
      }
      Ref item = Ref::New(ListItem(items.get(), i));
      if (!Encode(item.get(), level + 1)) return false;
    }
    if (o_.has_indent) NewlineIndent(level);
    out_.push_back(']');
    Leave(v);
    return true;
  }

  // The key as JSON object-key text; false with *skip for skipped keys.
  bool KeyText(Value k, std::string* out, bool* skip) {
    *skip = false;
    if (IsStr(k)) {
      out->assign(StrView(k));
    } else if (Is<FloatObject>(k)) {
      if (!FloatText(FloatValue(k), o_, out)) return false;
    } else if (k == True()) {
      *out = "true";
    } else if (k == False()) {
      *out = "false";
    } else if (IsNone(k)) {
      *out = "null";
    } else if (IsInt(k)) {
      *out = IntToString(k);
    } else if (o_.skipkeys) {
      *skip = true;
    } else {
      SetErrorFmt(TypeErrorType(), "keys must be str, int, float, bool or None, not {}", TypeName(k));
      return false;
    }
    return true;
  }

  bool EncodeDict(Value v, int level) {
    if (DictSize(v) == 0) return out_ += "{}", true;
    if (!Enter(v)) return false;
    Ref items = NewList(0);
    if (!items) return false;
    int64_t pos = 0;
    Value k, val;
    while (DictNext(v, &pos, &k, &val)) {
      Ref pair = MakeTuple({k, val});
      if (!pair || ListAppend(items.get(), pair.get()) < 0) return false;
    }
    if (o_.sort_keys && ListSort(items.get(), Value(), false) < 0) return false;
    out_.push_back('{');
    if (o_.has_indent) NewlineIndent(level + 1);
    bool first = true;
    for (int64_t i = 0; i < ListSize(items.get()); i++) {
      Ref pair = Ref::New(ListItem(items.get(), i));
      std::string key;
      bool skip;
      if (!KeyText(TupleItem(pair.get(), 0), &key, &skip)) return false;
      if (skip) continue;
      if (!first) {
        out_ += o_.item_sep;
        if (o_.has_indent) NewlineIndent(level + 1);
      }
      first = false;
      AppendJsonString(out_, key, o_.ensure_ascii);
      out_ += o_.key_sep;
      if (!Encode(TupleItem(pair.get(), 1), level + 1)) return false;
    }
    if (o_.has_indent) NewlineIndent(level);
    out_.push_back('}');
    Leave(v);
    return true;
  }

  const EncodeOptions& o_;
  std::string out_;
  std::vector<Object*> markers_;
};

bool Flag(Value v, bool* out) {
  if (!v) return true;
  int t = IsTrue(v);
  if (t < 0) return false;
  *out = t == 1;
  return true;
}

// Parses dumps()' keyword options (names[k] -> a[k]).
bool EncodeOptionsFrom(const Value* a, EncodeOptions* o) {
  // a: skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys
  if (!Flag(a[0], &o->skipkeys) || !Flag(a[1], &o->ensure_ascii) || !Flag(a[2], &o->check_circular) ||
      !Flag(a[3], &o->allow_nan) || !Flag(a[8], &o->sort_keys)) {
    return false;
  }
  if (a[5] && !IsNone(a[5])) {
    o->has_indent = true;
    if (IsStr(a[5])) {
      o->indent.assign(StrView(a[5]));
    } else {
      int64_t n;
      if (!IndexToInt64(a[5], OverflowErrorType(), &n)) return false;
      o->indent.assign(static_cast<size_t>(std::max<int64_t>(n, 0)), ' ');
    }
    o->item_sep = ",";
  }
  if (a[6] && !IsNone(a[6])) {
    Ref seq = ListFromIterable(a[6]);
    if (!seq) return false;
    if (ListSize(seq.get()) != 2) {
      SetErrorFmt(ValueErrorType(), "too many values to unpack (expected 2)");
      return false;
    }
    Value s0 = ListItem(seq.get(), 0), s1 = ListItem(seq.get(), 1);
    if (!IsStr(s0) || !IsStr(s1)) {
      SetError(TypeErrorType(), "make_encoder() argument 6 must be str, not int");
      return false;
    }
    o->item_sep.assign(StrView(s0));
    o->key_sep.assign(StrView(s1));
  }
  if (a[7] && !IsNone(a[7])) o->default_fn = a[7];
  return true;
}

constexpr std::initializer_list<const char*> kDumpNames = {
    "$obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
    "indent", "separators", "default", "sort_keys"};

Ref DumpsImpl(Value obj, const Value* opts) {
  EncodeOptions o;
  if (!EncodeOptionsFrom(opts, &o)) return Ref();
  Encoder enc(o);
  if (!enc.Encode(obj, 0)) return Ref();
  return StrFromUtf8(enc.out());
}

Ref Json_dumps(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs > 1) {
    return SetErrorFmt(TypeErrorType(), "dumps() takes 1 positional argument but {} were given", nargs);
  }
  Value a[10] = {};
  if (!ParseArgs("dumps", args, nargs, kwnames, kDumpNames, 1, a)) return Ref();
  return DumpsImpl(a[0], a + 1);
}

Ref Json_dump(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 2) {
    if (nargs < 2) {
      return SetErrorFmt(TypeErrorType(), "dump() missing {} required positional argument{}: {}",
                         2 - nargs, nargs == 0 ? "s" : "", nargs == 0 ? "'obj' and 'fp'" : "'fp'");
    }
    return SetErrorFmt(TypeErrorType(), "dump() takes 2 positional arguments but {} were given", nargs);
  }
  Value a[10] = {};
  Value fp = args[1];
  Value rest[1] = {args[0]};
  std::vector<Value> all(rest, rest + 1);
  int64_t nkw = kwnames ? TupleSize(kwnames) : 0;
  for (int64_t i = 0; i < nkw; i++) all.push_back(args[nargs + i]);
  if (!ParseArgs("dump", all.data(), 1, kwnames, kDumpNames, 1, a)) return Ref();
  Ref text = DumpsImpl(a[0], a + 1);
  if (!text) return Ref();
  Value call_args[1] = {text.get()};
  Ref r = CallMethod(fp, "write", call_args, 1);
  if (!r) return Ref();
  return Ref::New(None());
}

// --- decoder ---------------------------------------------------------------------

struct DecodeOptions {
  Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
  bool strict = true;
};

class Decoder {
 public:
  Decoder(std::string_view s, Value doc, const DecodeOptions& o) : s_(s), doc_(doc), o_(o) {}

  Ref Decode() {
    // json.loads rejects a str that starts with a BOM.
    if (s_.substr(0, 3) == "\xef\xbb\xbf") return Fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    size_t i = SkipWs(0);
    Ref v = ParseValue(i, &i);
    if (!v) return Ref();
    i = SkipWs(i);
    if (i != s_.size()) return Fail("Extra data", i);
    return v;
  }

 private:
  size_t SkipWs(size_t i) const {
    while (i < s_.size() && (s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\n' || s_[i] == '\r')) i++;
    return i;
  }

  // Raises JSONDecodeError(msg, doc, pos) with pos converted to code points.
  ErrorTag Fail(std::string_view msg, size_t byte_pos) {
    int64_t pos = 0, lineno = 1, last_nl = -1;
    for (size_t i = 0; i < byte_pos && i < s_.size(); i++) {
      auto c = static_cast<unsigned char>(s_[i]);
      if ((c & 0xC0) == 0x80) continue;  // continuation byte
      if (c == '\n') {
        lineno++;
        last_nl = pos;
      }
      pos++;
    }
    int64_t colno = pos - last_nl;
    std::string text = fmt::format("{}: line {} column {} (char {})", msg, lineno, colno, pos);
    Ref m = StrFromUtf8(text);
    if (!m) return ErrorTag();
    rt::Value args[1] = {m.get()};
    Ref exc = NewException(&JSONDecodeErrorType, args, 1);
    if (!exc) return ErrorTag();
    Ref msg_obj = StrFromUtf8(msg), pos_obj = IntFromInt64(pos), line_obj = IntFromInt64(lineno),
        col_obj = IntFromInt64(colno);
    if (!msg_obj || SetAttr(exc.get(), Intern("msg"), msg_obj.get()) < 0 ||
        SetAttr(exc.get(), Intern("doc"), doc_) < 0 ||
        SetAttr(exc.get(), Intern("pos"), pos_obj.get()) < 0 ||
        SetAttr(exc.get(), Intern("lineno"), line_obj.get()) < 0 ||
        SetAttr(exc.get(), Intern("colno"), col_obj.get()) < 0) {
      return ErrorTag();
    }
    return SetErrorObject(exc.get());
  }

  bool Match(size_t i, std::string_view word) const { return s_.substr(i, word.size()) == word; }

  Ref Constant(std::string_view name, double value) {
    if (o_.parse_constant) {
      Ref n = StrFromAscii(name);
      if (!n) return Ref();
      return CallOneArg(o_.parse_constant, n.get());
    }
    return FloatFromDouble(value);
  }

  Ref ParseValue(size_t i, size_t* end) {
    if (!CheckCStack("json.loads")) return Ref();
    if (i >= s_.size()) return Fail("Expecting value", i);
    char c = s_[i];
    if (c == '"') return String(i + 1, end);
    if (c == '{') return Object(i + 1, end);
    if (c == '[') return Array(i + 1, end);
    if (c == 'n' && Match(i, "null")) return *end = i + 4, Ref::New(None());
    if (c == 't' && Match(i, "true")) return *end = i + 4, Ref::New(True());
    if (c == 'f' && Match(i, "false")) return *end = i + 5, Ref::New(False());
    if (c == 'N' && Match(i, "NaN")) return *end = i + 3, Constant("NaN", NAN);
    if (c == 'I' && Match(i, "Infinity")) return *end = i + 8, Constant("Infinity", INFINITY);
    if (c == '-' && Match(i, "-Infinity")) return *end = i + 9, Constant("-Infinity", -INFINITY);
    return Number(i, end);
  }

  static bool Digit(char c) { return c >= '0' && c <= '9'; }

  Ref Number(size_t i, size_t* end) {
    size_t j = i;
    if (j < s_.size() && s_[j] == '-') j++;
    if (j < s_.size() && s_[j] == '0') {
      j++;
    } else if (j < s_.size() && s_[j] >= '1' && s_[j] <= '9') {
      while (j < s_.size() && Digit(s_[j])) j++;
    } else {
      return Fail("Expecting value", i);
    }
    bool is_float = false;
    if (j + 1 < s_.size() && s_[j] == '.' && Digit(s_[j + 1])) {
      is_float = true;
      j += 2;
      while (j < s_.size() && Digit(s_[j])) j++;
    }
    if (j < s_.size() && (s_[j] == 'e' || s_[j] == 'E')) {
      size_t k = j + 1;
      if (k < s_.size() && (s_[k] == '+' || s_[k] == '-')) k++;
      if (k < s_.size() && Digit(s_[k])) {
        while (k < s_.size() && Digit(s_[k])) k++;
        is_float = true;
        j = k;
      }
    }
    *end = j;
    std::string_view text = s_.substr(i, j - i);
    rt::Value hook = is_float ? o_.parse_float : o_.parse_int;
    if (hook) {
      Ref t = StrFromAscii(text);
      if (!t) return Ref();
      return CallOneArg(hook, t.get());
    }
    return is_float ? FloatFromString(text) : IntFromString(text, 10);
  }

  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // Four hex digits at s_[i..i+4) or -1.
  int32_t Hex4(size_t i) const {
    if (i + 4 > s_.size()) return -1;
    int32_t v = 0;
    for (size_t k = i; k < i + 4; k++) {
      int h = Hex(s_[k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  Ref String(size_t i, size_t* end) {
    size_t begin = i - 1;
    std::string out;
    for (;;) {
      size_t j = i;
      while (j < s_.size() && s_[j] != '"' && s_[j] != '\\' &&
             !(o_.strict && static_cast<unsigned char>(s_[j]) < 0x20)) {
        j++;
      }
      out.append(s_.substr(i, j - i));
      if (j >= s_.size()) return Fail("Unterminated string starting at", begin);
      char c = s_[j];
      if (c == '"') {
        *end = j + 1;
        return StrFromUtf8(out);
      }
      if (c != '\\') return Fail("Invalid control character at", j);
      if (j + 1 >= s_.size()) return Fail("Unterminated string starting at", begin);
      char e = s_[j + 1];
      i = j + 2;
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          int32_t u = Hex4(j + 2);
          if (u < 0) return Fail("Invalid \\uXXXX escape", j + 1);
          i = j + 6;
          uint32_t cp = static_cast<uint32_t>(u);
          if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s_.size() && s_[i] == '\\' && s_[i + 1] == 'u') {
            int32_t lo = Hex4(i + 2);
            if (lo < 0) return Fail("Invalid \\uXXXX escape", i + 1);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<uint32_t>(lo) - 0xDC00);
              i += 6;
            }
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // lone surrogate (see the top)
          AppendUtf8(out, cp);
          break;
        }
        default: return Fail("Invalid \\escape", j);
      }
    }
  }

  Ref Object(size_t i, size_t* end) {
    Ref pairs = NewList(0);
    if (!pairs) return Ref();
    i = SkipWs(i);
    if (i < s_.size() && s_[i] == '}') {
      *end = i + 1;
      return FinishObject(pairs.get());
    }
    for (;;) {
      if (i >= s_.size() || s_[i] != '"') {
        return Fail("Expecting property name enclosed in double quotes", i);
      }
      Ref key = String(i + 1, &i);
      if (!key) return Ref();
      key = InternStr(std::move(key));
      i = SkipWs(i);
      if (i >= s_.size() || s_[i] != ':') return Fail("Expecting ':' delimiter", i);
      i = SkipWs(i + 1);
      Ref v = ParseValue(i, &i);
      if (!v) return Ref();
      Ref pair = MakeTuple({key.get(), v.get()});
      if (!pair || ListAppend(pairs.get(), pair.get()) < 0) return Ref();
      i = SkipWs(i);
      if (i < s_.size() && s_[i] == '}') {
        *end = i + 1;
        return FinishObject(pairs.get());
      }
      if (i >= s_.size() || s_[i] != ',') return Fail("Expecting ',' delimiter", i);
      i = SkipWs(i + 1);
    }
  }

  Ref FinishObject(rt::Value pairs) {
    if (o_.object_pairs_hook) return CallOneArg(o_.object_pairs_hook, pairs);
    Ref d = NewDict();
    if (!d) return Ref();
    for (int64_t k = 0; k < ListSize(pairs); k++) {
      rt::Value p = ListItem(pairs, k);
      if (DictSetItem(d.get(), TupleItem(p, 0), TupleItem(p, 1)) < 0) return Ref();
    }
    if (o_.object_hook) return CallOneArg(o_.object_hook, d.get());
    return d;
  }

  Ref Array(size_t i, size_t* end) {
    Ref list = NewList(0);
    if (!list) return Ref();
    i = SkipWs(i);
    if (i < s_.size() && s_[i] == ']') {
      *end = i + 1;
      return list;
    }
    for (;;) {
      Ref v = ParseValue(i, &i);
      if (!v || ListAppend(list.get(), v.get()) < 0) return Ref();
      i = SkipWs(i);
      if (i < s_.size() && s_[i] == ']') {
        *end = i + 1;
        return list;
      }
      if (i >= s_.size() || s_[i] != ',') return Fail("Expecting ',' delimiter", i);
      i = SkipWs(i + 1);
    }
  }

  std::string_view s_;
  rt::Value doc_;
  const DecodeOptions& o_;
};

Ref LoadsImpl(rt::Value s, const rt::Value* a) {
  // a: cls, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook, strict
  DecodeOptions o;
  auto hook = [](rt::Value v) { return v && !IsNone(v) ? v : rt::Value(); };
  o.object_hook = hook(a[1]);
  o.parse_float = hook(a[2]);
  o.parse_int = hook(a[3]);
  o.parse_constant = hook(a[4]);
  o.object_pairs_hook = hook(a[5]);
  if (a[6] && !Flag(a[6], &o.strict)) return Ref();
  Ref text;
  if (IsStr(s)) {
    text = Ref::New(s);
  } else if (IsBytes(s) || IsByteArray(s)) {
    std::string storage;
    std::string_view data;
    GetBuffer(s, &storage, &data);
    if (data.substr(0, 3) == "\xef\xbb\xbf") data.remove_prefix(3);
    text = DecodeBytes(data, rt::Value(), rt::Value());
    if (!text) return Ref();
  } else {
    return SetErrorFmt(TypeErrorType(), "the JSON object must be str, bytes or bytearray, not {}",
                       TypeName(s));
  }
  std::string_view sv = StrView(text.get());
  Decoder dec(sv, text.get(), o);
  return dec.Decode();
}

constexpr std::initializer_list<const char*> kLoadNames = {
    "$s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"};

Ref Json_loads(rt::Value, const rt::Value* args, size_t nargs, rt::Value kwnames) {
  if (nargs > 1) {
    return SetErrorFmt(TypeErrorType(), "loads() takes 1 positional argument but {} were given", nargs);
  }
  rt::Value a[8] = {};
  if (!ParseArgs("loads", args, nargs, kwnames, kLoadNames, 1, a)) return Ref();
  return LoadsImpl(a[0], a + 1);
}

Ref Json_load(rt::Value, const rt::Value* args, size_t nargs, rt::Value kwnames) {
  if (nargs > 1) {
    return SetErrorFmt(TypeErrorType(), "load() takes 1 positional argument but {} were given", nargs);
  }
  rt::Value a[8] = {};
  if (!ParseArgs("load", args, nargs, kwnames, kLoadNames, 1, a)) return Ref();
  Ref text = CallMethod(a[0], "read", nullptr, 0);
  if (!text) return Ref();
  return LoadsImpl(text.get(), a + 1);
}

const MethodDef kJsonFunctions[] = {
    {"dumps", Json_dumps},
    {"dump", Json_dump},
    {"loads", Json_loads},
    {"load", Json_load},
    {nullptr, nullptr},
};

}  // namespace

void InitJsonTypes() {
  JSONDecodeErrorType.name = "json.decoder.JSONDecodeError";
  JSONDecodeErrorType.base = ValueErrorType();
  JSONDecodeErrorType.basic_size = sizeof(BaseExceptionObject);
  JSONDecodeErrorType.type_flags = kTypeBaseType | kTypeExceptionSubclass;
  InitStaticType(&JSONDecodeErrorType);
}

Ref CreateJsonModule() {
  Ref mod = NewModule("json");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kJsonFunctions);
  if (DictSetCStr(ModuleDict(mod.get()), "JSONDecodeError", rt::Value::FromObject(&JSONDecodeErrorType)) < 0) {
    return Ref();
  }
  return mod;
}

}  // namespace gilectomy::rt
