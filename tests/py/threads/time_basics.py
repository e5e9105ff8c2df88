# time: clocks, sleep, argument errors.
import time

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a = f()
    b = g()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)

t0 = time.monotonic()
p0 = time.perf_counter_ns()
time.sleep(0.05)
print(time.monotonic() - t0 >= 0.05, time.perf_counter_ns() - p0 >= 50000000)
time.sleep(0)
time.sleep(1e-6)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
show(lambda: time.sleep(-1))
show(lambda: time.sleep("x"))
show(lambda: time.sleep(1e300))
show(lambda: time.sleep())
show(lambda: time.sleep(1, 2))
show(lambda: time.sleep(float("nan")))
show(lambda: time.sleep(None))
show(lambda: time.time(1))
show(lambda: time.monotonic_ns(1))
# thread_time counts only this thread's CPU time: a sleep adds almost nothing.
c0 = time.thread_time()
time.sleep(0.05)
print(time.thread_time() - c0 < 0.04)
