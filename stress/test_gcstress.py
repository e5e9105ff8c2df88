#!/usr/bin/env python3
"""CTest driver for gcstress checks that need more than an exit status.

  test_gcstress.py expect-failure GCSTRESS ARGS...  the run must fail (exit 1
      or a fatal signal) and print the replay command
  test_gcstress.py deterministic GCSTRESS ARGS...   two runs, byte-identical stdout
  test_gcstress.py usage GCSTRESS                   malformed flags: one line, exit 2
"""
import subprocess
import sys


def run(cmd, timeout=240):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def expect_failure(cmd):
    p = run(cmd)
    out = p.stdout + p.stderr
    if p.returncode == 0:
        sys.exit('expected a failure, but every check held:\n' + out)
    if p.returncode == 2:
        sys.exit('bad usage:\n' + out)
    if 'replay with:' not in out:
        sys.exit('the failure does not print the replay command:\n' + out)
    print('failed as expected (status %d):' % p.returncode)
    print(out[-3000:])


def deterministic(cmd):
    a = run(cmd)
    b = run(cmd)
    if a.returncode != 0 or b.returncode != 0:
        sys.exit('run failed:\n' + a.stdout + a.stderr + b.stdout + b.stderr)
    if a.stdout != b.stdout:
        sys.exit('outputs differ:\n--- first\n' + a.stdout + '--- second\n' + b.stdout)
    print(a.stdout)


def usage(exe):
    cases = [
        ['--threads', '0'], ['--threads', 'x'], ['--seconds', '-1'], ['--rounds', '0'],
        ['--workload', 'nope'], ['--schedule', 'threads'], ['--bogus'], ['--seed'],
        ['--seconds', '1', '--rounds', '2'], ['--gc-threshold', '-3'],
        ['--workload', 'python', '--schedule', 'fiber'],
        ['--workload', 'graph', '--script', 'x.py'], ['--verbose=1'], ['--hang-seconds', '0'],
        ['--rc-epoch-us', '0'], ['--rc-log-size', '8'],
    ]
    for args in cases:
        p = run([exe] + args)
        lines = p.stderr.strip().splitlines()
        if p.returncode != 2 or len(lines) != 1 or p.stdout:
            sys.exit('%r: status %d, stderr %r, stdout %r' % (args, p.returncode, p.stderr, p.stdout))
        print(args, '->', lines[0])
    p = run([exe, '--help'])
    if p.returncode != 0 or 'usage: gcstress' not in p.stdout:
        sys.exit('--help: ' + p.stdout + p.stderr)


def main():
    mode, rest = sys.argv[1], sys.argv[2:]
    if mode == 'expect-failure':
        expect_failure(rest)
    elif mode == 'deterministic':
        deterministic(rest)
    elif mode == 'usage':
        usage(rest[0])
    else:
        sys.exit('unknown mode ' + mode)


if __name__ == '__main__':
    main()
