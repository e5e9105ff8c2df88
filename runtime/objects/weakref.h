// Weak references (weakref.ref, weakref.proxy) and the side table that
// finds the weak references of a dying object. See docs/weakref.md.
//
// Objects carry no weakref-list field: the list of weak references to an
// object lives in a sharded table keyed by the object's address, and the
// first weak reference sets gc::kGcHasWeakRefs in the object's header so a
// dying object without weak references pays one byte load.
#pragma once

#include <vector>

#include "gc/header.h"
#include "runtime/object.h"

namespace gilectomy::rt {

// weakref.ReferenceType (subclassable), weakref.ProxyType, weakref.CallableProxyType.
extern TypeObject RefType, ProxyType, CallableProxyType;

// Instances of types with kTypeWeakrefable (runtime/object.h).
inline bool IsWeakrefable(Value v) { return v.is_object() && (v.type()->type_flags & kTypeWeakrefable); }

// weakref.ref(ob, callback) / weakref.proxy(ob, callback): `callback` null or
// None for none. Reuses the canonical callback-less ref/proxy when one exists.
// `type` is RefType or a subclass of it (for ref).
Ref NewWeakRef(TypeObject* type, Value ob, Value callback);
Ref NewWeakProxy(Value ob, Value callback);
// The referent (a new reference) or None when it is dead; `wr` is a ref or proxy.
Ref WeakRefReferent(Value wr);
// weakref.getweakrefcount / getweakrefs.
int64_t WeakRefCount(Value ob);
Ref WeakRefList(Value ob);

// Called when an object's count reached zero (the start of its dealloc, or
// FreeObject): clears its weak references and runs their callbacks (newest
// first), reporting callback errors as unraisable. A no-op unless the object
// ever had a weak reference.
void ClearWeakRefsSlow(Object* o);
inline void ClearWeakRefs(Object* o) {
  if (gc::GcBitsOf(o) & gc::kGcHasWeakRefs) ClearWeakRefsSlow(o);
}

// ---------------------------------------------------------------------------
// The cycle collector's interface.
//
// World stopped, no Python code may run: clear every weak reference to `o`
// (it becomes dead) and append to *callbacks a strong reference (Incref'ed
// Object*) to each cleared weakref that has a callback and is not itself
// garbage (is_garbage(weakref_header, ctx) returns false). Weak references
// that are garbage keep their callback until their clear hook drops it.
// Also clears kGcHasWeakRefs on `o`, so freeing it afterwards runs nothing.
void ClearWeakRefsForCollector(Object* o, bool (*is_garbage)(gc::Header*, void*), void* ctx,
                               std::vector<Object*>* callbacks);
// World running, on a mutator thread: calls each callback(weakref),
// reporting errors as unraisable, drops the references and empties the vector.
void RunWeakRefCallbacks(std::vector<Object*>& callbacks);

}  // namespace gilectomy::rt
