# sys.exit("msg") prints msg to stderr and exits with status 1; SystemExit is catchable.
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no arg", e.code)
print("before exit", file=sys.stderr)
sys.exit("fatal: giving up")
