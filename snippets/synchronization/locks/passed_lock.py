from multiprocessing import Lock, Process


def try_the_lock(lock):
    acquired = lock.acquire(block=False)
    print(f"child: acquired the lock the parent holds? {acquired}")


if __name__ == "__main__":
    lock = Lock()
    with lock:
        child = Process(target=try_the_lock, args=(lock,))
        child.start()
        child.join()
