# args: alpha --beta "gamma" 42
# sys.argv holds the script name and its arguments; sys.maxsize, version_info.
import sys
print(sys.argv, len(sys.argv), type(sys.argv))
print(sys.argv[0], sys.argv[1:])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[0], sys.version_info[:1], sys.version_info[0] >= 3)
print(type(sys.getrecursionlimit()))
