// Code objects: construction, the exception-table lookup, stack effects and
// a disassembler.
#include "runtime/code.h"

#include <algorithm>
#include <cstring>
#include <new>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/objects/str.h"

namespace gilectomy::rt {

const char* OpcodeName(Opcode op) {
  static const char* const kNames[] = {
#define GY_OPCODE(name, effect, doc) #name,
#include "runtime/opcodes.def"
#undef GY_OPCODE
  };
  return kNames[static_cast<int>(op)];
}

int StackEffect(Opcode op, uint32_t arg) {
  int n = static_cast<int>(arg);
  switch (op) {
    case Opcode::CALL: return -n - 1;             // [callable, self, args] -> result
    case Opcode::CALL_KW: return -n - 2;          // ... plus the kwnames tuple
    case Opcode::CALL_EX: return -(n & 1) - 2;    // [callable, NULL, args, kwargs?] -> result
    case Opcode::BUILD_SLICE: return 1 - n;
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING: return 1 - n;
    case Opcode::BUILD_MAP: return 1 - 2 * n;
    case Opcode::BUILD_CONST_KEY_MAP: return -n;  // n values + keys -> dict
    case Opcode::UNPACK_SEQUENCE: return n - 1;
    case Opcode::UNPACK_EX: return (n & 0xff) + (n >> 8);
    case Opcode::MAKE_FUNCTION:
      return -1 - ((n & 1) != 0) - ((n & 2) != 0) - ((n & 8) != 0);  // [..., code, qualname] -> fn
    case Opcode::RAISE_VARARGS: return -n;
    case Opcode::FORMAT_VALUE: return (n & 4) ? -1 : 0;
    default: break;
  }
  static const int kEffects[] = {
#define GY_OPCODE(name, effect, doc) effect,
#include "runtime/opcodes.def"
#undef GY_OPCODE
  };
  return kEffects[static_cast<int>(op)];
}

namespace {

void CodeDealloc(Object* o) {
  auto* c = static_cast<CodeObject*>(o);
  for (Value v : c->consts) Decref(v);
  Decref(c->name);
  Decref(c->qualname);
  Decref(c->filename);
  c->~CodeObject();
  FreeObject(o);
}

Ref CodeRepr(Value self) {
  auto* c = static_cast<CodeObject*>(self.obj());
  return StrFromUtf8(fmt::format("<code object {} at {}, file \"{}\", line {}>", StrView(c->name),
                                 static_cast<void*>(c), StrView(c->filename), c->firstlineno));
}

}  // namespace

void InitCodeType() {
  CodeType.name = "code";
  CodeType.hooks.dealloc = CodeDealloc;
  CodeType.repr = CodeRepr;
  InitStaticType(&CodeType);
}

Ref NewCode() {
  Object* o = AllocObject(&CodeType, sizeof(CodeObject));
  if (o == nullptr) return Ref();
  // The header is set; construct the C++ members in place around it.
  auto* c = static_cast<CodeObject*>(o);
  Object header_copy;
  std::memcpy(static_cast<void*>(&header_copy), static_cast<void*>(o), sizeof(Object));
  new (c) CodeObject();
  std::memcpy(static_cast<void*>(o), static_cast<void*>(&header_copy), sizeof(Object));
  c->name = Intern("");
  c->qualname = Intern("");
  c->filename = Intern("");
  return Ref::Steal(o);
}

const ExceptionTableEntry* FindHandler(const CodeObject* code, uint32_t index) {
  const auto& t = code->exception_table;
  auto it = std::upper_bound(t.begin(), t.end(), index,
                             [](uint32_t i, const ExceptionTableEntry& e) { return i < e.start; });
  if (it == t.begin()) return nullptr;
  --it;
  return index < it->end ? &*it : nullptr;
}

std::string Disassemble(const CodeObject* code) {
  std::string out;
  int last_line = -1;
  for (size_t i = 0; i < code->code.size(); ++i) {
    uint32_t instr = code->code[i];
    int line = code->lines[i];
    out += line != last_line ? fmt::format("{:>4} ", line) : std::string("     ");
    last_line = line;
    out += fmt::format("{:>5} {:<22} {}", i, OpcodeName(InstrOp(instr)), InstrArg(instr));
    Opcode op = InstrOp(instr);
    if (op == Opcode::LOAD_CONST) {
      std::string r;
      if (ReprText(code->consts[InstrArg(instr)], &r)) out += " (" + r + ")";
      else ClearError();
    } else if (op == Opcode::LOAD_NAME || op == Opcode::STORE_NAME || op == Opcode::LOAD_GLOBAL ||
               op == Opcode::LOAD_ATTR || op == Opcode::LOAD_METHOD || op == Opcode::STORE_ATTR) {
      out += " (" + std::string(StrView(code->names[InstrArg(instr)])) + ")";
    } else if (op == Opcode::LOAD_FAST || op == Opcode::STORE_FAST) {
      out += " (" + std::string(StrView(code->localsplus_names[InstrArg(instr)])) + ")";
    }
    out += "\n";
  }
  for (const auto& e : code->exception_table) {
    out += fmt::format("  handler: [{}, {}) -> {} depth {}\n", e.start, e.end, e.handler, e.depth);
  }
  return out;
}

}  // namespace gilectomy::rt
