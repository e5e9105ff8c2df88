# Floats created in one thread and released in another (each thread keeps a
# cache of freed float blocks): values stay right and threads that exit hand
# their cache back.
import queue
import threading

q = queue.Queue()


def producer(n):
    for i in range(n):
        q.put([i * 0.5, i + 0.25, -i / 4.0])
    q.put(None)


def consumer(out):
    total = 0.0
    count = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item[0] + item[1] + item[2]
        count += 1
        del item
    out.append((count, total))


out = []
p = threading.Thread(target=producer, args=(3000,))
c = threading.Thread(target=consumer, args=(out,))
p.start()
c.start()
p.join()
c.join()
print(out)


def churn(k):
    xs = []
    for i in range(2000):
        a = float(i) * 1.5
        b = float(i + k)
        xs.append((a, b))
        if len(xs) > 50:
            xs.pop(0)
    return sum(a for a, _ in xs), sum(b for _, b in xs), xs[-1][1], type(xs[-1][1]).__name__


results = [None] * 4


def worker(k):
    results[k] = churn(k)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
x = 1.0
for i in range(1000):
    x = x * 1.001 + 0.5 - 0.25
print(x, float("1e308") * 10, -0.0, 0.1 + 0.2)
