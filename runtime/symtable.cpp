// Symbol table construction and analysis.
//
// Pass 1 (Collector) walks the AST once, opening a Scope for the module and
// for every def, lambda, class and comprehension, recording what each scope
// binds, uses and declares global/nonlocal.
// Pass 2 (Analyze) resolves every name top-down, knowing which names the
// enclosing *function* scopes bind (class bodies do not enclose their
// methods), then marks captured locals as cells and threads free variables
// through intermediate scopes.
#include "runtime/symtable.h"

#include <algorithm>

namespace gilectomy::rt {

using namespace ast;

NameKind Scope::Resolve(const std::string& n) const {
  auto it = kinds.find(n);
  if (it != kinds.end()) return it->second;
  if (kind == ScopeKind::kModule || kind == ScopeKind::kClass) return NameKind::kName;
  return NameKind::kGlobalImplicit;
}

namespace {

class Collector {
 public:
  explicit Collector(SymbolTable* t) : table_(t) {}

  Scope* Open(ScopeKind kind, std::string name, const void* node) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = std::move(name);
    s->node = node;
    s->parent = cur_;
    Scope* raw = s.get();
    if (cur_ == nullptr) {
      table_->top = std::move(s);
    } else {
      cur_->children.push_back(std::move(s));
    }
    if (node != nullptr) table_->by_node[node] = raw;
    return raw;
  }

  void Module(const ast::Module& m) {
    cur_ = Open(ScopeKind::kModule, "<module>", &m);
    for (Stmt* s : m.body) Visit(s);
  }

 private:
  void Bind(const std::string& n) { cur_->bound.insert(n); }
  void Use(const std::string& n) {
    cur_->used.insert(n);
    // Zero-argument super() reads the __class__ cell of the enclosing class.
    if (n == "super" && cur_->kind != ScopeKind::kModule && cur_->kind != ScopeKind::kClass) {
      cur_->used.insert("__class__");
    }
  }

  void Args(Arguments* a) {
    // Defaults and annotations are evaluated in the enclosing scope.
    for (Expr* d : a->defaults) Visit(d);
    for (Expr* d : a->kw_defaults) {
      if (d) Visit(d);
    }
  }

  void Params(Arguments* a) {
    for (const Arg& p : a->posonlyargs) AddParam(p.name);
    for (const Arg& p : a->args) AddParam(p.name);
    for (const Arg& p : a->kwonlyargs) AddParam(p.name);
    if (a->has_vararg) {
      AddParam(a->vararg.name);
      cur_->has_vararg = true;
    }
    if (a->has_kwarg) {
      AddParam(a->kwarg.name);
      cur_->has_kwarg = true;
    }
  }
  void AddParam(const std::string& n) {
    cur_->params.push_back(n);
    Bind(n);
  }

  void Body(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) Visit(s);
  }

  void Visit(Stmt* s) {
    switch (s->kind) {
      case StmtKind::kFunctionDef: {
        for (Expr* d : s->decorator_list) Visit(d);
        Args(s->args);
        Bind(s->name);
        Scope* saved = cur_;
        cur_ = Open(ScopeKind::kFunction, s->name, s);
        Params(s->args);
        Body(s->body);
        cur_ = saved;
        break;
      }
      case StmtKind::kClassDef: {
        for (Expr* d : s->decorator_list) Visit(d);
        for (Expr* b : s->targets) Visit(b);
        for (const Keyword& k : s->keywords) Visit(k.value);
        Bind(s->name);
        Scope* saved = cur_;
        cur_ = Open(ScopeKind::kClass, s->name, s);
        Body(s->body);
        cur_ = saved;
        break;
      }
      case StmtKind::kReturn:
      case StmtKind::kExpr:
        if (s->value) Visit(s->value);
        break;
      case StmtKind::kDelete:
        for (Expr* t : s->targets) Visit(t);
        break;
      case StmtKind::kAssign:
        Visit(s->value);
        for (Expr* t : s->targets) Visit(t);
        break;
      case StmtKind::kAugAssign:
        Visit(s->value);
        Visit(s->targets[0]);
        if (s->targets[0]->kind == ExprKind::kName) Use(s->targets[0]->name);
        break;
      case StmtKind::kAnnAssign:
        if (s->value) Visit(s->value);
        Visit(s->targets[0]);
        break;
      case StmtKind::kFor:
        Visit(s->value);
        Visit(s->targets[0]);
        Body(s->body);
        Body(s->orelse);
        break;
      case StmtKind::kWhile:
      case StmtKind::kIf:
        Visit(s->value);
        Body(s->body);
        Body(s->orelse);
        break;
      case StmtKind::kWith:
        for (const WithItem& w : s->items) {
          Visit(w.context_expr);
          if (w.optional_vars) Visit(w.optional_vars);
        }
        Body(s->body);
        break;
      case StmtKind::kRaise:
        if (s->value) Visit(s->value);
        if (s->cause) Visit(s->cause);
        break;
      case StmtKind::kTry:
        Body(s->body);
        for (const ExceptHandler& h : s->handlers) {
          if (h.type) Visit(h.type);
          if (!h.name.empty()) Bind(h.name);
          Body(h.body);
        }
        Body(s->orelse);
        Body(s->finalbody);
        break;
      case StmtKind::kAssert:
        Visit(s->value);
        if (s->msg) Visit(s->msg);
        break;
      case StmtKind::kImport:
        for (const Alias& a : s->names) {
          if (!a.asname.empty()) {
            Bind(a.asname);
          } else {
            Bind(a.name.substr(0, a.name.find('.')));
          }
        }
        break;
      case StmtKind::kImportFrom:
        for (const Alias& a : s->names) {
          if (a.name != "*") Bind(a.asname.empty() ? a.name : a.asname);
        }
        break;
      case StmtKind::kGlobal:
        for (const std::string& n : s->identifiers) cur_->globals.insert(n);
        break;
      case StmtKind::kNonlocal:
        for (const std::string& n : s->identifiers) cur_->nonlocals.insert(n);
        break;
      case StmtKind::kPass:
      case StmtKind::kBreak:
      case StmtKind::kContinue:
        break;
    }
  }

  void Visit(Expr* e) {
    switch (e->kind) {
      case ExprKind::kName:
        if (e->ctx == Ctx::kLoad) {
          Use(e->name);
        } else {
          Bind(e->name);
        }
        break;
      case ExprKind::kLambda: {
        Args(e->args);
        Scope* saved = cur_;
        cur_ = Open(ScopeKind::kLambda, "<lambda>", e);
        Params(e->args);
        Visit(e->left);
        cur_ = saved;
        break;
      }
      case ExprKind::kListComp:
      case ExprKind::kSetComp:
      case ExprKind::kDictComp:
      case ExprKind::kGeneratorExp: {
        // The first iterable is evaluated in the enclosing scope.
        Visit(e->generators[0].iter);
        Scope* saved = cur_;
        const char* names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
        int idx = e->kind == ExprKind::kListComp ? 0
                  : e->kind == ExprKind::kSetComp ? 1
                  : e->kind == ExprKind::kDictComp ? 2 : 3;
        cur_ = Open(ScopeKind::kComprehension, names[idx], e);
        cur_->is_generator = idx == 3;
        AddParam(".0");
        for (size_t i = 0; i < e->generators.size(); ++i) {
          const Comprehension& c = e->generators[i];
          if (i > 0) Visit(c.iter);
          Visit(c.target);
          for (Expr* cond : c.ifs) Visit(cond);
        }
        Visit(e->left);
        if (e->right) Visit(e->right);
        cur_ = saved;
        break;
      }
      case ExprKind::kYield:
      case ExprKind::kYieldFrom:
        cur_->is_generator = true;
        if (e->left) Visit(e->left);
        break;
      case ExprKind::kNamedExpr: {
        // The target binds in the nearest enclosing non-comprehension scope.
        Visit(e->right);
        Scope* target = cur_;
        while (target->kind == ScopeKind::kComprehension) target = target->parent;
        // In the comprehensions between, the name is the target scope's:
        // a global at module level, a free variable inside a function.
        for (Scope* s = cur_; s != target; s = s->parent) {
          if (target->kind == ScopeKind::kModule) {
            s->globals.insert(e->left->name);
          } else {
            s->nonlocals.insert(e->left->name);
          }
        }
        target->bound.insert(e->left->name);
        break;
      }
      default:
        if (e->left) Visit(e->left);
        if (e->right) Visit(e->right);
        if (e->third) Visit(e->third);
        for (Expr* x : e->elts) {
          if (x) Visit(x);
        }
        for (Expr* x : e->values) Visit(x);
        for (const Keyword& k : e->keywords) Visit(k.value);
        break;
    }
  }

  SymbolTable* table_;
  Scope* cur_ = nullptr;
};

bool IsFunctionLike(const Scope* s) {
  return s->kind == ScopeKind::kFunction || s->kind == ScopeKind::kLambda ||
         s->kind == ScopeKind::kComprehension;
}

// Resolves `s` given the names bound by enclosing function scopes; returns
// the set of names `s` (and its children) need from outside as free variables.
bool Analyze(Scope* s, const std::set<std::string>& enclosing, SyntaxErrorInfo* error) {
  bool func = IsFunctionLike(s);
  std::set<std::string> all = s->used;
  all.insert(s->bound.begin(), s->bound.end());
  all.insert(s->nonlocals.begin(), s->nonlocals.end());
  for (const std::string& n : all) {
    if (s->globals.count(n)) {
      s->kinds[n] = NameKind::kGlobalExplicit;
    } else if (s->nonlocals.count(n)) {
      if (!enclosing.count(n)) {
        error->message = "no binding for nonlocal '" + n + "' found";
        return false;
      }
      s->kinds[n] = NameKind::kFree;
    } else if (s->bound.count(n)) {
      s->kinds[n] = func ? NameKind::kLocal : NameKind::kName;
    } else if (func && enclosing.count(n)) {
      s->kinds[n] = NameKind::kFree;
    } else if (!func && enclosing.count(n) && s->kind == ScopeKind::kClass) {
      s->kinds[n] = NameKind::kFree;  // class body reading an enclosing function's local
    } else {
      s->kinds[n] = func ? NameKind::kGlobalImplicit : NameKind::kName;
    }
  }
  std::set<std::string> child_enclosing = enclosing;
  if (s->kind == ScopeKind::kClass) child_enclosing.insert("__class__");
  if (func) {
    for (const auto& [n, k] : s->kinds) {
      if (k == NameKind::kLocal || k == NameKind::kFree) child_enclosing.insert(n);
    }
  }
  for (auto& c : s->children) {
    if (!Analyze(c.get(), child_enclosing, error)) return false;
    for (const std::string& f : c->freevars) {
      if (s->kind == ScopeKind::kClass && f == "__class__") {
        s->kinds[f] = NameKind::kCell;  // the class body owns the cell
        continue;
      }
      auto it = s->kinds.find(f);
      if (it != s->kinds.end() && it->second == NameKind::kLocal && func) {
        it->second = NameKind::kCell;
      } else if (it == s->kinds.end() || it->second == NameKind::kGlobalImplicit ||
                 it->second == NameKind::kName) {
        // Passing through: the child needs it from further out.
        if (func || s->kind == ScopeKind::kClass) {
          if (it == s->kinds.end() || func) s->kinds[f] = NameKind::kFree;
          else s->freevars.push_back(f);  // class body keeps NAME access for its own uses
        }
      }
    }
  }
  for (const auto& [n, k] : s->kinds) {
    if (k == NameKind::kCell) s->cellvars.push_back(n);
    if (k == NameKind::kFree) s->freevars.push_back(n);
  }
  std::sort(s->freevars.begin(), s->freevars.end());
  s->freevars.erase(std::unique(s->freevars.begin(), s->freevars.end()), s->freevars.end());
  return true;
}

}  // namespace

bool BuildSymbolTable(const ast::Module& module, SymbolTable* table, SyntaxErrorInfo* error) {
  Collector c(table);
  c.Module(module);
  return Analyze(table->top.get(), {}, error);
}

}  // namespace gilectomy::rt
