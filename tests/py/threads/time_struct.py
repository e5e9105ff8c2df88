# time.gmtime / localtime / strftime / mktime basics.
import time

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = time.gmtime(0)
print(t)
print(len(t), t[0], t[-1], t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(tuple(t), t == tuple(t), list(t[:3]))
print(type(t), isinstance(t, tuple))
print(time.gmtime(1.9).tm_sec, time.gmtime(-1.5).tm_sec)
print(time.gmtime(951782400))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)))
print(time.strftime("%a %b %d %j %%", time.gmtime(1234567890)))
print(time.strftime("", time.gmtime(0)))
print(time.strftime("%Y", (2001, 2, 3, 4, 5, 6, 0, 1, 0)))
print(type(time.strftime("%Y")).__name__, len(time.strftime("%Y")))
print(type(time.localtime()), type(time.gmtime()))
lt = time.localtime(1000000)
print(time.mktime(lt))
show(lambda: time.strftime("%Y", (1,)))
show(lambda: time.strftime(1))
show(lambda: time.strftime("%Y", (2001, 13, 3, 4, 5, 6, 0, 1, 0)))
show(lambda: time.gmtime("x"))
show(lambda: time.gmtime(1, 2))
show(lambda: t.tm_year.bit_length())
