# Generators created in one thread and consumed in others.
import _thread

def squares(n):
    for i in range(n):
        yield i * i

results = {}
lock = _thread.allocate_lock()
remaining = [3]
all_done = _thread.allocate_lock()
all_done.acquire()

def consume(name, gen):
    total = 0
    for v in gen:
        total += v
    lock.acquire()
    results[name] = total
    remaining[0] -= 1
    if remaining[0] == 0:
        all_done.release()
    lock.release()

for k in range(3):
    _thread.start_new_thread(consume, ("g" + str(k), squares(1000 * (k + 1))))
all_done.acquire()
print(sorted(results.items()))
# A generator expression handed to a thread.
box = []
ready = _thread.allocate_lock()
ready.acquire()
def take(g):
    box.append(list(g))
    ready.release()
_thread.start_new_thread(take, ((x + 1 for x in range(5)),))
ready.acquire()
print(box)
