# An uncaught exception in a thread is reported and does not end the program.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()

# int("x") raises ValueError in a thread started with a builtin callable.
_thread.start_new_thread(int, ("x",))
time.sleep(0.2)
# A traceback through Python frames (sorted keeps the callable's repr stable).
def fail_then_signal(x):
    try:
        raise KeyError("inner")
    finally:
        done.release()

_thread.start_new_thread(sorted, ([1, 2],), {"key": fail_then_signal})
done.acquire()
time.sleep(0.2)
print("main thread still running")
