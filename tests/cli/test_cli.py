#!/usr/bin/env python3
"""Command-line behaviour of the interpreter (CPython 3.11 compatible).

Usage: test_cli.py --interp PATH [-v]

Runs the interpreter with various arguments and checks exit status, stdout
and stderr. Every check is independent; the script prints one line per
failure and "N passed, N failed" at the end, exiting 1 if anything failed.
`test_cli.py --interp python3` must pass (CPython is the reference).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 30


def child_env():
    env = {k: v for k, v in os.environ.items()
           if not k.upper().startswith(("GILECTOMY", "PYTHON"))}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


class Checker:
    def __init__(self, interp, verbose):
        self.interp = interp
        self.verbose = verbose
        self.passed = 0
        self.failed = 0

    def run(self, args, stdin=b"", cwd=None):
        """Run the interpreter; return (status, stdout, stderr) as text."""
        try:
            p = subprocess.run([self.interp] + args, input=stdin, cwd=cwd,
                               capture_output=True, env=child_env(),
                               timeout=TIMEOUT)
            return (p.returncode, p.stdout.decode("utf-8", "replace"),
                    p.stderr.decode("utf-8", "replace"))
        except subprocess.TimeoutExpired:
            return (None, "", "<timeout after %d s>" % TIMEOUT)

    def check(self, name, args, stdin=b"", cwd=None, status=0, stdout=None,
              stdout_has=(), stderr_has=(), stderr_empty=False,
              nonempty_output=False):
        st, out, err = self.run(args, stdin, cwd)
        problems = []
        if st != status:
            problems.append("exit status %r, expected %r" % (st, status))
        if stdout is not None and out != stdout:
            problems.append("stdout %r, expected %r" % (out, stdout))
        for s in stdout_has:
            if s not in out:
                problems.append("stdout lacks %r" % s)
        for s in stderr_has:
            if s.lower() not in err.lower():
                problems.append("stderr lacks %r" % s)
        if stderr_empty and err:
            problems.append("stderr not empty")
        if nonempty_output and not (out.strip() or err.strip()):
            problems.append("no output")
        if problems:
            self.failed += 1
            print("FAIL %s: %s" % (name, "; ".join(problems)))
            print("     command: %r" % ([self.interp] + args))
            print("     stdout: %r" % out[:500])
            print("     stderr: %r" % err[:1000])
        else:
            self.passed += 1
            if self.verbose:
                print("ok   %s" % name)


def check_sigint(c):
    """Ctrl-C in a running program: KeyboardInterrupt traceback, death by SIGINT."""
    import signal
    import time
    # SIGINT must not be inherited as ignored (the interpreter would keep ignoring it).
    p = subprocess.Popen([c.interp, "-c", "print('spinning', flush=True)\nwhile True:\n    pass"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(),
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = p.stdout.readline()
    time.sleep(0.2)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
    err = err.decode("utf-8", "replace")
    ok = (first == b"spinning\n" and p.returncode == -signal.SIGINT
          and err.rstrip().endswith("KeyboardInterrupt"))
    if ok:
        c.passed += 1
    else:
        c.failed += 1
        print("FAIL SIGINT -> KeyboardInterrupt: status %r stderr %r" % (p.returncode, err[-300:]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    interp = os.path.abspath(shutil.which(a.interp) or a.interp)
    c = Checker(interp, a.verbose)

    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "show_args.py")
        with open(script, "w") as f:
            f.write("import sys\nprint(sys.argv)\n")
        exit3 = os.path.join(tmp, "exit3.py")
        with open(exit3, "w") as f:
            f.write("import sys\nprint('before')\nsys.exit(3)\n")
        boom = os.path.join(tmp, "boom.py")
        with open(boom, "w") as f:
            f.write("def f():\n    return 1 / 0\n\nf()\n")
        missing = os.path.join(tmp, "no_such_file.py")

        c.check("-c simple", ["-c", "print(1+1)"], stdout="2\n",
                stderr_empty=True)
        pkg = os.path.join(tmp, "pkg")
        os.mkdir(pkg)
        with open(os.path.join(pkg, "__init__.py"), "w") as f:
            f.write("print('pkg init')\n")
        with open(os.path.join(pkg, "tool.py"), "w") as f:
            f.write("import sys\nprint(__name__, sys.argv[0].endswith('tool.py'), sys.argv[1:])\n")
        with open(os.path.join(pkg, "__main__.py"), "w") as f:
            f.write("print('pkg main', __name__, __package__)\n")
        c.check("-m package.module", ["-m", "pkg.tool", "a"], cwd=tmp,
                stdout="pkg init\n__main__ True ['a']\n")
        c.check("-m package", ["-m", "pkg"], cwd=tmp, stdout="pkg init\npkg main __main__ pkg\n")
        c.check("-m missing", ["-m", "no_such_mod"], cwd=tmp, status=1,
                stderr_has=["No module named no_such_mod"])
        c.check("-c multi-statement", ["-c", "x = 6\nprint(x * 7)"],
                stdout="42\n")
        c.check("-c sys.argv", ["-c", "import sys; print(sys.argv)", "a", "b"],
                stdout="['-c', 'a', 'b']\n")
        c.check("-c options after are args",
                ["-c", "import sys; print(sys.argv[1:])", "-c", "--help"],
                stdout="['-c', '--help']\n")
        c.check("script sys.argv", [script, "x", "--y", "z z"],
                stdout="[%r, 'x', '--y', 'z z']\n" % script)
        c.check("script relative path", ["show_args.py", "1"], cwd=tmp,
                stdout="['show_args.py', '1']\n")
        prog = b"import sys\nprint(sys.argv)\nprint(sum([1, 2, 3]))\n"
        c.check("stdin via -", ["-", "p", "q"], stdin=prog,
                stdout="['-', 'p', 'q']\n6\n")
        c.check("plain piped stdin", [], stdin=prog, stdout="['']\n6\n")
        c.check("piped stdin, no output", [], stdin=b"x = 1\n", stdout="")
        c.check("piped stdin multi-line block", [],
                stdin=b"for i in range(3):\n    print(i)\nprint('end')\n",
                stdout="0\n1\n2\nend\n")
        c.check("--version", ["--version"], nonempty_output=True)
        c.check("-V", ["-V"], nonempty_output=True)
        c.check("--help", ["--help"], nonempty_output=True)
        c.check("-h", ["-h"], nonempty_output=True)
        c.check("unknown option", ["--no-such-option"], status=2,
                stderr_has=["usage"])
        c.check("unknown short option", ["-Q"], status=2,
                stderr_has=["usage"])
        c.check("-c without argument", ["-c"], status=2,
                stderr_has=["usage"])
        c.check("missing script", [missing], status=2,
                stderr_has=["can't open file", "no_such_file.py",
                            "[Errno 2] No such file or directory"])
        c.check("sys.exit(3)", [exit3], status=3, stdout="before\n",
                stderr_empty=True)
        c.check("-c sys.exit(5)", ["-c", "import sys; sys.exit(5)"], status=5)
        c.check("-c sys.exit(msg)", ["-c", "import sys; sys.exit('bye')"],
                status=1, stderr_has=["bye"])
        c.check("uncaught exception", [boom], status=1,
                stderr_has=["Traceback (most recent call last):",
                            'boom.py", line 4, in <module>',
                            'boom.py", line 2, in f',
                            "ZeroDivisionError: division by zero"])
        c.check("-c uncaught exception", ["-c", "print('x')\n[][0]"],
                status=1, stdout="x\n",
                stderr_has=['File "<string>", line 2, in <module>',
                            "IndexError: list index out of range"])
        c.check("-c SyntaxError", ["-c", "x = (1 +"], status=1,
                stderr_has=['  File "<string>", line 1', "^",
                            "SyntaxError"])
        # Caret line: only spaces then carets, under the source line.
        st, out, err = c.run(["-c", "1 +* 2"])
        lines = err.splitlines()
        ok = (st == 1 and any(l.startswith('  File "<string>", line 1')
                              for l in lines)
              and any(l.strip() and set(l.strip()) == {"^"} for l in lines)
              and lines and lines[-1].startswith("SyntaxError"))
        if ok:
            c.passed += 1
            if a.verbose:
                print("ok   -c SyntaxError caret line")
        else:
            c.failed += 1
            print("FAIL -c SyntaxError caret line: status %r stderr %r"
                  % (st, err))
        c.check("stdin SyntaxError", ["-"],
                stdin=b"a = 1\nif a\n    pass\n", status=1,
                stderr_has=['line 2', "SyntaxError: expected ':'"])
        bad = os.path.join(tmp, "bad.py")
        with open(bad, "w") as f:
            f.write("print('never')\nx = [1,\n")
        c.check("script SyntaxError", [bad], status=1, stdout="",
                stderr_has=['bad.py", line 2', "SyntaxError: '[' was never closed"])
        c.check("stdout flushed before stderr traceback",
                ["-c", "print('partial')\nraise ValueError('v')"], status=1,
                stdout="partial\n", stderr_has=["ValueError: v"])
        check_sigint(c)

    print("%d passed, %d failed" % (c.passed, c.failed))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
