// The interactive prompt: read a statement (">>> ", then "... " while the
// parser reports the input incomplete), compile it in "single" mode so
// expression results are echoed, run it in __main__, print errors and go on.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/code.h"
#include "runtime/compiler.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/interpreter.h"
#include "runtime/parser.h"
#include "runtime/signals.h"

#if defined(GILECTOMY_HAVE_EDITLINE)
#include <editline/readline.h>
#endif

namespace gilectomy::rt {

namespace {

enum class ReadResult { kLine, kEof, kInterrupted };

// Reads one line (without its newline).
ReadResult ReadLine(const char* prompt, std::string* out) {
#if defined(GILECTOMY_HAVE_EDITLINE)
  // Line editing needs a capable terminal; on TERM=dumb (or none) the
  // terminal's own cooked mode does the echoing.
  static const bool use_editline = [] {
    const char* term = std::getenv("TERM");
    return isatty(STDIN_FILENO) && term != nullptr && *term != '\0' && std::strcmp(term, "dumb") != 0;
  }();
  if (use_editline) {
    char* line = readline(prompt);
    if (TakePendingInterrupt()) {
      std::free(line);
      return ReadResult::kInterrupted;
    }
    if (line == nullptr) return ReadResult::kEof;
    *out = line;
    if (*line != '\0') add_history(line);
    std::free(line);
    return ReadResult::kLine;
  }
#endif
  std::fputs(prompt, stdout);
  std::fflush(stdout);
  out->clear();
  int c;
  while ((c = std::fgetc(stdin)) != EOF && c != '\n') out->push_back(static_cast<char>(c));
  if (c == EOF && std::ferror(stdin)) {
    std::clearerr(stdin);
    if (TakePendingInterrupt()) return ReadResult::kInterrupted;
  }
  return c != EOF || !out->empty() ? ReadResult::kLine : ReadResult::kEof;
}

}  // namespace

int Runtime::RunInteractive() {
  if (!config_.quiet) {
    std::fprintf(stdout, "gilectomy %s (Python 3.11 compatible; refcounts: %s)\n", GILECTOMY_VERSION,
                 GILECTOMY_RC_NAME);
    std::fprintf(stdout, "Type Ctrl-D to exit.\n");
  }
  RegisterSource("<stdin>", "");
  std::string source;
  for (;;) {
    std::string line;
    const char* prompt = source.empty() ? ">>> " : "... ";
    ReadResult rr = ReadLine(prompt, &line);
    if (rr == ReadResult::kInterrupted) {
      // Ctrl-C at the prompt abandons the statement being typed.
      std::fputs("\nKeyboardInterrupt\n", stdout);
      std::fflush(stdout);
      source.clear();
      continue;
    }
    if (rr == ReadResult::kEof) {
      std::fputc('\n', stdout);
      std::fflush(stdout);
      return 0;
    }
    if (source.empty() && line.find_first_not_of(" \t") == std::string::npos) continue;
    source += line;
    source += '\n';
    ParseResult r = Parse(source, "<stdin>", ast::Mode::kSingle);
    if (r.error && r.error->incomplete) continue;  // the parser decides when a block ends
    std::string current = std::move(source);
    source.clear();
    if (r.error) {
      RaiseSyntaxError(*r.error, "<stdin>");
      PrintException(FetchError().get());
      continue;
    }
    Ref code = CompileModule(*r.module, "<stdin>");
    if (!code) {
      PrintException(FetchError().get());
      continue;
    }
    TakePendingInterrupt();  // an interrupt typed at the prompt is not for this code
    Ref result = EvalCode(As<CodeObject>(code.get()), main_dict_, main_dict_);
    std::fflush(stdout);
    if (!result) {
      Ref exc = FetchError();
      int status = 0;
      if (IsSystemExit(exc.get(), &status)) return status;
      PrintException(exc.get());
    }
  }
}

}  // namespace gilectomy::rt
