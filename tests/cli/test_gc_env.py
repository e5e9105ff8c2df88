#!/usr/bin/env python3
"""Collector configuration: GILECTOMY_GC* variables and -X gc* options.

Usage: test_gc_env.py --interp PATH
  * each malformed value prints one line naming the variable/option, exit 2;
  * GILECTOMY_GC_LOG=info prints one "gc N @...s: tracked ..." line per
    collection to stderr (debug adds a second line per collection);
  * GILECTOMY_GC=0 / -X gc=0 turn automatic collections off (gc.isenabled()
    is False, cycles pile up until gc.collect() or gc.enable());
  * GILECTOMY_GC_TRACE writes Chrome trace-event JSON with "running" and
    "collecting" events and thread_name metadata;
  * GILECTOMY_GC_THREADS=1 and =4 both run a cycle-heavy program correctly.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

GC_VARS = ["GILECTOMY_GC", "GILECTOMY_GC_THRESHOLD", "GILECTOMY_GC_THREADS", "GILECTOMY_GC_LOG",
           "GILECTOMY_GC_TRACE"]

failures = 0
passed = 0


def run(interp, env_extra=None, args=(), code="print('ran')", timeout=60):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GILECTOMY_GC")}
    env.update(env_extra or {})
    p = subprocess.run([interp, *args, "-c", code], env=env, capture_output=True, text=True,
                       timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def check(ok, what, detail=""):
    global failures, passed
    if ok:
        passed += 1
    else:
        failures += 1
        print(f"FAIL {what}: {detail}")


def malformed(interp):
    bad_env = {
        "GILECTOMY_GC": ["2", "", "yes", "-1", "1 ", "true"],
        "GILECTOMY_GC_THRESHOLD": ["-1", "", "abc", "1.5", "99999999999999999999999", "10k"],
        "GILECTOMY_GC_THREADS": ["0", "257", "", "-4", "two", "4.0"],
        "GILECTOMY_GC_LOG": ["", "verbose", "INFO", "1", "on"],
        "GILECTOMY_GC_TRACE": [""],
    }
    for var, values in bad_env.items():
        for v in values:
            status, out, err = run(interp, {var: v})
            lines = err.splitlines()
            check(status == 2 and not out and len(lines) == 1 and var in lines[0] and repr(v) in lines[0],
                  f"malformed {var}={v!r}", f"status {status}, stdout {out!r}, stderr {err!r}")
    bad_x = {
        "gc": ["2", "", "no"],
        "gc_threshold": ["-5", "", "x"],
        "gc_threads": ["0", "1000", ""],
        "gc_log": ["loud", ""],
        "gc_trace": [""],
    }
    for name, values in bad_x.items():
        for v in values:
            for form in ([f"{name}={v}"] if v else [f"{name}=", name]):
                status, out, err = run(interp, args=["-X", form])
                lines = err.splitlines()
                check(status == 2 and not out and len(lines) == 1 and f"-X {name}" in lines[0],
                      f"malformed -X {form}", f"status {status}, stdout {out!r}, stderr {err!r}")
    # An unwritable trace file is an error too.
    status, out, err = run(interp, {"GILECTOMY_GC_TRACE": "/nonexistent-dir/trace.json"})
    check(status == 2 and not out and len(err.splitlines()) == 1 and "GILECTOMY_GC_TRACE" in err,
          "unwritable trace file", f"status {status}, stderr {err!r}")
    status, out, err = run(interp, args=["-X", "gc_trace=/nonexistent-dir/trace.json"])
    check(status == 2 and not out and len(err.splitlines()) == 1 and "-X gc_trace" in err,
          "unwritable -X gc_trace file names the option", f"status {status}, stderr {err!r}")
    # A -X option overrides the variable; other -X options are ignored.
    status, out, err = run(interp, {"GILECTOMY_GC": "bad"}, code="print(1)")
    check(status == 2, "bad variable alone is an error", f"status {status}")
    status, out, err = run(interp, {"GILECTOMY_GC": "1"}, args=["-X", "gc=0", "-X", "utf8"],
                           code="import gc; print(gc.isenabled())")
    check(status == 0 and out == "False\n", "-X gc=0 overrides GILECTOMY_GC=1", f"{status} {out!r} {err!r}")


def valid_values(interp):
    for env in [{"GILECTOMY_GC": "1"}, {"GILECTOMY_GC_THRESHOLD": "0"}, {"GILECTOMY_GC_THRESHOLD": "100"},
                {"GILECTOMY_GC_THREADS": "1"}, {"GILECTOMY_GC_THREADS": "256"}, {"GILECTOMY_GC_LOG": "off"}]:
        status, out, err = run(interp, env)
        check(status == 0 and out == "ran\n" and not err, f"valid {env}", f"{status} {out!r} {err!r}")


LOG_LINE = re.compile(r"^gc (\d+) @\d+\.\d{3}s: tracked \d+, unreachable \d+, freed \d+, pause \d+\.\d{3} ms, "
                      r"safepoint \d+ us, workers \d+$")


def log_lines(interp):
    code = ("import gc\n"
            "for i in range(3):\n"
            "    l = []\n"
            "    l.append(l)\n"
            "    del l\n"
            "    print(gc.collect())\n"
            "print(gc.get_stats()[2]['collections'])\n")
    for how in ({"env": {"GILECTOMY_GC_LOG": "info"}, "args": []},
                {"env": {}, "args": ["-X", "gc_log=info"]}):
        status, out, err = run(interp, how["env"], how["args"], code)
        lines = err.splitlines()
        check(status == 0 and out == "1\n1\n1\n3\n", f"log info {how}: program output", f"{status} {out!r}")
        check(all(LOG_LINE.match(l) for l in lines), f"log info {how}: line format", repr(err))
        numbers = [int(LOG_LINE.match(l).group(1)) for l in lines if LOG_LINE.match(l)]
        # Three explicit collections, then the one at exit.
        check(numbers == [1, 2, 3, 4], f"log info {how}: one line per collection", repr(err))
        unreachable = [int(re.search(r"unreachable (\d+)", l).group(1)) for l in lines[:3]]
        check(unreachable == [1, 1, 1], f"log info {how}: unreachable counts", repr(err))
    status, out, err = run(interp, {"GILECTOMY_GC_LOG": "debug"}, code=code)
    lines = err.splitlines()
    check(status == 0 and len(lines) == 8 and all(LOG_LINE.match(l) for l in lines[0::2])
          and all(re.match(r"^gc \d+: explicit, finalized \d+, resurrected \d+, second pause", l)
                  for l in lines[1::2]),
          "log debug: two lines per collection", repr(err))
    status, out, err = run(interp, {"GILECTOMY_GC_LOG": "off"}, code=code)
    check(status == 0 and not err, "log off: nothing on stderr", repr(err))
    status, out, err = run(interp, {}, code=code)
    check(status == 0 and not err, "log unset: nothing on stderr", repr(err))


CYCLES = """
import gc
class C:
    live = 0
    def __init__(self):
        C.live += 1
        self.me = self
    def __del__(self):
        C.live -= 1
print(gc.isenabled())
for i in range(3000):
    C()
print(C.live)
gc.enable()
for i in range(3000):
    C()
print(C.live < 6000)
gc.collect()
print(C.live)
"""


def gc_disabled(interp):
    for how in ({"env": {"GILECTOMY_GC": "0", "GILECTOMY_GC_THRESHOLD": "50"}, "args": []},
                {"env": {"GILECTOMY_GC_THRESHOLD": "50"}, "args": ["-X", "gc=0"]}):
        status, out, err = run(interp, how["env"], how["args"], CYCLES)
        check(status == 0 and out == "False\n3000\nTrue\n0\n", f"automatic collections off {how}",
              f"{status} {out!r} {err!r}")
    status, out, err = run(interp, {"GILECTOMY_GC_THRESHOLD": "50"}, code=CYCLES.replace("print(C.live)\ngc.enable",
                                                                                        "print(C.live < 3000)\ngc.enable"))
    check(status == 0 and out == "True\nTrue\nTrue\n0\n", "automatic collections on by default",
          f"{status} {out!r} {err!r}")
    # GILECTOMY_GC_THRESHOLD=0: no automatic collections, but gc stays enabled.
    status, out, err = run(interp, {"GILECTOMY_GC_THRESHOLD": "0"},
                           code="import gc\nfor i in range(5000):\n    x = []\n    x.append(x)\ndel x\n"
                                "print(gc.isenabled(), gc.get_stats()[2]['collections'], gc.collect())")
    check(status == 0 and out == "True 0 5000\n", "threshold 0: no automatic collections", f"{status} {out!r} {err!r}")


TRACED = """
import gc, threading
def work():
    for i in range(200):
        l = []
        l.append(l)
    gc.collect()
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.collect()
print("done")
"""


def trace_file(interp):
    with tempfile.TemporaryDirectory() as d:
        for how in ("env", "x"):
            path = os.path.join(d, f"trace-{how}.json")
            if how == "env":
                status, out, err = run(interp, {"GILECTOMY_GC_TRACE": path}, code=TRACED)
            else:
                status, out, err = run(interp, args=["-X", f"gc_trace={path}"], code=TRACED)
            check(status == 0 and out == "done\n" and not err, f"trace {how}: program", f"{status} {out!r} {err!r}")
            try:
                with open(path) as f:
                    data = json.load(f)
            except (OSError, ValueError) as e:
                check(False, f"trace {how}: valid JSON", repr(e))
                continue
            events = data.get("traceEvents", [])
            names = {e.get("name") for e in events}
            check("running" in names and "collecting" in names, f"trace {how}: running and collecting events",
                  sorted(names))
            meta = [e for e in events if e.get("ph") == "M"]
            check(len(meta) >= 4 and all(e.get("name") == "thread_name" and "name" in e.get("args", {}) for e in meta),
                  f"trace {how}: thread_name metadata for the main thread and 3 workers", repr(meta))
            spans = [e for e in events if e.get("ph") == "X"]
            check(all(isinstance(e.get("ts"), (int, float)) and e.get("dur", -1) >= 0 and "tid" in e for e in spans),
                  f"trace {how}: complete events have ts, dur, tid", "")
            collecting = [e for e in spans if e["name"] == "collecting"]
            # The main thread's collection and the one at exit at least (a
            # worker's gc.collect() returns 0 at once while another runs).
            check(len(collecting) >= 2, f"trace {how}: collecting spans", len(collecting))


HEAVY = """
import gc, threading
lock = threading.Lock()
count = [0, 0]
class N:
    def __init__(self):
        with lock:
            count[0] += 1
    def __del__(self):
        with lock:
            count[1] += 1
def work():
    for r in range(100):
        ring = [N() for i in range(50)]
        for i, n in enumerate(ring):
            n.next = ring[(i + 1) % 50]
            n.box = {"ring": ring}
        del ring, n
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.collect()
print(count[0], count[1])
"""


def worker_threads(interp):
    for n in ("1", "4"):
        for threshold in ("100", "5000"):
            status, out, err = run(interp, {"GILECTOMY_GC_THREADS": n, "GILECTOMY_GC_THRESHOLD": threshold,
                                            "GILECTOMY_GC_LOG": "info"}, code=HEAVY, timeout=120)
            lines = err.splitlines()
            check(status == 0 and out == "20000 20000\n", f"GILECTOMY_GC_THREADS={n} threshold {threshold}",
                  f"{status} {out!r} {err[-500:]!r}")
            check(lines and all(LOG_LINE.match(l) and l.endswith(f"workers {n}") for l in lines),
                  f"GILECTOMY_GC_THREADS={n}: log reports the workers", repr(err[-300:]))
        status, out, err = run(interp, args=["-X", f"gc_threads={n}"], code=HEAVY, timeout=120)
        check(status == 0 and out == "20000 20000\n", f"-X gc_threads={n}", f"{status} {out!r} {err[-500:]!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True)
    args = ap.parse_args()
    malformed(args.interp)
    valid_values(args.interp)
    log_lines(args.interp)
    gc_disabled(args.interp)
    trace_file(args.interp)
    worker_threads(args.interp)
    print(f"{passed} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
