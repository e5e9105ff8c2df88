// Helpers shared by the container implementations (list, tuple, dict, range,
// iterators). Internal to runtime/objects: not part of the public contract.
#pragma once

#include <algorithm>
#include <string>

#include "gc/header.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt::detail {

// Recursion guard for repr of containers that may contain themselves
// (CPython's Py_ReprEnter/Py_ReprLeave). The set lives on the thread state,
// so two threads printing the same list do not see each other's entries.
class ReprGuard {
 public:
  explicit ReprGuard(Object* o) : o_(o) {
    auto& stack = CurrentThread()->repr_stack;
    active_ = std::find(stack.begin(), stack.end(), o) != stack.end();
    if (!active_) stack.push_back(o);
  }
  ~ReprGuard() {
    if (active_) return;
    auto& stack = CurrentThread()->repr_stack;
    // Normally the top; search from the back in case of unusual nesting.
    for (auto it = stack.end(); it != stack.begin();) {
      --it;
      if (*it == o_) {
        stack.erase(it);
        break;
      }
    }
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  // True if `o` was already being repr'd on this thread: print "[...]".
  bool recursive() const { return active_; }

 private:
  Object* o_;
  bool active_;
};

// The iter slot of every iterator type.
inline Ref SelfIter(Value self) { return Ref::New(self); }

// True for ints and objects with __index__ (usable as a sequence index).
inline bool IsIndexLike(Value v) {
  return v.is_small_int() || (v.type()->type_flags & kTypeIntSubclass) != 0 ||
         v.type()->number.index != nullptr;
}

// True for types created by class statements (their reflected operator
// slots may handle an operand a builtin sequence does not).
inline bool IsHeapType(TypeObject* t) { return (t->flags_ & gc::kHeapType) != 0; }

// Visits a Value's referent if it is an object (traverse hooks).
inline void VisitValue(gc::Visitor& v, Value x) {
  if (x.is_object()) v.Visit(x.obj());
}

// Appends repr(v) to out; false on error.
inline bool AppendRepr(std::string& out, Value v) {
  std::string s;
  if (!ReprText(v, &s)) return false;
  out += s;
  return true;
}

// Runs a container's dealloc body without unbounded C recursion (CPython's
// "trashcan"): freeing a 10**6-deep nested list would otherwise recurse once
// per level. Beyond a fixed depth the object is queued, and the outermost
// call on this thread drains the queue.
void DeallocWithoutRecursion(gc::Header* h, void (*body)(gc::Header*));

// Converts a slice bound / count to int64 the way CPython's
// _PyEval_SliceIndex does: ints clamp to the int64 range, None is not
// accepted here (callers test for it). Sets TypeError otherwise.
bool ClampedIndex(Value v, int64_t* out);

// Repeat count for seq * n: the value of n.__index__(), OverflowError
// "cannot fit 'int' into an index-sized integer" when it does not fit.
bool RepeatCount(Value n, int64_t* out);

// A Py_ssize_t argument (list.insert, list.pop): __index__, then
// OverflowError "Python int too large to convert to C ssize_t".
bool SsizeArg(Value v, int64_t* out);

// Resolves the optional start/stop arguments of index() methods (list,
// tuple): negative values count from the end, then clamp to [0, len].
bool IndexMethodBounds(const Value* args, size_t nargs, int64_t len, int64_t* start,
                       int64_t* stop);

}  // namespace gilectomy::rt::detail
