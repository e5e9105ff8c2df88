# Threads share a deque as a queue: appends and poplefts from several
# threads lose or duplicate nothing (each deque operation is atomic).
import _thread
from collections import deque

q = deque()
popped = []
lock = _thread.allocate_lock()
remaining = [4]
all_done = _thread.allocate_lock()
all_done.acquire()

def finish():
    lock.acquire()
    remaining[0] -= 1
    if remaining[0] == 0:
        all_done.release()
    lock.release()

def producer(base):
    for i in range(2000):
        if i % 2:
            q.append(base + i)
        else:
            q.appendleft(base + i)
    finish()

def consumer():
    got = []
    while len(got) < 2000:
        try:
            if len(got) % 2:
                got.append(q.popleft())
            else:
                got.append(q.pop())
        except IndexError:
            pass
    lock.acquire()
    popped.extend(got)
    lock.release()
    finish()

_thread.start_new_thread(producer, (0,))
_thread.start_new_thread(producer, (100000,))
_thread.start_new_thread(consumer, ())
_thread.start_new_thread(consumer, ())
all_done.acquire()
print(len(popped), len(q))
popped.sort()
expected = list(range(2000)) + list(range(100000, 102000))
print(popped == expected)
