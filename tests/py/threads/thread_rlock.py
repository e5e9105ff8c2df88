# _thread.RLock: recursion, ownership, _release_save/_acquire_restore.
import _thread

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = _thread.RLock()
print(type(r) is _thread.RLock)
print(repr(r).split(" at ")[0])
show(r.release)
show(lambda: r._is_owned())
show(lambda: r.acquire())
show(lambda: r.acquire())
show(lambda: r.acquire(False))
show(lambda: r._is_owned())
print(repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
state = r._release_save()
print(state[0], state[1] == _thread.get_ident())
show(lambda: r._is_owned())
show(r._release_save)
r._acquire_restore(state)
show(lambda: r._is_owned())
for i in range(3):
    r.release()
show(lambda: r._is_owned())
show(r.release)
show(lambda: r.acquire(False, 1))
show(lambda: r.__enter__())
show(lambda: r.__exit__(None, None, None))
show(lambda: r.__exit__(None, None, None))

# Another thread cannot take an RLock this thread owns.
r.acquire()
done = _thread.allocate_lock()
done.acquire()
seen = []
def other():
    seen.append(r.acquire(False))
    seen.append(r.acquire(True, 0.01))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))
    done.release()
_thread.start_new_thread(other, ())
done.acquire()
print(seen)
r.release()
