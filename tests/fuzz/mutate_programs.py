#!/usr/bin/env python3
"""Mutation fuzzing of the whole interpreter: never a crash.

usage: mutate_programs.py --interp PATH [--count N | --seconds S] [--seed K] [--out DIR]

Takes the script tests in tests/py, mutates them at random (drops, duplicates,
swaps lines; inserts or deletes tokens) and runs each mutant. Any exit by a
signal, or any sanitizer report, is a failure: the program is saved to --out
(default: a temporary folder) with its stderr. Python errors, timeouts and
any exit status are fine. With --count the run is deterministic for a seed;
the CTest entry uses a small count, longer runs use --seconds.
"""
import argparse
import glob
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOKENS = ["(", ")", "[", "]", ":", ",", "*", "**", "=", "lambda", "yield", "return", "try:",
          "except:", "finally:", "del", "global x", "nonlocal x", "1/0", "x", "None", "'s'",
          "[]", "{}", "()", "-", "not", "and", "if", "else", "for", "in", "while", "break",
          "continue", "raise", "import sys", "\\", "\t", "    ", "\n", "0x", "1e", "1_",
          "'''", '"', "#", ";", ".", "@", ":="]


def mutate(rng, source, pool):
    lines = source.splitlines() or [""]
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        op = rng.random()
        if op < 0.2 and len(lines) > 1:
            del lines[i]
        elif op < 0.4:
            lines.insert(i, rng.choice(pool))
        elif op < 0.6:
            p = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:p] + rng.choice(TOKENS) + lines[i][p:]
        elif op < 0.8:
            p = rng.randint(0, len(lines[i]))
            q = rng.randint(p, min(len(lines[i]), p + 5))
            lines[i] = lines[i][:p] + lines[i][q:]
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True)
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--seconds", type=float, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out")
    a = ap.parse_args()
    interp = os.path.abspath(a.interp)
    sources = [open(f, encoding="utf-8").read()
               for f in sorted(glob.glob(os.path.join(HERE, "..", "py", "*", "*.py")))]
    pool = [line for s in sources for line in s.splitlines()]
    rng = random.Random(a.seed)
    out = a.out or tempfile.mkdtemp(prefix="gilectomy-fuzz-")
    os.makedirs(out, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin",
           "ASAN_OPTIONS": "detect_leaks=0:allocator_may_return_null=1",
           "TSAN_OPTIONS": "allocator_may_return_null=1"}
    deadline = time.monotonic() + a.seconds if a.seconds else None
    n = crashes = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mutant.py")
        while (a.count and n < a.count) or (deadline and time.monotonic() < deadline):
            program = mutate(rng, rng.choice(sources), pool)
            with open(path, "w", encoding="utf-8") as f:
                f.write(program)
            n += 1
            try:
                p = subprocess.run([interp, path], capture_output=True, timeout=10,
                                   stdin=subprocess.DEVNULL, env=env, cwd=tmp)
            except subprocess.TimeoutExpired:
                continue
            if p.returncode < 0 or b"ERROR: AddressSanitizer" in p.stderr \
                    or b"runtime error:" in p.stderr or b"ThreadSanitizer" in p.stderr:
                crashes += 1
                base = os.path.join(out, "crash%03d" % crashes)
                with open(base + ".py", "w", encoding="utf-8") as f:
                    f.write(program)
                with open(base + ".err", "wb") as f:
                    f.write(p.stderr[-4000:])
                print("CRASH (status %d): %s.py" % (p.returncode, base))
    print("%d passed, %d failed" % (n - crashes, crashes))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
