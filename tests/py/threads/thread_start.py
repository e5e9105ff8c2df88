# _thread.start_new_thread: args, kwargs, idents, _count, errors.
import _thread

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

out = []
guard = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
# Workers stay alive until every one has reported (idents of live threads differ).
hold = _thread.allocate_lock()
hold.acquire()
N = 5
idents = []

def worker(i, scale=1, label="w"):
    ident = _thread.get_ident()
    guard.acquire()
    out.append((label, i * scale))
    idents.append(ident)
    if len(out) == N:
        finished.release()
    guard.release()
    hold.acquire()
    hold.release()

main_ident = _thread.get_ident()
started = []
for i in range(N):
    started.append(_thread.start_new_thread(worker, (i,), {"scale": 10, "label": "t"}))
finished.acquire()
hold.release()
print(sorted(out))
idents.sort()
distinct = True
for i in range(N - 1):
    if idents[i] == idents[i + 1]:
        distinct = False
print(distinct, main_ident in idents)
print(sorted(started) == sorted(idents))
print(isinstance(main_ident, int), isinstance(_thread.get_native_id(), int))

show(lambda: _thread.start_new_thread(1, ()))
show(lambda: _thread.start_new_thread(print, []))
show(lambda: _thread.start_new_thread(print, (), []))
show(lambda: _thread.start_new_thread(print))
show(lambda: _thread.stack_size(5))
show(lambda: _thread.stack_size(0))
show(lambda: _thread.stack_size(1 << 20))
show(lambda: _thread.stack_size())
show(lambda: _thread.stack_size(0))
show(lambda: _thread.get_ident(1))

# A thread that calls _thread.exit() (SystemExit) ends quietly.
done = _thread.allocate_lock()
done.acquire()
def quits():
    done.release()
    _thread.exit()
    print("not reached")
_thread.start_new_thread(quits, ())
done.acquire()
print("exit ok")
