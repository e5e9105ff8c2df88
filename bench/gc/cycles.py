# Creates 3 million two-object cycles and drops each at once: only the
# cycle collector can free them. Peak memory shows whether collections keep
# up (measure with /usr/bin/time -v).
import sys

class Node:
    pass

def main(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
    print("done", n)

main(int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000)
