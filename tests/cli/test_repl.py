#!/usr/bin/env python3
"""Interactive prompt, driven through a pseudo-terminal.

Usage: test_repl.py --interp PATH [-v]

Starts the interpreter with no arguments on a pty (so stdin is a terminal),
waits for each ">>> " / "... " prompt, types a line, and checks what the
interpreter echoes back before the next prompt. A banner before the first
prompt is tolerated (CPython prints one). Every wait has a timeout, so a hung
interpreter fails instead of blocking. Prints "N passed, N failed" and exits 1
on failure. `test_repl.py --interp python3` must pass.
"""

import argparse
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import sys
import termios
import time

TIMEOUT = 10.0
# Terminal control sequences readline may emit (CSI, OSC, charset, keypad).
ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][A-Za-z0-9]|[=>])")


def clean(data):
    text = data.decode("utf-8", "replace")
    text = ANSI.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "")


class Repl:
    def __init__(self, interp):
        env = {k: v for k, v in os.environ.items()
               if not k.upper().startswith(("GILECTOMY", "PYTHON"))}
        env["TERM"] = "dumb"
        env["PYTHONIOENCODING"] = "utf-8"
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execve(interp, [interp], env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.raw = b""
        self.pos = 0          # start of the not-yet-consumed output
        self.status = None

    def _read(self, deadline):
        """Read whatever is available before deadline; False on EOF."""
        left = deadline - time.monotonic()
        if left <= 0:
            return True
        r, _, _ = select.select([self.fd], [], [], min(left, 0.1))
        if not r:
            return True
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:      # EIO: the child closed the terminal
            return False
        if not chunk:
            return False
        self.raw += chunk
        return True

    def expect_prompt(self, prompts=(">>> ", "... ")):
        """Wait until the output ends with a prompt; return (text, prompt).

        text is the cleaned output since the last prompt, without the prompt.
        Returns (text, None) on timeout or EOF.
        """
        deadline = time.monotonic() + TIMEOUT
        while True:
            text = clean(self.raw[self.pos:])
            for p in prompts:
                if text.endswith(p):
                    self.pos = len(self.raw)
                    return text[:-len(p)], p
            if time.monotonic() >= deadline:
                return text, None
            if not self._read(deadline):
                return clean(self.raw[self.pos:]), None

    def send(self, data):
        os.write(self.fd, data)

    def wait_exit(self):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
            self._read(min(deadline, time.monotonic() + 0.1))
        return None

    def kill(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        os.close(self.fd)


def result_lines(text, line):
    """Output produced by typing `line`: drop the terminal's echo of it."""
    lines = text.split("\n")
    if lines and lines[0].rstrip() == line.rstrip():
        lines = lines[1:]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    interp = os.path.abspath(shutil.which(a.interp) or a.interp)
    passed = failed = 0

    def report(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            if a.verbose:
                print("ok   " + name)
        else:
            failed += 1
            print("FAIL %s %s" % (name, detail))

    r = Repl(interp)
    try:
        banner, prompt = r.expect_prompt((">>> ",))
        report("first prompt '>>> '", prompt == ">>> ", repr(banner[-300:]))
        if prompt is None:
            raise SystemExit

        # (line typed, prompt expected next, expected output lines or a
        #  predicate on them)
        steps = [
            ("1+2", ">>> ", ["3"]),
            ("x = 5", ">>> ", []),
            ("x*2", ">>> ", ["10"]),
            ("'a' + \"b\"", ">>> ", ["'ab'"]),
            ("print('hi')", ">>> ", ["hi"]),
            ("None", ">>> ", []),
            ("def f():", "... ", []),
            ("    return 7", "... ", []),
            ("", ">>> ", []),
            ("f()", ">>> ", ["7"]),
            ("1/0", ">>> ",
             lambda ls: bool(ls) and ls[0] == "Traceback (most recent call last):"
             and ls[-1] == "ZeroDivisionError: division by zero"),
            ("x", ">>> ", ["5"]),
            ("if x > 1:", "... ", []),
            ("    print('big')", "... ", []),
            ("", ">>> ", ["big"]),
            ("y = (1 +", "... ", []),
            ("  2)", ">>> ", []),
            ("y", ">>> ", ["3"]),
            ("[1, 'two', None]", ">>> ", ["[1, 'two', None]"]),
            ("undefined_name", ">>> ",
             lambda ls: bool(ls) and ls[-1] == "NameError: name 'undefined_name' is not defined"),
            ("1 +* 2", ">>> ",
             lambda ls: bool(ls) and ls[-1].startswith("SyntaxError")),
            ("f()", ">>> ", ["7"]),
        ]
        for line, want_prompt, want in steps:
            r.send(line.encode() + b"\n")
            text, got = r.expect_prompt()
            out = result_lines(text, line)
            ok = got == want_prompt and (want(out) if callable(want)
                                         else out == want)
            report("%r -> %r" % (line, want if not callable(want) else "<check>"),
                   ok, "got prompt %r, output %r" % (got, out))
            if got is None:
                raise SystemExit

        r.send(b"\x04")
        status = r.wait_exit()
        report("Ctrl-D exits with status 0", status == 0,
               "status %r" % (status,))
    except SystemExit:
        pass
    finally:
        r.kill()

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
