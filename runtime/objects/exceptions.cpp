// The builtin exception types (runtime/exceptions.def) and traceback objects.
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/init.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace gilectomy::rt {

namespace {
#define GY_EXCEPTION(cpp, pyname, base) TypeObject g##cpp;
#include "runtime/exceptions.def"
#undef GY_EXCEPTION
}  // namespace

#define GY_EXCEPTION(cpp, pyname, base) \
  TypeObject* cpp##Type() { return &g##cpp; }
#include "runtime/exceptions.def"
#undef GY_EXCEPTION

TypeObject TracebackType;

bool BaseExceptionObject::IsType(TypeObject* t) {
  return (t->type_flags & kTypeExceptionSubclass) != 0;
}

namespace {

BaseExceptionObject* AsExc(Value v) { return static_cast<BaseExceptionObject*>(v.obj()); }

Value OrNone(Object* o) { return o ? Value::FromObject(o) : None(); }

void ExcDealloc(Object* o) {
  auto* e = static_cast<BaseExceptionObject*>(o);
  for (Object* p : {e->args, e->traceback, e->context, e->cause, e->dict}) {
    if (p) gc::Decref(p);
  }
  FreeObject(o);
}

// Collector hooks. Every exception type inherits them from BaseException
// (InheritSlots copies the hooks of a type without its own dealloc).
void ExcTraverse(gc::Header* h, gc::Visitor& v) {
  auto* e = static_cast<BaseExceptionObject*>(h);
  for (Object* p : {e->args, e->traceback, e->context, e->cause, e->dict}) {
    if (p) v.Visit(p);
  }
}

// args becomes the (immortal) empty tuple, never null: str() and repr()
// read it. The other fields are null in a fresh exception.
void ExcClear(gc::Header* h) {
  auto* e = static_cast<BaseExceptionObject*>(h);
  Object* old[] = {e->args, e->traceback, e->context, e->cause, e->dict};
  e->args = EmptyTuple().obj();
  e->traceback = e->context = e->cause = e->dict = nullptr;
  for (Object* p : old) {
    if (p) gc::Decref(p);
  }
}

// BaseException.__init__(*args): replaces args (keywords are an error).
int ExcInit(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && TupleSize(kwnames) != 0) {
    SetErrorFmt(TypeErrorType(), "{}() takes no keyword arguments", TypeName(self));
    return -1;
  }
  Ref t = TupleFromArray(args, static_cast<int64_t>(nargs));
  if (!t) return -1;
  auto* e = AsExc(self);
  Object* old = e->args;
  e->args = t.release().obj();
  if (old) gc::Decref(old);
  return 0;
}

Ref ExcNew(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  // Classes may take keywords in their own __init__; builtin exceptions never do.
  if (kwnames && TupleSize(kwnames) != 0 && !(type->flags_ & gc::kHeapType)) {
    return SetErrorFmt(TypeErrorType(), "{}() takes no keyword arguments", type->name);
  }
  return NewException(type, args, nargs);
}

Ref ExcRepr(Value self) {
  auto* e = AsExc(self);
  Value args = Value::FromObject(e->args);
  std::string out = TypeName(self);
  if (TupleSize(args) == 1) {
    std::string r;
    if (!ReprText(TupleItem(args, 0), &r)) return Ref();
    out += "(" + r + ")";
  } else {
    std::string r;
    if (!ReprText(args, &r)) return Ref();
    out += r;  // "()" or "(1, 2)"
  }
  return StrFromUtf8(out);
}

Ref ExcStrSlot(Value self) {
  Value args = Value::FromObject(AsExc(self)->args);
  int64_t n = TupleSize(args);
  if (n == 0) return Ref::New(Intern(""));
  if (n == 1) return Str(TupleItem(args, 0));
  return Str(args);
}

// KeyError shows the repr of a single key: KeyError: 'x'.
Ref KeyErrorStr(Value self) {
  Value args = Value::FromObject(AsExc(self)->args);
  if (TupleSize(args) == 1) return Repr(TupleItem(args, 0));
  return ExcStrSlot(self);
}

Ref ExcGetArgs(Value self) { return Ref::New(Value::FromObject(AsExc(self)->args)); }
int ExcSetArgs(Value self, Value v) {
  if (!v) return SetError(TypeErrorType(), "args may not be deleted");
  Ref t = IsTuple(v) ? Ref::New(v) : Ref();
  if (!t) {
    // Any iterable becomes a tuple.
    Ref it = GetIter(v);
    if (!it) return -1;
    std::vector<Ref> items;
    while (Ref x = IterNext(it.get())) items.push_back(std::move(x));
    if (ErrorOccurred()) return -1;
    t = NewTuple(static_cast<int64_t>(items.size()));
    for (size_t i = 0; i < items.size(); ++i) TupleInit(t.get(), i, std::move(items[i]));
  }
  Object* old = AsExc(self)->args;
  AsExc(self)->args = t.release().obj();
  gc::Decref(old);
  return 0;
}
Ref ExcGetTraceback(Value self) { return Ref::New(OrNone(AsExc(self)->traceback)); }
Ref ExcGetContext(Value self) { return Ref::New(OrNone(AsExc(self)->context)); }
Ref ExcGetCause(Value self) { return Ref::New(OrNone(AsExc(self)->cause)); }
Ref ExcGetSuppress(Value self) { return Ref::New(Bool(AsExc(self)->suppress_context)); }

int SetOptionalExc(Object** field, Value v, const char* what) {
  if (v && !IsNone(v) && !Is<BaseExceptionObject>(v)) {
    return SetErrorFmt(TypeErrorType(), "exception {} must be None or derive from BaseException",
                       what);
  }
  Object* old = *field;
  *field = (v && !IsNone(v)) ? (Incref(v), v.obj()) : nullptr;
  if (old) gc::Decref(old);
  return 0;
}
int ExcSetContext(Value self, Value v) { return SetOptionalExc(&AsExc(self)->context, v, "context"); }
int ExcSetCause(Value self, Value v) {
  AsExc(self)->suppress_context = true;
  return SetOptionalExc(&AsExc(self)->cause, v, "cause");
}
int ExcSetTraceback(Value self, Value v) {
  if (v && !IsNone(v) && !Is<TracebackObject>(v)) {
    return SetError(TypeErrorType(), "__traceback__ must be a traceback or None");
  }
  Object* old = AsExc(self)->traceback;
  AsExc(self)->traceback = (v && !IsNone(v)) ? (Incref(v), v.obj()) : nullptr;
  if (old) gc::Decref(old);
  return 0;
}
int ExcSetSuppress(Value self, Value v) {
  int t = IsTrue(v);
  if (t < 0) return -1;
  AsExc(self)->suppress_context = t != 0;
  return 0;
}

// SystemExit.code / StopIteration.value: the first argument, or None.
Ref ExcGetFirstArg(Value self) {
  Value args = Value::FromObject(AsExc(self)->args);
  return Ref::New(TupleSize(args) > 0 ? TupleItem(args, 0) : None());
}

Ref ExcWithTraceback(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!CheckArgCount("with_traceback", nargs, 1, 1)) return Ref();
  if (ExcSetTraceback(self, args[0]) < 0) return Ref();
  return Ref::New(self);
}

const GetSetDef kExcGetSets[] = {
    {"args", ExcGetArgs, ExcSetArgs},
    {"__traceback__", ExcGetTraceback, ExcSetTraceback},
    {"__context__", ExcGetContext, ExcSetContext},
    {"__cause__", ExcGetCause, ExcSetCause},
    {"__suppress_context__", ExcGetSuppress, ExcSetSuppress},
    {nullptr, nullptr}};
const GetSetDef kCodeGetSets[] = {{"code", ExcGetFirstArg}, {nullptr, nullptr}};
const GetSetDef kValueGetSets[] = {{"value", ExcGetFirstArg}, {nullptr, nullptr}};
const MethodDef kExcMethods[] = {{"with_traceback", ExcWithTraceback}, {nullptr, nullptr}};

void TracebackDealloc(Object* o) {
  auto* tb = static_cast<TracebackObject*>(o);
  for (Object* p : {tb->next, tb->filename, tb->name}) {
    if (p) gc::Decref(p);
  }
  FreeObject(o);
}
Ref TbGetNext(Value self) { return Ref::New(OrNone(static_cast<TracebackObject*>(self.obj())->next)); }
Ref TbGetLineno(Value self) { return Ref::SmallInt(static_cast<TracebackObject*>(self.obj())->line); }
const GetSetDef kTbGetSets[] = {{"tb_next", TbGetNext}, {"tb_lineno", TbGetLineno}, {nullptr, nullptr}};

}  // namespace

Ref NewException(TypeObject* type, const Value* args, size_t nargs) {
  size_t size = type->basic_size ? type->basic_size : sizeof(BaseExceptionObject);
  Object* o = AllocObject(type, size);
  if (o == nullptr) return Ref();
  Ref t = TupleFromArray(args, static_cast<int64_t>(nargs));
  if (!t) {
    FreeObject(o);
    return Ref();
  }
  static_cast<BaseExceptionObject*>(o)->args = t.release().obj();
  return Ref::Steal(o);
}

Ref ExceptionStr(Value exc) { return Str(exc); }

void AddTraceback(Value exc, Value filename, Value name, int line) {
  if (!Is<BaseExceptionObject>(exc)) return;
  Object* o = AllocObject(&TracebackType, sizeof(TracebackObject));
  if (o == nullptr) {
    ClearError();  // losing a traceback entry beats losing the exception
    return;
  }
  auto* tb = static_cast<TracebackObject*>(o);
  auto* e = AsExc(exc);
  tb->next = e->traceback;  // steals the old head
  Incref(filename);
  Incref(name);
  tb->filename = filename.obj();
  tb->name = name.obj();
  tb->line = line;
  e->traceback = tb;
}

void InitExceptionTypes() {
#define GY_EXCEPTION(cpp, pyname, base_name)                              \
  {                                                                       \
    TypeObject* t = &g##cpp;                                              \
    t->name = pyname;                                                     \
    t->base = GY_BASE_##base_name;                                        \
    t->basic_size = sizeof(BaseExceptionObject);                          \
    t->type_flags = kTypeBaseType | kTypeExceptionSubclass;               \
    InitStaticType(t);                                                    \
  }
#define GY_BASE_nullptr nullptr
#define GY_BASE_BaseException &gBaseException
#define GY_BASE_Exception &gException
#define GY_BASE_ArithmeticError &gArithmeticError
#define GY_BASE_ImportError &gImportError
#define GY_BASE_LookupError &gLookupError
#define GY_BASE_NameError &gNameError
#define GY_BASE_OSError &gOSError
#define GY_BASE_RuntimeError &gRuntimeError
#define GY_BASE_SyntaxError &gSyntaxError
#define GY_BASE_IndentationError &gIndentationError
#define GY_BASE_ValueError &gValueError
#define GY_BASE_UnicodeError &gUnicodeError
#define GY_BASE_Warning &gWarning
  // The base exception's slots are set first; subclasses inherit them.
  gBaseException.hooks.dealloc = ExcDealloc;
  gBaseException.hooks.traverse = ExcTraverse;
  gBaseException.hooks.clear = ExcClear;
  gBaseException.new_ = ExcNew;
  gBaseException.init = ExcInit;
  gBaseException.repr = ExcRepr;
  gBaseException.str = ExcStrSlot;
  gBaseException.getsets = kExcGetSets;
  gBaseException.methods = kExcMethods;
  gBaseException.setattr = GenericSetAttr;
  gBaseException.dict_offset = offsetof(BaseExceptionObject, dict);
  gKeyError.str = KeyErrorStr;
  gSystemExit.getsets = kCodeGetSets;
  gStopIteration.getsets = kValueGetSets;
#include "runtime/exceptions.def"
#undef GY_EXCEPTION

  TracebackType.name = "traceback";
  TracebackType.hooks.dealloc = TracebackDealloc;
  TracebackType.getsets = kTbGetSets;
  InitStaticType(&TracebackType);
}

}  // namespace gilectomy::rt
