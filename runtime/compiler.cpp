// Code generation: AST -> CodeObject.
//
// Read CodeGen::CompileBody first. Each scope (module, function, lambda) gets
// its own CodeGen. Invariants the generator keeps:
//  - depth_ is the value-stack depth at the current emission point. Labels
//    remember the depth of the jumps that target them, so code after an
//    unconditional jump resumes at the right depth when its label is bound.
//  - Every instruction records its innermost exception handler at emission
//    time (handler_stack_). Leaving a protected region early (return, break,
//    continue through `finally`) pops the handler *before* the finally body is
//    inlined, so an exception in that copy goes to the outer handler. The
//    exception table is the run-length encoding of those records.
//  - Frame-block stack (fblocks_): what `return`/`break`/`continue` must undo
//    on the way out: pop a for-loop iterator, restore the handled exception
//    of an `except` body, run a `finally` body.
#include "runtime/compiler.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "runtime/abstract.h"
#include "runtime/code.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/symtable.h"

namespace gilectomy::rt {

using namespace ast;

namespace {

struct CompileError {
  SyntaxErrorInfo info;
};

struct Label {
  int target = -1;
  int depth = -1;
  std::vector<int> fixups;
};

enum class FBlockKind { kWhileLoop, kForLoop, kTryExcept, kFinallyTry, kFinallyEnd, kHandlerCleanup, kWith };

struct FBlock {
  FBlockKind kind;
  int continue_label = -1;
  int break_label = -1;
  const std::vector<Stmt*>* finalbody = nullptr;  // kFinallyTry
  std::string handler_name;                        // kHandlerCleanup with `as name`
};

class CodeGen {
 public:
  CodeGen(const SymbolTable& table, Scope* scope, std::string_view filename, std::string qualname,
          const std::vector<std::string>* source_lines)
      : table_(table), scope_(scope), filename_(filename), qualname_(std::move(qualname)) {
    (void)source_lines;
  }

  // Compiles a module / eval / interactive body.
  Ref CompileModule(const ast::Module& m) {
    line_ = m.body.empty() ? 1 : m.body[0]->pos.line;
    first_line_ = 1;
    if (m.mode == Mode::kEval) {
      CompileExpr(m.body[0]->value);
      Emit(Opcode::RETURN_VALUE);
    } else {
      size_t start = 0;
      if (m.mode == Mode::kFile && !m.body.empty() && IsDocstring(m.body[0])) {
        SetLine(m.body[0]->pos.line);
        EmitConst(ConstantValue(m.body[0]->value));
        EmitName(Opcode::STORE_NAME, "__doc__");
        start = 1;
      }
      interactive_ = m.mode == Mode::kSingle;
      for (size_t i = start; i < m.body.size(); ++i) CompileStmt(m.body[i]);
      EmitConst(Ref::New(None()));
      Emit(Opcode::RETURN_VALUE);
    }
    return Finish("<module>", 0);
  }

  Ref CompileFunction(Arguments* args, const std::vector<Stmt*>* body, Expr* lambda_body,
                      const std::string& name, int firstline) {
    first_line_ = firstline;
    line_ = firstline;
    SetupFastLocals(args);
    // consts[0] is the docstring or None (NewFunction reads it).
    size_t start = 0;
    if (body != nullptr && !body->empty() && IsDocstring((*body)[0])) {
      consts_.push_back(ConstantValue((*body)[0]->value));
      start = 1;
    } else {
      consts_.push_back(Ref::New(None()));
    }
    if (lambda_body != nullptr) {
      CompileExpr(lambda_body);
      Emit(Opcode::RETURN_VALUE);
    } else {
      for (size_t i = start; i < body->size(); ++i) CompileStmt((*body)[i]);
      EmitConst(Ref::New(None()));
      Emit(Opcode::RETURN_VALUE);
    }
    if (scope_->is_generator) extra_flags_ |= kCodeGenerator;
    return Finish(name, kCodeOptimized | kCodeNested);
  }

  // The body of a comprehension or generator expression: a function of one
  // argument, `.0`, the iterator of the first `for` (evaluated outside).
  Ref CompileComprehensionCode(Expr* e, const std::string& name) {
    first_line_ = e->pos.line;
    line_ = e->pos.line;
    SetupFastLocals(nullptr);
    argcount_ = 1;
    consts_.push_back(Ref::New(None()));  // consts[0]: no docstring
    switch (e->kind) {
      case ExprKind::kListComp: Emit(Opcode::BUILD_LIST, 0); break;
      case ExprKind::kSetComp: Emit(Opcode::BUILD_SET, 0); break;
      case ExprKind::kDictComp: Emit(Opcode::BUILD_MAP, 0); break;
      default: break;
    }
    CompileComprehensionLoop(e, 0);
    SetLine(e->pos.line);
    if (e->kind == ExprKind::kGeneratorExp) EmitConst(Ref::New(None()));
    Emit(Opcode::RETURN_VALUE);
    uint32_t flags = kCodeOptimized | kCodeNested;
    if (e->kind == ExprKind::kGeneratorExp) flags |= kCodeGenerator;
    return Finish(name, flags);
  }

  // A class body: runs with the class namespace as its locals dict.
  Ref CompileClassBody(Stmt* s, const std::string& qualname) {
    first_line_ = s->pos.line;
    line_ = s->pos.line;
    EmitName(Opcode::LOAD_NAME, "__name__");
    EmitName(Opcode::STORE_NAME, "__module__");
    EmitConst(StrFromUtf8(qualname));
    EmitName(Opcode::STORE_NAME, "__qualname__");
    size_t start = 0;
    if (!s->body.empty() && IsDocstring(s->body[0])) {
      SetLine(s->body[0]->pos.line);
      EmitConst(ConstantValue(s->body[0]->value));
      EmitName(Opcode::STORE_NAME, "__doc__");
      start = 1;
    }
    for (size_t i = start; i < s->body.size(); ++i) CompileStmt(s->body[i]);
    // Methods that use super() or __class__ share a cell the class fills in.
    auto cell = std::find(scope_->cellvars.begin(), scope_->cellvars.end(), "__class__");
    if (cell != scope_->cellvars.end()) {
      Emit(Opcode::LOAD_CLOSURE, static_cast<uint32_t>(CellSlot("__class__")));
      EmitName(Opcode::STORE_NAME, "__classcell__");
    }
    EmitConst(Ref::New(None()));
    Emit(Opcode::RETURN_VALUE);
    return Finish(s->name, 0);
  }

  int argcount_ = 0, posonly_ = 0, kwonly_ = 0;
  std::string private_;  // the enclosing class's name, for Mangle
  uint32_t extra_flags_ = 0;

 private:
  // ---------------------------------------------------------------- helpers

  [[noreturn]] void Fail(const Pos& p, std::string msg) {
    CompileError e;
    e.info.message = std::move(msg);
    e.info.line = p.line;
    e.info.col = p.col;
    e.info.end_col = p.end_line == p.line ? p.end_col : p.col + 1;
    throw e;
  }

  static bool IsDocstring(Stmt* s) {
    return s->kind == StmtKind::kExpr && s->value->kind == ExprKind::kConstant &&
           s->value->const_kind == ConstKind::kStr;
  }

  void SetLine(int line) {
    if (line > 0) line_ = line;
  }

  int NewLabel() {
    labels_.emplace_back();
    return static_cast<int>(labels_.size()) - 1;
  }

  void Bind(int label) {
    Label& l = labels_[label];
    l.target = static_cast<int>(code_.size());
    if (l.depth >= 0) depth_ = l.depth;
    reachable_ = true;
  }

  void Emit(Opcode op, uint32_t arg = 0) {
    if (arg > kMaxOperand) Fail(Pos{line_, 0, line_, 1}, "too many constants or names in one code object");
    code_.push_back(MakeInstr(op, arg));
    lines_.push_back(line_);
    instr_handler_.push_back(handler_stack_.empty() ? -1 : handler_stack_.back());
    depth_ += StackEffect(op, arg);
    max_depth_ = std::max(max_depth_, depth_);
    if (op == Opcode::RETURN_VALUE || op == Opcode::RAISE_VARARGS || op == Opcode::RERAISE ||
        op == Opcode::POP_EXCEPT_RERAISE) {
      reachable_ = false;
    }
  }

  void NoteLabelDepth(int label, int depth) {
    Label& l = labels_[label];
    if (l.depth < 0) l.depth = depth;
  }

  void EmitJump(Opcode op, int label) {
    int before = depth_;
    labels_[label].fixups.push_back(static_cast<int>(code_.size()));
    Emit(op, 0);
    switch (op) {
      case Opcode::JUMP:
      case Opcode::JUMP_BACKWARD:
        NoteLabelDepth(label, before);
        reachable_ = false;
        break;
      case Opcode::JUMP_IF_FALSE_OR_POP:
      case Opcode::JUMP_IF_TRUE_OR_POP:
        NoteLabelDepth(label, before);
        break;
      case Opcode::FOR_ITER:
        NoteLabelDepth(label, before - 1);
        break;
      default:  // POP_JUMP_*
        NoteLabelDepth(label, before - 1);
        break;
    }
  }

  // A key under which equal constants of one type share a slot; empty for
  // constants that are never shared (code objects, tuples).
  static std::string ConstKey(Value v) {
    if (v.is_small_int()) return "i" + std::to_string(v.small_int());
    TypeObject* t = v.type();
    if (t == &StrType) return "s" + std::string(StrView(v));
    if (t == &BytesType) return "b" + std::string(BytesView(v));
    if (t == &ComplexType) {
      Complex z = ComplexValue(v);
      return "c" + std::string(reinterpret_cast<const char*>(&z), sizeof z);
    }
    if (t == &IntType) return "i" + IntToString(v);
    if (t == &FloatType) {
      double d = FloatValue(v);
      return "f" + std::string(reinterpret_cast<const char*>(&d), sizeof d);  // keeps -0.0 apart
    }
    if (v == None() || v == True() || v == False() || v == Ellipsis()) {
      return "o" + std::to_string(v.raw());
    }
    return "";
  }

  uint32_t AddConst(Ref v) {
    std::string key = ConstKey(v.get());
    if (!key.empty()) {
      auto it = const_index_.find(key);
      if (it != const_index_.end()) return it->second;
      const_index_[key] = static_cast<uint32_t>(consts_.size());
    }
    consts_.push_back(std::move(v));
    return static_cast<uint32_t>(consts_.size() - 1);
  }

  void EmitConst(Ref v) { Emit(Opcode::LOAD_CONST, AddConst(std::move(v))); }

  // Every thread that runs a function reads its constants: LOAD_CONST of a
  // mortal float would write one shared refcount from all of them (a
  // contended cache line: float workloads scaled 2x worse than fib, see
  // docs/performance.md). Float and complex constants are therefore copied
  // into fresh immortal objects, which no other thread can have seen yet
  // (the original may be shared: compile() of an ast tree holds user
  // objects). They live as long as the process, as interned strings do.
  static Ref ShareableConst(Ref v) {
    Value x = v.get();
    if (!x.is_object() || x.obj()->immortal()) return v;
    Ref copy;
    if (x.type() == &FloatType) {
      copy = FloatFromDouble(FloatValue(x));
    } else if (x.type() == &ComplexType) {
      Complex z = ComplexValue(x);
      copy = ComplexFromDoubles(z.real, z.imag);
    } else {
      return v;
    }
    if (!copy) throw CompileError{};
    MakeImmortal(copy.obj());
    // Kept reachable for the life of the process, as the intern table keeps
    // interned strings (LeakSanitizer would otherwise report them once the
    // code object that held them is gone).
    static std::mutex kept_mu;
    static auto* kept = new std::vector<Object*>();
    {
      std::lock_guard lk(kept_mu);
      kept->push_back(copy.get().obj());
    }
    return copy;
  }

  uint32_t NameIndex(const std::string& n) {
    auto it = names_.find(n);
    if (it != names_.end()) return it->second;
    uint32_t i = static_cast<uint32_t>(name_list_.size());
    names_[n] = i;
    name_list_.push_back(n);
    return i;
  }

  void EmitName(Opcode op, const std::string& n) {
    bool mangled = op != Opcode::IMPORT_NAME && op != Opcode::IMPORT_FROM;
    Emit(op, NameIndex(mangled ? Mangle(n) : n));
  }

  // Private names: `__x` inside class C means `_C__x` (attributes and
  // dict-based names; fast locals are found by slot, so they need none).
  std::string Mangle(const std::string& n) const {
    if (private_.empty() || n.size() < 3 || n.compare(0, 2, "__") != 0) return n;
    if (n.compare(n.size() - 2, 2, "__") == 0 || n.find('.') != std::string::npos) return n;
    size_t k = private_.find_first_not_of('_');
    if (k == std::string::npos) return n;
    return "_" + private_.substr(k) + n;
  }

  Ref ConstantValue(Expr* e) {
    Ref v;
    switch (e->const_kind) {
      case ConstKind::kNone: return Ref::New(None());
      case ConstKind::kTrue: return Ref::New(True());
      case ConstKind::kFalse: return Ref::New(False());
      case ConstKind::kEllipsis: return Ref::New(Ellipsis());
      case ConstKind::kInt: v = IntFromString(e->int_digits, e->int_base); break;
      case ConstKind::kFloat: v = FloatFromDouble(e->float_value); break;
      case ConstKind::kStr: v = StrFromUtf8(e->str_value); break;
      case ConstKind::kImag: v = ComplexFromDoubles(0.0, e->float_value); break;
      case ConstKind::kBytes: v = BytesFromString(e->str_value); break;
    }
    if (!v) {
      Ref exc = FetchError();
      std::string msg = "invalid constant";
      if (exc) {
        Ref s = Str(exc.get());
        if (s) msg = std::string(StrView(s.get()));
        else ClearError();
      }
      Fail(e->pos, msg);
    }
    if (IsStr(v.get())) v = InternStr(std::move(v));
    return v;
  }

  // ---------------------------------------------------------------- scopes

  Scope* ChildScope(const void* node) {
    auto it = table_.by_node.find(node);
    return it == table_.by_node.end() ? nullptr : it->second;
  }

  bool IsFunctionScope() const {
    return scope_->kind == ScopeKind::kFunction || scope_->kind == ScopeKind::kLambda ||
           scope_->kind == ScopeKind::kComprehension;
  }

  void SetupFastLocals(Arguments* a) {
    // Parameters first, in signature order, then the other locals.
    for (const std::string& p : scope_->params) AddLocal(p);
    if (a != nullptr) {
      posonly_ = static_cast<int>(a->posonlyargs.size());
      argcount_ = posonly_ + static_cast<int>(a->args.size());
      kwonly_ = static_cast<int>(a->kwonlyargs.size());
      if (a->has_vararg) extra_flags_ |= kCodeVarargs;
      if (a->has_kwarg) extra_flags_ |= kCodeVarkeywords;
    }
    for (const auto& [n, k] : scope_->kinds) {
      if (k == NameKind::kLocal || k == NameKind::kCell) AddLocal(n);
    }
  }

  void AddLocal(const std::string& n) {
    if (local_index_.count(n)) return;
    local_index_[n] = static_cast<int>(local_names_.size());
    local_names_.push_back(n);
  }

  // Cell and free slots come after the fast locals. A parameter that is a
  // cell keeps its argument slot and gets a cell slot (copied at entry).
  int CellSlot(const std::string& n) {
    auto it = std::find(scope_->cellvars.begin(), scope_->cellvars.end(), n);
    if (it != scope_->cellvars.end()) {
      return static_cast<int>(local_names_.size() + (it - scope_->cellvars.begin()));
    }
    auto f = std::find(scope_->freevars.begin(), scope_->freevars.end(), n);
    return static_cast<int>(local_names_.size() + scope_->cellvars.size() +
                            (f - scope_->freevars.begin()));
  }

  void EmitLoadName(const std::string& n) { EmitNameOp(n, Ctx::kLoad); }

  void EmitNameOp(const std::string& n, Ctx ctx) {
    NameKind k = scope_->Resolve(n);
    static const Opcode kFast[] = {Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST};
    static const Opcode kDeref[] = {Opcode::LOAD_DEREF, Opcode::STORE_DEREF, Opcode::DELETE_DEREF};
    static const Opcode kGlobal[] = {Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL};
    static const Opcode kName[] = {Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME};
    int c = static_cast<int>(ctx);
    switch (k) {
      case NameKind::kLocal:
        if (IsFunctionScope()) {
          Emit(kFast[c], static_cast<uint32_t>(local_index_.at(n)));
          return;
        }
        EmitName(kName[c], n);
        return;
      case NameKind::kCell:
      case NameKind::kFree:
        if (!IsFunctionScope() && ctx == Ctx::kLoad && k == NameKind::kFree &&
            scope_->kind == ScopeKind::kClass && scope_->bound.count(n)) {
          EmitName(kName[c], n);
          return;
        }
        Emit(kDeref[c], static_cast<uint32_t>(CellSlot(n)));
        return;
      case NameKind::kGlobalExplicit:
        EmitName(kGlobal[c], n);
        return;
      case NameKind::kGlobalImplicit:
        EmitName(IsFunctionScope() ? kGlobal[c] : kName[c], n);
        return;
      case NameKind::kName:
        EmitName(kName[c], n);
        return;
    }
  }

  Ref Finish(const std::string& name, uint32_t flags) {
    for (const Label& l : labels_) {
      for (int at : l.fixups) {
        code_[at] = MakeInstr(InstrOp(code_[at]), static_cast<uint32_t>(l.target));
      }
    }
    Ref code_ref = NewCode();
    if (!code_ref) throw CompileError{};
    auto* c = static_cast<CodeObject*>(code_ref.obj());
    c->code = std::move(code_);
    c->lines = std::move(lines_);
    for (Ref& k : consts_) c->consts.push_back(ShareableConst(std::move(k)).release());
    for (const std::string& n : name_list_) c->names.push_back(Intern(n));
    for (const std::string& n : local_names_) c->localsplus_names.push_back(Intern(n));
    for (const std::string& n : scope_->cellvars) c->localsplus_names.push_back(Intern(n));
    for (const std::string& n : scope_->freevars) c->localsplus_names.push_back(Intern(n));
    if (IsFunctionScope()) {
      c->nlocals = static_cast<int>(local_names_.size());
      c->ncells = static_cast<int>(scope_->cellvars.size());
      c->nfrees = static_cast<int>(scope_->freevars.size());
      for (size_t i = 0; i < scope_->cellvars.size(); ++i) {
        auto it = std::find(scope_->params.begin(), scope_->params.end(), scope_->cellvars[i]);
        if (it != scope_->params.end()) {
          c->cell_args.emplace_back(c->nlocals + static_cast<int>(i),
                                    local_index_.at(scope_->cellvars[i]));
        }
      }
    } else {
      c->nlocals = 0;
      c->localsplus_names.clear();
      for (const std::string& n : scope_->cellvars) c->localsplus_names.push_back(Intern(n));
      for (const std::string& n : scope_->freevars) c->localsplus_names.push_back(Intern(n));
      c->ncells = static_cast<int>(scope_->cellvars.size());
      c->nfrees = static_cast<int>(scope_->freevars.size());
    }
    c->argcount = argcount_;
    c->posonlyargcount = posonly_;
    c->kwonlyargcount = kwonly_;
    c->flags = flags | extra_flags_;
    c->stacksize = max_depth_ + 2;
    c->name = Intern(name);
    Ref qn = StrFromUtf8(qualname_.empty() ? name : qualname_);
    c->qualname = qn.release();
    Ref fn = StrFromUtf8(filename_);
    c->filename = fn.release();
    c->firstlineno = first_line_;
    BuildExceptionTable(c);
    return code_ref;
  }

  void BuildExceptionTable(CodeObject* c) {
    size_t n = instr_handler_.size();
    size_t i = 0;
    while (i < n) {
      int h = instr_handler_[i];
      size_t j = i + 1;
      while (j < n && instr_handler_[j] == h) ++j;
      if (h >= 0) {
        const Handler& hd = handlers_[h];
        c->exception_table.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                                      static_cast<uint32_t>(labels_[hd.label].target),
                                      static_cast<uint32_t>(hd.depth)});
      }
      i = j;
    }
  }

  // Protected regions.
  int PushHandler(int label, int depth) {
    handlers_.push_back({label, depth});
    int id = static_cast<int>(handlers_.size()) - 1;
    handler_stack_.push_back(id);
    return id;
  }
  void PopHandler() { handler_stack_.pop_back(); }
  // Binds a handler label: the stack holds `depth` items plus the exception.
  void BindHandler(int label, int depth) {
    labels_[label].depth = depth + 1;
    Bind(label);
  }

  // ---------------------------------------------------------------- statements

  void CompileBody(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) CompileStmt(s);
  }

  void CompileStmt(Stmt* s) {
    SetLine(s->pos.line);
    switch (s->kind) {
      case StmtKind::kExpr:
        if (interactive_ && scope_->kind == ScopeKind::kModule) {
          CompileExpr(s->value);
          Emit(Opcode::PRINT_EXPR);
        } else if (s->value->kind == ExprKind::kConstant) {
          // A bare constant statement (e.g. a docstring-like string) has no effect.
        } else {
          CompileExpr(s->value);
          Emit(Opcode::POP_TOP);
        }
        break;
      case StmtKind::kAssign: {
        CompileExpr(s->value);
        for (size_t i = 0; i < s->targets.size(); ++i) {
          if (i + 1 < s->targets.size()) Emit(Opcode::COPY, 1);
          CompileStore(s->targets[i]);
        }
        break;
      }
      case StmtKind::kAugAssign: CompileAugAssign(s); break;
      case StmtKind::kAnnAssign:
        if (s->value) {
          CompileExpr(s->value);
          CompileStore(s->targets[0]);
        }
        break;
      case StmtKind::kIf: CompileIf(s); break;
      case StmtKind::kWhile: CompileWhile(s); break;
      case StmtKind::kFor: CompileFor(s); break;
      case StmtKind::kBreak: CompileBreak(s); break;
      case StmtKind::kContinue: CompileContinue(s); break;
      case StmtKind::kPass: break;
      case StmtKind::kReturn: CompileReturn(s); break;
      case StmtKind::kFunctionDef: CompileFunctionDef(s); break;
      case StmtKind::kDelete:
        for (Expr* t : s->targets) CompileDelete(t);
        break;
      case StmtKind::kGlobal:
      case StmtKind::kNonlocal:
        break;  // handled by the symbol table
      case StmtKind::kAssert: CompileAssert(s); break;
      case StmtKind::kRaise:
        if (s->value) {
          CompileExpr(s->value);
          if (s->cause) {
            CompileExpr(s->cause);
            Emit(Opcode::RAISE_VARARGS, 2);
          } else {
            Emit(Opcode::RAISE_VARARGS, 1);
          }
        } else {
          Emit(Opcode::RAISE_VARARGS, 0);
        }
        break;
      case StmtKind::kTry: CompileTry(s); break;
      case StmtKind::kImport: CompileImport(s); break;
      case StmtKind::kImportFrom: CompileImportFrom(s); break;
      case StmtKind::kClassDef: CompileClassDef(s); break;
      case StmtKind::kWith: CompileWith(s, 0); break;
    }
  }

  void CompileAugAssign(Stmt* s) {
    Expr* t = s->targets[0];
    uint32_t op = static_cast<uint32_t>(BinOpOf(s->binop)) + 16;
    switch (t->kind) {
      case ExprKind::kName:
        EmitNameOp(t->name, Ctx::kLoad);
        CompileExpr(s->value);
        SetLine(s->pos.line);
        Emit(Opcode::BINARY_OP, op);
        EmitNameOp(t->name, Ctx::kStore);
        break;
      case ExprKind::kAttribute:
        CompileExpr(t->left);
        Emit(Opcode::COPY, 1);
        EmitName(Opcode::LOAD_ATTR, t->name);
        CompileExpr(s->value);
        SetLine(s->pos.line);
        Emit(Opcode::BINARY_OP, op);
        Emit(Opcode::SWAP, 2);
        EmitName(Opcode::STORE_ATTR, t->name);
        break;
      case ExprKind::kSubscript:
        CompileExpr(t->left);
        CompileExpr(t->right);
        Emit(Opcode::COPY, 2);
        Emit(Opcode::COPY, 2);
        Emit(Opcode::BINARY_SUBSCR);
        CompileExpr(s->value);
        SetLine(s->pos.line);
        Emit(Opcode::BINARY_OP, op);
        Emit(Opcode::SWAP, 3);
        Emit(Opcode::SWAP, 2);
        Emit(Opcode::STORE_SUBSCR);
        break;
      default:
        Fail(t->pos, "'" + ExprDescription(t) + "' is an illegal expression for augmented assignment");
    }
  }

  void CompileIf(Stmt* s) {
    int else_label = NewLabel();
    int end = NewLabel();
    CompileCondJump(s->value, false, else_label);
    CompileBody(s->body);
    if (!s->orelse.empty()) {
      if (reachable_) EmitJump(Opcode::JUMP, end);
      Bind(else_label);
      CompileBody(s->orelse);
    } else {
      Bind(else_label);
    }
    Bind(end);
  }

  void CompileWhile(Stmt* s) {
    int top = NewLabel(), orelse = NewLabel(), end = NewLabel();
    Bind(top);
    CompileCondJump(s->value, false, orelse);
    fblocks_.push_back({FBlockKind::kWhileLoop, top, end});
    CompileBody(s->body);
    fblocks_.pop_back();
    SetLine(s->pos.line);
    if (reachable_) EmitJump(Opcode::JUMP_BACKWARD, top);
    Bind(orelse);
    CompileBody(s->orelse);
    Bind(end);
  }

  void CompileFor(Stmt* s) {
    int top = NewLabel(), orelse = NewLabel(), end = NewLabel();
    CompileIterable(s->value);
    Emit(Opcode::GET_ITER);
    Bind(top);
    EmitJump(Opcode::FOR_ITER, orelse);
    CompileStore(s->targets[0]);
    fblocks_.push_back({FBlockKind::kForLoop, top, end});
    CompileBody(s->body);
    fblocks_.pop_back();
    SetLine(s->pos.line);
    if (reachable_) EmitJump(Opcode::JUMP_BACKWARD, top);
    Bind(orelse);
    CompileBody(s->orelse);
    Bind(end);
  }

  // Undoes one frame block on the way out of it. `preserve_top`: a return
  // value sits on top of the stack and must survive.
  void UnwindFBlock(const FBlock& b, bool preserve_top) {
    switch (b.kind) {
      case FBlockKind::kWhileLoop:
      case FBlockKind::kTryExcept:
      case FBlockKind::kFinallyEnd:
        break;
      case FBlockKind::kForLoop:
        if (preserve_top) Emit(Opcode::SWAP, 2);
        Emit(Opcode::POP_TOP);
        break;
      case FBlockKind::kHandlerCleanup:
        if (preserve_top) Emit(Opcode::SWAP, 2);
        Emit(Opcode::POP_EXCEPT);
        if (!b.handler_name.empty()) ClearHandlerName(b.handler_name);
        break;
      case FBlockKind::kFinallyTry:
        break;  // handled by the caller (needs the handler stack popped)
      case FBlockKind::kWith:
        // [exit] (+ a return value on top): call exit(None, None, None).
        if (preserve_top) Emit(Opcode::SWAP, 2);
        EmitExitCall();
        break;
    }
  }

  // Unwinds blocks from the innermost up to (not including) index `stop`.
  void UnwindTo(size_t stop, bool preserve_top) {
    std::vector<FBlock> saved_blocks = fblocks_;
    std::vector<int> saved_handlers = handler_stack_;
    for (size_t i = fblocks_.size(); i-- > stop;) {
      FBlock b = fblocks_[i];
      fblocks_.resize(i);
      if (b.kind == FBlockKind::kTryExcept || b.kind == FBlockKind::kFinallyTry ||
          b.kind == FBlockKind::kHandlerCleanup || b.kind == FBlockKind::kFinallyEnd ||
          b.kind == FBlockKind::kWith) {
        // Leaving a protected region: its handler no longer applies.
        if (!handler_stack_.empty()) handler_stack_.pop_back();
      }
      if (b.kind == FBlockKind::kFinallyTry) {
        CompileBody(*b.finalbody);
      } else if (b.kind == FBlockKind::kFinallyEnd) {
        // Leaving a finally body that runs for an exception: [prev, exc] below.
        if (preserve_top) {
          Emit(Opcode::SWAP, 2);
          Emit(Opcode::POP_TOP);
          Emit(Opcode::SWAP, 2);
          Emit(Opcode::POP_EXCEPT);
        } else {
          Emit(Opcode::POP_TOP);
          Emit(Opcode::POP_EXCEPT);
        }
      } else {
        UnwindFBlock(b, preserve_top);
      }
    }
    fblocks_ = std::move(saved_blocks);
    handler_stack_ = std::move(saved_handlers);
  }

  int InnermostLoop() const {
    for (size_t i = fblocks_.size(); i-- > 0;) {
      if (fblocks_[i].kind == FBlockKind::kWhileLoop || fblocks_[i].kind == FBlockKind::kForLoop) {
        return static_cast<int>(i);
      }
    }
    return -1;
  }

  void CompileBreak(Stmt* s) {
    int loop = InnermostLoop();
    if (loop < 0) Fail(s->pos, "'break' outside loop");
    int saved_depth = depth_;
    UnwindTo(static_cast<size_t>(loop) + 1, false);
    if (fblocks_[loop].kind == FBlockKind::kForLoop) Emit(Opcode::POP_TOP);
    EmitJump(Opcode::JUMP, fblocks_[loop].break_label);
    depth_ = saved_depth;
  }

  void CompileContinue(Stmt* s) {
    int loop = InnermostLoop();
    if (loop < 0) Fail(s->pos, "'continue' not properly in loop");
    int saved_depth = depth_;
    UnwindTo(static_cast<size_t>(loop) + 1, false);
    EmitJump(Opcode::JUMP_BACKWARD, fblocks_[loop].continue_label);
    depth_ = saved_depth;
  }

  void CompileReturn(Stmt* s) {
    if (!IsFunctionScope()) Fail(s->pos, "'return' outside function");
    int saved_depth = depth_;
    if (s->value) {
      CompileExpr(s->value);
    } else {
      EmitConst(Ref::New(None()));
    }
    UnwindTo(0, true);
    SetLine(s->pos.line);
    Emit(Opcode::RETURN_VALUE);
    depth_ = saved_depth;
  }

  void CompileAssert(Stmt* s) {
    int end = NewLabel();
    CompileCondJump(s->value, true, end);
    Emit(Opcode::LOAD_ASSERTION_ERROR);
    if (s->msg) {
      Emit(Opcode::PUSH_NULL);
      CompileExpr(s->msg);
      Emit(Opcode::CALL, 1);
    }
    Emit(Opcode::RAISE_VARARGS, 1);
    Bind(end);
  }

  // try/except/else/finally. See the file comment for the handler protocol:
  // a handler is entered with the exception pushed on a stack cut to the
  // depth the region started at.
  void CompileTry(Stmt* s) {
    if (!s->finalbody.empty()) {
      CompileTryFinally(s);
    } else {
      CompileTryExcept(s);
    }
  }

  void CompileTryFinally(Stmt* s) {
    int handler = NewLabel(), end = NewLabel();
    int base = depth_;
    PushHandler(handler, base);
    fblocks_.push_back({FBlockKind::kFinallyTry});
    fblocks_.back().finalbody = &s->finalbody;
    if (!s->handlers.empty()) {
      CompileTryExcept(s);
    } else {
      CompileBody(s->body);
    }
    fblocks_.pop_back();
    PopHandler();
    // Normal exit: run the finally body.
    if (reachable_) {
      CompileBody(s->finalbody);
      if (reachable_) EmitJump(Opcode::JUMP, end);
    }
    // Exceptional exit: [exc] -> [prev, exc], run the body, re-raise.
    BindHandler(handler, base);
    int cleanup = NewLabel();
    Emit(Opcode::PUSH_EXC_INFO);
    PushHandler(cleanup, base + 1);
    fblocks_.push_back({FBlockKind::kFinallyEnd});
    CompileBody(s->finalbody);
    fblocks_.pop_back();
    PopHandler();
    if (reachable_) Emit(Opcode::POP_EXCEPT_RERAISE);
    BindHandler(cleanup, base + 1);
    Emit(Opcode::POP_EXCEPT_RERAISE);
    Bind(end);
  }

  void CompileTryExcept(Stmt* s) {
    int handler = NewLabel(), orelse = NewLabel(), end = NewLabel();
    int base = depth_;
    PushHandler(handler, base);
    fblocks_.push_back({FBlockKind::kTryExcept});
    CompileBody(s->body);
    fblocks_.pop_back();
    PopHandler();
    if (reachable_) EmitJump(Opcode::JUMP, orelse);

    BindHandler(handler, base);
    int cleanup = NewLabel();
    Emit(Opcode::PUSH_EXC_INFO);  // [prev, exc]
    PushHandler(cleanup, base + 1);
    for (size_t i = 0; i < s->handlers.size(); ++i) {
      const ExceptHandler& h = s->handlers[i];
      SetLine(h.pos.line);
      if (!h.type && i + 1 != s->handlers.size()) Fail(h.pos, "default 'except:' must be last");
      int next = NewLabel();
      if (h.type) {
        CompileExpr(h.type);
        Emit(Opcode::CHECK_EXC_MATCH);
        EmitJump(Opcode::POP_JUMP_IF_FALSE, next);
      }
      if (!h.name.empty()) {
        EmitNameOp(h.name, Ctx::kStore);  // [prev]
        // The body runs with a handler that clears the name, then re-raises.
        int name_cleanup = NewLabel();
        PushHandler(name_cleanup, base + 1);
        fblocks_.push_back({FBlockKind::kHandlerCleanup});
        fblocks_.back().handler_name = h.name;
        CompileBody(h.body);
        fblocks_.pop_back();
        PopHandler();
        if (reachable_) {
          Emit(Opcode::POP_EXCEPT);
          ClearHandlerName(h.name);
          EmitJump(Opcode::JUMP, end);
        }
        BindHandler(name_cleanup, base + 1);  // [prev, exc2]
        ClearHandlerName(h.name);
        Emit(Opcode::POP_EXCEPT_RERAISE);
      } else {
        Emit(Opcode::POP_TOP);  // [prev]
        fblocks_.push_back({FBlockKind::kHandlerCleanup});
        CompileBody(h.body);
        fblocks_.pop_back();
        if (reachable_) {
          Emit(Opcode::POP_EXCEPT);
          EmitJump(Opcode::JUMP, end);
        }
      }
      Bind(next);
      if (!h.type) break;
    }
    if (s->handlers.empty() || s->handlers.back().type) {
      // No clause matched: [prev, exc] -> re-raise through the cleanup handler.
      depth_ = base + 2;
      reachable_ = true;
      Emit(Opcode::RERAISE);
    }
    PopHandler();
    BindHandler(cleanup, base + 1);  // [prev, exc2]
    Emit(Opcode::POP_EXCEPT_RERAISE);

    labels_[orelse].depth = base;
    Bind(orelse);
    CompileBody(s->orelse);
    Bind(end);
    depth_ = base;
  }

  void ClearHandlerName(const std::string& name) {
    EmitConst(Ref::New(None()));
    EmitNameOp(name, Ctx::kStore);
    EmitNameOp(name, Ctx::kDel);
  }

  void CompileImport(Stmt* s) {
    for (const Alias& a : s->names) {
      EmitConst(Ref::SmallInt(0));
      EmitConst(Ref::New(None()));
      EmitName(Opcode::IMPORT_NAME, a.name);
      if (!a.asname.empty()) {
        // `import a.b.c as d` binds the innermost module.
        size_t dot = a.name.find('.');
        while (dot != std::string::npos) {
          size_t next = a.name.find('.', dot + 1);
          std::string part = a.name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
          EmitName(Opcode::IMPORT_FROM, part);
          Emit(Opcode::SWAP, 2);
          Emit(Opcode::POP_TOP);
          dot = next;
        }
        EmitNameOp(a.asname, Ctx::kStore);
      } else {
        EmitNameOp(a.name.substr(0, a.name.find('.')), Ctx::kStore);
      }
    }
  }

  void CompileImportFrom(Stmt* s) {
    EmitConst(Ref::SmallInt(s->level));
    Ref fromlist = NewTuple(static_cast<int64_t>(s->names.size()));
    for (size_t i = 0; i < s->names.size(); ++i) {
      TupleInit(fromlist.get(), static_cast<int64_t>(i), StrFromUtf8(s->names[i].name));
    }
    EmitConst(std::move(fromlist));
    EmitName(Opcode::IMPORT_NAME, s->name);
    if (s->names.size() == 1 && s->names[0].name == "*") {
      if (IsFunctionScope()) Fail(s->pos, "import * only allowed at module level");
      Emit(Opcode::IMPORT_STAR);
      return;
    }
    for (const Alias& a : s->names) {
      EmitName(Opcode::IMPORT_FROM, a.name);
      EmitNameOp(a.asname.empty() ? a.name : a.asname, Ctx::kStore);
    }
    Emit(Opcode::POP_TOP);
  }

  // ---------------------------------------------------------------- functions

  std::string ChildQualname(const std::string& name) {
    if (scope_->kind == ScopeKind::kModule) return name;
    if (scope_->kind == ScopeKind::kClass) return qualname_ + "." + name;
    return qualname_ + ".<locals>." + name;
  }

  // Pushes defaults / kwdefaults and returns the MAKE_FUNCTION flags so far.
  uint32_t CompileDefaults(Arguments* a) {
    uint32_t flags = 0;
    if (!a->defaults.empty()) {
      for (Expr* d : a->defaults) CompileExpr(d);
      Emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(a->defaults.size()));
      flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
      if (a->kw_defaults[i] == nullptr) continue;
      EmitConst(InternStr(StrFromUtf8(a->kwonlyargs[i].name)));
      CompileExpr(a->kw_defaults[i]);
      ++nkw;
    }
    if (nkw > 0) {
      Emit(Opcode::BUILD_MAP, nkw);
      flags |= 2;
    }
    return flags;
  }

  void EmitMakeFunction(Ref code, Scope* child, uint32_t flags, const std::string& qualname) {
    if (!child->freevars.empty()) {
      for (const std::string& f : child->freevars) Emit(Opcode::LOAD_CLOSURE, static_cast<uint32_t>(CellSlot(f)));
      Emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(child->freevars.size()));
      flags |= 8;
    }
    EmitConst(std::move(code));
    EmitConst(StrFromUtf8(qualname));
    Emit(Opcode::MAKE_FUNCTION, flags);
  }

  void CompileFunctionDef(Stmt* s) {
    for (Expr* d : s->decorator_list) {
      CompileExpr(d);
      Emit(Opcode::PUSH_NULL);
    }
    SetLine(s->pos.line);
    uint32_t flags = CompileDefaults(s->args);
    Scope* child = ChildScope(s);
    std::string qualname = ChildQualname(s->name);
    CodeGen gen(table_, child, filename_, qualname, nullptr);
    gen.private_ = private_;
    Ref code = gen.CompileFunction(s->args, &s->body, nullptr, s->name, s->pos.line);
    EmitMakeFunction(std::move(code), child, flags, qualname);
    for (size_t i = 0; i < s->decorator_list.size(); ++i) Emit(Opcode::CALL, 1);
    EmitNameOp(s->name, Ctx::kStore);
  }

  void CompileComprehensionLoop(Expr* e, size_t index) {
    const Comprehension& c = e->generators[index];
    if (c.is_async) Fail(e->pos, "asynchronous comprehension outside of an asynchronous function");
    int start = NewLabel(), if_cleanup = NewLabel(), end = NewLabel();
    if (index == 0) {
      Emit(Opcode::LOAD_FAST, static_cast<uint32_t>(local_index_.at(".0")));
    } else {
      CompileIterable(c.iter);
      Emit(Opcode::GET_ITER);
    }
    Bind(start);
    SetLine(c.iter->pos.line);
    EmitJump(Opcode::FOR_ITER, end);
    CompileStore(c.target);
    for (Expr* cond : c.ifs) CompileCondJump(cond, false, if_cleanup);
    if (index + 1 < e->generators.size()) {
      CompileComprehensionLoop(e, index + 1);
    } else {
      uint32_t depth = static_cast<uint32_t>(e->generators.size()) + 1;
      switch (e->kind) {
        case ExprKind::kGeneratorExp:
          CompileExpr(e->left);
          Emit(Opcode::YIELD_VALUE, 0);
          Emit(Opcode::POP_TOP);
          break;
        case ExprKind::kListComp:
          CompileExpr(e->left);
          Emit(Opcode::LIST_APPEND, depth);
          break;
        case ExprKind::kSetComp:
          CompileExpr(e->left);
          Emit(Opcode::SET_ADD, depth);
          break;
        default:  // dict: key, then value (PEP 572 order)
          CompileExpr(e->left);
          CompileExpr(e->right);
          Emit(Opcode::MAP_ADD, depth);
          break;
      }
    }
    Bind(if_cleanup);
    EmitJump(Opcode::JUMP_BACKWARD, start);
    Bind(end);
  }

  // [x for ...]: make the comprehension function, call it with iter(first iterable).
  void CompileComprehension(Expr* e) {
    const char* name = e->kind == ExprKind::kListComp  ? "<listcomp>"
                       : e->kind == ExprKind::kSetComp ? "<setcomp>"
                       : e->kind == ExprKind::kDictComp ? "<dictcomp>"
                                                        : "<genexpr>";
    Scope* child = ChildScope(e);
    std::string qualname = ChildQualname(name);
    CodeGen gen(table_, child, filename_, qualname, nullptr);
    gen.private_ = private_;
    Ref code = gen.CompileComprehensionCode(e, name);
    EmitMakeFunction(std::move(code), child, 0, qualname);
    Emit(Opcode::PUSH_NULL);
    CompileIterable(e->generators[0].iter);
    Emit(Opcode::GET_ITER);
    SetLine(e->pos.line);
    Emit(Opcode::CALL, 1);
  }

  void CheckYieldAllowed(Expr* e) {
    switch (scope_->kind) {
      case ScopeKind::kFunction:
      case ScopeKind::kLambda:
        return;
      case ScopeKind::kComprehension: {
        const std::string& n = scope_->name;
        std::string what = n == "<listcomp>"  ? "list comprehension"
                           : n == "<setcomp>" ? "set comprehension"
                           : n == "<dictcomp>" ? "dict comprehension"
                                               : "generator expression";
        Fail(e->pos, "'yield' inside " + what);
      }
      default:
        Fail(e->pos, "'yield' outside function");
    }
  }

  void CompileYieldFrom(Expr* e) {
    CheckYieldAllowed(e);
    CompileExpr(e->left);
    Emit(Opcode::GET_YIELD_FROM_ITER);
    EmitConst(Ref::New(None()));
    int loop = NewLabel(), exit = NewLabel();
    Bind(loop);
    EmitJump(Opcode::SEND, exit);
    Emit(Opcode::YIELD_VALUE, 1);  // 1: the generator knows it delegates (gi_yieldfrom, throw)
    EmitJump(Opcode::JUMP, loop);
    Bind(exit);
  }

  // f"...": the literal parts and formatted values, joined by BUILD_STRING.
  void CompileJoinedStr(Expr* e) {
    if (e->elts.empty()) {
      EmitConst(Ref::New(Intern("")));
      return;
    }
    for (Expr* part : e->elts) CompileExpr(part);
    if (e->elts.size() > 1) Emit(Opcode::BUILD_STRING, static_cast<uint32_t>(e->elts.size()));
  }

  void CompileFormattedValue(Expr* e) {
    CompileExpr(e->left);
    uint32_t arg = e->conversion == 's' ? 1 : e->conversion == 'r' ? 2 : e->conversion == 'a' ? 3 : 0;
    if (e->right) {
      CompileExpr(e->right);
      arg |= 4;
    }
    Emit(Opcode::FORMAT_VALUE, arg);
  }

  // with a as x, b: body  ==  with a as x: with b: body. Each level:
  //   <mgr> BEFORE_WITH              [exit, enter()]
  //   <store x | POP_TOP>            [exit]        protected: handler H
  //   <body>
  //   exit(None, None, None)
  // H: [exit, exc] PUSH_EXC_INFO     [exit, prev, exc]
  //   WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress      (cleanup handler C)
  //   POP_EXCEPT_RERAISE
  // suppress: POP_TOP; POP_EXCEPT; POP_TOP
  // C: [exit, prev, exc2] POP_EXCEPT_RERAISE
  void CompileWith(Stmt* s, size_t item) {
    const WithItem& w = s->items[item];
    if (s->is_async) Fail(s->pos, "'async with' outside async function");
    int handler = NewLabel(), end = NewLabel();
    CompileExpr(w.context_expr);
    SetLine(s->pos.line);
    Emit(Opcode::BEFORE_WITH);
    int base = depth_ - 2;
    PushHandler(handler, base + 1);
    fblocks_.push_back({FBlockKind::kWith});
    if (w.optional_vars) {
      CompileStore(w.optional_vars);
    } else {
      Emit(Opcode::POP_TOP);
    }
    if (item + 1 < s->items.size()) {
      CompileWith(s, item + 1);
    } else {
      CompileBody(s->body);
    }
    fblocks_.pop_back();
    PopHandler();
    if (reachable_) {
      SetLine(s->pos.line);
      EmitExitCall();
      EmitJump(Opcode::JUMP, end);
    }
    SetLine(s->pos.line);
    BindHandler(handler, base + 1);  // [exit, exc]
    int cleanup = NewLabel(), suppress = NewLabel();
    Emit(Opcode::PUSH_EXC_INFO);
    PushHandler(cleanup, base + 2);
    Emit(Opcode::WITH_EXCEPT_START);
    EmitJump(Opcode::POP_JUMP_IF_TRUE, suppress);
    PopHandler();
    Emit(Opcode::POP_EXCEPT_RERAISE);
    Bind(suppress);
    Emit(Opcode::POP_TOP);
    Emit(Opcode::POP_EXCEPT);
    Emit(Opcode::POP_TOP);
    EmitJump(Opcode::JUMP, end);
    BindHandler(cleanup, base + 2);  // [exit, prev, exc2]
    Emit(Opcode::POP_EXCEPT_RERAISE);
    Bind(end);
    depth_ = base;
  }

  // [exit] -> []: exit(None, None, None), result discarded.
  void EmitExitCall() {
    Emit(Opcode::PUSH_NULL);
    for (int i = 0; i < 3; ++i) EmitConst(Ref::New(None()));
    Emit(Opcode::CALL, 3);
    Emit(Opcode::POP_TOP);
  }

  // class C(bases, **kw): body  ==>  __build_class__(<body function>, 'C', bases, **kw)
  void CompileClassDef(Stmt* s) {
    for (Expr* d : s->decorator_list) {
      CompileExpr(d);
      Emit(Opcode::PUSH_NULL);
    }
    SetLine(s->pos.line);
    Emit(Opcode::LOAD_BUILD_CLASS);
    Emit(Opcode::PUSH_NULL);
    Scope* child = ChildScope(s);
    std::string qualname = ChildQualname(s->name);
    CodeGen gen(table_, child, filename_, qualname, nullptr);
    gen.private_ = s->name;
    Ref code = gen.CompileClassBody(s, qualname);
    EmitMakeFunction(std::move(code), child, 0, qualname);
    EmitConst(InternStr(StrFromUtf8(s->name)));
    CompileCallArgs(s->targets, s->keywords, s->pos, 2);
    for (size_t i = 0; i < s->decorator_list.size(); ++i) Emit(Opcode::CALL, 1);
    EmitNameOp(s->name, Ctx::kStore);
  }

  void CompileLambda(Expr* e) {
    uint32_t flags = CompileDefaults(e->args);
    Scope* child = ChildScope(e);
    std::string qualname = ChildQualname("<lambda>");
    CodeGen gen(table_, child, filename_, qualname, nullptr);
    gen.private_ = private_;
    Ref code = gen.CompileFunction(e->args, nullptr, e->left, "<lambda>", e->pos.line);
    EmitMakeFunction(std::move(code), child, flags, qualname);
  }

  // ---------------------------------------------------------------- targets

  void CompileStore(Expr* t) {
    switch (t->kind) {
      case ExprKind::kName:
        EmitNameOp(t->name, Ctx::kStore);
        break;
      case ExprKind::kAttribute:
        CompileExpr(t->left);
        EmitName(Opcode::STORE_ATTR, t->name);
        break;
      case ExprKind::kSubscript:
        CompileExpr(t->left);
        CompileExpr(t->right);
        Emit(Opcode::STORE_SUBSCR);
        break;
      case ExprKind::kTuple:
      case ExprKind::kList: {
        size_t star = t->elts.size();
        for (size_t i = 0; i < t->elts.size(); ++i) {
          if (t->elts[i]->kind == ExprKind::kStarred) {
            if (star != t->elts.size()) Fail(t->elts[i]->pos, "multiple starred expressions in assignment");
            star = i;
          }
        }
        if (star == t->elts.size()) {
          Emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(t->elts.size()));
        } else {
          uint32_t before = static_cast<uint32_t>(star);
          uint32_t after = static_cast<uint32_t>(t->elts.size() - star - 1);
          if (before > 255 || after > 255) Fail(t->pos, "too many expressions in star-unpacking assignment");
          Emit(Opcode::UNPACK_EX, before | (after << 8));
        }
        for (Expr* el : t->elts) CompileStore(el->kind == ExprKind::kStarred ? el->left : el);
        break;
      }
      case ExprKind::kStarred:
        Fail(t->pos, "starred assignment target must be in a list or tuple");
      default:
        Fail(t->pos, "cannot assign to " + ExprDescription(t));
    }
  }

  void CompileDelete(Expr* t) {
    switch (t->kind) {
      case ExprKind::kName:
        EmitNameOp(t->name, Ctx::kDel);
        break;
      case ExprKind::kAttribute:
        CompileExpr(t->left);
        EmitName(Opcode::DELETE_ATTR, t->name);
        break;
      case ExprKind::kSubscript:
        CompileExpr(t->left);
        CompileExpr(t->right);
        Emit(Opcode::DELETE_SUBSCR);
        break;
      case ExprKind::kTuple:
      case ExprKind::kList:
        for (Expr* el : t->elts) CompileDelete(el);
        break;
      default:
        Fail(t->pos, "cannot delete " + ExprDescription(t));
    }
  }

  static std::string ExprDescription(Expr* e) {
    switch (e->kind) {
      case ExprKind::kCall: return "function call";
      case ExprKind::kConstant: return "literal";
      case ExprKind::kBinOp:
      case ExprKind::kUnaryOp: return "expression";
      case ExprKind::kCompare: return "comparison";
      case ExprKind::kLambda: return "lambda";
      case ExprKind::kIfExp: return "conditional expression";
      default: return "expression";
    }
  }

  // ---------------------------------------------------------------- expressions

  static BinOp BinOpOf(BinOpKind k) {
    switch (k) {
      case BinOpKind::kAdd: return BinOp::kAdd;
      case BinOpKind::kSub: return BinOp::kSub;
      case BinOpKind::kMult: return BinOp::kMul;
      case BinOpKind::kMatMult: return BinOp::kMatMul;
      case BinOpKind::kDiv: return BinOp::kTrueDiv;
      case BinOpKind::kMod: return BinOp::kMod;
      case BinOpKind::kPow: return BinOp::kPow;
      case BinOpKind::kLShift: return BinOp::kLShift;
      case BinOpKind::kRShift: return BinOp::kRShift;
      case BinOpKind::kBitOr: return BinOp::kOr;
      case BinOpKind::kBitXor: return BinOp::kXor;
      case BinOpKind::kBitAnd: return BinOp::kAnd;
      case BinOpKind::kFloorDiv: return BinOp::kFloorDiv;
    }
    __builtin_unreachable();
  }

  // Jumps to `label` when the truth of `e` equals `jump_if`.
  void CompileCondJump(Expr* e, bool jump_if, int label) {
    if (e->kind == ExprKind::kUnaryOp && e->unaryop == UnaryOpKind::kNot) {
      CompileCondJump(e->left, !jump_if, label);
      return;
    }
    if (e->kind == ExprKind::kBoolOp) {
      bool is_and = e->boolop == BoolOpKind::kAnd;
      if (is_and != jump_if) {
        // and + jump_if_false / or + jump_if_true: any operand decides.
        for (Expr* v : e->elts) CompileCondJump(v, jump_if, label);
      } else {
        int skip = NewLabel();
        for (size_t i = 0; i + 1 < e->elts.size(); ++i) CompileCondJump(e->elts[i], !jump_if, skip);
        CompileCondJump(e->elts.back(), jump_if, label);
        Bind(skip);
      }
      return;
    }
    CompileExpr(e);
    EmitJump(jump_if ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, label);
  }

  void CompileExpr(Expr* e) {
    int saved_line = line_;
    SetLine(e->pos.line);
    switch (e->kind) {
      case ExprKind::kConstant: EmitConst(ConstantValue(e)); break;
      case ExprKind::kName: EmitNameOp(e->name, Ctx::kLoad); break;
      case ExprKind::kBinOp:
        CompileExpr(e->left);
        CompileExpr(e->right);
        SetLine(e->pos.line);
        Emit(Opcode::BINARY_OP, static_cast<uint32_t>(BinOpOf(e->binop)));
        break;
      case ExprKind::kUnaryOp: CompileUnary(e); break;
      case ExprKind::kBoolOp: {
        int end = NewLabel();
        Opcode op = e->boolop == BoolOpKind::kAnd ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
        for (size_t i = 0; i < e->elts.size(); ++i) {
          CompileExpr(e->elts[i]);
          if (i + 1 < e->elts.size()) EmitJump(op, end);
        }
        Bind(end);
        break;
      }
      case ExprKind::kCompare: CompileCompare(e); break;
      case ExprKind::kIfExp: {
        int orelse = NewLabel(), end = NewLabel();
        CompileCondJump(e->third, false, orelse);
        CompileExpr(e->left);
        EmitJump(Opcode::JUMP, end);
        Bind(orelse);
        CompileExpr(e->right);
        Bind(end);
        break;
      }
      case ExprKind::kCall: CompileCall(e); break;
      case ExprKind::kAttribute:
        CompileExpr(e->left);
        SetLine(e->pos.end_line);
        EmitName(Opcode::LOAD_ATTR, e->name);
        break;
      case ExprKind::kSubscript:
        CompileExpr(e->left);
        CompileExpr(e->right);
        SetLine(e->pos.line);
        Emit(Opcode::BINARY_SUBSCR);
        break;
      case ExprKind::kSlice: {
        auto push = [&](Expr* x) {
          if (x) CompileExpr(x);
          else EmitConst(Ref::New(None()));
        };
        push(e->left);
        push(e->right);
        if (e->third) {
          CompileExpr(e->third);
          Emit(Opcode::BUILD_SLICE, 3);
        } else {
          Emit(Opcode::BUILD_SLICE, 2);
        }
        break;
      }
      case ExprKind::kTuple: CompileSequence(e, Opcode::BUILD_TUPLE, true); break;
      case ExprKind::kList: CompileSequence(e, Opcode::BUILD_LIST, false); break;
      case ExprKind::kDict: CompileDict(e); break;
      case ExprKind::kLambda: CompileLambda(e); break;
      case ExprKind::kNamedExpr:
        CompileExpr(e->right);
        Emit(Opcode::COPY, 1);
        EmitNameOp(e->left->name, Ctx::kStore);
        break;
      case ExprKind::kStarred:
        Fail(e->pos, "can't use starred expression here");
      case ExprKind::kSet: CompileSetDisplay(e); break;
      case ExprKind::kListComp:
      case ExprKind::kSetComp:
      case ExprKind::kDictComp:
      case ExprKind::kGeneratorExp: CompileComprehension(e); break;
      case ExprKind::kYield:
        CheckYieldAllowed(e);
        if (e->left) {
          CompileExpr(e->left);
        } else {
          EmitConst(Ref::New(None()));
        }
        SetLine(e->pos.line);
        Emit(Opcode::YIELD_VALUE, 0);
        break;
      case ExprKind::kYieldFrom: CompileYieldFrom(e); break;
      case ExprKind::kAwait:
        Fail(e->pos, "'await' outside async function");
      case ExprKind::kJoinedStr: CompileJoinedStr(e); break;
      case ExprKind::kFormattedValue: CompileFormattedValue(e); break;
    }
    line_ = saved_line;
  }

  void CompileUnary(Expr* e) {
    // Fold negative numeric literals: -1 is one constant.
    if (e->unaryop == UnaryOpKind::kUSub && e->left->kind == ExprKind::kConstant &&
        (e->left->const_kind == ConstKind::kInt || e->left->const_kind == ConstKind::kFloat)) {
      Ref v = ConstantValue(e->left);
      Ref neg = Negative(v.get());
      if (neg) {
        EmitConst(std::move(neg));
        return;
      }
      ClearError();
    }
    CompileExpr(e->left);
    switch (e->unaryop) {
      case UnaryOpKind::kInvert: Emit(Opcode::UNARY_INVERT); break;
      case UnaryOpKind::kNot: Emit(Opcode::UNARY_NOT); break;
      case UnaryOpKind::kUAdd: Emit(Opcode::UNARY_POSITIVE); break;
      case UnaryOpKind::kUSub: Emit(Opcode::UNARY_NEGATIVE); break;
    }
  }

  void EmitCompareOp(CmpOpKind op) {
    switch (op) {
      case CmpOpKind::kEq: Emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kEq)); break;
      case CmpOpKind::kNotEq: Emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kNe)); break;
      case CmpOpKind::kLt: Emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kLt)); break;
      case CmpOpKind::kLtE: Emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kLe)); break;
      case CmpOpKind::kGt: Emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kGt)); break;
      case CmpOpKind::kGtE: Emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kGe)); break;
      case CmpOpKind::kIs: Emit(Opcode::IS_OP, 0); break;
      case CmpOpKind::kIsNot: Emit(Opcode::IS_OP, 1); break;
      case CmpOpKind::kIn: Emit(Opcode::CONTAINS_OP, 0); break;
      case CmpOpKind::kNotIn: Emit(Opcode::CONTAINS_OP, 1); break;
    }
  }

  void CompileCompare(Expr* e) {
    CompileExpr(e->left);
    size_t n = e->ops.size();
    if (n == 1) {
      CompileExpr(e->elts[0]);
      SetLine(e->pos.line);
      EmitCompareOp(e->ops[0]);
      return;
    }
    int cleanup = NewLabel(), end = NewLabel();
    for (size_t i = 0; i < n; ++i) {
      CompileExpr(e->elts[i]);
      if (i + 1 < n) {
        Emit(Opcode::SWAP, 2);
        Emit(Opcode::COPY, 2);
        EmitCompareOp(e->ops[i]);
        EmitJump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
      } else {
        EmitCompareOp(e->ops[i]);
      }
    }
    EmitJump(Opcode::JUMP, end);
    Bind(cleanup);
    Emit(Opcode::SWAP, 2);
    Emit(Opcode::POP_TOP);
    Bind(end);
  }

  bool HasStarred(const std::vector<Expr*>& elts) {
    for (Expr* x : elts) {
      if (x->kind == ExprKind::kStarred) return true;
    }
    return false;
  }

  bool AllConstant(const std::vector<Expr*>& elts) {
    for (Expr* x : elts) {
      if (x->kind != ExprKind::kConstant) return false;
    }
    return !elts.empty();
  }

  void CompileSequence(Expr* e, Opcode build, bool is_tuple) {
    if (is_tuple && AllConstant(e->elts)) {
      Ref t = NewTuple(static_cast<int64_t>(e->elts.size()));
      for (size_t i = 0; i < e->elts.size(); ++i) TupleInit(t.get(), static_cast<int64_t>(i), ConstantValue(e->elts[i]));
      EmitConst(std::move(t));
      return;
    }
    if (!HasStarred(e->elts)) {
      for (Expr* x : e->elts) CompileExpr(x);
      Emit(build, static_cast<uint32_t>(e->elts.size()));
      return;
    }
    Emit(Opcode::BUILD_LIST, 0);
    for (Expr* x : e->elts) {
      if (x->kind == ExprKind::kStarred) {
        CompileExpr(x->left);
        Emit(Opcode::LIST_EXTEND, 1);
      } else {
        CompileExpr(x);
        Emit(Opcode::LIST_APPEND, 1);
      }
    }
    if (is_tuple) Emit(Opcode::LIST_TO_TUPLE);
  }

  // True for expressions CPython's AST optimizer folds to a constant:
  // literals, negated numbers, and tuples of those.
  static bool IsConstExpr(Expr* x) {
    switch (x->kind) {
      case ExprKind::kConstant:
        return x->const_kind != ConstKind::kImag && x->const_kind != ConstKind::kBytes;
      case ExprKind::kUnaryOp:
        return x->unaryop == UnaryOpKind::kUSub && x->left->kind == ExprKind::kConstant &&
               (x->left->const_kind == ConstKind::kInt || x->left->const_kind == ConstKind::kFloat);
      case ExprKind::kTuple:
        for (Expr* el : x->elts) {
          if (!IsConstExpr(el)) return false;
        }
        return true;
      default:
        return false;
    }
  }

  Ref ConstExprValue(Expr* x) {
    if (x->kind == ExprKind::kUnaryOp) {
      Ref v = ConstantValue(x->left);
      Ref neg = Negative(v.get());
      if (!neg) Fail(x->pos, "invalid constant");
      return neg;
    }
    if (x->kind == ExprKind::kTuple) {
      Ref t = NewTuple(static_cast<int64_t>(x->elts.size()));
      for (size_t i = 0; i < x->elts.size(); ++i) {
        TupleInit(t.get(), static_cast<int64_t>(i), ConstExprValue(x->elts[i]));
      }
      return t;
    }
    return ConstantValue(x);
  }

  bool AllConstExprs(const std::vector<Expr*>& elts) {
    for (Expr* x : elts) {
      if (!IsConstExpr(x)) return false;
    }
    return !elts.empty();
  }

  // frozenset(elements) for a set display of constants (CPython folds these).
  Ref FrozenSetConstant(Expr* e) {
    Ref t = NewTuple(static_cast<int64_t>(e->elts.size()));
    for (size_t i = 0; i < e->elts.size(); ++i) {
      TupleInit(t.get(), static_cast<int64_t>(i), ConstExprValue(e->elts[i]));
    }
    Ref fs = NewFrozenSet(t.get());
    if (!fs) Fail(e->pos, "invalid constant");
    // CPython's constant merging (merge_consts_recursive) rebuilds the
    // frozenset from its own iteration order: the table that results is the
    // one programs see.
    Ref items = ListFromIterable(fs.get());
    Ref rebuilt = items ? NewFrozenSet(items.get()) : Ref();
    if (!rebuilt) Fail(e->pos, "invalid constant");
    return rebuilt;
  }

  // {a, b, *c}. Like CPython: three or more constants become BUILD_SET 0 and
  // a frozenset constant merged in (which fixes the table size, hence the
  // iteration order, exactly as CPython's does).
  void CompileSetDisplay(Expr* e) {
    if (e->elts.size() > 2 && AllConstExprs(e->elts)) {
      Emit(Opcode::BUILD_SET, 0);
      EmitConst(FrozenSetConstant(e));
      Emit(Opcode::SET_UPDATE, 1);
      return;
    }
    if (!HasStarred(e->elts)) {
      for (Expr* x : e->elts) CompileExpr(x);
      Emit(Opcode::BUILD_SET, static_cast<uint32_t>(e->elts.size()));
      return;
    }
    Emit(Opcode::BUILD_SET, 0);
    for (Expr* x : e->elts) {
      if (x->kind == ExprKind::kStarred) {
        CompileExpr(x->left);
        Emit(Opcode::SET_UPDATE, 1);
      } else {
        CompileExpr(x);
        Emit(Opcode::SET_ADD, 1);
      }
    }
  }

  // The iterable of a `for` or comprehension: a display of constants is
  // folded to a tuple / frozenset constant as CPython's optimizer does (the
  // frozenset's order is what the loop sees).
  void CompileIterable(Expr* it) {
    if (it->kind == ExprKind::kSet && AllConstExprs(it->elts)) {
      SetLine(it->pos.line);
      EmitConst(FrozenSetConstant(it));
      return;
    }
    CompileExpr(it);
  }

  void CompileDict(Expr* e) {
    bool has_unpack = false;
    for (Expr* k : e->elts) {
      if (k == nullptr) has_unpack = true;
    }
    if (!has_unpack) {
      for (size_t i = 0; i < e->elts.size(); ++i) {
        CompileExpr(e->elts[i]);
        CompileExpr(e->values[i]);
      }
      Emit(Opcode::BUILD_MAP, static_cast<uint32_t>(e->elts.size()));
      return;
    }
    Emit(Opcode::BUILD_MAP, 0);
    for (size_t i = 0; i < e->elts.size(); ++i) {
      if (e->elts[i] == nullptr) {
        CompileExpr(e->values[i]);
        Emit(Opcode::DICT_UPDATE, 1);
      } else {
        CompileExpr(e->elts[i]);
        CompileExpr(e->values[i]);
        Emit(Opcode::MAP_ADD, 1);
      }
    }
  }

  void CompileCall(Expr* e) {
    bool starred = HasStarred(e->elts);
    bool dstar = false;
    for (const Keyword& k : e->keywords) {
      if (k.arg.empty()) dstar = true;
    }
    Expr* func = e->left;
    if (func->kind == ExprKind::kAttribute && !starred && !dstar) {
      CompileExpr(func->left);
      SetLine(func->pos.end_line);
      EmitName(Opcode::LOAD_METHOD, func->name);
    } else {
      CompileExpr(func);
      Emit(Opcode::PUSH_NULL);
    }
    CompileCallArgs(e->elts, e->keywords, e->pos, 0);
  }

  // Compiles the arguments of a call whose callable and NULL|self are on the
  // stack, after `leading` positional values already pushed, and the call.
  void CompileCallArgs(const std::vector<Expr*>& elts, const std::vector<Keyword>& keywords,
                       const Pos& pos, uint32_t leading) {
    bool starred = HasStarred(elts);
    bool dstar = false;
    for (size_t i = 0; i < keywords.size(); ++i) {
      if (keywords[i].arg.empty()) dstar = true;
      for (size_t j = 0; j < i; ++j) {
        if (!keywords[i].arg.empty() && keywords[j].arg == keywords[i].arg) {
          Fail(keywords[i].pos, "keyword argument repeated: " + keywords[i].arg);
        }
      }
    }
    if (starred || dstar) {
      CompileCallEx(elts, keywords, pos, leading);
      return;
    }
    for (Expr* a : elts) CompileExpr(a);
    uint32_t npos = leading + static_cast<uint32_t>(elts.size());
    if (keywords.empty()) {
      SetLine(pos.line);
      Emit(Opcode::CALL, npos);
      return;
    }
    Ref names = NewTuple(static_cast<int64_t>(keywords.size()));
    for (size_t i = 0; i < keywords.size(); ++i) {
      CompileExpr(keywords[i].value);
      TupleInit(names.get(), static_cast<int64_t>(i), Ref::New(Intern(keywords[i].arg)));
    }
    EmitConst(std::move(names));
    SetLine(pos.line);
    Emit(Opcode::CALL_KW, npos + static_cast<uint32_t>(keywords.size()));
  }

  // f(*args, **kwargs): [callable, NULL|self, args tuple, kwargs dict]. The
  // LIST_EXTEND / DICT_MERGE operands carry kInCall so their errors can name
  // the function, as CPython's do.
  void CompileCallEx(const std::vector<Expr*>& elts, const std::vector<Keyword>& keywords,
                     const Pos& pos, uint32_t leading) {
    Emit(Opcode::BUILD_LIST, leading);
    for (Expr* a : elts) {
      if (a->kind == ExprKind::kStarred) {
        CompileExpr(a->left);
        Emit(Opcode::LIST_EXTEND, 1 | kInCall);
      } else {
        CompileExpr(a);
        Emit(Opcode::LIST_APPEND, 1);
      }
    }
    Emit(Opcode::LIST_TO_TUPLE);
    if (keywords.empty()) {
      SetLine(pos.line);
      Emit(Opcode::CALL_EX, 0);
      return;
    }
    Emit(Opcode::BUILD_MAP, 0);
    size_t i = 0;
    while (i < keywords.size()) {
      if (keywords[i].arg.empty()) {
        CompileExpr(keywords[i].value);
        ++i;
      } else {
        // A run of named keywords becomes one dict, merged with duplicate checks.
        uint32_t n = 0;
        for (; i < keywords.size() && !keywords[i].arg.empty(); ++i, ++n) {
          EmitConst(Ref::New(Intern(keywords[i].arg)));
          CompileExpr(keywords[i].value);
        }
        Emit(Opcode::BUILD_MAP, n);
      }
      Emit(Opcode::DICT_MERGE, 1 | kInCall);
    }
    SetLine(pos.line);
    Emit(Opcode::CALL_EX, 1);
  }

  // ---------------------------------------------------------------- state

  const SymbolTable& table_;
  Scope* scope_;
  std::string filename_;
  std::string qualname_;
  bool interactive_ = false;
  int line_ = 1;
  int first_line_ = 1;
  int depth_ = 0;
  int max_depth_ = 0;
  bool reachable_ = true;
  std::vector<uint32_t> code_;
  std::vector<int> lines_;
  std::vector<int> instr_handler_;
  std::vector<Ref> consts_;
  std::unordered_map<std::string, uint32_t> const_index_;  // ConstKey -> slot
  std::map<std::string, uint32_t> names_;
  std::vector<std::string> name_list_;
  std::map<std::string, int> local_index_;
  std::vector<std::string> local_names_;
  std::vector<Label> labels_;
  struct Handler {
    int label;
    int depth;
  };
  std::vector<Handler> handlers_;
  std::vector<int> handler_stack_;
  std::vector<FBlock> fblocks_;
};

std::string LineOf(std::string_view source, int line) {
  int cur = 1;
  size_t start = 0;
  while (cur < line) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return "";
    start = nl + 1;
    ++cur;
  }
  size_t end = source.find('\n', start);
  return std::string(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

}  // namespace

void RaiseSyntaxError(const SyntaxErrorInfo& info, std::string_view filename) {
  TypeObject* type = info.kind == SyntaxErrorKind::kTabError           ? TabErrorType()
                     : info.kind == SyntaxErrorKind::kIndentationError ? IndentationErrorType()
                                                                       : SyntaxErrorType();
  Ref msg = StrFromUtf8(info.message);
  Ref fname = StrFromUtf8(filename);
  Ref text = info.text.empty() && info.line <= 0 ? Ref::New(None()) : StrFromUtf8(info.text);
  // CPython's offsets are 1-based character positions.
  auto char_offset = [&](int byte_col) {
    int n = 0;
    for (int i = 0; i < byte_col && i < static_cast<int>(info.text.size()); ++i) {
      if ((static_cast<unsigned char>(info.text[i]) & 0xC0) != 0x80) ++n;
    }
    if (byte_col > static_cast<int>(info.text.size())) n += byte_col - static_cast<int>(info.text.size());
    return n + 1;
  };
  Ref details = MakeTuple({fname.get(), Value::SmallInt(info.line), Value::SmallInt(char_offset(info.col)),
                           text.get(), Value::SmallInt(info.line),
                           Value::SmallInt(char_offset(std::max(info.end_col, info.col + 1)))});
  Value args[2] = {msg.get(), details.get()};
  Ref exc = NewException(type, args, 2);
  if (!exc) return;
  Value d = exc.get();
  SetAttr(d, Intern("msg"), msg.get());
  SetAttr(d, Intern("filename"), fname.get());
  SetAttr(d, Intern("lineno"), Value::SmallInt(info.line));
  SetAttr(d, Intern("offset"), TupleItem(details.get(), 2));
  SetAttr(d, Intern("text"), text.get());
  SetAttr(d, Intern("end_lineno"), Value::SmallInt(info.line));
  SetAttr(d, Intern("end_offset"), TupleItem(details.get(), 5));
  SetErrorObject(d);
}

Ref CompileModule(const ast::Module& module, std::string_view filename) {
  SymbolTable table;
  SyntaxErrorInfo err;
  if (!BuildSymbolTable(module, &table, &err)) {
    RaiseSyntaxError(err, filename);
    return Ref();
  }
  try {
    CodeGen gen(table, table.top.get(), filename, "", nullptr);
    return gen.CompileModule(module);
  } catch (CompileError& e) {
    if (ErrorOccurred()) return Ref();  // MemoryError while building constants
    RaiseSyntaxError(e.info, filename);
    return Ref();
  }
}

Ref Compile(std::string_view source, std::string_view filename, ast::Mode mode) {
  ParseResult r = Parse(source, filename, mode);
  if (r.error) {
    RaiseSyntaxError(*r.error, filename);
    return Ref();
  }
  Ref code = CompileModule(*r.module, filename);
  if (!code && ErrorMatches(SyntaxErrorType())) {
    // Fill in the source text of compile-time errors.
    Ref exc = FetchError();
    Ref lineno = GetAttrStr(exc.get(), "lineno");
    if (lineno && lineno.get().is_small_int()) {
      Ref text = StrFromUtf8(LineOf(source, static_cast<int>(lineno.get().small_int())));
      SetAttr(exc.get(), Intern("text"), text.get());
    } else {
      ClearError();
    }
    RestoreError(std::move(exc));
  }
  return code;
}

}  // namespace gilectomy::rt
