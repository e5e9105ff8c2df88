// The struct module: pack/unpack/calcsize/iter_unpack/pack_into/unpack_from
// and the Struct type, for the formats x c b B ? h H i I l L q Q n N e f d
// s p (P as an 8-byte unsigned) with the byte orders @ (native size and
// alignment), = < > ! (standard sizes, no alignment) and repeat counts.
// Errors are struct.error with CPython 3.11's messages; the range checks
// follow _struct.c: a value that does not fit a C long/unsigned long is
// "argument out of range", a narrower format names its range.
//
// The half-precision 'e' format rounds half to even, as PyFloat_Pack2 does.
#include <bit>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/modules/native_modules.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {

TypeObject StructErrorType, StructType, UnpackIterType;

ErrorTag StructError(std::string_view msg) { return SetError(&StructErrorType, msg); }

struct Item {
  char code;
  int64_t count;   // repeat count (s/p: the byte length; x: pad bytes)
  int64_t size;    // bytes of one element
  int64_t offset;  // of the first element
};

struct Layout {
  char order = '@';
  std::vector<Item> items;
  int64_t size = 0;
  int64_t nvalues = 0;  // values consumed by pack / produced by unpack
};

int64_t CodeSize(char code, bool native) {
  switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : -1;
    default: return -1;
  }
}

bool Compile(std::string_view fmt, Layout* out) {
  size_t i = 0;
  if (!fmt.empty() && std::string_view("@=<>!").find(fmt[0]) != std::string_view::npos) {
    out->order = fmt[0];
    i = 1;
  }
  bool native = out->order == '@';
  int64_t off = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      i++;
      continue;
    }
    int64_t count = 1;
    if (c >= '0' && c <= '9') {
      count = 0;
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        if (count > (INT64_MAX - 9) / 10) return StructError("total struct size too long"), false;
        count = count * 10 + (fmt[i++] - '0');
      }
      if (i == fmt.size()) return StructError("repeat count given without format specifier"), false;
      c = fmt[i];
    }
    i++;
    int64_t size = CodeSize(c, native);
    if (size < 0) return StructError("bad char in struct format"), false;
    if (native && c != 's' && c != 'p' && c != 'x' && size > 1) off = (off + size - 1) / size * size;
    Item item{c, count, size, off};
    if (c == 's' || c == 'p') {
      off += count;
      out->nvalues += 1;
    } else if (c == 'x') {
      off += count;
    } else {
      off += count * size;
      out->nvalues += count;
    }
    out->items.push_back(item);
  }
  out->size = off;
  return true;
}

bool FormatArg(Value v, std::string* fmt) {
  if (IsStr(v)) {
    fmt->assign(StrView(v));
    return true;
  }
  if (IsBytes(v)) {
    fmt->assign(BytesView(v));
    return true;
  }
  SetErrorFmt(TypeErrorType(), "Struct() argument 1 must be a str or bytes object, not {}",
              TypeName(v));
  return false;
}

// --- packing --------------------------------------------------------------------

void PutInt(char* p, uint64_t v, int64_t size, bool little) {
  for (int64_t k = 0; k < size; k++) {
    int64_t idx = little ? k : size - 1 - k;
    p[idx] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
}

uint64_t GetInt(const char* p, int64_t size, bool little) {
  uint64_t v = 0;
  for (int64_t k = 0; k < size; k++) {
    int64_t idx = little ? size - 1 - k : k;
    v = (v << 8) | static_cast<unsigned char>(p[idx]);
  }
  return v;
}

bool IsUnsigned(char c) { return c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P'; }

bool PackInt(char code, int64_t size, Value v, uint64_t* out) {
  if (!IsInt(v) && v.type()->number.index == nullptr) {
    return StructError("required argument is not an integer"), false;
  }
  Ref i = Index(v);
  if (!i) return false;
  bool unsigned_code = IsUnsigned(code);
  int64_t s;
  bool fits64 = IntAsInt64(i.get(), &s);
  if (!fits64) ClearError();
  // Narrow formats and the signed ones convert to a C long first.
  bool via_long = !unsigned_code || code == 'B' || code == 'H';
  if (via_long) {
    if (!fits64) return StructError("argument out of range"), false;
    int64_t lo, hi;
    if (unsigned_code) {
      lo = 0;
      hi = (int64_t{1} << (8 * size)) - 1;
    } else {
      hi = size >= 8 ? INT64_MAX : (int64_t{1} << (8 * size - 1)) - 1;
      lo = -hi - 1;
    }
    if (s < lo || s > hi) {
      if (code == 'b') return StructError("byte format requires -128 <= number <= 127"), false;
      if (code == 'B') return StructError("ubyte format requires 0 <= number <= 255"), false;
      if (code == 'h') return StructError("short format requires -32768 <= number <= 32767"), false;
      if (code == 'H') return StructError("ushort format requires 0 <= number <= 65535"), false;
      SetErrorFmt(&StructErrorType, "'{}' format requires {} <= number <= {}", code, lo, hi);
      return false;
    }
    *out = static_cast<uint64_t>(s);
    return true;
  }
  // Unsigned wide formats: a C unsigned long first.
  if (IntSign(i.get()) < 0) return StructError("argument out of range"), false;
  uint64_t u;
  if (fits64) {
    u = static_cast<uint64_t>(s);
  } else {
    std::string digits = IntToString(i.get(), 16);
    if (digits.size() > 16) return StructError("argument out of range"), false;
    u = std::stoull(digits, nullptr, 16);
  }
  if (size < 8 && u > (uint64_t{1} << (8 * size)) - 1) {
    SetErrorFmt(&StructErrorType, "'{}' format requires 0 <= number <= {}", code,
                (uint64_t{1} << (8 * size)) - 1);
    return false;
  }
  *out = u;
  return true;
}

bool PackHalf(double x, uint16_t* out) {
  int sign = std::signbit(x) ? 1 : 0;
  int e = 0;
  unsigned bits = 0;
  if (x == 0.0) {
    e = 0;
  } else if (std::isinf(x)) {
    e = 0x1f;
  } else if (std::isnan(x)) {
    e = 0x1f;
    bits = 512;
  } else {
    x = std::fabs(x);
    double f = std::frexp(x, &e);
    f *= 2.0;
    e--;
    if (e >= 16) {
      SetError(OverflowErrorType(), "float too large to pack with e format");
      return false;
    }
    if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = std::ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = static_cast<unsigned>(f);
    if ((f - bits > 0.5) || (f - bits == 0.5 && bits % 2 == 1)) {
      if (++bits == 1024) {
        bits = 0;
        if (++e == 31) {
          SetError(OverflowErrorType(), "float too large to pack with e format");
          return false;
        }
      }
    }
  }
  *out = static_cast<uint16_t>(bits | (static_cast<unsigned>(e) << 10) | (static_cast<unsigned>(sign) << 15));
  return true;
}

double UnpackHalf(uint16_t p) {
  int sign = (p >> 15) & 1;
  int e = (p >> 10) & 0x1f;
  unsigned f = p & 0x3ff;
  if (e == 0x1f) {
    if (f == 0) return sign ? -INFINITY : INFINITY;
    return sign ? -NAN : NAN;
  }
  double x = static_cast<double>(f) / 1024.0;
  if (e == 0) {
    e = -14;
  } else {
    x += 1.0;
    e -= 15;
  }
  x = std::ldexp(x, e);
  return sign ? -x : x;
}

// '<' is little-endian, '>' and '!' big-endian, '@' and '=' the machine's order.
bool LittleEndian(const Layout& l) {
  if (l.order == '<') return true;
  if (l.order == '>' || l.order == '!') return false;
  return std::endian::native == std::endian::little;
}

bool PackOne(const Layout& l, const Item& it, char* p, Value v) {
  bool little = LittleEndian(l);
  bool native = l.order == '@';
  switch (it.code) {
    case '?': {
      int t = IsTrue(v);
      if (t < 0) return false;
      *p = static_cast<char>(t);
      return true;
    }
    case 'c': {
      if (!IsBytes(v) || BytesView(v).size() != 1) {
        return StructError("char format requires a bytes object of length 1"), false;
      }
      *p = BytesView(v)[0];
      return true;
    }
    case 'e': case 'f': case 'd': {
      double x;
      if (!IsInt(v) && !Is<FloatObject>(v)) return StructError("required argument is not a float"), false;
      if (!AsDouble(v, &x)) return false;
      if (it.code == 'd') {
        uint64_t bits;
        std::memcpy(&bits, &x, 8);
        PutInt(p, bits, 8, little);
      } else if (it.code == 'f') {
        auto y = static_cast<float>(x);
        if (!native && std::isinf(y) && std::isfinite(x)) {
          SetError(OverflowErrorType(), "float too large to pack with f format");
          return false;
        }
        uint32_t bits;
        std::memcpy(&bits, &y, 4);
        PutInt(p, bits, 4, little);
      } else {
        uint16_t h;
        if (!PackHalf(x, &h)) return false;
        PutInt(p, h, 2, little);
      }
      return true;
    }
    default: {
      uint64_t u;
      if (!PackInt(it.code, it.size, v, &u)) return false;
      PutInt(p, u, it.size, little);
      return true;
    }
  }
}

// Packs `values` (exactly l.nvalues of them) into buf[0:l.size].
bool PackInto(const Layout& l, char* buf, const Value* values) {
  size_t k = 0;
  for (const Item& it : l.items) {
    char* p = buf + it.offset;
    if (it.code == 'x') continue;
    if (it.code == 's' || it.code == 'p') {
      Value v = values[k++];
      std::string storage;
      std::string_view data;
      if (!(IsBytes(v) || IsByteArray(v)) || !GetBuffer(v, &storage, &data)) {
        SetErrorFmt(&StructErrorType, "argument for '{}' must be a bytes object", it.code);
        return false;
      }
      int64_t n = it.count;
      if (it.code == 's') {
        auto m = std::min<int64_t>(n, static_cast<int64_t>(data.size()));
        std::memcpy(p, data.data(), static_cast<size_t>(m));
      } else if (n > 0) {
        int64_t m = std::min<int64_t>(n - 1, static_cast<int64_t>(data.size()));
        std::memcpy(p + 1, data.data(), static_cast<size_t>(m));
        *p = static_cast<char>(std::min<int64_t>(m, 255));
      }
      continue;
    }
    for (int64_t j = 0; j < it.count; j++) {
      if (!PackOne(l, it, p + j * it.size, values[k++])) return false;
    }
  }
  return true;
}

Ref UnpackOne(const Layout& l, const Item& it, const char* p) {
  bool little = LittleEndian(l);
  switch (it.code) {
    case '?': return Ref::New(Bool(*p != 0));
    case 'c': return BytesFromString(std::string_view(p, 1));
    case 'd': {
      uint64_t bits = GetInt(p, 8, little);
      double x;
      std::memcpy(&x, &bits, 8);
      return FloatFromDouble(x);
    }
    case 'f': {
      auto bits = static_cast<uint32_t>(GetInt(p, 4, little));
      float y;
      std::memcpy(&y, &bits, 4);
      return FloatFromDouble(y);
    }
    case 'e': return FloatFromDouble(UnpackHalf(static_cast<uint16_t>(GetInt(p, 2, little))));
    default: {
      uint64_t u = GetInt(p, it.size, little);
      if (IsUnsigned(it.code)) return IntFromUint64(u);
      int shift = static_cast<int>(64 - 8 * it.size);
      auto s = static_cast<int64_t>(u << shift) >> shift;  // sign-extend
      return IntFromInt64(s);
    }
  }
}

Ref UnpackFrom(const Layout& l, std::string_view buf) {
  Ref t = NewTuple(l.nvalues);
  if (!t) return Ref();
  int64_t k = 0;
  for (const Item& it : l.items) {
    const char* p = buf.data() + it.offset;
    if (it.code == 'x') continue;
    if (it.code == 's') {
      TupleInit(t.get(), k++, BytesFromString(std::string_view(p, static_cast<size_t>(it.count))));
      continue;
    }
    if (it.code == 'p') {
      int64_t n = it.count == 0 ? 0 : std::min<int64_t>(static_cast<unsigned char>(*p), it.count - 1);
      TupleInit(t.get(), k++, BytesFromString(std::string_view(it.count ? p + 1 : p, static_cast<size_t>(n))));
      continue;
    }
    for (int64_t j = 0; j < it.count; j++) {
      Ref v = UnpackOne(l, it, p + j * it.size);
      if (!v) return Ref();
      TupleInit(t.get(), k++, std::move(v));
    }
  }
  return t;
}

// --- entry points shared by the module functions and Struct methods -------------------

Ref DoPack(const Layout& l, const Value* values, size_t n) {
  if (static_cast<int64_t>(n) != l.nvalues) {
    return SetErrorFmt(&StructErrorType, "pack expected {} items for packing (got {})", l.nvalues, n);
  }
  std::string buf(static_cast<size_t>(l.size), '\0');
  if (!PackInto(l, buf.data(), values)) return Ref();
  return BytesFromString(buf);
}

Ref DoUnpack(const Layout& l, Value buffer) {
  std::string storage;
  std::string_view data;
  if (!BufferArg(buffer, &storage, &data)) return Ref();
  if (static_cast<int64_t>(data.size()) != l.size) {
    return SetErrorFmt(&StructErrorType, "unpack requires a buffer of {} bytes", l.size);
  }
  return UnpackFrom(l, data);
}

Ref DoUnpackFrom(const Layout& l, Value buffer, Value offset_v) {
  std::string storage;
  std::string_view data;
  int64_t offset = 0;
  if (offset_v && !AsSsizeArg(offset_v, &offset)) return Ref();
  if (!BufferArg(buffer, &storage, &data)) return Ref();
  auto n = static_cast<int64_t>(data.size());
  if (offset < 0) {
    if (offset + n < 0) return SetErrorFmt(&StructErrorType, "offset {} out of range for {}-byte buffer", offset, n);
    offset += n;
  }
  if (n - offset < l.size) {
    if (offset > n) {
      return SetErrorFmt(&StructErrorType, "offset {} out of range for {}-byte buffer", offset, n);
    }
    return SetErrorFmt(&StructErrorType,
                       "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                       l.size + offset, l.size, offset, n);
  }
  return UnpackFrom(l, data.substr(static_cast<size_t>(offset)));
}

Ref DoPackInto(const Layout& l, const Value* args, size_t nargs) {
  // args: buffer, offset, values...
  if (!IsByteArray(args[0])) {
    if (Is<MemoryViewObject>(args[0]) && !As<MemoryViewObject>(args[0])->readonly) {
      // a writable memoryview over a bytearray
    } else {
      return SetErrorFmt(TypeErrorType(), "argument must be read-write bytes-like object, not {}",
                         TypeName(args[0]));
    }
  }
  int64_t offset;
  if (!AsSsizeArg(args[1], &offset)) return Ref();
  if (static_cast<int64_t>(nargs - 2) != l.nvalues) {
    return SetErrorFmt(&StructErrorType, "pack_into expected {} items for packing (got {})",
                       l.nvalues, nargs - 2);
  }
  std::string buf(static_cast<size_t>(l.size), '\0');
  if (!PackInto(l, buf.data(), args + 2)) return Ref();
  char* base;
  int64_t n, step = 1;
  if (IsByteArray(args[0])) {
    // Written under the bytearray's lock (another thread may resize it);
    // out of range: the errors below, raised after unlocking.
    auto* b = As<ByteArrayObject>(args[0]);
    {
      LockGuard g(b);
      n = b->size;
      int64_t off = offset < 0 ? offset + n : offset;
      if (off >= 0 && n - off >= l.size) {
        std::memcpy(b->data + off, buf.data(), static_cast<size_t>(l.size));
        return Ref::New(None());
      }
    }
    base = nullptr;
  } else {
    auto* m = As<MemoryViewObject>(args[0]);
    if (!m->obj) return SetError(ValueErrorType(), "operation forbidden on released memoryview object");
    base = As<ByteArrayObject>(m->obj)->data + m->start;
    n = m->length;
    step = m->step;
  }
  if (offset < 0) {
    if (offset + n < 0) return SetErrorFmt(&StructErrorType, "offset {} out of range for {}-byte buffer", offset, n);
    offset += n;
  }
  if (n - offset < l.size) {
    if (offset > n) return SetErrorFmt(&StructErrorType, "offset {} out of range for {}-byte buffer", offset, n);
    return SetErrorFmt(&StructErrorType,
                       "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                       l.size + offset, l.size, offset, n);
  }
  for (int64_t i = 0; i < l.size; i++) base[(offset + i) * step] = buf[static_cast<size_t>(i)];
  return Ref::New(None());
}

// iter_unpack iterator: v = (layout owner Struct, buffer bytes copy), position.
struct UnpackIterObject : Object {
  Value owner;   // the Struct (owned)
  Value data;    // bytes (owned); null when exhausted
  int64_t pos;
};

struct StructObject : Object {
  Layout* layout;  // owned
  Value format;    // str (owned)
};

Ref DoIterUnpack(Value owner, Value buffer) {
  const Layout& l = *static_cast<StructObject*>(owner.obj())->layout;
  std::string storage;
  std::string_view data;
  if (!BufferArg(buffer, &storage, &data)) return Ref();
  if (l.size == 0) return StructError("cannot iteratively unpack with a struct of length 0");
  if (static_cast<int64_t>(data.size()) % l.size != 0) {
    return SetErrorFmt(&StructErrorType,
                       "iterative unpacking requires a buffer of a multiple of {} bytes", l.size);
  }
  Ref copy = BytesFromString(data);
  if (!copy) return Ref();
  auto* it = static_cast<UnpackIterObject*>(AllocObject(&UnpackIterType, sizeof(UnpackIterObject)));
  if (it == nullptr) return Ref();
  Incref(it->owner = owner);
  it->data = copy.release();
  return Ref::Steal(it);
}

Ref UnpackIterNext(Value self) {
  auto* it = static_cast<UnpackIterObject*>(self.obj());
  if (!it->data) return Ref();
  const Layout& l = *static_cast<StructObject*>(it->owner.obj())->layout;
  std::string_view d = BytesView(it->data);
  if (it->pos >= static_cast<int64_t>(d.size())) {
    Value old = it->data;
    it->data = Value();
    Decref(old);
    return Ref();
  }
  Ref r = UnpackFrom(l, d.substr(static_cast<size_t>(it->pos)));
  it->pos += l.size;
  return r;
}

void UnpackIterDealloc(gc::Header* h) {
  auto* it = static_cast<UnpackIterObject*>(h);
  Decref(it->owner);
  Decref(it->data);
  FreeObject(h);
}

// --- Struct ---------------------------------------------------------------------------

void StructDealloc(gc::Header* h) {
  auto* s = static_cast<StructObject*>(h);
  delete s->layout;
  Decref(s->format);
  FreeObject(h);
}

Ref NewStruct(Value format) {
  std::string fmt;
  if (!FormatArg(format, &fmt)) return Ref();
  auto layout = std::make_unique<Layout>();
  if (!Compile(fmt, layout.get())) return Ref();
  auto* s = static_cast<StructObject*>(AllocObject(&StructType, sizeof(StructObject)));
  if (s == nullptr) return Ref();
  s->layout = layout.release();
  Ref f = StrFromUtf8(fmt);
  if (!f) return Ref();
  s->format = f.release();
  return Ref::Steal(s);
}

Ref StructNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!ParseArgs("Struct", args, nargs, kwnames, {"format"}, 1, a)) return Ref();
  return NewStruct(a[0]);
}

const Layout& LayoutOf(Value s) { return *static_cast<StructObject*>(s.obj())->layout; }

Ref Struct_pack(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("pack", kwnames)) return Ref();
  return DoPack(LayoutOf(self), args, nargs);
}

Ref Struct_unpack(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("unpack", kwnames) || !CheckArgCount("unpack", nargs, 1, 1)) return Ref();
  return DoUnpack(LayoutOf(self), args[0]);
}

Ref Struct_unpack_from(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!ParseArgs("unpack_from", args, nargs, kwnames, {"buffer", "offset"}, 1, a)) return Ref();
  return DoUnpackFrom(LayoutOf(self), a[0], a[1]);
}

Ref Struct_pack_into(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("pack_into", kwnames)) return Ref();
  if (nargs < 2) {
    if (nargs == 0) return SetError(TypeErrorType(), "pack_into expected buffer argument");
    return SetError(TypeErrorType(), "pack_into expected offset argument");
  }
  return DoPackInto(LayoutOf(self), args, nargs);
}

Ref Struct_iter_unpack(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("iter_unpack", kwnames) || !CheckArgCount("iter_unpack", nargs, 1, 1)) return Ref();
  return DoIterUnpack(self, args[0]);
}

Ref Struct_format(Value self) { return Ref::New(static_cast<StructObject*>(self.obj())->format); }
Ref Struct_size(Value self) { return IntFromInt64(LayoutOf(self).size); }

const MethodDef kStructMethods[] = {
    {"pack", Struct_pack},
    {"unpack", Struct_unpack},
    {"unpack_from", Struct_unpack_from},
    {"pack_into", Struct_pack_into},
    {"iter_unpack", Struct_iter_unpack},
    {nullptr, nullptr},
};

const GetSetDef kStructGetSets[] = {
    {"format", Struct_format},
    {"size", Struct_size},
    {nullptr, nullptr},
};

// --- module functions: compile the format, then call the Struct method --------------------

Ref WithStruct(const char* name, const Value* args, size_t nargs, Value kwnames, NativeFn method,
               size_t min_args) {
  if (nargs == 0) return SetError(TypeErrorType(), "missing format argument");
  if (min_args > 0 && nargs < min_args) {
    return SetErrorFmt(TypeErrorType(), "{} expected {} arguments, got {}", name, min_args, nargs);
  }
  Ref s = NewStruct(args[0]);
  if (!s) return Ref();
  return method(s.get(), args + 1, nargs - 1, kwnames);
}

Ref Struct_mod_pack(Value, const Value* a, size_t n, Value k) {
  return WithStruct("pack", a, n, k, Struct_pack, 0);
}
Ref Struct_mod_unpack(Value, const Value* a, size_t n, Value k) {
  if (!NoKeywords("unpack", k) || !CheckArgCount("unpack", n, 2, 2)) return Ref();
  return WithStruct("unpack", a, n, k, Struct_unpack, 2);
}
Ref Struct_mod_unpack_from(Value, const Value* a, size_t n, Value k) {
  return WithStruct("unpack_from", a, n, k, Struct_unpack_from, 0);
}
Ref Struct_mod_pack_into(Value, const Value* a, size_t n, Value k) {
  return WithStruct("pack_into", a, n, k, Struct_pack_into, 0);
}
Ref Struct_mod_iter_unpack(Value, const Value* a, size_t n, Value k) {
  if (!NoKeywords("iter_unpack", k) || !CheckArgCount("iter_unpack", n, 2, 2)) return Ref();
  return WithStruct("iter_unpack", a, n, k, Struct_iter_unpack, 2);
}
Ref Struct_mod_calcsize(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!NoKeywords("calcsize", kwnames) || !CheckArgCount("calcsize", nargs, 1, 1)) return Ref();
  std::string fmt;
  if (!FormatArg(args[0], &fmt)) return Ref();
  Layout l;
  if (!Compile(fmt, &l)) return Ref();
  return IntFromInt64(l.size);
}

const MethodDef kStructFunctions[] = {
    {"pack", Struct_mod_pack},
    {"unpack", Struct_mod_unpack},
    {"unpack_from", Struct_mod_unpack_from},
    {"pack_into", Struct_mod_pack_into},
    {"iter_unpack", Struct_mod_iter_unpack},
    {"calcsize", Struct_mod_calcsize},
    {nullptr, nullptr},
};

}  // namespace

void InitStructTypes() {
  StructErrorType.name = "struct.error";
  StructErrorType.base = ExceptionType();
  StructErrorType.basic_size = sizeof(BaseExceptionObject);
  StructErrorType.type_flags = kTypeBaseType | kTypeExceptionSubclass;
  InitStaticType(&StructErrorType);

  StructType.name = "_struct.Struct";
  StructType.basic_size = sizeof(StructObject);
  StructType.hooks.dealloc = StructDealloc;
  StructType.new_ = StructNew;
  StructType.methods = kStructMethods;
  StructType.getsets = kStructGetSets;
  InitStaticType(&StructType);

  UnpackIterType.name = "_struct.unpack_iterator";
  UnpackIterType.basic_size = sizeof(UnpackIterObject);
  UnpackIterType.hooks.dealloc = UnpackIterDealloc;
  UnpackIterType.iter = detail::SelfIter;
  UnpackIterType.next = UnpackIterNext;
  InitStaticType(&UnpackIterType);
}

Ref CreateStructModule() {
  Ref mod = NewModule("struct");
  if (!mod) return Ref();
  AddModuleFunctions(mod.get(), kStructFunctions);
  Value d = ModuleDict(mod.get());
  if (DictSetCStr(d, "error", Value::FromObject(&StructErrorType)) < 0 ||
      DictSetCStr(d, "Struct", Value::FromObject(&StructType)) < 0) {
    return Ref();
  }
  return mod;
}

}  // namespace gilectomy::rt
