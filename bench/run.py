#!/usr/bin/env python3
"""Runs each benchmark program under gilectomy and python3 side by side.

usage: bench/run.py [--gilectomy PATH] [--repeat N] [program.py ...]

Prints the best-of-N wall time of each interpreter and the ratio
gilectomy/python3 (below 1.0: gilectomy is faster). The outputs of the two
interpreters must match, or the benchmark is reported as wrong.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def best_time(cmd, repeat):
    best = None
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            return None, p.stdout + p.stderr
        best = dt if best is None else min(best, dt)
        out = p.stdout
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gilectomy", default=os.path.join(HERE, "..", "build", "release", "gilectomy"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    # Resolve the real CPython binary: launcher shims (pyenv) add their own
    # start-up time to every run.
    args.python = subprocess.run([args.python, "-c", "import sys; print(sys.executable)"],
                                 capture_output=True, text=True, check=True).stdout.strip()
    print(f"python3: {args.python}")
    programs = args.programs or sorted(
        os.path.join(HERE, "programs", f) for f in os.listdir(os.path.join(HERE, "programs")) if f.endswith(".py"))
    print(f"{'benchmark':<24}{'gilectomy s':>12}{'python3 s':>12}{'ratio':>8}")
    failed = False
    for prog in programs:
        name = os.path.basename(prog)[:-3]
        g, gout = best_time([args.gilectomy, prog], args.repeat)
        c, cout = best_time([args.python, prog], args.repeat)
        if g is None or c is None or gout != cout:
            print(f"{name:<24} WRONG OUTPUT or failure:\n{gout}")
            failed = True
            continue
        print(f"{name:<24}{g:>12.3f}{c:>12.3f}{g / c:>8.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
