#!/usr/bin/env python3
"""GILECTOMY_* environment variables read at start-up (gilectomy only).

Usage: test_env.py --interp PATH
A malformed value is reported in one line naming the variable, exit 2.
"""
import argparse
import os
import subprocess
import sys


def run(interp, value, code):
    env = dict(os.environ)
    env["GILECTOMY_SWITCH_INTERVAL"] = value
    p = subprocess.run([interp, "-c", code], env=env, capture_output=True, text=True, timeout=30)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True)
    args = ap.parse_args()
    failures = 0
    for bad in ["abc", "", "0", "-1", "1e400", "5ms", "nan"]:
        status, out, err = run(args.interp, bad, "print('ran')")
        lines = err.splitlines()
        if status != 2 or out or len(lines) != 1 or "GILECTOMY_SWITCH_INTERVAL" not in lines[0]:
            print(f"FAIL malformed {bad!r}: status {status}, stdout {out!r}, stderr {err!r}")
            failures += 1
    status, out, err = run(args.interp, "0.002", "import sys; print(sys.getswitchinterval())")
    if status != 0 or out.strip() != "0.002":
        print(f"FAIL valid value: status {status}, stdout {out!r}, stderr {err!r}")
        failures += 1
    print(f"{8 - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
