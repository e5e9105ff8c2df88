// bytes (immutable), bytearray (mutable) and memoryview, and the codecs
// between str and bytes (utf-8, ascii, latin-1).
//
// bytes and bytearray share every non-mutating method (bytes_methods.cpp):
// a method reads its receiver as a byte view and builds a result of the
// receiver's type. A bytearray's storage may move when it is resized; code
// that can run Python code (callbacks, __index__, iteration) re-reads the
// view afterwards or works on a copy. While a memoryview exports a
// bytearray, resizing it raises BufferError (CPython's export count).
//
// Threads: a bytearray's data, capacity and export count are guarded by its
// object lock (runtime/object_lock.h); `size` is a relaxed atomic (len()
// reads it without the lock). Mutators lock for the whole change; readers
// copy the bytes out under the lock (detail::ByteData, GetBuffer) and work
// on the copy, so another thread resizing the bytearray never frees memory
// a reader is looking at.
#pragma once

#include <atomic>
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/object_lock.h"

namespace gilectomy::rt {

extern TypeObject BytesType, ByteArrayType, MemoryViewType;

struct BytesObject : Object {
  int64_t size;
  std::atomic<int64_t> hash;  // -1: not computed yet
  char data[1];               // size bytes + NUL (allocated to fit)
  std::string_view view() const { return {data, static_cast<size_t>(size)}; }
  static bool IsType(TypeObject* t) { return t == &BytesType; }
};

struct ByteArrayObject : Object {
  char* data;                  // gc::AllocateRaw'd; null when capacity is 0
  RelaxedField<int64_t> size;
  int64_t capacity;
  int64_t exports;    // live memoryviews over the storage
  std::string_view view() const { return {data ? data : "", static_cast<size_t>(size)}; }
  static bool IsType(TypeObject* t) { return t == &ByteArrayType; }
};

struct MemoryViewObject : Object {
  Value obj;          // the exporter (owned); null once released
  int64_t start;      // first byte in the exporter
  int64_t length;     // items
  int64_t step;       // bytes between items
  bool readonly;
  static bool IsType(TypeObject* t) { return t == &MemoryViewType; }
};

inline bool IsBytes(Value v) { return Is<BytesObject>(v); }
inline bool IsByteArray(Value v) { return Is<ByteArrayObject>(v); }
inline std::string_view BytesView(Value v) { return As<BytesObject>(v)->view(); }

Ref BytesFromString(std::string_view data);
Ref ByteArrayFromString(std::string_view data);

// The bytes of a bytes-like object (bytes, bytearray, contiguous
// memoryview); false (no exception) for anything else. Copies into
// `storage` when the data is not contiguous or may be resized by another
// thread (a bytearray, a view of one).
bool GetBuffer(Value v, std::string* storage, std::string_view* out);
// GetBuffer, raising TypeError "a bytes-like object is required, not 'str'".
bool BufferArg(Value v, std::string* storage, std::string_view* out);

// Codecs. `encoding`/`errors` are the Python arguments (null: defaults).
Ref EncodeStr(Value str, Value encoding, Value errors);
Ref DecodeBytes(std::string_view data, Value encoding, Value errors);

// str.encode and int.to_bytes (installed in those types' method tables).
Ref StrEncodeMethod(Value self, const Value* args, size_t nargs, Value kwnames);
Ref IntToBytesMethod(Value self, const Value* args, size_t nargs, Value kwnames);

// `bytearray += x` and `bytearray *= n` (InPlaceOp): return the bytearray.
Ref ByteArrayInplaceConcat(Value ba, Value other);
Ref ByteArrayInplaceRepeat(Value ba, Value n);

}  // namespace gilectomy::rt
