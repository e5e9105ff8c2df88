// The builtins module: constants, the builtin types and exceptions, and the
// builtin functions (print, len, min, sorted, isinstance, ...).
//
// Every function here follows CPython 3.11's signature and error messages
// (checked against python3). Functions that take keywords parse them with
// ParseArgs; the rest reject keywords with NoKeywords and count positional
// arguments with CheckArgCount. The frame-dependent ones (globals, locals,
// vars(), dir()) read CurrentThread()->frame: a native call pushes no frame,
// so that is the calling Python frame.
#include "runtime/builtins.h"

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/code.h"
#include "runtime/compiler.h"
#include "runtime/errors.h"
#include "runtime/format.h"
#include "runtime/frame.h"
#include "runtime/import.h"
#include "runtime/interpreter.h"
#include "runtime/objects/class.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/file.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iter.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/weakref.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt {

namespace {

bool OneArg(const char* name, size_t nargs, Value kwnames) {
  return NoKeywords(name, kwnames) && CheckArgCount(name, nargs, 1, 1);
}

bool ArgRange(const char* name, size_t nargs, Value kwnames, size_t min, size_t max) {
  return NoKeywords(name, kwnames) && CheckArgCount(name, nargs, min, max);
}

// Calls type(obj).<name>(obj, args...) if the type defines it; sets *found.
Ref CallSpecial(Value obj, std::string_view name, const Value* args, size_t nargs, bool* found) {
  Value descr = LookupInType(obj.type(), Intern(name));
  *found = static_cast<bool>(descr);
  if (!descr) return Ref();
  Ref bound;
  if (descr.type()->descr_get != nullptr) {
    bound = descr.type()->descr_get(descr, obj, Value::FromObject(obj.type()));
  } else {
    bound = Ref::New(descr);
  }
  if (!bound) return Ref();
  return Call(bound.get(), args, nargs);
}

Value SysAttr(const char* name) {
  Value sys = CurrentThread()->runtime->sys_module();
  if (!sys) return Value();
  return DictGetCStr(ModuleDict(sys), name);
}

// --- print, input ------------------------------------------------------------

// The common case (the real sys.stdout): one fwrite per print call.
bool PrintToFile(TextFileObject* f, const Value* objs, size_t n, Value sep, Value end) {
  if (!f->writable) {
    SetError(OSErrorType(), "not writable");
    return false;
  }
  std::string line;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) line += sep ? StrView(sep) : " ";
    if (objs[i].type() == &StrType) {
      line += StrView(objs[i]);
    } else {
      Ref s = Str(objs[i]);
      if (!s) return false;
      line += StrView(s.get());
    }
  }
  line += end ? StrView(end) : "\n";
  std::fwrite(line.data(), 1, line.size(), f->fp);
  return true;
}

bool WriteText(Value file, Value text) {
  Ref r = CallMethod(file, "write", &text, 1);
  return static_cast<bool>(r);
}

bool WriteStr(Value file, Value obj) {
  Ref s = Str(obj);
  return s && WriteText(file, s.get());
}

Ref BuiltinPrint(Value, const Value* args, size_t nargs, Value kwnames) {
  Value kw[4] = {};
  if (!ParseArgs("print", args + nargs, 0, kwnames, {"sep", "end", "file", "flush"}, 0, kw)) {
    return Ref();
  }
  Value sep = kw[0] && !IsNone(kw[0]) ? kw[0] : Value();
  Value end = kw[1] && !IsNone(kw[1]) ? kw[1] : Value();
  if (sep && !IsStr(sep)) {
    return SetErrorFmt(TypeErrorType(), "sep must be None or a string, not {}", TypeName(sep));
  }
  if (end && !IsStr(end)) {
    return SetErrorFmt(TypeErrorType(), "end must be None or a string, not {}", TypeName(end));
  }
  Value file = kw[2] && !IsNone(kw[2]) ? kw[2] : SysAttr("stdout");
  if (!file || IsNone(file)) return Ref::New(None());  // no stdout: print does nothing
  Ref hold = Ref::New(file);
  if (file.type() == &TextFileType) {
    if (!PrintToFile(As<TextFileObject>(file), args, nargs, sep, end)) return Ref();
  } else {
    for (size_t i = 0; i < nargs; ++i) {
      if (i > 0 && !(sep ? WriteText(file, sep) : WriteStr(file, Intern(" ")))) return Ref();
      if (!WriteStr(file, args[i])) return Ref();
    }
    if (!(end ? WriteText(file, end) : WriteText(file, Intern("\n")))) return Ref();
  }
  if (kw[3]) {
    int flush = IsTrue(kw[3]);
    if (flush < 0) return Ref();
    if (flush && !CallMethod(file, "flush", nullptr, 0)) return Ref();
  }
  return Ref::New(None());
}

Ref BuiltinInput(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("input", nargs, kwnames, 0, 1)) return Ref();
  Value out = SysAttr("stdout");
  Value in = SysAttr("stdin");
  if (!in || IsNone(in)) return SetError(RuntimeErrorType(), "input(): lost sys.stdin");
  if (!out || IsNone(out)) return SetError(RuntimeErrorType(), "input(): lost sys.stdout");
  Ref hold_in = Ref::New(in), hold_out = Ref::New(out);
  if (Value err = SysAttr("stderr"); err && err.type() == &TextFileType) {
    std::fflush(As<TextFileObject>(err)->fp);
  }
  if (nargs == 1) {
    if (!WriteStr(out, args[0])) return Ref();
  }
  if (!CallMethod(out, "flush", nullptr, 0)) return Ref();
  Ref line = CallMethod(in, "readline", nullptr, 0);
  if (!line) return Ref();
  if (!IsStr(line.get())) {
    return SetErrorFmt(TypeErrorType(), "object.readline() returned non-string");
  }
  std::string_view text = StrView(line.get());
  if (text.empty()) return SetError(EOFErrorType(), "EOF when reading a line");
  if (text.back() != '\n') return line;
  return StrFromUtf8(text.substr(0, text.size() - 1));
}

// --- simple one-argument functions -----------------------------------------

Ref BuiltinLen(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("len", nargs, kwnames)) return Ref();
  int64_t n = Length(args[0]);
  if (n < 0) return Ref();
  return IntFromInt64(n);
}

Ref BuiltinRepr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("repr", nargs, kwnames)) return Ref();
  return Repr(args[0]);
}

Ref BuiltinAscii(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("ascii", nargs, kwnames)) return Ref();
  Ref r = Repr(args[0]);
  if (!r) return Ref();
  if (As<StrObject>(r.get())->is_ascii()) return r;
  std::string_view s = StrView(r.get());
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = DecodeUtf8(s, i);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x100) {
      out += fmt::format("\\x{:02x}", cp);
    } else if (cp < 0x10000) {
      out += fmt::format("\\u{:04x}", cp);
    } else {
      out += fmt::format("\\U{:08x}", cp);
    }
  }
  return StrFromAscii(out);
}

Ref BuiltinAbs(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("abs", nargs, kwnames)) return Ref();
  return Absolute(args[0]);
}

Ref BuiltinHash(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("hash", nargs, kwnames)) return Ref();
  int64_t h = Hash(args[0]);
  if (h == -1 && ErrorOccurred()) return Ref();
  return IntFromInt64(h);
}

Ref BuiltinId(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("id", nargs, kwnames)) return Ref();
  return IntFromUint64(args[0].raw());
}

Ref BuiltinCallable(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("callable", nargs, kwnames)) return Ref();
  return Ref::New(Bool(args[0].type()->call != nullptr));
}

Ref BuiltinChr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("chr", nargs, kwnames)) return Ref();
  Ref i = Index(args[0]);
  if (!i) return Ref();
  int64_t cp;
  if (!IntAsInt64(i.get(), &cp) || cp > INT32_MAX || cp < INT32_MIN) {
    ClearError();
    return SetError(OverflowErrorType(), "Python int too large to convert to C int");
  }
  if (cp < 0 || cp > 0x10ffff) return SetError(ValueErrorType(), "chr() arg not in range(0x110000)");
  return StrFromCodePoint(static_cast<uint32_t>(cp));
}

Ref BuiltinOrd(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!OneArg("ord", nargs, kwnames)) return Ref();
  if (!IsStr(args[0])) {
    return SetErrorFmt(TypeErrorType(), "ord() expected string of length 1, but {} found",
                       TypeName(args[0]));
  }
  auto* s = As<StrObject>(args[0]);
  if (s->length != 1) {
    return SetErrorFmt(TypeErrorType(), "ord() expected a character, but string of length {} found",
                       s->length);
  }
  size_t i = 0;
  return IntFromInt64(DecodeUtf8(s->view(), i));
}

Ref IntWithPrefix(const char* name, const Value* args, size_t nargs, Value kwnames, int base,
                  const char* prefix) {
  if (!OneArg(name, nargs, kwnames)) return Ref();
  Ref i = Index(args[0]);
  if (!i) return Ref();
  std::string digits = IntToString(i.get(), base);
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  return StrFromAscii((negative ? "-" : "") + std::string(prefix) + digits);
}

Ref BuiltinHex(Value, const Value* args, size_t nargs, Value kwnames) {
  return IntWithPrefix("hex", args, nargs, kwnames, 16, "0x");
}
Ref BuiltinOct(Value, const Value* args, size_t nargs, Value kwnames) {
  return IntWithPrefix("oct", args, nargs, kwnames, 8, "0o");
}
Ref BuiltinBin(Value, const Value* args, size_t nargs, Value kwnames) {
  return IntWithPrefix("bin", args, nargs, kwnames, 2, "0b");
}

// any/all: `want` is the truth value that ends the scan early.
Ref AnyAll(const char* name, const Value* args, size_t nargs, Value kwnames, bool want) {
  if (!OneArg(name, nargs, kwnames)) return Ref();
  Ref it = GetIter(args[0]);
  if (!it) return Ref();
  while (Ref x = IterNext(it.get())) {
    int t = IsTrue(x.get());
    if (t < 0) return Ref();
    if ((t != 0) == want) return Ref::New(Bool(want));
  }
  if (ErrorOccurred()) return Ref();
  return Ref::New(Bool(!want));
}

Ref BuiltinAny(Value, const Value* args, size_t nargs, Value kwnames) {
  return AnyAll("any", args, nargs, kwnames, true);
}
Ref BuiltinAll(Value, const Value* args, size_t nargs, Value kwnames) {
  return AnyAll("all", args, nargs, kwnames, false);
}

// --- min, max, sum ---------------------------------------------------------------

Ref MinMax(const char* name, const Value* args, size_t nargs, Value kwnames, CompareOp op) {
  Value key, dflt;
  size_t nkw = kwnames ? static_cast<size_t>(TupleSize(kwnames)) : 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kw = StrView(TupleItem(kwnames, k));
    if (kw == "key") {
      key = args[nargs + k];
    } else if (kw == "default") {
      dflt = args[nargs + k];
    } else {
      return SetErrorFmt(TypeErrorType(), "'{}' is an invalid keyword argument for {}()", kw, name);
    }
  }
  if (nargs == 0) {
    return SetErrorFmt(TypeErrorType(), "{} expected at least 1 argument, got 0", name);
  }
  if (nargs > 1 && dflt) {
    return SetErrorFmt(TypeErrorType(),
                       "Cannot specify a default for {}() with multiple positional arguments", name);
  }
  if (key && IsNone(key)) key = Value();
  Ref it;
  if (nargs == 1) {
    it = GetIter(args[0]);
  } else {
    Ref t = TupleFromArray(args, static_cast<int64_t>(nargs));
    if (!t) return Ref();
    it = GetIter(t.get());
  }
  if (!it) return Ref();
  Ref best, best_key;
  while (Ref item = IterNext(it.get())) {
    Ref k = key ? CallOneArg(key, item.get()) : item;
    if (!k) return Ref();
    if (!best) {
      best = std::move(item);
      best_key = std::move(k);
      continue;
    }
    int better = RichCompareBool(k.get(), best_key.get(), op);
    if (better < 0) return Ref();
    if (better) {
      best = std::move(item);
      best_key = std::move(k);
    }
  }
  if (ErrorOccurred()) return Ref();
  if (best) return best;
  if (dflt) return Ref::New(dflt);
  return SetErrorFmt(ValueErrorType(), "{}() arg is an empty sequence", name);
}

Ref BuiltinMin(Value, const Value* args, size_t nargs, Value kwnames) {
  return MinMax("min", args, nargs, kwnames, CompareOp::kLt);
}
Ref BuiltinMax(Value, const Value* args, size_t nargs, Value kwnames) {
  return MinMax("max", args, nargs, kwnames, CompareOp::kGt);
}

Ref BuiltinSum(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("sum", args, nargs, kwnames, {"$iterable", "start"}, 1, a)) return Ref();
  Ref total = a[1] ? Ref::New(a[1]) : Ref::SmallInt(0);
  if (a[1] && IsStr(a[1])) {
    return SetError(TypeErrorType(), "sum() can't sum strings [use ''.join(seq) instead]");
  }
  Ref it = GetIter(a[0]);
  if (!it) return Ref();
  // Fast path: small ints accumulate in an int64 (the sum of two small
  // ints cannot overflow it); floats in a double. Anything else falls back
  // to the generic addition from that item on.
  if (total.get().is_small_int()) {
    int64_t acc = total.get().small_int();
    for (;;) {
      Ref item = IterNext(it.get());
      if (!item) {
        if (ErrorOccurred()) return Ref();
        return IntFromInt64(acc);
      }
      Value v = item.get();
      if (v.is_small_int()) {
        acc += v.small_int();
        if (Value::FitsSmallInt(acc)) continue;
        total = IntFromInt64(acc);
        break;
      }
      total = IntFromInt64(acc);
      if (Is<FloatObject>(v)) {
        double d = static_cast<double>(acc) + FloatValue(v);
        for (;;) {
          Ref x = IterNext(it.get());
          if (!x) {
            if (ErrorOccurred()) return Ref();
            return FloatFromDouble(d);
          }
          if (Is<FloatObject>(x.get())) {
            d += FloatValue(x.get());
            continue;
          }
          total = FloatFromDouble(d);
          total = BinaryOp(total.get(), x.get(), BinOp::kAdd);
          if (!total) return Ref();
          break;
        }
        break;
      }
      total = BinaryOp(total.get(), v, BinOp::kAdd);
      if (!total) return Ref();
      break;
    }
  } else if (Is<FloatObject>(total.get())) {
    double d = FloatValue(total.get());
    for (;;) {
      Ref x = IterNext(it.get());
      if (!x) {
        if (ErrorOccurred()) return Ref();
        return FloatFromDouble(d);
      }
      if (Is<FloatObject>(x.get())) {
        d += FloatValue(x.get());
      } else if (x.get().is_small_int()) {
        d += static_cast<double>(x.get().small_int());
      } else {
        total = FloatFromDouble(d);
        total = BinaryOp(total.get(), x.get(), BinOp::kAdd);
        if (!total) return Ref();
        break;
      }
    }
  }
  while (Ref item = IterNext(it.get())) {
    total = BinaryOp(total.get(), item.get(), BinOp::kAdd);
    if (!total) return Ref();
  }
  if (ErrorOccurred()) return Ref();
  return total;
}

// --- isinstance, issubclass ----------------------------------------------------

bool IsType(Value v) { return v.is_object() && IsSubtype(v.type(), &TypeType); }

// 1/0, or -1 with TypeError for a bad classinfo.
int CheckClassInfo(Value cls, Value info, const char* err, bool instance, Value obj) {
  if (IsType(info)) {
    TypeObject* t = static_cast<TypeObject*>(info.obj());
    if (instance && obj.type() == t) return 1;
    // A metaclass may override the check (abc.ABCMeta, collections.abc).
    if (info.type() != &TypeType) {
      Value hook = LookupInType(info.type(), Intern(instance ? "__instancecheck__"
                                                             : "__subclasscheck__"));
      if (hook) {
        Value call_args[2] = {info, instance ? obj : cls};
        if (!CheckCStack("isinstance")) return -1;
        Ref r = Call(hook, call_args, 2);
        if (!r) return -1;
        return IsTrue(r.get());
      }
    }
    if (IsSubtype(instance ? obj.type() : static_cast<TypeObject*>(cls.obj()), t)) return 1;
    // CPython then tries obj.__class__; only weak proxies answer differently
    // here, so only they pay for the lookup.
    if (instance && (obj.type() == &ProxyType || obj.type() == &CallableProxyType)) {
      Ref c = GetAttrStr(obj, "__class__");
      if (!c) {
        ClearError();
        return 0;
      }
      return IsType(c.get()) && IsSubtype(static_cast<TypeObject*>(c.get().obj()), t) ? 1 : 0;
    }
    return 0;
  }
  if (IsTuple(info)) {
    if (!CheckCStack("isinstance")) return -1;
    for (int64_t i = 0; i < TupleSize(info); ++i) {
      int r = CheckClassInfo(cls, TupleItem(info, i), err, instance, obj);
      if (r != 0) return r;
    }
    return 0;
  }
  // Objects that are not classes may still answer (typing.List).
  if (info.is_object()) {
    Value hook = LookupInType(info.type(), Intern(instance ? "__instancecheck__"
                                                           : "__subclasscheck__"));
    if (hook) {
      Value call_args[2] = {info, instance ? obj : cls};
      if (!CheckCStack("isinstance")) return -1;
      Ref r = Call(hook, call_args, 2);
      if (!r) return -1;
      return IsTrue(r.get());
    }
  }
  SetError(TypeErrorType(), err);
  return -1;
}

Ref BuiltinIsinstance(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("isinstance", nargs, kwnames, 2, 2)) return Ref();
  int r = CheckClassInfo(Value(), args[1],
                         "isinstance() arg 2 must be a type, a tuple of types, or a union", true,
                         args[0]);
  if (r < 0) return Ref();
  return Ref::New(Bool(r));
}

Ref BuiltinIssubclass(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("issubclass", nargs, kwnames, 2, 2)) return Ref();
  if (!IsType(args[0])) return SetError(TypeErrorType(), "issubclass() arg 1 must be a class");
  int r = CheckClassInfo(args[0], args[1],
                         "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                         false, Value());
  if (r < 0) return Ref();
  return Ref::New(Bool(r));
}

// --- iteration -------------------------------------------------------------------

Ref BuiltinIter(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("iter", nargs, kwnames, 1, 2)) return Ref();
  if (nargs == 1) return GetIter(args[0]);
  if (args[0].type()->call == nullptr) {
    return SetError(TypeErrorType(), "iter(v, w): v must be callable");
  }
  return NewCallableIter(args[0], args[1]);
}

Ref BuiltinNext(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("next", nargs, kwnames, 1, 2)) return Ref();
  TypeObject* t = args[0].type();
  if (t->next == nullptr) {
    return SetErrorFmt(TypeErrorType(), "'{}' object is not an iterator", t->name);
  }
  Ref r = t->next(args[0]);
  if (r) return r;
  if (ErrorOccurred()) {
    if (nargs < 2 || !ErrorMatches(StopIterationType())) return Ref();
    ClearError();
  }
  if (nargs == 2) return Ref::New(args[1]);
  Ref exc = NewException(StopIterationType(), nullptr, 0);
  if (!exc) return Ref();
  return SetErrorObject(exc.get());
}

Ref BuiltinSorted(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 1) {
    return SetErrorFmt(TypeErrorType(), "sorted expected 1 argument, got {}", nargs);
  }
  Value kw[2] = {};
  if (!ParseArgs("sort", args + nargs, 0, kwnames, {"key", "reverse"}, 0, kw)) return Ref();
  Ref list = ListFromIterable(args[0]);
  if (!list) return Ref();
  int reverse = 0;
  if (kw[1]) {
    if (!IsInt(kw[1])) {
      Ref i = Index(kw[1]);
      if (!i) return Ref();
    }
    reverse = IsTrue(kw[1]);
    if (reverse < 0) return Ref();
  }
  Value key = kw[0] && !IsNone(kw[0]) ? kw[0] : Value();
  if (ListSort(list.get(), key, reverse != 0) < 0) return Ref();
  return list;
}

// --- arithmetic --------------------------------------------------------------------

Ref BuiltinDivmod(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("divmod", nargs, kwnames, 2, 2)) return Ref();
  Value a = args[0], b = args[1];
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  BinaryFn fa = ta->number.divmod;
  BinaryFn fb = tb != ta ? tb->number.divmod : nullptr;
  if (fa == fb) fb = nullptr;
  // A subclass's reflected slot goes first (CPython's binary_op1).
  if (fb != nullptr && IsSubtype(tb, ta)) {
    Ref r = fb(a, b);
    if (!r || !IsNotImplemented(r.get())) return r;
    fb = nullptr;
  }
  if (fa != nullptr) {
    Ref r = fa(a, b);
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  if (fb != nullptr) {
    Ref r = fb(a, b);
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  return SetErrorFmt(TypeErrorType(), "unsupported operand type(s) for divmod(): '{}' and '{}'",
                     ta->name, tb->name);
}

Ref BuiltinPow(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!ParseArgs("pow", args, nargs, kwnames, {"base", "exp", "mod"}, 2, a)) return Ref();
  return Power(a[0], a[1], a[2] ? a[2] : None());
}

Ref BuiltinRound(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("round", args, nargs, kwnames, {"number", "ndigits"}, 1, a)) return Ref();
  Value number = a[0];
  Value ndigits = a[1] && !IsNone(a[1]) ? a[1] : Value();
  TypeObject* t = number.type();
  if (t == &FloatType) return FloatRound(number, ndigits);
  if (number.is_small_int() || t == &IntType || t == &BoolType) return IntRound(number, ndigits);
  bool found = false;
  Ref r = CallSpecial(number, "__round__", ndigits ? &ndigits : nullptr, ndigits ? 1 : 0, &found);
  if (found) return r;
  if (IsInt(number)) return IntRound(number, ndigits);
  if (Is<FloatObject>(number)) return FloatRound(number, ndigits);
  return SetErrorFmt(TypeErrorType(), "type {} doesn't define __round__ method", t->name);
}

// --- attributes --------------------------------------------------------------------

bool CheckAttrName(Value name) {
  if (IsStr(name)) return true;
  SetErrorFmt(TypeErrorType(), "attribute name must be string, not '{}'", TypeName(name));
  return false;
}

Ref BuiltinGetattr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("getattr", nargs, kwnames, 2, 3)) return Ref();
  if (!CheckAttrName(args[1])) return Ref();
  Ref r = GetAttr(args[0], args[1]);
  if (r || nargs == 2 || !ErrorMatches(AttributeErrorType())) return r;
  ClearError();
  return Ref::New(args[2]);
}

Ref BuiltinSetattr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("setattr", nargs, kwnames, 3, 3)) return Ref();
  if (!CheckAttrName(args[1])) return Ref();
  if (SetAttr(args[0], args[1], args[2]) < 0) return Ref();
  return Ref::New(None());
}

Ref BuiltinHasattr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("hasattr", nargs, kwnames, 2, 2)) return Ref();
  if (!CheckAttrName(args[1])) return Ref();
  Ref r = GetAttr(args[0], args[1]);
  if (r) return Ref::New(True());
  if (!ErrorMatches(AttributeErrorType())) return Ref();
  ClearError();
  return Ref::New(False());
}

Ref BuiltinDelattr(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("delattr", nargs, kwnames, 2, 2)) return Ref();
  if (!CheckAttrName(args[1])) return Ref();
  if (SetAttr(args[0], args[1], Value()) < 0) return Ref();
  return Ref::New(None());
}

// --- namespaces ----------------------------------------------------------------------

Ref CurrentGlobals() {
  ThreadState* ts = CurrentThread();
  if (ts->frame != nullptr) return Ref::New(ts->frame->globals);
  return Ref::New(ts->runtime->main_dict());
}

// locals() of the innermost frame: the locals dict of module and class
// frames; for a function, a new dict of the bound fast locals and the
// contents of its cells and free variables.
Ref CurrentLocals() {
  ThreadState* ts = CurrentThread();
  Frame* f = ts->frame;
  if (f == nullptr) return CurrentGlobals();
  if (f->locals) return Ref::New(f->locals);
  Ref d = NewDict();
  if (!d) return Ref();
  CodeObject* code = f->code;
  for (int i = 0; i < code->nlocalsplus(); ++i) {
    Value v = f->localsplus[i];
    if (v && i >= code->nlocals) {
      v = Is<CellObject>(v) ? As<CellObject>(v)->contents : Value();
    }
    if (!v) continue;
    if (DictSetItem(d.get(), code->localsplus_names[i], v) < 0) return Ref();
  }
  return d;
}

Ref BuiltinGlobals(Value, const Value*, size_t nargs, Value kwnames) {
  if (!ArgRange("globals", nargs, kwnames, 0, 0)) return Ref();
  return CurrentGlobals();
}

Ref BuiltinLocals(Value, const Value*, size_t nargs, Value kwnames) {
  if (!ArgRange("locals", nargs, kwnames, 0, 0)) return Ref();
  return CurrentLocals();
}

// --- compile, eval, exec: the interpreter's own compiler at run time ---

bool ModeFromName(Value mode, ast::Mode* out) {
  std::string_view m = IsStr(mode) ? StrView(mode) : std::string_view();
  if (m == "exec") *out = ast::Mode::kFile;
  else if (m == "eval") *out = ast::Mode::kEval;
  else if (m == "single") *out = ast::Mode::kSingle;
  else return false;
  return true;
}

// A code object from `source` (str or code) for eval/exec.
Ref SourceToCode(const char* fname, Value source, ast::Mode mode) {
  if (Is<CodeObject>(source)) return Ref::New(source);
  if (!IsStr(source)) {
    return SetErrorFmt(TypeErrorType(), "{}() arg 1 must be a string, bytes or code object", fname);
  }
  std::string_view text = StrView(source);
  if (mode == ast::Mode::kEval) {
    // eval() ignores leading spaces and tabs.
    size_t k = text.find_first_not_of(" \t");
    text = k == std::string_view::npos ? std::string_view() : text.substr(k);
  }
  return Compile(text, "<string>", mode);
}

// The globals/locals pair of eval/exec: the caller's by default; a given
// globals dict gets __builtins__ if it has none.
bool ResolveNamespaces(const char* fname, Value g, Value l, Ref* globals, Ref* locals) {
  if (g && IsNone(g)) g = Value();
  if (l && IsNone(l)) l = Value();
  if (g && !IsDict(g)) {
    SetErrorFmt(TypeErrorType(), "{}() globals must be a dict, not {}", fname, TypeName(g));
    return false;
  }
  if (!g) {
    *globals = CurrentGlobals();
    *locals = l ? Ref::New(l) : CurrentLocals();
  } else {
    *globals = Ref::New(g);
    *locals = Ref::New(l ? l : g);
  }
  if (!*globals || !*locals) return false;
  if (!DictGetCStr(globals->get(), "__builtins__")) {
    DictSetCStr(globals->get(), "__builtins__", CurrentThread()->runtime->builtins());
  }
  return true;
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Ref BuiltinImport(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[5] = {};
  if (!ParseArgs("__import__", args, nargs, kwnames, {"name", "globals", "locals", "fromlist", "level"}, 1, a)) {
    return Ref();
  }
  if (!IsStr(a[0])) {
    return SetErrorFmt(TypeErrorType(), "__import__() argument 1 must be str, not {}", TypeName(a[0]));
  }
  Ref fromlist = Ref::New(EmptyTuple());
  if (a[3] && !IsNone(a[3])) {
    Ref items = ListFromIterable(a[3]);
    if (!items) return Ref();
    fromlist = TupleFromArray(As<ListObject>(items.get())->items, ListSize(items.get()));
  }
  Value globals = a[1] && IsDict(a[1]) ? a[1] : Value();
  return ImportModule(a[0], globals, fromlist.get(), a[4] ? a[4] : Value::SmallInt(0));
}

Ref BuiltinCompile(Value, const Value* args, size_t nargs, Value kwnames) {
  Value out[6] = {};
  if (!ParseArgs("compile", args, nargs, kwnames,
                 {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3, out)) {
    return Ref();
  }
  ast::Mode mode;
  if (!ModeFromName(out[2], &mode)) {
    return SetError(ValueErrorType(), "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (Is<CodeObject>(out[0])) return Ref::New(out[0]);
  if (!IsStr(out[0])) return SetError(TypeErrorType(), "compile() arg 1 must be a string, bytes or AST object");
  if (!IsStr(out[1])) {
    return SetErrorFmt(TypeErrorType(), "compile() argument 'filename' must be str, not {}", TypeName(out[1]));
  }
  return Compile(StrView(out[0]), StrView(out[1]), mode);
}

// eval/exec: parses (source, globals, locals), compiles the source in
// `mode` and runs it in the resolved namespaces.
Ref RunSourceArg(const char* fname, ast::Mode mode, const Value* args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  if (!ParseArgs(fname, args, nargs, kwnames, {"$source", "globals", "locals"}, 1, out)) return Ref();
  Ref globals, locals;
  if (!ResolveNamespaces(fname, out[1], out[2], &globals, &locals)) return Ref();
  Ref code = SourceToCode(fname, out[0], mode);
  if (!code) return Ref();
  return EvalCode(As<CodeObject>(code.get()), globals.get(), locals.get());
}

Ref BuiltinEval(Value, const Value* args, size_t nargs, Value kwnames) {
  return RunSourceArg("eval", ast::Mode::kEval, args, nargs, kwnames);
}

Ref BuiltinExec(Value, const Value* args, size_t nargs, Value kwnames) {
  Ref r = RunSourceArg("exec", ast::Mode::kFile, args, nargs, kwnames);
  if (!r) return Ref();
  return Ref::New(None());
}

Ref BuiltinVars(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("vars", nargs, kwnames, 0, 1)) return Ref();
  if (nargs == 0) return CurrentLocals();
  Ref d = GetAttrStr(args[0], "__dict__");
  if (d || !ErrorMatches(AttributeErrorType())) return d;
  ClearError();
  return SetError(TypeErrorType(), "vars() argument must have __dict__ attribute");
}

int AddKeys(Value set, Value dict) {
  int64_t pos = 0;
  Value k, v;
  while (DictNext(dict, &pos, &k, &v)) {
    if (DictSetItem(set, k, None()) < 0) return -1;
  }
  return 0;
}

// The names dir(obj) lists when obj's class does not define __dir__.
Ref DefaultDirNames(Value obj) {
  Ref names = NewDict();  // used as an ordered set
  if (!names) return Ref();
  if (Is<ModuleObject>(obj)) {
    if (AddKeys(names.get(), ModuleDict(obj)) < 0) return Ref();
    return names;
  }
  auto add_mro = [&](TypeObject* t) -> int {
    Value mro = Value::FromObject(t->mro);
    for (int64_t i = 0; mro && i < TupleSize(mro); ++i) {
      auto* c = static_cast<TypeObject*>(TupleItem(mro, i).obj());
      if (c->dict != nullptr && AddKeys(names.get(), Value::FromObject(c->dict)) < 0) return -1;
    }
    return 0;
  };
  if (IsType(obj)) {
    if (add_mro(static_cast<TypeObject*>(obj.obj())) < 0) return Ref();
    return names;
  }
  Ref d = GetAttrStr(obj, "__dict__");
  if (d && IsDict(d.get())) {
    if (AddKeys(names.get(), d.get()) < 0) return Ref();
  } else if (!d) {
    if (!ErrorMatches(AttributeErrorType())) return Ref();
    ClearError();
  }
  if (add_mro(obj.type()) < 0) return Ref();
  return names;
}

Ref BuiltinDir(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("dir", nargs, kwnames, 0, 1)) return Ref();
  Ref source;
  if (nargs == 0) {
    source = CurrentLocals();
  } else {
    Value obj = args[0];
    Value user = (obj.type()->flags_ & gc::kHeapType) ? LookupInType(obj.type(), Intern("__dir__"))
                                                      : Value();
    if (user && Is<FunctionObject>(user)) {
      source = CallOneArg(user, obj);
    } else {
      source = DefaultDirNames(obj);
    }
  }
  if (!source) return Ref();
  Ref list = ListFromIterable(source.get());
  if (!list || ListSort(list.get(), Value(), false) < 0) return Ref();
  return list;
}

// --- format, exit --------------------------------------------------------------------

Ref BuiltinFormat(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!ArgRange("format", nargs, kwnames, 1, 2)) return Ref();
  std::string_view spec;
  if (nargs == 2) {
    if (!IsStr(args[1])) {
      return SetErrorFmt(TypeErrorType(), "format() argument 2 must be str, not {}",
                         TypeName(args[1]));
    }
    spec = StrView(args[1]);
  }
  return FormatValue(args[0], spec);
}

// exit and quit are Quitter objects, as site.py makes them: calling one
// raises SystemExit(code); its repr tells the REPL user how to leave.
TypeObject QuitterType;

struct QuitterObject : Object {
  Object* name;  // "exit" or "quit" (owned)
};

Ref QuitterRepr(Value self) {
  auto* q = static_cast<QuitterObject*>(self.obj());
  return StrFromUtf8(fmt::format("Use {}() or Ctrl-D (i.e. EOF) to exit",
                                 StrView(Value::FromObject(q->name))));
}

Ref QuitterCall(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!ParseArgs("Quitter.__call__", args, nargs, kwnames, {"code"}, 0, a)) return Ref();
  Ref exc = NewException(SystemExitType(), a, a[0] ? 1 : 0);
  if (!exc) return Ref();
  return SetErrorObject(exc.get());
}

void QuitterDealloc(gc::Header* h) {
  gc::Decref(static_cast<QuitterObject*>(h)->name);
  FreeObject(h);
}

void InitQuitterType() {
  static std::once_flag once;
  std::call_once(once, [] {
    QuitterType.name = "_sitebuiltins.Quitter";
    QuitterType.basic_size = sizeof(QuitterObject);
    QuitterType.hooks.dealloc = QuitterDealloc;
    QuitterType.repr = QuitterRepr;
    QuitterType.call = QuitterCall;
    InitStaticType(&QuitterType);
  });
}

Ref NewQuitter(const char* name) {
  Ref n = StrFromAscii(name);
  if (!n) return Ref();
  Object* o = AllocObject(&QuitterType, sizeof(QuitterObject));
  if (o == nullptr) return Ref();
  static_cast<QuitterObject*>(o)->name = n.release().obj();
  return Ref::Steal(o);
}

const MethodDef kBuiltinFunctions[] = {
    {"print", BuiltinPrint},       {"input", BuiltinInput},
    {"len", BuiltinLen},           {"repr", BuiltinRepr},
    {"ascii", BuiltinAscii},       {"abs", BuiltinAbs},
    {"min", BuiltinMin},           {"max", BuiltinMax},
    {"sum", BuiltinSum},           {"isinstance", BuiltinIsinstance},
    {"issubclass", BuiltinIssubclass}, {"hash", BuiltinHash},
    {"id", BuiltinId},             {"callable", BuiltinCallable},
    {"iter", BuiltinIter},         {"next", BuiltinNext},
    {"sorted", BuiltinSorted},     {"divmod", BuiltinDivmod},
    {"pow", BuiltinPow},           {"round", BuiltinRound},
    {"chr", BuiltinChr},           {"ord", BuiltinOrd},
    {"hex", BuiltinHex},           {"oct", BuiltinOct},
    {"bin", BuiltinBin},           {"any", BuiltinAny},
    {"all", BuiltinAll},           {"getattr", BuiltinGetattr},
    {"setattr", BuiltinSetattr},   {"hasattr", BuiltinHasattr},
    {"delattr", BuiltinDelattr},   {"globals", BuiltinGlobals},
    {"locals", BuiltinLocals},     {"vars", BuiltinVars},
    {"dir", BuiltinDir},           {"format", BuiltinFormat},
    {"__build_class__", BuildClass},
    {"compile", BuiltinCompile},   {"eval", BuiltinEval},
    {"exec", BuiltinExec},         {"open", BuiltinOpen},
    {"__import__", BuiltinImport},
    {nullptr, nullptr},
};

void AddType(Value dict, const char* name, TypeObject* t) {
  if (t->name == nullptr || t->name[0] == '\0') return;  // not initialised in this build
  DictSetCStr(dict, name, Value::FromObject(t));
}

}  // namespace

Ref CreateBuiltinsModule() {
  Ref module = NewModule("builtins");
  if (!module) return Ref();
  Value dict = ModuleDict(module.get());
  DictSetCStr(dict, "None", None());
  DictSetCStr(dict, "True", True());
  DictSetCStr(dict, "False", False());
  DictSetCStr(dict, "Ellipsis", Ellipsis());
  DictSetCStr(dict, "NotImplemented", Value::FromObject(&gSingletons.not_implemented));
  DictSetCStr(dict, "__debug__", True());

  const std::pair<const char*, TypeObject*> types[] = {
      {"object", &ObjectType},     {"type", &TypeType},         {"int", &IntType},
      {"bool", &BoolType},         {"float", &FloatType},       {"str", &StrType},
      {"list", &ListType},         {"tuple", &TupleType},       {"dict", &DictType},
      {"range", &RangeType},       {"slice", &SliceType},       {"enumerate", &EnumerateType},
      {"zip", &ZipType},           {"map", &MapType},           {"filter", &FilterType},
      {"reversed", &ReversedType}, {"property", &PropertyType}, {"staticmethod", &StaticMethodType},
      {"classmethod", &ClassMethodType}, {"super", &SuperType},   {"set", &SetType},
      {"frozenset", &FrozenSetType},   {"bytes", &BytesType},     {"bytearray", &ByteArrayType},
      {"memoryview", &MemoryViewType}, {"complex", &ComplexType},
  };
  for (const auto& [name, t] : types) AddType(dict, name, t);

#define GY_EXCEPTION(cpp, pyname, base) DictSetCStr(dict, pyname, Value::FromObject(cpp##Type()));
#include "runtime/exceptions.def"
#undef GY_EXCEPTION
  DictSetCStr(dict, "EnvironmentError", Value::FromObject(OSErrorType()));
  DictSetCStr(dict, "IOError", Value::FromObject(OSErrorType()));

  AddModuleFunctions(module.get(), kBuiltinFunctions);
  InitQuitterType();
  for (const char* name : {"exit", "quit"}) {
    Ref q = NewQuitter(name);
    if (!q) return Ref();
    DictSetCStr(dict, name, q.get());
  }
  return module;
}

}  // namespace gilectomy::rt
