# sys.exit(0) and sys.exit(None) exit successfully; output before them is kept.
import sys
print("one")
if len(sys.argv) > 5:
    sys.exit(1)
print("two", end="")
sys.exit(None)
