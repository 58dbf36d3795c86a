from multiprocessing import Lock, Process

lock = Lock()  # each spawned child runs this line again: a new lock


def try_lock():
    if lock.acquire(block=False):
        print("child: got the lock, although the parent holds it")
        lock.release()
    else:
        print("child: the lock is taken, as it should be")


if __name__ == "__main__":
    with lock:
        child = Process(target=try_lock)
        child.start()
        child.join()
