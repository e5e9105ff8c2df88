# input() reads lines from stdin (builtin_input.stdin), EOFError at the end.
name = input()
print("hello", name)
n = int(input("number? "))
print(n * 2)
line = input()
print(repr(line), line.split())
empty = input()
print(repr(empty))
try:
    input()
    input()
except EOFError as e:
    print(type(e).__name__, e)
