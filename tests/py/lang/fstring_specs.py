# f-string format specs across types
for v in [0, 7, -7, 255, 10**20]:
    print(f"{v:d}|{v:6}|{v:<6}|{v:^6}|{v:+}|{v:_}|{v:,}|{v:x}|{v:#X}|{v:o}|{v:b}|{v:e}")
for v in [0.0, -1.5, 3.14159, 1e-7, 1e22, float("inf"), float("nan")]:
    print(f"{v}|{v:.2f}|{v:10.3e}|{v:g}|{v:G}|{v:%}|{v:+.1f}|{v:08.2f}|{v:,.3f}")
for s in ["", "a", "hello"]:
    print(f"[{s:5}][{s:>5}][{s:^5}][{s:.2}][{s:x<4}]")
print(f"{True}|{True:d}|{False:>6}|{None!s:>5}|{[1,2]!s:>8}")
print(f"{'tab':\t>5}" .replace("\t", "T"), f"{12:c}" if False else "skip c")
