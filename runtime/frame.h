// Frames: one per active Python call, bump-allocated on the thread's frame
// stack (not on the C stack). Python-to-Python calls push a frame and stay
// in the same EvalFrame invocation.
#pragma once

#include "runtime/code.h"
#include "runtime/objects/function.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt {

struct Frame {
  // Function frames own only `func` and borrow its code and globals (one
  // shared refcount write per call instead of three); module and exec frames
  // (func == null) own `code` and `globals`.
  CodeObject* code;
  FunctionObject* func;    // owned; null for module and exec frames
  Value globals;           // dict
  Value builtins;          // dict (borrowed from the runtime; immortal)
  Value locals;            // dict for module/class/exec frames (owned), null in functions
  Frame* prev;             // the calling frame on this thread
  const uint32_t* ip;      // next instruction (saved when the frame is not running)
  Value* sp;               // stack pointer (saved)
  bool is_entry;           // returning leaves the EvalFrame call that runs it
  bool yielded;            // generator frames: EvalFrame returned from YIELD_VALUE (suspended)
  bool throwing;           // generator frames: resume by raising the pending exception
  // Frame stack bookkeeping for PopFrame.
  char* saved_top;
  char* saved_end;
  size_t saved_chunk;
  Value localsplus[1];     // nlocalsplus owned slots, then the value stack

  Value* stack_base() { return localsplus + code->nlocalsplus(); }
  int line() const;        // current source line (from ip)
};

// Allocates a frame for `code` with all slots null. Null with MemoryError.
Frame* PushFrame(ThreadState* ts, CodeObject* code);
// Releases everything the frame owns and returns its memory.
void PopFrame(ThreadState* ts, Frame* f);

// Runs `f` (already pushed, arguments bound) to completion.
Ref EvalFrame(ThreadState* ts, Frame* f);
// Binds call arguments into a fresh frame's fast locals (CPython's messages).
bool BindArguments(FunctionObject* func, Frame* f, const Value* args, size_t nargs, Value kwnames);
// Calls a Python function.
Ref CallPythonFunction(FunctionObject* func, const Value* args, size_t nargs, Value kwnames);
// Runs module-level code with the given globals and locals dicts.
Ref EvalCode(CodeObject* code, Value globals, Value locals);
// Runs a class body function with `ns` as its namespace (builtins.__build_class__).
Ref EvalClassBody(FunctionObject* body, Value ns);

}  // namespace gilectomy::rt
