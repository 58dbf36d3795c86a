import queue
from multiprocessing import Process, Queue


def writer(items):
    items.put(111)


def reader(items):
    try:
        print(f"got {items.get(timeout=5)}")
    except queue.Empty:  # the exception lives in the queue module
        print("nothing arrived within 5 s")


if __name__ == "__main__":
    items = Queue()
    processes = [
        Process(target=reader, args=(items,)),
        Process(target=writer, args=(items,)),
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
