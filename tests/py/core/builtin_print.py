# print(): sep, end, multiple args, file=sys.stderr, flush, str of values.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1, "x"], (), {}, sep=",")
print("no newline", end="")
print(" continued")
print(sep="-", end="\n")
print("x", sep=None, end=None)
print("to stderr", 42, file=sys.stderr)
print("err", "parts", sep="+", end="!\n", file=sys.stderr)
print("flushed", flush=True)
print("é日本😀", "\ttab")
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc\n"))
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", foo=1)
except TypeError as e:
    print(type(e).__name__, e)
