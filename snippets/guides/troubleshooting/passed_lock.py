from multiprocessing import Lock, Process


def try_lock(lock):
    if lock.acquire(block=False):
        print("child: got the lock, although the parent holds it")
        lock.release()
    else:
        print("child: the lock is taken, as it should be")


if __name__ == "__main__":
    lock = Lock()
    with lock:
        child = Process(target=try_lock, args=(lock,))
        child.start()
        child.join()
