import queue
from multiprocessing import Process, Queue


def produce(results):
    results.put_nowait("first")
    results.put_nowait("second")
    print("child: full() ->", results.full(), flush=True)
    try:
        results.put_nowait("third")
    except queue.Full:
        print("child: put_nowait() raised queue.Full", flush=True)


if __name__ == "__main__":
    results = Queue(maxsize=2)
    try:
        results.get_nowait()
    except queue.Empty:
        print("parent: get_nowait() on an empty queue raised queue.Empty")
    child = Process(target=produce, args=(results,))
    child.start()
    child.join()  # the child has flushed both items before exiting
    print("parent:", results.get_nowait(), results.get_nowait())
