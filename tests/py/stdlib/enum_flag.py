from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, bool(rw))
print(Perm.R in rw, Perm.X in rw, list(rw), len(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)))
print(repr(~Perm.R), repr(Perm.R & Perm.W), repr(rw ^ Perm.R))
print(Perm(7), Perm(6) is rw)
print(list(Perm))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(list(Color), Color.BLUE.value, repr(Color.RED | Color.BLUE))

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 1, repr(IP.R | 8), repr(~IP.R))
print(IP.R + 1, IP.R == 4, repr(IP(0)), format(IP.W))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__)
