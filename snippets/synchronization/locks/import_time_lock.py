from multiprocessing import Lock, Process

lock = Lock()  # runs again in every child that imports this module


def try_the_lock():
    acquired = lock.acquire(block=False)
    print(f"child: acquired the lock the parent holds? {acquired}")


if __name__ == "__main__":
    with lock:
        child = Process(target=try_the_lock)
        child.start()
        child.join()
