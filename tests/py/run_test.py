#!/usr/bin/env python3
"""Run one language test program and compare its observable behaviour.

Usage:
  run_test.py --interp PATH tests/py/core/foo.py    compare with foo.expected
  run_test.py --generate tests/py/core/foo.py        write foo.expected (CPython)
  run_test.py --generate-all                         regenerate every .expected
  run_test.py --interp PATH --all                    run every test, summarise

The expected output always comes from CPython 3.11 (`python3`, or --python);
never edit a .expected file by hand.

How a program is run
  * cwd is the script's directory; the script is passed by its basename, so
    sys.argv[0] and every traceback path are just "foo.py".
  * stdin is foo.stdin next to the script if it exists, else /dev/null.
  * environment: the caller's, minus every GILECTOMY* and PYTHON* variable,
    plus PYTHONIOENCODING=utf-8 and PYTHONUTF8=1 (so CPython writes UTF-8
    whatever the locale).
  * timeout 60 s.

Directives: comment lines at the very top of the script (the leading block of
lines that start with '#') may contain
  # timeout: N                    timeout in seconds instead of 60
  # args: a b c                   extra command-line arguments (split on spaces)
  # normalize: error-type-only    reduce each exception line to its type name
  # helper module                 (first line) not a test; imported by others

Observation format (what foo.expected holds), UTF-8 text:
  1. stdout exactly as written.  If stdout is non-empty, does not end in a
     newline and a stderr section follows, the line
     "\\ no newline at end of stdout" is appended after a newline.
  2. Only if stderr is non-empty or the exit status is not 0:
        --- stderr (normalized) ---
        <normalized stderr>
        --- exit N ---
     (N is the exit status; "signal S" if killed by signal S, "timeout" if
     the timeout expired.)

Stderr normalization (so that the interpreter need not reproduce CPython's
source-line display):
  * kept verbatim: "Traceback (most recent call last):", the two chained
    exception headers ("During handling of the above exception, another
    exception occurred:" / "The above exception was the direct cause of the
    following exception:"), blank lines, the final "Type: message" lines and
    any text the program itself wrote to stderr.
  * '  File "<path>", line N, in name' and the SyntaxError form
    '  File "<path>", line N' are kept with <path> reduced to its basename.
  * every line indented by 4+ spaces directly after a File line (the source
    line and the ^^^^ / ~~~^^^ marker lines) is dropped.
  * "  [Previous line repeated 996 more times]" keeps its shape but the count
    becomes N (the exact recursion depth is implementation detail).
  * with "# normalize: error-type-only", an exception line that ends a
    traceback or SyntaxError report ("ValueError: bad x") becomes just the
    type name ("ValueError").

Exit status of this script: 0 on match, 1 on mismatch (a unified diff is
printed), 2 on usage errors.
"""

import argparse
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TIMEOUT = 60

STDERR_HEADER = "--- stderr (normalized) ---"
NO_NEWLINE = "\\ no newline at end of stdout"

CHAIN_HEADERS = (
    "During handling of the above exception, another exception occurred:",
    "The above exception was the direct cause of the following exception:",
)
FILE_LINE = re.compile(r'^(  File )"([^"]*)"(, line \d+.*)$')
REPEATED = re.compile(r"^(\s*)\[Previous line repeated \d+ more times?\]$")
EXC_LINE = re.compile(r"^([A-Za-z_][\w.]*)(: .*)?$")


def read_directives(script):
    """Return a dict of the directives in the script's leading comments."""
    d = {"timeout": DEFAULT_TIMEOUT, "args": [], "error_type_only": False,
         "helper": False}
    with open(script, encoding="utf-8", errors="replace") as f:
        first = True
        for line in f:
            line = line.strip()
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            if first and body == "helper module":
                d["helper"] = True
            first = False
            key, sep, val = body.partition(":")
            if not sep:
                continue
            key, val = key.strip(), val.strip()
            if key == "timeout":
                d["timeout"] = float(val)
            elif key == "args":
                d["args"] = val.split()
            elif key == "normalize" and val == "error-type-only":
                d["error_type_only"] = True
    return d


# AddressSanitizer's note when an allocation fails and returns null (the
# asan preset sets allocator_may_return_null=1; the program sees MemoryError).
ASAN_ALLOC_WARNING = re.compile(r"^==\d+==WARNING: AddressSanitizer failed to allocate ")


ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def normalize_stderr(text, error_type_only=False):
    out = []
    in_frame = False      # just after a File line: drop indented lines
    after_report = False  # a traceback / syntax report is open
    for line in text.splitlines():
        if ASAN_ALLOC_WARNING.match(line):
            continue
        line = ADDRESS.sub(" at 0x...", line)  # "<function f at 0x7f...>" differs per run
        if in_frame:
            if line.startswith("    "):
                continue
            in_frame = False
        m = FILE_LINE.match(line)
        if m:
            out.append(m.group(1) + '"' + os.path.basename(m.group(2)) + '"'
                       + m.group(3))
            in_frame = True
            after_report = True
            continue
        if line == "Traceback (most recent call last):" or line in CHAIN_HEADERS:
            out.append(line)
            after_report = line.startswith("Traceback")
            continue
        m = REPEATED.match(line)
        if m:
            out.append(m.group(1) + "[Previous line repeated N more times]")
            continue
        if after_report and not line.startswith(" "):
            after_report = False
            m = EXC_LINE.match(line)
            if m and error_type_only:
                line = m.group(1)
        out.append(line)
    return "".join(l + "\n" for l in out)


def child_env():
    env = {k: v for k, v in os.environ.items()
           if not k.upper().startswith(("GILECTOMY", "PYTHON"))}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    return env


def observe(interp, script):
    """Run interp on script; return the observation text."""
    script = os.path.abspath(script)
    d = read_directives(script)
    cwd = os.path.dirname(script)
    stdin_path = os.path.splitext(script)[0] + ".stdin"
    if not os.path.exists(stdin_path):
        stdin_path = os.devnull
    cmd = [interp, os.path.basename(script)] + d["args"]
    with open(stdin_path, "rb") as stdin:
        # Own process group, so a timeout kills the interpreter's children too.
        p = subprocess.Popen(cmd, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=child_env(),
                             start_new_session=True)
        try:
            out, err = p.communicate(timeout=d["timeout"])
            status = p.returncode
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out, err = p.communicate()
            status = None
    out = out.decode("utf-8", errors="backslashreplace")
    err = err.decode("utf-8", errors="backslashreplace")
    obs = out
    norm_err = normalize_stderr(err, d["error_type_only"])
    if norm_err or status != 0:
        if out and not out.endswith("\n"):
            obs += "\n" + NO_NEWLINE + "\n"
        obs += STDERR_HEADER + "\n"
        obs += norm_err
        if status is None:
            st = "timeout"
        elif status < 0:
            st = "signal %d" % -status
        else:
            st = str(status)
        obs += "--- exit %s ---\n" % st
    return obs


def expected_path(script):
    return os.path.splitext(script)[0] + ".expected"


def all_scripts(root=HERE):
    """Every test script under tests/py (top level and one folder deep)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(n for n in dirnames if not n.startswith((".", "_")))
        depth = os.path.relpath(dirpath, root).count(os.sep)
        if dirpath != root and depth > 0:
            continue
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if not name.endswith(".py") or path == os.path.abspath(__file__):
                continue
            if read_directives(path)["helper"]:
                continue
            found.append(path)
    return found


def find_python(name):
    exe = shutil.which(name) or name
    v = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2])"],
                       capture_output=True, text=True).stdout.strip()
    if v != "(3, 11)":
        sys.exit("run_test.py: the oracle must be CPython 3.11, %s is %s"
                 % (exe, v))
    return exe


def generate(python, script):
    obs = observe(python, script)
    with open(expected_path(script), "w", encoding="utf-8", newline="") as f:
        f.write(obs)


def check(interp, script, quiet=False):
    exp_file = expected_path(script)
    if not os.path.exists(exp_file):
        print("missing %s (run with --generate)" % exp_file)
        return False
    with open(exp_file, encoding="utf-8", newline="") as f:
        expected = f.read()
    actual = observe(interp, script)
    if actual == expected:
        return True
    if not quiet:
        name = os.path.relpath(script, HERE)
        sys.stdout.writelines(difflib.unified_diff(
            expected.splitlines(True), actual.splitlines(True),
            "expected/" + name, "actual/" + name))
        if not actual.endswith("\n"):
            print()
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--interp", help="interpreter under test")
    ap.add_argument("--generate", action="store_true",
                    help="write the .expected files of SCRIPTs with CPython")
    ap.add_argument("--generate-all", action="store_true",
                    help="regenerate every .expected file")
    ap.add_argument("--all", action="store_true",
                    help="with --interp: check every test, print a summary")
    ap.add_argument("--python", default="python3",
                    help="the CPython 3.11 oracle (default: python3)")
    ap.add_argument("scripts", nargs="*", metavar="SCRIPT")
    a = ap.parse_args()

    if a.generate or a.generate_all:
        python = find_python(a.python)
        scripts = all_scripts() if a.generate_all else a.scripts
        if not scripts:
            ap.error("no scripts")
        for s in scripts:
            generate(python, s)
        print("generated %d expected file(s)" % len(scripts))
        return 0

    if not a.interp:
        ap.error("--interp, --generate or --generate-all is required")
    interp = os.path.abspath(shutil.which(a.interp) or a.interp)
    scripts = all_scripts() if a.all else a.scripts
    if not scripts:
        ap.error("no scripts")
    failed = []
    for s in scripts:
        if not check(interp, s, quiet=False):
            failed.append(os.path.relpath(s, HERE))
    if len(scripts) > 1:
        for f in failed:
            print("FAIL", f)
        print("%d passed, %d failed" % (len(scripts) - len(failed), len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
