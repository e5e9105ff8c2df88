// Code objects: the compiler's output and the eval loop's input.
#pragma once

#include <cstdint>
#include <string>
#include <atomic>
#include <vector>

#include "runtime/object.h"

namespace gilectomy::rt {

enum class Opcode : uint8_t {
#define GY_OPCODE(name, effect, doc) name,
#include "runtime/opcodes.def"
#undef GY_OPCODE
  kCount
};

inline constexpr uint32_t MakeInstr(Opcode op, uint32_t arg) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
inline constexpr Opcode InstrOp(uint32_t instr) { return static_cast<Opcode>(instr & 0xff); }
inline constexpr uint32_t InstrArg(uint32_t instr) { return instr >> 8; }
inline constexpr uint32_t kMaxOperand = (1u << 24) - 1;
// LIST_EXTEND / DICT_MERGE operand flag: building the arguments of CALL_EX;
// the callable sits two slots below the argument tuple (for error messages).
inline constexpr uint32_t kInCall = 1u << 16;

const char* OpcodeName(Opcode op);
// Net stack effect of one instruction (for jumps: the fall-through effect).
int StackEffect(Opcode op, uint32_t arg);

enum CodeFlags : uint32_t {
  kCodeOptimized = 1u << 0,  // locals are fast slots (function bodies)
  kCodeVarargs = 1u << 2,
  kCodeVarkeywords = 1u << 3,
  kCodeNested = 1u << 4,
  kCodeGenerator = 1u << 5,
};

// An exception-table entry: instructions [start, end) are protected; on an
// exception the stack is cut to `depth`, the exception pushed, and control
// goes to `handler`. Entries do not overlap (each instruction records only
// its innermost handler), so lookup is a search over sorted ranges.
struct ExceptionTableEntry {
  uint32_t start, end, handler, depth;
};

struct CodeObject : Object {
  std::vector<uint32_t> code;
  std::vector<Value> consts;        // owned
  std::vector<Value> names;         // interned str (immortal)
  // Fast locals: parameters and locals, then cell variables, then free variables.
  std::vector<Value> localsplus_names;  // interned str
  int nlocals = 0, ncells = 0, nfrees = 0;
  // Parameters that are also cells: (cell slot, argument slot).
  std::vector<std::pair<int, int>> cell_args;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  int stacksize = 0;
  std::vector<int> lines;  // source line of each instruction
  std::vector<ExceptionTableEntry> exception_table;
  Value name, qualname, filename;  // str (owned)
  int firstlineno = 0;
  // Set once the first function made from this code at module level was
  // made immortal (MAKE_FUNCTION): at most one immortal function per code.
  std::atomic<bool> made_immortal_function{false};

  int nlocalsplus() const { return nlocals + ncells + nfrees; }
  static bool IsType(TypeObject* t) { return t == &CodeType; }
};

// A code object with empty tables; the compiler fills it.
Ref NewCode();
// The handler for the instruction at `index`, or null.
const ExceptionTableEntry* FindHandler(const CodeObject* code, uint32_t index);
// Human-readable listing (for debugging and tests).
std::string Disassemble(const CodeObject* code);

}  // namespace gilectomy::rt
