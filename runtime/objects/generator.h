// Generators: a suspended Python frame that `next`/`send`/`throw`/`close`
// resume (runtime/objects/generator.cpp has the design).
#pragma once

#include "runtime/object.h"

namespace gilectomy::rt {

struct Frame;
struct ThreadState;

struct GeneratorObject : Object {
  Frame* frame;      // owned memory (gc::AllocateRaw); null once finished
  Object* name;      // str (owned)
  Object* qualname;  // str (owned)
  Object* code;      // CodeObject (owned), for gi_code
  Value exc_state;   // exception being handled inside the suspended frame (owned) or null
  bool running;      // inside send/throw/close: "generator already executing"
  static bool IsType(TypeObject* t);
};

extern TypeObject GeneratorType;
inline bool GeneratorObject::IsType(TypeObject* t) { return t == &GeneratorType; }
inline bool IsGenerator(Value v) { return Is<GeneratorObject>(v); }
// A suspended generator: its death runs close() (its `finally` blocks).
bool GenNeedsClose(Object* g);
// The collector's finalizer: close() a suspended generator (a reference held).
void GenFinalize(gc::Header* h);

// Turns a frame just pushed for a generator function's code (arguments and
// cells bound, nothing run) into a generator object. The frame moves off the
// thread's frame stack into memory the generator owns.
Ref MakeGenerator(ThreadState* ts, Frame* f);

// One step of `yield from` (the SEND instruction): sends v into receiver
// (next() when v is None and receiver is an iterator, else receiver.send(v)).
// 0: it yielded *out; 1: it finished, *out is its return value; -1: error.
int YieldFromSend(Value receiver, Value v, Ref* out);

}  // namespace gilectomy::rt
