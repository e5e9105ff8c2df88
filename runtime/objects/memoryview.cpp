// memoryview over bytes and bytearray (format 'B', one dimension): len,
// indexing, slicing (a view of the same exporter, any step), item and slice
// assignment into a bytearray, tobytes/tolist/hex, comparison with
// bytes-like objects, release() and the context manager protocol. A view of
// a bytearray counts as an export, which forbids resizing it until the view
// is released (explicitly, by `with`, or when it is freed).
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

TypeObject MemoryViewType;

namespace {

MemoryViewObject* MV(Value v) { return As<MemoryViewObject>(v); }

ErrorTag Released() {
  return SetError(ValueErrorType(), "operation forbidden on released memoryview object");
}

Ref NewView(Value obj, int64_t start, int64_t length, int64_t step) {
  auto* m = static_cast<MemoryViewObject*>(AllocObject(&MemoryViewType, sizeof(MemoryViewObject)));
  if (m == nullptr) return Ref();
  Incref(m->obj = obj);
  m->start = start;
  m->length = length;
  m->step = step;
  m->readonly = !IsByteArray(obj);
  if (IsByteArray(obj)) {
    LockGuard g(obj);
    As<ByteArrayObject>(obj)->exports++;
  }
  return Ref::Steal(m);
}

void ReleaseView(MemoryViewObject* m) {
  if (!m->obj) return;
  if (IsByteArray(m->obj)) {
    LockGuard g(m->obj);
    As<ByteArrayObject>(m->obj)->exports--;
  }
  Value old = m->obj;
  m->obj = Value();
  Decref(old);
}

void MemoryViewDealloc(gc::Header* h) {
  ReleaseView(static_cast<MemoryViewObject*>(h));
  FreeObject(h);
}

void MemoryViewTraverse(gc::Header* h, gc::Visitor& v) {
  detail::VisitValue(v, static_cast<MemoryViewObject*>(h)->obj);
}

Ref MemoryViewNew(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!ParseArgs("memoryview", args, nargs, kwnames, {"object"}, 1, a)) return Ref();
  Value obj = a[0];
  if (Is<MemoryViewObject>(obj)) {
    MemoryViewObject* m = MV(obj);
    if (!m->obj) return Released();
    return NewView(m->obj, m->start, m->length, m->step);
  }
  if (!IsBytes(obj) && !IsByteArray(obj)) {
    return SetErrorFmt(TypeErrorType(), "memoryview: a bytes-like object is required, not '{}'",
                       TypeName(obj));
  }
  return NewView(obj, 0, static_cast<int64_t>(detail::ByteView(obj).size()), 1);
}

// The byte at item i (0 <= i < length).
unsigned char ItemAt(MemoryViewObject* m, int64_t i) {
  return static_cast<unsigned char>(detail::ByteView(m->obj)[static_cast<size_t>(m->start + i * m->step)]);
}

Ref MemoryViewRepr(Value self) {
  return StrFromUtf8(fmt::format("<{}memory at {:#x}>", MV(self)->obj ? "" : "released ",
                                 self.raw()));
}

int64_t MemoryViewLen(Value self) {
  if (!MV(self)->obj) return Released();
  return MV(self)->length;
}

Ref MemoryViewGetItem(Value self, Value key) {
  MemoryViewObject* m = MV(self);
  if (!m->obj) return Released();
  if (Is<SliceObject>(key)) {
    int64_t start, stop, step, len;
    if (!SliceIndices(key, m->length, &start, &stop, &step, &len)) return Ref();
    return NewView(m->obj, m->start + start * m->step, len, step * m->step);
  }
  if (!detail::IsIndexLike(key)) {
    return SetError(TypeErrorType(), "memoryview: invalid slice key");
  }
  int64_t i;
  if (!AsIndexInt64(key, &i)) return Ref();
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) return SetError(IndexErrorType(), "index out of bounds on dimension 1");
  return Ref::SmallInt(ItemAt(m, i));
}

int MemoryViewSetItem(Value self, Value key, Value v) {
  MemoryViewObject* m = MV(self);
  if (!m->obj) return Released();
  if (m->readonly) return SetError(TypeErrorType(), "cannot modify read-only memory");
  if (!v) return SetError(TypeErrorType(), "cannot delete memory");
  char* base = As<ByteArrayObject>(m->obj)->data;
  if (Is<SliceObject>(key)) {
    int64_t start, stop, step, len;
    if (!SliceIndices(key, m->length, &start, &stop, &step, &len)) return -1;
    std::string storage;
    std::string_view data;
    if (!BufferArg(v, &storage, &data)) return -1;
    if (static_cast<int64_t>(data.size()) != len) {
      return SetError(ValueErrorType(),
                      "memoryview assignment: lvalue and rvalue have different structures");
    }
    std::string copy(data);
    base = As<ByteArrayObject>(m->obj)->data;
    for (int64_t i = 0; i < len; i++) {
      base[m->start + (start + i * step) * m->step] = copy[static_cast<size_t>(i)];
    }
    return 0;
  }
  if (!detail::IsIndexLike(key)) return SetError(TypeErrorType(), "memoryview: invalid slice key");
  int64_t i;
  if (!AsIndexInt64(key, &i)) return -1;
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) return SetError(IndexErrorType(), "index out of bounds on dimension 1");
  if (!IsInt(v)) {
    return SetErrorFmt(TypeErrorType(), "memoryview: invalid type for format 'B'");
  }
  int64_t x;
  if (!IntAsInt64(v, &x) || x < 0 || x > 255) {
    ClearError();
    return SetError(ValueErrorType(), "memoryview: invalid value for format 'B'");
  }
  As<ByteArrayObject>(m->obj)->data[m->start + i * m->step] = static_cast<char>(x);
  return 0;
}

std::string Contents(MemoryViewObject* m) {
  std::string out;
  for (int64_t i = 0; i < m->length; i++) out.push_back(static_cast<char>(ItemAt(m, i)));
  return out;
}

Ref MemoryViewRichCompare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::kEq && op != CompareOp::kNe) return NotImplemented();
  Value view = Is<MemoryViewObject>(a) ? a : b;
  Value other = view == a ? b : a;
  MemoryViewObject* m = MV(view);
  std::string storage;
  std::string_view data;
  bool eq;
  if (!m->obj) {
    eq = a == b;
  } else if (Is<MemoryViewObject>(other) && !MV(other)->obj) {
    eq = false;
  } else if (!GetBuffer(other, &storage, &data)) {
    return NotImplemented();
  } else {
    eq = Contents(m) == data;
  }
  return Ref::New(Bool(op == CompareOp::kEq ? eq : !eq));
}

bool NoArgs(const char* name, size_t nargs, Value kwnames) {
  return NoKeywords(name, kwnames) && CheckArgCount(name, nargs, 0, 0);
}

Ref ToBytes(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("tobytes", nargs, kwnames)) return Ref();
  if (!MV(self)->obj) return Released();
  return BytesFromString(Contents(MV(self)));
}

Ref ToList(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("tolist", nargs, kwnames)) return Ref();
  MemoryViewObject* m = MV(self);
  if (!m->obj) return Released();
  Ref list = NewList(m->length);
  if (!list) return Ref();
  for (int64_t i = 0; i < m->length; i++) {
    if (ListAppend(list.get(), Value::SmallInt(ItemAt(m, i))) < 0) return Ref();
  }
  return list;
}

Ref HexMethod(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("hex", nargs, kwnames)) return Ref();
  if (!MV(self)->obj) return Released();
  Ref b = BytesFromString(Contents(MV(self)));
  if (!b) return Ref();
  return CallMethod(b.get(), "hex", nullptr, 0);
}

Ref Release(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("release", nargs, kwnames)) return Ref();
  ReleaseView(MV(self));
  return Ref::New(None());
}

Ref Enter(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!NoArgs("__enter__", nargs, kwnames)) return Ref();
  if (!MV(self)->obj) return Released();
  return Ref::New(self);
}

Ref Exit(Value self, const Value*, size_t, Value) {
  ReleaseView(MV(self));
  return Ref::New(None());
}

Ref GetObj(Value self) {
  if (!MV(self)->obj) return Released();
  return Ref::New(MV(self)->obj);
}
Ref GetNBytes(Value self) {
  if (!MV(self)->obj) return Released();
  return IntFromInt64(MV(self)->length);
}
Ref GetReadOnly(Value self) {
  if (!MV(self)->obj) return Released();
  return Ref::New(Bool(MV(self)->readonly));
}
Ref GetItemSize(Value self) {
  if (!MV(self)->obj) return Released();
  return Ref::SmallInt(1);
}
Ref GetFormat(Value self) {
  if (!MV(self)->obj) return Released();
  return StrFromAscii("B");
}
Ref GetNDim(Value self) {
  if (!MV(self)->obj) return Released();
  return Ref::SmallInt(1);
}
Ref GetShape(Value self) {
  if (!MV(self)->obj) return Released();
  Ref n = IntFromInt64(MV(self)->length);
  return MakeTuple({n.get()});
}

const MethodDef kMemoryViewMethods[] = {
    {"tobytes", ToBytes}, {"tolist", ToList},     {"hex", HexMethod},
    {"release", Release}, {"__enter__", Enter},   {"__exit__", Exit},
    {nullptr, nullptr},
};

const GetSetDef kMemoryViewGetSets[] = {
    {"obj", GetObj},           {"nbytes", GetNBytes}, {"readonly", GetReadOnly},
    {"itemsize", GetItemSize}, {"format", GetFormat}, {"ndim", GetNDim},
    {"shape", GetShape},       {nullptr, nullptr},
};

}  // namespace

void InitMemoryViewType() {
  MemoryViewType.name = "memoryview";
  MemoryViewType.basic_size = sizeof(MemoryViewObject);
  MemoryViewType.hooks.dealloc = MemoryViewDealloc;
  MemoryViewType.hooks.traverse = MemoryViewTraverse;
  MemoryViewType.new_ = MemoryViewNew;
  MemoryViewType.repr = MemoryViewRepr;
  MemoryViewType.len = MemoryViewLen;
  MemoryViewType.getitem = MemoryViewGetItem;
  MemoryViewType.setitem = MemoryViewSetItem;
  MemoryViewType.richcompare = MemoryViewRichCompare;
  MemoryViewType.methods = kMemoryViewMethods;
  MemoryViewType.getsets = kMemoryViewGetSets;
  InitStaticType(&MemoryViewType);
}

}  // namespace gilectomy::rt
