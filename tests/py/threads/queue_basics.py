# queue: producer/consumer with task_done/join, LIFO, priority, Empty/Full timeouts, SimpleQueue.
import threading, queue
q = queue.Queue()
out = []
def producer():
    for i in range(100):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        x = q.get()
        q.task_done()
        if x is None:
            break
        out.append(x)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); q.join(); p.join(); c.join()
print(out == list(range(100)))
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for i in range(3)])
pq = queue.PriorityQueue(); [pq.put(i) for i in (5, 1, 4, 2, 3)]; print([pq.get() for i in range(5)])
try: q.get(timeout=0.01)
except queue.Empty: print("Empty")
b = queue.Queue(1); b.put(1)
try: b.put(2, timeout=0.01)
except queue.Full: print("Full")
try: b.put_nowait(2)
except queue.Full: print("Full2")
s = queue.SimpleQueue(); s.put(1); print(s.get(), s.empty())
