// gilectomy public API: references, values, calls, conversions, errors and
// the object lock. Include <gilectomy/gilectomy.h> for everything.
//
// Nothing here exposes the runtime's internal headers: a value is one
// machine word (a tagged small int or an object pointer) wrapped in two
// classes:
//
//   Handle   a BORROWED reference. Copying it does nothing.
//   Object   a STRONG reference (RAII): copies take a reference, the
//            destructor releases it. Most functions return Object.
//
// Errors follow the runtime's rule: a function that fails sets the calling
// thread's pending Python exception and returns an empty Object / -1 /
// false. Never throw a C++ exception through the runtime.
//
// Every function needs the calling thread ATTACHED to the runtime: inside a
// native module function (always attached) or inside a gilectomy::ThreadScope
// (embedding, see embed.h).
//
// Borrowed results (list_item, tuple_item, dict_get) stay valid until the
// calling thread's next safepoint: the runtime keeps a reference to each in
// a per-thread pool that is emptied when a native call returns to Python,
// when gilectomy::safepoint() runs, and when a ThreadScope ends. Keep a
// borrowed value longer by turning it into an Object (Object::borrow(h)).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

namespace gilectomy {

class Object;

namespace detail {
void Incref(uintptr_t v) noexcept;
void Decref(uintptr_t v) noexcept;
}  // namespace detail

// A borrowed reference (or the empty handle).
class Handle {
 public:
  constexpr Handle() = default;
  static constexpr Handle from_raw(uintptr_t bits) { return Handle(bits); }
  constexpr uintptr_t raw() const { return bits_; }
  explicit constexpr operator bool() const { return bits_ != 0; }
  // Identity (Python's `is`).
  constexpr bool is(Handle o) const { return bits_ == o.bits_; }

 private:
  constexpr explicit Handle(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_ = 0;
};

// A strong reference. Empty after a failed call (an exception is pending).
class Object {
 public:
  Object() = default;
  // Takes over a reference the caller owns.
  static Object steal(Handle h) { return Object(h.raw()); }
  // Takes a new reference to a borrowed value.
  static Object borrow(Handle h) {
    detail::Incref(h.raw());
    return Object(h.raw());
  }
  Object(const Object& o) : bits_(o.bits_) { detail::Incref(bits_); }
  Object(Object&& o) noexcept : bits_(o.bits_) { o.bits_ = 0; }
  Object& operator=(const Object& o) {
    detail::Incref(o.bits_);
    uintptr_t old = bits_;
    bits_ = o.bits_;
    detail::Decref(old);
    return *this;
  }
  Object& operator=(Object&& o) noexcept {
    if (this != &o) {
      uintptr_t old = bits_;
      bits_ = o.bits_;
      o.bits_ = 0;
      detail::Decref(old);
    }
    return *this;
  }
  ~Object() { detail::Decref(bits_); }

  Handle get() const { return Handle::from_raw(bits_); }
  operator Handle() const { return get(); }  // NOLINT: borrowing is implicit
  explicit operator bool() const { return bits_ != 0; }
  // Gives up ownership (the caller now owns the reference).
  [[nodiscard]] Handle release() {
    uintptr_t b = bits_;
    bits_ = 0;
    return Handle::from_raw(b);
  }
  void reset() { *this = Object(); }

 private:
  explicit Object(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_ = 0;
};

// Positional arguments of a native function (borrowed).
class Args {
 public:
  Args(const void* items, size_t n) : items_(static_cast<const char*>(items)), n_(n) {}
  size_t size() const { return n_; }
  Handle operator[](size_t i) const {
    uintptr_t b;
    std::memcpy(&b, items_ + i * sizeof(uintptr_t), sizeof b);
    return Handle::from_raw(b);
  }

 private:
  const char* items_;
  size_t n_;
};

// ------------------------------------------------------------ values to Python
Handle none();
Handle true_();
Handle false_();
Object make_int(int64_t v);
Object make_float(double v);
Object make_bool(bool v);
Object make_str(std::string_view utf8);  // UnicodeDecodeError on invalid UTF-8
Object make_bytes(std::string_view data);
Object make_list(std::initializer_list<Handle> items = {});
Object make_tuple(std::initializer_list<Handle> items = {});
Object make_dict();
Object make_module(std::string_view name);  // an empty module object

// ---------------------------------------------------------- values from Python
// Each returns false with TypeError (or OverflowError) set when `v` does not
// convert.
bool to_int(Handle v, int64_t* out);          // int (or __index__)
bool to_double(Handle v, double* out);        // float or int
bool to_string(Handle v, std::string* out);   // str, as UTF-8
bool to_bytes(Handle v, std::string* out);    // bytes or bytearray
bool to_bool(Handle v, bool* out);            // truth value (any object)
bool is_none(Handle v);
bool is_int(Handle v);
bool is_float(Handle v);
bool is_str(Handle v);
bool is_bytes(Handle v);
bool is_list(Handle v);
bool is_tuple(Handle v);
bool is_dict(Handle v);
std::string type_name(Handle v);              // "int", "list", "extdemo.Stack"
// repr(v) / str(v) as UTF-8; false with the exception set on error.
bool repr(Handle v, std::string* out);
bool str(Handle v, std::string* out);

// ------------------------------------------------------------ generic protocol
Object getattr(Handle obj, std::string_view name);
int setattr(Handle obj, std::string_view name, Handle v);  // 0, or -1
bool hasattr(Handle obj, std::string_view name);           // never raises
Object call(Handle callable, std::initializer_list<Handle> args = {}, Handle kwargs = {});
Object call_method(Handle obj, std::string_view name, std::initializer_list<Handle> args = {});
Object get_item(Handle container, Handle key);             // container[key] (strong)
int set_item(Handle container, Handle key, Handle v);      // 0, or -1
int64_t length(Handle v);                                  // len(v), or -1
int compare_eq(Handle a, Handle b);                        // 1/0, or -1
// Iteration: `next` returns an empty Object at the end (no exception) or on
// error (exception set: check error_occurred()).
Object iter(Handle iterable);
Object next(Handle iterator);

// ------------------------------------------------------------ containers
// Borrowed results: valid until the calling thread's next safepoint (see
// the top of this file). An index out of range: IndexError, empty handle.
int64_t list_size(Handle list);
Handle list_item(Handle list, int64_t i);
int list_append(Handle list, Handle v);
Handle tuple_item(Handle tuple, int64_t i);
// dict_get: the empty handle without an exception when the key is missing.
Handle dict_get(Handle dict, std::string_view key);
int dict_set(Handle dict, std::string_view key, Handle v);

// ------------------------------------------------------------ exceptions
// The builtin exception types (immortal, borrowed).
namespace exc {
Handle BaseException();
Handle Exception();
Handle TypeError();
Handle ValueError();
Handle KeyError();
Handle IndexError();
Handle AttributeError();
Handle RuntimeError();
Handle SystemError();
Handle ImportError();
Handle OverflowError();
Handle ZeroDivisionError();
Handle MemoryError();
}  // namespace exc

// Sets the pending exception type(message); returns the empty Object so a
// native function can `return raise(exc::ValueError(), "bad value");`.
Object raise(Handle type, std::string_view message);
// Raises an exception instance (or a type, instantiated with no arguments).
Object raise_object(Handle exception);
bool error_occurred();
// True if the pending exception is an instance of `type`.
bool error_matches(Handle type);
void clear_error();

// A pending exception taken out of the thread (the thread has none after).
struct ErrorInfo {
  Object exception;       // the instance; empty if there was none
  std::string type;       // "ValueError", "mymod.MyError"
  std::string message;    // str(exception)
  std::string traceback;  // the text Python prints for it (traceback and chain)
  explicit operator bool() const { return static_cast<bool>(exception); }
};
ErrorInfo fetch_error();
// Makes `exception` the pending exception again (empty: clears).
void restore_error(Object exception);

// ------------------------------------------------------------ imports
Object import_module(std::string_view dotted_name);

// ------------------------------------------------------------ threads
// A safepoint poll for long native loops: parks for a stop-the-world
// collection when one is requested, and releases this thread's borrowed
// references (see the top of this file). Returns false with an exception
// set when a pending call failed (rare: treat like any error).
bool safepoint();

// Detaches the calling thread for a blocking or long native section that
// touches no Python object (CPython's Py_BEGIN_ALLOW_THREADS). Other
// threads can stop the world meanwhile. Nestable.
class AllowThreads {
 public:
  AllowThreads();
  ~AllowThreads();
  AllowThreads(const AllowThreads&) = delete;
  AllowThreads& operator=(const AllowThreads&) = delete;

 private:
  alignas(8) unsigned char storage_[16];
};

// The per-object lock (ob_lock/ob_unlock): guards the state of a mutable
// object shared between threads, such as a native container's items.
// Hold it for a few instructions only: while holding it never call Python
// code or any function of this API that may run Python code (call,
// getattr, repr, ...), never block and never poll a safepoint. Locking two
// objects at once needs the address order (ObjectLockGuard2). A small int
// (no object behind it) is never locked. In the GIL build these do nothing.
void ob_lock(Handle obj);
void ob_unlock(Handle obj);

class ObjectLockGuard {
 public:
  explicit ObjectLockGuard(Handle obj) : obj_(obj) { ob_lock(obj_); }
  ~ObjectLockGuard() { ob_unlock(obj_); }
  ObjectLockGuard(const ObjectLockGuard&) = delete;
  ObjectLockGuard& operator=(const ObjectLockGuard&) = delete;

 private:
  Handle obj_;
};

// Two objects in address order (one lock if they are the same object).
class ObjectLockGuard2 {
 public:
  ObjectLockGuard2(Handle a, Handle b)
      : a_(a.raw() < b.raw() ? a : b), b_(a.raw() < b.raw() ? b : a) {
    ob_lock(a_);
    if (!b_.is(a_)) ob_lock(b_);
  }
  ~ObjectLockGuard2() {
    if (!b_.is(a_)) ob_unlock(b_);
    ob_unlock(a_);
  }
  ObjectLockGuard2(const ObjectLockGuard2&) = delete;
  ObjectLockGuard2& operator=(const ObjectLockGuard2&) = delete;

 private:
  Handle a_;
  Handle b_;
};

}  // namespace gilectomy
