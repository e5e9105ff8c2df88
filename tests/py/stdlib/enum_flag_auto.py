from enum import Flag, IntFlag, auto

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(Color.RED.value, Color.GREEN.value, Color.BLUE.value, Color.WHITE.value)
print(repr(Color.WHITE), list(Color), len(Color))
print(list(Color.WHITE), Color.RED in Color.WHITE)
mix = Color.RED | Color.BLUE
print(repr(mix), str(mix), Color(5) is mix, mix & Color.RED, bool(mix & Color.GREEN))
print(repr(Color.WHITE & ~Color.RED))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7

p = Perm.R | Perm.X
print(repr(p), int(p), p == 5, p & 4, Perm(6), repr(Perm.RWX))
mode = 0
for flag in (Perm.R, Perm.W):
    mode |= flag
print(mode, type(mode).__name__)
