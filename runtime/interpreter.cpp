// The Runtime: start-up, running programs, and reporting uncaught exceptions.
//
// Start-up order: static types (two phases, see objects/type.cpp), the main
// thread's state, builtins, sys, __main__. Running a program: compile, run
// in __main__'s dict, and turn an escaping exception into CPython's
// traceback on stderr and exit status 1 (SystemExit into its status).
#include "runtime/interpreter.h"

#include "gc/buffered_rc.h"
#include "gc/collector.h"
#include "gc/gc_log.h"
#include "runtime/modules/gc_module.h"

#include <cstdio>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/code.h"
#include "runtime/compiler.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/import.h"
#include "runtime/modules/native_modules.h"
#include "runtime/modules/sys.h"
#include "runtime/objects/class.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/file.h"
#include "runtime/objects/init.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/signals.h"
#include "runtime/thread_state.h"

namespace gilectomy::rt {

void FinishStaticTypes();

void InitTypesOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    InitCoreTypes();
    InitStrType();
    InitIntTypes();
    InitFloatType();
    InitTupleType();
    InitListType();
    InitDictTypes();
    InitRangeSliceTypes();
    InitIterTypes();
    InitFunctionTypes();
    InitExceptionTypes();
    InitModuleType();
    InitSlotWrapperType();
    InitDescriptorTypes();
    InitClassTypes();
    InitSetTypes();
    InitGeneratorType();
    InitBytesTypes();
    InitMemoryViewType();
    InitComplexType();
    InitFileType();
    InitModuleTypes();
    InitThreadTypes();
    InitTimeTypes();
    InitWeakRefTypes();  // after the types it marks weakref-able
    FinishStaticTypes();
  });
}

void InitRuntimeForTesting() {
  static Runtime* rt = nullptr;
  if (rt == nullptr) rt = new Runtime(RuntimeConfig{});
}

Runtime::Runtime(RuntimeConfig config) : config_(std::move(config)) {
  InitTypesOnce();
  InstallCollectorHooks();
  // Buffered build: the epoch hooks must be in place before the first thread
  // registers; the commit thread starts once the main thread has its logs.
  if constexpr (gc::kBufferedRefCounts) gc::rc::InstallThreadHooks();
  ThreadState* main_thread = AttachNewThreadState(this);
  if constexpr (gc::kBufferedRefCounts) gc::rc::Start();
  if (config_.handle_signals) InstallSignalHandlers(main_thread);
  modules_ = NewDict().release();
  Ref builtins_module = CreateBuiltinsModule();
  builtins_ = ModuleDict(builtins_module.get());
  Incref(builtins_);
  DictSetCStr(modules_, "builtins", builtins_module.get());
  Ref sys = CreateSysModule(config_, modules_, builtins_module.get());
  sys_module_ = sys.get();
  Incref(sys_module_);
  DictSetCStr(modules_, "sys", sys.get());
  Ref main_module = NewModule("__main__");
  main_dict_ = ModuleDict(main_module.get());
  Incref(main_dict_);
  DictSetCStr(main_dict_, "__builtins__", builtins_module.get());
  DictSetCStr(modules_, "__main__", main_module.get());
}

Runtime::~Runtime() {
  // Module dicts hold cycles (functions -> globals); the cycle collector
  // reclaims them once it exists. Drop what we own directly.
  Decref(main_dict_);
  Decref(sys_module_);
  Decref(builtins_);
  Decref(modules_);
  DetachThreadState();
}

// ------------------------------------------------------------------ sources

void Runtime::RegisterSource(const std::string& filename, std::string source) {
  std::vector<std::string> lines;
  std::string cur;
  for (char c : source) {
    if (c == '\n') {
      lines.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) lines.push_back(std::move(cur));
  std::lock_guard<std::mutex> g(sources_mu_);
  sources_[filename] = std::move(lines);
}

std::string Runtime::SourceLine(const std::string& filename, int line) {
  std::lock_guard<std::mutex> g(sources_mu_);
  auto it = sources_.find(filename);
  if (it == sources_.end() || line < 1 || line > static_cast<int>(it->second.size())) return "";
  return it->second[line - 1];
}

// ------------------------------------------------------------------ tracebacks

namespace {

// Where traceback text goes: stderr, or (for FormatExceptionLines) a list of
// the entries it is made of.
thread_local std::vector<std::string>* g_capture = nullptr;

void Write(const std::string& s) {
  if (g_capture) {
    g_capture->push_back(s);
    return;
  }
  std::fwrite(s.data(), 1, s.size(), stderr);
}

std::string Strip(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\f\r");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\f\r\n");
  return s.substr(a, b - a + 1);
}

std::string TypeDisplayName(Value exc) {
  TypeObject* t = exc.type();
  if (t->flags_ & gc::kHeapType) {
    Ref mod = GetAttrStr(Value::FromObject(t), "__module__");
    Ref qual = GetAttrStr(Value::FromObject(t), "__qualname__");
    if (mod && qual && IsStr(mod.get()) && IsStr(qual.get())) {
      std::string m(StrView(mod.get()));
      std::string q(StrView(qual.get()));
      return m == "builtins" || m == "__main__" ? q : m + "." + q;
    }
    ClearError();
  }
  return t->name;
}

Value Field(Object* o) { return o ? Value::FromObject(o) : Value(); }

}  // namespace

void PrintTracebackEntries(Runtime* rt, Value tb) {
  Write("Traceback (most recent call last):\n");
  std::string last_key;
  int repeat = 0;
  auto flush_repeat = [&] {
    if (repeat > 3) {
      int more = repeat - 3;
      Write(fmt::format("  [Previous line repeated {} more time{}]\n", more, more == 1 ? "" : "s"));
    }
  };
  while (tb && Is<TracebackObject>(tb)) {
    auto* t = static_cast<TracebackObject*>(tb.obj());
    std::string filename(StrView(Value::FromObject(t->filename)));
    std::string name(StrView(Value::FromObject(t->name)));
    std::string key = filename + ":" + std::to_string(t->line) + ":" + name;
    if (key == last_key) {
      ++repeat;
    } else {
      flush_repeat();
      last_key = key;
      repeat = 1;
    }
    if (repeat <= 3) {
      // One Write per frame: traceback.format_tb's list has one entry per frame.
      std::string entry = fmt::format("  File \"{}\", line {}, in {}\n", filename, t->line, name);
      std::string src = Strip(rt->SourceLine(filename, t->line));
      if (!src.empty()) entry += "    " + src + "\n";
      Write(entry);
    }
    tb = Field(t->next);
  }
  flush_repeat();
}

namespace {

void PrintSyntaxErrorBody(Value exc) {
  Ref filename = GetAttrStr(exc, "filename");
  Ref lineno = GetAttrStr(exc, "lineno");
  Ref text = GetAttrStr(exc, "text");
  Ref offset = GetAttrStr(exc, "offset");
  Ref end_offset = GetAttrStr(exc, "end_offset");
  Ref msg = GetAttrStr(exc, "msg");
  ClearError();
  if (filename && IsStr(filename.get()) && lineno && lineno.get().is_small_int()) {
    Write(fmt::format("  File \"{}\", line {}\n", StrView(filename.get()), lineno.get().small_int()));
  }
  if (text && IsStr(text.get())) {
    std::string line(StrView(text.get()));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    size_t lead = line.find_first_not_of(" \t\f");
    if (lead == std::string::npos) lead = line.size();
    std::string shown = line.substr(lead);
    Write("    " + shown + "\n");
    if (offset && offset.get().is_small_int()) {
      // offsets are 1-based code point positions in the unstripped line
      int64_t off = offset.get().small_int();
      int64_t end = end_offset && end_offset.get().is_small_int() ? end_offset.get().small_int() : off + 1;
      int64_t lead_cp = 0;
      for (size_t i = 0; i < lead; ++i) lead_cp += 1;
      int64_t col = std::max<int64_t>(0, off - 1 - lead_cp);
      int64_t width = std::max<int64_t>(1, end - off);
      int64_t shown_len = 0;
      for (unsigned char c : shown) shown_len += (c & 0xC0) != 0x80;
      if (col + width > shown_len + 1) width = std::max<int64_t>(1, shown_len + 1 - col);
      Write("    " + std::string(static_cast<size_t>(col), ' ') + std::string(static_cast<size_t>(width), '^') + "\n");
    }
  }
  std::string m = msg && IsStr(msg.get()) ? std::string(StrView(msg.get())) : "invalid syntax";
  Write(TypeDisplayName(exc) + ": " + m + "\n");
}

void PrintOneException(Runtime* rt, Value exc) {
  if (!Is<BaseExceptionObject>(exc)) {
    std::string r;
    if (!ReprText(exc, &r)) ClearError();
    Write(r + "\n");
    return;
  }
  auto* e = static_cast<BaseExceptionObject*>(exc.obj());
  if (e->traceback) PrintTracebackEntries(rt, Value::FromObject(e->traceback));
  if (IsInstance(exc, SyntaxErrorType()) && !GetAttrStr(exc, "lineno").is_null()) {
    PrintSyntaxErrorBody(exc);
    return;
  }
  ClearError();
  std::string text;
  Ref s = Str(exc);
  if (s) {
    text = std::string(StrView(s.get()));
  } else {
    ClearError();
    text = "<exception str() failed>";
  }
  std::string name = TypeDisplayName(exc);
  Write(text.empty() ? name + "\n" : name + ": " + text + "\n");
}

void PrintChain(Runtime* rt, Value exc, std::set<Object*>* seen) {
  seen->insert(exc.obj());
  if (Is<BaseExceptionObject>(exc)) {
    auto* e = static_cast<BaseExceptionObject*>(exc.obj());
    if (e->cause && !seen->count(e->cause)) {
      PrintChain(rt, Value::FromObject(e->cause), seen);
      Write("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (e->context && !e->suppress_context && !seen->count(e->context)) {
      PrintChain(rt, Value::FromObject(e->context), seen);
      Write("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  PrintOneException(rt, exc);
}

}  // namespace

void Runtime::PrintException(Value exc) {
  std::fflush(stdout);
  Ref out = GetAttrStr(sys_module_, "stdout");
  if (out) {
    Ref r = CallMethod(out.get(), "flush", nullptr, 0);
  }
  ClearError();
  std::set<Object*> seen;
  PrintChain(this, exc, &seen);
  std::fflush(stderr);
}

std::vector<std::string> FormatExceptionLines(Runtime* rt, Value exc, bool chain) {
  std::vector<std::string> lines;
  std::vector<std::string>* saved = g_capture;
  g_capture = &lines;
  if (chain) {
    std::set<Object*> seen;
    PrintChain(rt, exc, &seen);
  } else {
    PrintOneException(rt, exc);
  }
  g_capture = saved;
  return lines;
}

std::vector<std::string> FormatTracebackLines(Runtime* rt, Value tb) {
  std::vector<std::string> lines;
  std::vector<std::string>* saved = g_capture;
  g_capture = &lines;
  PrintTracebackEntries(rt, tb);
  g_capture = saved;
  if (!lines.empty()) lines.erase(lines.begin());  // "Traceback (most recent call last):"
  return lines;
}

bool Runtime::IsSystemExit(Value exc, int* status) {
  if (!exc || !IsInstance(exc, SystemExitType())) return false;
  Value args = Value::FromObject(static_cast<BaseExceptionObject*>(exc.obj())->args);
  Value code = TupleSize(args) == 0 ? None() : TupleSize(args) == 1 ? TupleItem(args, 0) : args;
  if (IsNone(code)) {
    *status = 0;
  } else if (IsInt(code)) {
    int64_t n = 0;
    if (!IntAsInt64(code, &n)) {
      ClearError();
      n = -1;
    }
    *status = static_cast<int>(n & 0xff);
  } else {
    std::fflush(stdout);
    std::string text;
    if (!StrText(code, &text)) ClearError();
    Write(text + "\n");
    *status = 1;
  }
  return true;
}

void Runtime::WriteUnraisable(Value obj) {
  Ref exc = FetchError();
  std::fflush(stdout);
  std::string text;
  if (!ReprText(obj, &text)) {
    ClearError();
    text = "<object repr() failed>";
  }
  Write("Exception ignored in: " + text + "\n");
  if (exc) PrintException(exc.get());
  ClearError();
}

void Runtime::Finalize() {
  // weakref.finalize objects registered to run at exit (CPython's atexit).
  if (Value weakref = DictGetCStr(modules_, "weakref")) {
    Ref hook = GetAttrStr(weakref, "_exit_hook");
    Ref r = hook ? CallNoArgs(hook.get()) : Ref();
    if (!r) ClearError();
    std::fflush(stdout);
  }
  FinalizeMain();
  // As CPython's finalisation does: cyclic garbage left at exit is
  // collected, so its __del__ methods and weakref callbacks run.
  gc::Collect();
  // Buffered build: the deaths those released objects handed to mutators
  // (__del__, weakref callbacks) run now, on this thread.
  gc::rc::SettleDeaths();
  std::fflush(stdout);
  gc::StopTrace();
}

void Runtime::FinalizeMain() {
  if (!ClassesWithFinalizersExist()) return;
  // Values are released in insertion order, as when CPython frees __main__'s dict.
  Value dict = main_dict_;
  Ref keys = NewList(0);
  int64_t pos = 0;
  Value k, v;
  while (DictNext(dict, &pos, &k, &v)) ListAppend(keys.get(), k);
  for (int64_t i = 0; i < ListSize(keys.get()); ++i) {
    Value key = ListItem(keys.get(), i);
    if (IsStr(key) && StrView(key) == "__builtins__") continue;
    if (DictSetItem(dict, key, None()) < 0) ClearError();
  }
  std::fflush(stdout);
}

int Runtime::HandleUncaught(Ref exc) {
  int status = 1;
  if (IsSystemExit(exc.get(), &status)) return status;
  PrintException(exc.get());
  if (config_.handle_signals && IsInstance(exc.get(), KeyboardInterruptType())) ExitViaSigint();
  return 1;
}

// ------------------------------------------------------------------ running

// The main program has ended: if threading was imported, wait for its
// non-daemon threads (threading._shutdown), as CPython's finalisation does.
void Runtime::WaitForThreads() {
  Value threading = DictGetCStr(modules_, "threading");
  if (!threading) return;
  Ref shutdown = GetAttrStr(threading, "_shutdown");
  if (!shutdown) {
    ClearError();
    return;
  }
  Ref r = CallNoArgs(shutdown.get());
  if (!r) {
    Ref exc = FetchError();
    PrintException(exc.get());
  }
  std::fflush(stdout);
}

int Runtime::RunMainCode(Value code) {
  Ref result = EvalCode(As<CodeObject>(code), main_dict_, main_dict_);
  std::fflush(stdout);
  if (!result) {
    int status = HandleUncaught(FetchError());
    WaitForThreads();
    return status;
  }
  WaitForThreads();
  Ref out = GetAttrStr(sys_module_, "stdout");
  if (out) {
    Ref r = CallMethod(out.get(), "flush", nullptr, 0);
  }
  ClearError();
  return 0;
}

int Runtime::RunSource(std::string_view source, const std::string& filename) {
  RegisterSource(filename, std::string(source));
  Ref code = Compile(source, filename, ast::Mode::kFile);
  if (!code) return HandleUncaught(FetchError());
  return RunMainCode(code.get());
}

int Runtime::RunFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n",
                 config_.executable.empty() ? "gilectomy" : config_.executable.c_str(), path.c_str());
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  Ref file = StrFromUtf8(path);
  DictSetCStr(main_dict_, "__file__", file.get());
  return RunSource(ss.str(), path);
}

// -m NAME, as CPython's runpy does it: import the parent package, find the
// module's file on the package's __path__ (or sys.path), and run that file as
// __main__ with sys.argv[0] set to its path. A package runs its __main__.py
// after the package itself is imported.
int Runtime::RunModule(const std::string& name) {
  size_t dot = name.rfind('.');
  std::string parent = dot == std::string::npos ? "" : name.substr(0, dot);
  std::string last = dot == std::string::npos ? name : name.substr(dot + 1);
  Ref search;
  if (!parent.empty()) {
    Ref pkg = ImportByName(parent);
    if (!pkg) return HandleUncaught(FetchError());
    search = GetAttrStr(pkg.get(), "__path__");
  } else {
    search = GetAttrStr(sys_module_, "path");
  }
  if (!search) ClearError();
  std::vector<std::string> dirs;
  if (search && IsList(search.get())) search = ListToTuple(search.get());
  for (int64_t i = 0; search && IsTuple(search.get()) && i < TupleSize(search.get()); ++i) {
    Value entry = TupleItem(search.get(), i);
    if (IsStr(entry)) dirs.emplace_back(StrView(entry));
  }
  for (const std::string& dir : dirs) {
    std::string base = dir.empty() ? last : dir + "/" + last;
    std::string path;
    std::string package = parent;
    if (std::ifstream(base + "/__init__.py") && std::ifstream(base + "/__main__.py")) {
      Ref pkg = ImportByName(name);
      if (!pkg) return HandleUncaught(FetchError());
      path = base + "/__main__.py";
      package = name;
    } else if (std::ifstream(base + ".py")) {
      path = base + ".py";
    } else {
      continue;
    }
    Ref argv0 = StrFromUtf8(path);
    Ref argv = GetAttrStr(sys_module_, "argv");
    if (argv && IsList(argv.get()) && ListSize(argv.get()) > 0) {
      SetItem(argv.get(), Value::SmallInt(0), argv0.get());
    }
    ClearError();
    Ref pkg_name = StrFromUtf8(package);
    DictSetCStr(main_dict_, "__package__", pkg_name.get());
    return RunFile(path);
  }
  std::fprintf(stderr, "%s: No module named %s\n",
               config_.executable.empty() ? "gilectomy" : config_.executable.c_str(), name.c_str());
  return 1;
}

}  // namespace gilectomy::rt
