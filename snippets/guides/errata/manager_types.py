from multiprocessing import Manager, Process


def add_one(counter, lock):
    with lock:
        counter.value += 1


if __name__ == "__main__":
    with Manager() as manager:
        counter = manager.Value("i", 0)
        lock = manager.RLock()
        child = Process(target=add_one, args=(counter, lock))
        child.start()
        child.join()
        print("counter:", counter.value)
        others = [
            manager.Array("i", [1, 2, 3]),
            manager.Semaphore(2),
            manager.BoundedSemaphore(2),
            manager.Condition(),
            manager.Event(),
        ]
        print([type(proxy).__name__ for proxy in others])
