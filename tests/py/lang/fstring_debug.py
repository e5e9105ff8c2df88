# self-documenting f-strings (=)
a, b = 3, "x"
print(f"{a=}", f"{b=}", f"{a + 1 = }", f"{a=:>4}", f"{b=!s}", f"{a*2=!r}")
items = [1, 2]
print(f"{items=}", f"{len(items)=}", f"{items[0]=:03d}")
print(f"{3.5=:.1f}", f"{'lit'=}")
