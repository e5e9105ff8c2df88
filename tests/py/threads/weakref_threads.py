# Weak references shared between threads: concurrent creation and dropping,
# and one thread dropping the last strong reference while others call the
# weak reference (each call sees the object or None).
import threading
import weakref


class C:
    pass


shared = C()
errors = []


def churn():
    for _ in range(1500):
        r = weakref.ref(shared, lambda w: None)
        r2 = weakref.ref(shared)
        p = weakref.proxy(shared)
        if r() is not shared or r2() is not shared or type(p) is not weakref.ProxyType:
            errors.append("bad referent")


threads = [threading.Thread(target=churn) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("churn", errors, weakref.getweakrefcount(shared))

fired = []
seen_live = 0
lock = threading.Lock()
for rnd in range(150):
    box = [C()]
    r = weakref.ref(box[0], lambda w: fired.append(1))
    start = threading.Barrier(3)

    def reader():
        global seen_live
        start.wait()
        while True:
            o = r()
            if o is None:
                break
            if type(o) is not C:
                errors.append("wrong type")
            with lock:
                seen_live += 1
            del o

    def dropper():
        start.wait()
        box.clear()

    ts = [threading.Thread(target=reader), threading.Thread(target=reader), threading.Thread(target=dropper)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if r() is not None:
        errors.append("still alive")
print("race", errors, len(fired), seen_live >= 0)
