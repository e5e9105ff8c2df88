import io
import sys

def noisy(n):
    for i in range(n):
        print('line', i)
    print('done', file=sys.stderr)

buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
try:
    noisy(3)
finally:
    sys.stdout = old
captured = buf.getvalue()
print(repr(captured))
print(captured.splitlines())

report = io.StringIO()
report.write('header\n')
for name, score in [('ann', 90), ('bob', 72)]:
    report.write(name.ljust(5) + str(score).rjust(4) + '\n')
print(report.getvalue(), end='')
report.seek(0)
print(report.readline().strip(), len(report.readlines()))
src = io.StringIO('3\n1 2 3\n4 5 6\n7 8 9\n')
n = int(src.readline())
total = 0
for _ in range(n):
    for tok in src.readline().split():
        total += int(tok)
print(n, total)
