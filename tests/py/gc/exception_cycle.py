# An exception saved in a local of the frame that caught it: the exception
# holds its traceback, the traceback holds the frame, the frame holds the
# exception. The collector frees the cycle and the locals of the frame.
# (gilectomy's tracebacks hold no frame, so there the locals go at return:
# only the state after gc.collect() is printed for that case.)
import gc


class Probe:
    live = 0

    def __init__(self, name, quiet=False):
        self.name = name
        self.quiet = quiet
        Probe.live += 1

    def __del__(self):
        Probe.live -= 1
        if not self.quiet:
            print("del", self.name)


def catch_and_keep():
    p = Probe("in frame", quiet=True)
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return type(saved).__name__


gc.collect()
print(catch_and_keep())
gc.collect()
print("alive after collect:", Probe.live)

# An exception stored on an instance that the exception's args refer to.
class Failure(Exception):
    pass


def make_failure():
    holder = Probe("holder")
    err = Failure("boom", holder)
    holder.error = err
    return None


make_failure()
print("alive:", Probe.live)
gc.collect()
print("alive:", Probe.live)

# Chained exceptions in a cycle through __context__ / __cause__ and a list.
def chained():
    box = [Probe("chained")]
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("outer")
    except ValueError as e:
        box.append(e)
        e.box = box
        print(type(e.__context__).__name__, e.__context__)


chained()
print("alive:", Probe.live)
gc.collect()
print("alive:", Probe.live)

# Without keeping the exception, no cycle is left ("as e" is deleted).
def no_keep():
    p = Probe("no keep")
    try:
        raise RuntimeError("x")
    except RuntimeError as e:
        pass


no_keep()
print("alive:", Probe.live)
