import queue
from multiprocessing import Lock, Queue

if __name__ == "__main__":
    lock = Lock()
    messages = Queue()
    messages.put(lock)  # returns: a background thread pickles it later
    print("put() returned", flush=True)
    try:
        messages.get(timeout=1)
    except queue.Empty:
        print("get() timed out: the lock never reached the queue")
