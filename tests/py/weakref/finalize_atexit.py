# Finalizers still alive at exit run then (newest first) unless atexit is False.
import weakref


class C:
    pass


keep = [C(), C(), C()]
weakref.finalize(keep[0], print, "first registered, runs last")
f = weakref.finalize(keep[1], print, "not at exit")
f.atexit = False
weakref.finalize(keep[2], print, "second registered, runs first")
g = weakref.finalize(C(), print, "already dead")
print("end of program", g.alive)
