import queue
from multiprocessing import Queue

if __name__ == "__main__":
    task_queue = Queue(maxsize=2)
    task_queue.put("first")
    task_queue.put("second")
    try:
        task_queue.put("third", block=False)
    except queue.Full:
        print("put(block=False) on a full queue: queue.Full at once")
    try:
        task_queue.put("third", timeout=0.1)
    except queue.Full:
        print("put(timeout=0.1) on a full queue: queue.Full after 0.1 s")

    print("get():", task_queue.get())
    print("get(timeout=1):", task_queue.get(timeout=1))
    try:
        task_queue.get(timeout=0.1)
    except queue.Empty:
        print("get(timeout=0.1) on an empty queue: queue.Empty after 0.1 s")
    try:
        task_queue.get(block=False)
    except queue.Empty:
        print("get(block=False) on an empty queue: queue.Empty at once")
