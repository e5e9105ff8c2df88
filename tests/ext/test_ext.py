#!/usr/bin/env python3
"""Native extension modules, run against the built interpreter.

Usage: test_ext.py --interp PATH --ext-dir DIR --bad-dir DIR
  * extdemo (declared safe without a GIL): functions, the Stack type and its
    errors; imported by 8 threads at once (one module object); a Stack
    shared by 4 threads (pushes and pops all accounted for); enter() observed
    with two threads inside at once (max_inside >= 2, bounded wait);
  * extlegacy (undeclared): the one-line warning naming it (once), hidden by
    GILECTOMY_AUTOLOCK_WARN=0, malformed values exit 2 with one line; a
    plain counter bumped from 4 threads loses nothing; enter() never has two
    threads inside (max_inside == 1); a call back into Python from inside
    it re-enters it (recursive lock);
  * malformed modules: no entry point, exec slot failing with and without
    an exception, a type used before it is ready, a type failing
    validation, a file that is not a shared library: each a clear
    ImportError or SystemError, never a crash.
"""
import argparse
import os
import subprocess
import sys

failures = 0
passed = 0


def check(ok, what, detail=""):
    global failures, passed
    if ok:
        passed += 1
    else:
        failures += 1
        print(f"FAIL {what}: {detail}")


def run(args, code, env_extra=None, timeout=120):
    env = {k: v for k, v in os.environ.items() if k != "GILECTOMY_AUTOLOCK_WARN"}
    env.update(env_extra or {})
    prelude = f"import sys\nsys.path.insert(0, {args.ext_dir!r})\nsys.path.insert(0, {args.bad_dir!r})\n"
    p = subprocess.run([args.interp, "-c", prelude + code], env=env, capture_output=True, text=True,
                       timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def expect(args, what, code, expected, env_extra=None, stderr_check=None):
    status, out, err = run(args, code, env_extra)
    ok = status == 0 and out == expected and (stderr_check(err) if stderr_check else True)
    check(ok, what, f"status {status}\n--- stdout\n{out}\n--- expected\n{expected}\n--- stderr\n{err}")


BASICS = r"""
import extdemo
print(extdemo.add(2, 3), extdemo.add(-2**40, 1), extdemo.GIL_FREE)
print(extdemo.add, extdemo.add.__name__, extdemo.add.__module__, extdemo.add.__doc__)
print(type(extdemo.add).__name__, extdemo.__doc__, extdemo.__file__.endswith('/extdemo.so'))
s = extdemo.Stack([1, 2, 3])
s.push('x')
print(s, s.size(), s.items(), s.pop(), s.total())
print(extdemo.Stack, extdemo.Stack.__name__, extdemo.Stack.__module__, extdemo.Stack.__mro__)
print(extdemo.Stack.push, isinstance(s, extdemo.Stack), type(s) is extdemo.Stack)
print(extdemo.Stack.size(s), s.push.__self__ is s)
print(extdemo.Stack.push.__name__, extdemo.Stack.push.__qualname__, extdemo.Stack.push.__doc__,
      extdemo.Stack.push.__objclass__ is extdemo.Stack, s.push.__name__)
def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
err(extdemo.add, 'a', 1)
err(extdemo.add, 1)
err(extdemo.add, 1, b=2)
err(extdemo.Stack().pop)
err(extdemo.Stack, 1, 2)
err(extdemo.Stack.push, 5, 1)
err(extdemo.Stack.push)
err(lambda: extdemo.Stack(['a']).total())
err(lambda: type('S', (extdemo.Stack,), {}))
err(setattr, s, 'x', 1)
import extdemo as again
print(again is extdemo, sys.modules['extdemo'] is extdemo)
del sys.modules['extdemo']
import extdemo as fresh
print(fresh is extdemo, fresh.Stack is extdemo.Stack, fresh.add is extdemo.add, fresh.add(1, 1))
"""

BASICS_OUT = """5 -1099511627775 True
<built-in function add> add extdemo add(a, b): a + b for ints
builtin_function_or_method A native module safe without a GIL. True
<extdemo.Stack of 3 items> 4 [1, 2, 3, 'x'] x 6
<class 'extdemo.Stack'> Stack extdemo (<class 'extdemo.Stack'>, <class 'object'>)
<method 'push' of 'extdemo.Stack' objects> True True
3 True
push Stack.push push(x): put x on top True push
TypeError 'str' object cannot be interpreted as an integer
TypeError add() takes exactly 2 arguments
TypeError add() takes no keyword arguments
IndexError pop from empty Stack
TypeError Stack() takes at most 1 argument
TypeError descriptor 'push' for 'extdemo.Stack' objects doesn't apply to a 'int' object
TypeError unbound method extdemo.Stack.push() needs an argument
TypeError 'str' object cannot be interpreted as an integer
TypeError type 'extdemo.Stack' is not an acceptable base type
AttributeError 'extdemo.Stack' object has no attribute 'x'
True True
False True False 2
"""

CONCURRENT_IMPORT = r"""
import threading
barrier = threading.Barrier(8)
mods = []
def worker():
    barrier.wait()
    import extdemo, extlegacy
    mods.append((extdemo, extlegacy))
ts = [threading.Thread(target=worker) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(mods), len({id(a) for a, b in mods}), len({id(b) for a, b in mods}))
"""

SHARED_STACK = r"""
import threading, extdemo
s = extdemo.Stack()
N = 3000
def pusher(base):
    for i in range(N):
        s.push(base + i)
ts = [threading.Thread(target=pusher, args=(k * N,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(s.size(), s.total() == sum(range(4 * N)), sorted(s.items()) == list(range(4 * N)))
popped = [[] for _ in range(4)]
def popper(k):
    while True:
        try:
            popped[k].append(s.pop())
        except IndexError:
            return
ts = [threading.Thread(target=popper, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
allp = sorted(x for p in popped for x in p)
print(s.size(), allp == list(range(4 * N)))
"""

PARALLEL = r"""
import threading, extdemo
ok = False
for attempt in range(5):
    extdemo.reset()
    barrier = threading.Barrier(4)
    def worker():
        barrier.wait()
        extdemo.enter(2000)
    ts = [threading.Thread(target=worker) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    if extdemo.max_inside() >= 2:
        ok = True
        break
print('parallel', ok)
"""

LEGACY = r"""
import threading, extlegacy
print(extlegacy.created_by_slot, extlegacy.__doc__)
start = threading.Barrier(4)
def bumper():
    start.wait()
    for _ in range(5):
        extlegacy.bump(20000)
ts = [threading.Thread(target=bumper) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('count', extlegacy.count())
barrier = threading.Barrier(4)
def enterer():
    barrier.wait()
    for _ in range(5):
        extlegacy.enter(5)
ts = [threading.Thread(target=enterer) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('max inside', extlegacy.max_inside())
print(extlegacy.apply(lambda x: extlegacy.count() + x, 1))
print(extlegacy.apply(lambda x: extlegacy.apply(str, x), 7))
"""

LEGACY_OUT = """True None
count 400000
max inside 1
400001
7
"""

BAD = r"""
def imp(name):
    try:
        __import__(name)
        print(name, 'imported?!')
    except Exception as e:
        print(name, type(e).__name__, e)
        return e
imp('bad_noentry')
e = imp('bad_exec')
print(type(e.__cause__).__name__, e.__cause__, 'bad_exec' in sys.modules)
imp('bad_exec')
imp('bad_exec_silent')
imp('bad_slots')
import bad_type
for f in (bad_type.make, bad_type.type_of, lambda: bad_type.state(1), bad_type.no_error):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
e = imp('bad_junk')
print('not a shared library' in str(e) or 'invalid ELF header' in str(e) or 'too short' in str(e))
print('still alive')
"""

BAD_OUT = """bad_noentry ImportError dynamic module does not define module export function (gilectomy_init_bad_noentry)
bad_exec ImportError execution of module 'bad_exec' failed: ValueError: exec failed on purpose
ValueError exec failed on purpose False
bad_exec ImportError execution of module 'bad_exec' failed: ValueError: exec failed on purpose
bad_exec_silent SystemError execution of module bad_exec_silent failed without setting an exception
bad_slots SystemError type 'bad_slots.Broken': method 'broken' has no function
SystemError type 'bad_type.Hidden' is not ready: list it in its module's types slot (it is made ready at import)
SystemError type 'bad_type.Hidden' is not ready: list it in its module's types slot (it is made ready at import)
SystemError type 'bad_type.Hidden' is not ready: list it in its module's types slot (it is made ready at import)
SystemError <built-in function no_error> returned NULL without setting an exception
bad_junk ImportError {junk}
True
still alive
"""

WARNING = "gilectomy: warning: module 'extlegacy' does not declare that it is safe without a GIL"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True)
    ap.add_argument("--ext-dir", required=True)
    ap.add_argument("--bad-dir", required=True)
    args = ap.parse_args()

    expect(args, "extdemo basics", BASICS, BASICS_OUT, stderr_check=lambda e: e == "")
    expect(args, "concurrent import", CONCURRENT_IMPORT, "8 1 1\n",
           stderr_check=lambda e: e.count(WARNING) == 1 and len(e.splitlines()) == 1)
    expect(args, "shared Stack", SHARED_STACK, "12000 True True\n0 True\n")
    expect(args, "declared module runs in parallel", PARALLEL, "parallel True\n")
    expect(args, "auto-locked module", LEGACY, LEGACY_OUT,
           stderr_check=lambda e: e.count(WARNING) == 1 and len(e.splitlines()) == 1)
    expect(args, "GILECTOMY_AUTOLOCK_WARN=0", LEGACY, LEGACY_OUT, {"GILECTOMY_AUTOLOCK_WARN": "0"},
           stderr_check=lambda e: e == "")
    expect(args, "GILECTOMY_AUTOLOCK_WARN=1", "import extlegacy\n", "", {"GILECTOMY_AUTOLOCK_WARN": "1"},
           stderr_check=lambda e: e.count(WARNING) == 1)
    for bad in ["2", "", "yes", "0 ", "-1"]:
        status, out, err = run(args, "print('ran')\n", {"GILECTOMY_AUTOLOCK_WARN": bad})
        lines = err.splitlines()
        check(status == 2 and not out and len(lines) == 1 and "GILECTOMY_AUTOLOCK_WARN" in lines[0]
              and repr(bad) in lines[0], f"malformed GILECTOMY_AUTOLOCK_WARN={bad!r}",
              f"status {status}, stdout {out!r}, stderr {err!r}")

    # Malformed modules: the dlopen message for the junk file is the system's.
    status, out, err = run(args, BAD)
    lines = out.splitlines(keepends=True)
    junk = [l for l in lines if l.startswith("bad_junk ")]
    expected = BAD_OUT.replace("bad_junk ImportError {junk}\n", junk[0] if junk else "<missing>\n")
    check(status == 0 and out == expected and junk and "bad_junk.so" in junk[0], "malformed modules",
          f"status {status}\n--- stdout\n{out}\n--- expected\n{expected}\n--- stderr\n{err}")

    print(f"{passed} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
