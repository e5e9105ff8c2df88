# Time-to-safepoint: N threads run a busy Python loop while the main thread
# asks for 20 collections. Run with GILECTOMY_GC_LOG=info and read the
# "safepoint N us" field of each line (bench/gc/run.sh summarises them).
import gc
import sys
import threading
import time

def busy(stop):
    x = 0
    while not stop:
        for i in range(1000):
            x += i * i

def main(n):
    stop = []
    threads = [threading.Thread(target=busy, args=(stop,)) for _ in range(n)]
    for t in threads:
        t.start()
    time.sleep(0.1)
    for _ in range(20):
        gc.collect()
        time.sleep(0.01)
    stop.append(True)
    for t in threads:
        t.join()
    print("threads", n, "collections done")

main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
