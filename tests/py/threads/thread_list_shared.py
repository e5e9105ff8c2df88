# Several threads append to and pop from one list: nothing lost or duplicated.
import _thread

shared = []
popped = []
lock = _thread.allocate_lock()
remaining = [4]
all_done = _thread.allocate_lock()
all_done.acquire()

def producer(base):
    for i in range(3000):
        shared.append(base + i)
    finish()

def consumer():
    got = []
    misses = 0
    while len(got) < 3000:
        try:
            got.append(shared.pop())
        except IndexError:
            misses += 1
    lock.acquire()
    popped.extend(got)
    lock.release()
    finish()

def finish():
    lock.acquire()
    remaining[0] -= 1
    if remaining[0] == 0:
        all_done.release()
    lock.release()

_thread.start_new_thread(producer, (0,))
_thread.start_new_thread(producer, (100000,))
_thread.start_new_thread(consumer, ())
_thread.start_new_thread(consumer, ())
all_done.acquire()
popped.sort()
ok = True
for i in range(len(popped) - 1):
    if popped[i] >= popped[i + 1]:
        ok = False
print(len(popped), len(shared), ok)
print(popped == list(range(3000)) + list(range(100000, 103000)))
