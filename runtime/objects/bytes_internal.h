// Helpers shared by the bytes/bytearray/memoryview files (not public).
#pragma once

#include <string>
#include <string_view>

#include "runtime/objects/bytes.h"

namespace gilectomy::rt::detail {

// The bytes of a bytes or bytearray receiver. For a bytearray only under
// its lock (or while no other thread can see it): use ByteData otherwise.
inline std::string_view ByteView(Value self) {
  if (IsBytes(self)) return As<BytesObject>(self)->view();
  return As<ByteArrayObject>(self)->view();
}
// The receiver's bytes for the length of an operation: a view of a bytes
// object (immutable), a copy of a bytearray taken under its lock.
class ByteData {
 public:
  explicit ByteData(Value self) {
    if (IsByteArray(self)) {
      LockGuard g(self);
      copy_.assign(As<ByteArrayObject>(self)->view());
      view_ = copy_;
    } else {
      view_ = As<BytesObject>(self)->view();
    }
  }
  ByteData(const ByteData&) = delete;
  ByteData& operator=(const ByteData&) = delete;
  std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; }  // NOLINT: used where a view was

 private:
  std::string copy_;
  std::string_view view_;
};
// The receiver's length (a bytearray's relaxed size).
inline int64_t ByteSize(Value self) {
  if (IsByteArray(self)) return As<ByteArrayObject>(self)->size;
  return As<BytesObject>(self)->size;
}
// A new object of the receiver's type (bytes or bytearray) holding `data`.
inline Ref NewLike(Value self, std::string_view data) {
  return IsByteArray(self) ? ByteArrayFromString(data) : BytesFromString(data);
}
// "bytes" or "bytearray" for messages.
inline const char* KindName(Value self) { return IsByteArray(self) ? "bytearray" : "bytes"; }

// repr text b'...' (with CPython's quote choice and \xhh escapes).
std::string BytesReprText(std::string_view data);
// A byte value argument (0..255) from an int: ValueError "byte must be in
// range(0, 256)"; TypeError for non-integers.
bool ByteValue(Value v, int* out);
// Resizes a bytearray's storage (BufferError while exported). Both take
// the bytearray's lock; the *Locked forms run under it and report errors
// to raise after unlocking (RaiseResize).
enum class ResizeStatus : uint8_t { kOk, kExported, kNoMemory };
ResizeStatus ResizeLocked(ByteArrayObject* b, int64_t size);
ResizeStatus SetRangeLocked(ByteArrayObject* b, int64_t lo, int64_t hi, std::string_view data);
bool RaiseResize(ResizeStatus st);
bool ByteArrayResize(ByteArrayObject* b, int64_t size);
// Replaces b[lo:hi] with `data` (which must not alias b's storage).
bool ByteArraySetRange(ByteArrayObject* b, int64_t lo, int64_t hi, std::string_view data);

extern const MethodDef kBytesMethods[];      // bytes_methods.cpp
extern const MethodDef kByteArrayMethods[];  // bytes_methods.cpp

// bytearray's own methods (bytes.cpp).
Ref ByteArrayAppend(Value self, const Value* args, size_t nargs, Value kwnames);
Ref ByteArrayExtend(Value self, const Value* args, size_t nargs, Value kwnames);
Ref ByteArrayPop(Value self, const Value* args, size_t nargs, Value kwnames);
Ref ByteArrayInsert(Value self, const Value* args, size_t nargs, Value kwnames);
Ref ByteArrayRemove(Value self, const Value* args, size_t nargs, Value kwnames);
Ref ByteArrayClear(Value self, const Value* args, size_t nargs, Value kwnames);
Ref ByteArrayCopy(Value self, const Value* args, size_t nargs, Value kwnames);
Ref ByteArrayReverse(Value self, const Value* args, size_t nargs, Value kwnames);

}  // namespace gilectomy::rt::detail
