# sys.exit(n) ends the program with status n; finally blocks still run.
import sys
print("working")
try:
    sys.exit(3)
finally:
    print("cleanup")
print("not reached")
