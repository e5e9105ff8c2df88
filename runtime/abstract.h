// Generic operations on any value, dispatching through type slots with
// Python's rules (reflected operands, NotImplemented, __index__, ...).
// Every function follows the error convention of runtime/object.h.
#pragma once

#include <atomic>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace gilectomy::rt {

enum class BinOp : uint8_t {
  kAdd, kSub, kMul, kMatMul, kTrueDiv, kFloorDiv, kMod, kPow, kLShift, kRShift,
  kAnd, kOr, kXor, kCount
};
// The operator's spelling for messages ("+", "//", "**", ...).
const char* BinOpSymbol(BinOp op);

Ref Repr(Value v);
Ref Str(Value v);
// Convenience: repr/str as std::string (empty optional-like: returns false on error).
bool ReprText(Value v, std::string* out);
bool StrText(Value v, std::string* out);
int64_t Hash(Value v);  // -1 with TypeError "unhashable type: 'list'"

Ref RichCompare(Value a, Value b, CompareOp op);
// 1/0, -1 on error. Identity implies equality for kEq/kNe (as CPython's containers do).
int RichCompareBool(Value a, Value b, CompareOp op);

Ref BinaryOp(Value a, Value b, BinOp op);
Ref InPlaceOp(Value a, Value b, BinOp op);  // `a op= b`
Ref Power(Value a, Value b, Value mod);     // mod: None() for two-argument pow
Ref Negative(Value v);
Ref Positive(Value v);
Ref Invert(Value v);
Ref Absolute(Value v);
int IsTrue(Value v);  // 1/0/-1

// __index__: an int, or TypeError "'str' object cannot be interpreted as an integer".
Ref Index(Value v);
// CPython's PyNumber_AsSsize_t: __index__, then the value as int64; a value
// too large raises `overflow_error` "cannot fit 'int' into an index-sized integer".
bool IndexToInt64(Value v, TypeObject* overflow_error, int64_t* out);
// An index for a sequence: IndexToInt64 raising IndexError.
bool AsIndexInt64(Value v, int64_t* out);
// The Py_ssize_t argument converter of builtin methods: TypeError without
// __index__, OverflowError "Python int too large to convert to C ssize_t".
bool AsSsizeArg(Value v, int64_t* out);

Ref GetAttr(Value obj, Value name);  // name: a str
Ref GetAttrStr(Value obj, std::string_view name);
int SetAttr(Value obj, Value name, Value v);  // v null: delete
// Attribute lookup as object.__getattribute__ does: type MRO (descriptors), then instance dict.
Ref GenericGetAttr(Value obj, Value name);
int GenericSetAttr(Value obj, Value name, Value v);
// An instance's __dict__ slot (at dict_offset). The dict is created lazily
// by the first attribute store or __dict__ read and published with a
// compare-and-swap (two threads racing both see the winner's dict), so
// readers load the slot with acquire.
inline Value LoadDictSlot(Value* slot) {
  return std::atomic_ref<Value>(*slot).load(std::memory_order_acquire);
}
// The slot's dict, created and published when empty (borrowed); null with
// MemoryError.
Value EnsureDictSlot(Value* slot);
struct ThreadState;
// Looks `name` up along the type's MRO; borrowed result or null. No error.
// Lookups of an immortal name on an immortal type go through the calling
// thread's type attribute cache (ThreadState::type_cache): a hit writes no
// shared memory. The result stays valid while the type's dict keeps it (as
// before) or until this thread's next lookup replaces the cache entry.
Value LookupInType(TypeObject* t, Value name);
// Called after every change of a class's attribute dict (dict.cpp, for
// dicts marked with MarkTypeDict): invalidates every thread's type cache.
void BumpTypeEpoch();
// Releases the calling thread's type cache (thread exit).
void ClearTypeCache(ThreadState* ts);

Ref GetItem(Value obj, Value key);
int SetItem(Value obj, Value key, Value v);
int DelItem(Value obj, Value key);
int64_t Length(Value v);  // TypeError "object of type 'int' has no len()"
int Contains(Value container, Value item);

Ref Call(Value callable, const Value* args, size_t nargs, Value kwnames = Value());
inline Ref CallNoArgs(Value callable) { return Call(callable, nullptr, 0); }
inline Ref CallOneArg(Value callable, Value a) { return Call(callable, &a, 1); }
Ref CallMethod(Value obj, std::string_view name, const Value* args, size_t nargs);

Ref GetIter(Value v);
// Next item, or an empty Ref: with an exception set on error, without one
// when the iterator is exhausted (StopIteration is swallowed).
Ref IterNext(Value iterator);

// C stack guard for recursive C++ code (repr of nested containers, compare):
// false with RecursionError set when the C stack is nearly used up.
bool CheckCStack(const char* where);

}  // namespace gilectomy::rt
