# threading: Thread target/args/kwargs/subclass, join, Condition, Event, Barrier, local, excepthook, BoundedSemaphore, main waits for non-daemon threads.
import threading, time
out = []
lock = threading.Lock()
def work(i, k=0):
    with lock:
        out.append(i + k)
ts = [threading.Thread(target=work, args=(i,), kwargs={"k": 100}) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), ts[0].name, ts[0].is_alive(), threading.active_count())
class T(threading.Thread):
    def run(self):
        out.append(self.name)
t = T(); t.start(); t.join(); print(out[-1])
ev = threading.Event()
c = threading.Condition()
items = []
def consumer():
    with c:
        c.wait_for(lambda: items)
        out.append(items.pop())
    ev.set()
t = threading.Thread(target=consumer); t.start()
with c:
    items.append("x"); c.notify()
print(ev.wait(5), out[-1])
b = threading.Barrier(3)
res = []
def bw():
    res.append(b.wait())
ts = [threading.Thread(target=bw) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
loc = threading.local()
loc.x = 1
def lw():
    loc.x = 2
    res.append(loc.x)
t = threading.Thread(target=lw); t.start(); t.join()
print(loc.x, res[-1])
def bad(): 1/0
def hook(a): print("hook", a.exc_type.__name__, a.exc_value, a.thread.name)
threading.excepthook = hook
t = threading.Thread(target=bad, name="bad-one"); t.start(); t.join()
s = threading.BoundedSemaphore(2)
s.acquire(); s.release()
try: s.release()
except ValueError as e: print(e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
def late():
    time.sleep(0.2); print("late thread done")
threading.Thread(target=late).start()
print("main done")  # the late thread finishes before exit
